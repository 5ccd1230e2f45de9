"""Budgets rows of the local initial-budget summary and its neighbours (issue 21): which figure a programme owns and
which is a total, an account, a class, a rate, a pillar or an expense of a list. Probe lines written in the style of
other issuers (a town's bulletin, a city's account summary, a council's supplementary, a news digest), each rule with
its near misses that stay rows."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from extract.context.name_phrase import noun_phrase
from extract.context.no_programme import _class_table

from .test_roles_shapes import run


def named_rows(found):
    """(figure, programme) of the deck's budgets rows."""
    from extract.tables import budget_records

    return sorted((r["text"], r["program"]) for r in budget_records([m.record() for m in found]))


def texts(found):
    return [t for t, _ in named_rows(found)]


BUDGET = "令和7年度当初予算の概要"


# -- a numbered item with its figure over bullets that tell its terms in sentences ---------------------------------

@pytest.mark.parametrize("marker", ["1.", "(1)", "1 "])
@pytest.mark.parametrize("term", [
    "・利用券(3,000円×4枚)を交付して補助します。",
    "・費用の8割(上限35,000円)を町が負担します。",
    "・新婚世帯に対して費用の一部を補助します。(最大60万円)",
])
def test_a_numbered_item_keeps_its_row_over_sentences_that_state_terms(marker, term):
    found = run(BUDGET, "■重点施策", f"{marker}産後ケア助成事業 289万円", term,
                f"{marker.replace('1', '2')}結婚支援事業 774万円", "・相談窓口を開設します。")
    assert ("289万円", "産後ケア助成事業") in named_rows(found)
    assert ("774万円", "結婚支援事業") in named_rows(found)


def test_a_heading_over_items_with_their_own_figures_stays_their_total():
    found = run(BUDGET, "1.子育て支援の充実 3,000万円", "・保育所整備事業 2,000万円", "・放課後児童クラブ運営事業 1,000万円")
    assert "3,000万円" not in texts(found)
    assert {"2,000万円", "1,000万円"} <= set(texts(found))


# -- accounts --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("heading, lines", [
    ("◇特別会計", ["国民健康保険事業 44億2,500万円", "介護保険事業 48億7,200万円"]),
    ("■企業会計", ["水道事業会計 12億円", "下水道事業 8億5,000万円"]),
    ("○特別会計", ["後期高齢者医療事業 6億5,300万円", "土地取得事業 2,000万円"]),
])
def test_the_lines_under_an_account_heading_with_its_figure_are_accounts(heading, lines):
    found = run(BUDGET, heading, "93億円", "特定の収入を特定の支出に充てる会計", *lines)
    assert texts(found) == []


@pytest.mark.parametrize("heading", ["◇特別会計", "◆公営企業会計", "■企業会計予算"])
def test_the_lines_under_a_group_of_accounts_are_accounts_without_the_groups_figure(heading):
    assert texts(run(BUDGET, heading, "国民健康保険 44億円", "介護保険 38億円")) == []


def test_a_programme_heading_of_a_group_of_accounts_keeps_its_rows():
    found = run(BUDGET, "【特別会計の主な事業】", "・下水道管渠更新事業 3億円", "・簡易水道施設統合事業 1億2,000万円")
    assert texts(found) == ["1億2,000万円", "3億円"]


@pytest.mark.parametrize("header", ["款項", "科目", "款"])
def test_the_rows_of_a_table_of_classes_are_no_rows(header):
    found = run("令和7年度水道事業会計予算", "| 業務項目 | 予定量 |", "|---|---|", "| 主要な建設改良事業 | 2,315,697千円 |",
                f"| {header} | 予定額 |", "|---|---|", "| 水道事業収益 | 2,013,700千円 |", "| 営業収益 | 1,829,749千円 |",
                "| 負担金 | 1,019,391千円 |", "| 出資金 | 109,000千円 |")
    assert not {"2,013,700千円", "1,829,749千円", "1,019,391千円", "109,000千円"} & set(texts(found))


@pytest.mark.parametrize("line", ["◇水道事業収益 20億1,370万円", "・営業費用 20億6,890万円", "○建設改良費 27億3,987万円",
                                  "・下水道事業費用 9億円", "・医業費用 47億8,000万円", "・医業外費用 1億2,000万円"])
