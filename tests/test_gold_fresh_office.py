"""The fresh held-out gold is well-formed: a test of the gold files, not of the extractor.

Covers tests/data/gold/cells_fresh, gold/budgets_fresh and gold/office: schema, units, values that agree with the
printed text, pages (slides, paragraphs) in range, and each text found where the gold puts it. The checkers are
also run on broken records (near misses), so each check can fail.
"""
from __future__ import annotations

import itertools
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from docx import Document
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

DATA = Path(__file__).parent / "data"
CELLS = DATA / "gold" / "cells_fresh" / "fuji_r6_ippan_yosansho.jsonl"
BUDGETS = DATA / "gold" / "budgets_fresh"
OFFICE = DATA / "gold" / "office"
DECKS = DATA / "decks" / "office"
CUT = DATA / "decks" / "tables" / "fuji_r6_ippan_yosansho_fresh_pages.pdf"
DRAWN = [10, 13, 113, 152, 360, 485, 550, 560]  # page i of the cut is DRAWN[i-1] (README)

CELL_KEYS = {"doc", "page", "row_label", "col_label", "text", "value", "unit"}
MENTION_KEYS = {"doc", "kind", "line", "page", "text", "min", "max", "unit", "qualifiers", "per", "role", "fy"}
DURATION_UNITS = {"year", "month", "week", "day", "hour"}
QUALIFIERS = {"approx", "at_most", "at_least", "part_of", "draft"}
ROLES = {"budget", "previous_budget", "supplementary_budget", "support", "other"}
KANJI = str.maketrans("一二三四五六七八九", "123456789")
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988}


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def cell_value(text: str, unit: str) -> float:
    """The value a cell's printed text means: 千円 × 1000, △ negative, counters and percents as printed."""
    t = flat(text).replace(",", "")
    m = re.fullmatch(r"(△?)(\d+(?:\.\d+)?)(%以内|人)?", t)
    assert m, f"unreadable cell text {text!r}"
    v = float(m.group(2)) * (1000 if unit == "yen" else 1)
    return -v if m.group(1) else v


def cell_problems(r: dict[str, Any]) -> list[str]:
    out = []
    if set(r) != CELL_KEYS:
        out.append(f"keys {sorted(set(r) ^ CELL_KEYS)}")
        return out
    if r["page"] not in DRAWN:
        out.append(f"page {r['page']} not drawn")
    if r["unit"] not in {"yen", "percent"} and not re.fullmatch(r"[^\x00-\x7f]{1,3}", r["unit"]):
        out.append(f"unit {r['unit']!r}")
    if r["unit"] == "人" and not flat(r["text"]).endswith("人"):
        out.append("counter unit not written in the cell")
    if cell_value(r["text"], r["unit"]) != r["value"]:
        out.append(f"value {r['value']} != text {r['text']!r}")
    if not r["row_label"] or " /  / " in r["row_label"]:
        out.append("row_label")
    return out


def numbers(text: str) -> set[float]:
    """Every value the text can mean: numbers with 万/千 compounds, ranges' ends, 1年6ヶ月 in months."""
    t = flat(text).translate(KANJI).replace(",", "")
    t = re.sub(r"十", "10", t)
    found: set[float] = set()
    for y, mo in re.findall(r"(\d+)年(\d+)[ヶかカ]月", t):
        found.add(int(y) * 12 + int(mo))
    for part in re.split(r"[～~]", t):
        total, any_num = 0.0, False
        for num, mult in re.findall(r"(\d+(?:\.\d+)?)(万|千)?", part):
            total += float(num) * {"万": 10_000, "千": 1_000, "": 1}[mult]
            any_num = True
        if any_num:
            found.add(total)
    return found


def year_of(text: str) -> int | None:
    t = flat(text)
    m = re.search(r"(令和|平成|昭和|R|H)(\d+|元)", t)
    if m:
        return ERAS[m.group(1)] + (1 if m.group(2) == "元" else int(m.group(2)))
    m = re.search(r"\d{4}", t)
    return int(m.group()) if m else None


