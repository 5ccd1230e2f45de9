"""A cap given in bands (GUIDE: caps are `support`, `at_most`, min null): every band of the list is a cap, whether the
bands share the label's line (`、`, `・`), or go on under it a line a band, or sit in a `|` table's cap column with its
rule line and a sentence after it. Near misses: a label with no band before its figure, a budget's line after the list,
a cap stated in a sentence, `上限` in an earlier sentence, a list of budgets under no cap."""
from __future__ import annotations

import time

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext

CAP = ["at_most"]


def amounts(*texts: str) -> list[tuple[int, str, object, list[str], str | None]]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.line, m.text, m.min, m.qualifiers, m.role)
            for m in extract_lines("t", lines, RuleContext(deck_year=2026)) if m.kind == "amount"]


def caps(*texts: str) -> list[tuple[int, str, object, list[str], str | None]]:
    return [(n, t, None, CAP, "support") for n, t in texts]  # type: ignore[misc]


@pytest.mark.parametrize("lines, expected", [
    # bands on the label's line, a comma or a bullet between
    (["補助上限額：従業員5人以下 200万円、6～20人 500万円、21人以上 1,000万円"],
     caps((1, "200万円"), (1, "500万円"), (1, "1,000万円"))),
    (["補助上限額：従業員5人以下 200万円・6～20人 500万円・21人以上 1,000万円"],
     caps((1, "200万円"), (1, "500万円"), (1, "1,000万円"))),
    # the bands go on under the label's line, a line a band
    (["補助上限額：従業員5人以下 200万円", "6～20人 500万円", "21人以上 1,000万円"],
     caps((1, "200万円"), (2, "500万円"), (3, "1,000万円"))),
    (["補助上限額：・一般枠 200万円", "・特別枠 500万円（税抜）"], caps((1, "200万円"), (2, "500万円"))),
    (["助成限度額 小規模 30万円", "中規模 50万円", "大規模 80万円"],
     caps((1, "30万円"), (2, "50万円"), (3, "80万円"))),
    # the label on a line of its own over its bands
    (["補助上限額：", "従業員5人以下 200万円", "6～20人 500万円"], caps((2, "200万円"), (3, "500万円"))),
])
def test_every_band_is_a_cap(lines: list[str], expected: list[tuple[int, str, object, list[str], str]]) -> None:
    assert amounts(*lines) == expected


@pytest.mark.parametrize("lines, capped", [
    # the list ends at a budget's line or a sentence
    (["補助上限額：一般枠 200万円", "事業費 3億円", "令和8年度予算額 5億円"], ["200万円"]),
    (["交付上限額：・一般枠 200万円", "本補助金の予算額は3,000万円です。"], ["200万円"]),
    # no band before the label's figure: the line under it is no band of a list
    (["補助上限額：200万円", "一般枠 500万円"], ["200万円"]),
    # the cap stated in a sentence, `上限` in an earlier sentence
    (["補助上限額は、従業員5人以下で200万円です。", "6～20人 500万円"], ["200万円"]),
    (["補助上限額を引き上げました。対象は従業員5人以下 200万円", "6～20人 500万円"], []),
    # a list of budgets under no cap
    (["子育て支援 3億円", "6～20人 500万円", "21人以上 1,000万円"], []),
    # a band line with two figures is no band of the list
    (["補助上限額：一般枠 200万円", "特別枠 500万円 総額 3,000万円"], ["200万円"]),
])
def test_near_misses(lines: list[str], capped: list[str]) -> None:
    assert [t for _, t, _, q, _ in amounts(*lines) if q == CAP] == capped