def test_an_enterprises_class_is_no_row(line):
    assert texts(run("令和7年度 下水道事業会計予算の概要", line)) == []


@pytest.mark.parametrize("header, classes", [("款項", True), ("科目", True), ("事業名", False), ("業務項目", False)])
def test_a_tables_rows_are_classes_by_its_first_columns_header(header, classes):
    table = [f"| {header} | 予算額 |", "|---|---|", "| 配水管更新事業 | 3億円 |", "| 浄水場耐震化事業 | 2億円 |"]
    infos = [SimpleNamespace(norm=t) for t in [BUDGET, *table]]
    assert [_class_table(infos, i) for i in range(len(infos))] == [False, False, False, classes, classes]


@pytest.mark.parametrize("heading", ["◇財産区会計", "■一般会計", "◆公営企業会計"])
def test_a_figure_alone_under_an_account_heading_is_its_total(heading):
    assert texts(run(BUDGET, heading, "4,400万円", "財産の管理や処分を行う会計")) == []


def test_a_list_of_programmes_under_an_accounts_programme_heading_stays_rows():
    found = run(BUDGET, "【一般会計の主な事業】", "・道路改良事業 1億2,000万円", "・保育所整備事業 3,000万円")
    assert texts(found) == ["1億2,000万円", "3,000万円"]


def test_items_under_a_supplementary_title_that_mentions_an_account_stay_rows():
    found = run("議会だより", "◆令和6年度一般会計補正予算(第5号)", "2,808万円が減額補正され、総額250,189万円としました。",
                "主な歳出の補正内容は増額予算が、公民館屋根修繕工事312万円、行政システム移設委託料285万円、水道事業繰出金151万円です。")
    assert {"312万円", "285万円"} <= set(texts(found))


@pytest.mark.parametrize("lead, label", [
    ("一般会計当初予算の特徴", "予算額は、284億2,071万円で、対前年度比 13億円の増"),
    ("◇一般会計", "予算総額は84億円です。"),
])
def test_a_bare_budget_label_under_an_account_line_is_the_accounts_total(lead, label):
    assert texts(run("今年の予算-令和6年度-", lead, label)) == []


# -- classes by kind, rates ----------------------------------------------------------------------------------

def test_classes_by_kind_are_no_rows_where_the_deck_breaks_its_spending_down_by_kind():
    found = run(BUDGET, "歳出(性質別)の特徴", "- 人件費 52億6,485万円(対前年度比 +5億円)",
                "職員退職手当の皆増など - 物件費 32億5,681万円")
    assert texts(found) == []


def test_classes_by_kind_in_a_table_are_no_rows():
    found = run(BUDGET, "| 区分 | 予算額 |", "|---|---|", "| 人件費 | 52億6,485万円 |", "| 扶助費 | 61億円 |")
    assert not {"52億6,485万円", "61億円"} & set(texts(found))


def test_one_class_by_kind_alone_is_a_supplementarys_item():
    found = run("11月補正予算の概要", "▽その他", "給与改定に伴い、人件費を計上しました(26億8,539万円)。")
    assert texts(found) == ["26億8,539万円"]


@pytest.mark.parametrize("line, figures", [
    ("市民1人当たりの予算額:44.8万円", ["44.8万円"]),
    ("・小中学校の給食費は1食あたり、小学校360円、中学校390円を見込んでいます。", ["360円", "390円"]),
    ("・相談の利用を助成券(2,000円×5枚)にて補助します。", ["2,000円"]),
])
def test_a_rate_is_no_row(line, figures):
    rows_ = texts(run(BUDGET, "■子育て支援", "1.子育て応援事業 500万円", line))
    assert not set(figures) & set(rows_)


def test_a_programme_that_pays_a_rate_keeps_its_row():
    found = run(BUDGET, "・1人当たり10万円を支給する給付金事業 5,000万円")
    assert "5,000万円" in texts(found)


def test_a_quoted_works_budget_is_its_programmes_row():
    found = named_rows(run("平成26年度予算の概要", "項目別では、「電子国土基本図の着実な更新」の予算15億6,700万円が最も多い。"))
    assert found == [("15億6,700万円", "電子国土基本図の着実な更新")]


