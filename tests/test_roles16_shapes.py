"""Rules generalised on fresh11's misses (issue 21, bench/results/issue21_roles16.md), each in wordings no dev set uses,
with near misses:

- a voucher's face value (`2000円分のクーポン`, `1万円相当の商品券`) is what each holder receives: support (prices.voucher_value);
- a bare label of another budget's kind (`補正予算額`, `前年度予算額`) over a figure gives it that kind, also across lines
  of bare digits a PDF's text layer leaves between them (stage_marks.bare_label, roles._worded);
- a deck's title is a petition to the state only where a word of it IS the state (`国の`, `政府`, `…省`), not a word that
  opens with one (`国立大学`, `国際`), and a petition's word joined to a ministry's request (`概算要求・要望額`) is that
  request's frame (petitions.py).
"""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, str | None]:
    return {t: m.role for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, figure", [
    (["市は、2000円分のクーポンを1000円で販売するキャンペーンを始めた。"], "2000円"),
    (["抽選で5000円分の割引クーポンが当たる。"], "5000円"),
    (["町民1人につき、1万円相当の地域商品券を配る。"], "1万円"),
    (["記名式の3,000円分ポイントを、抽選で1万人に付与する。"], "3,000円"),
    (["市内の飲食店で使える2,000円分の食事券を、子育て世帯に送付します。"], "2,000円"),
    (["宿泊者には5千円相当の旅行券(電子チケット)をお渡しします。"], "5千円"),
])
def test_a_vouchers_face_value_is_support(lines, figure):
    assert roles(*lines)[figure] == "support"


@pytest.mark.parametrize("lines, figure", [
    # what the holder pays for the voucher
    (["市は、2000円分のクーポンを1000円で販売するキャンペーンを始めた。"], "1000円"),
    # a total of vouchers, not one holder's value (an issue's own label, `発行総額`, states the programme's 事業規模, support:
    # prices.voucher_issue, the dev10c and fresh11c calls; test_merge16_near_misses), nor what the buyers paid in all
    (["プレミアム商品券は、総額4億2千万円分の商品券を発行する。"], "4億2千万円"),
    (["プレミアム商品券は、販売総額3億5千万円分の商品券を完売した。"], "3億5千万円"),
    # a bond is no voucher
    (["基金で100億円分の債券を購入した。"], "100億円"),
    # a share of a budget, no voucher
    (["令和6年度予算のうち、10億円分の事業費を繰り越す。"], "10億円"),
])
def test_near_misses_are_no_vouchers_value(lines, figure):
    assert roles(*lines)[figure] != "support"


@pytest.mark.parametrize("lines, figure, role", [
    (["地域経済の活性化に向けた事業を実施します", "補正予算額", "1", "88,", "88,095千円"], "88,095千円", "supplementary_budget"),
    (["令和6年度 観光振興事業の概要", "■補正予算額：", "2,500万円"], "2,500万円", "supplementary_budget"),
    (["令和7年度 子育て支援事業", "【前年度予算額】", "3", "1億2,000万円"], "1億2,000万円", "previous_budget"),
    (["事業の概要", "(3) 補正額", "4,800千円"], "4,800千円", "supplementary_budget"),
])
def test_a_bare_label_of_a_budgets_kind_labels_the_figure_under_it(lines, figure, role):
    assert roles(*lines)[figure] == role


@pytest.mark.parametrize("lines, figure, role", [
    # a label that says more than its kind: a chart's caption, no label of the figure
    (["補正予算額の推移", "2,500万円"], "2,500万円", "supplementary_budget"),
    # a table's empty row (`||`) closes what the label heads
    (["補正予算額", "||", "見舞金の内容は? |", "2,500万円"], "2,500万円", "supplementary_budget"),
    # a line of words between the label and the figure: the label reaches no further
    (["補正予算額", "事業の目的は地域の活性化です", "事業の内容は次のとおりです", "2,500万円"], "2,500万円", "supplementary_budget"),
])
def test_near_misses_of_bare_labels(lines, figure, role):
    assert roles(*lines)[figure] != role


