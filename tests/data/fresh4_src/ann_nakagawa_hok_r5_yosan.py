from kinds import amt, cnt, fyr, pct

DOC = "nakagawa_hok_r5_yosan"
# 北海道中川町 令和5年度 予算の概要 (title): totals (全体, 一般会計) budget FY2023, the 令和4年度当初予算 total
# previous_budget FY2022, changes other; `災害復旧費を約2億4,040万円計上` is a function class of the budget (other,
# as fresh's breakdown by function; a trap); `0・7%` (middle dot as decimal point) → 0.7. `5会計`, `5特別会計`
# count; `1/21` a page counter. Tables are named but not in the text. No rows.
B, P, O, FY = "budget", "previous_budget", "other", 2023
M = [
    fyr(1, "令和5年度", FY),
    amt(7, "49億490万円", 4904900000, fy=FY),
    cnt(8, "5会計", 5, "会計"),
    fyr(9, "令和5年度", FY),
    cnt(9, "5特別会計", 5, "特別会計"),
    amt(9, "49億490万円", 4904900000, fy=FY),
    fyr(9, "令和4年度", 2022),
    amt(9, "49億4,020万円", 4940200000, role=P, fy=2022),
    amt(9, "3,529万円", 35290000, role=O, fy=FY),
    pct(9, "0・7%", 0.7),
    amt(9, "40億1,500万円", 4015000000, fy=FY),
    fyr(9, "令和4年度", 2022),
    amt(9, "400万円", 4000000, role=O, fy=FY),
    pct(9, "0・1%", 0.1),
    amt(9, "2億4,040万円", 240400000, role=O, fy=FY, q=("approx",)),
    amt(9, "2億3,600万円", 236000000, role=O, fy=FY, q=("approx",)),
    pct(9, "5・9%", 5.9),
]
ROWS = []
NOT_ROWS = [
    dict(line=7, text="49億490万円", value_yen=4904900000, fy=FY, mention_role=B, what="中川町全体の予算額",
         reason="total of all accounts"),
    dict(line=9, text="49億490万円", value_yen=4904900000, fy=FY, mention_role=B, what="一般会計と5特別会計の総額",
         reason="total of all accounts"),
    dict(line=9, text="49億4,020万円", value_yen=4940200000, fy=2022, mention_role=P, what="令和4年度当初予算の総額",
         reason="previous year's total"),
    dict(line=9, text="3,529万円", value_yen=35290000, fy=FY, mention_role=O, what="総額の減", reason="change of the total"),
    dict(line=9, text="40億1,500万円", value_yen=4015000000, fy=FY, mention_role=B, what="一般会計", reason="account total"),
    dict(line=9, text="400万円", value_yen=4000000, fy=FY, mention_role=O, what="一般会計の増", reason="change of the total"),
    dict(line=9, text="2億4,040万円", value_yen=240400000, fy=FY, mention_role=O, what="災害復旧費",
         reason="function class of the budget"),
    dict(line=9, text="2億3,600万円", value_yen=236000000, fy=FY, mention_role=O, what="実質的な減",
         reason="change of the total"),
]
