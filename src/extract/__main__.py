"""`python -m extract …` is the `deck-to-data` command (deck_to_data_flows/cli.py): the same subcommands and options."""
from __future__ import annotations

import sys

from deck_to_data_flows.cli import main

if __name__ == "__main__":
    sys.exit(main())
