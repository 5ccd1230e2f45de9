"""Budget figures in running text (issue 21, row selection): a sentence's figure is a programme's row when the
sentence names what it is spent on (`…に`, `…には`, `…として`, a noun right before the figure an appropriating verb
takes); a budget figure of a sentence that names no such work states the whole of its subject (an account, a
ministry over years, the budget before or after a supplementary, a cumulated total) and is no row. Lines written
for these tests in the style of real decks of several issuers: newspaper summaries of a town's or a prefecture's
budget, a minister's press conference, a Diet explanation, an essay."""
from __future__ import annotations

import pytest

from extract.tables import budget_records

from .test_roles_shapes import amount, rows, run

SUPPLEMENTARY, BUDGET = "令和4年度一般会計補正予算案の概要", "令和5年度当初予算案の概要"
REQUEST = "令和5年度農林水産予算概算要求"


@pytest.mark.parametrize("title, line, figure", [
    # the budget after a supplementary, the budget before it, a cumulated total (news, a city's bill)
    (SUPPLEMENTARY, "市は10日、補正予算案を発表した。補正後の予算額は608億7985万2千円となる。", "608億7985万2千円"),
    (SUPPLEMENTARY, "歳入歳出予算は、予算現計額382億5,049万7千円に、歳入歳出それぞれ7億円を追加するものです。",
     "382億5,049万7千円"),
    (SUPPLEMENTARY, "3月補正予算との累計額は329億円規模となる。", "329億円"),
    # a ministry's budget over several years (an essay), a ministry's total (a Diet explanation)
    (BUDGET, "外務省当初予算は、令和3年度7097億円(デジタル関係予算を除く)、令和4年度6904億円となっている。", "6904億円"),
    (BUDGET, "農林省所管合計といたしましては、二千二百二十九億円となっておりますが、これに総理府所管を加えた", "二千二百二十九億円"),
    # a national class the sentence appropriates: its name is a side of the account, no programme
    (BUDGET, "地方交付税繰入れを除いた一般歳出には、5,819億円を計上しました。", "5,819億円"),
    # a grant's verb: the sum given to each recipient, no appropriation
    (SUPPLEMENTARY, "休業した事業者に最大30万円を支給する。", "30万円"),
    (SUPPLEMENTARY, "ひとり親世帯に1人当たり2万円を給付する。", "2万円"),
    # a loan facility the appropriation creates: the facility is no spending (`融資枠500億円創設に158億円`)
    (SUPPLEMENTARY, "無利子の融資枠500億円創設に158億円を確保した。", "500億円"),
    # a comparison, a threshold
    (SUPPLEMENTARY, "前年度に比べて3億円の増となった。", "3億円"),
    (BUDGET, "事業費が300万円以上の事業に補助する。", "300万円"),
    # the budget as a whole after its change (a summary's total)
    (REQUEST, "一般会計の予算規模は、前年度に比べて2.9%増の2,574億円となりました。", "2,574億円"),
    (REQUEST, "農林水産予算の総額は、15%増の2兆6,525億円となっております。", "2兆6,525億円"),
    (SUPPLEMENTARY, "謝礼として1人当たり5,000円を支給する。", "5,000円"),  # a grant per head named `として`: no expense
    (SUPPLEMENTARY, "このうち12億円が国の交付金で賄われる。", "12億円"),  # a source of the money, no work it goes to
])
def test_a_sentences_whole_grant_or_change_is_no_row(title, line, figure):
    found = run(title, line)
    assert figure not in rows(found)
    m = amount(found, figure)  # refused for a reason: no budget's role, or the whole of a named subject
    assert m.role not in ("budget", "supplementary_budget") or m.total_of not in (None, "", "(sentence)")


