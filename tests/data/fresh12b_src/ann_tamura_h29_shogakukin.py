from kinds import amt, date, dur, trap, traps

DOC = "tamura_h29_shogakukin"
# 福島県田村市's guide to its scholarship LOANS (掲載日 2017年1月4日, 申込期限 平成29年3月24日). Each `(月額) N円以内` is the
# most lent to one student a month: a cap of a benefit per recipient, `support`, at_most, min null, per `month` (`(月額)`
# written on the line); the one-off sums `一時金 N円以内` the same with per null. fy null (no 年度 written; the deadline
# in March 2017 hints FY2017, a reader's inference). All traps. `1年以上` a duration (at_least), `3カ月後` a duration
# (`カ月` → month), the deadline a date. `毎年` is no mention.
SU = "support"
t = trap


CAP = "a cap of the scholarship lent per student (support), no budget"


def cap(line: int, text: str, value: int, what: str, per: str | None = "month") -> dict:
    return t(amt(line, text, None, value, role=SU, q=("at_most",), per=per), what, CAP)


M = [
    date(2, "2017年1月4日", "2017-01-04"),
    dur(7, "1年", 1, "year", None, q=("at_least",)),
    cap(14, "15,000円", 15000, "高等学校 自宅通学 月額"),
    cap(15, "30,000円", 30000, "高等学校 自宅外通学 月額"),
    cap(17, "20,000円", 20000, "専修・各種学校、高専、短大 自宅通学 月額"),
    cap(18, "40,000円", 40000, "専修・各種学校、高専、短大 自宅外通学 月額"),
    cap(19, "300,000円", 300000, "専修・各種学校、高専、短大 一時金", None),
    cap(21, "30,000円", 30000, "大学 自宅通学 月額"),
    cap(22, "50,000円", 50000, "大学 自宅外通学 月額"),
    cap(23, "600,000円", 600000, "大学 一時金", None),
    dur(27, "3カ月", 3, "month"),
    date(29, "平成29年3月24日", "2017-03-24"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
