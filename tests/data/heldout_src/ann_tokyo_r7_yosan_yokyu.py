DOC = "tokyo_r7_yosan_yokyu"
F = 2025
AMOUNTS = [
    (8, "8兆8,215億円", 8821500000000, 8821500000000, "budget", F),
    (8, "3,685億円", 368500000000, 368500000000, "other", F),
    (9, "6兆3,607億円", 6360700000000, 6360700000000, "budget", F),
    (9, "1,699億円", 169900000000, 169900000000, "other", F),
    (10, "1兆9,342億円", 1934200000000, 1934200000000, "budget", F),
    (10, "196億円", 19600000000, 19600000000, "other", F),
]
ROWS = []
def n(line, text, yen, role, what, reason):
    return dict(line=line, text=text, value_yen=yen, fy=F, mention_role=role, what=what, reason=reason)
NOT_ROWS = [
    n(8, "8兆8,215億円", 8821500000000, "budget", "一般会計予算の各局要求総額", "an account's total request (every bureau), not a programme"),
    n(8, "3,685億円", 368500000000, "other", "6年度予算と比較し…の増", "change against last year's budget"),
    n(9, "6兆3,607億円", 6360700000000, "budget", "特別会計予算の各局要求総額", "total request of the special accounts"),
    n(9, "1,699億円", 169900000000, "other", "6年度予算と比較し…の増", "change against last year's budget"),
    n(10, "1兆9,342億円", 1934200000000, "budget", "公営企業会計予算の各局要求総額", "total request of the enterprise accounts"),
    n(10, "196億円", 19600000000, "other", "6年度予算と比較し…の増", "change against last year's budget"),
]
