"""Disaster money (issue 21): the items of a supplementary or a 専決処分 stated in news, blogs and town pages, a relief
payment's sizes, and the near misses that keep their reading. Lines written for these tests in the shapes of several
issuers (a prefecture's construction news on a city's 専決処分, a council member's blog, a town's list, a city's page of
consolation money), none copied from a gold deck.

- `△name<N円>` items under a lead that names the supplementary (`…補正予算を…専決処分した。詳細は次の通り(抜粋)。`):
  the items and the works noted in brackets on their sub-lines are the supplementary's (list_lead.py, scope.py);
- `…の内容は、…事業(…)に約N円、…事業にN円となっています`: a budget topic's list closed by a copula states the items;
- a figure a label line above no longer shares out, under a kind-only title, is read by its own sentence;
- a size list under a header of 見舞金 or 弔慰金 per household or person is `support`.
Near misses: `△` before a figure (a decrease), a source listed after `財源として`, a fund drawdown noted in brackets, a
damage or an assessed total (`査定額は…`), a threshold (`40万円以上の工事`), a damage list closed by the same copula."""
from __future__ import annotations

import pytest

from extract.context.grant_words import names_own
from extract.context.line_parts import strip_markers

from .test_roles_shapes import amount, rows, run

# a prefecture's construction news on a city's 専決処分: chrome over the headline, no year but the article's date
_SENKETSU = ("トップページ >地域ニュース", "お知らせ", "長野建設新聞", "2019/10/25",
             "【長野】台風災害の応急復旧費を専決処分/一般会計6.3億円",
             "上田市は、今月12日の台風に対応する補正予算を18日付で専決処分した。11月議会で報告する。内訳は次の通り(抜粋)。",
             "△災害廃棄物処理費<1億2,300万円>", "仮置場の設置・運営",
             "△道路災害復旧事業費", "<8,500万円>",
             "道路災害復旧事業測量設計業務の委託(2,500万円)、市単独応急復旧経費(6,000万円)",
             "△小規模災害復旧事業費<3,000万円>", "国庫補助対象外の小規模災害に対する補助金(2,400万円、補助率:50%)")


@pytest.mark.parametrize("text", ["1億2,300万円", "8,500万円", "2,500万円", "6,000万円", "3,000万円", "2,400万円"])
def test_a_senketsu_lists_items_and_their_works(text: str) -> None:
    assert amount(run(*_SENKETSU), text).role == "supplementary_budget"


def test_the_senketsu_items_are_rows_named_without_the_bracket() -> None:
    found = run(*_SENKETSU)
    assert {"1億2,300万円", "8,500万円", "3,000万円"} <= set(rows(found))
    assert amount(found, "1億2,300万円").program == "災害廃棄物処理費"


@pytest.mark.parametrize("line, marker", [
    ("△ごみ収集費<4,000万円>", "triangle"),
    ("△災害対策本部運営費", "triangle"),
    ("△1,200千円", None),  # a decrease, no bullet
    ("△ 350", None),
])
def test_a_triangle_before_a_name_is_a_bullet(line: str, marker: str | None) -> None:
    assert strip_markers(line)[0] == marker


# a council member's blog on a city's 専決 with a year: the items in prose closed by a copula, the sources listed
_BLOG = ("議員活動日記", "令和元年度一般会計補正予算の専決処分について",
         "市は台風被害の復旧のため、補正予算を専決処分しました。9億6,000万円を計上し、財源として災害復旧債7億2,000万円、"
         "財政調整基金2億4,000万円を充てるとのことです。",
         "補正予算の内容は、河川災害復旧事業(護岸応急工事、測量設計委託等)に約5億円、市道災害復旧事業に約3億円、"
         "公民館災害復旧事業(屋根等復旧工事)に1億6,000万円となっています。")


@pytest.mark.parametrize("text", ["5億円", "3億円", "1億6,000万円"])
def test_a_budget_topics_list_closed_by_a_copula(text: str) -> None:
    assert amount(run(*_BLOG), text).role == "supplementary_budget"


