"""Functions the sandbox tests run in a deck's child process (importable by name, as the sandbox needs)."""
from __future__ import annotations

import time

from extract.sandbox import report_pages


def slow_pages(pages: int, seconds: float) -> int:
    """A deck of `pages` pages that takes `seconds` to read."""
    report_pages(pages)
    time.sleep(seconds)
    return pages
