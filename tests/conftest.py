"""Test set-up: Prefect never touches the user's home and never reaches the network."""
from __future__ import annotations

import importlib.util
import os
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

# Before anything imports prefect: its settings are read at import time.
_PREFECT_HOME = tempfile.mkdtemp(prefix="prefect-home-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.pop("PREFECT_API_URL", None)

ROOT = Path(__file__).resolve().parents[1]
#: everything the tests read lives in the repository (tests/data/SOURCES.md says where it comes from)
DATA = ROOT / "tests" / "data"
GOLD = DATA / "gold"
SAMPLE_GOLD = GOLD / "mext_intl_2024-05-09.jsonl"
# copies of the decks in raw/ (the user's demo folder, free to change): the tests keep their own
RAW_SAMPLE = DATA / "decks" / "mext_intl_2024-05-09.txt"
SUBSIDY_PDF = DATA / "decks" / "monodukuri_koubo_20ji_2025-04.pdf"


def load_scorer(name: str = "score", folder: Path = DATA / "eval") -> ModuleType:
    """One of the project's scorers (a copy in tests/data/eval), or another script of tests/data, as a module."""
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(autouse=True)
def _keep_the_forkserver(monkeypatch):
    """A run stops the decks' forkserver once its decks are read (its memory, `run.STOP_SANDBOX_AT`); the suite
    makes hundreds of runs in one process, each of which would start it again (seconds of imports)."""
    import extract.run as run_mod

    monkeypatch.setattr(run_mod, "STOP_SANDBOX_AT", 10**9)


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for the whole session (~20 s); only flow tests ask for it."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def sample_deck_path() -> Path:
    """The MEXT sample deck (tests/data/decks/, a copy of ../shared/decks/ as raw/ holds it too)."""
    return RAW_SAMPLE


@pytest.fixture(scope="session")
def sample_library_score(sample_deck_path) -> dict:
    """The library's own mentions of the sample deck scored against its gold: what every stage after it
    should hand on (tests.helpers.assert_scores_like_the_library)."""
    from extract.ingest import read_deck
    from extract.mentions import extract_deck
    from tests.helpers import gold_score

    return gold_score(m.record() for m in extract_deck(read_deck(sample_deck_path)))


@pytest.fixture(scope="session")
def slides_pdf(tmp_path_factory) -> Path:
    from tests.fixtures.pdfs import make_slide_deck

    return make_slide_deck(tmp_path_factory.mktemp("pdf") / "slides_2024-05-09.pdf")


@pytest.fixture
def edited_dictionary(monkeypatch: pytest.MonkeyPatch):
    """A test that edits the loaded dictionaries (what an edit of a JSON file gives after a restart): everything built
    from them is forgotten before and after, and the edits are undone."""
    from extract.caches import reset

    reset()
    yield monkeypatch
    monkeypatch.undo()
    reset()