def test_the_copulas_items_are_rows_named_without_their_works() -> None:
    found = run(*_BLOG)
    assert {"5億円", "3億円", "1億6,000万円"} <= set(rows(found))
    assert amount(found, "5億円").program == "河川災害復旧事業"


@pytest.mark.parametrize("text", ["7億2,000万円", "2億4,000万円"])
def test_near_miss_the_sources_listed_after_zaigen_toshite(text: str) -> None:
    assert amount(run(*_BLOG), text).role == "other"


def test_near_miss_a_damage_list_closed_by_the_same_copula() -> None:
    found = run(_BLOG[0], _BLOG[1], "市から台風による被害の報告を受けました。", "被害の状況は次のようになっています。",
                "被害額の内訳は、道路に約4億円、河川に約2億円となっています。")
    assert amount(found, "4億円").role != "supplementary_budget"


def test_near_miss_a_drawdown_noted_in_brackets() -> None:
    found = run("台風19号に係る補正予算を専決処分", "①災害救助費 約8,000万円",
                "補正財源は基金繰入金として、財政調整基金(令和元年度末残高は12億3,000万円)からの繰り入れを予定(約2億円)。")
    assert amount(found, "8,000万円").role == "supplementary_budget"
    assert amount(found, "2億円").role == "other"


# a town's supplementary in a local paper: no year, the kind in the lead, the figures in its sentences
_TOWN = ("○○町は、6日に開会する議会定例会に、8億円を超える一般会計補正予算を提案する。主な内容は台風被害の復旧費で、"
         "町道の復旧に1億円以上を計上。",
         " 一般会計補正予算は8億2000万円を追加し、総額は64億5000万円となった。",
         " このほか防災関連として、防災ラジオの購入補助金900万円、避難所の備蓄品購入費に130万円を計上。")


@pytest.mark.parametrize("text, qualifiers", [("8億円", ["at_least"]), ("1億円", ["at_least"]), ("900万円", []),
                                              ("130万円", [])])
def test_a_town_supplementary_in_a_paper(text: str, qualifiers: list[str]) -> None:
    m = amount(run(*_TOWN), text)
    assert (m.role, m.qualifiers) == ("supplementary_budget", qualifiers)


def test_near_miss_a_threshold_of_works_stays_no_supplementary() -> None:
    found = run(*_TOWN, " 国の補助対象外(事業費40万円以下)となる工事費が40万円以上の農地の復旧には、町が独自に補助を出す。")
    assert amount(found, "40万円", 1).role != "supplementary_budget"


# a city's page of consolation money: per household and per person, in indented lists
_MIMAI = ("災害見舞金", "火災や浸水で住宅に被害を受けた世帯に、市から見舞金をお贈りします。",
          "  1. 住宅被害の見舞金(一世帯あたり)", "    全焼・全壊世帯 100,000円", "    半焼・半壊世帯 50,000円",
          "  2. 災害弔慰金(死亡者一人当たり)", "    生計維持者 300万円", "    その他の者 150万円")


@pytest.mark.parametrize("text, k", [("100,000円", 0), ("50,000円", 0), ("300万円", 0), ("150万円", 0)])
def test_consolation_money_sizes_are_support(text: str, k: int) -> None:
    assert amount(run(*_MIMAI), text, k).role == "support"


def test_near_miss_an_assessed_total_is_no_grant() -> None:
    found = run("市は豪雨災害の復旧状況を説明した。国の査定が終わり、国庫補助対象となる復旧事業は計120カ所で、"
                "査定額は12億3000万円とした。")
    assert amount(found, "12億3000万円").role == "other"


@pytest.mark.parametrize("text, expected", [
    ("補助額 定額", True), ("定額補助", True), ("補助上限", True),
    ("査定額は", False), ("予定額", False), ("推定額", False),  # `定額` inside another compound: no flat rate
    ("交付確定額", True), ("補助金確定額", True), ("決算確定額", False),  # a grant's settled amount is still the grant's
])
def test_a_flat_rate_word_opens_its_compound(text: str, expected: bool) -> None:
    assert names_own(text) is expected


@pytest.mark.parametrize("line", ["【静岡】豪雨災害の応急対応費を盛り込む/一般会計3.1億円を専決処分",
                                  "市は豪雨災害の復旧のための事業費として3.1億円を専決処分したと発表した。"])
