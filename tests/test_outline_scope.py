"""The outline of a deck and role / fy / ministry / programme by scope (issue 21). Lines written for these tests
in the style of real decks: one test per document shape, each with variants and near misses."""
from __future__ import annotations

import pytest

from extract.context import outline as ol
from extract.mentions import extract_lines_outline
from extract.model import Line
from extract.rules.engine import RuleContext
from extract.tables import budget_records

from .helpers import text_deck_outline


def run(*texts: str):
    mentions, tree = text_deck_outline(texts)
    return [m for m in mentions if m.kind == "amount"], tree


def amount(found, text):
    (m,) = [m for m in found if m.text == text]
    return m


# -- the outline ------------------------------------------------------------------------------------------

def test_markers_nest_in_the_order_the_deck_first_uses_them():
    _, tree = run("令和７年度補正予算の概要", "第１　物価高への対応", "（１）子育て支援", "○ 子育て世帯支援事業　1,000千円",
                  "事業の説明文です。", "（２）高齢者支援", "○ 高齢者見守り事業　2,000千円", "第２　防災")
    kinds = [(n.kind, n.marker, n.level) for n in tree.nodes]
    assert kinds == [("title", None, 0), ("heading", "dai", 1), ("heading", "paren_num", 2), ("item", "circle", 3),
                     ("body", None, 4), ("heading", "paren_num", 2), ("item", "circle", 3), ("heading", "dai", 1)]
    item = tree.nodes[6]
    assert item.name == "高齢者見守り事業" and tree.nodes[item.parent].name == "高齢者支援"


@pytest.mark.parametrize("text, name, ministry", [
    ("【総】地域ＡＩ実装推進事業 129億円", "地域ＡＩ実装推進事業", "総務省"),
    ("【文】ＡＩ人材育成プログラム【新】 22.1億円", "ＡＩ人材育成プログラム", "文部科学省"),
    ("【内（金）】地域金融機関の生成ＡＩ活用実証【新】 341億円の内数", "地域金融機関の生成ＡＩ活用実証", "内閣府（金融庁）"),
    ("・スマート農業推進のためのデータ活用の促進（農：約２億円）", "スマート農業推進のためのデータ活用の促進", "農林水産省"),
    ("・ＡＩ法に基づく調査研究等の実施[新]（内：約１億円）ほか", "ＡＩ法に基づく調査研究等の実施", "内閣府"),
    ("【厚生労働省】介護ロボット導入支援事業 220億円", "介護ロボット導入支援事業", "厚生労働省"),
])
def test_label_boxes_give_the_ministry_and_leave_the_name(text, name, ministry):
    found, tree = run("令和８年度ＡＩ関連予算について（案）", text)
    m = found[-1]
    assert (m.program, m.ministry, m.role, m.fy) == (name, ministry, "budget", 2026)


@pytest.mark.parametrize("segment, name", [
    ("・革新的計算インフラ（HPC）Iの構築（文：約１７７億円）", "革新的計算インフラ（HPCI）の構築"),
    ("・国際共同研究（ASPIR）Eの推進（文：約５億円）", "国際共同研究（ASPIRE）の推進"),
    ("・計算資源（HPCI）の整備（文：約５億円）", "計算資源（HPCI）の整備"),     # near miss: nothing to repair
    ("・研究拠点（WPI）Aタイプの支援（文：約５億円）", "研究拠点（WPI）Aタイプの支援"),  # near miss: a word follows
])
def test_an_acronyms_letter_drawn_after_its_bracket_goes_back_in(segment, name):
    found, _ = run("令和８年度ＡＩ関連予算について（案）", segment)
    assert found[-1].program == name


@pytest.mark.parametrize("text", [
    "【参考】地域ＡＩ実装推進事業 129億円",   # a bracketed word that names no ministry and no label
    "地域ＡＩ実装推進事業（注：129億円）",   # a note, not a ministry's figure bracket
])
def test_a_bracket_that_names_no_ministry_gives_none(text):
    found, _ = run("令和８年度ＡＩ関連予算について（案）", text)
    assert found[-1].ministry is None