def test_an_envelope_named_as_a_budget_stays_a_total():
    assert texts(run("令和7年度予算の概要", "沖縄振興予算を2,678億円計上した。")) == []


# -- pillars, quoted names -------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, figure", [
    ("政府が補正予算案を決定。「物価高への対応」には3兆3897億円を計上した。電気料金への補助に3194億円。", "3兆3897億円"),
    ("県は補正予算案を発表。物価高対策や医療従事者の賃上げといった生活安全保障に約94億円が計上された。", "94億円"),
])
def test_a_packages_pillar_is_no_row(line, figure):
    assert figure not in texts(run("補正予算案のポイント", line))


@pytest.mark.parametrize("line, name", [
    ("(1)「競争環境の整備」に4.4億円(対前年度2.7億円増)", "競争環境の整備"),
    ("(2)「地域交通の確保」に1億2,000万円", "地域交通の確保"),
    ("・「子育て応援事業」には500万円を計上した。", "子育て応援事業"),
])
def test_a_quoted_work_its_figure_is_given_to_names_the_row(line, name):
    found = named_rows(run("2025年度予算案の概要", "重要施策別に見ると、", line))
    assert [n for _, n in found] == [name]


# -- expenses of a list, restated totals -----------------------------------------------------------------------

def test_expenses_a_conjunction_lists_in_a_rows_description_are_no_rows():
    found = run(BUDGET, "自治体情報システムの標準化に係る委託料62,437千円及びガバメントクラウド利用料等57,078千円を計上。",
                "保育園高台移転に伴う実施設計業務委託料33,297千円並びに工損調査業務委託料58,602千円を計上。")
    assert texts(found) == []


@pytest.mark.parametrize("lines", [
    ["・庁舎空調改修工事請負費 5,000万円", "・小学校トイレ洋式化工事費 3,000万円"],  # items of a list of works, one a line
    ["・河川改修事業に5,000万円を計上。", "・公園遊具更新委託料に3,000万円を計上。"],  # no conjunction joins them
])
def test_works_named_like_expenses_but_listed_one_a_line_stay_rows(lines):
    assert {"5,000万円", "3,000万円"} <= set(texts(run(BUDGET, *lines)))


# -- names -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, name", [
    ("地域未来交付金11,722千円の対象となった避難所用空調機器等の備品購入費", "避難所用空調機器等の備品購入費"),
    ("国庫補助金2億円を活用した学校体育館空調整備事業", "学校体育館空調整備事業"),
    ("及びガバメントクラウド利用料等", "ガバメントクラウド利用料等"),
    ("並びに工損調査業務委託料", "工損調査業務委託料"),
    ("中小企業に不当に不利益を与える行為の取締り強化のため", "中小企業に不当に不利益を与える行為の取締り強化"),
    ("地域公共交通の確保のために", "地域公共交通の確保"),
])
def test_a_name_starts_after_the_figures_and_conjunctions_before_it_and_ends_before_a_purpose(raw, name):
    assert noun_phrase(raw) == name


@pytest.mark.parametrize("name", [
    "子どもが安心して遊べる公園整備事業",  # a relative clause with no figure is the name's own
    "及川地区排水路整備事業",  # a place that begins like a conjunction
    "大型巡視船1隻(3,500トン型)の新造",  # a count and a size, no money
    "1人あたり5千円の図書カードを贈る事業",  # a term of the work, no other programme's money
    "ひとり親家庭のための就労支援事業",  # `のため` inside the name
])
def test_names_without_a_figure_or_a_conjunction_before_them_stay_whole(name):
    assert noun_phrase(name) == name


def test_a_rate_stated_after_a_programme_is_not_its_previous_budget():
    from extract.tables import budget_records

    found = run(BUDGET, "4.結婚支援事業 774万円", "・新婚世帯の費用を補助します。",
                "・前年度の副食費は月4,800円でした。")
    records = [m.record() for m in found]
    for r in records:
        if r["kind"] == "amount" and r["text"] == "4,800円":
            r["role"], r["per"] = "previous_budget", "month"  # as a role rule may read it: the row must not take it
    row = next(r for r in budget_records(records) if r["text"] == "774万円")
    assert row["previous_budget_yen"] is None


