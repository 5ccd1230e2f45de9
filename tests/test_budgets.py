"""The budgets table: one row per budget figure (doc, seq), with the previous year's figure where the
deck pairs one; and a gold check over the four budget-item decks kept in tests/data."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.ingest import read_deck
from extract.mentions import extract_deck
from extract.tables import budget_records, tables_of, typed

from .conftest import load_scorer
from .helpers import mentions

DATA = Path(__file__).resolve().parent / "data"
BUDGET_DECKS = sorted((DATA / "decks" / "budget_items").glob("*.txt"))


def rows(*texts: str) -> list[dict]:
    return budget_records([m.record() for m in mentions(*texts)])


def cells(r: dict) -> tuple:
    return r["program"], r["fy"], r["role"], r["budget_yen"], r["previous_budget_yen"], r["change_pct"]


@pytest.mark.parametrize("lines, expected", [
    (("令和6年度当初予算案", "○ 港湾施設整備事業　1,200百万円（前年度 1,000百万円）"),
     [("港湾施設整備事業", 2024, "budget", 1_200_000_000, 1_000_000_000, 20.0)]),
    (("令和6年度当初予算案", "○ 港湾施設整備事業　1,200百万円"),
     [("港湾施設整備事業", 2024, "budget", 1_200_000_000, None, None)]),
    (("令和５年度補正予算（案）の概要", "", "○ 防災研究推進事業　３億円", "○ 極域観測推進事業 1.5億円"),
     [("防災研究推進事業", 2023, "supplementary_budget", 300_000_000, None, None),
      ("極域観測推進事業", 2023, "supplementary_budget", 150_000_000, None, None)]),
    # a figure whose year nothing states is kept, fy empty
    (("海洋観測推進事業", "", "1,950百万円（1,878百万円）"),
     [("海洋観測推進事業", None, "budget", 1_950_000_000, 1_878_000_000, 3.83)]),
])
def test_budget_rows(lines, expected):
    assert [cells(r) for r in rows(*lines)] == expected


def test_two_figures_for_one_programme_and_year_are_two_rows():
    found = rows("極域観測推進事業", "令和6年度予算額 10億円", "（前年度予算額 9億円）", "", "令和6年度補正予算額 3億円")
    assert [(r["program"], r["fy"], r["role"], r["budget_yen"]) for r in found] == [
        ("極域観測推進事業", 2024, "budget", 1_000_000_000), ("極域観測推進事業", 2024, "supplementary_budget", 300_000_000)]
    assert len({(r["doc"], r["seq"]) for r in found}) == 2


@pytest.mark.parametrize("lines", [
    ("令和6年度当初予算案", "費用について、2万円を上限に助成"),  # a cap in a description
    ("令和6年度当初予算案", "支援額：5百万円～1億円/課題・年"),  # a grant
    ("（前年度予算額 19億円）",),  # a previous-year figure alone
    ("国際連携の状況", "○ 港湾施設整備事業　1,200百万円"),  # no budget label anywhere
])
def test_amounts_that_are_not_budget_figures_are_no_rows(lines):
    assert rows(*lines) == []


def test_account_as_written_on_the_line():
    (r,) = rows("平成31年度当初予算案", "○ 廃棄物処分場整備事業費（産業廃棄物処分事業特別会計）　4,950千円")
    assert r["account"] == "産業廃棄物処分事業特別会計" and r["program"] == "廃棄物処分場整備事業費（産業廃棄物処分事業特別会計）"


def test_the_table_has_the_dictionary_columns_and_types():
    t = tables_of([m.record() for m in mentions("令和6年度当初予算案", "○ 港湾施設整備事業　1,200百万円", deck_year=None)])
    b = typed(t["budgets"], "budgets")
    assert list(b.columns[:7]) == ["doc", "seq", "program", "program_id", "parent", "fy", "role"]
    assert b.loc[0, "seq"] == t["mentions"].loc[t["mentions"]["kind"] == "amount", "seq"].iloc[0]


@pytest.fixture(scope="module")
def budget_item_records() -> dict[str, list[dict]]:
    return {p.stem: [m.record() for m in extract_deck(read_deck(p))] for p in BUDGET_DECKS}


def test_budget_item_decks_against_the_budgets_gold(budget_item_records):
    sb = load_scorer("score_budgets")
    for doc, records in budget_item_records.items():
        gold, _ = sb.load_gold(DATA / "gold" / "budgets" / f"{doc}.jsonl")
        pred = []
        for r in tables_of(records)["budgets"].to_dict("records"):
            pred.append({**r, "_dk": sb.doc_key(r["doc"]), "_yen": sb.to_int(r["budget_yen"]),
                         "_prev": sb.to_int(r["previous_budget_yen"]), "_fy": sb.to_int(r["fy"]),
                         "_line": sb.to_int(r["line"])})
        res = sb.score(gold, pred)
        assert res["recall"] >= 99.0 and res["precision"] >= 99.0, (doc, res["misses"]["recall"][:3])
        assert res["previous_accuracy"] == 100.0, (doc, res["misses"]["previous"][:3])
        assert res["program_accuracy"] >= 98.0, (doc, res["misses"]["program"][:3])


def test_budget_item_decks_role_and_fy_against_the_mention_gold(budget_item_records):
    for doc, records in budget_item_records.items():
        gold = [json.loads(x) for x in (DATA / "gold" / "budget_items" / f"{doc}.jsonl").read_text().splitlines() if x]
        by_line: dict[int, list[dict]] = {}
        for r in records:
            if r["kind"] == "amount":
                by_line.setdefault(r["line"], []).append(r)
        right = total = 0
        for g in (g for g in gold if g["kind"] == "amount"):
            cands = [r for r in by_line.get(g["line"], []) if r["max"] == g["max"]]
            assert cands, (doc, g["line"], g["text"])
            total += 1
            right += any(r["role"] == g["role"] and r["fy"] == g["fy"] for r in cands)
        assert right / total >= 0.98, (doc, right, total)


@pytest.mark.parametrize("header", ["事業名 令和6年度予算額 令和5年度予算額", "区分　令和６年度予算　令和５年度予算"])
def test_a_table_of_budget_columns_gives_one_row_per_programme(header):
    found = rows(header, "海洋観測推進事業 12億円 10億円", "極域観測推進事業　3.5億円　4億円", "", "※ 10億円程度を見込む")
    assert [cells(r) for r in found] == [
        ("海洋観測推進事業", 2024, "budget", 1_200_000_000, 1_000_000_000, 20.0),
        ("極域観測推進事業", 2024, "budget", 350_000_000, 400_000_000, -12.5)]
