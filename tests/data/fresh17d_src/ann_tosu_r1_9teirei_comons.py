from kinds import amt, date, dur, trap, traps

DOC = "tosu_r1_9teirei_comons"
# 佐賀県鳥栖市議会's 令和元年9月定例会, its opening day, as comons.me reports it: the mayor's explanation of the supplementary
# (議案乙第17号). `補正予算の総額は5億7,095万9,000円`: the addition, supplementary_budget; `既決の予算と合わせると
# 265億5,644万9,000円`: the total after, budget; FY2019 (a September session's in-year supplementary: fy from the session's
# date, fresh), traps. Its measures (給付金, 見舞金, 井堰の改修費, 発掘調査) are named without figures. `令和元年9月定例会`
# a date 2019-09 (a session named by its month); `本日から10月7日までの36日間`: the end a point (the range's まで adds no
# qualifier, GUIDE) and 36 days; `9月3日から6日までの4日間`: two points and 4 days; `午前10時08分` a clock time.
S, B = "supplementary_budget", "budget"
FY = 2019
M = [
    date(1, "令和元年9月", "2019-09"), date(2, "10月7日", "2019-10-07"), dur(2, "36日間", 36, "day"),
    trap(amt(4, "5億7,095万9,000円", 570959000, role=S, fy=FY), "補正予算(議案乙第17号)の総額", "supplementary total"),
    trap(amt(4, "265億5,644万9,000円", 26556449000, role=B, fy=FY), "既決予算と合わせた額", "account total after a supplementary"),
    date(7, "9月3日", "2019-09-03"), date(7, "6日", "2019-09-06"), dur(7, "4日間", 4, "day"),
]
ROWS: list = []
NOT_ROWS = traps(M)
