"""Which budget figures become budgets rows and what each row's programme is called (issue 21, row selection and
names): totals a line states (a change between two totals, a figure its words sum), programmes named in prose (the
phrase that names the work: `…経費として、N円`, `…に N円`, `description(N円)`, each bounded by the figure before
it), and names held in `|` table cells. Lines written for these tests in the style of real decks (municipal
supplementary notices, budget speeches, newspaper summaries), each shape with variants and near misses."""
from __future__ import annotations

import pytest

from .test_roles_shapes import amount, rows, run

# -- totals a line states: a change between two totals (a + b == c), a figure its words sum ---------------------

SUPPLEMENTARY, BUDGET = "12月補正予算の概要", "令和7年度当初予算の概要"


@pytest.mark.parametrize("title, line, figure, after", [
    (SUPPLEMENTARY, "一般会計は、既定額222億9,600万円に2億2,270万円を追加し、総額225億1,870万円となりました。", "2億2,270万円",
     "225億1,870万円"),
    (SUPPLEMENTARY, "特別会計は、既定額149億1,643万9千円に841万円を追加し、総額149億2,484万9千円となりました。", "841万円",
     "149億2,484万9千円"),
    (SUPPLEMENTARY, "一般会計は、補正前の額50億円に1億2,000万円を増額し、補正後の額51億2,000万円となります。", "1億2,000万円",
     "51億2,000万円"),
    (BUDGET, "提案された予算は、一般会計予算を始め、水道、国民健康保険の二つの特別会計で、あわせて85億229万円となっています。",
     "85億229万円", None),
    (BUDGET, "一般会計と三つの特別会計を合わせて 120億円の予算となりました。", "120億円", None),
    (BUDGET, "提案された予算は、一般会計、特別会計あわせて約85億円です。", "85億円", None),
])
def test_a_total_the_line_states_is_no_row(title, line, figure, after):
    found = run(title, line)
    assert amount(found, figure).total_of
    assert figure not in rows(found) and after not in rows(found)


@pytest.mark.parametrize("title, line, figure", [
    # the sum does not hold: the middle figure is a programme of its own
    (SUPPLEMENTARY, "・道路補修事業 既定額5億円に2億円を追加し、河川改修に4億円を計上", "2億円"),
    # no total before it: the first figure is a programme's, not a total
    (SUPPLEMENTARY, "・福祉タクシー事業 1億円、高齢者見守り事業 2億円、地域交流事業 3億円", "2億円"),
    # `合わせ` inside a name (問い合わせ), or the word not right before the figure
    (BUDGET, "・問い合わせ窓口設置事業 3,000万円", "3,000万円"),
    (BUDGET, "・保育料の無償化に合わせて給食費の助成に5,000万円を計上しました。", "5,000万円"),
])
def test_near_misses_of_a_stated_total_stay_programmes(title, line, figure):
    found = run(title, line)
    assert not amount(found, figure).total_of
    assert figure in rows(found)


# -- programmes named in prose: the phrase that names the work, bounded by the figure before it ------------------