@pytest.mark.parametrize("title, line, figure, name", [
    # `…には N円`, `…として N円が/を`, `…への負担金 N円を計上` (newspaper summaries of three issuers)
    (BUDGET, "同町初の地域おこし協力隊の採用にかかる費用には1001万円を計上した。", "1001万円",
     "同町初の地域おこし協力隊の採用にかかる費用"),
    (REQUEST, "また、収入保険制度に関係する予算として531億円が要求されている。", "531億円",
     "収入保険制度に関係する予算"),
    (SUPPLEMENTARY, "このほか、市総合医療センターへの運営費負担金5千万円を計上。", "5千万円", "市総合医療センターへの運営費負担金"),
    (SUPPLEMENTARY, "新たに、市立病院への繰出金3億円を計上しました。", "3億円", "市立病院への繰出金"),
    # a figure spent on the work its clause names, under a budget label, whatever the verb: none (`…工事に1億円。`),
    # 充てる / 積み立てた / 確保した / 計上, and a newspaper's `▽` list of programmes (the last item closes the line)
    (BUDGET, "新規事業では、町道の橋りょう耐震補強工事に1億7300万円。", "1億7300万円", "町道の橋りょう耐震補強工事"),
    (SUPPLEMENTARY, "地域外来・検査センター整備に3億円、ホテル借り上げなどに26億円を充てる。", "3億円", "地域外来・検査センター整備"),
    (SUPPLEMENTARY, "財政調整基金積立金に24億円、駅前整備積立金に3億5千万円を積み立てた。", "3億5千万円", "駅前整備積立金"),
    (SUPPLEMENTARY, "中小企業の資金繰り対策として、制度融資の利子補給に158億円を確保した。", "158億円", "制度融資の利子補給"),
    (SUPPLEMENTARY, "回復を見据えた観光振興の準備にも計13億円を計上。", "13億円", "回復を見据えた観光振興の準備"),
    (SUPPLEMENTARY, "物価高対策には36億円が計上され、生活者支援に充てられます。", "36億円", "物価高対策"),
    (BUDGET, "新規事業は次の通り。選挙執行経費2146万円▽預貯金照会電子化サービス事業12万円", "2146万円", "選挙執行経費"),
    (BUDGET, "新規事業は次の通り。選挙執行経費2146万円▽預貯金照会電子化サービス事業12万円", "12万円", "預貯金照会電子化サービス事業"),
    # a level after its change whose topic ties the budget to a purpose (`…を支援する予算は、37%増の213億円`)
    (REQUEST, "このうち、農地中間管理機構の事業運営などを支援する予算は、37%増の213億円を要求。", "213億円",
     "農地中間管理機構の事業運営などを支援する予算"),
    (REQUEST, "農業委員会活動の支援のための予算は、25%増の154億円としております。", "154億円", "農業委員会活動の支援のための予算"),
    (REQUEST, "このうち、子育て世帯の住宅取得に関する予算は、前年度比12%増の3億円となった。", "3億円", "子育て世帯の住宅取得に関する予算"),
    # an expense named with `として`, the figure as the subject of a passive that names the work after it
    (SUPPLEMENTARY, "市独自の給付を行うためのシステム開発費として1650万円を盛った。", "1650万円", "市独自の給付を行うためのシステム開発費"),
    (SUPPLEMENTARY, "このうち257億円余りが防災・減災のためのインフラ整備に充てられ、残りは物価高対策です。", "257億円",
     "防災・減災のためのインフラ整備"),
    (SUPPLEMENTARY, "このうち12億円が河川の浚渫に使われる。", "12億円", "河川の浚渫"),
])
def test_a_sentence_that_names_the_work_makes_a_named_row(title, line, figure, name):
    found = run(title, line)
    assert figure in rows(found)
    assert amount(found, figure).program == name


@pytest.mark.parametrize("lines, figure", [
    # the sentence began on the line above, which names what the figure is for: not a whole
    (("令和5年度当初予算の概要", "○ 国際共同研究推進事業", "※このほか、令和5年度予算にて基金補助金", "として１億円を計上。"), "１億円"),
    # an item line is no sentence: its name stays the item's
    (("令和5年度当初予算の概要", "■主な事業", "学校給食費無償化事業:841万2千円"), "841万2千円"),
])
def test_near_misses_of_an_unnamed_prose_figure_stay_rows(lines, figure):
    found = run(*lines)
    assert figure in rows(found)


@pytest.mark.parametrize("line, figure", [
    # `…経費として N円の増額補正`: the share of a supplementary a class of expenses makes, no named subject or object
    ("国の補正予算に伴う経費として566億4,700万円の増額補正等を行うものであります。", "566億4,700万円"),
    # a target that names the whole (`補正後の予算額に`, `一般会計には`)
    ("一般会計には、総額で120億円を計上しました。", "120億円"),
])
def test_near_misses_of_a_prose_target_name_no_programme(line, figure):
    found = run(SUPPLEMENTARY, line)
    assert amount(found, figure).program is None


