"""Chart value labels (context/charts.py): a bare label is a mention when its chart's unit label applies, axis
ticks, table cells and charts without a unit label give none, labels are read from character positions.

Pages are drawn with reportlab (as tests/fixtures/pdfs.py does) and read through the real PDF reader."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.context.charts import Glyph, _bracketed, merge, number, read_charts, tokens, unit_label
from extract.ingest import read_deck
from extract.mentions import extract_deck
from extract.model import Mention

FONT = "HeiseiKakuGo-W5"
Item = tuple[float, float, str, float]  # x, y from the top, text, font size


def _pdf(path: Path, items: list[Item], bars: bool = True) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    w, h = 960, 540
    c = canvas.Canvas(str(path), pagesize=(w, h))
    if bars:  # some drawn shapes, as a chart has
        for k in range(4):
            c.rect(140 + 90 * k, 120, 40, 60 + 40 * k, fill=0)
    for x, y, text, size in items:
        c.setFont(FONT, size)
        c.drawString(x, h - y, text)
    c.showPage()
    c.save()
    return path


TICKS = [(100, 430 - 60 * k, str(10 * k), 9) for k in range(5)]  # 0 … 40 down a left axis, evenly spaced
BARS = [(150, 300, "35.7", 9), (240, 250, "21.6", 9), (330, 330, "8.4", 9), (420, 280, "12.0", 9)]
HEAD = [(40, 40, "図１ 事業所の割合の推移", 14)]

CASES = [
    # (id, items, expected (kind, text, value, unit) of the chart mentions)
    ("percent label above the plot", HEAD + [(90, 170, "（％）", 9)] + BARS,
     {("percent", "35.7", 35.7, "percent"), ("percent", "21.6", 21.6, "percent"), ("percent", "8.4", 8.4, "percent"),
      ("percent", "12.0", 12.0, "percent")}),
    ("ascii (%) with axis ticks", HEAD + [(90, 170, "(%)", 9)] + TICKS + BARS,
     {("percent", "35.7", 35.7, "percent"), ("percent", "21.6", 21.6, "percent"), ("percent", "8.4", 8.4, "percent"),
      ("percent", "12.0", 12.0, "percent")}),
    ("qualified unit label", HEAD + [(90, 170, "（前年度比、％）", 9)] + BARS[:2],
     {("percent", "35.7", 35.7, "percent"), ("percent", "21.6", 21.6, "percent")}),
    ("oku-yen label", HEAD + [(90, 170, "（億円）", 9), (150, 300, "4,683", 9), (240, 250, "▲120", 9)],
     {("amount", "4,683", 468300000000, "yen"), ("amount", "▲120", -12000000000, "yen")}),
    ("man-nin label", HEAD + [(90, 170, "（万人）", 9), (150, 300, "1,044", 9)],
     {("count", "1,044", 10440000, "人")}),
    ("unit label with 単位", HEAD + [(90, 170, "（単位：％）", 9)] + BARS[:1],
     {("percent", "35.7", 35.7, "percent")}),
    ("dual axis: each label by the ticks that span it",
     HEAD + [(90, 170, "（万人）", 9), (700, 170, "（％）", 9)] + TICKS[1:]  # 10 … 40 on the left, in 万人
     + [(720, 430 - 60 * k, f"{5 * k + 20}.0", 9) for k in range(4)]  # 20.0 … 35.0 on the right, in ％
     + [(150, 300, "32.6", 9), (240, 250, "384", 9)],
     {("percent", "32.6", 32.6, "percent"), ("count", "384", 3840000, "人")}),
    ("ticks printing their own %: a band chart's bare labels are percents",
     HEAD + [(150 + 100 * k, 170, f"{50 * k}%", 9) for k in range(3)] + [(170, 200, "67.4", 9), (260, 200, "16.7", 9),
                                                                         (330, 200, "9.1", 9)],
     {("percent", "67.4", 67.4, "percent"), ("percent", "16.7", 16.7, "percent"), ("percent", "9.1", 9.1, "percent")}),
    ("band chart under % ticks whose labels line up like a table's cells",
     HEAD + [(150 + 100 * k, 170, f"{50 * k}%", 9) for k in range(3)]
     + [(x, 200 + 16 * r, v, 9) for r in range(3) for x, v in [(170, "12.1"), (240, "84.0"), (340, "3.9")]],
     {("percent", v, float(v), "percent") for v in ("12.1", "84.0", "3.9")}),
    ("bare ticks over the bars with their unit word printed past the last one (`0 20 40 60 泊`)",
     HEAD + [(150 + 50 * k - 2.5 * len(str(20 * k)), 170, str(20 * k), 9) for k in range(4)] + [(310, 174, "泊", 9), (180, 200, "9.5", 9),
                                                                      (200, 216, "12.3", 9)],
     {("count", "9.5", 9.5, "泊"), ("count", "12.3", 12.3, "泊")}),
    ("bare ticks under the bars with a lone % past the last one",
     HEAD + [(150 + 40 * k - 2.5 * len(str(25 * k)), 400, str(25 * k), 9) for k in range(5)]
     + [(324, 402, "%", 9), (180, 300, "24.4", 9)],
     {("percent", "24.4", 24.4, "percent")}),
    ("era-less year ticks take the era printed over the first of them",
     HEAD + [(100, 440, "（％）", 9), (150, 490, "昭和", 7), (150, 498, "28年", 7), (190, 498, "35年", 7), (230, 498, "61年", 7),
             (270, 490, "平成", 7), (270, 498, "元年", 7), (310, 498, "７年", 7)],
     {("date", "28年", "1953", None), ("date", "35年", "1960", None), ("date", "61年", "1986", None),
      ("date", "元年", "1989", None), ("date", "７年", "1995", None)}),
    ("a band chart's axis under it whose last tick alone prints % (`0 25 50 75 100%`)",
     HEAD + [(150 + 60 * k, 420, str(25 * k) + ("%" if k == 4 else ""), 9) for k in range(5)]
     + [(170, 300, "13.1", 9), (300, 300, "44.8", 9), (170, 330, "14.8", 9)],
     {("percent", v, float(v), "percent") for v in ("13.1", "44.8", "14.8")}),
    ("a figure number printed apart from its word is no value",
     HEAD + [(90, 170, "（％）", 9), (300, 200, "図", 9), (312, 200, "12", 9)] + BARS[:1], {("percent", "35.7", 35.7, "percent")}),
    ("a value with last year's in lenticular brackets gives both",
     HEAD + [(90, 170, "（％）", 9), (150, 300, "26.5【20.2】", 9), (400, 300, "【1.1】", 9)],
     {("percent", "26.5", 26.5, "percent"), ("percent", "20.2", 20.2, "percent"), ("percent", "1.1", 1.1, "percent")}),
    ("labels down a column that differ by a step no axis takes (0.6) are values",
     HEAD + [(90, 170, "（％）", 9)] + [(300, 250 + 20 * k, v, 9) for k, v in enumerate(["12.8", "12.2", "11.6"])],
     {("percent", v, float(v), "percent") for v in ("12.8", "12.2", "11.6")}),
    ("side by side charts: a value takes the unit label of its own chart",
     HEAD + [(90, 170, "（億円）", 9), (500, 165, "（billion U.S. dollars）", 9), (150, 300, "4,683", 9), (560, 300, "1,328", 9)],
     {("amount", "4,683", 468300000000, "yen")}),
    ("dual axis, the right one unlabelled: a value both axes span is left unread",
     HEAD + [(90, 170, "（億円）", 9)] + [(95, 430 - 40 * k, f"{10 * k},000", 9) for k in range(1, 6)]
     + [(700, 430 - 40 * k, f"{5 * k},000", 9) for k in range(1, 6)] + [(200, 220, "43,404", 9), (300, 300, "23,082", 9)],
     {("amount", "43,404", 4340400000000, "yen")}),
    ("a unit word printed alone over a vertical axis names its unit",
     HEAD + [(95, 175, "万円", 9)] + TICKS + BARS[:2], {("amount", "35.7", 357000, "yen"), ("amount", "21.6", 216000, "yen")}),
    ("a category's lower bound beside an axis's row of ticks is no value",
     HEAD + [(90, 170, "（％）", 9)] + [(200 + 40 * k, 420, str(100 * (k + 1)), 9) for k in range(4)] + [(160, 420, "100", 9)]
     + BARS[:1], {("percent", "35.7", 35.7, "percent")}),
    ("a heading's number with words right after it is no value",
     HEAD + [(90, 170, "（％）", 9), (60, 400, "３", 9), (72, 400, "世帯主の所得", 9)] + BARS[:1], {("percent", "35.7", 35.7, "percent")}),
    ("an axis under its title whose unit closes it (`…の中央値(%)` over `0 1 2 3 4`)",
     HEAD + [(150, 160, "売上高営業利益率の中央値(%)", 9)] + [(150 + 40 * k, 180, str(k), 9) for k in range(5)]
     + [(300, 260, "3.75", 9), (250, 300, "2.54", 9)],
     {("percent", "3.75", 3.75, "percent"), ("percent", "2.54", 2.54, "percent")}),
    # near misses
    ("a title closing with (%) over no axis gives no unit",
     HEAD + [(150, 160, "売上高営業利益率の中央値(%)", 9), (300, 260, "3.75", 9), (250, 300, "2.54", 9)], set()),
    ("a value label with a word after it stays a value",
     HEAD + [(90, 170, "（％）", 9), (150, 300, "35.7", 9), (180, 300, "中央値", 9)], {("percent", "35.7", 35.7, "percent")}),
    ("a unit word far over the axis names no unit", HEAD + [(95, 100, "万円", 9)] + TICKS + BARS[:2], set()),
    ("ticks stepping by 15 stay ticks", HEAD + [(90, 170, "（％）", 9)] + [(100, 430 - 40 * k, str(10 + 15 * k), 9) for k in range(5)],
     set()),
    ("a neighbouring chart's bare axis takes no % from the next chart's `0% 50% 100%`",
     HEAD + [(120 + 40 * k, 420, str(20 * k), 9) for k in range(4)] + [(450 + 80 * k, 420, f"{50 * k}%", 9) for k in range(3)]
     + [(150, 300, "9.5", 9)], set()),
    ("an axis under the next figure's caption gives the values above it no unit",
     HEAD + [(90, 170, "（単位：千円）", 9), (150, 250, "13.1", 9), (200, 330, "図２ 別の図", 14)]
     + [(150 + 60 * k, 420, str(25 * k) + ("%" if k == 4 else ""), 9) for k in range(5)], set()),
    ("year ticks that do not go up are no time axis", HEAD + [(100, 440, "（％）", 9), (150, 490, "平成", 7),
                                                           (150, 498, "10年", 7), (190, 498, "5年", 7), (230, 498, "3年", 7)],
     set()),
    ("two year ticks are too few for an axis", HEAD + [(100, 440, "（％）", 9), (150, 490, "平成", 7), (150, 498, "10年", 7),
                                                     (190, 498, "15年", 7)], set()),
    ("no era printed: no date", HEAD + [(100, 440, "（％）", 9), (150, 498, "10年", 7), (190, 498, "15年", 7),
                                       (230, 498, "20年", 7)], set()),
    ("no unit label: no mentions", HEAD + TICKS + BARS, set()),
    ("a lone % far from the ticks' row names no axis unit",
     HEAD + [(150 + 40 * k - 2.5 * len(str(25 * k)), 400, str(25 * k), 9) for k in range(5)]
     + [(600, 402, "%", 9), (180, 300, "24.4", 9)], set()),
    ("a label far right of the % ticks' axis takes no unit from them",
     HEAD + [(150 + 100 * k, 170, f"{50 * k}%", 9) for k in range(3)] + [(170, 200, "67.4", 9), (700, 200, "55.5", 9)],
     {("percent", "67.4", 67.4, "percent")}),
    ("ticks without %: no unit", HEAD + [(150 + 100 * k, 170, f"{50 * k}", 9) for k in range(3)] + [(170, 200, "67.4", 9)],
     set()),
    ("labels above the % ticks take no unit from them",
     HEAD + [(150 + 100 * k, 470, f"{50 * k}%", 9) for k in range(3)] + [(170, 300, "67.4", 9)], set()),
    ("a unit label heading a table row", HEAD + [(90, 170, "比率 (%)", 9), (200, 170, "25.4", 9), (260, 170, "6.7", 9),
                                              (90, 200, "人数", 9), (200, 200, "853", 9), (260, 200, "16", 9)], set()),
    ("a table's 単位 header in yen: no mentions", HEAD + [(90, 170, "（単位：千円）", 9)] + BARS[:2], set()),
    ("unknown unit label blocks the one above", HEAD + [(90, 100, "（％）", 9), (90, 170, "（billion U.S. dollars）", 9)] + BARS,
     set()),
    ("ticks only", HEAD + [(90, 170, "（％）", 9)] + TICKS, set()),
    ("a figure caption between label and values", [(90, 90, "（％）", 9), (40, 150, "図２ 別の図", 14)] + BARS, set()),
    ("year categories are not values", HEAD + [(90, 170, "（％）", 9), (150, 450, "2019", 9), (300, 450, "2023", 9)], set()),
]


@pytest.mark.parametrize("items, expected", [(i, e) for _, i, e in CASES], ids=[c[0] for c in CASES])
def test_chart_labels(tmp_path: Path, items: list[Item], expected: set[tuple[str, str, object, str]]) -> None:
    deck = read_deck(_pdf(tmp_path / "chart.pdf", items))
    got = {(m.kind, m.text, m.min, m.unit) for m in read_charts(deck.doc, deck.lines).mentions}
    assert got == expected


GRID = [(300 + 80 * c, 200 + 20 * r, v, 9) for r, row in enumerate([["12.5", "30.1", "7.7"], ["14.2", "28.0", "9.9"],
                                                                    ["11.0", "33.3", "5.5"]]) for c, v in enumerate(row)]


@pytest.mark.parametrize("items, n", [
    ([(300, 170, "（単位：％）", 9)] + GRID, 0),  # a table's header unit does not make bare cells mentions
    ([(300, 170, "（％）", 9)] + GRID, 0),
    ([(300, 170, "（％）", 9)] + GRID[:4], 4),  # four labels are too few to be a table
], ids=["table under 単位", "table under (%)", "few aligned labels"])
def test_table_cells_are_not_chart_labels(tmp_path: Path, items: list[Item], n: int) -> None:
    deck = read_deck(_pdf(tmp_path / "table.pdf", items, bars=False))
    assert len(read_charts(deck.doc, deck.lines).mentions) == n


def test_chart_labels_join_the_deck_mentions_once(tmp_path: Path) -> None:
    """A label with its own unit is found by the line rules and not again; bare labels are added."""
    items = HEAD + [(90, 170, "（％）", 9), (150, 300, "35.7", 9), (240, 250, "21.6％", 9)]
    mentions = extract_deck(read_deck(_pdf(tmp_path / "deck.pdf", items)))
    percents = sorted((m.text, m.min) for m in mentions if m.kind == "percent")
    assert percents == [("21.6％", 21.6), ("35.7", 35.7)]


@pytest.mark.parametrize("ticks, kept", [
    (["0%", "50%", "100%"], []),  # an axis's ticks, even where the text line reads them as percents
    (["0%", "20%", "40%", "60%"], []),
    (["12%", "50%"], ["12%", "50%"]),  # two labels are no axis: they stay
    (["3.1%", "3.2%", "3.3%"], ["3.1%", "3.2%", "3.3%"]),  # decimal labels in even steps are values, not a scale
])
def test_percent_ticks_read_off_the_text_line_are_dropped(tmp_path: Path, ticks: list[str], kept: list[str]) -> None:
    items = HEAD + [(150 + 100 * k - 2.5 * len(t), 170, t, 9) for k, t in enumerate(ticks)] + [(170, 200, "67.4", 9)]
    mentions = extract_deck(read_deck(_pdf(tmp_path / "deck.pdf", items)))
    assert sorted(m.text for m in mentions if m.kind == "percent" and m.text.endswith("%")) == sorted(kept)


def _glyphs(text: str, x: float, top: float, size: float = 8.0) -> list[Glyph]:
    return [Glyph(ch, x + k * size * 0.5, top, x + (k + 1) * size * 0.5, top + size, 0) for k, ch in enumerate(text)]


@pytest.mark.parametrize("a, b, expected", [
    (("21.6%", 100.0, 200.0), ("38.3", 110.0, 203.0), ["21.6%", "38.3"]),  # interleaved in x, apart in y
    (("21.6", 100.0, 200.0), ("38.3", 140.0, 200.0), ["21.6", "38.3"]),  # one row, apart in x
    (("21.6", 100.0, 200.0), ("38", 116.0, 200.0), ["21.638"]),  # touching: one token, not two labels
], ids=["interleaved", "same row", "touching"])
def test_tokens_by_position(a: tuple[str, float, float], b: tuple[str, float, float], expected: list[str]) -> None:
    glyphs = _glyphs(*a) + _glyphs(*b)
    glyphs.sort(key=lambda g: g.x0)  # the order a scrambled text line gives
    assert sorted(t.text for t in tokens(glyphs)) == sorted(expected)


def test_overlapping_characters_are_skipped_and_reported() -> None:
    glyphs = _glyphs("12.3", 100.0, 200.0) + _glyphs("45.6", 101.0, 200.5)
    toks = tokens(glyphs)
    assert len(toks) == 1 and toks[0].scrambled


@pytest.mark.parametrize("text, expected", [
    ("（％）", ("percent", "percent", 1)), ("(%)", ("percent", "percent", 1)), ("（前年度比、％）", ("percent", "percent", 1)),
    ("（DI、%pt）", ("percent", "percent", 1)), ("（％ポイント）", ("percent", "percent", 1)),
    ("（億円）", ("amount", "yen", 100000000)), ("（兆円）", ("amount", "yen", 1000000000000)),
    ("（千円）", ("amount", "yen", 1000)), ("（万人）", ("count", "人", 10000)), ("（単位：％）", ("percent", "percent", 1)),
    ("（人）", ("count", "人", 1)),
    ("（円／人）", ("amount", "yen", 1)), ("（円 ／ 人 ）", ("amount", "yen", 1)), ("(千円/人)", ("amount", "yen", 1000)),  # per person
])
def test_unit_labels(text: str, expected: tuple[str, str, int]) -> None:
    u = unit_label(text)
    assert u is not None and (u.kind, u.unit, u.scale) == expected


@pytest.mark.parametrize("text", ["（年）", "（billion U.S. dollars）", "（年度調査）", "（単位：千円）", "(単位千円）", "（単位：社）"])
def test_bracketed_labels_in_no_unit_give_no_unit(text: str) -> None:
    u = unit_label(text)
    assert u is not None and not u.kind


@pytest.mark.parametrize("text", ["％", "（n=71）", "売上高（億円）", "（％", "(注)2019年", "（人／km2）"])
def test_not_unit_labels(text: str) -> None:
    assert unit_label(text) is None


@pytest.mark.parametrize("text, expected", [
    ("35.7", (35.7, None)), ("-7.3", (-7.3, None)), ("▲1.2", (-1.2, None)), ("‐20.0", (-20.0, None)),
    ("4,683", (4683.0, None)), ("21.6%", (21.6, "percent")), ("+40.0%", (40.0, "percent")), ("0", (0.0, None)),
    ("2019", None), ("08", None), ("35.7年", None), ("n=71", None), ("1.2.3", None),
])
def test_numbers(text: str, expected: tuple[float, str | None] | None) -> None:
    assert number(text) == expected


def _m(kind: str, text: str, lo: object, hi: object, x0: float = 100.0) -> Mention:
    return Mention(doc="d", kind=kind, text=text, min=lo, max=hi, unit="percent", page=1,
                   x0=x0, top=200.0, x1=x0 + 20, bottom=208.0)


@pytest.mark.parametrize("line, kept", [
    (_m("percent", "3.0%以上", 3.0, None), "3.0%以上"),  # same value, read with its qualifier: the line's stays
    (_m("percent", "21.6%", 21.6, 21.6), "21.6%"),  # same value: the line's stays (it has its context)
    (_m("percent", "6%", 6, 6), "chart"),  # a fragment of an interleaved label gives way
    (_m("count", "35.7", 35.7, 35.7), "chart"),  # a bare label read as a count gives way
    (_m("percent", "6%", 6, 6, x0=300.0), "both"),  # elsewhere on the page: both stay
])
def test_merge(line: Mention, kept: str) -> None:
    chart = _m("percent", "chart", 3.0 if "以上" in line.text else 21.6 if line.text == "21.6%" else 35.7,
               None, x0=105.0)
    chart.max = chart.min
    got = {m.text for m in merge([line], [chart])}
    assert got == ({line.text} if kept == line.text else {"chart"} if kept == "chart" else {line.text, "chart"})


@pytest.mark.parametrize("a, b, uncertain", [
    (("20", 100.0, 200.0), ("4", 112.0, 200.0), True),  # `20.4` with its `.` missing from the text layer
    (("5.9", 100.0, 200.0), ("6.5", 116.0, 200.0), False),  # two decimals side by side are two labels
    (("0", 100.0, 200.0), ("405", 108.0, 200.0), False),  # a tick beside a three-digit label
    (("20", 100.0, 200.0), ("4", 140.0, 200.0), False),  # far apart: two labels
])
def test_integer_fragments_are_uncertain(a: tuple[str, float, float], b: tuple[str, float, float], uncertain: bool) -> None:
    toks = tokens(_glyphs(*a) + _glyphs(*b))
    assert len(toks) == 2 and all(t.scrambled == uncertain for t in toks)


def _run(text: str, x: float, tops: list[float], gap_at: int | None = None, gap: float = 1.2) -> list[Glyph]:
    out, cur = [], x
    for k, ch in enumerate(text):
        if k == gap_at:
            cur += gap
        w = 1.4 if ch == "." else 3.7
        out.append(Glyph(ch, cur, tops[k], cur + w, tops[k] + 7.3, 0))
        cur += w
    return out


@pytest.mark.parametrize("glyphs, expected", [
    (_run("4.04.0", 100, [125.7] * 3 + [126.6] * 3), ["4.0", "4.0"]),  # two labels on two baselines
    (_run("30.629.7", 100, [280.6] * 8, gap_at=4), ["30.6", "29.7"]),  # one baseline, a gap between them
    (_run("-0.4-1.7", 100, [314.2] * 4 + [313.0] * 4), ["-0.4", "-1.7"]),
    (_run("2.01.91.4", 100, [135.8] * 3 + [137.4] * 3 + [136.0] * 3), ["2.0", "1.9", "1.4"]),
    (_run("30.629.7", 100, [280.6] * 8), ["30.629.7"]),  # no break where the labels would meet: left whole
    (_run("12.345", 100, [280.6] * 6), ["12.345"]),  # not two decimals
])
def test_labels_printed_edge_to_edge(glyphs: list[Glyph], expected: list[str]) -> None:
    assert [t.text for t in sorted(tokens(glyphs), key=lambda t: t.x0)] == expected


@pytest.mark.parametrize("words, label", [
    (["(billion", "U.S.", "dollars)"], "(billionU.S.dollars)"),  # spaced words in brackets: one label
    (["(億円)"], "(億円)"),
    (["(billion", "U.S."], None),  # never closed: no label
])
def test_spaced_words_in_brackets(words: list[str], label: str | None) -> None:
    glyphs, x = [], 100.0
    for w in words:
        glyphs += _glyphs(w, x, 200.0)
        x += len(w) * 4.0 + 6.0  # a word space wider than a gap inside a token
    joined = [t.text for t in _bracketed(tokens(glyphs)) if t.text.startswith("(") and t.text.endswith(")")]
    assert joined == ([label] if label else [])


@pytest.mark.parametrize("second, n", [
    (_m("percent", "2.4%", 2.4, 2.4), 1),  # the same label read from its text line and from a table row over it
    (_m("percent", "2.4%", 2.4, 2.4, x0=300.0), 2),  # the same value printed elsewhere: two labels
    (_m("percent", "2.5%", 2.5, 2.5), 2),  # another value in the same box (not a reading of the same characters)
    (_m("count", "2.4", 2.4, 2.4), 2),  # another kind
])
def test_a_label_read_twice_is_one_mention(second: Mention, n: int) -> None:
    assert len(merge([_m("percent", "2.4%", 2.4, 2.4), second], [])) == n