@pytest.mark.parametrize("title, line, figure, name", [
    # a supplementary's expense: `…経費として、N円`, `…費用として、N円`
    ("補正予算の概要",
     "歳出では、県民に対して、省エネ家電への買い替え等を促進する経費として、5億3,500万円を増額しています。",
     "5億3,500万円", "省エネ家電への買い替え等を促進する経費"),
    ("補正予算の概要",
     "開催準備を行うための経費として、2,534万3千円を、身辺の安全確保を行う経費として、2,341万9千円をそれぞれ増額しています。",
     "2,341万9千円", "身辺の安全確保を行う経費"),
    ("補正予算の概要",
     "送迎バスへの安全装置の取り付けに要する費用として、7,396万円を追加しています。",
     "7,396万円",
     "送迎バスへの安全装置の取り付けに要する費用"),
    # items parted by ▽ or by their figures: a name never reaches over the figure before it
    ("令和5年度当初予算の概要",
     "主な事業は、保育料の完全無償化に9899万円▽スマートフォンで相談できるアプリの導入(中学生対象)に99万円―などを計上した。",
     "99万円", "スマートフォンで相談できるアプリの導入(中学生対象)"),
    ("令和5年度当初予算の概要",
     "主な事業は、シティセールス展開事業に550万円▽子ども医療費助成事業に2億6225万円―などを計上した。",
     "2億6225万円",
     "子ども医療費助成事業"),
    # a description closed by its cost in brackets: its last clause
    ("令和5年度当初予算に盛り込まれた主な事業",
     "急激な食材価格の高騰に対応するため、給食材料費の高騰分について公費負担(6100万円)",
     "6100万円",
     "給食材料費の高騰分について公費負担"),
    ("令和5年度当初予算に盛り込まれた主な事業",
     "高崎市民スポーツパーク(仮称)整備(1億7081万円)",
     "1億7081万円",
     "高崎市民スポーツパーク(仮称)整備"),
    # a list's number set apart before a name is numbering; a figure that opens a name (5G, 100年) is part of it
    ("令和6年度当初予算の主な事業", "1 子育て支援事業 1,200万円", "1,200万円", "子育て支援事業"),
    ("令和6年度当初予算の主な事業", "12\u3000道路維持補修事業 3,400万円", "3,400万円", "道路維持補修事業"),
    ("令和6年度当初予算の主な事業", "5G活用推進事業 1,200万円", "1,200万円", "5G活用推進事業"),
    ("令和6年度当初予算の主な事業", "100年の森づくり事業 1,200万円", "1,200万円", "100年の森づくり事業"),
    # a label box's word written without its box before the name; near misses: a name that opens with such a word
    ("令和6年度当初予算の主な事業", "○新規 学校給食無償化事業 2億円", "2億円", "学校給食無償化事業"),
    ("令和6年度当初予算の主な事業", "○拡充\u3000公民館改修事業 1億円", "1億円", "公民館改修事業"),
    ("令和6年度当初予算の主な事業", "○新型コロナ対策事業 1億円", "1億円", "新型コロナ対策事業"),
    ("令和6年度当初予算の主な事業", "○再生可能エネルギー導入事業 1億円", "1億円", "再生可能エネルギー導入事業"),
])
def test_a_programme_named_in_prose(title, line, figure, name):
    found = run(title, line)
    assert amount(found, figure).program == name


def test_near_miss_an_expense_word_without_its_figure_names_nothing_new():
    # `経費として` not right before the figure: the figure's own item names it
    found = run("補正予算の概要", "・除雪対策事業 2億円(除雪に要する経費として計上)")
    assert amount(found, "2億円").program == "除雪対策事業"


# -- a `|` table's cells ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["障害者自立支援給付費 |", "| 障害者自立支援給付費 |", "障害者自立支援給付費｜"])
def test_a_cells_separators_are_no_part_of_its_name(cell):
    found = run("一般会計補正予算(歳出)の主なもの", "内容 |", "金額 |", cell, "5,459万3千円 |")
    assert amount(found, "5,459万3千円").program == "障害者自立支援給付費"


# -- the heading or the title that owns a figure alone ------------------------------------------------------------

@pytest.mark.parametrize("lines, figure, name", [
    # a numbered heading over a figure alone on its line (a request list's `(2)…` then `21,433 千円(21,431 千円)`)
    (("令和7年度予算概算要求主要事項", "(2)司書教諭講習の実施", "", "21,433 千円(21,431 千円)", "", "講習会を実施する。"),
     "21,433 千円", "司書教諭講習の実施"),
    (("令和7年度予算概算要求主要事項", "③ 学校図書館の整備", "", "1,200 千円(1,000 千円)"), "1,200 千円", "学校図書館の整備"),
    # a one-programme sheet: the title is its budget label, a space, the programme; a breakdown's heading names nothing
    (("令和3年度当初予算 都市小河川改良費", "", "本年度要求", "(合計) 70,000千円", "", " [特定財源の内訳]", "", "国庫支出金"),
     "70,000千円", "都市小河川改良費"),
])
def test_the_heading_or_title_that_owns_a_figure_alone_names_it(lines, figure, name):
    found = run(*lines)
    assert amount(found, figure).program == name