def test_a_figure_the_senketsu_takes_is_the_supplementarys_whole(line: str) -> None:
    found = run("地域ニュース", line)
    assert amount(found, "3.1億円").role == "supplementary_budget"
    assert rows(found) == []


def test_near_miss_a_compensation_settled_by_senketsu() -> None:
    found = run("議会報告", "公用車の事故について、損害賠償の額として45万円を専決処分したとの報告がありました。")
    assert amount(found, "45万円").role != "supplementary_budget"


# a news report of the cabinet's use of the reserve: the use is the budget's, its uses rows, its whole no row
_RESERVE = ("豪雨被災地支援、予備費850億円の支出を決定",
            "政府は5日の閣議で、豪雨の被災地支援に充てるため、2025年度予算の予備費から850億円を支出することを決めた。",
            "今回支出した予備費からは河川などの災害復旧事業に520億円を充てる。被災した中小企業の支援にも60億円を支出した。")


@pytest.mark.parametrize("text, line", [("850億円", 2), ("520億円", 3), ("60億円", 3)])
def test_a_reserves_use_is_the_budgets(text: str, line: int) -> None:
    m = next(m for m in run(*_RESERVE) if m.text == text and m.line == line)
    assert (m.role, m.fy) == ("budget", 2025)


def test_a_reserves_uses_are_rows_its_whole_is_not() -> None:
    assert rows(run(*_RESERVE)) == ["520億円", "60億円"]


@pytest.mark.parametrize("line, text", [
    ("財源として財政調整基金から2億円を繰り入れる。", "2億円"),  # a fund drawn on
    ("市は公園の改修に5億円を支出した。", "5億円"),  # spent, on a line that names no reserve
])
def test_near_miss_a_drawdown_and_money_spent(line: str, text: str) -> None:
    assert amount(run("令和6年度当初予算の概要", line), text).role == "other"


def test_a_lists_rest_is_no_row_a_quoted_pillar_is() -> None:
    heads = ("台風15号に係る補正予算を専決処分", "①災害救助費 約9,000万円", "②災害対策本部運営費 約1億5,000万円", "③その他 約4,000万円")
    assert rows(run(*heads)) == ["1億5,000万円", "9,000万円"]
    quoted = ("令和7年度予算案の概要", "(1)「防災体制の強化」に12億円", "(2)「その他」に3億円")
    assert "3億円" in rows(run(*quoted))


def test_a_cap_after_its_figure_is_a_grants_size_a_ceiling_of_works_is_not() -> None:
    found = run(*_TOWN, " 国の補助対象外(復旧費40万円以下)の農地には、町が独自に15万円を上限に工費の2分の1を補助する。")
    assert amount(found, "15万円").role == "support"
    assert amount(found, "40万円").role != "support"


@pytest.mark.parametrize("text", ["1億2000万円", "8000万円", "2億円"])
def test_a_class_split_by_field_is_the_supplementarys_and_no_row(text: str) -> None:
    found = run("令和6年度9月補正予算の概要", "このうち土木費は、道路関係1億2000万円、河川関係8000万円の合わせて2億円となった。")
    assert amount(found, text).role == "supplementary_budget"
    assert rows(found) == []


def test_near_miss_a_classs_programmes_stay_rows() -> None:
    found = run("令和6年度当初予算の概要", "民生費は45億円で、主なものは保育所運営費5億円、児童手当給付事業3億円です。")
    assert rows(found) == ["3億円", "5億円"]


def test_consolation_money_a_supplementary_appropriates_is_its_row() -> None:
    found = run("令和元年度12月補正予算の概要", "12月会議の報告です。", "災害見舞金の内容は?",  # (a council's Q&A)
                "提案内容 被災した自治体への見舞金300万円と町内で被災した世帯への見舞金90万円を予算化するものです。")
    assert [amount(found, t).role for t in ("300万円", "90万円")] == ["supplementary_budget"] * 2
    assert amount(found, "300万円").program == "被災した自治体への見舞金"  # (the `と` of the list is no part of either name)

