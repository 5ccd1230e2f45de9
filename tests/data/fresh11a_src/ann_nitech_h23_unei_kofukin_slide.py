from kinds import amt, date, fyr, pct

DOC = "nitech_h23_unei_kofukin_slide"
# 名古屋工業大学's briefing (平成22年9月30日) on the national 国立大学運営費交付金, slides as text. Slide 4 (lines 5-6):
# the programme's budget of the year `平成22年度予算額 1兆1,585億円` and its part `一般運営費交付金等 9,362億円`, the base
# of the slide's `要求状況` (line 6 repeats both beside the request): the previous year's figures beside a request are
# `previous_budget` of the year before (FY2010), traps that fill the request rows' `previous_budget_yen` (blind audit:
# fresh5b's 文化庁 `昨年度の113億円`, budgets_tables' nankoku R7 figures `a row of its own is wrong`, fresh6a's (B)
# column), the next year's request `平成23年度概算要求・要望額 1兆1,909億円` and its part `9,246億円` (a request is the
# budget of the requested year, fresh5c/fresh8a: budget FY2011, rows), the change `(対前年度324億円増)` (other, FY2011,
# a trap), the whole 要望 frame `全体要望額 884億円` (budget
# FY2011, a request frame: a trap, fresh10b's 優先課題推進枠), `(1.2%減)` a percent (1.2), `前年度△1%減` a percent with
# its sign (-1: the GUIDE's `▲`/`△` minus; NEW, arguable: the word 減 repeats the sign). The chart cells `1,154 873 196`,
# `666 630 1,113 254 1,296` carry no unit and the deck has no chart unit label: no mentions. Slide 5 (line 9): the
# university's own 積算内訳 in bare cells under `(単位:百万円)`: no mentions; `22年度` / `23年度` column years without
# an era: no mentions. `22.9.30` (a dotted date with a two-digit year, no era): no mention; `平成22年9月30日` a date.
# Page numbers `1`, `4`, `5` alone on a line and list numbers `1.` … `4.`, `(1)` … `(3)`: no mentions.
B, O, PB = "budget", "other", "previous_budget"
M = [
    fyr(2, "平成22年度", 2010),
    fyr(3, "平成22年度", 2010), date(3, "平成22年9月30日", "2010-09-30"),
    fyr(5, "平成22年度", 2010), amt(5, "1兆1,585億円", 1158500000000, role=PB, fy=2010),
    amt(5, "9,362億円", 936200000000, role=PB, fy=2010),
    fyr(6, "平成22年度", 2010), amt(6, "1兆1,585億円", 1158500000000, role=PB, fy=2010),
    amt(6, "9,362億円", 936200000000, role=PB, fy=2010),
    fyr(6, "平成23年度", 2011), amt(6, "1兆1,909億円", 1190900000000, fy=2011),
    amt(6, "324億円", 32400000000, role=O, fy=2011),
    amt(6, "9,246億円", 924600000000, fy=2011), pct(6, "1.2%", 1.2), pct(6, "△1%", -1),
    amt(6, "884億円", 88400000000, fy=2011),
    fyr(8, "平成23年度", 2011),
    fyr(9, "平成23年度", 2011),
]
P = "国立大学法人運営費交付金"
P2 = "一般運営費交付金等 (国立大学法人運営費交付金)"
ROWS = [
    dict(line=6, text="1兆1,909億円", budget_yen=1190900000000, previous_budget_yen=1158500000000, fy=2011, program=P,
         aliases=["国立大学運営費交付金"], role=B, ministry="文部科学省",
         why="`平成23年度概算要求・要望額 N円`: a request is the budget of the requested year; `平成22年度予算額` beside it"),
    dict(line=6, text="9,246億円", budget_yen=924600000000, previous_budget_yen=936200000000, fy=2011, program=P2, role=B,
         ministry="文部科学省",
         why="the request's part `一般運営費交付金等※ N円(1.2%減)` under the 平成23年度 request (a parent and its child are rows)"),
]
PR = "the previous year's budget beside the request (previous_budget: fills the request row's previous_budget_yen)"
NOT_ROWS = [
    dict(line=5, text="1兆1,585億円", value_yen=1158500000000, fy=2010, mention_role=PB, what="平成22年度予算額", reason=PR),
    dict(line=5, text="9,362億円", value_yen=936200000000, fy=2010, mention_role=PB, what="平成22年度 一般運営費交付金等",
         reason=PR),
    dict(line=6, text="1兆1,585億円", value_yen=1158500000000, fy=2010, mention_role=PB, what="平成22年度予算額 (chart)",
         reason=PR),
    dict(line=6, text="9,362億円", value_yen=936200000000, fy=2010, mention_role=PB,
         what="平成22年度 一般運営費交付金等 (chart)", reason=PR),
    dict(line=6, text="324億円", value_yen=32400000000, fy=2011, mention_role=O, what="対前年度324億円増",
         reason="a change of the request against the year before, not a budget"),
    dict(line=6, text="884億円", value_yen=88400000000, fy=2011, mention_role=B, what="全体要望額",
         reason="the whole 要望 frame of the request (a request frame, fresh10b), not one programme's figure"),
]