def test_near_miss_no_budget_label_no_appropriation():
    found = run("町の話題", "町道の橋りょう耐震補強工事に1億7300万円。")
    assert "1億7300万円" not in rows(found)


# -- a news article's lead sentence names the bill it reports: its kind scopes the article ---------------------------

@pytest.mark.parametrize("lead", [
    "知事は20日の臨時記者会見で、新型コロナウイルスの感染拡大に対応した総額248億円規模となる4月補正予算案の概要を発表した。",
    "国の経済対策が閣議決定されたのを受け、県は追加で一般会計の総額で294億円余りの補正予算案を提出します。",
    "市長は定例記者会見で、物価高騰に対応するため、総額12億円の6月補正予算案の骨子を明らかにした。",
])
def test_a_news_leads_budget_bill_scopes_the_figures_it_reports(lead):
    found = run(lead, "", "地域外来・検査センター整備に3億円を計上した。")
    assert amount(found, "3億円").role == "supplementary_budget"
    assert "3億円" in rows(found)


@pytest.mark.parametrize("lead", [
    # the article reports no budget bill: a plan, a settlement
    "知事は20日の臨時記者会見で、新型コロナウイルスの感染拡大に対応する県の行動計画の概要を発表した。",
    "市長は定例記者会見で、令和4年度の決算見込みの概要を明らかにし、市債残高が減ったと述べた。",
])
def test_near_misses_of_a_news_lead_scope_nothing(lead):
    found = run(lead, "", "地域外来・検査センター整備に3億円を計上した。")
    assert "3億円" not in rows(found)


# -- item lines: a note mark after the figure, a note in brackets before it -----------------------------------------

@pytest.mark.parametrize("line, figure, name", [
    ("災害公営住宅購入事業:17億5,987万2千円*", "17億5,987万2千円", "災害公営住宅購入事業"),
    ("・学校給食費完全無償化事業 841万2千円※", "841万2千円", "学校給食費完全無償化事業"),
    ("○ 村有住宅改修事業　9,900万円★", "9,900万円", "村有住宅改修事業"),
    ("住宅建設等支援補助事業:(被災者向け)8,900万円", "8,900万円", "住宅建設等支援補助事業"),
])
def test_an_item_lines_notes_leave_it_the_items_row(line, figure, name):
    found = run("令和5年度当初予算の概要", "■主な事業(新規事業は*)", line)
    assert figure in rows(found)
    assert amount(found, figure).program == name


@pytest.mark.parametrize("line, figure", [
    ("災害公営住宅購入事業:17億5,987万2千円*のうち国費分", "17億5,987万2千円"),  # text after the mark: no item line
    ("住宅建設等支援補助事業:上限 50万円*", "50万円"),  # a cap
])
def test_near_misses_of_an_item_lines_note_are_no_rows(line, figure):
    found = run("令和5年度当初予算の概要", "■主な事業(新規事業は*)", line)
    assert figure not in rows(found)


# -- a flattened chart's whole: a figure alone under a line that is only a whole's label -----------------------------

@pytest.mark.parametrize("label", ["総額", "合計", "予算総額", "【総額】"])
def test_a_figure_alone_under_a_wholes_label_is_no_row(label):
    found = run("平成27年度農林水産予算の重点事項", label, "2兆3,090億円", "(2兆3,267億円)")
    assert "2兆3,090億円" not in rows(found)
    assert amount(found, "2兆3,090億円").total_of


@pytest.mark.parametrize("lines", [
    ("平成27年度農林水産予算の重点事項", "担い手経営発展支援事業", "5億円", "(5億円)"),  # a programme's name above
    ("平成27年度農林水産予算の重点事項", "総額のうち担い手経営発展支援事業", "5億円", "(5億円)"),  # a label in a name
])
def test_near_misses_of_a_wholes_label_stay_rows(lines):
    assert "5億円" in rows(run(*lines))


# -- an exchange rate is no budget ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, figure, source", [
    # an item line under a budget's line: the rate rule, no other, is what refuses the row
    ("・為替レート 1ユーロ=160円", "160円", "rate"),
    ("・レート 1ドル120円", "120円", "rate"),
    # a ※ note right under a figure is that figure's note (role source `under`), which refuses it first
    ("※レート 1ドル120円", "120円", "under"),
    ("※為替レート 1米ドル＝150円", "150円", "under"),
])
def test_an_exchange_rate_is_no_row(line, figure, source):
    found = run("平成29年度予算概算要求の概要", "平成29年度概算要求 7,730億円", line)
    assert figure not in rows(found)
    assert (amount(found, figure).role, amount(found, figure).role_source) == ("other", source)
    assert amount(found, "7,730億円").role_source != "rate"


