"""Prose a text layer broke mid-sentence, read as its sentences (ingest/broken_prose.py), and the readings a joined
sentence needs. Lines written for these tests in the style of the Diet record's web text (a ruby-annotated or linked
word on a line of its own) for other ministries and other figures; near misses: slide outlines, programme lists,
menus, a speaker's mark and numbered items, which are never joined."""
from __future__ import annotations

import pytest

from extract.ingest.broken_prose import broken_shape, joined_lines
from extract.ingest.text import text_lines
from extract.mentions import extract_lines_outline
from extract.model import Line
from extract.rules.engine import RuleContext

#: a Diet record broken the way its web page breaks (another ministry, other figures)
DIET = """○
政府委員(
山田一郎君) ただいまの
大臣の御
説明を
補足いたしまして、
昭和四十二
年度文部省所管
予算について御
説明申し上げます。
まず、総額といたしましては三千二百十億円でありまして、前
年度三千百億円に比較して、百十億円の
増加となっております。
次に、国庫債務負担行為として、校舎
整備事業に四十億円、研究所
施設整備に十二億円を
予定いたしております。
うち一般会計より
受け入れとして、二十億円、前
年度剰余金受け入れとして、五億円を
予定いたしております。
以上であります。"""


def _amounts(text: str) -> dict[str, tuple[int | None, str]]:
    mentions, _ = extract_lines_outline("t", text_lines(text), RuleContext(deck_year=1967))
    return {m.text: (m.line, m.role) for m in mentions if m.kind == "amount"}


@pytest.mark.parametrize("text, broken", [
    (DIET, True),
    (DIET.replace("○\n", ""), True),  # no speaker's mark
    # slide outlines and lists: short lines, but headings, items and rows, not one sentence broken
    ("\n".join(["令和6年度予算の概要", "1 子育て支援", "保育所整備事業 3億円", "放課後児童クラブ 1億円", "2 教育",
                "学校改築事業 12億円", "ICT機器更新 2億円"] * 3), False),
    ("\n".join(["ご挨拶", "プロフィール", "理念 目標 姿勢", "活動報告", "アルバム", "コラム", "ご意見・ご感想"] * 3), False),
    ("\n".join(["医療施設の耐震化の推進 406億円", "災害医療体制の整備の支援 500億円", "水道施設の耐震化の推進 278億円"] * 6),
     False),
    # running prose whose lines end their sentences
    ("\n".join(["本年度の予算は前年度に比べて増加しました。", "主な事業は次のとおりです。"] * 10), False),
    (DIET.split("\n", 12)[-1], False),  # too few lines to tell
])
def test_broken_shape(text: str, broken: bool) -> None:
    assert broken_shape(text.split("\n")) is broken


def test_joined_lines_keep_their_numbers_and_never_join_a_mark_or_an_item() -> None:
    texts = ["まず、総額といたしましては三千億円でありまして、前", "年度に比較して百億円の", "増加となっております。",
             "○山田委員 お尋ねします。", "(1) 学校整備", "第2 研究所", "以上", "【概要】", "本年度は",
             "第一に農業の振興をはかるための", "予算を計上しました。"]
    lines = joined_lines(texts)
    assert [(x.line, x.index) for x in lines] == [(1, 0), (4, 1), (5, 2), (6, 3), (7, 4), (8, 5), (9, 6), (10, 7)]
    first = lines[0]
    assert first.text == "".join(texts[:3]) and first.breaks == (len(texts[0]), len(texts[0]) + len(texts[1]))
    assert [first.line_at(0), first.line_at(len(texts[0])), first.line_at(len(first.text) - 1)] == [1, 2, 3]
    assert Line(text="x", page=None, line=9, index=0).line_at(0) == 9  # a line never joined is its own