@pytest.mark.parametrize("lines, figure", [
    # a generic section heading, a breakdown's heading, a title that goes on about the budget: no name
    (("令和7年度予算概算要求主要事項", "(1)事業の概要", "", "21,433 千円(21,431 千円)"), "21,433 千円"),
    (("令和3年度当初予算 当初予算案の概要", "", "本年度要求", "(合計) 70,000千円"), "70,000千円"),
])
def test_near_misses_of_an_owning_heading_or_title_name_nothing(lines, figure):
    found = run(*lines)
    assert amount(found, figure).program in (None, "")


# -- a web page's own stamp is no date of its document ------------------------------------------------------------

@pytest.mark.parametrize("stamp, fy", [
    ("更新日:2011年3月31日", None),
    ("最終更新日:2011年3月31日", None),
    ("| 最終更新日 | 2011年3月31日 |", None),
    # near misses: the document's own date gives an in-year supplementary its fiscal year (a March date: the year before)
    ("2011年3月31日", 2010),
    ("発行日:2011年3月31日", 2010),
])
def test_a_pages_update_stamp_gives_no_fiscal_year(stamp, fy):
    found = run(stamp, "12月補正予算の概要は次のとおりです。", "・障害者自立支援給付費 5,459万3千円")
    assert amount(found, "5,459万3千円").fy == fy


# -- a programme named in prose is its name, not the words that modify it -----------------------------------------

@pytest.mark.parametrize("clause, name", [
    ("対象を高校生まで拡大し、完全無料とする子ども医療費助成事業に2億6225万円", "子ども医療費助成事業"),
    ("標識の製作などのシティセールス展開事業に550万円", "シティセールス展開事業"),
    ("各小中学校への学習支援事業に5645万円", "学習支援事業"),
    ("町民が利用できる地域交通事業に300万円", "地域交通事業"),
    # near misses: a name with の inside, a verb inside a name, a description of work (no programme word at its end)
    ("山の都地域しごと支援事業に1918万円", "山の都地域しごと支援事業"),
    ("地域の防災力強化事業に300万円", "地域の防災力強化事業"),
    ("0~2歳の第2子以降の保育料の完全無償化に9899万円", "0~2歳の第2子以降の保育料の完全無償化"),
])
def test_a_named_programme_in_prose_drops_what_modifies_it(clause, name):
    found = run("令和6年度当初予算の概要", f"主な事業は、{clause}を計上しました。")
    figure = clause[clause.rindex("に") + 1:]
    assert amount(found, figure).program == name


# -- a policy item over programmes whose figures add up to its own ------------------------------------------------

POLICY = ("平成30年度当初予算案の概要", "◎有害鳥獣捕獲等対策(自然環境課)", "58百万円", "捕獲体制の強化を図る。",
          "有害鳥獣捕獲促進総合対策事業", "25百万円", "○有害鳥獣パトロールで地域活性化事業", "9百万円",
          "○増えすぎたシカ・イノシシ特別捕獲事業", "10百万円", "○鳥獣保護区等周辺野生鳥獣適正管理事業", "12百万円",
          "○県南地域へのシカ侵入監視対策事業", "2百万円")


def test_a_policy_over_programmes_that_add_up_to_it_is_their_total():
    found = run(*POLICY)
    assert amount(found, "58百万円").total_of
    assert rows(found) == sorted(["25百万円", "9百万円", "10百万円", "12百万円", "2百万円"])


@pytest.mark.parametrize("lines", [
    # the item is a programme itself (`…事業`) over its measures: a row, its measures rows with it as parent
    POLICY[:1] + ("○有害鳥獣捕獲等対策事業", "58百万円") + POLICY[3:],
    # the figures under it are measures, not programmes
    POLICY[:4] + ("○捕獲の促進", "25百万円", "○パトロール", "9百万円", "○特別捕獲", "10百万円", "○適正管理", "12百万円",
                  "○侵入監視", "2百万円"),
    # only two figures add up to it: round figures do so by chance
    POLICY[:4] + ("○有害鳥獣捕獲促進総合対策事業", "50百万円", "○有害鳥獣パトロールで地域活性化事業", "8百万円"),
])
def test_near_misses_of_a_policy_total_stay_rows(lines):
    found = run(*lines)
    assert amount(found, "58百万円").total_of is None
    assert "58百万円" in rows(found)