@pytest.mark.parametrize("line, first, second", [
    ("沿岸漁業の競争力強化に当初30億円、補正60億円を投じて省エネ化を支援する。", "30億円", "60億円"),
    ("河川改修事業に当初12億円、補正8億円を計上した。", "12億円", "8億円"),
])
def test_the_second_kind_of_a_works_money_after_a_comma_is_the_same_works(line, first, second):
    found = dict(named_rows(run("令和6年度予算の概要", line)))
    assert found[second] == found[first] and found[first]


@pytest.mark.parametrize("name, account", [
    ("国民健康保険事業", True), ("介護保険特別会計", True), ("下水道事業会計", True), ("後期高齢者医療", True),
    ("国民健康保険税", True),  # the account's revenue: no programme either
    ("下水道管渠更新事業", False), ("介護保険事業計画策定事業", False), ("病院改築事業", False), ("温泉施設改修事業", False),
])
def test_an_accounts_name_is_no_programme(name, account):
    from extract.context.no_programme import financing_or_class

    assert financing_or_class(name) is account


def test_accounts_listed_in_a_table_of_any_header_are_no_rows():
    found = run(BUDGET, "■会計別予算", "・国民健康保険事業 44億円", "・介護保険事業 38億円", "・下水道管渠更新事業 3億円")
    assert texts(found) == ["3億円"]


@pytest.mark.parametrize("raw, name", [
    ("生活者支援及び地域活力回復のためプレミアム付商品券発行事業等の各種事業に取り組む商工団体等に対する事業補助金に",
     "プレミアム付商品券発行事業等の各種事業に取り組む商工団体等に対する事業補助金"),
    ("エネルギー価格高騰対策としてLED照明設備を導入する中小企業等に対する事業補助金に",
     "LED照明設備を導入する中小企業等に対する事業補助金"),
    ("子育て支援として保育料を軽減する事業", "保育料を軽減する事業"),
])
def test_a_purpose_before_a_programmes_name_is_no_part_of_it(raw, name):
    assert noun_phrase(raw) == name


@pytest.mark.parametrize("name", [
    "住民サービス向上のためのシステム改修事業",  # `のための`: the purpose is the name's own
    "防災対策として実施する避難所整備",  # what follows names no programme: the phrase as printed
])
def test_a_purpose_that_belongs_to_the_name_stays(name):
    assert noun_phrase(name) == name


def test_items_marked_by_label_boxes_or_words_are_rows_named_without_them():
    found = named_rows(run("令和7年度 □□市当初予算案の主な事業", "1 子育て・教育", "【新】放課後児童クラブ整備事業 4,500万円",
                           "(新)病児保育施設運営支援事業 1,200万円", "新規 中学校部活動地域移行推進事業 800万円",
                           "拡充 不登校児童生徒支援事業 600万円(前年度 400万円)", "◎小学校体育館空調設置事業 2億3,000万円",
                           "○ 市道改良事業(継続) 3億円"))
    assert found == [("1,200万円", "病児保育施設運営支援事業"), ("2億3,000万円", "小学校体育館空調設置事業"),
                     ("3億円", "市道改良事業"), ("4,500万円", "放課後児童クラブ整備事業"),
                     ("600万円", "不登校児童生徒支援事業"), ("800万円", "中学校部活動地域移行推進事業")]


@pytest.mark.parametrize("lines", [
    ["◇水道事業会計", "12億4,000万円", "・配水管更新事業 3億6,000万円", "・浄水場耐震化事業 2億1,000万円"],
    ["■公営企業会計", "水道事業会計 18億2,000万円", "主な事業:配水管更新事業 3億6,000万円", "主な事業:浄水場耐震化事業 2億1,000万円"],
    ["○下水道事業会計(予算額 9億円)", "・配水管更新工事 3億6,000万円", "・浄水場耐震化事業 2億1,000万円"],
])
def test_the_works_under_an_account_heading_are_its_programmes(lines):
    rows_ = texts(run("令和8年度当初予算の概要", *lines))
    assert {"3億6,000万円", "2億1,000万円"} <= set(rows_)
    assert not {"12億4,000万円", "18億2,000万円", "9億円"} & set(rows_)