@pytest.mark.parametrize("line, figure", [
    ("・国際機関拠出金 120円", "120円"),  # no currency before it
    ("・ODA事業 11ドル換算 111億円", "111億円"),  # more than one unit of the currency: no rate
])
def test_near_misses_of_an_exchange_rate_are_no_rate(line, figure):
    found = run("平成29年度予算概算要求の概要", line)
    assert amount(found, figure).role_source != "rate"


def test_a_budget_a_little_over_a_round_sum_is_budgeted_at_that_sum():
    found = run(SUPPLEMENTARY, "物価高対策には36億円余りが計上されます。")
    budget = [r for r in budget_records([m.record() for m in found]) if r["text"] == "36億円"]
    assert budget and budget[0]["budget_yen"] == 3_600_000_000


# -- a list's marker alone on its line is no paragraph: the name under it is the figures' title ----------------------

@pytest.mark.parametrize("marker", ["①", "・", "(2)", "3."])
def test_a_name_after_a_marker_alone_names_the_figure_alone(marker):
    found = run("平成27年度農林水産予算の重点事項", "【補正予算】", marker, "農地中間管理機構の本格稼働", "190億円", "200億円",
                "(305億円)")
    assert amount(found, "200億円").program == "農地中間管理機構の本格稼働"


def test_near_miss_a_paragraphs_line_above_keeps_the_name_a_paragraph():
    found = run("平成27年度農林水産予算の重点事項", "【補正予算】", "担い手への農地集積を加速化するため", "農地中間管理機構の本格稼働",
                "190億円", "200億円", "(305億円)")
    assert amount(found, "200億円").program != "農地中間管理機構の本格稼働"


@pytest.mark.parametrize("title", ["子育て支援拠点整備事業", "■子育て支援拠点整備事業", "○子育て支援拠点整備事業"])
@pytest.mark.parametrize("sentence", ["本事業の予算額は3,000万円です。", "本事業には3,000万円を計上しています。"])
def test_near_miss_a_sentence_under_a_programmes_own_title_states_its_budget(title, sentence):
    found = run("令和5年度当初予算の概要", "", title, "", sentence)
    assert "3,000万円" in rows(found)
    assert amount(found, "3,000万円").program == "子育て支援拠点整備事業"


@pytest.mark.parametrize("line, listed", [
    ("歳出は、町道改良事業1億円▽防災無線整備事業2億円など。", True),
    ("新規事業は、町道改良事業1億円▽防災無線整備事業2億円など。", True),
    # the revenue side's sources listed the same way are no spending
    ("歳入は、町税1億円▽地方交付税2億円など。", False),
    ("歳入では、国庫支出金1億円▽県支出金2億円を見込む。", False),
])
def test_a_newspapers_list_of_programmes_but_not_of_revenues(line, listed):
    found = run(BUDGET, "", "町は10日、令和5年度当初予算案を発表した。", "", line)
    assert ("2億円" in rows(found)) is listed


@pytest.mark.parametrize("line, figure, name", [
    ("中央グラウンド周辺整備事業として中央グラウンド整備工事、ちびっこ広場整備工事等に8億2千37万円計上しました。", "8億2千37万円",
     "中央グラウンド周辺整備事業"),
    ("地域公共交通確保事業では、デマンドタクシーの運行委託に3,200万円を計上。", "3,200万円", "地域公共交通確保事業"),
    # near misses: a category opens the sentence (the work after it names the row), two figures share the topic
    ("新規事業では、町道の橋りょう耐震補強工事に1億7300万円。", "1億7300万円", "町道の橋りょう耐震補強工事"),
    ("防災対策事業では、避難所の改修に2億円、防災無線の更新に1億円を計上。", "1億円", "防災無線の更新"),
])
def test_a_sentence_opening_with_its_programme_names_its_one_figure(line, figure, name):
    found = run(BUDGET, line)
    assert amount(found, figure).program == name


# -- a figure after `…に` is spent on that work only when an appropriating verb (or none) governs it -----------------
# (prose_totals.appropriating_verb: an allow-list, roles.json prose.appropriate; lines in the style of city and town
# newspaper summaries and of a prefecture's press release)