# -- blocks of a text deck with no blank lines: a finished sentence runs on into nothing -------------------------

@pytest.mark.parametrize("lines, figure, name", [
    (("令和6年度当初予算", "地域交通確保事業", "予算額 2,500万円", "コミュニティバスを運行する。", "観光振興事業", "予算額 1,500万円"),
     "1,500万円", "観光振興事業"),
    (("令和6年度当初予算", "地域交通確保事業", "予算額 2,500万円", "コミュニティバスを運行する．", "観光振興事業", "予算額 1,500万円"),
     "1,500万円", "観光振興事業"),
])
def test_a_blocks_name_after_a_finished_sentence_names_its_figure(lines, figure, name):
    assert amount(run(*lines), figure).program == name


def test_near_miss_a_wrapped_sentence_is_still_no_title():
    # the line before runs on (no 。): the short line is the end of its sentence, not the next block's name
    found = run("令和6年度当初予算", "地域交通確保事業", "予算額 2,500万円", "コミュニティバスを運行し、地域の", "交通手段",
                "予算額 1,500万円")
    assert amount(found, "1,500万円").program != "交通手段"


# -- a programme sheet's name field ----------------------------------------------------------------------------------

@pytest.mark.parametrize("lines, figure, name", [
    (("令和6年度当初予算", "事業名:地域交通確保事業", "予算額:2,500万円（前年度:2,000万円）", "事業概要:コミュニティバスを運行する。"),
     "2,500万円", "地域交通確保事業"),
    (("令和3年度当初予算", "事業名 :都市小河川改良費(19961692) 予算要求課 河川室", "要求額 70,000千円"), "70,000千円", "都市小河川改良費"),
    # near misses: a table's header cell is no field; a field far above belongs to another part of the deck
    (("令和6年度当初予算", "事業名 |", "予算額:2,500万円"), "2,500万円", None),
    (("令和6年度当初予算", "事業名:地域交通確保事業", *["コミュニティバスを運行する。"] * 9, "予算額:2,500万円"), "2,500万円", None),
])
def test_a_sheets_name_field_names_its_figures(lines, figure, name):
    assert amount(run(*lines), figure).program == name


# -- a heading that states its own figure; an account's pillars over their programmes -------------------------------

@pytest.mark.parametrize("line, figure, name", [
    ("■ 子育て支援事業 5,000万円 (前年度比 500万円増)", "5,000万円", "子育て支援事業"),
    ("■道路維持補修事業 3,000万円", "3,000万円", "道路維持補修事業"),
    # near miss: a heading that is only a total's label names nothing
    ("■合計 8,000万円", "8,000万円", None),
])
def test_a_heading_with_its_own_figure_names_it(line, figure, name):
    m = amount(run("令和6年度当初予算", line), figure)
    assert (m.program if not m.total_of else None) == name


SUPPLEMENTARY_PILLARS = ("令和5年度12月補正予算の概要", "◆一般会計 2億3,000万円", "(1)物価高騰対策 1億5,000万円",
                         "　・灯油購入費助成事業 1億円", "　・プレミアム商品券事業 5,000万円", "(2)その他 8,000万円",
                         "　・道路補修事業 8,000万円")


def test_an_accounts_pillars_are_totals_and_their_items_programmes():
    found = run(*SUPPLEMENTARY_PILLARS)
    assert rows(found) == sorted(["1億円", "5,000万円", "8,000万円"])
    assert amount(found, "1億5,000万円").total_of and amount(found, "2億3,000万円").total_of


def test_near_miss_items_right_under_an_accounts_figure_are_its_sub_accounts():
    found = run("令和5年度12月補正予算の概要", "◆特別会計 3億円", "・国民健康保険特別会計 2億円",
                "・介護保険特別会計 1億円")
    assert rows(found) == []
