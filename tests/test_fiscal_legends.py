"""A deck's legend of its label boxes and the sentence as a figure's scope (issue 21; context/legends.py, roles.py,
fiscal_scope.py): `※【補正】:令和6年度補正予算の額` makes each `【補正】N` that budget's figure of that year; a year
written in an earlier sentence of the same line (a deck flattened to one line) or after the figure is no label of it.
Lines written for these tests in the styles of an agency's summary and a town's policy speech; each with variants
and near misses."""
from __future__ import annotations

import pytest

from extract.context import legends
from extract.context.labels import LineInfo
from extract.normalize import normalize

from .helpers import mentions


def _amount(lines: tuple[str, ...], text: str, nth: int = 0) -> tuple[str | None, int | None]:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    return found[nth].role, found[nth].fy


TITLE = "消費者行政 令和7年度予算案について"
LEGEND = "※【補正】:令和6年度補正予算の額。【当初】:令和7年度当初予算案の額、()内は令和6年度当初予算の額。"


@pytest.mark.parametrize("lines, text, role, fy", [
    # each box the legend explains is that budget of that year, on the legend's line or below it
    ((TITLE, LEGEND, "●相談体制強化交付金 【当初】12 億円 (11 億円) 【補正】8 億円"), "12 億円", "budget", 2025),
    ((TITLE, LEGEND, "●相談体制強化交付金 【当初】12 億円 (11 億円) 【補正】8 億円"), "8 億円", "supplementary_budget", 2024),
    ((TITLE, LEGEND, "●相談体制強化交付金 【当初】12 億円 (11 億円) 【補正】8 億円"), "11 億円", "previous_budget", 2024),
    ((TITLE, LEGEND + " ●相談窓口の多言語化 【補正】2.5 億円"), "2.5 億円", "supplementary_budget", 2024),
    # a note in brackets is no previous-year pair: its own words label it (`当初予算案では、…4.8億円を措置`)
    ((TITLE, LEGEND + " ●交付金 【当初】30 億円 (30 億円) 【補正】20 億円 (加えて、当初予算案では、被災県を対象に、4.8 億円を措置)"),
     "4.8 億円", "budget", 2025),
    # near miss: a box the legend does not explain labels nothing
    ((TITLE, LEGEND, "●相談員研修 【重点】3 億円"), "3 億円", None, 2025),
])
def test_a_legend_gives_each_box_its_budget_and_year(lines, text, role, fy):
    got = _amount(lines, text)
    assert got == (role or got[0], fy)  # role None: the year alone is asked


@pytest.mark.parametrize("line, keys", [
    (LEGEND, {"【補正】": ("supplementary_budget", 2024), "【当初】": ("budget", 2025)}),
    ("【R6補正】：令和6年度第1次補正予算額", {"【R6補正】": ("supplementary_budget", 2024)}),
    # near misses: a box explained with no year, with two years, or as no budget; a box with no colon is no legend
    ("※【補正】:補正予算の額", {}),
    ("※【補正】:令和5年度及び令和6年度補正予算の額", {}),
    ("※【新規】:令和7年度に新たに始める事業", {}),
    ("【補正】令和6年度補正予算 8億円", {}),
])
def test_what_a_legend_explains(line, keys):
    found = mentions(line, deck_year=None)
    assert legends.read([LineInfo(normalize(line).text, found)]) == keys


SPEECH = ("国の令和7年度当初予算案は、一般会計の総額が115兆円で、令和6年度の当初予算112兆円と比較すると、3兆円上回り、"
          "3年連続で110兆円を超えました。")


@pytest.mark.parametrize("text, fy", [
    ("115兆円", 2025),
    ("112兆円", 2024),
    # a figure no label names takes the scope's year, not the line's last year written before it
    ("110兆円", 2025),
])
def test_the_line_s_last_year_is_no_label(text, fy):
    assert _amount(("令和7年 町長施政方針", SPEECH), text)[1] == fy


@pytest.mark.parametrize("line, text, fy", [
    # a sum of figures of two years (its word and its arithmetic) is no single year's
    ("令和6年度補正予算では20億円、令和7年度予算案では30億円とされ、合わせて50億円が計上されています。", "50億円", None),
    ("令和6年度補正予算で5億円、令和7年度当初予算で7億円、あわせて12億円を確保した。", "12億円", None),
    # near miss: a sum of one year's figures is that year's
    ("令和7年度予算案では、一般会計で120億円、特別会計で4.8億円、合わせて124.8億円を計上。", "124.8億円", 2025),
    # near miss: `合わせて` with a figure that is no sum of those before it
    ("令和6年度補正予算では25.7億円、令和7年度予算案では一般会計のみで120億円、特別会計を合わせて124.8億円が計上された。",
     "124.8億円", 2025),
    # `前年同様(…)`: the same as last year's, this year's figure
    ("収支不足を補うため前年同様(1億4,192万5千円)の基金繰入で対応しております。", "1億4,192万5千円", 2025),
])
def test_a_sum_over_years_and_a_figure_like_last_year_s(line, text, fy):
    assert _amount(("令和7年度予算案の概要", line), text)[1] == fy


