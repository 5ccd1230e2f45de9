from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "yoshinogawa_shogakukin_taiyo"
# 徳島県吉野川市's guide to its scholarship LOANS (公開日 2016年06月13日). The amounts under `区分 金額(月額)` (line 11) are
# the sum lent to each student a month: `support` (a benefit per recipient, lent interest-free: NEW, arguable, a loan
# per student read as the grant per recipient it replaces, not as `other`), per `month` (the header's `(月額)` reaches its
# cells, as a header's `上限` does, GUIDE), fy null, traps. Terms: residence `2年以上` (at_least), `1年経過後` a duration,
# `年1回` a count, repayment `15年以内` / `20年以内` (at_most), late interest `年7.3%` a percent. `毎年、3月1日~31日` is a
# recurring window: no date (earlier calls). `令和元年度をもって` a fiscal year (2019, a point). Not mentions: list numbers
# `1.` `2.` `3.`, the ordinals `第4・第5学年`, `第1~第3学年`, the phone number.
SU = "support"
t = trap


LOAN = "a scholarship lent per student per month (support), no budget"
M = [
    date(2, "2016年06月13日", "2016-06-13"),
    dur(5, "2年", 2, "year", None, q=("at_least",)),
    t(amt(12, "20,000円", 20000, role=SU, per="month"), "貸与金額 高等専門学校(第4・第5学年) 月額", LOAN),
    t(amt(13, "20,000円", 20000, role=SU, per="month"), "貸与金額 国公立大学(短大含む) 月額", LOAN),
    t(amt(14, "25,000円", 25000, role=SU, per="month"), "貸与金額 私立大学(短大含む) 月額", LOAN),
    dur(16, "1年", 1, "year"), cnt(16, "1回", 1, "回"),
    dur(17, "15年", None, "year", 15, q=("at_most",)),
    dur(18, "20年", None, "year", 20, q=("at_most",)),
    pct(19, "7.3%", 7.3),
    fyr(22, "令和元年度", 2019),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