@pytest.mark.parametrize("label, expanded", [("【総】", "総務省"), ("【文】", "文部科学省"), ("（経）", "経済産業省"),
                                             ("【内（国）】", "内閣府（国土交通省）"), ("【環境省】", "環境省"),
                                             ("【新】", None), ("【参考】", None), ("【拡充】", None)])
def test_ministry_abbreviations_expand_from_the_dictionary(label, expanded):
    assert ol.ministry(label) == expanded


# -- a supplementary summary: 第１ / （１） / ○ item amount under a 補正予算 title ------------------------------

@pytest.mark.parametrize("title, fy", [
    ("令和７年度　一般会計補正予算（第３号）の概要", 2025),
    ("令和７年度３月補正予算の主な内容", 2025),
    ("令和6年度 補正予算（案）について", 2024),
])
@pytest.mark.parametrize("item", ["○ 子育て世帯臨時支援事業　12,000千円", "・子育て世帯臨時支援事業　12,000千円",
                                  "① 子育て世帯臨時支援事業　12,000千円",
                                  "○ 子育て世帯臨時支援事業　12,000千円（補助率10/10）",
                                  "○ 子育て世帯臨時支援事業（拡充）　12,000千円　子育て世帯への支援を拡充"])
@pytest.mark.parametrize("before", [(), ("資料１",), ("令和７年１２月１日", "財政課")])
def test_items_of_a_supplementary_summary_are_supplementary_budgets(title, fy, item, before):
    found, _ = run(*before, title, "第１　物価高騰対策", "（１）子育て世帯への支援　30,000千円", item,
                   "物価高騰の影響を受ける子育て世帯を支援するため、1人当たり5万円を支給する。")
    m = amount(found, "12,000千円")
    assert (m.role, m.fy, m.program, m.total_of) == ("supplementary_budget", fy, "子育て世帯臨時支援事業", None)
    head = amount(found, "30,000千円")
    assert head.role == "supplementary_budget" and head.total_of  # the heading's figure sums its items
    grant = amount(found, "5万円")
    assert grant.role == "support" and grant.fy == fy  # a grant per person stays a grant; the year is the scope's
    rows = budget_records([x.record() for x in found])
    assert [r["text"] for r in rows] == ["12,000千円"]


def test_near_miss_a_heading_without_items_under_it_is_no_total():
    found, _ = run("令和７年度３月補正予算の概要", "第１　物価高騰対策", "（１）子育て世帯への支援　30,000千円",
                   "子育て世帯への給付を行う。")
    assert amount(found, "30,000千円").total_of is None


# -- a package slide: the whole package, the previous year's package, pillar totals --------------------------

@pytest.mark.parametrize("header, prev", [("令和８年度予算案額：5,027億円", "令和７年度予算額：1,969億円"),
                                          ("R8年度予算額 5,027億円", "R7年度予算額 1,969億円")])
def test_the_previous_years_package_total_is_the_previous_budget(header, prev):
    found, _ = run("令和8年度ＡＩ関連予算について（案）", header, prev, "１．ＡＩ利活用の推進 438億円",
                   "・地震評価技術の高度化（文：約２億円）", "・データ活用の促進（農：約２億円）")
    p = amount(found, prev.split()[-1].split("：")[-1])
    assert (p.role, p.fy) == ("previous_budget", 2025)
    rows = budget_records([x.record() for x in found])
    assert sorted(r["text"] for r in rows) == ["約２億円"[1:], "約２億円"[1:]]


# -- a city's policy speech: budgets in prose, the year once in the section's lead-in ---------------------------

@pytest.mark.parametrize("lead", ["２　令和８年度当初予算について", "【令和８年度当初予算について】", "令和８年度当初予算の概要",
                                  "令和８年度の当初予算について", "（２）令和８年度予算編成について"])
def test_a_speech_states_its_accounts_budgets_in_prose(lead):
    found, _ = run("令和８年第１回定例会 市長施政方針", "１　はじめに", "市政運営に全力で取り組みます。", lead,
                   "一般会計の予算総額は、612億円で、前年度比3.2%の増となりました。",
                   "国民健康保険事業特別会計は98億円を計上しました。",
                   "前年度当初予算は593億円でした。",
                   "市税収入は前年度比で12億円の増を見込んでいます。")
    assert (amount(found, "612億円").role, amount(found, "612億円").fy) == ("budget", 2026)
    assert (amount(found, "98億円").role, amount(found, "98億円").fy) == ("budget", 2026)
    assert (amount(found, "593億円").role, amount(found, "593億円").fy) == ("previous_budget", 2025)
    change = amount(found, "12億円")
    assert change.role == "other" and change.fy == 2026


