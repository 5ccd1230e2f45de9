"""ingest/page_objects.py gives the objects pdfplumber's own `page.parse_objects()` gives (issue 25: the same
dicts, keys in the same order, without resolving plain values): on real pages of tests/data with chars, rects
and lines, and near misses where a char or a rect carries a value that is not plain (pdfplumber's path)."""
from __future__ import annotations

import pdfplumber
import pytest
from pdfminer.pdftypes import PDFObjRef

from extract.ingest.page_objects import parse_objects, read_objects

from .conftest import DATA

PDFS = [DATA / "decks" / "tables" / "nankoku_r7_hosei3_2026-02-24.pdf", DATA / "decks" / "slides" / "cao_ai_yosan_r8_an.pdf"]


def _same(mine: dict, theirs: dict) -> bool:
    return mine == theirs and list(mine) == list(theirs) and all(
        [list(o) for o in mine[k]] == [list(o) for o in theirs[k]] for k in theirs)


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_same_objects_as_pdfplumber_on_real_pages(path):
    with pdfplumber.open(path) as pdf:
        kinds = set()
        for page in pdf.pages[:2]:
            mine = parse_objects(page)
            kinds |= set(mine)
            assert _same(mine, page.parse_objects())
            page.close()
    assert "char" in kinds


class _Ref(PDFObjRef):
    """A reference to another PDF object (7): pdfplumber resolves it, a plain value would be kept as it is."""

    def __init__(self) -> None:  # no document behind it
        pass

    def resolve(self, default: object = None) -> object:
        return 7


@pytest.mark.parametrize("kind", ["char", "rect"])
def test_an_object_with_a_value_not_plain_goes_through_pdfplumber(kind):
    with pdfplumber.open(PDFS[0]) as pdf:
        page = pdf.pages[0]
        layout = page.layout
        obj = next(o for o in layout._objs if type(o).__name__ == f"LT{kind.capitalize()}")
        obj.mcid = _Ref()  # mcid is one of pdfplumber's kept attributes
        mine = parse_objects(page)
        assert _same(mine, page.parse_objects())
        assert [o["mcid"] for o in mine[kind]].count(7) == 1


def test_read_objects_fills_the_page_cache_once():
    with pdfplumber.open(PDFS[0]) as pdf:
        page = pdf.pages[0]
        read_objects(page)
        first = page.objects
        read_objects(page)
        assert page.objects is first and page.chars == first["char"]


QUIET = """
import logging, sys
import pdfminer.psparser as ps, pdfminer.pdfinterp as interp
from extract.ingest.page_objects import quiet_debug
logging.getLogger("pdfminer.pdfinterp").setLevel(logging.DEBUG)  # near miss: debug on, kept as it is
logging.getLogger("pdfminer.psparser").setLevel(logging.ERROR)
seen = []
class Keep(logging.Handler):
    def emit(self, record):
        seen.append((record.name, record.levelname))
logging.getLogger("pdfminer").addHandler(Keep())
quiet_debug()
quiet_debug()  # twice: no logger wrapped twice
assert type(ps.log).__name__ == "_QuietLog" and isinstance(interp.log, logging.Logger)
ps.log.debug("token %r", 1)
ps.log.debug("token", exc_info=True, stacklevel=2)
ps.log.error("broken %s", "stream")
interp.log.debug("operator")
assert ps.log.name == "pdfminer.psparser" and not ps.log.isEnabledFor(logging.DEBUG)
print(seen)
"""


def test_quiet_debug_drops_only_debug_calls_already_off():
    """pdfminer's debug calls that its level drops cost one C call (`quiet_debug`); an error still reaches the
    handlers, a module whose debug is on keeps its logger (in a fresh process: the swap is process-wide)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", QUIET], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[('pdfminer.psparser', 'ERROR'), ('pdfminer.pdfinterp', 'DEBUG')]"