@pytest.mark.parametrize("lines, figure", [
    (["平成22年度予算の国立大学法人関連要望事項に係る説明会", "平成23年度概算要求・要望額 1兆1,909億円"], "1兆1,909億円"),
    (["令和3年度予算の国際交流関連要望事項説明会", "令和4年度概算要求・要望額 120億円"], "120億円"),
    (["令和5年度 国民健康保険事業の要望事項", "令和6年度予算要求及び要望額 45億円"], "45億円"),
])
def test_a_ministrys_request_with_its_special_frame_is_no_petition(lines, figure):
    assert roles(*lines)[figure] == "budget"


@pytest.mark.parametrize("lines, figure", [
    (["令和7年度 国の施策・予算に対する要望", "道路整備予算として50億円の確保を要望します。"], "50億円"),
    (["政府予算要望書", "港湾整備に120億円の予算措置を要望する。"], "120億円"),
    (["令和6年度 国土交通省への要望", "新幹線整備に300億円を要望します。"], "300億円"),
])
def test_petitions_to_the_state_stay_other(lines, figure):
    assert roles(*lines)[figure] == "other"


def fys(*texts: str) -> dict[str, int | None]:
    return {t: m.fy for t, m in amounts_by_text(*texts).items()}


_SPEECH = ["・土木費関係", "町道改良工事に三百二十万円計上。", "・災害復旧費関係",
           "河川災害復旧工事二千万円、計上事業費の総額は二千三百二十万円となっております。"]


@pytest.mark.parametrize("lead, after, fy", [
    ("村長 議案審議に入る前に新年度予算審議の議会に当たり予算編成方針について御報告申し上げます。",
     ["前述のように昭和四十一年度は建設関係に重点をおき予算編成をしております。", "一般会計決算(昭和四十一年度決算)"], 1966),
    ("町長 開会にあたり、来年度予算の編成方針について所信を申し述べます。",
     ["以上のとおり、令和8年度は防災に重点をおいて予算を編成いたしました。"], 2026),
    ("市長 本年度予算の概要について御報告いたします。", ["なお、2019年度の予算は災害復旧を最優先としております。"], 2019),
])
def test_a_relative_years_budget_takes_the_one_year_the_deck_states_with_it(lead, after, fy):
    assert fys(lead, *_SPEECH, *after)["三百二十万円"] == fy


@pytest.mark.parametrize("lead, after", [
    # the lead-in names no budget by a relative year
    ("村長 議案審議に入る前に懸案事項の経過について御報告申し上げます。",
     ["前述のように昭和四十一年度は建設関係に重点をおき予算編成をしております。"]),
    # two written years: which one the relative year names is not said
    ("村長 新年度予算審議の議会に当たり予算編成方針について御報告申し上げます。",
     ["前述のように昭和四十一年度は建設関係に重点をおき予算編成をしております。", "一般会計決算(昭和四十年度決算)"]),
    # the one year stated without the budget's work
    ("村長 新年度予算審議の議会に当たり予算編成方針について御報告申し上げます。",
     ["前述のように昭和四十一年度は建設関係に重点をおき整備を進めます。"]),
])
def test_near_misses_of_a_relative_years_budget(lead, after):
    assert fys(lead, *_SPEECH, *after)["三百二十万円"] is None


def role_fy(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, figure, fy", [
    (["平成22年度予算の国立大学法人関連要望事項に係る説明会",
      "運営費交付金の要求状況 平成22年度予算額 1兆1,585億円 平成23年度概算要求・要望額 1兆1,909億円(対前年度324億円増)"],
     "1兆1,585億円", 2010),
    (["令和7年度 概算要求の概要", "地方創生推進交付金 令和6年度予算額 1,000億円 令和7年度概算要求額 1,200億円"], "1,000億円", 2024),
    (["令和8年度 予算要求説明資料", "■事業費", "令和7年度当初予算額 3億円", "令和8年度要求額 3億5千万円"], "3億円", 2025),
])
def test_the_budget_of_the_year_before_a_request_is_its_previous_years(lines, figure, fy):
    assert role_fy(*lines)[figure] == ("previous_budget", fy)


@pytest.mark.parametrize("lines, figure", [
    # the request's own year's budget
    (["令和7年度 概算要求の概要", "令和7年度予算額 1,000億円 令和7年度補正予算額 200億円"], "1,000億円"),
    # a figure of the year before that no budget's label names (a settlement's)
    (["令和7年度 概算要求の概要", "地方創生推進交付金 令和6年度決算額 900億円 令和7年度概算要求額 1,200億円"], "900億円"),
])
def test_near_misses_of_a_requests_base(lines, figure):
    assert role_fy(*lines)[figure][0] != "previous_budget"