def test_near_miss_prose_outside_a_budget_section_is_no_budget():
    found, _ = run("市長施政方針", "１　はじめに", "一般会計は、612億円で、前年度比3.2%の増となりました。")
    assert amount(found, "612億円").role != "budget"


# -- expense breakdowns of a programme's own cost ------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ("令和６年度 当初予算 事業シート", "■ 公園再整備事業", "予算額　10,000千円", "・工事請負費　8,000千円", "・設計委託料　2,000千円"),
    ("令和６年度当初予算", "○ 公園再整備事業　10,000千円", "内訳　工事請負費　8,000千円", "内訳　設計委託料　2,000千円"),
])
def test_expense_lines_under_a_programmes_figure_are_other(lines):
    found, _ = run(*lines)
    for text in ("8,000千円", "2,000千円"):
        assert amount(found, text).role == "other"
    assert [r["text"] for r in budget_records([x.record() for x in found])] == ["10,000千円"]


def test_near_miss_a_list_of_grant_programmes_stays_budgets():
    found, _ = run("小樽市 令和２年度当初予算案", "○ 観光誘致促進事業費補助金　5,900千円", "（産業港湾部）",
                   "○ シルバー人材センター事業費補助金　11,300千円", "（産業港湾部）")
    assert [m.role for m in found] == ["budget", "budget"]


# -- the outline of a real slide (PDF): segments, wrapped names, label boxes ---------------------------------

@pytest.fixture(scope="module")
def slide_outline():
    from pathlib import Path

    from extract.ingest import read_deck
    from extract.mentions import extract_deck_outline

    deck = read_deck(Path(__file__).parent / "data" / "decks" / "slides" / "cao_ai_yosan_r7_hosei.pdf")
    return extract_deck_outline(deck)[1]


@pytest.mark.parametrize("start, full, ministry", [
    ("地域におけるＡＩ等の実装に係る好事例", "地域におけるＡＩ等の実装に係る好事例創出推進", "総務省"),
    ("ＡＩを活用した匿名・流動型犯罪グループ", "ＡＩを活用した匿名・流動型犯罪グループの情報分析システムの構築", "警察庁"),
    ("ガバメントＡＩの推進", "ガバメントＡＩの推進", "デジタル庁"),  # near miss: one line, nothing joined
    ("地域金融機関の生成ＡＩ活用実証", "地域金融機関の生成ＡＩ活用実証", "内閣府（金融庁）"),
])
def test_a_slides_items_join_their_wrapped_lines_and_expand_their_label(slide_outline, start, full, ministry):
    (item,) = [n for n in slide_outline.nodes if n.kind == "item" and n.name == start]
    assert slide_outline.full_name(item) == full and item.ministry == ministry


def test_a_slides_title_takes_its_bracketed_second_part(slide_outline):
    titles = [n.text for n in slide_outline.nodes if n.kind == "title"]
    assert titles == ["経済対策におけるＡＩ施策について", "（令和７年度 補正予算）"]
    rows = slide_outline.rows("d")
    assert {r["kind"] for r in rows} <= {"title", "page_title", "heading", "label", "item", "body"}
    assert all(r["parent"] is None or r["parent"] < len(rows) for r in rows)


def test_the_report_lists_the_outline_indented_without_body_lines(slide_outline):
    from extract.report.outline import outline_section

    html = outline_section(slide_outline.rows("d"))
    assert "<details>" in html and "ガバメントＡＩの推進" in html and "デジタル庁" in html
    assert "（注１）" not in html  # body lines are left out
    assert outline_section([]) == ""


# -- one programme per slide: the page's title, a ministry label beside it, captions and legends ---------------

