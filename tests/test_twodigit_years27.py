"""Issue 21, years27: a text that writes no era and no four-digit year, credited to a news wire or an economic paper in
its opening or closing lines (fiscal_scope.json short_year_sources), reads its era-less years in the 2000s
(context/unanchored_years.py). Variants with other desks, layouts and numbers; near misses: no credit, a credit in the
body, a year past the run, a text that writes an era, counts and ages that are no year."""
from __future__ import annotations

import pytest

from extract.context.unanchored_years import unanchored_base
from extract.mentions import extract_lines_outline
from extract.rules.engine import RuleContext

from .helpers import lines_of


def _fy(lines: list[str], figure: str, as_of_year: int | None = 2026) -> object:
    mentions, _ = extract_lines_outline("t", lines_of(lines), RuleContext(deck_year=None, as_of_year=as_of_year))
    return next(m.fy for m in mentions if m.kind == "amount" and m.text == figure)


@pytest.mark.parametrize("years, western, base", [
    ({20, 21}, True, 2000),
    ({9}, True, 2000),
    ({26}, True, 2000),
    ({27}, True, 1988),    # near miss: 2027 is past the run, the era rule as before (平成)
    ({20, 21}, False, None),  # near miss: no credit, 平成20 or 2020 the text does not say
    ({27}, False, 1988),
])
def test_a_news_credit_reads_short_years_in_the_2000s(years, western, base):
    assert unanchored_base(years, 2026, western) == base


@pytest.mark.parametrize("lines, figure, fy", [
    # a wire's table: the dateline opens the text, the years label its rows
    (["[大阪 3日 ロイター] - 政府が決定した経済対策の内訳は以下の通り。", "<予備費>", "(22年度) 1.2兆円程度"],
     "1.2兆円", 2022),
    # an economic paper's story, its credit closing the text
    (["政府は23年度予算で防衛費に6.8兆円を計上した。", "前年度から1.4兆円増える。", "(日本経済新聞)"], "6.8兆円", 2023),
    # a dateline in Latin letters, a supplementary budget
    (["[TOKYO Reuters] 政府・与党は19年度補正予算案の規模を4.4兆円とする方向で調整している。"], "4.4兆円", 2019),
    (["ブルームバーグ): 財務省によると、24年度の税収は75.2兆円となった。"], "75.2兆円", 2024),
])
def test_a_credited_news_text_reads_its_short_years_in_the_2000s(lines, figure, fy):
    assert _fy(lines, figure) == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # no credit: a village blog's general meeting, 平成22 or 2022 the text does not say
    (["4月30日(金) 午後村観光協会総会に出席しました。", "21年度事業報告と決算、22年度事業計画と予算を承認しました。",
      "予算は繰越金117万円など969万円です。"], "969万円", None),
    # the credit named in the middle of a council's page, not its dateline or closing credit
    (["市議会だより", "第2回定例会", "一般質問", "共同通信の報道によれば", "22年度の事業費は3億円とされる。", "次号に続く",
      "発行 市議会", "編集 広報委員会", "印刷 市内業者"], "3億円", None),
    # a text that writes an era: its era, not the 2000s (令和2 then 3年度: 2021)
    (["[東京 8日 ロイター] - 令和2年度第3次補正予算が成立した。", "3年度当初予算は106.6兆円。"], "106.6兆円", 2021),
])
def test_near_misses_keep_their_reading(lines, figure, fy):
    assert _fy(lines, figure) == fy


@pytest.mark.parametrize("lines, figure", [
    (["[東京 8日 ロイター] - 政府は今後20年間で5兆円を投じる。"], "5兆円"),             # a duration, no year
    (["[東京 8日 ロイター] - 20歳以上の国民に1人10万円を給付する。"], "10万円"),         # an age
    (["[東京 8日 ロイター] - 第20回の会合で支援策2兆円をまとめた。"], "2兆円"),         # an ordinal
    (["[東京 8日 ロイター] - 政府は22年度予算で防衛費5兆円を計上した。"], "5兆円"),    # no reference year: unread
])
def test_no_year_from_counts_ages_or_without_a_reference(lines, figure):
    as_of = None if "22年度" in lines[0] else 2026
    assert _fy(lines, figure, as_of) is None


@pytest.mark.parametrize("lines, figure, fy", [
    # a plan's table in a text that writes its era once: the bracketed row label dates the row's figure
    (["令和2年度 施設整備計画", "【3年度】 2億円", "【4年度】 1億5千万円"], "2億円", 2021),
    (["令和2年度 施設整備計画", "【3年度】 2億円", "【4年度】 1億5千万円"], "1億5千万円", 2022),
    # a council's page with four-digit years, full-width brackets and a colon
    (["2019年度 公共施設の改修", "(20年度): 4,500万円", "(21年度): 3,800万円"], "3,800万円", 2021),
])
def test_a_bracketed_row_label_dates_its_figure(lines, figure, fy):
    assert _fy(lines, figure) == fy


@pytest.mark.parametrize("lines, figure", [
    (["令和2年度 施設整備計画", "(20年間) 3億円"], "3億円"),                         # a duration's bracket
    (["令和2年度 施設整備計画", "(第3期) 2億円"], "2億円"),                          # a period's ordinal, no year
    (["令和2年度 施設整備計画", "5億円 (3年度) 3億円"], "3億円"),                    # the bracket labels the figure before
])
def test_a_bracket_that_opens_no_row_leaves_the_title_year(lines, figure):
    assert _fy(lines, figure) == 2020  # (the title's year, the deck's fallback; never the bracket's 2021 or 2040)
