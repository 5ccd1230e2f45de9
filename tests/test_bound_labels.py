"""Issue 21 (the grant shape): a cap or floor named by a LABEL bounds its figures wherever the label stands: right
before it, over it on a line of its own, in a table's header column, in a flattened cell's bullets, in a section
it heads (GUIDE: amounts under a `上限` header are caps, at_most, min null). Wordings of issuers no dev set holds,
and the near misses: a cancelled or reached cap (`上限を撤廃`, `上限に達し`), a figure's own bound word, a count
under a money label, a range, a budget's word between, a bracket closing the label."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext

CAP, FLOOR = ["at_most"], ["at_least"]


def found(*texts: str) -> list[tuple[str, str, object, object, list[str]]]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.kind, m.text, m.min, m.max, m.qualifiers) for m in extract_lines("t", lines, RuleContext(deck_year=2026))
            if m.kind in ("amount", "count", "duration", "percent")]


@pytest.mark.parametrize("line, expected", [
    # a label right before its figure, a separator or its bracket between
    ("交付上限額 1,200万円", [("amount", "1,200万円", None, 12000000, CAP)]),
    ("助成限度額:80万円(税込)", [("amount", "80万円", None, 800000, CAP)]),
    ("設備の取得に要する経費相当額(限度額3億円)", [("amount", "3億円", None, 300000000, CAP)]),
    ("上限金額・補助額 450万円", [("amount", "450万円", None, 4500000, CAP)]),
    ("補助下限額 20万円", [("amount", "20万円", 200000, None, FLOOR)]),
    ("【上限:両事業を合わせて、30万円】", [("amount", "30万円", None, 300000, CAP)]),
    # prose: the label's clause, two sizes of one cap
    ("奨励金の上限額を、1件あたり8,000円から1万円へと引き上げます。",
     [("amount", "8,000円", None, 8000, CAP), ("amount", "1万円", None, 10000, CAP)]),
    # a flattened cell: its bullets share the label, a bracket's 。 ends nothing, the next label's cell is out
    ("交付限度額 ・300万円 ・広域で行う事業については、450万円。(注3) ・特例(市町村が行うものに限る。)の場合は、"
     "150万円。 交付額の算定 ・経費の合計 90万円",
     [("amount", "300万円", None, 3000000, CAP), ("amount", "450万円", None, 4500000, CAP),
      ("amount", "150万円", None, 1500000, CAP), ("amount", "90万円", 900000, 900000, [])]),
    # a section it heads, to the next section of its own marker; 国費 is no budget's word
    ("(3)交付上限額 都道府県 国費:4億円 市町村 国費:1.5億円 (4)事業期間 5年",
     [("amount", "4億円", None, 400000000, CAP), ("amount", "1.5億円", None, 150000000, CAP),
      ("duration", "5年", 5, 5, [])]),
    # a wrapped label cell closing its figure (a flattened table's `対象経費の下限`)
    ("対象経 ・30万円 費の下限 ・町長が認める場合はこの限りでない。", [("amount", "30万円", 300000, None, FLOOR)]),
    # near miss: a label followed by its own figure closes nothing before it
    ("事業費 ・総額 3,000万円 補助限度額 ・500万円",
     [("amount", "3,000万円", 30000000, 30000000, []), ("amount", "500万円", None, 5000000, CAP)]),
    ("※1団体10万円を限度", [("amount", "10万円", None, 100000, CAP)]),
    ("支援期間は2年を限度とする。", [("duration", "2年", None, 2, CAP)]),
    # near misses
    ("補助上限を撤廃し、500万円を交付する。", [("amount", "500万円", 5000000, 5000000, [])]),
    ("予算の上限に達した時点で終了。申請額は100万円", [("amount", "100万円", 1000000, 1000000, [])]),
    ("上限額は事業費300万円の2分の1", [("amount", "300万円", 3000000, 3000000, [])]),
    ("・断熱材 1/3(上限120万円) ・窓 8万円/件", [("amount", "120万円", None, 1200000, CAP), ("amount", "8万円", 80000, 80000, [])]),
    ("補助上限額 5件", [("count", "5件", 5, 5, [])]),
    ("上限 50万円、20件程度を採択", [("amount", "50万円", None, 500000, CAP), ("count", "20件", 20, 20, ["approx"])]),
    ("補助上限額 100万円~300万円", [("amount", "100万円~300万円", 1000000, 3000000, [])]),
    ("上限額有り(下表参照) 4,000万円", [("amount", "4,000万円", 40000000, 40000000, [])]),
    ("補助上限額 200万円(事業費は1,000万円以上)", [("amount", "200万円", None, 2000000, CAP),
                                          ("amount", "1,000万円", 10000000, None, FLOOR)]),
    ("上限額 80万円。なお、令和5年度予算額は2億円", [("amount", "80万円", None, 800000, CAP),
                                        ("amount", "2億円", 200000000, 200000000, [])]),
])
def test_label_on_the_line(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("lines, expected", [
    # a label line of its own over its figure
    (["助成限度額", "120万円", "申請方法"], [("amount", "120万円", None, 1200000, CAP)]),
    # a heading over items, the cap in its bracket; the first line without a figure ends it
    (["交付額(1年度当たりの交付上限額)", "◇A型…15,000,000円", "◇B型…9,000,000円", "申請方法", "◇手数料…3,000円"],
     [("amount", "15,000,000円", None, 15000000, CAP), ("amount", "9,000,000円", None, 9000000, CAP),
      ("amount", "3,000円", 3000, 3000, [])]),
    (["●奨励金の上限額", "(ア)創業支援奨励金・・・40万円", "(イ)事業承継奨励金・・・60万円"],
     [("amount", "40万円", None, 400000, CAP), ("amount", "60万円", None, 600000, CAP)]),
    # a table's header: by column
    (["  対象者  補助率  交付限度額", "  町内事業者  1/2  30万円", "  NPO法人  2/3  45万円"],
     [("amount", "30万円", None, 300000, CAP), ("amount", "45万円", None, 450000, CAP)]),
    (["区分 予算額 補助上限額", "A型 2億円 500万円"],
     [("amount", "2億円", 200000000, 200000000, []), ("amount", "500万円", None, 5000000, CAP)]),
    (["従業員数 年間上限額 従業員数 年間上限額", "9人以下 0円 30~49人 800万円"],
     [("count", "9人", None, 9, CAP), ("amount", "0円", None, 0, CAP), ("count", "30~49人", 30, 49, []),
      ("amount", "800万円", None, 8000000, CAP)]),
    # near miss: a table whose rows split otherwise than its header (two tables side by side, merged cells): no column
    (["人数 補助上限額 補助率 人数 補助上限額 補助率", "5人以下 500万円 1/2 区切り無し 2,000万円 2/3", "6~20人 800万円"],
     [("count", "5人", None, 5, CAP), ("amount", "500万円", 5000000, 5000000, []),
      ("amount", "2,000万円", 20000000, 20000000, []), ("count", "6~20人", 6, 20, []),
      ("amount", "800万円", 8000000, 8000000, [])]),
    # a list's lead names the cap of its items
    (["補助金の上限額は以下のとおりです。", "A型 40万円"], [("amount", "40万円", None, 400000, CAP)]),
    # near misses: a heading that cancels its cap, a budget's line under a cap heading, a sentence that leads no list
    (["上限額の撤廃", "補助額 100万円"], [("amount", "100万円", 1000000, 1000000, [])]),
    (["補助上限額", "令和6年度予算額 3億円"], [("amount", "3億円", 300000000, 300000000, [])]),
    (["補助金の上限額は今年度から引き上げました。", "A型 40万円"], [("amount", "40万円", 400000, 400000, [])]),
])
def test_label_over_the_lines(lines, expected):
    assert found(*lines) == expected


def test_a_floor_column_stays_a_grants_floor():
    # rev15: a 補助下限額 column's cell is the grant's floor (at_least, support), not a threshold (other): floors are
    # read after the roles
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(
        ["| 区分 | 補助率 | 補助上限額 | 補助下限額 |", "| 一般枠 | 1/2以内 | 500万円 | 50万円 |"])]
    got = [(m.text, m.min, m.max, m.qualifiers, m.role) for m in extract_lines("t", lines, RuleContext(deck_year=2026))
           if m.kind == "amount"]
    assert got == [("500万円", None, 5000000, CAP, "support"), ("50万円", 500000, None, FLOOR, "support")]


#: a flattened table (fresh17a's 木津川市): its header cells one a line, the cap cell among them, then each row's cells one a
#: line: the rows' money cells are the cap column's (a bracketed base of its own too); near misses: another money column in
#: the header, a cap heading with no header cells, a cap on no money, money in prose after the table
FLATTENED = [
    (("補助区分", "内容", "補助上限額", "一般枠", "店舗の改装", "200万円", "特別枠", "空き店舗の活用", "300万円"),
     [("amount", "200万円", None, 2000000, CAP), ("amount", "300万円", None, 3000000, CAP)]),
    (("支援メニュー", "対象", "期間", "助成限度額", "A 新規創業", "市内で創業する者", "2年以内", "150万円", "(対象経費ベース:300万円)"),
     [("duration", "2年", None, 2, CAP), ("amount", "150万円", None, 1500000, CAP), ("amount", "300万円", None, 3000000, CAP)]),
    # a money column after the cap's: each row's first money cell is the cap's, the next one the other column's
    (("事業名", "補助上限額", "予算額", "商店街支援", "100万円", "5,000万円"),
     [("amount", "100万円", None, 1000000, CAP), ("amount", "5,000万円", 50000000, 50000000, [])]),
    # a money column before the cap's: no column to tell the cells by
    (("事業名", "予算額", "補助上限額", "商店街支援", "5,000万円", "100万円"),
     [("amount", "5,000万円", 50000000, 50000000, []), ("amount", "100万円", 1000000, 1000000, [])]),
    (("交付限度額", "①先導型", "1億円"), [("amount", "1億円", 100000000, 100000000, [])]),
    (("区分", "採択件数の上限", "一般", "20件"), [("count", "20件", 20, 20, [])]),
    (("区分", "交付上限額", "一般", "500万円", "なお、市は本事業の事務費として1,200万円を計上している。"),
     [("amount", "500万円", None, 5000000, CAP), ("amount", "1,200万円", 12000000, 12000000, [])]),
    # near misses: two tables side by side read a line a cell (a scan's OCR), each with its cap cell: no column to tell
    (("通常枠", "従業員数", "補助上限額", "補助率", "特別枠", "補助上限額", "補助率", "10人以下", "11人以上", "600万円", "900万円"),
     [("count", "10人", None, 10, CAP), ("count", "11人", 11, None, FLOOR),
      ("amount", "600万円", 6000000, 6000000, []), ("amount", "900万円", 9000000, 9000000, [])]),
    # a title naming the cap above the header cells is no second cap column: the column is told
    (("助成上限額・助成率の一覧", "区分", "助成上限額", "A型", "400万円"), [("amount", "400万円", None, 4000000, CAP)]),
]


@pytest.mark.parametrize("lines, expected", FLATTENED)
def test_a_flattened_tables_cap_column(lines: tuple[str, ...], expected: list[tuple[str, str, object, object, list[str]]]) -> None:
    assert found(*lines) == expected


#: roles22 flattened caps, reviewed (para22 probes): a results column (`交付実績`, no 額 of its own) after the cap column is
#: money of another column, not capped; a non-money column after the cap's (`補助率`, `対象経費`: it lists expenses, and a
#: row's `会場費・広報費` cell names them) stops nothing; a title naming 実績 is no header cell. Each cell with its role: a
#: cap is a grant's (support), never `other` with at_most
FLAT_ROLES = [
    (("支援区分", "助成上限額", "助成実績", "起業支援", "150万円", "920万円", "販路開拓", "80万円", "310万円"),
     [("150万円", None, 1500000, CAP, "support"), ("920万円", 9200000, 9200000, [], "support"),
      ("80万円", None, 800000, CAP, "support"), ("310万円", 3100000, 3100000, [], "support")]),
    (("区分", "交付限度額", "補助率", "補助対象経費", "清掃活動", "20万円", "3/4", "消耗品費・保険料"),
     [("20万円", None, 200000, CAP, "support")]),
    (("東山町 地域活動支援補助金 概要と実績", "メニュー", "補助上限額", "見守り活動", "10万円", "子ども食堂", "30万円"),
     [("10万円", None, 100000, CAP, "support"), ("30万円", None, 300000, CAP, "support")]),
]


def _capped(lines: tuple[str, ...]) -> list[tuple[str, object, object, list[str], str]]:
    rows = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(lines)]
    return [(m.text, m.min, m.max, m.qualifiers, m.role) for m in extract_lines("t", rows, RuleContext(deck_year=2026))
            if m.kind == "amount"]


@pytest.mark.parametrize("lines, expected", FLAT_ROLES)
def test_a_flattened_cap_column_among_other_columns(lines: tuple[str, ...], expected: list[tuple[str, object, object, list[str], str]]) \
        -> None:
    assert _capped(lines) == expected


def test_a_later_rows_cap_is_support() -> None:
    """A later row's cap, out of hint_near's reach of the cap header, reads the frame its table's first row reads
    (list_labels.capped_rows_hint)."""
    lines = ("区分", "交付限度額", "補助率", "補助対象経費", "清掃活動", "20万円", "3/4", "消耗品費・保険料", "防犯活動", "40万円", "1/2",
             "機材購入費")
    assert _capped(lines)[-1] == ("40万円", None, 400000, CAP, "support")