@pytest.mark.parametrize("lines, figure", [
    (["|", "2009年3月4日(水) 19:20 |", "|", "高松市、過去最大の積極予算",
      "市議会が開会し、来年度予算案などが提案されました。",
      "教育やまちづくりなどの重点事業に205億円を計上するなど積極型予算です。"], "205億円"),
    (["｜", "1", "―", "○○町、新年度予算案を発表", "町は新年度予算案を発表した。",
      "防災対策事業に3億2,000万円を計上した。"], "3億2,000万円"),
])
def test_a_web_pages_bars_are_no_top_lines_of_a_budget_deck(lines, figure):
    assert roles(*lines)[figure] == "budget"


def test_bars_over_a_deck_of_no_budget_make_none():
    lines = ["|", "2021年5月1日 |", "|", "企業から寄附を受けました", "市内の企業から寄附金100万円が贈呈されました。"]
    assert roles(*lines)["100万円"] != "budget"


@pytest.mark.parametrize("lines, figure", [
    (["令和5年度 上半期の財政事情", "歳出は予算の35.2%に当たる25億5,344万1千円が支出されています。"], "25億5,344万1千円"),
    (["令和6年度 予算の執行状況", "予算額120億円のうち、9月末までに48億円を執行済みです。"], "48億円"),
    (["平成30年度 特別会計の状況", "国民健康保険事業の予算のうち、12億3,000万円がすでに支出されました。"], "12億3,000万円"),
])
def test_a_figure_an_execution_verb_takes_is_no_budget(lines, figure):
    assert roles(*lines)[figure] == "other"


@pytest.mark.parametrize("lines, figure", [
    # an appropriation's verb, not an execution's
    (["令和6年度 予算の概要", "道路改良事業に4億円を計上しました。"], "4億円"),
    # a plan to spend is said with the budget: `支出する予定` is no spending done
    (["令和6年度 予算の概要", "防災対策事業の予算額は2億円です。"], "2億円"),
])
def test_near_misses_of_execution(lines, figure):
    assert roles(*lines)[figure] == "budget"


@pytest.mark.parametrize("lines, figure", [
    (["(注1) 運営費交付金については、予算額に比して決算額が100百万円多額となっています。"], "100百万円"),
    (["(注2) 授業料収入については、予算額に比して決算額が15百万円少額となっています。"], "15百万円"),
    (["令和5年度 予算の概要", "事業費は当初予算額より2,000万円多く計上しました。"], "2,000万円"),
])
def test_a_difference_said_as_more_or_less_is_a_change(lines, figure):
    assert roles(*lines)[figure] == "other"


@pytest.mark.parametrize("lines, figure", [
    (["上半期の財政運営は、2回の予算補正を行い、当初予算額82億6,868万4,000円に対し2億528万1,000円を追加し、総額を84億7,396万5,000円としています。"],
     "2億528万1,000円"),
    (["9月の補正で、当初予算額30億円に1億2,000万円を追加して、総額31億2,000万円としました。"], "1億2,000万円"),
])
def test_the_figure_a_supplementary_adds_is_supplementary(lines, figure):
    assert roles(*lines)[figure] == "supplementary_budget"


def test_a_figure_added_in_no_supplementarys_sentence_is_none():
    found = roles("基金は、当初の積立額30億円に1億2,000万円を追加し、31億2,000万円となりました。")
    assert found["1億2,000万円"] != "supplementary_budget"


def test_every_accounts_budget_added_up_is_the_whole_budget():
    found = amounts_by_text("市長定例記者会見", "予算規模は一般会計が158億6,000万円で、対前年度3,000万円の増です。"
                            "特別会計は8会計ありますが、115億9,965万円で、対前年度3億9,284万円の減です。"
                            "併せまして274億5,965万円、対前年度3億6,284万円の減となっています。")
    total = found["274億5,965万円"]
    assert (total.role, bool(total.total_of)) == ("budget", True)


