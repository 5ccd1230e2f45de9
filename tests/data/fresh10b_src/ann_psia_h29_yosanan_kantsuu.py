from kinds import amt, cnt, date, dur

DOC = "psia_h29_yosanan_kantsuu"
# 公安調査庁's 17年度予算案 in a news item (朝日 as reprinted by kantsuu.com, 2016-12-27) on its staff. The agency's
# total `同庁関連の総額は147億円` is a trap (an agency total) and `16年度より4億円増えた` its change (other): no row.
# `17年度` is two-digit, but the text's `2020年`/`1952年` fix the century (fresh4): fy 2017 on both. Staff counts
# (`定員…1702人`, `2千人を超え` at_least, `2019人`, `1486人`) are counts; `5年連続` a duration (fresh5c);
# `19年度`, `64年度`, `03年度`, `18年`, `70年代` two-digit years (no mention); `21世紀` no mention; `22日` dated
# 2016-12-22 (the 17年度予算案's cabinet decision).
B, O, FY = "budget", "other", 2017
M = [
    date(2, "2020年", "2020"), dur(2, "5年", 5, "year"),
    date(3, "22日", "2016-12-22"), amt(3, "147億円", 14700000000, fy=FY), amt(3, "4億円", 400000000, role=O, fy=FY),
    date(5, "1952年", "1952"), cnt(5, "1702人", 1702, "人"), cnt(5, "2千人", 2000, "人", hi=None, q=("at_least",)),
    cnt(5, "2019人", 2019, "人"), cnt(5, "1486人", 1486, "人"),
]
ROWS: list = []
NOT_ROWS = [
    dict(line=3, text="147億円", value_yen=14700000000, fy=FY, mention_role=B, what="同庁関連の総額 (17年度予算案)",
         reason="the agency's total"),
    dict(line=3, text="4億円", value_yen=400000000, fy=FY, mention_role=O, what="16年度より増",
         reason="change of the agency's total"),
]