def _pdf(*rows):
    """PDF-like lines: (text, top, size) on page 1, one character box per character."""
    out = []
    for i, (text, top, size) in enumerate(rows):
        boxes = tuple((10.0 + k * size, top, 10.0 + (k + 1) * size, top + size) for k in range(len(text)))
        out.append(Line(text=text, page=1, line=None, index=i, boxes=boxes))
    mentions, _ = extract_lines_outline("t", out, RuleContext(deck_year=2024))
    return [m for m in mentions if m.kind == "amount"]


@pytest.mark.parametrize("title, name, ministry", [
    ("厚生労働省介護人材確保推進事業", "介護人材確保推進事業", "厚生労働省"),
    ("【文部科学省】国際共同研究推進事業", "国際共同研究推進事業", "文部科学省"),
    ("地域脱炭素推進交付金事業", "地域脱炭素推進交付金事業", None),      # near miss: no ministry glued
    ("文部科学省の国際交流推進事業", "文部科学省の国際交流推進事業", None),  # near miss: the name reads on
])
def test_a_ministry_glued_before_a_slides_title_is_its_label(title, name, ministry):
    (m,) = _pdf((title, 30, 24), ("令和6年度予算額（案）　12億円", 120, 14), ("事業の目的・概要を説明する本文です。", 160, 12))
    assert (m.program, m.ministry) == (name, ministry)


@pytest.mark.parametrize("caption", ["（図１）地域連携事業", "図2 支援事業", "【表3】補助事業の内訳", "出典：統計調査事業"])
def test_a_caption_is_never_the_slides_programme(caption):
    (m,) = _pdf(("介護人材の確保と定着の推進", 30, 24), ("令和6年度予算額（案）　12億円", 120, 14), (caption, 200, 12))
    assert m.program == "介護人材の確保と定着の推進"


@pytest.mark.parametrize("legend", ["一般型タイプ", "グローバル型", "特別枠"])
def test_a_legend_is_the_programme_only_where_it_is_the_title(legend):
    (m,) = _pdf(("介護人材の確保と定着の推進", 30, 24), ("令和6年度予算額（案）　12億円", 120, 14), (legend, 200, 12))
    assert m.program == "介護人材の確保と定着の推進"


# -- support only for grant sizes, caps and rates ----------------------------------------------------------

@pytest.mark.parametrize("line, role", [
    ("中小企業のデジタル化に対する支援　220億円", "other"),        # the cost of a measure, not a grant
    ("介護テクノロジー導入支援事業　35億円", "other"),
    ("補助上限額　750万円", "support"),                          # near misses: a cap, a grant per project
    ("1件当たり支援額　1,000万円", "support"),
    ("最大1億円を補助", "support"),
    ("研究費　500万円／年", "support"),
])
def test_support_is_a_grant_size_cap_or_rate_not_a_measures_cost(line, role):
    found, _ = run("国際連携の状況", line)
    assert found[-1].role == role


def test_a_tables_budget_header_heads_only_the_rows_of_its_own_page():
    def line(text, page, i):
        return Line(text=text, page=page, line=None, index=i, boxes=tuple((10.0 + k * 10, 20.0 * i, 20.0 + k * 10, 20.0 * i + 10)
                                                                        for k in range(len(text))))
    rows = [("事業名 令和8年度予算額 令和7年度予算額", 1), ("道路整備事業 500千円 400千円", 1),
            ("自主財源が 9,561,558 千円（対前年度比△73,147 千円、", 2)]
    mentions, _ = extract_lines_outline("t", [line(t, p, i) for i, (t, p) in enumerate(rows)], RuleContext(deck_year=2026))
    roles = {m.text: m.role for m in mentions if m.kind == "amount"}
    assert roles["500千円"] == "budget" and roles["400千円"] == "previous_budget"
    assert roles["△73,147 千円"] != "previous_budget"  # page 2's prose is no row of page 1's table


@pytest.mark.parametrize("item, role", [
    ("○ 道路整備事業　12,345千円（前年度比 1,000千円増）", "other"),
    ("○ 道路整備事業　12,345千円（対前年度 1,000千円の減）", "other"),
    ("○ 道路整備事業　12,345千円（前年度 1,000千円減）", "other"),
    ("○ 道路整備事業　12,345千円（前年度 11,345千円）", "previous_budget"),   # near misses: a real pair
    ("○ 道路整備事業　12,345千円（11,345千円）", "previous_budget"),
])
def test_a_bracketed_change_from_last_year_is_no_previous_figure(item, role):
    found, _ = run("令和8年度当初予算", item)
    assert (found[0].role, found[0].fy) == ("budget", 2026)
    assert found[1].role == role


