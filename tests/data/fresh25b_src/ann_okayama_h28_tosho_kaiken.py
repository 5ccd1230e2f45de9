from kinds import amt, fyr, pct, trap, traps

DOC = "okayama_h28_tosho_kaiken"
# 岡山県's governor presenting the FY2016 initial budget (press conference). The page title `平成28年度当初予算について`
# counts (fresh11c: a page title is not a publication title); the quoted material names `「平成28年度当初予算要求額からの
# 増減」`, `「当初予算のあらまし」` no mentions (GUIDE: quoted titles). `平成28年度当初予算額は、約7,191億円` budget
# FY2016, approx, a trap (the account total); `要求段階から、6億円弱の減` other, approx (`弱`, fresh's `四億円弱`), a
# trap (a change against the requests); `約135億円の増` other, approx, a trap. The added programmes `(2)番`…`(15)番` are
# list numbers and carry no figures: no row. `2枚目`, `1ページ` no mentions.
B, O, FY = "budget", "other", 2016
M = [
    fyr(1, "平成28年度", FY),
    fyr(2, "平成28年度", FY),
    fyr(3, "平成28年度", FY),
    trap(amt(3, "7,191億円", 719100000000, fy=FY, q=("approx",)), "平成28年度当初予算額", "the account total"),
    trap(amt(3, "6億円", 600000000, role=O, fy=FY, q=("approx",)), "要求段階からの減", "a change"),
    fyr(5, "平成28年度", FY), pct(5, "1.9%", 1.9),
    trap(amt(5, "135億円", 13500000000, role=O, fy=FY, q=("approx",)), "対前年度 増", "a change"),
]
ROWS = []
NOT_ROWS = traps(M)