def test_a_diet_record_reads_its_sentences() -> None:
    found = _amounts(DIET)
    assert found["三千二百十億円"] == (11, "budget")
    assert found["三千百億円"] == (12, "previous_budget")  # `前` / `年度三千百億円`: last year's, read across the break
    assert found["百十億円"] == (12, "other")  # a change
    # a ceiling's list (国庫債務負担行為), every item: no money of the year (GUIDE; fresh11b's 建設省 1965)
    assert found["四十億円"] == (15, "other") and found["十二億円"] == (16, "other")
    # a special account's revenues booked `として`, the surplus carried in: no previous year's budget
    assert found["二十億円"] == (19, "other") and found["五億円"] == (20, "other")


def test_a_mention_broken_over_two_lines_keeps_the_part_on_its_line() -> None:
    mentions, _ = extract_lines_outline("t", text_lines(DIET), RuleContext(deck_year=1967))
    years = [(m.line, m.text) for m in mentions if m.kind == "fiscal_year"]
    assert (7, "昭和四十二") in years  # `昭和四十二` / `年度文部省所管`: the gold's text sits on its line


# -- the readings a joined sentence needs, on single lines of other issuers (near misses: what must not change) ---

TITLE = "令和5年度当初予算の概要"


@pytest.mark.parametrize("line, figure, role", [
    # a ceiling's list: every item after the word, each closed by `、`
    ("債務負担行為として、庁舎改修事業に3億円、道路改良事業に2億円を設定しました。", "2億円", "other"),
    ("継続費として、新庁舎建設に40億円、消防署移転に8億円を定めました。", "8億円", "other"),
    # near miss: the list ended (`。`) or a verb came between: the next figure is the year's money
    ("債務負担行為として庁舎改修事業に3億円を設定しました。道路改良事業に2億円を計上しました。", "2億円", "budget"),
    # near miss: the word modifies one work (`継続費を設定した…事業に`): the next work's money is the year's
    ("継続費を設定した給食センター建設事業に初年度事業費として10億円、中学校改築事業には6億円を計上。", "6億円", "budget"),
    # revenues booked `として`, the surplus carried in
    ("うち県支出金収入として1億2千万円、前年度繰越金として3千万円を見込んでいます。", "1億2千万円", "other"),
    ("うち県支出金収入として1億2千万円、前年度繰越金として3千万円を見込んでいます。", "3千万円", "other"),
    # near miss: a work `として` is the work's budget
    ("子育て支援事業として1億2千万円を計上しました。", "1億2千万円", "budget"),
    # a revenue's subject (`…が`) after the last topic: the revenue side's figure, in a sentence that names the budget
    ("前年度当初予算に比べまして、税外収入の見込みが2億円ふえまして、23億円となります。", "23億円", "other"),
    ("当初予算に対し、純減税額が6億円となります。", "6億円", "other"),
    # near miss: a topic after the revenue's subject turns to spending (`歳出では`)
    ("予算は、町税が増え、歳出では町道整備に3億円を計上しました。", "3億円", "budget"),
    # a change compared after its figure
    ("歳出総額は120億円で、5億円の前年度当初予算に対する増加となります。", "5億円", "other"),
    # near miss: `…に対する補助` is no change
    ("農業者に対する補助として5億円を計上しました。", "5億円", "budget"),
])
def test_joined_sentence_readings(line: str, figure: str, role: str) -> None:
    from .helpers import amounts_by_text

    assert amounts_by_text(TITLE, line)[figure].role == role


@pytest.mark.parametrize("name, ok", [
    ("三十一年度", False), ("令和6年度", False), ("前年度", False), ("本年度", False),
    ("令和6年度事業", True), ("道路改良事業", True), ("三十一年度分", True),  # near misses: a year inside a name
])
def test_a_year_alone_names_no_programme(name: str, ok: bool) -> None:
    from extract.context.name_phrase import year_only

    assert year_only(name) is not ok


@pytest.mark.parametrize("text, role", [
    ("前年度剰余金", None), ("前年度繰越金", None),
    ("前年度予算", "previous_budget"), ("前年度", "previous_budget"),  # near misses: last year's budget
])
def test_last_years_surplus_is_no_label(text: str, role: str | None) -> None:
    from extract.context.labels import label_role

    found = label_role(text)
    assert (found[0] if found else None) == role
