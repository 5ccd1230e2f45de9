from kinds import amt, cnt, fyr, trap, traps

DOC = "edogawa_jouyozei_gakko_mokushitsuka_focus"
# 森林文化協会's FOCUS article on cities' use of the transfer, its first case 江戸川区 (東京都): the tax `1人年1千円` from
# `2024年度` (`other`, per year: `年` beside the figure; fy null: a standing rate, as 洲本市's `1人当たり1,000円`; a trap),
# the ward's `約69万人` (69万人, approx), and `20年度は瑞江第三中学校に約5500万円を投じ` (a past year's spending on a school's
# wood interior: `other`, approx, fy 2020 from the two-digit `20年度`, its century fixed by `2024年度`: fresh4 / fresh10b;
# a trap). Two-digit `19年度`, `20年度`, `21年度` no mentions; `約半数` no mention (no numeral); `①②③` list marks; the
# percent-encoded image name on line 6 holds no mention. The page is cut in the 21年度 sentence.
M = [
    fyr(3, "2024年度", 2024),
    trap(amt(3, "1千円", 1000, role="other", per="year"), "森林環境税 1人年",
         "the national tax's yearly rate per person, not a programme's money"),
    cnt(8, "69万人", 690000, "人", q=("approx",)),
    trap(amt(9, "5500万円", 55000000, role="other", fy=2020, q=("approx",)), "瑞江第三中学校 図書館の木質化 (20年度)",
         "a past year's spending on one school's interior, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
