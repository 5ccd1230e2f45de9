"""Rewrite the table reference, docs/tables.md (between the `tables:begin`/`tables:end` markers), from the
column dictionary: `python bench/update_readme_tables.py`. A test checks they agree. (It was in the README
until the reference grew longer than everything a user reads first.)"""
from __future__ import annotations

from pathlib import Path

from extract.schema import markdown

README = Path(__file__).resolve().parents[1] / "docs" / "tables.md"


def main() -> None:
    text = README.read_text(encoding="utf-8")
    head, rest = text.split("<!-- tables:begin -->\n", 1)
    _, tail = rest.split("<!-- tables:end -->", 1)
    README.write_text(f"{head}<!-- tables:begin -->\n{markdown()}<!-- tables:end -->{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
