"""Roles of figures no label scoped, by the way their sentence is written (issue 21, context/open_figures.py): an
appropriating verb with no label, a list titled as the programmes, a grant's size changed, a user's own share. Each
rule in several issuers' wording, with the lines that look alike and must not change."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


# a page that names no year and no budget: the verb that can only put money into a budget makes its figures budgets
@pytest.mark.parametrize("line, figures", [
    ("水田活用補助金1,300万円を計上。多面的機能支援交付金に7,900万円、中山間地域直接支払交付金に2,472万円を計上。",
     ["1,300万円", "7,900万円", "2,472万円"]),
    ("移住支援事業に300万円を計上。住宅賃貸料などの補助金に200万円を計上しました。", ["300万円", "200万円"]),
    ("空き家対策の補助金を460万円計上します。", ["460万円"]),
    ("防犯カメラ設置事業に1,200万円、通学路の安全対策工事に850万円を盛り込みました。", ["1,200万円", "850万円"]),
    ("森林の整備を行う事業者への補助金として700万円、学びの森の事業費に100万円計上。", ["700万円", "100万円"]),
])
def test_an_appropriating_verb_makes_budgets_without_a_label(line, figures):
    found = roles("◇産業振興", line)
    assert [found[f][0] for f in figures] == ["budget"] * len(figures)


@pytest.mark.parametrize("line, figure, role", [
    ("起業支援への補助金制度(上限50万円)を創設します。", "50万円", "support"),  # a cap stays a grant's size
    ("結婚された方へ10万円を助成します。", "10万円", "support"),  # a grant's size, no verb that budgets
    ("基金から3,000万円を取り崩して計上します。", "3,000万円", "other"),  # drawn from a fund
    ("昨年度は道の駅の改修に1億円がかかりました。", "1億円", "other"),  # a cost, no appropriation
    ("財源には、県補助金に2,000万円を計上します。", "2,000万円", "other"),  # the revenue side's topic
    ("公共交通の維持に2億円を計上した。", "2億円", "other"),  # a purpose, no programme named: no label to trust
    ("特別損失として12億円を計上した。", "12億円", "other"),  # a company's booking
])
def test_near_misses_keep_their_reading_without_a_label(line, figure, role):
    assert roles("◇人口減対策", line)[figure][0] == role


# a budget deck whose items a paper lists after the title `主な新規事業は`
@pytest.mark.parametrize("line, figures", [
    ("主な新規事業は地方創生総合戦略策定事業七百二十四万円、緊急防災・減災事業六千万円、除雪車整備事業五千五百二十二万円",
     ["七百二十四万円", "六千万円", "五千五百二十二万円"]),
    ("主な事業は、保育所改修事業3,200万円、道路舗装事業1億1,000万円など。", ["3,200万円", "1億1,000万円"]),
    ("主要施策としては観光振興事業850万円、企業誘致推進事業400万円。", ["850万円", "400万円"]),
])
def test_items_of_a_list_titled_as_the_programmes_are_budgets(line, figures):
    found = roles("令和6年度当初予算概要発表", "一般会計当初予算は前年度比2.0%増の48億円となった。", line)
    assert [found[f] for f in figures] == [("budget", 2024)] * len(figures)


def test_a_list_title_with_another_topic_after_it_lists_nothing():
    found = roles("令和6年度当初予算概要発表", "主な新規事業は観光振興で、歳入は町税が4億円、地方交付税15億円となった。")
    assert found["4億円"][0] == "other"


# a grant's size changed: the size before the change and after it are both grant sizes
@pytest.mark.parametrize("line, before, after", [
    ("通院タクシー利用助成に関しまして、助成金の上限額を、1回あたり5,000円から7,000円へと引き上げます。", "5,000円", "7,000円"),
    ("耐震診断にかかる費用の助成(木造住宅のみ)を15万円から20万円に増額します。", "15万円", "20万円"),
    ("住宅リフォームの補助額を10万円から20万円に拡充します。", "10万円", "20万円"),
    ("おむつ購入の支給額を月3,000円から5,000円に引上げます。", "3,000円", "5,000円"),
    # a benefit paid to each recipient, named right before its old size (a prefecture's relief payment, a town's)
    ("売上が減少した中小事業者について、一時金を20万円から30万円に増額します。", "20万円", "30万円"),
    ("被災世帯への見舞金を5万円から10万円に引き上げます。", "5万円", "10万円"),
    ("時短営業に応じた店舗への協力金を60万円から80万円へ増額します。", "60万円", "80万円"),
    # a gift per recipient (`祝い金`, `奨励金`), as the topic or with `これまでの` before its old size (fresh22d's village)
    ("結婚祝い金をこれまでの5万円から15万円に引き上げます。", "5万円", "15万円"),
    ("定住奨励金がこれまでの5万円から20万円に増額されます。", "5万円", "20万円"),
    ("出産祝金も2万円から5万円に増額します。", "2万円", "5万円"),
    ("転入者への奨励金を従来の10万円から20万円に拡充します。", "10万円", "20万円"),
])
def test_a_grant_size_changed_is_support_before_and_after(line, before, after):
    found = roles("令和7年度予算案の主な事業", line)
    assert (found[before][0], found[after][0]) == ("support", "support")


@pytest.mark.parametrize("line, figure", [
    ("道路維持補修事業の予算を3億円から4億円に増額しました。", "4億円"),  # a programme's budget, no grant's size
    ("商店街補助金を1,000万円から1,500万円に増額します。", "1,500万円"),  # a grant programme's money, not its size
    ("子育て給付金を3,000万円から4,500万円に増額します。", "4,500万円"),
    ("一時金事業の予算を2億円から3億円に増額します。", "3億円"),  # a budget's word between
    ("企業立地奨励金事業の予算がこれまでの1億円から2億円に増額されます。", "2億円"),
    ("祝い金の総額は昨年の300万円から450万円に増えた。", "450万円"),  # a total, no size (no change verb of a size)
])
def test_a_budget_changed_is_no_grant_size(line, figure):
    assert roles("令和7年度予算案の主な事業", line)[figure][0] != "support"


# what the recipient pays is no money of the budget
@pytest.mark.parametrize("line, figure", [
    ("接種を希望される方に1件あたり5,000円の補助を行い、2,000円の負担で接種を受けていただけます。", "2,000円"),
    ("利用者の方には1回500円の自己負担で送迎を行います。", "500円"),
    ("検診は自己負担額1,000円で受けられます。", "1,000円"),
])
def test_a_users_own_share_is_other(line, figure):
    assert roles("令和6年度予算の主な事業", line)[figure][0] == "other"


@pytest.mark.parametrize("line, figure", [
    ("県営土地改良事業負担金に501万円を計上します。", "501万円"),  # a programme's 負担金
    ("広域連合への負担金として3,000万円の負担金を計上。", "3,000万円"),
])
def test_a_programmes_contribution_is_no_users_share(line, figure):
    assert roles("令和6年度予算の主な事業", line)[figure][0] == "budget"


# an enterprise's two sides: the spending side is its budget, the revenue side other, with or without a label
@pytest.mark.parametrize("lines, spent, earned", [
    (("■収益的収支", "収入 8億7,709万円", "支出 7億4,306万円"), "7億4,306万円", "8億7,709万円"),
    (("収益的収支", "収入244億円から支出237億円を差し引いた収支差引は7億円となっています。"), "237億円", "244億円"),
    (("令和6年度予算", "事業の運営に関わる収益的収入は、52億円、施設の新設や改良に関わる資本的支出は、42億1300万円を計上し、"
      "前年度より8800万円(対前年度比2.1%)の増額となります。"), "42億1300万円", "52億円"),
    (("◇資本的収支", "資本的収入 1億2,286万円", "資本的支出 7億4,856万円"), "7億4,856万円", "1億2,286万円"),
])
def test_an_enterprises_spending_side_is_its_budget(lines, spent, earned):
    found = roles(*lines)
    assert (found[spent][0], found[earned][0]) == ("budget", "other")


@pytest.mark.parametrize("line, figure", [
    ("国庫支出金 3億2,000万円", "3億2,000万円"),  # a revenue whose name holds the word
    ("前年度の支出 7億円", "7億円"),  # last year's
])
def test_near_misses_of_a_spending_side(line, figure):
    assert roles("■収益的収支", line)[figure][0] != "budget"


# a heading that states an account's figure for the year is the year's budget label over the items under it
@pytest.mark.parametrize("heading, total", [
    ("■新たな時代を切り拓く 令和6年度 一般会計 46億2,600万円 (前年度比4.8%増加)", "46億2,600万円"),
    ("◆令和7年度 一般会計 128億円", "128億円"),
    ("令和6年度当初 特別会計:32億5,000万円", "32億5,000万円"),
])
def test_a_heading_stating_an_accounts_figure_labels_the_items(heading, total):
    found = roles("町の予算", heading, "○主な重点事業", "防災情報配信システム整備事業:1億8,227万円", "町道維持修繕事業(13路線):6,500万円")
    year = 2024 if "令和6" in heading else 2025
    assert found[total] == ("budget", year)
    assert found["1億8,227万円"] == ("budget", year)
    assert found["6,500万円"] == ("budget", year)


def test_a_heading_with_a_settlements_word_is_no_budget_label():
    found = roles("町の決算", "■令和5年度 一般会計 決算額 46億円", "○主な事業", "防災情報配信システム整備事業:1億8,227万円")
    assert found["1億8,227万円"][0] != "budget"


# a level after its change, written `…の増加となるN円` or in kanji numerals, is the budget as it stands
@pytest.mark.parametrize("line, level, change", [
    ("予算額は骨格的予算であった前年度から32億7000万円の増加となる736億9000万円となりました。", "736億9000万円", "32億7000万円"),
    ("「ふるさと市町村圏事業特別会計」も、前年度に比べ三一九万円減の八四六万円となりました。", "八四六万円", "三一九万円"),
    ("総額では、対前年度比三億二、一一九万七千円減(八.九%減)の三二億八、三四六万六千円となりました。", "三二億八、三四六万六千円",
     "三億二、一一九万七千円"),
])
def test_a_level_after_its_change_is_the_budget(line, level, change):
    found = roles("令和6年度当初予算の概要", line)
    assert (found[level][0], found[change][0]) == ("budget", "other")


# a title or lead that presents the year's programmes is the year's budget label over the items
@pytest.mark.parametrize("lead", ["村が令和6年度に行う主な施策を紹介します。", "■令和6年度の主要事業", "令和6年度に実施する主な事業"])
def test_a_lead_presenting_the_years_programmes_labels_the_items(lead):
    found = roles(lead, "■第1 持続可能な地域づくり", "▽特産品(ジン製造)開発事業…500万円", "▽道の駅周辺整備の推進…613万円")
    assert found["500万円"] == ("budget", 2024)
    assert found["613万円"] == ("budget", 2024)


@pytest.mark.parametrize("lead", ["令和5年度決算の主な事業", "令和5年度 主な事業の成果", "令和5年度の主な事業の実績報告"])
def test_a_lead_of_results_labels_no_budget(lead):
    found = roles(lead, "▽特産品開発事業…500万円")
    assert found["500万円"][0] != "budget"


# a list joined by `や、` under one appropriating verb
def test_a_figure_listed_with_ya_shares_the_verb():
    found = roles("2022年度当初予算を示した。",
                  "このほか、コミセン改修工事実施設計1566万円や、テニスコート維持修繕工事442万2000円などを盛り込んでいる。")
    assert (found["1566万円"][0], found["442万2000円"][0]) == ("budget", "budget")


# a revenue side's item line, whatever verb its sentence ends with
@pytest.mark.parametrize("line", [
    "国や県から交付を受ける補助金等で141億3000万円余を計上し、不足する財源は基金で対応します。",
    "地方交付税で40億円を計上しています。",
])
def test_a_sentence_under_the_revenue_side_names_a_source(line):
    found = roles("■一般会計予算額 736億9000万円", "○歳入", line)
    figure = next(t for t in found if t != "736億9000万円")
    assert found[figure][0] == "other"


# a 債務負担行為 section (事項 | 期間 | 限度額): ceilings over later years, no appropriation of the year
@pytest.mark.parametrize("heading, row, figure", [
    ("９．債務負担行為", "事前復興まちづくり計画（地区別）策定業務委託 令 和 ９ 年 度 １４，９４４千円", "１４，９４４千円"),
    ("■債務負担行為", "農業企業等施設整備推進事業費補助金 令和8年度から令和11年度まで 10,000千円", "10,000千円"),
    ("(4) 債務負担行為の設定", "・学校給食調理業務委託 令和7年度～令和9年度 限度額 3億6,000万円", "3億6,000万円"),
])
def test_a_ceiling_section_holds_no_budget(heading, row, figure):
    found = roles("令和8年度当初予算の概要", heading, "事 項 期 間 限 度 額", row)
    assert found[figure][0] == "other"


def test_a_programmes_section_keeps_its_budgets():
    found = roles("令和8年度当初予算の概要", "９．主な事業", "・事前復興まちづくり計画策定業務委託 １４，９４４千円")
    assert found["１４，９４４千円"][0] == "budget"


# a list of works led by a sentence naming the budget, by account class (`民生費で`), in a deck no title scopes
_SPEECH = ("※会見の内容は動画でもご覧いただけます。", "会見内容", "1.令和7年1月臨時会提出事件概要説明について",
           "市議会1月臨時会を招集いたしますが、今臨時会は、物価高騰対策に取り組むための補正予算等について提案するものであります。",
           "提出事件は、報告が2件、議案は、条例制定2件、補正予算1件の計3件であります。",
           "議案第3号令和6年度一般会計補正予算については、歳入歳出それぞれ2億9,867万8千円を追加するものであります。",
           "歳出の主なものを款別に申し上げますと、")


@pytest.mark.parametrize("lines, figures, role", [
    (("民生費で", "- 物価高騰対応給付金給付事業に 1億8,672万4千円", "- 保育所等物価高騰対策支援事業に712万円"),
     ["1億8,672万4千円", "712万円"], "supplementary_budget"),
    (("商工費では、", "・観光事業者等に対する事業補助金に843万1千円"), ["843万1千円"], "supplementary_budget"),
    (("土木費で", "○ 市道改良工事に3,000万円"), ["3,000万円"], "supplementary_budget"),
])
def test_items_of_a_led_list_are_the_lead_budget(lines, figures, role):
    found = roles(*_SPEECH, *lines)
    assert [found[f][0] for f in figures] == [role] * len(figures)


@pytest.mark.parametrize("lines, figure", [
    (("", "民生費で", "- 物価高騰対応給付金給付事業に 1億8,672万4千円"), "1億8,672万4千円"),  # a blank line ends the lead
    (("■その他の報告", "- 市道改良工事に3,000万円"), "3,000万円"),  # a heading ends it
    (("民生費で", "給付金給付事業に 1億8,672万4千円"), "1億8,672万4千円"),  # no item's mark: prose, not the list
])
def test_near_misses_of_a_led_list(lines, figure):
    assert roles(*_SPEECH, *lines)[figure][0] == "other"


def test_a_ceiling_pages_title_holds_no_budget():
    found = roles("令和８年度 当初予算編成の概要", "", "９．債務負担行為", "【内訳】",
                  "事前復興まちづくり計画（地区別）策定業務委託 令 和 ９ 年 度 １４，９４４千円")
    assert found["１４，９４４千円"][0] == "other"


# a description closed by its cost in brackets after its verb, under a supplementary's title
@pytest.mark.parametrize("line, figure", [
    ("市民からの寄附金を活用し、千代田消防署の高規格救急自動車等を購入します(5,000万円)。", "5,000万円"),
    ("令和7年度からの利用者負担額の見直し等に伴う利用者の増加に対応するため、予算を増額します(2,100万円)。", "2,100万円"),
    ("仮設管理棟として活用する車両を購入します(2,100万円うち債務負担行為1,500万円)。", "2,100万円"),
    ("小学校の給食室の空調設備を更新する(約3,200万円)。", "3,200万円"),
])
def test_a_cost_in_brackets_after_the_verb_is_the_scopes(line, figure):
    found = roles("くらし 11月・12月補正予算の概要", "▽安全・安心の確保", line)
    assert found[figure][0] == "supplementary_budget"


@pytest.mark.parametrize("line, figure", [
    ("観客席を更新します(債務負担行為1億8,920万円)。", "1億8,920万円"),  # a ceiling, not the year's money
    ("子育て世帯に給付金を支給します(1人あたり5万円)。", "5万円"),  # a grant's size
    ("住宅の改修費を助成します(上限20万円)。", "20万円"),
])
def test_near_misses_of_a_cost_in_brackets(line, figure):
    assert roles("くらし 11月・12月補正予算の概要", "▽安全・安心の確保", line)[figure][0] != "supplementary_budget"


# a multi-year total and a ceiling on a programme list's own lines
@pytest.mark.parametrize("line, figure, year_figure", [
    ("○消防庁舎建設事業 12億円(令和8年度～令和10年度 総額38億円)", "38億円", "12億円"),
    ("・新庁舎建設事業 8億円(R8年度から R10年度まで 総事業費 30億円)", "30億円", "8億円"),
])
def test_a_total_over_a_period_is_other(line, figure, year_figure):
    found = roles("令和8年度 予算案の主な事業", line)
    assert (found[figure][0], found[year_figure][0]) == ("other", "budget")


@pytest.mark.parametrize("line, figure", [
    ("○債務負担行為 給食センター運営業務委託 限度額 24億円", "24億円"),
    ("・債務負担行為（庁舎清掃業務委託）3,600万円", "3,600万円"),
])
def test_a_ceiling_on_the_figures_line_is_other(line, figure):
    assert roles("令和8年度 予算案の主な事業", line)[figure][0] == "other"


def test_a_programmes_own_total_is_no_period_total():
    found = roles("令和8年度 予算案の主な事業", "○消防庁舎建設事業 総額12億円")
    assert found["12億円"][0] == "budget"


# a period's words in the sentence before make no period total: `…年度から新設された。` is a start (settlements._multi_year)
@pytest.mark.parametrize("lines, figure, role", [
    (["就農支援の給付金", "年間150万円を給付する制度。2012年度から新設された。12年度の予算枠は総額104億円。"], "104億円", "budget"),
    (["令和8年度 予算案の主な事業", "令和6年度から始まった事業。令和8年度の予算は総額3億円。"], "3億円", "budget"),
    # near miss: the period in the figure's own sentence is a total over it
    (["令和8年度 予算案の主な事業", "令和8年度から令和10年度まで総額38億円の事業。"], "38億円", "other"),
])
def test_a_period_in_the_sentence_before_makes_no_total(lines, figure, role):
    assert roles(*lines)[figure][0] == role


# a speech whose top line appropriates the year's budget is a budget deck: its appropriations are budgets
def test_a_speech_appropriating_its_budget_makes_a_budget_deck():
    found = roles("令和8年度 施政方針(抜粋)", "新年度の一般会計予算は、前年度当初比5.2%増の186億4,000万円を計上いたしました。",
                  "まず、子育て支援では、こども家庭センターの運営に3,200万円を計上し、")
    assert found["3,200万円"][0] == "budget"


# a lead that presents this year's programmes, with no year written: the items are budgets, no year
@pytest.mark.parametrize("lead", [
    "今年度の主な事業を紹介します。", "本年度に実施する主要事業について", "新年度の主な施策は次のとおりです。",
])
def test_a_lead_presenting_this_years_programmes_makes_budgets(lead):
    found = roles("村の予算のあらまし", lead, "【新規事業】", "・防災行政無線デジタル化事業 1億500万円")
    assert found["1億500万円"] == ("budget", None)


def test_a_lead_of_last_years_results_makes_none():
    found = roles("村のあらまし", "昨年度の主な事業の成果を紹介します。", "・防災行政無線デジタル化事業 1億500万円")
    assert found["1億500万円"][0] == "other"


# a per-head conversion inside a programme's brackets belongs to its own figure, not to the programme's money after it
def test_a_conversion_in_brackets_is_its_own_figures():
    found = roles("令和8年度 当初予算 主な事業(西谷市)", "・シルバー人材センター運営補助金(会員1人あたり換算3,000円) 900万円")
    assert (found["3,000円"][0], found["900万円"][0]) == ("other", "budget")


# parallel topics in one sentence: a topic's figure beside an earlier topic's budget is the same money
@pytest.mark.parametrize("line, first, second", [
    ("令和6年度予算のうち、非公共は1,096億円で前年度に比べ10億円の減、公共は814億円で1億円増。", "1,096億円", "814億円"),
    ("令和7年度予算のうち、一般会計は241億円、特別会計は98億円となりました。", "241億円", "98億円"),
])
def test_a_parallel_topic_shares_the_earlier_budget(line, first, second):
    found = roles("水産関係予算の概要", line)
    assert found[second][0] == found[first][0] == "budget"


def test_a_parallel_change_is_no_budget():
    found = roles("令和6年度予算の概要", "令和6年度予算のうち、非公共は1,096億円、公共は1億円の増。")
    assert found["1億円"][0] == "other"


# a sentence that splits a whole by category: its figures after that are a split, other
@pytest.mark.parametrize("line, figures", [
    ("当初予算の公共事業費を主な事業区分別で見ると、道路街路事業が300億7200万円(前年度比4・7%増)、港湾事業が57億2800万円(8・9%減)。",
     ["300億7200万円", "57億2800万円"]),
    ("歳出を性質別に見ると、人件費が120億円、扶助費が150億円となっています。", ["120億円", "150億円"]),
])
def test_a_split_by_category_is_other(line, figures):
    found = roles("令和6年度当初予算案", line)
    assert [found[f][0] for f in figures] == ["other"] * len(figures)



# reviewer's near misses (rev12): a works heading that mentions the ceiling's word in passing heads works
def test_a_works_heading_mentioning_a_ceiling_keeps_its_budgets():
    found = roles("令和8年度当初予算の概要", "■主な事業（債務負担行為の設定を含む）", "・新庁舎建設事業 12億円",
                  "・学校給食センター運営委託 2億4,000万円（債務負担行為 限度額 11億円）")
    assert (found["12億円"][0], found["2億4,000万円"][0], found["11億円"][0]) == ("budget", "budget", "other")


# a settlement's account heading labels nothing as a budget
@pytest.mark.parametrize("title", ["令和6年度 決算の概要（南浜村）", "令和6年度決算のあらまし"])
def test_a_settlements_account_heading_is_no_budget(title):
    found = roles(title, "■令和6年度 一般会計 28億4,000万円", "・村道改良事業 9,800万円")
    assert (found["28億4,000万円"][0], found["9,800万円"][0]) == ("other", "other")


# a budget raised from one figure to another is no grant's size, even when the programme's name holds a grant's word
@pytest.mark.parametrize("line, figure", [
    ("子ども医療費助成事業の予算を8,000万円から1億円に増額しました。", "1億円"),
    ("住宅リフォーム助成事業の事業費を500万円から800万円に拡充します。", "800万円"),
])
def test_a_grant_programmes_budget_raised_is_no_size(line, figure):
    assert roles("令和7年度予算案の主な事業", line)[figure][0] != "support"


# an expense class is no programme for a budget verb with no label
def test_expense_classes_with_no_label_are_no_programmes():
    found = roles("◇財政のあらまし", "人件費に12億円、扶助費に18億円を計上しています。")
    assert (found["12億円"][0], found["18億円"][0]) == ("other", "other")


# a supplementary bill's other sections: money carried over, multi-year totals, bond ceilings appropriate nothing this year
@pytest.mark.parametrize("heading, line, figure", [
    ("■繰越明許費", "・道路改良事業 2億1,000万円", "2億1,000万円"),
    ("■地方債補正", "・臨時財政対策債 限度額 2億円", "2億円"),
    ("(2) 継続費", "・新庁舎建設事業 総額 30億円", "30億円"),
])
def test_a_bills_other_sections_hold_no_budget(heading, line, figure):
    assert roles("令和7年度12月補正予算の概要", heading, line)[figure][0] == "other"


def test_a_programme_named_after_a_bond_is_no_section():
    found = roles("令和7年度12月補正予算の概要", "■主な事業", "・地方債償還事務システム改修事業 2,000万円")
    assert found["2,000万円"][0] == "supplementary_budget"


def test_works_listed_by_field_are_no_split():
    found = roles("令和8年度当初予算の概要", "主な事業を分野別に見ると、子育て分野では保育所整備事業に3億円、防災分野では避難所改修事業に"
                                         "1億2,000万円を計上しました。")
    assert (found["3億円"][0], found["1億2,000万円"][0]) == ("budget", "budget")


# the budget a figure was put in, named after it
@pytest.mark.parametrize("line, figure, role", [
    ("なお、設計費1,500万円は令和7年度9月補正予算に計上済みです。", "1,500万円", "supplementary_budget"),
    ("用地取得費2億円を当初予算で措置しました。", "2億円", "budget"),
])
def test_the_budget_a_figure_was_put_in(line, figure, role):
    assert roles("令和8年度当初予算の概要", "・新体育館建設事業 3億円", line)[figure][0] == role


def test_a_settlement_it_was_booked_in_is_no_budget():
    found = roles("令和8年度当初予算の概要", "・新体育館建設事業 3億円", "なお、設計費1,500万円は令和6年度決算に計上しました。")
    assert found["1,500万円"][0] != "supplementary_budget"


# inline items right after the list's topic
def test_an_inline_item_right_after_the_topic():
    found = roles("令和8年度水産関係予算の概要", "主な事業は◇漁港の機能強化:30億円、◇藻場の保全:5億円となっている。")
    assert (found["30億円"], found["5億円"]) == (("budget", 2026), ("budget", 2026))


# the sum row of a table one cell a line takes the roles of the account rows' columns
@pytest.mark.parametrize("sum_label", ["合計", "総計", "総額"])
def test_the_sum_row_of_a_stacked_table_is_the_whole_budget(sum_label):
    cells = ["会計名", "令和5年度(A)", "令和4年度(B)", "一般会計", "311億円", "302億円", "特別会計", "172億円", "164億円",
             sum_label, "483億円", "466億円"]
    found = roles("令和5年度当初予算の概要", "各会計の当初予算額は、次の表のとおりです。", *cells)
    assert (found["483億円"], found["466億円"]) == (("budget", 2023), ("previous_budget", 2022))


def test_a_sum_row_under_revenues_stays_other():
    cells = ["区分", "令和5年度(A)", "令和4年度(B)", "市税", "120億円", "118億円", "地方交付税", "40億円", "41億円",
             "合計", "160億円", "159億円"]
    found = roles("令和5年度当初予算の概要", "歳入の内訳は、次の表のとおりです。", *cells)
    assert found["160億円"][0] != "budget"


@pytest.mark.parametrize("line, figure", [("交付限度額 1件あたり100万円", "100万円"), ("補助限度額 1戸あたり20万円", "20万円")])
def test_a_grants_limit_is_no_ceiling(line, figure):
    assert roles("令和8年度 当初予算 主な事業（北森町）", "・創業支援補助金 300万円", line)[figure][0] == "support"


def test_a_revenue_sentences_sources_are_no_grants():
    found = roles("令和7年度2月補正予算案 県が発表", "賃上げ支援は1社当たり最大100万円を補助する。",
                  "財源は国庫支出金78億円、県債54億円など。")
    assert (found["78億円"][0], found["54億円"][0], found["100万円"][0]) == ("other", "other", "support")


@pytest.mark.parametrize("line, figure", [("支出 9,100万円", "9,100万円"), ("支出を7億6,000万円と見込みます。", "7億6,000万円")])
def test_an_expenditure_sides_total_is_the_budget(line, figure):
    assert roles("令和8年度 温泉事業特別会計予算（山吹町）", "歳入 使用料収入 8,200万円", line)[figure][0] == "budget"


def test_a_per_resident_expenditure_is_no_sides_budget():
    found = roles("令和6年度予算のあらまし", "◇町民1人当たりに使われるお金", "歳出総額:1,205,217円")
    assert found["1,205,217円"][0] == "other"


# a cap stated per unit under a label line is a grant's size
@pytest.mark.parametrize("line, figure", [
    ("交付率 1/2、1事業あたり上限3,000万円", "3,000万円"),
    ("1地域あたりの交付上限額 50億円", "50億円"),
    ("交付率：定額、1/2以内（1経営体あたり上限 1,000万円）", "1,000万円"),
])
def test_a_cap_per_unit_under_a_label_line_is_support(line, figure):
    found = roles("離島活性化交付金", "令和8年度予算案 14億円", "令和7年度補正予算 5億円", line)
    assert found[figure][0] == "support"


def test_a_total_after_a_per_unit_word_elsewhere_is_no_cap():
    found = roles("離島活性化交付金", "令和8年度予算案 14億円", "1事業あたりの事業費は様々で、事業費総額 3億円")
    assert found["3億円"][0] != "support"


# a supplementary's own size by its verb, a cut too
@pytest.mark.parametrize("line, figure", [
    ("一般会計 4億3,200万円を減額し、予算総額を71億2,800万円とします。", "4億3,200万円"),
    ("一般会計に1億2,000万円を追加し、予算総額を80億円とします。", "1億2,000万円"),
])
def test_a_supplementarys_size_by_its_verb(line, figure):
    assert roles("令和7年度 3月補正予算の概要（川中町）", line)[figure][0] == "supplementary_budget"


def test_a_change_from_last_year_in_a_supplementary_stays_other():
    found = roles("令和7年度 3月補正予算の概要（川中町）", "補正後の予算総額は、前年度と比べて2億円の減額となりました。")
    assert found["2億円"][0] == "other"


def test_a_loan_cap_per_unit_is_support():
    found = roles("令和8年度 当初予算 主な事業", "・中小企業融資制度 3億円", "貸付限度額 1事業者あたり2,000万円")
    assert found["2,000万円"][0] == "support"
