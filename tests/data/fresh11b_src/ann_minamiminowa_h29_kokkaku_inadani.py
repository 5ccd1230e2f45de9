from kinds import amt, date, fyr, pct

DOC = "minamiminowa_h29_kokkaku_inadani"
# 南箕輪村 (長野県), its 平成29年度一般会計当初予算案 as a skeleton budget (骨格予算; an election in April), as the local
# cable TV's web news (伊那谷ねっと) reports it. Every amount budget FY2017 but the change (other). The total (twice) is a
# trap; the new and continued programmes `name に N円` are rows (`空き家バンク登録のための改修補助に175万円` is the
# grant programme's appropriation, not a size per recipient: tamano's `補助金40万円を予算化`); the reserve
# `2億4,800万円が予備費として計上` (kept for the 肉付け予算) a budget trap (a reserve, no programme). `20日` is 2017-02-20
# (a 予算案 announced before the March assembly); `今年4月` 2017-04; `3月議会` a session named by its month (2017-03);
# `5月上旬` 2017-05 (`上旬` dropped, as fresh9b's `11月~1月上旬` → ..2021-01). The title's `平成29年度` a fiscal year.
B, O, FY = "budget", "other", 2017
M = [
    fyr(1, "平成29年度", FY),
    amt(2, "55億6,900万円", 5569000000, role=B, fy=FY), fyr(2, "平成29年度", FY), date(2, "20日", "2017-02-20"),
    date(2, "4月", "2017-04"), fyr(2, "平成29年度", FY), amt(2, "55億6,900万円", 5569000000, role=B, fy=FY),
    amt(2, "10億100万円", 1001000000, role=O, fy=FY), pct(2, "15.2%", 15.2),
    amt(2, "7,200万円", 72000000, role=B, fy=FY), amt(2, "216万円", 2160000, role=B, fy=FY),
    amt(2, "175万円", 1750000, role=B, fy=FY), amt(2, "1億4,300万円", 143000000, role=B, fy=FY),
    amt(2, "1,400万円", 14000000, role=B, fy=FY), amt(2, "2億4,800万円", 248000000, role=B, fy=FY),
    fyr(2, "平成29年度", FY), date(2, "3月", "2017-03"), date(2, "5月", "2017-05"),
]
W = "a programme `name に N円` of the village's 平成29年度一般会計当初予算案 (主な新規事業 / 継続事業)"
ROWS = [dict(line=2, text=t, budget_yen=v, fy=FY, program=p, aliases=a, role=B, why=W) for t, v, p, a in (
    ("7,200万円", 72000000, "こども館の運営", []),
    ("216万円", 2160000, "学校教育専門員の設置", ["学校教育専門員"]),
    ("175万円", 1750000, "空き家バンク登録のための改修補助", []),
    ("1億4,300万円", 143000000, "南原住宅団地の焼却灰処理運搬委託", ["焼却灰処理運搬委託"]),
    ("1,400万円", 14000000, "地域おこし協力隊の新規雇用など", ["地域おこし協力隊"]),
)]
NOT_ROWS = [
    dict(line=2, text="55億6,900万円", value_yen=5569000000, fy=FY, mention_role=B, what="一般会計当初予算案 総額", reason="account total"),
    dict(line=2, text="10億100万円", value_yen=1001000000, fy=FY, mention_role=O, what="今年度の当初予算と比べた減", reason="change"),
    dict(line=2, text="2億4,800万円", value_yen=248000000, fy=FY, mention_role=B, what="予備費 (肉付け予算に備えて)",
         reason="a reserve, no programme"),
]
