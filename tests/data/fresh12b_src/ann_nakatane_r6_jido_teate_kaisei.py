from kinds import amt, cnt, date, trap, traps

DOC = "nakatane_r6_jido_teate_kaisei"
# 鹿児島県中種子町's guide to the 令和6年10月 change of 児童手当: the old and new `手当月額` (line 11) flattened one cell a
# line, the old under `改正前(令和6年9月まで)`, the new under `改正後(令和6年10月から)` (line 10). Each a benefit per child:
# `support`, per `month` (the `手当月額` label reaches its cells, GUIDE), fy null (the column labels are dates, not fiscal
# years: NEW, arguable, a reader could give the new amounts FY2024), traps. The heading's `3万円` (line 9, `支給額`) the
# same benefit, per null. Dates: `令和6年10月分(令和6年12月支給分)` two dates; `令和6年9月まで` null..2024-09 at_most,
# `令和6年10月から` a point (GUIDE). `年3回`, `年6回` counts (×2 each). Not mentions: ages (`3歳未満`, `18歳`, `19歳から
# 22歳年代`), ordinals (`第1子`, `第3子以降`), the recurring months `6月・10月・2月`, `最初の3月31日` (a day fixed by each
# child's birthday), the phone number.
SU = "support"
t = trap


BEN = "a benefit per child per month (support), no budget"


def ben(line: int, text: str, value: int, what: str) -> dict:
    return t(amt(line, text, value, role=SU, per="month"), f"手当月額 {what}", BEN)


M = [
    date(1, "2025年10月7日", "2025-10-07"),
    date(3, "令和6年10月", "2024-10"), date(3, "令和6年12月", "2024-12"),
    t(amt(9, "3万円", 30000, role=SU), "改正後 第3子以降の支給額", "a benefit per child (support), no budget"),
    date(10, "令和6年9月", None, "2024-09", q=("at_most",)), date(10, "令和6年10月", "2024-10"),
    ben(12, "15,000円", 15000, "改正前 3歳未満"),
    ben(14, "10,000円", 10000, "改正前 3歳から小学校修了まで 第1子・第2子"),
    ben(15, "15,000円", 15000, "改正前 3歳から小学校修了まで 第3子以降"),
    ben(16, "10,000円", 10000, "改正前 中学生"),
    ben(17, "5,000円", 5000, "改正前 所得制限限度額以上(特例給付)"),
    ben(19, "15,000円", 15000, "改正後 3歳未満 第1子・第2子"),
    ben(20, "30,000円", 30000, "改正後 3歳未満 第3子以降"),
    ben(22, "10,000円", 10000, "改正後 3歳から高校生年代まで 第1子・第2子"),
    ben(23, "30,000円", 30000, "改正後 3歳から高校生年代まで 第3子以降"),
    cnt(24, "3回", 3, "回"), cnt(24, "6回", 6, "回"),
    cnt(25, "3回", 3, "回"), cnt(25, "6回", 6, "回"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
