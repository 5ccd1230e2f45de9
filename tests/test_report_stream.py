"""The review page written a part at a time (`report.stream`, issue 25): the same page `summary_html` renders
whole, and on the next run the sections of unchanged decks copied from the last page, only the changed ones
rendered, with the same bytes a whole rendering gives."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extract.report.figures import CachedUri, Figure
from extract.report.page import page_parts, summary_html
from extract.report.stream import SECTIONS_FILE, write_page


def _decks(n: int, action: str = "kept", status: str = "published") -> list[dict[str, object]]:
    return [{"doc": f"d{i}", "file": f"d{i}.pdf", "status": status, "action": action, "source_type": "pdf",
             "pages": 1, "mentions": 3} for i in range(n)]


def _rows(n: int, budget: int = 1_100_000_000) -> list[dict[str, object]]:
    return [{"doc": f"d{i}", "program": f"事業{i}", "fy": 2024, "budget_yen": budget + i, "previous_budget_yen": 1e9,
             "change_pct": 10.0, "text": "11億円", "page": 1, "line": 2, "source": f"事業{i} 11億円",
             "box": (10.0, 20.0, 30.0, 40.0)} for i in range(n)]


def _pictures(tmp: Path, n: int, changed: int | None = None) -> dict[Figure, object]:
    """A cached picture per deck (the JPEG bytes do not matter: only their URI is shown)."""
    out: dict[Figure, object] = {}
    for i in range(n):
        name = f"pic{i}{'b' if i == changed else ''}.jpg"
        (tmp / name).write_bytes(f"jpeg {name}".encode())
        out[Figure(f"d{i}", 1, (10.0, 20.0, 30.0, 40.0))] = CachedUri(tmp / name)
    return out


def _args(tmp: Path, n: int = 4, budget: int = 1_100_000_000, changed_picture: int | None = None,
          held: bool = False, action: str = "kept", status: str = "published") -> tuple[list, dict]:
    kept = [{"doc": "d1", "table": "mentions", "text": "x", "reason": "why", "line": 3}] if held else None
    return ([_decks(n, action, status), {}, ["mentions"], _rows(n, budget)],
            {"pictures": _pictures(tmp, n, changed_picture), "held_back": kept})


def _undated(page: str) -> str:
    return re.sub(r"Generated [0-9T:-]+\.", "Generated.", page)


@pytest.mark.parametrize("n", [0, 1, 3])
def test_the_streamed_page_is_the_whole_page(tmp_path, n):
    args, kw = _args(tmp_path, n)
    path = tmp_path / "out" / "index.html"
    write_page(path, page_parts(*args, **kw))
    assert _undated(path.read_text(encoding="utf-8")) == _undated(summary_html(*args, **kw))
    assert "data:image/jpeg;base64," in path.read_text(encoding="utf-8") or n == 0  # the pictures are read when written


# what changed between the two runs -> how many of the four sections are copied from the first page
@pytest.mark.parametrize("change, copied", [
    ({}, 4),                               # nothing: every section copied
    ({"budget": 1_200_000_000}, 0),        # every deck's figure: none
    ({"changed_picture": 2}, 3),           # one deck's picture (another cached file): that deck rendered
    ({"held": True}, 3),                   # a row held back in one deck
    ({"n": 5}, 4),                         # a new deck: rendered, the others copied
    ({"n": 2}, 2),                         # decks removed
    ({"action": "unchanged"}, 4),          # every deck's action (the decks table's, not shown in a section)
    ({"action": "extracted"}, 4),
    ({"status": "no_text_layer"}, 0),      # every deck's status (shown in its section's heading)
])
def test_a_second_page_copies_the_unchanged_sections(tmp_path, change, copied):
    first = tmp_path / "a" / "index.html"
    args, kw = _args(tmp_path)
    write_page(first, page_parts(*args, **kw))
    args, kw = _args(tmp_path, **change)
    second = tmp_path / "b" / "index.html"
    assert write_page(second, page_parts(*args, **kw), first) == copied
    assert _undated(second.read_text(encoding="utf-8")) == _undated(summary_html(*args, **kw))


# how the last page was spoiled -> sections copied from it
@pytest.mark.parametrize("spoil, copied", [
    ("edit_page", 3),   # one section's bytes edited, the page's size the same: that one is rendered
    ("cut_page", 0),    # the page cut short: none
    ("drop_index", 0),
    ("bad_index", 0),
    ("empty_page", 0),  # an empty last page (it cannot be mapped): every section rendered
    ("entry_past_end", 3),  # one entry's range outside the page, the page's size as written: that one rendered
    ("entry_negative", 3),
    ("entry_not_numbers", 3),
    ("entry_short", 3),  # an entry without its hash
    ("entries_swapped", 2),  # two entries' ranges swapped: neither hashes as written there
])
def test_a_last_page_not_as_written_is_not_copied(tmp_path, spoil, copied):
    first = tmp_path / "a" / "index.html"
    args, kw = _args(tmp_path)
    write_page(first, page_parts(*args, **kw))
    if spoil == "edit_page":
        first.write_text(first.read_text(encoding="utf-8").replace("事業1<", "事業X<"), encoding="utf-8")
    elif spoil == "cut_page":
        first.write_bytes(first.read_bytes()[:-10])
    elif spoil == "drop_index":
        (first.parent / SECTIONS_FILE).unlink()
    elif spoil == "empty_page":
        first.write_bytes(b"")
        index = json.loads((first.parent / SECTIONS_FILE).read_text(encoding="utf-8"))
        (first.parent / SECTIONS_FILE).write_text(json.dumps({**index, "size": 0}), encoding="utf-8")
    elif spoil.startswith("entr"):
        index = json.loads((first.parent / SECTIONS_FILE).read_text(encoding="utf-8"))
        e = index["sections"]
        if spoil == "entry_past_end":
            e["d1"][1] = index["size"] - 3
        elif spoil == "entry_negative":
            e["d1"][1] = -5
        elif spoil == "entry_not_numbers":
            e["d1"][1] = "x"
        elif spoil == "entry_short":
            e["d1"] = e["d1"][:3]
        else:
            e["d1"][1:3], e["d2"][1:3] = e["d2"][1:3], e["d1"][1:3]
        (first.parent / SECTIONS_FILE).write_text(json.dumps(index), encoding="utf-8")
    else:
        (first.parent / SECTIONS_FILE).write_text("[1, 2", encoding="utf-8")
    second = tmp_path / "b" / "index.html"
    assert write_page(second, page_parts(*args, **kw), first) == copied
    assert _undated(second.read_text(encoding="utf-8")) == _undated(summary_html(*args, **kw))


def test_copied_sections_are_each_indexed_where_they_now_are(tmp_path):
    """Sections copied around a rendered one: the index names each one's own range in the new page (a third
    page copies every one of them again, and is the same bytes)."""
    first, second, third = (tmp_path / x / "index.html" for x in "abc")
    args, kw = _args(tmp_path, n=6)
    write_page(first, page_parts(*args, **kw))
    args, kw = _args(tmp_path, n=6, changed_picture=3)  # one in the middle rendered, two runs copied
    assert write_page(second, page_parts(*args, **kw), first) == 5
    assert write_page(third, page_parts(*args, **kw), second) == 6
    assert third.read_bytes() == second.read_bytes()
    index = json.loads((second.parent / SECTIONS_FILE).read_text(encoding="utf-8"))
    body = second.read_bytes()
    for doc, (_key, at, n, _digest) in index["sections"].items():
        assert body[at:at + n].startswith(b"<") and doc.encode() in body[at:at + n]


def _checks(order: list[str], failing: bool) -> dict[str, dict[str, object]]:
    return {t: {"passed": 3, "failed": int(failing), "warnings": 0, "rows": 2, "docs_page": None,
                "failures": [f"{t} failed"] if failing else [], "warning_list": []} for t in order}


# how the second run's deck rows and checks come (read back from the published tables and the manifest) ->
# sections copied of four; a section shows its checks' failures in the checks' order
@pytest.mark.parametrize("fields, order, failing, copied", [
    (False, ["mentions", "amounts"], False, 4),   # as written
    (True, ["mentions", "amounts"], False, 4),    # the deck's fields in another order
    (False, ["amounts", "mentions"], False, 4),   # the checks in another order, no failure listed
    (True, ["amounts", "mentions"], False, 4),
    (False, ["amounts", "mentions"], True, 0),    # failures listed in another order: rendered again
    (False, ["mentions", "amounts"], True, 0),    # failures appear: rendered again
])
def test_a_section_read_back_in_another_order_is_copied(tmp_path, fields, order, failing, copied):
    first = tmp_path / "a" / "index.html"
    args, kw = _args(tmp_path)
    args[1] = {f"d{i}": _checks(["mentions", "amounts"], False) for i in range(4)}
    write_page(first, page_parts(*args, **kw))
    args, kw = _args(tmp_path)
    if fields:
        args[0] = [dict(reversed(list(d.items()))) for d in args[0]]
    args[1] = {f"d{i}": _checks(order, failing) for i in range(4)}
    if fields:  # and each check's summary (the manifest writes them with sorted keys)
        args[1] = {doc: {t: dict(reversed(list(x.items()))) for t, x in v.items()} for doc, v in args[1].items()}
    second = tmp_path / "b" / "index.html"
    assert write_page(second, page_parts(*args, **kw), first) == copied
    assert _undated(second.read_text(encoding="utf-8")) == _undated(summary_html(*args, **kw))
