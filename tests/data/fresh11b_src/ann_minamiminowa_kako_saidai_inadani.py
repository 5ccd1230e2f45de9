from kinds import amt, date, dur, pct

DOC = "minamiminowa_kako_saidai_inadani"
# 南箕輪村 (長野県), a record 一般会計当初予算案 as the local cable TV's web news reports it. The text writes NO year
# (`来年度`, `今年度`): fy null on every amount, rows `fy_alt: [2026]` (inferred from the same site's item on the 大芝の湯
# works, SOURCES.md). The headline `90億円` and the body's `90億3,000万円` (twice) are budget traps (the account total),
# `10億6,000万円の増` an other trap (change); the four new programmes `name に N円` are rows. `5年連続` a duration
# (fresh5c); `0歳児と1歳児` ages (no mention); `20日` 2026-02-20, `5月から` 2026-05 (a point, GUIDE), `3月定例会`
# 2026-03 (dated by the inferred year, as fresh8b's undated decks).
B, O = "budget", "other"
M = [
    amt(1, "90億円", 9000000000, role=B),
    amt(2, "90億3,000万円", 9030000000, role=B), date(2, "20日", "2026-02-20"),
    amt(4, "90億3,000万円", 9030000000, role=B), pct(4, "13.3%", 13.3), amt(4, "10億6,000万円", 1060000000, role=O),
    dur(5, "5年", 5, "year"),
    date(7, "5月", "2026-05"), amt(7, "9億5,800万円", 958000000, role=B),
    amt(8, "2億3,600万円", 236000000, role=B),
    amt(9, "1,500万円", 15000000, role=B),
    amt(10, "700万円", 7000000, role=B),
    date(11, "3月", "2026-03"),
]
W = "a new programme `name に N円` of the village's 来年度 一般会計当初予算案 (no year written)"
R = dict(fy=None, fy_alt=[2026], role=B)
ROWS = [
    dict(line=7, text="9億5,800万円", budget_yen=958000000, program="大芝の湯リニューアル工事事業", why=W, **R),
    dict(line=8, text="2億3,600万円", budget_yen=236000000, program="南箕輪小学校南校舎の断熱や長寿命化工事事業", why=W,
         aliases=["南箕輪小学校南校舎長寿命化工事"], **R),
    dict(line=9, text="1,500万円", budget_yen=15000000, program="太陽光発電設備設置と住宅断熱リフォームを補助する事業", why=W, **R),
    dict(line=10, text="700万円", budget_yen=7000000, program="0歳児と1歳児を養育する家庭におむつ用品の購入券を支給する事業", why=W,
         aliases=["おむつ用品購入券支給事業"], **R),
]
NOT_ROWS = [
    dict(line=1, text="90億円", value_yen=9000000000, fy=None, mention_role=B, what="来年度予算案 (headline)", reason="account total"),
    dict(line=2, text="90億3,000万円", value_yen=9030000000, fy=None, mention_role=B, what="一般会計当初予算案 総額", reason="account total"),
    dict(line=4, text="90億3,000万円", value_yen=9030000000, fy=None, mention_role=B, what="一般会計当初予算案 (repeated)", reason="account total"),
    dict(line=4, text="10億6,000万円", value_yen=1060000000, fy=None, mention_role=O, what="今年度より…の増", reason="change"),
]