# -- accounts and whole-budget totals: in amounts, never a programme's row -----------------------------------

@pytest.mark.parametrize("lead, lines, totals", [
    # a city's account summary under a budget lead-in: the accounts, the whole budget, sub-accounts of an account
    ("■令和6年度 当初予算概要", ("一般会計 136億3,000万円(前年度比0.1%減)", "予算総額 268億6,211万円(前年度比6.4%増)",
                                "◆特別会計 87億6,200万円", "国民健康保険:31億9,000万円", "介護保険:29億2,200万円"),
     ["136億3,000万円", "268億6,211万円", "87億6,200万円", "31億9,000万円", "29億2,200万円"]),
    # a table of the whole budget around a supplementary (`| key | value |` rows)
    ("令和2年度一般会計補正予算(第1号)の概要", ("補正前の額 | 25,060,000千円 |", "予算総額 | 32,381,100千円 |"),
     ["25,060,000千円", "32,381,100千円"]),
    ("令和2年度6月補正予算案の概要", ("現計予算額 | 1兆8,427億 2百万円 |", "計 | 1兆8,608億40百万円 |"),
     ["1兆8,427億 2百万円", "1兆8,608億40百万円"]),
    # prose: an account's budget stated in a sentence
    ("■令和6年度当初予算について", ("一般会計予算は、248億8,200万円で、前年比8.3%の増加となりました。",
                                   "全会計を合わせて予算総額399億2,930万円となりました。"),
     ["248億8,200万円", "399億2,930万円"]),
])
def test_accounts_and_whole_budget_totals_make_no_rows(lead, lines, totals):
    found, _ = run(lead, *lines)
    for t in totals:
        m = amount(found, t)
        assert m.role not in ("budget", "supplementary_budget") or m.total_of, t
    assert budget_records([x.record() for x in found]) == []


@pytest.mark.parametrize("item, name", [
    ("○ 廃棄物最終処分場拡張整備事業費（一般会計）　50,050千円", "廃棄物最終処分場拡張整備事業費"),  # the account it is paid from
    ("○ （病院事業会計分）　524千円", None),                                              # a programme's share by account
    ("○ 子育て支援センター運営事業　38,103千円", "子育て支援センター運営事業"),
])
def test_near_miss_a_programme_paid_from_an_account_stays_a_row(item, name):
    found, _ = run("令和6年度当初予算 主要事業", "【一般会計の主な歳出事業】", "1 子育て環境の充実", item)
    rows = budget_records([x.record() for x in found])
    assert len(rows) == 1 and (name is None or rows[0]["program"].startswith(name))


@pytest.mark.parametrize("line, change, total", [
    ("1. 一般会計予算の各局要求総額は、8兆8,215億円で、6年度予算と比較し、3,685億円、4.4%の増となっている。", "3,685億円", "8兆8,215億円"),
    ("2. 特別会計予算の要求総額は、6兆3,607億円で、前年度と比べ、1,699億円の減となっている。", "1,699億円", "6兆3,607億円"),
])
def test_a_change_from_another_year_is_other(line, change, total):
    found, _ = run("令和7年度予算の要求について", line)
    assert amount(found, change).role == "other"
    assert amount(found, total).total_of
    assert budget_records([x.record() for x in found]) == []


def test_near_miss_a_figure_after_a_comparison_word_without_a_change_is_no_change():
    found, _ = run("令和7年度予算の概要", "○ 道路維持補修事業　3,685億円（対前年度比 1.2%増）")
    assert amount(found, "3,685億円").role == "budget"


# -- a budget lead-in heading near the top scopes the deck when the title states no budget -------------------