def mention_problems(r: dict[str, Any]) -> list[str]:
    if set(r) != MENTION_KEYS:
        return [f"keys {sorted(set(r) ^ MENTION_KEYS)}"]
    out, kind, lo, hi = [], r["kind"], r["min"], r["max"]
    if (r["page"] is None) == (r["line"] is None):
        out.append("exactly one of page and line")
    if not set(r["qualifiers"]) <= QUALIFIERS:
        out.append(f"qualifiers {r['qualifiers']}")
    if lo is None and hi is None:
        out.append("no value")
    if kind == "amount":
        if r["unit"] != "yen" or r["role"] not in ROLES:
            out.append("amount unit/role")
    elif r["role"] is not None or r["per"] is not None or r["fy"] is not None:
        out.append("role/per/fy on a non-amount")
    if kind in {"date", "fiscal_year"}:
        if r["unit"] is not None:
            out.append("unit on a date")
        want = year_of(r["text"])
        for v in (lo, hi):
            if v is not None and (int(str(v)[:4]) != want or (kind == "date" and not re.fullmatch(r"\d{4}(-\d\d){0,2}", v))):
                out.append(f"{kind} {v} vs {r['text']!r}")
        return out
    expected = {"percent": {"percent"}, "duration": DURATION_UNITS}.get(kind)
    if kind not in {"amount", "percent", "duration", "count", "rank"}:
        out.append(f"kind {kind}")
    elif expected is not None and r["unit"] not in expected:
        out.append(f"unit {r['unit']} for {kind}")
    elif kind == "count" and (not r["unit"] or r["unit"] in DURATION_UNITS | {"yen", "percent"}):
        out.append(f"count unit {r['unit']}")
    values = {v for v in (lo, hi) if v is not None}
    if not values <= numbers(r["text"]):
        out.append(f"values {sorted(values)} not in {r['text']!r}")
    if lo is not None and hi is not None and lo > hi:
        out.append("min > max")
    if (lo is None and "at_most" not in r["qualifiers"]) or (hi is None and "at_least" not in r["qualifiers"]):
        out.append("an open end without its qualifier")
    return out


def slide_texts(path: Path) -> list[str]:
    def walk(shapes: Any) -> Any:
        for sh in shapes:
            if sh.shape_type == MSO_SHAPE_TYPE.GROUP:
                yield from walk(sh.shapes)
                continue
            if sh.has_text_frame:
                yield sh.text_frame.text
            if getattr(sh, "has_table", False) and sh.has_table:
                yield from (c.text for row in sh.table.rows for c in row.cells)

    return ["\n".join(walk(s.shapes)) for s in Presentation(str(path)).slides]


GOOD_CELL: dict[str, Any] = {"doc": "fuji_r6_ippan_yosansho", "page": 485, "row_label": "需用費", "col_label": "節 / 金額",
             "text": "8,526", "value": 8526000, "unit": "yen"}
GOOD_MENTION: dict[str, Any] = {"doc": "d", "kind": "duration", "line": None, "page": 3, "text": "１年６ヶ月", "min": 18, "max": 18,
                "unit": "month", "qualifiers": [], "per": None, "role": None, "fy": None}


@pytest.mark.parametrize("change, ok", [
    ({}, True),
    ({"text": "△ 1,084", "value": -1084000}, True),
    ({"text": "２９人", "value": 29, "unit": "人"}, True),
    ({"text": "5.0％以内", "value": 5.0, "unit": "percent"}, True),
    ({"value": 8526}, False),                      # 千円 not scaled
    ({"text": "△1,084", "value": 1084000}, False),  # sign lost
    ({"text": "２９人", "value": 29, "unit": "yen"}, False),
    ({"page": 486}, False),                        # not a drawn page
    ({"unit": "千円"}, False),
])
def test_cell_checker(change: dict[str, Any], ok: bool) -> None:
    assert (cell_problems({**GOOD_CELL, **change}) == []) is ok