@pytest.mark.parametrize("line, figure", [
    ("翌年度に2億円を繰り越す。", "2億円"),  # a date before `に` and a verb that moves money, no appropriation
    ("7月に2億円、11月に1億円を追加した。", "2億円"),
    ("市内の全世帯に5千円を配布する。", "5千円"),  # a hand-out to each household
    ("市内の中小企業に20億円を貸し付ける。", "20億円"),  # a loan
    ("商店街の設備更新に5億円を融資する。", "5億円"),
    ("新しい市民会館の建設に60億円がかかる見込みだ。", "60億円"),  # a cost forecast, nothing appropriated
    ("同社は新しい物流拠点の整備に200億円を投じる。", "200億円"),  # a company's investment
    # the revenue side's sources, as the topic of the figure's own clause says
    ("財源には、国の交付金に6億円、市債に4億円を見込む。", "4億円"),
    ("財源は国庫支出金に2億円▽県支出金に5千万円など。", "5千万円"),
])
def test_a_figure_after_ni_with_another_verb_is_no_row(line, figure):
    found = run(BUDGET, "", line)
    assert figure not in rows(found)
    m = amount(found, figure)
    assert m.role in ("other", "support") or (m.program is None and m.total_of)  # no spending, or a budget of no work


@pytest.mark.parametrize("line, figure, name", [
    # a revenue word in another clause leaves the spending side's list a list of programmes
    ("歳入は町税が増え、歳出では町道整備に3億円▽公園改修に1億円など。", "3億円", "町道整備"),
    ("歳入は町税が増え、歳出では町道整備に3億円▽公園改修に1億円など。", "1億円", "公園改修"),
    ("町道の舗装工事に3億円を予算化した。", "3億円", "町道の舗装工事"),
    ("防災無線の更新に2億円を措置した。", "2億円", "防災無線の更新"),
    ("町道の舗装工事に3億円計上。", "3億円", "町道の舗装工事"),  # the verb right after the figure, no `を`
    ("避難所の改修に2億円、防災無線の更新に1億円を充てる。", "2億円", "避難所の改修"),  # listed: the sentence's verb
])
def test_a_figure_after_ni_an_appropriating_verb_takes_is_a_row(line, figure, name):
    found = run(BUDGET, "", line)
    assert figure in rows(found)
    assert amount(found, figure).program == name


@pytest.mark.parametrize("line", ["令和6年度に8億円を計上する見込み。", "来年度に8億円を計上する。", "年度末に8億円を計上。"])
def test_a_date_before_ni_names_no_programme(line):
    found = run(BUDGET, "", line)  # a fiscal year or a date is when the money moves, never what it is spent on
    assert amount(found, "8億円").program not in ("令和6年度", "来年度", "年度末")


@pytest.mark.parametrize("line, figure, role", [
    # a sentence right under a budget's title: its own words say the figure is no budget
    ("休業した店舗に最大20万円を支給する。", "20万円", "support"),  # a cap
    ("子育て世帯に1人当たり3万円を給付する。", "3万円", "support"),  # a grant per head
    ("総事業費が500万円以上の事業に補助する。", "500万円", "other"),  # a threshold
    ("このうち8億円が県の交付金で賄われる。", "8億円", "other"),  # a source, no work it goes to
])
def test_a_sentence_under_a_title_that_says_its_figure_is_no_budget(line, figure, role):
    found = run(SUPPLEMENTARY, line)
    assert figure not in rows(found)
    assert amount(found, figure).role == role


# -- a sentence's figure no rule names: a whole needs the sentence's evidence, a topic that is a name names it --------

@pytest.mark.parametrize("line", [
    "学童保育施設整備事業は、2,400万円を計上しました。",
    "学童保育施設整備事業の予算額は2,400万円です。",
])
def test_a_sentences_topic_that_is_a_programme_names_its_figure(line):
    found = run(BUDGET, "", line)
    assert "2,400万円" in rows(found)
    assert amount(found, "2,400万円").program == "学童保育施設整備事業"


def test_a_sentence_that_names_nothing_is_named_by_the_heading_over_it():
    found = run("令和6年度予算案の概要", "", "地域公共交通の維持確保", "", "路線バスの運行を支えるため、1億2千万円を計上。")
    assert "1億2千万円" in rows(found)
    assert amount(found, "1億2千万円").total_of is None and amount(found, "1億2千万円").program == "地域公共交通の維持確保"