@pytest.mark.parametrize("lead", [
    ("■令和6年度当初予算総額399億2,930万円、一般会計当初予算は248億8,200万円",),
    ("■令和6年度施政方針", "市政運営の基本的な考え方を述べます。", "■令和6年度 当初予算概要"),
    ("■令和6年度 当初予算の概要",),
])
@pytest.mark.parametrize("item", ["○子連れ出勤普及啓発事業 450千円", "○保育士資格取得等支援事業 860千円"])
def test_a_lead_in_heading_gives_the_items_under_it_role_and_year(lead, item):
    found, _ = run(*lead, "【一般会計の主な歳出事業】", "1 子育て環境が充実している社会の形成に向けて", item)
    m = found[-1]
    assert (m.role, m.fy) == ("budget", 2024)
    assert [r["text"] for r in budget_records([x.record() for x in found])] == [m.text]


def test_near_miss_a_heading_with_a_year_and_no_budget_gives_the_year_only():
    found, _ = run("■令和6年度 当初予算概要", "一般会計 136億3,000万円", "■令和6年度の財政調整基金残高(見込)",
                   "→市の貯金", "8億4,866万円")
    m = amount(found, "8億4,866万円")
    assert (m.role, m.fy) == ("other", 2024)
    assert budget_records([x.record() for x in found]) == []


def test_near_miss_a_budget_label_deep_in_a_long_deck_is_no_lead_in():
    filler = [f"本文の説明{i}です。" for i in range(14)]
    found, _ = run("国際協力の取組", *filler, "・研究者の派遣（100百万円）", "令和６年度予算のポイント")
    assert amount(found, "100百万円").fy is None  # the label below it scopes only what follows it


# -- a programme's name with its figure in brackets, no marker, under a supplementary's lead-in ---------------

@pytest.mark.parametrize("title, fy", [("令和2年度一般会計補正予算(第1号)の概要(新型コロナウイルス関係)", 2020),
                                       ("令和7年度 補正予算（案）について", 2025)])
@pytest.mark.parametrize("line, name", [
    ("特別定額給付金給付事業(7,115,000千円)", "特別定額給付金給付事業"),   # 定額 is part of the name, not a grant size
    ("休業支援給付事業（68,000千円）", "休業支援給付事業"),
    ("中小企業事業継続支援金 (30,000千円)", "中小企業事業継続支援金"),
])
def test_a_named_figure_in_brackets_is_the_programmes_budget(title, fy, line, name):
    found, _ = run(title, "内容", line, "国の経済対策に基づき、市民ひとりあたり10万円を支給する。")
    m = found[0]
    assert (m.role, m.fy, m.program) == ("supplementary_budget", fy, name)
    assert [r["program"] for r in budget_records([x.record() for x in found])] == [name]


@pytest.mark.parametrize("line", [
    "補助上限(500万円)",                                     # a cap in brackets: a grant size
    "事業の概要は、次のとおり(7,115,000千円)",               # a sentence, not a name
])
def test_near_miss_a_cap_or_a_sentence_with_a_bracketed_figure_is_no_programme(line):
    found, _ = run("令和7年度 補正予算（案）について", "内容", line)
    assert budget_records([x.record() for x in found]) == []


# -- the whole budget around a supplementary: the budget as it stands before and after, the supplementary's total

@pytest.mark.parametrize("title, fy", [("令和2年度一般会計補正予算(第1号)の概要", 2020), ("令和2年度6月補正予算案の概要", 2020),
                                       ("令和7年度 補正予算（案）について", 2025)])
@pytest.mark.parametrize("rows, roles", [
    (("補正前の額 | 25,060,000千円 |", "補正額 | 7,321,100千円 |", "予算総額 | 32,381,100千円 |"),
     ["budget", "supplementary_budget", "budget"]),
    (("現計予算額 | 1兆8,427億 2百万円 |", "---|---|", "補正額 | 181億38百万円 |", "計 | 1兆8,608億40百万円 |"),
     ["budget", "supplementary_budget", "budget"]),
    (("補正前予算額　25,060,000千円", "今回補正額　7,321,100千円", "補正後予算額　32,381,100千円"),
     ["budget", "supplementary_budget", "budget"]),
])
def test_whole_budget_figures_around_a_supplementary_are_totals(title, fy, rows, roles):
    found, _ = run(title, "総額について", *rows)
    assert [(m.role, m.fy, bool(m.total_of)) for m in found] == [(r, fy, True) for r in roles]
    assert budget_records([x.record() for x in found]) == []