@pytest.mark.parametrize("lines, figure", [
    (["令和6年度予算の概要", "一般会計は85億円、企業会計は32億円で、合わせて117億円となります。"], "117億円"),
    (["市長記者会見", "一般会計 120億円。特別会計 64億円。あわせて184億円で、前年度より2%増えました。"], "184億円"),
])
def test_accounts_added_up_in_other_wordings(lines, figure):
    assert roles(*lines)[figure] == "budget"


@pytest.mark.parametrize("lines, figure", [
    # money of two kinds added up (a supplementary and an initial budget): the fresh sets' call, other
    (["令和6年度予算の概要", "補正予算では20億円、当初予算では30億円とされ、合わせて50億円が計上された。"], "50億円"),
    # one account's figures added up: no whole budget
    (["市長記者会見", "一般会計のうち、道路費は5億円、橋りょう費は3億円で、合わせて8億円です。"], "8億円"),
])
def test_near_misses_of_accounts_added_up(lines, figure):
    found = amounts_by_text(*lines)[figure]
    assert found.role != "budget" or not found.total_of


@pytest.mark.parametrize("line, figure", [
    ("この結果、一般会計において五千七百九十万円の増額、補正後の予算額は三千七百五十億六千五百九十万円となります。", "五千七百九十万円"),
    ("今回の補正により、介護保険特別会計は3,200万円の減額となり、補正後の額は45億円となります。", "3,200万円"),
    ("9月補正予算案は、一般会計で2億4,000万円の増額です。", "2億4,000万円"),
])
def test_a_supplementarys_increase_said_as_a_noun_is_its_size(line, figure):
    assert roles("提案理由の説明", line)[figure] == "supplementary_budget"


@pytest.mark.parametrize("line, figure", [
    # a change from last year in a supplementary's sentence
    ("補正後の一般会計は、前年度比5億円の増額となります。", "5億円"),
    # no supplementary named
    ("当初予算案は、一般会計で前年度より3億円の増額です。", "3億円"),
])
def test_near_misses_of_a_supplementarys_increase(line, figure):
    assert roles("提案理由の説明", line)[figure] != "supplementary_budget"


@pytest.mark.parametrize("lines, figure, fy", [
    ([" 平成27年度   808,268,000円", " 平成28年度", "    通常分  1,140,068,000円", "  経済対策分   723,301,000円",
      " 平成29年度   452,521,000円"], "723,301,000円", 2016),
    (["基金の積立額", "【令和5年度】", "  当初分 3億円", "  補正分 1億2,000万円", "【令和6年度】 2億円"], "1億2,000万円", 2023),
    (["・2022年度", "   ソフト事業 4,500万円", "   ハード事業 1億円"], "1億円", 2022),
])
def test_a_year_alone_on_its_line_heads_the_lines_indented_under_it(lines, figure, fy):
    assert fys(*lines)[figure] == fy


@pytest.mark.parametrize("lines, figure, fy", [
    # a year alone on its line not indented over the next: no heading by this pass, but since the dated-scope pass
    # (issue 21, scope18) the year line is the innermost dated scope of the figures after it, up to the next year
    (["基金の積立額", "  令和5年度", "  補正分 1億2,000万円", "令和6年度 2億円"], "1億2,000万円", 2023),
    (["基金の積立額", "令和5年度", "", "  補正分 1億2,000万円", "令和6年度 2億円"], "1億2,000万円", 2023),
    # a year with words of its own is no heading of the lines below
    (["基金の積立額", "令和5年度から事業を開始しました", "  補正分 1億2,000万円"], "1億2,000万円", None),
])
def test_near_misses_of_a_year_heading(lines, figure, fy):  # (a second year: the deck's one year, another pass's, is none)
    assert fys(*lines)[figure] == fy


@pytest.mark.parametrize("label", ["要求・要望額", "概算要求・要望額"])
def test_a_whole_request_with_its_frame_is_a_total_not_a_programme(label):
    found = amounts_by_text("令和9年度 概算要求の概要（経済産業省）", f"{label} 2兆4,320億円（前年度予算額 2兆1,000億円）",
                            "うち重要政策推進枠 8,600億円", "・物流効率化の推進 250億円（180億円）",
                            "・価格転嫁対策の強化 120億円（100億円）")
    whole = found["2兆4,320億円"]
    assert (whole.role, bool(whole.total_of)) == ("budget", True)
    assert found["250億円"].role == "budget" and not found["250億円"].total_of
