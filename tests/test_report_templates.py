"""The review page from its Jinja2 templates: every value from a deck is text, never markup, and a value
a row lacks shows as nothing."""
from __future__ import annotations

from importlib import resources

import pytest

from extract.report.page import summary_html

EVIL = "<script>alert(1)</script>"


def _deck(**over: object) -> dict[str, object]:
    return {"doc": "d1", "file": "d1.txt", "source_type": "txt", "pages": 1, "mentions": 2, "status": "published",
            "action": "extracted", **over}


def _budget(**over: object) -> dict[str, object]:
    return {"doc": "d1", "program": "海外特別研究員事業", "fy": 2024, "budget_yen": 1_900_000_000, "text": "19億円",
            "line": 3, "page": None, "source": "令和6年度予算額 19億円", "box": None, **over}


@pytest.mark.parametrize("deck,budget,held,cross", [
    ({"doc": EVIL}, {"doc": EVIL}, None, []),
    ({"file": EVIL, "error": EVIL, "status": "failed"}, {}, None, []),
    ({}, {"program": EVIL, "text": EVIL, "source": EVIL, "previous_text": EVIL, "previous_budget_yen": 1}, None, []),
    ({}, {}, {"reason": EVIL, "text": EVIL}, []),
    ({}, {}, None, [EVIL]),
])
def test_values_from_decks_are_escaped(deck, budget, held, cross):
    d, b = _deck(**deck), _budget(**budget)
    held_rows = [{"doc": d["doc"], "table": "mentions", "line": 3, **held}] if held else None
    page = summary_html([d], {}, ["mentions"], [b], held_back=held_rows, cross_deck=cross,
                        histories=[("p1", EVIL, "<svg><text>chart</text></svg>")])
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<svg><text>chart</text></svg>" in page  # markup the code drew is kept as markup


def test_a_value_a_row_lacks_shows_as_nothing():
    row = {k: v for k, v in _budget().items() if k not in ("fy", "text")}
    page = summary_html([_deck()], {}, [], [row])
    assert "None" not in page and "19億円" in page  # the figure, in 億円


@pytest.mark.parametrize("name", ["page.html", "macros.html"])
def test_the_templates_ship_with_the_package(name):
    assert resources.files("extract.report").joinpath("templates", name).is_file()