@pytest.mark.parametrize("line, text, fy", [
    # a figure over a range of years (a debt burden, a multi-year plan) is no one year's
    ("○ 教育用パソコン整備事業費 3,399千円（令和8～13年度 債務負担分 78,177千円）", "78,177千円", None),
    ("防災拠点の整備に令和7～9年度の3か年で総額24億円を投じる。", "24億円", None),
    # near miss: the item's own figure before the range keeps the year; an open end (`までに`) is no range
    ("○ 教育用パソコン整備事業費 3,399千円（令和8～13年度 債務負担分 78,177千円）", "3,399千円", 2025),
    ("令和9年度までに整備を終える計画で、事業費6億円を計上。", "6億円", 2025),
])
def test_a_range_of_years_gives_no_year(line, text, fy):
    assert _amount(("令和7年度予算案の概要", line), text)[1] == fy


@pytest.mark.parametrize("line, text, fy", [
    # a word of sameness (同様, 同額, 並み) makes a comparison base only right after its year: the year before it stays the figure's
    ("町は令和7年度も前年度同様、給食費補助に2,000万円を計上した。", "2,000万円", 2025),
    ("市は令和7年度も例年並み、道路補修に3,000万円を充てる。", "3,000万円", 2025),
    # near misses: the word right after the year names the base
    ("令和6年度と同額の5億円を令和7年度予算に計上した。", "5億円", 2025),
    ("令和6年度並みの1億円を確保した。", "1億円", None),
])
def test_a_word_of_sameness_names_the_year_it_follows(line: str, text: str, fy: int | None) -> None:
    assert _amount(("町の予算", line), text)[1] == fy


@pytest.mark.parametrize("line, text, role", [
    # `前年度同様` says "as last year": no previous-year label; the figure is the year's budget under the title's
    ("町は令和7年度も前年度同様、給食費補助に2,000万円を計上した。", "2,000万円", "budget"),
    ("前年度と同様に、除雪対策に5,000万円を計上しました。", "5,000万円", "budget"),
    # near miss: a previous-year label with its figure stays last year's
    ("給食費補助 2,200万円(前年度 2,000万円)", "2,000万円", "previous_budget"),
])
def test_as_last_year_labels_no_previous_figure(line: str, text: str, role: str) -> None:
    assert _amount(("令和7年度当初予算の概要", line), text)[0] == role


# A council's frame, one cell a line, its figures each followed by the note's mark (fresh12a's shape, other figures)
FRAME = ("令和8年度予算の概算要求に当たっての基本的な方針", "社会保障関係費", "38.2兆円", "(注)", "地方交付税交付金等",
         "17.8兆円", "(注)", "その他の経費", "9.5兆円")
FRAME_NOTE = "(注)上記の計数は前年度予算額であり、予備費等を除く。"


@pytest.mark.parametrize("lines, text, role, fy", [
    # a figure with the note's mark on the line after it: the budget the note names, a year before the document's
    ((*FRAME, FRAME_NOTE), "38.2兆円", "previous_budget", 2025),
    ((*FRAME, FRAME_NOTE), "17.8兆円", "previous_budget", 2025),
    # the mark right after the figure, a note that names the year, and other words for the figures (本表の金額, 図中の数値)
    (("令和7年度 文教関係予算の姿", "文教及び科学振興費 5.4兆円(注1)", "(注1)本表の金額は令和6年度当初予算額である。"),
     "5.4兆円", "budget", 2024),
    (("令和7年度 公共事業の概要", "公共事業関係費 6.1兆円※", "※図中の数値は前年度予算額"), "6.1兆円", "previous_budget", 2024),
    # a note that is the label alone
    (("令和7年度予算の概算要求について", "防衛関係費", "7.9兆円", "(注)", "(注)前年度予算額"), "7.9兆円", "previous_budget", 2024),
])
def test_a_note_gives_the_figures_it_marks_its_budget(lines, text, role, fy):
    assert _amount(lines, text) == (role, fy)


@pytest.mark.parametrize("lines, text", [
    # near misses: a figure with no mark; a mark of another note; a note of rounding; one mark explained two ways
    ((*FRAME, FRAME_NOTE), "9.5兆円"),
    (("令和7年度 文教関係予算の姿", "文教及び科学振興費 5.4兆円(注2)", "(注1)本表の金額は令和6年度当初予算額である。"), "5.4兆円"),
    (("令和7年度 公共事業の概要", "公共事業関係費 6.1兆円※", "※金額は千円未満を四捨五入している。"), "6.1兆円"),
    (("令和7年度 公共事業の概要", "公共事業関係費 6.1兆円※", "※図中の数値は前年度予算額", "※図中の数値は令和6年度補正予算額"),
     "6.1兆円"),
])
def test_no_note_marks_a_figure(lines, text):
    found = [m for m in mentions(*lines, deck_year=None) if m.text == text]
    assert found and found[0].role_source != "legend"