def test_near_miss_a_programmes_figure_in_a_table_row_is_no_whole_budget():
    found, _ = run("令和2年度一般会計補正予算(第1号)の概要", "総額について", "補正額 | 7,321,100千円 |", "内容",
                   "特別定額給付金給付事業 | 7,115,000千円 |")
    assert amount(found, "7,115,000千円").total_of is None


# -- a grant per recipient written in a programme's description: support, with the scope's year ---------------

@pytest.mark.parametrize("sentence, grant", [
    ("国の経済対策に基づき、市民ひとりあたり10万円を支給する。", "10万円"),
    ("児童手当を受給する世帯に対し、対象児童1人当たり1万円を支給する。", "1万円"),
    ("影響を受けた事業者に対して、1事業者につき20万円を給付する。", "20万円"),
    ("対象世帯に、1世帯5万円の給付金を支給する。", "5万円"),
])
def test_a_grant_per_recipient_in_prose_is_support_with_the_scopes_year(sentence, grant):
    found, _ = run("令和2年度一般会計補正予算(第1号)の概要", "内容", "特別定額給付金給付事業(7,115,000千円)", sentence)
    m = amount(found, grant)
    assert (m.role, m.fy) == ("support", 2020)
    assert [r["text"] for r in budget_records([x.record() for x in found])] == ["7,115,000千円"]


@pytest.mark.parametrize("sentence, figure", [
    ("事業費のうち10万円を市が負担する。", "10万円"),              # a share, not a grant per head
    ("市民一人ひとりの暮らしを守るため、10万円の基金を積み立てる。", "10万円"),  # a per-head word not before the figure
])
def test_near_miss_a_figure_without_a_per_head_word_before_it_is_no_grant(sentence, figure):
    found, _ = run("令和2年度一般会計補正予算(第1号)の概要", "内容", "特別定額給付金給付事業(7,115,000千円)", sentence)
    assert amount(found, figure).role != "support"


# -- a budget bill: 歳入歳出それぞれ… is the whole of the bill's kind, a total -----------------------------------

@pytest.mark.parametrize("title, role, fy", [("議案第1号 令和2年度佐倉市一般会計補正予算", "supplementary_budget", 2020),
                                             ("議案第12号　令和6年度〇〇市一般会計補正予算（第3号）", "supplementary_budget", 2024),
                                             ("議案第1号 令和6年度〇〇市一般会計予算", "budget", 2024)])
@pytest.mark.parametrize("sentence", ["歳入歳出それぞれ12億5,184万3,000円を増額しようとするもの。",
                                      "歳入歳出予算の総額に歳入歳出それぞれ12億5,184万3,000円を追加するもの。"])
def test_a_bills_whole_figure_is_a_total_of_its_kind(title, role, fy, sentence):
    found, _ = run(title, "議決日:令和2年7月17日", sentence)
    m = amount(found, "12億5,184万3,000円")
    assert (m.role, m.fy, bool(m.total_of)) == (role, fy, True)
    assert budget_records([x.record() for x in found]) == []


def test_near_miss_a_programmes_figure_in_a_bill_is_no_whole():
    found, _ = run("議案第1号 令和2年度佐倉市一般会計補正予算", "○ 防災資器材等管理事業　12,000千円")
    assert amount(found, "12,000千円").total_of is None


# -- a budget named as an envelope (…予算) is a package total, not a programme --------------------------------

@pytest.mark.parametrize("line, figure", [
    ("2.沖縄振興策を総合的・積極的に推進するため、沖縄振興予算を 2,678 億円計上。", "2,678 億円"),
    ("・防災・減災関連予算は 1,200 億円。", "1,200 億円"),
    ("こども・子育て関係予算 3,500億円", "3,500億円"),
])
def test_an_envelope_budget_is_a_total(line, figure):
    found, _ = run("令和6年度予算のポイント", line)
    m = amount(found, figure)
    assert m.role == "budget" and m.total_of
    assert budget_records([x.record() for x in found]) == []


@pytest.mark.parametrize("line, figure", [
    ("○ 令和6年度予算 1,200 億円", "1,200 億円"),                # the deck's own budget label, not an envelope's name
    ("○ 地域防災力強化事業　1,200 億円", "1,200 億円"),          # a programme
])
def test_near_miss_a_bare_budget_label_or_a_programme_is_no_envelope(line, figure):
    found, _ = run("令和6年度予算のポイント", line)
    # a bare label names no envelope: at most the whole budget by its own label (mentions/label_names.py), no programme
    assert amount(found, figure).total_of in (None, line.split()[1])


