"""The fiscal year a money figure inherits from its innermost dated scope, whatever the document's kind (issue 21;
context/dated_scopes.py): a plan's, a report's, an audit's of one year's money, an outlook's year reaches the figures
under it that state none, as a budget's does. Lines written for these tests in the styles of a foundation's report, a
tourism body's plan, a city's outlook, an audit committee's opinion; each with its near misses (a span, an audit's own
year, an event's date, a comparison base, two years, a cover's date, a heading year a sub-heading overrides)."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _fy(lines: tuple[str, ...], text: str) -> int | None:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, [m.text for m in mentions(*lines, deck_year=None)]
    return found[0].fy


@pytest.mark.parametrize("lines, text, fy", [
    # the title's year, in a document that is no budget: a report, a plan, a statement, an audit of one year's money
    (("令和4年度 事業報告書", "当財団の収入合計は 3,456,789円でした。"), "3,456,789円", 2022),
    (("平成27年度 事業計画書", "講演会の開催", "事業費 120千円"), "120千円", 2015),
    (("2031年度 施設運営レポート", "利用料収入 4,210万円"), "4,210万円", 2031),
    (("令和元年度分の補助金に係る監査の結果", "補助対象外の経費 82,000円が含まれていた。"), "82,000円", 2019),
    (("平成30年度基金運用状況審査意見書", "年度末現在高 12,345,678円"), "12,345,678円", 2018),
    # a heading's year is nearer than the title's; a later heading of another year scopes its own figures
    (("令和5年度 活動報告", "■令和4年度の実績", "会費収入 80万円"), "80万円", 2022),
    (("令和5年度 活動報告", "■令和4年度の実績", "会費収入 80万円", "■令和5年度の取組", "講座運営費 45万円"), "45万円", 2023),
    (("財政の見通し", "第3章 令和8年度の収支", "歳出総額は 512億円と見込まれる。"), "512億円", 2026),
    # near misses: a span over years is no single year (the plan's period in its name)
    (("第2期観光振興計画（令和3年度～令和7年度）", "総事業費 3億円"), "3億円", None),
    (("中期財政計画 平成28年度から5年間", "財源不足額 14億円"), "14億円", None),
    (("町財政 40年度以降は赤字の試算", "赤字の合計は約12億円に達する。"), "12億円", None),
    (("令和9年度から令和11年度の後期高齢者保険料", "| 区分 | 年額 |", "|---|---|", "| 均等割 | 52,800円 |"), "52,800円", None),
    (("平成30年度より令和2年度までの料金表", "基本料金 1,650円"), "1,650円", None),
    # an audit's own year: when the vouchers were audited, not the money's
    (("令和6年度 定期監査結果報告書", "委託料 1,234,567円を支出していた。"), "1,234,567円", None),
    (("平成25年度例月出納検査の結果", "現金残高 9,876,543円"), "9,876,543円", None),
    # near misses of the audit's year: a plan, a programme or an audit office's own budget year is the figures'
    (("令和6年度水質検査計画", "検査委託料 2,400千円"), "2,400千円", 2024),
    (("令和6年度 家畜衛生検査事業の概要", "事業費 3,100千円"), "3,100千円", 2024),
    (("令和6年度監査委員事務局 事業概要", "運営費 850千円"), "850千円", 2024),
    # an event's date (when a fund was set up) and a comparison base are no scope's year
    (("本基金は平成元年度に設置された基金である。", "現在高は 5,000,000円である。"), "5,000,000円", None),
    (("■平成30年度と比べた増減", "人件費 1,200万円"), "1,200万円", None),
    # two years in one title: no one year; a cover's date is no fiscal year
    (("令和5年度決算及び令和6年度事業計画", "会費収入 60万円"), "60万円", None),
    (("令和6年3月", "観光協会 会報", "広告収入 30万円"), "30万円", None),
    # a sentence's year dates what it tells, no label of a scope; the same year as a label line scopes
    (("機器の管理", "・令和3年度に購入した機器の保守を行っています。", "保守委託料 12万円"), "12万円", None),
    (("機器の管理", "・令和3年度 購入機器", "保守委託料 12万円"), "12万円", 2021),
])
def test_a_figure_takes_its_innermost_dated_scopes_year(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # the figure's own words win: its own year, a year before it in its sentence
    (("令和5年度 事業報告", "令和4年度に受け入れた寄付金 300万円"), "300万円", 2022),
    # running prose names its year after the title's: nearer
    (("令和5年度 事業報告", "前年度の繰越金は、", "令和4年度は、繰越金が 50万円であった。"), "50万円", 2022),
])
def test_a_figures_own_year_is_nearer_than_its_scopes(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text", [
    # the year a fund was set up is no year of the prose after it (was read as the running year: 1970)
    (("基金の概要", "1.土地開発基金", "当基金は昭和 45 年度に 設置された基金である。",
      "本年度末現在高は 259,649,240 円である。"), "259,649,240 円"),
    (("基金の概要", "当基金は平成12年度に創設され、", "残高は 1,000,000円である。"), "1,000,000円"),
])
def test_an_events_year_is_no_running_year(lines, text):
    assert _fy(lines, text) is None


@pytest.mark.parametrize("lines, text, fy", [
    # near misses of the event's year: money spent in that year (bought, introduced) is that year's running text
    (("土地開発基金の運用状況", "令和5年度に取得した用地は次のとおりである。", "取得額は合計4,560万円である。"), "4,560万円", 2023),
    (("システム更新の状況", "令和4年度に導入した新システムについて", "経費は1,200万円であった。"), "1,200万円", 2022),
])
def test_a_year_money_was_spent_in_is_a_running_year(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a plan's yearly costs keyed by the years' last digits (a paper's shorthand) under its span in four digits
    (("町は総合計画の実施計画(2027年度から29年度)を公表した。", "▽道路改良 27=3億1200万円、28=2億9000万円、29=1億円"), "2億9000万円", 2028),
    (("市は実施計画(2031年度〜33年度)をまとめた。", "▽体育館改修 31=4500万円、32=1億2000万円"), "4500万円", 2031),
    # near misses: a key of several years is none of them alone; a key no year fixes is no year
    (("町は総合計画の実施計画(2027年度から29年度)を公表した。", "▽道路改良 27=3億円、28・29=各2億円"), "2億円", None),
    (("町は実施計画を公表した。", "▽道路改良 27=3億円"), "3億円", None),
    # under a four-digit year an era-less year reads in its century as far as a plan's ten years reach
    (("市長期財政計画(2041年度~50年度)を改定した。", "赤字額は49年度に9億円、50年度には12億円に達する見通し。"), "12億円", 2050),
    (("県中期財政見通し(2025〜34年度)", "基金残高は32年度に40億円まで減る見込み。"), "40億円", 2032),
])
def test_an_era_less_key_reads_in_the_century_its_plan_fixed(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a flat list heads its own runs: the year label's items after it, not those before it
    (("会費と財源", "• 会費 年額 1,000円", "• 令和2年度 寄付金の使いみち", "• 見守り活動", "• 320,000円"), "320,000円", 2020),
    (("会費と財源", "• 会費 年額 1,000円", "• 令和2年度 寄付金の使いみち", "• 見守り活動", "• 320,000円"), "1,000円", None),
    # the writer's 本年度 is the one year the deck states of its own (not the year a fund was set up)
    (("基金の審査意見", "1.審査の対象", "平成 30 年度の審査においては、計数を確認した。", "2.育英基金",
      "当基金は昭和 52 年度に設置された。", "本年度末現在高は 81,250,000 円である。"), "81,250,000 円", 2018),
    # near misses: 本年度 no written year fixes stays open; two years of its own: which one is not said
    (("観光協会総会", "本年度の支出は、イベント事業が 120万円などとした。"), "120万円", None),
    (("審査意見", "1.対象", "令和2年度及び令和3年度の報告を審査した。", "2.結果", "本年度末現在高は 5,000,000 円である。"),
     "5,000,000 円", None),
    # a dated title is the year of its report's prose; a year something starts from is no running year
    (("センター", "令和4年度事業報告書", "令和4年度の事業は、", "事務費を令和5年度から改定することとした。",
      "経常収益は、21,000千円となった。"), "21,000千円", 2022),
])
def test_a_list_label_and_the_writers_year(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a quoted title's year (no mention: GUIDE) still names the year the text's 本年度 is
    (("公社の事業", "公社は本年度の計画額に4億5000万円を計上した。", "「令和2年度 公有地取得計画」に基づき事業を進める。"),
     "4億5000万円", 2020),
    (("財団の事業", "『2029年度 事業計画書』のとおり、本年度の助成に1,200万円を充てる。"), "1,200万円", 2029),
    # near misses: a quote of two years names no one year; no quote, no 本年度's year
    (("公社の事業", "「令和3年度～令和7年度 整備計画」に基づき、本年度は2億円を計上した。"), "2億円", None),
    (("公社の事業", "公社は本年度の計画額に4億5000万円を計上した。"), "4億5000万円", None),
])
def test_a_quoted_titles_year_fixes_the_writers_year(lines, text, fy):
    assert _fy(lines, text) == fy


def test_a_quoted_titles_year_is_never_published():
    found = mentions("公社の事業", "「令和2年度 公有地取得計画」により、本年度は4億5000万円を計上した。", deck_year=None)
    assert [m.text for m in found if m.kind == "fiscal_year"] == []


@pytest.mark.parametrize("lines, text, fy", [
    # a cover's line of its own after the body's name (the outline's title): a label for the whole document
    (("公益財団法人 みらい文化振興財団", "令和5年度 事業計画書", "第1 事業の概要", "1 文化芸術振興事業", "予算額 20,700千円"),
     "20,700千円", 2023),
    (("社会福祉法人 さくら福祉会", "2032年度 事業報告", "■ 収支の状況", "経常収益 48,300千円"), "48,300千円", 2032),
    # near misses: a cover's date, a sentence, two years: no cover year
    (("公益財団法人 みらい文化振興財団", "令和6年3月", "第1 事業の概要", "1 文化芸術振興事業", "予算額 20,700千円"),
     "20,700千円", None),
    (("公益財団法人 みらい文化振興財団", "令和5年度は、文化芸術の振興に努めました。", "■ 収支", "経常収益 48,300千円"), "48,300千円", None),
])
def test_a_covers_dated_line_labels_the_document(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text", [
    # near misses: a result's line with its year (a count, a figure), or a line after the deck's first figure, is no cover
    (("地域文化拠点整備事業", "予算額 14億円（12億円）", "採択件数（令和5年度実績）31件、交付決定額 計9億円"), "14億円"),
    (("地域文化拠点整備事業", "予算額 14億円", "令和5年度 実績報告"), "14億円"),
    (("観光振興事業", "採択件数（2030年度実績）12件", "事業費 8,000千円"), "8,000千円"),
    (("国際共同研究の推進", "開始年度: 令和9年度", "交付先: 大学等", "", "支援額: 30百万円程度", ""), "30百万円"),
])
def test_a_line_of_results_is_no_cover(lines, text):
    assert _fy(lines, text) is None