def test_near_miss_a_topic_of_one_of_two_figures_names_neither():
    found = run(REQUEST, "", "公共事業は前年度比3%増の5,200億円、非公共事業は2%増の1兆1,000億円を計上しました。")
    assert amount(found, "1兆1,000億円").program != "公共事業"  # each figure has its own clause's topic


def test_a_class_a_ministers_formal_topic_reports_is_a_whole():
    found = run(BUDGET, "", "また、地方交付税については16.5兆円を確保しました。")
    assert "16.5兆円" not in rows(found)
    assert (amount(found, "16.5兆円").total_of or "").endswith("地方交付税については")


@pytest.mark.parametrize("line, figure", [
    ("国に2億円を返還した。", "2億円"),
    ("このうち市の負担は3億円となる。", "3億円"),
    ("4月に1億円、10月に2億円を追加した。", "1億円"),
])
def test_no_placeholder_is_published_as_a_whole(line, figure):
    found = run(BUDGET, "", line)
    assert amount(found, figure).total_of not in ("(sentence)", "国に", "このうち", "4月に")


@pytest.mark.parametrize("line, figure", [
    # a body's budget as the budget process made it: an agent with `が`, a process verb (要求, 配分, 編成)
    ("国土交通省が要求した予算は、5%増の6兆8,000億円となった。", "6兆8,000億円"),
    ("県が市町村に配分する予算は、2%増の120億円となる。", "120億円"),
    ("今年度に編成した予算は、4%増の900億円となった。", "900億円"),
])
def test_a_budget_the_process_made_is_a_whole_not_a_purposes_budget(line, figure):
    found = run(REQUEST, "", line)
    m = amount(found, figure)
    assert figure not in rows(found)
    assert m.role == "budget" and m.total_of


@pytest.mark.parametrize("lead", [
    "町は15日、物価高騰対策を盛り込んだ補正予算案について発表した。",  # `について` and an announcing verb
    "県議会は、9月補正予算案を可決した。",
])
def test_a_news_lead_that_announces_its_bill_with_another_particle_scopes_the_article(lead):
    found = run(lead, "", "公共交通の運行支援に2億円を計上した。")
    assert amount(found, "2億円").role == "supplementary_budget" and "2億円" in rows(found)


@pytest.mark.parametrize("lead", [
    # the lead only mentions a bill of another body: its verb announces nothing
    "国の補正予算案を受け、町は独自の支援策の検討に入った。",
    "野党は、政府の補正予算案を「ばらまき」と批判した。",
])
def test_near_misses_a_lead_that_mentions_a_bill_scopes_nothing(lead):
    found = run(lead, "", "公共交通の運行支援に2億円を計上した。")
    assert amount(found, "2億円").role != "supplementary_budget" and "2億円" not in rows(found)


@pytest.mark.parametrize("line, figure, name", [
    # a grant's size inside the work's phrase: the name is the whole phrase, not its tail after the first figure
    ("1人あたり5千円の図書カードを贈る事業に、2,000万円を計上した。", "2,000万円", "1人あたり5千円の図書カードを贈る事業"),
    ("上限10万円の改修費を補助する制度に、3,000万円を計上した。", "3,000万円", "上限10万円の改修費を補助する制度"),
])
def test_a_figure_inside_the_works_phrase_stays_in_its_name(line, figure, name):
    found = run(BUDGET, "", line)
    assert amount(found, figure).program == name
    assert not amount(found, figure).program.startswith("の")


@pytest.mark.parametrize("after, yen", [("余り", 3_600_000_000), ("以上", None), ("超", None)])
def test_only_the_yo_marker_budgets_an_open_figure_at_its_round_sum(after, yen):
    found = run(SUPPLEMENTARY, "物価高対策には36億円余りが計上されます。")
    record = amount(found, "36億円").record()
    record["context"] = f"物価高対策には36億円{after}が計上されます。"  # the same figure, read with another marker after it
    budget = [r["budget_yen"] for r in budget_records([record]) if r["text"] == "36億円"]
    assert budget == ([yen] if yen is not None else [])


@pytest.mark.parametrize("line", ["12", "１２"])
def test_near_miss_a_bare_page_number_is_no_lists_marker(line):
    found = run("平成27年度農林水産予算の重点事項", "【補正予算】", line, "農地中間管理機構の本格稼働", "190億円", "200億円", "(305億円)")
    assert amount(found, "200億円").program != "農地中間管理機構の本格稼働"
