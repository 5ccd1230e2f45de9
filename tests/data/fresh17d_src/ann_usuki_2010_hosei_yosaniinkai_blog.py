from kinds import amt, cnt, dur, trap, traps

DOC = "usuki_2010_hosei_yosaniinkai_blog"
# 大分県臼杵市議会: a council member's blog (usuki.blogspot.com, 2010/07) on how the assembly's 予算委員会 examines a
# supplementary, and the supplementary it passed. The text writes NO year: fy null on every amount.
# `代表的なものとしては、次のとおりです。(数字は万円)` declares the unit ONCE for the list under it; the items' figures
# `210`, `1900`, `250` stand bare (`王貞治氏講演会開催補助 210・・・`): NO mentions (NEW for prose lists, following the
# GUIDE's bare numbers under a header unit and fresh11a / fresh12c's table cells; arguable: a reader could take
# 210万円, 1,900万円 and 250万円 as three supplementary rows). What is written with a unit is the supplementary's total
# (`計5億2千万円ほどを追加補正`: supplementary_budget, approx (`ほど` read as 程度), a trap) and the account's total after it
# (`補正後の一般会計予算は、約183億8千万円`: budget, approx, a trap). `2軍戦` a name; `親子300組` a count of 組; `8ヶ月間`
# 8 months; `計14回` a count; the page's widget `0 件のコメント` a count of 0 件 (arguable: page furniture).
S, B = "supplementary_budget", "budget"
M = [
    cnt(10, "300組", 300, "組"), dur(13, "8ヶ月間", 8, "month"), cnt(14, "14回", 14, "回"),
    trap(amt(15, "5億2千万円", 520000000, role=S, q=("approx",)), "補正予算の追加額 (子供手当など)", "supplementary total"),
    trap(amt(16, "183億8千万円", 18380000000, role=B, q=("approx",)), "補正後の一般会計予算", "account total after a supplementary"),
    cnt(17, "0 件", 0, "件"),
]
ROWS: list = []
NOT_ROWS = traps(M)
