"""`python -m app` is the `duthao` CLI."""

from app.cli import main

raise SystemExit(main())
