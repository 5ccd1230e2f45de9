"""`python -m extract …` is the `extract` command (flows/cli.py): the same subcommands and options."""
from __future__ import annotations

import sys

from flows.cli import main

if __name__ == "__main__":
    sys.exit(main())
