from kinds import amt, cnt, date, trap, traps

DOC = "toyama_2018_saijo_pfi_boshu_yoryo"
# 富山市's call for proposals (募集要領) of its 斎場再整備事業 (PFI, BTO), as a construction paper reports it (senmonshi.com).
# The page names no year; the schedule fixes it (`19年2月の仮事業契約`, `19年度から設計`): 2018, and `3月市議会` 2019-03 (a
# session named by its month, after the roll-over from 12月, GUIDE). `9月19〜21日`, `10月29〜31日` one range each;
# `11月下旬`, `12月上旬` months (下旬 / 上旬 dropped). `19年2月`, `19年度`, `21年度内`, `41年3月末まで`: two-digit years
# without an era, no mentions (blind audit: were a date, two fiscal years and a deadline; GUIDE: a year without an era
# or four digits; fresh16c's `22年5月`, fresh17e's `17~19年度`), though they fix the call's year. `提案価格の上限価格は67億2600万円`: the
# cap of the contract's price, `other`, at_most, min null, fy null, a trap (fresh14c call 2). `総合評価値945点以上` a count
# of 点 at_least (fresh14c call 4); `1社以上` a count at_least. `西番135番地` (an address), `3320平方メートル`, `4095平方メートル`
# (areas) no mentions.
M = [
    date(1, "9月19〜21日", "2018-09-19", "2018-09-21"), date(1, "10月29〜31日", "2018-10-29", "2018-10-31"),
    cnt(2, "945点", 945, "点", None, q=("at_least",)), cnt(2, "1社", 1, "社", None, q=("at_least",)),
    date(3, "11月", "2018-11"), date(3, "12月", "2018-12"), date(3, "3月", "2019-03"),
    trap(amt(4, "67億2600万円", None, 6726000000, role="other", q=("at_most",)), "富山市斎場再整備事業 提案価格の上限価格",
         "the cap of a PFI contract's price in a call for proposals, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
