from kinds import amt, date, fyr, pct, trap, traps

DOC = "obu_h30_kamiki_ippan"
# 大府市's page on the general account's first-half execution (平成30年度上半期): a revenue table `科目 予算現額 収入済額
# 収入率` with `N億N万円` cells (the unit in every cell: mentions, unlike bare cells under a header unit). The revenue
# lines' 予算現額 are `other` (revenue lines are no budget of a programme: fresh11a 浦幌町's 町税), their 収入済額 `other`
# (settled); the `合計` 予算現額 is the account's current budget (the revenue side equals it): `budget` FY2018 (NEW,
# arguable: a reader may keep it `other` as the sum of revenue lines), a trap as an account total (fresh11a). All fy 2018
# (the title's 平成30年度). `0万円` is an amount of 0. `4月から9月` two points of FY2018's first half (2018-04, 2018-09:
# the fiscal year's months, not 更新日's 2019; NEW, arguable). `ページ番号1009858` no mention.
O, B, FY = "other", "budget", 2018
R = ("a revenue line's current budget (予算現額 of a 科目)", "a revenue line, not a programme's budget")
P = ("収入済額 (revenue received in the half year)", "settled revenue, not a budget")
M = [
    fyr(1, "平成30年度", FY), date(2, "2019年3月26日", "2019-03-26"),
    date(4, "4月", "2018-04"), date(4, "9月", "2018-09"),
]
for ln, bud, bv, got, gv, p in [
    (11, "181億6,311万円", 18163110000, "109億5,059万円", 10950590000, 60.3),
    (12, "41億8,807万円", 4188070000, "13億3,021万円", 1330210000, 31.8),
    (13, "16億8,000万円", 1680000000, "9億8,356万円", 983560000, 58.5),
    (14, "19億2,474万円", 1924740000, "2億9,768万円", 297680000, 15.5),
    (15, "10億6,916万円", 1069160000, "2億4,817万円", 248170000, 23.2),
    (16, "15億638万円", 1506380000, "0万円", 0, 0.0),
    (17, "4億6,440万円", 464400000, "2億5,442万円", 254420000, 54.8),
    (18, "34億6,466万円", 3464660000, "19億4,713万円", 1947130000, 56.2),
]:
    M += [trap(amt(ln, bud, bv, role=O, fy=FY), *R), trap(amt(ln, got, gv, role=O, fy=FY), *P), pct(ln, f"{p}%", p)]
M += [
    trap(amt(19, "324億6,052万円", 32460520000, role=B, fy=FY), "合計 予算現額 (the general account's current budget)",
         "an account's total (an account is not a programme)"),
    trap(amt(19, "160億1,176万円", 16011760000, role=O, fy=FY), *P), pct(19, "49.3%", 49.3),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