@pytest.mark.parametrize("change, ok", [
    ({}, True),
    ({"kind": "count", "text": "７万２千件", "min": 72000, "max": None, "unit": "件", "qualifiers": ["at_least"]}, True),
    ({"kind": "date", "text": "令和元年６月５日", "min": "2019-06-05", "max": "2019-06-05", "unit": None}, True),
    ({"kind": "amount", "text": "50万円", "min": None, "max": 500000, "unit": "yen", "qualifiers": ["at_most"],
      "role": "other"}, True),
    ({"min": 1, "max": 1}, False),                 # 1年6ヶ月 is 18 months
    ({"unit": "year"}, True),                      # the unit is checked by kind, the value by the text
    ({"unit": "件"}, False),
    ({"kind": "date", "text": "令和元年６月５日", "min": "2018-06-05", "max": "2018-06-05", "unit": None}, False),
    ({"kind": "count", "text": "７万２千件", "min": 72000, "max": None, "unit": "件"}, False),  # open end, no qualifier
    ({"page": None}, False),
    ({"role": "budget"}, False),
])
def test_mention_checker(change: dict[str, Any], ok: bool) -> None:
    assert (mention_problems({**GOOD_MENTION, **change}) == []) is ok


def test_cells_gold_is_well_formed_and_printed_on_its_page() -> None:
    rows = load(CELLS)
    assert {r["page"] for r in rows} == set(DRAWN)
    assert [p for r in rows for p in cell_problems(r)] == []
    with pdfplumber.open(CUT) as pdf:
        assert len(pdf.pages) == len(DRAWN)
        pages = {book: re.sub(r"\s+", "", pdf.pages[i].extract_text() or "") for i, book in enumerate(DRAWN)}
    missing = [(r["page"], r["text"]) for r in rows if re.sub(r"\s+", "", r["text"]) not in pages[r["page"]]]
    assert missing == []


def test_cells_gold_rows_add_up() -> None:
    """Every 目 row with its full set of columns: 比較 = 本年度 − 前年度, and the 財源内訳 add up to 本年度."""
    rows = load(CELLS)
    groups = [list(g) for _, g in itertools.groupby(rows, key=lambda r: (r["page"], r["row_label"]))]
    checked = 0
    for g in groups:
        v = {r["col_label"]: r["value"] for r in g}
        if {"本年度予算額", "前年度予算額", "比較"} <= set(v):
            assert v["本年度予算額"] - v["前年度予算額"] == v["比較"], g[0]
            checked += 1
        parts = [x for k, x in v.items() if k.startswith("本年度予算額の財源内訳")]
        if parts:
            assert sum(parts) == v["本年度予算額"], g[0]
    assert checked >= 15


def test_budgets_fresh_is_well_formed() -> None:
    rows = load(BUDGETS / "fuji_r6_ippan_yosansho.jsonl")
    traps = load(BUDGETS / "fuji_r6_ippan_yosansho.not_rows.jsonl")
    for r in rows:
        assert r["page"] in DRAWN and r["line"] is None and r["fy"] == 2024 and r["role"] == "budget"
        assert r["budget_yen"] == int(flat(r["text"]).replace(",", "")) * 1000 and r["program"] and r["parent"]
    for t in traps:
        assert t["page"] in DRAWN and t["what"] and t["reason"]
        unit = 1 if t["text"].endswith("人") else 1000
        assert t["value_yen"] == int(re.sub(r"\D", "", flat(t["text"]))) * unit


OFFICE_DECKS = sorted(p.stem for p in OFFICE.glob("*.jsonl"))


@pytest.mark.parametrize("doc", OFFICE_DECKS)
def test_office_gold_is_well_formed_and_on_its_slide(doc: str) -> None:
    rows = load(OFFICE / f"{doc}.jsonl")
    assert rows and all(r["doc"] == doc for r in rows)
    assert [(r["text"], p) for r in rows for p in mention_problems(r)] == []
    pptx, docx = DECKS / f"{doc}.pptx", DECKS / f"{doc}.docx"
    if pptx.exists():
        where = dict(enumerate(slide_texts(pptx), 1))
        keys = [r["page"] for r in rows]
    else:
        where = dict(enumerate((p.text for p in Document(str(docx)).paragraphs), 1))
        keys = [r["line"] for r in rows]
    for key, group in itertools.groupby(sorted(zip(keys, (r["text"] for r in rows))), key=lambda kt: kt):
        assert key[0] in where, key
        assert where[key[0]].count(key[1]) >= len(list(group)), key
