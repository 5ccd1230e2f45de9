"""What a run and the decks' forkserver import before any deck is read (issue 25): a run's caller loads neither
the rules nor pandas (it starts the forkserver first; its stages are imported while the decks are read), and the
forkserver's preload (the reading stage: a deck's child) never loads pandas. Each check in a fresh interpreter."""
from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = "import sys\n{imports}\nprint(sorted(m for m in {modules} if m in sys.modules))"


def loaded(imports: str, modules: list[str]) -> list[str]:
    got = subprocess.run([sys.executable, "-c", CHECK.format(imports=imports, modules=modules)],
                         capture_output=True, text=True, check=True)
    return eval(got.stdout)  # noqa: S307 - our own printed list


@pytest.mark.parametrize("imports, absent", [
    ("from extract.options import RunOptions\nfrom extract.run import Hooks, run", ["pandas", "extract.mentions", "great_expectations"]),
    ("import extract.run.preload", ["pandas", "extract.mentions"]),
    # the run's first step takes its start time: before the forkserver is started, so it must not import pandas
    ("from extract.run import utc_now\nutc_now()", ["pandas"]),
    ("import extract.ingest, extract.run.reading, pdfplumber, pptx, openpyxl, docx", ["pandas"]),  # the preload
])
def test_not_loaded_before_needed(imports: str, absent: list[str]) -> None:
    assert loaded(imports, absent) == []


def test_near_miss_the_stages_still_come_by_name() -> None:
    """The lazily imported names are there, and bring what they need."""
    assert loaded("from extract.run import merge, publish, extract_deck_file, utc_now, warm_sandbox",
                  ["pandas", "extract.mentions"]) == ["extract.mentions", "pandas"]
    assert loaded("from extract.linking import ProgramTables, issuer_of", ["pandas"]) == ["pandas"]


def test_an_unknown_name_is_an_attribute_error() -> None:
    import extract.run

    with pytest.raises(AttributeError, match="no_such_stage"):
        extract.run.no_such_stage  # noqa: B018
