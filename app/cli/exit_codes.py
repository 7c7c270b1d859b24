"""The exit codes of `duthao`, one per outcome a script calling it may need to tell apart."""

from __future__ import annotations

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3
EXIT_BUSY = 4  # `index --no-wait` while another process updates the index
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what `yes | head` reports for the writer
