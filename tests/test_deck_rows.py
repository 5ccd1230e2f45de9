"""The review page's decks table rendered a row per deck and reused while what a row shows is unchanged
(`report.deck_rows`, issue 25): the page with the cache is the page a whole rendering gives, and only the
rows whose deck (its row, its checks, its counts) changed are rendered again."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.report.deck_rows import PROGRAMMES, ROWS_FILE, RowCache
from extract.report.history import CachedSvg
from extract.report.page import page_parts, summary_html
from extract.report.stream import write_page

_TABLES = ["mentions", "amounts"]


def _decks(n: int, action: str = "kept", error: str | None = None) -> list[dict[str, object]]:
    return [{"doc": f"d{i}", "file": f"d{i}.pdf", "status": "published", "action": action, "source_type": "pdf",
             "pages": 1 + i, "mentions": 3, "error": error if i == 1 else None} for i in range(n)]


def _rows(n: int) -> list[dict[str, object]]:
    return [{"doc": f"d{i}", "program": f"事業{i}", "fy": 2024, "budget_yen": 1_100_000_000 + i, "text": "11億円",
             "page": 1, "line": 2, "source": f"事業{i} 11億円", "box": None} for i in range(n)]


def _validation(n: int, failed_in: int | None = None) -> dict[str, dict[str, dict[str, object]]]:
    return {f"d{i}": {t: {"passed": 4, "failed": int(i == failed_in), "warnings": 0, "rows": 4, "docs_page": None}
                      for t in _TABLES} for i in range(n)}


def _args(n: int = 4, action: str = "kept", failed_in: int | None = None, held: bool = False, error: str | None = None,
          budgets: int | None = None, reorder: bool = False) -> tuple[list, dict]:
    kept = [{"doc": "d2", "table": "mentions", "text": "x", "reason": "why", "line": 3}] if held else []
    decks = [dict(reversed(list(d.items()))) if reorder else d for d in _decks(n, action, error)]
    return ([decks, _validation(n, failed_in), _TABLES, _rows(n if budgets is None else budgets)],
            {"held_back": kept})


def _undated(page: str) -> str:
    return re.sub(r"Generated [0-9T:-]+\.", "Generated.", page)


def _page(tmp: Path, name: str, args: list, kw: dict, cache: RowCache) -> str:
    path = tmp / name / "index.html"
    write_page(path, page_parts(*args, **kw, row_cache=cache))
    cache.save()
    return _undated(path.read_text(encoding="utf-8"))


# what changed between the two runs -> how many of the decks table's rows are rendered again
@pytest.mark.parametrize("change, rendered", [
    ({}, 0),                              # nothing: every row from the cache
    # every deck's action ("this run"): filled into the cached rows, rendered as the template renders it
    ({"action": "unchanged"}, 0),
    ({"action": "extracted"}, 0),
    ({"action": "<removed> & 'x'"}, 0),   # escaped as the template escapes it
    ({"action": ""}, 0),
    ({"action": None}, 0),
    ({"reorder": True}, 0),               # every deck's fields in another order (read back from the table)
    ({"failed_in": 2}, 1),                # one deck's checks
    ({"held": True}, 1),                  # a row held back in one deck
    ({"error": "bad <x>"}, 1),            # its deck row (the key hashes all of it, shown or not)
    ({"budgets": 3}, 1),                  # one deck lost its budget figure
    ({"n": 5}, 1),                        # a new deck
    ({"n": 2}, 0),                        # decks removed
])
def test_only_the_changed_rows_are_rendered(tmp_path, monkeypatch, change, rendered):
    """Their check cells too: a row taken from the cache renders none of its cells."""
    from extract.report import deck_rows

    cache_file = tmp_path / ROWS_FILE
    args, kw = _args()
    first = _page(tmp_path, "a", args, kw, RowCache(cache_file))
    assert first == _undated(summary_html(*args, **kw))
    args, kw = _args(**change)
    whole = _undated(summary_html(*args, **kw))
    cells: list[object] = []
    cell = deck_rows._cell
    monkeypatch.setattr(deck_rows, "_cell", lambda summary: cells.append(summary) or cell(summary))
    cache = RowCache(cache_file)
    assert _page(tmp_path, "b", args, kw, cache) == whole
    assert cache.rendered == rendered
    # no cell for a page whose rows all come from the cache; at most a row's two for each row rendered
    assert (not cells) == (rendered == 0) and len(cells) <= 2 * rendered
    assert sorted(json.loads(cache_file.read_text(encoding="utf-8"))) == sorted([PROGRAMMES] + [d["doc"] for d in args[0]])


# how the cache was spoiled -> parts rendered again (four rows and the programmes part); the same page
@pytest.mark.parametrize("spoil, rendered", [
    ("missing", 5),
    ("not_json", 5),
    ("a_list", 5),
    ("one_row_edited_key", 1),
    ("one_row_not_a_pair", 1),
])
def test_a_spoiled_cache_is_rendered_again(tmp_path, spoil, rendered):
    cache_file = tmp_path / ROWS_FILE
    args, kw = _args()
    _page(tmp_path, "a", args, kw, RowCache(cache_file))
    got = json.loads(cache_file.read_text(encoding="utf-8"))
    if spoil == "missing":
        cache_file.unlink()
    elif spoil == "not_json":
        cache_file.write_text("{1", encoding="utf-8")
    elif spoil == "a_list":
        cache_file.write_text("[]", encoding="utf-8")
    else:
        got["d1"] = ["other", got["d1"][1] + "x"] if spoil == "one_row_edited_key" else "x"
        cache_file.write_text(json.dumps(got), encoding="utf-8")
    cache = RowCache(cache_file)
    assert _page(tmp_path, "b", args, kw, cache) == _undated(summary_html(*args, **kw))
    assert cache.rendered == rendered


def test_without_a_cache_every_row_is_rendered_and_nothing_is_written(tmp_path):
    args, kw = _args()
    cache = RowCache(None)
    assert _page(tmp_path, "a", args, kw, cache) == _undated(summary_html(*args, **kw))
    assert cache.rendered == 5 and not list(tmp_path.glob(ROWS_FILE))  # four rows and the programmes part


def _charts(tmp: Path, svgs: list[str]) -> list[tuple[str, str, object]]:
    """A cached chart per programme, its file named by its text (as the cache names a chart by its rows)."""
    out: list[tuple[str, str, object]] = []
    for i, svg in enumerate(svgs):
        path = tmp / f"history-{abs(hash(svg))}.svg"
        path.write_text(svg, encoding="utf-8")
        out.append((f"P{i}", f"事業{i}", CachedSvg(path)))
    return out


# what changed in the programmes part between two runs -> whether it is rendered again
@pytest.mark.parametrize("svgs, cross, rendered", [
    (["<svg>a</svg>", "<svg>b</svg>"], ["x <y>"], 0),    # nothing
    (["<svg>a</svg>", "<svg>c</svg>"], ["x <y>"], 1),    # one programme's chart (another cached file)
    (["<svg>a</svg>"], ["x <y>"], 1),                    # a programme gone
    (["<svg>a</svg>", "<svg>b</svg>"], [], 1),           # the decks no longer disagree
])
def test_the_programmes_part_is_rendered_when_a_chart_or_a_finding_changes(tmp_path, svgs, cross, rendered):
    cache_file = tmp_path / ROWS_FILE
    args, kw = _args()
    kw1 = {**kw, "histories": _charts(tmp_path, ["<svg>a</svg>", "<svg>b</svg>"]), "cross_deck": ["x <y>"]}
    _page(tmp_path, "a", args, kw1, RowCache(cache_file))
    kw2 = {**kw, "histories": _charts(tmp_path, svgs), "cross_deck": cross}
    cache = RowCache(cache_file)
    page = _page(tmp_path, "b", args, kw2, cache)
    whole = _undated(summary_html(*args, **{**kw2, "histories": [(p, n, str(s)) for p, n, s in kw2["histories"]]}))
    assert page == whole and all(s in page for s in svgs)
    assert cache.rendered == rendered
