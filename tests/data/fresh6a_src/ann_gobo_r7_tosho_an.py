from kinds import amt, cnt, fyr, pct

DOC = "gobo_r7_tosho_an"
# 御坊市 (和歌山県; 広報ごぼう 令和7年4月号 No.530, mykoho 302058/…): 令和7年度当初予算(案) (title: every amount budget
# FY2025; `(案)` in the title only adds no draft). The total `150億6,156万円` is budget (a trap; the text does not say
# which accounts it sums). Under `■令和7年度の主な事業` the two works `(N)name N円` are budget FY2025 rows (one marked
# `(新規)`). `第5次` an ordinal; `5つの…基本方向` a count of 5 つ; `(1)`, `(2)` list numbers; `令和7年度中` a fiscal year.
B, FY = "budget", 2025
M = [
    fyr(1, "令和7年度", FY),
    cnt(2, "5つ", 5, "つ"),
    fyr(3, "令和7年度", FY),
    amt(4, "150億6,156万円", 15061560000, role=B, fy=FY), pct(4, "13.2%", 13.2),
    fyr(7, "令和7年度", FY),
    amt(9, "10億851万円", 1008510000, role=B, fy=FY),
    fyr(10, "令和7年度", FY),
    amt(11, "3,212万円", 32120000, role=B, fy=FY),
]
W = "a work `(N)name N円` under `■令和7年度の主な事業` of the 令和7年度当初予算(案) (title)"
ROWS = [
    dict(line=9, text="10億851万円", budget_yen=1008510000, fy=FY, program="新庁舎建設事業", role=B, why=W),
    dict(line=11, text="3,212万円", budget_yen=32120000, fy=FY, program="内水浸水想定区域図作成事業", role=B, why=W + "; marked (新規)"),
]
NOT_ROWS = [dict(line=4, text="150億6,156万円", value_yen=15061560000, fy=FY, mention_role=B, what="予算規模 総額",
                 reason="total")]