@pytest.mark.parametrize("lines, capped", [
    # a `|` table's cap column: its rule line looked past, a sentence after its rows ends the table
    (["| 区分 | 補助率 | 補助上限額 |", "| 居住用 | 1/2 | 100万円 |", "| 店舗用 | 1/2 | 200万円 |",
      "本補助金の予算額は1,200万円です。"], ["100万円", "200万円"]),
    (["| 区分 | 対象経費 | 交付上限額 |", "|---|---|---|", "| 一般創業 | 店舗改装費等 | 100万円 |",
      "| 若者創業 | 店舗改装費等 | 150万円 |"], ["100万円", "150万円"]),
    (["| 区分 | 対象経費 | 交付上限額 |", "| :--- | :---: | ---: |", "| 一般 | 改装費 | 100万円 |"], ["100万円"]),
    # near misses: the cap column's only; a row split otherwise that is no sentence leaves the table unread
    (["| 区分 | 予算額 | 補助上限額 |", "| 居住用 | 500万円 | 100万円 |"], ["100万円"]),
    (["| 区分 | 補助率 | 補助上限額 |", "| 居住用 | 1/2 | 100万円 |", "店舗用 1/2 200万円 ほか 50万円"], []),
])
def test_text_table_cap_column(lines: list[str], capped: list[str]) -> None:
    assert [t for _, t, _, q, _ in amounts(*lines) if q == CAP] == capped


@pytest.mark.parametrize("lines, capped", [
    # a bare 上限 whose bands are named by a count or a duration: the money is the cap
    (["上限：5人以下 200万円、6～20人 500万円"], ["200万円", "500万円"]),
    (["上限：5人以下 200万円", "6人以上 500万円"], ["200万円", "500万円"]),
    (["上限 3年 100万円"], ["100万円"]),
    # near misses: the first figure money (a count after it is no cap's band), a count glued to its money
    (["上限50万円、20件程度を採択"], ["50万円"]),
    (["上限 5人以下の事業者、200万円"], []),
])
def test_bands_named_by_a_figure(lines: list[str], capped: list[str]) -> None:
    assert [t for _, t, _, q, _ in amounts(*lines) if q == CAP] == capped


@pytest.mark.parametrize("lines, capped", [
    # a cap's label line followed by past results, one a line (a year, a results word, a count of bodies): no bands
    (["補助上限額：1団体 30万円", "令和5年度 12団体 280万円", "令和6年度 15団体 410万円"], ["30万円"]),
    (["補助上限額：1商店会 50万円", "令和6年度実績 620万円", "令和7年度実績 780万円"], ["50万円"]),
    (["補助上限額：1自治会 20万円", "令和4年度 31件 540万円"], ["20万円"]),
    (["補助上限額：一般枠 200万円", "昨年度実績 280万円"], ["200万円"]),
    (["補助上限額：一般枠 200万円", "前年度 350万円"], ["200万円"]),
    (["補助上限額：一般枠 200万円", "12団体 280万円"], ["200万円"]),
    # the bands a class names go on (a bounded or ranged count, an area, a kind of household), then a result ends them
    (["補助上限額：従業員5人以下 200万円", "6～20人 500万円", "令和6年度実績 620万円"], ["200万円", "500万円"]),
    (["補助上限額：1ha未満 50万円", "1ha以上5ha未満 150万円", "5ha以上 300万円"], ["50万円", "150万円", "300万円"]),
    (["補助上限額：一般世帯 20万円", "子育て世帯 30万円", "21人以上 40万円", "決算 900万円"],
     ["20万円", "30万円", "40万円"]),
])
def test_past_results_are_no_bands(lines: list[str], capped: list[str]) -> None:
    assert [t for _, t, _, q, _ in amounts(*lines) if q == CAP] == capped
    assert all(v is not None for _, t, v, _, _ in amounts(*lines) if t not in capped)


@pytest.mark.parametrize("tail", [" " * 50000 + "x", " " * 50000 + "(x", " (税抜)" + " " * 50000 + "x"])
def test_a_band_tail_stays_linear(tail: str) -> None:
    from extract.mentions.bound_labels import _TAIL
    start = time.perf_counter()
    assert _TAIL.fullmatch(tail) is None and _TAIL.fullmatch(tail.rstrip("x(")) is not None
    assert time.perf_counter() - start < 1.0  # (quadratic: minutes)
