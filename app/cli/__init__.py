"""`duthao` — index | ask | review | outline | eval | serve | user. Flags override DUTHAO_* variables.

One module per command group (`index_cmd`, `ask_cmd`, `review_cmd` with outline, `eval_cmd`, `serve_cmd`,
`user_cmd`); `program` holds the parser, the global flags and `main`; `vietnamese_argparse` makes argparse
speak Vietnamese; `exit_codes` and `common` are what the commands share. Everything the command line says is
Vietnamese.
"""

from app.cli.program import main

__all__ = ["main"]