@pytest.mark.parametrize("line, figure, term", [
    ("・高齢者肺炎球菌ワクチン接種事業(1人あたり自己負担2,000円) 450万円", "450万円", "2,000円"),
    ("・子育て世帯応援給付金(児童1人あたり3万円) 2,400万円", "2,400万円", "3万円"),
    ("・インフルエンザ予防接種助成事業(1回あたり1,500円) 300万円", "300万円", "1,500円"),
])
def test_a_programmes_figure_after_a_per_unit_term_in_its_brackets_is_its_row(line, figure, term):
    found = run("令和8年度当初予算の概要", line)
    assert figure in texts(found) and term not in texts(found)


@pytest.mark.parametrize("lines, figures", [
    (["歳入では、町税が8億1,200万円、地方交付税が22億4,000万円、町債が3億6,000万円となっています。"],
     ["8億1,200万円", "22億4,000万円", "3億6,000万円"]),
    (["歳出 412億円", "財政調整基金取崩し 9億円"], ["412億円", "9億円"]),
    (["◇収益的収入", "給水収益 12億4,000万円", "他会計負担金 8,200万円", "長期前受金戻入 1億3,000万円"],
     ["12億4,000万円", "8,200万円", "1億3,000万円"]),
])
def test_revenues_and_sides_are_no_rows(lines, figures):
    assert not set(figures) & set(texts(run("令和8年度当初予算の概要", *lines)))


def test_a_programme_in_a_sentence_that_mentions_revenue_stays_a_row():
    found = run("令和8年度当初予算の概要", "・収益向上対策事業 800万円", "・子育て支援事業は、国庫補助金を活用して1,200万円を計上します。",
                "歳入は町税が増え、歳出では町道整備に3億円を計上しました。")
    assert {"800万円", "1,200万円", "3億円"} <= set(texts(found))


def test_an_item_with_a_comma_in_its_brackets_is_a_name_line():
    found = run(BUDGET, "1.学校施設の整備 5億円", "・学校施設改修事業(体育館、プール) 3億円", "・給食センター改修事業 2億円")
    assert texts(found) == ["2億円", "3億円"]


def test_an_account_tables_rows_flattened_with_their_labels_are_accounts():
    found = run("本文", "●一般会計 42億9,932万円 前年度比13.0%減", "特別会計 国民健康保険 令和5年度 10億5,039万円 令和4年度 10億2,043万円",
                "後期高齢者医療保険 令和5年度 1億5,678万円 令和4年度 1億4,992万円", "水道事業 令和5年度 8億806万円 令和4年度 7億3,746万円")
    assert texts(found) == []


@pytest.mark.parametrize("row, name", [
    ("| 新学校給食センター整備事業 | 12億3,000万円 | 令和10年度の供用開始に向けた建設工事 |", "新学校給食センター整備事業"),
    ("| 子育て世帯応援給付金 | 1億5,000万円 |", "子育て世帯応援給付金"),
    ("| 市道改良事業 | 3億2,000万円 |", "市道改良事業"),
])
def test_a_table_rows_first_cell_names_the_figure_in_a_later_cell(row, name):
    from extract.mentions.label_names import row_label

    info = run_info(row)
    assert row_label(info, info.amounts[0]) == name


@pytest.mark.parametrize("row", [
    "| 12億3,000万円 | 新学校給食センター整備事業 |",  # the figure in the first cell
    "令和7年度予算 12億3,000万円",  # no table row
    "| 2 | 12億円 |",  # a row number
])
def test_no_row_label_where_the_first_cell_names_nothing_before_the_figure(row):
    from extract.mentions.label_names import row_label

    info = run_info(row)
    assert row_label(info, info.amounts[0]) is None


def run_info(line):
    """The line's text and amounts as the library reads them (the line is NFKC-stable: its offsets are the mentions')."""
    amounts = [m for m in run(BUDGET, line) if m.line_index == 1]
    assert amounts
    return SimpleNamespace(norm=line, amounts=amounts, memo={})  # (a LineInfo's per-line memo: row_label reads its cells once)
