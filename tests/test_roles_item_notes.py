"""An item's figure followed by a bracketed stage note (`○○事業 12億円（新規）`, `…116億円 (ほぼ同額)`) is still the item's
budget (issue 21, context/stage_marks.py without_notes); under a legend that calls the brackets differences (`()内は
今年度予算に対する差額`), an unsigned bracketed figure is a change, not last year's (context/change_pairs.py
legend_changes). Variants in other issuers' words; near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, figure, role, fy", [
    (["平成30年度概算要求の主な項目は次のとおり。", "文部科学省", "国際宇宙探査ミッションの開発研究 5億円 (新規)"],
     "5億円", "budget", 2018),
    (["令和7年度予算案の概要", "○ 地域公共交通確保維持事業 12億円（拡充）"], "12億円", "budget", 2025),
    (["令和6年度補正予算の主な事業", "・防災行政無線の更新 3,200万円 (一部新規)"], "3,200万円", "supplementary_budget", 2024),
    (["令和8年度概算要求", "ISS日本実験棟「きぼう」の運用等 116億円 (ほぼ同額)"], "116億円", "budget", 2026),
])
def test_a_stage_note_leaves_the_item_its_budget(lines, figure, role, fy):
    assert roles(*lines)[figure] == (role, fy)


@pytest.mark.parametrize("lines, figure", [
    # a bracketed word of another meaning: an estimate or a result is no item's budget
    (["令和7年度予算案の概要", "○ 市税収入 120億円（見込み）"], "120億円"),
    (["令和7年度予算案の概要", "○ 前年度の利用者負担 3億円（実績）"], "3億円"),
])
def test_other_bracketed_words_are_no_stage_notes(lines, figure):
    assert roles(*lines)[figure][0] != "budget"


@pytest.mark.parametrize("legend, line, change, fy", [
    ("概算要求に計上された主な項目は次のとおり。()内は今年度予算に対する差額。", "みちびき後継機の開発 77億円( 13億円)", "13億円", 2018),
    ("令和6年度当初予算の主な事業（ ）内は対前年度増減額", "道路維持補修事業 4億2,000万円（3,000万円）", "3,000万円", 2024),
])
def test_under_a_legend_of_differences_the_bracket_is_a_change(legend, line, change, fy):
    found = roles("各府省は平成30年度予算の概算要求を提出した。" if "概算" in legend else "令和6年度当初予算", legend, line)
    assert found[change] == ("other", fy)


def test_without_such_a_legend_the_bracket_stays_last_years():
    found = roles("令和6年度当初予算", "（ ）内は前年度予算額", "道路維持補修事業 4億2,000万円（3億9,000万円）")
    assert found["3億9,000万円"] == ("previous_budget", 2023)


def test_a_later_legend_of_last_years_figures_ends_the_legend_of_differences():
    found = roles("令和8年度文部科学省予算案", "（ ）内は対前年度増減額", "義務教育費国庫負担金 1兆5,600億円（ 120億円）",
                  "【参考】主な事業（ ）内は前年度予算額", "スクールカウンセラー等活用事業 85億円（80億円）")
    assert found["120億円"][0] == "other"
    assert found["80億円"] != ("other", 2026)
