from kinds import amt, fyr, pct, trap, traps

DOC = "sokeinp_kanagawa_2016_tosho"
# 神奈川県's 2016年度当初予算案 (黒岩祐司知事) in a local paper: every amount fy 2016. 一般会計 `2兆0137億円` `budget`, a trap;
# `初めて2兆円を超え` a threshold passed (`other`, as fresh7a's `7000億円台` level; a trap), at_least with max null
# (`超`: fresh4's `110兆円を超えて`, fresh13b's `10億円を超え10億7000万円`; blind audit); the 相原高校 move's
# `8億4955万円を計上` a row; 県税収入, 県債の新規発行額 and its decrease `other` (revenues, a change), traps. Era-less `15年度`,
# `19年` no mentions (GUIDE, fresh4); `法人2税` a name; the cut `3` no mention; the issue label `(2016年3月1日号掲載)` no
# date (earlier sets' `N月号`, fresh7a's `…2025年3月1日号`).
B, O, FY = "budget", "other", 2016
M = [
    fyr(1, "2016年度", FY), pct(1, "3・3%", 3.3),
    trap(amt(1, "2兆0137億円", 2013700000000, role=B, fy=FY), "一般会計", "account total"),
    trap(amt(1, "2兆円", 2000000000000, None, role=O, fy=FY, q=("at_least",)), "一般会計 2兆円を超え",
         "a threshold passed, not this year's figure"),
    amt(2, "8億4955万円", 849550000, role=B, fy=FY),
    pct(3, "4・1%", 4.1),
    trap(amt(3, "1兆2547億円", 1254700000000, role=O, fy=FY), "県税収入", "revenue"),
    trap(amt(4, "419億円", 41900000000, role=O, fy=FY), "県債発行額の減少", "change"),
    trap(amt(4, "1966億円", 196600000000, role=O, fy=FY), "県債の新規発行額", "revenue (borrowing)"),
]
ROWS = [dict(line=2, text="8億4955万円", budget_yen=849550000, fy=FY, program="県立相原高校の移転 (校舎等の新築工事)",
             role=B, ministry="神奈川県", why="a work's appropriation in the 2016年度当初予算案 (`…を計上`)")]
NOT_ROWS = traps(M)
