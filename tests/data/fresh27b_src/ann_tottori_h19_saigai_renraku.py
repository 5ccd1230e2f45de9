from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "tottori_h19_saigai_renraku"
# 鳥取県's budget-database sheet, 平成19年度 (two fiscal_year mentions), 災害復旧事業連絡調整費 (fully national money,
# `国10/10` no mention). The cost table's rows `19年度予算計上額` / `19年度予算要求額` / `18年度予算額` are era-less
# (no mentions) but set the fy of their cells with the page's 平成19年度 (dev10c): 計上額 `budget` FY2007, the row (the
# latest stage, NEW as tottori_h21), with `18年度予算額` `6,759千円` as previous_budget_yen; the request `other` (twice,
# equal in value), traps (audit28b: as the set's other H19 / H21 sheets' requests); the 課長査定 `計上額:6,272千円` a
# restatement of the row's figure, `budget`, neither row nor trap (dev10c's repeated figure). 人件費, トータルコスト
# `other` (FY2006 in the 18年度 row). The 限度額 formula: `×1.5%以内`
# percent at_most; `418,149(千円)` and `6,272(千円)` amounts (NEW: a unit in brackets right after the number is written
# next to it), `other` (a calculation: the towns' 災害復旧事業費 base and its result). `前年度予算(C=6,759千円)`
# previous_budget FY2006 and its split `5,327千円` / `1,432千円` `other` FY2006. Staff `0.76人` … counts.
O, P, FY = "other", "previous_budget", 2007
M = [
    fyr(1, "平成19年度", FY), fyr(2, "平成19年度", FY),
    amt(12, "6,272千円", 6272000, fy=FY),
    trap(amt(12, "911千円", 911000, role=O, fy=FY), "人件費(B)", "a kind of expense"),
    trap(amt(12, "7,183千円", 7183000, role=O, fy=FY), "トータルコスト(A+B)", "a cost measure adding staff cost"),
    cnt(12, "0.76人", 0.76, "人"), cnt(12, "0.00人", 0.0, "人"), cnt(12, "0.00人", 0.0, "人"),
    trap(amt(13, "6,272千円", 6272000, role=O, fy=FY), "19年度予算要求額 事業費", "the request, an earlier stage"),
    amt(13, "1,261千円", 1261000, role=O, fy=FY),
    trap(amt(13, "7,533千円", 7533000, role=O, fy=FY), "要求時のトータルコスト", "a cost measure at the request stage"),
    cnt(13, "0.76人", 0.76, "人"), cnt(13, "0.00人", 0.0, "人"), cnt(13, "0.00人", 0.0, "人"),
    trap(amt(14, "6,759千円", 6759000, role=P, fy=2006), "18年度予算額 事業費", "previous year's figure"),
    amt(14, "5,989千円", 5989000, role=O, fy=2006),
    amt(14, "7,421千円", 7421000, role=O, fy=2006),
    cnt(14, "0.74人", 0.74, "人"), cnt(14, "0.00人", 0.0, "人"), cnt(14, "0.00人", 0.0, "人"),
    trap(amt(16, "6,272千円", 6272000, role=O, fy=FY), "要求額:", "the request, an earlier stage"),
    trap(amt(16, "6,759千円", 6759000, role=P, fy=2006), "(前年度予算額 N)", "previous year's figure"),
    amt(17, "6,272千円", 6272000, fy=FY),
    pct(23, "1.5%", None, 1.5, q=("at_most",)),
    trap(amt(24, "418,149(千円)", 418149000, role=O, fy=FY), "市町村の災害復旧事業費", "the base of the formula: the towns' works"),
    amt(24, "6,272(千円)", 6272000, role=O, fy=FY),
    amt(26, "6,759千円", 6759000, role=P, fy=2006),
    trap(amt(27, "5,327千円", 5327000, role=O, fy=2006), "前年度予算の人件費", "a part of last year's figure"),
    amt(28, "1,432千円", 1432000, role=O, fy=2006),
]
ROWS = [dict(line=12, text="6,272千円", budget_yen=6272000, previous_budget_yen=6759000, fy=FY,
             program="災害復旧事業連絡調整費", role="budget",
             why="the cost table's `19年度予算計上額` 事業費 (the adopted figure) beside `18年度予算額`",
             note="restated as the request (lines 13, 16), the 課長査定 `計上額` (line 17) and the formula's result")]
NOT_ROWS = traps(M)