# -- a programme quoted by name with its figure in brackets after it (a ministry's budget points) ------------

@pytest.mark.parametrize("lines", [
    ("1.デジタル田園都市国家構想の実現に向け、「デジタル田園都市国家構想交付", "金」", "(1,000 億円)等により、地方創生の取組を推進。"),
    ("1.デジタル田園都市国家構想の実現に向け、「デジタル田園都市国家構想交付金」", "(1,000 億円)等により推進。"),
    ("1.地方創生の取組を、「デジタル田園都市国家構想交付金」（1,000 億円）等により推進。",),
])
def test_a_quoted_programme_with_its_bracketed_figure_is_its_budget(lines):
    found, _ = run("令和6年度予算のポイント", "令和6年度予算編成の基本的な考え方", *lines)
    m = amount(found, next(t for t in ("(1,000 億円)", "（1,000 億円）") if any(t in x for x in lines))[1:-1])
    assert (m.role, m.fy, m.program) == ("budget", 2024, "デジタル田園都市国家構想交付金")


@pytest.mark.parametrize("line", [
    "1.「デジタル田園都市国家構想」の実現に向け、事業費(1,000 億円)を確保。",   # the bracket follows no quote
    "1.地方の取組(1,000 億円)を「デジタル田園都市国家構想」で推進。",
])
def test_near_miss_a_bracketed_figure_after_no_quote_is_no_quoted_programme(line):
    found, _ = run("令和6年度予算のポイント", line)
    assert amount(found, "1,000 億円").program != "デジタル田園都市国家構想"


# -- a programme sheet's bracketed subtotals of expense classes are breakdowns --------------------------------

@pytest.mark.parametrize("line", [
    "(補助金計) 70,000千円 (補助金計) 70,000千円",
    "(負担金、補助及び交付金計) 70,000千円 (負担金、補助及び交付金計) 70,000千円",
    "（委託料計）　12,000千円",
])
def test_a_sheets_bracketed_subtotal_is_other(line):
    found, _ = run("令和3年度当初予算 都市小河川改良費", "事業名 :都市小河川改良費", "要求額を見る 査定額を見る (単位 千円)", line)
    assert {m.role for m in found} == {"other"}
    assert budget_records([x.record() for x in found]) == []


@pytest.mark.parametrize("line", ["(合計) 70,000千円", "（総計）　70,000千円", "○ 補助金交付事業（県計上分）　70,000千円"])
def test_near_miss_a_grand_total_or_a_named_item_is_no_subtotal(line):
    found, _ = run("令和3年度当初予算 都市小河川改良費", line)
    assert found[0].role_source != "breakdown"


# -- an unlabelled figure that the next lines' budget figures add up to is their total -----------------------

@pytest.mark.parametrize("head", ["1 新型コロナウイルス感染症対策 162億28百万円", "１　感染症対策　162億28百万円"])
@pytest.mark.parametrize("title, role", [("令和2年度6月補正予算案の概要", "supplementary_budget"), ("令和2年度当初予算の概要", "budget")])
def test_a_figure_its_items_add_up_to_is_their_total(head, title, role):
    found, _ = run(title, head, "(1)医療提供体制の整備 105億59百万円", "(2)感染拡大の防止 17億69百万円", "(3)生活支援 9億50百万円",
                   "(4)教育環境の整備 3億87百万円", "(5)産業の再建支援 25億63百万円")
    m = amount(found, "162億28百万円")
    assert (m.role, m.fy, bool(m.total_of)) == (role, 2020, True)
    assert len(budget_records([x.record() for x in found])) == 5


def test_near_miss_a_figure_its_items_do_not_add_up_to_is_no_total():
    found, _ = run("令和2年度6月補正予算案の概要", "1 新型コロナウイルス感染症対策 170億円", "(1)医療提供体制の整備 105億59百万円",
                   "(2)感染拡大の防止 17億69百万円")
    assert amount(found, "170億円").total_of is None
