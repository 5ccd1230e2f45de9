from kinds import amt, dur, fyr, trap, traps

DOC = "nagareyama_r5_sainyu_gaiyo_jcp"
# 千葉県流山市's 令和5年度一般会計予算, its 歳入 as the 日本共産党流山市議団 summarises it: the 歳入 total, the 市税 (市民税,
# 固定資産税, 市税全体) with their changes, the 地方債, the 基金 drawdown and balance, and the COVID measures' expenses. The
# title `令和5年度一般会計予算の概要` labels every amount of the year: fy 2023 (GUIDE's title rule). Revenues (歳入 total:
# fresh9b `other`; 市税, 地方債, 基金繰入), the fund balance, changes and 20-year comparisons: `other`, traps; the
# 20-year changes and per-resident figures fy null (a span or another year), except the balance per resident now
# (`4万円`, 2023). `171億4千万円弱` approx (fresh's `四億円弱`); `26億6千万円余` at_least (fresh16b's 安城市 `…万円余`).
# `65.9千万円` = 659,000,000 (千万円 ×10^7, as written). The expenses of the COVID measures `3億7千万円` in the year's
# budget: a budgets ROW (`budget`, fy 2023; ambiguous: a heading that gathers several measures' expenses), its change
# `7億7千万円` a trap. `20年間`, `20年前` durations of 20 years (GUIDE: `9年ぶり` a duration). `2.2倍` no kind.
O = "other"
R = "a revenue, a fund balance or a change of them, not a programme's budget"


def o(line: int, text: str, v: int, what: str, fy: int | None = 2023, q: tuple[str, ...] = ()) -> dict:
    return trap(amt(line, text, v, role=O, fy=fy, q=q), what, R)


M = [
    fyr(1, "令和5年度", 2023),
    o(2, "856億1千万円", 85610000000, "収入(歳入) 総額"),
    o(5, "12億3千万円", 1230000000, "市民税 前年度比 増加"),
    o(5, "171億4千万円", 17140000000, "市民税", q=("approx",)),
    dur(5, "20年間", 20, "year"), o(5, "67億7千万円", 6770000000, "市民税 20年間の増加", fy=None),
    o(5, "9億円", 900000000, "固定資産税 前年度比 増加"), o(5, "132億7千万円", 13270000000, "固定資産税"),
    dur(5, "20年間", 20, "year"), o(5, "65.9千万円", 659000000, "固定資産税 20年間の増加", fy=None),
    o(5, "23億4千万円", 2340000000, "市税全体 前年度比 増加"), o(5, "342億7千万円", 34270000000, "市税全体"),
    o(7, "95億9千万円", 9590000000, "地方債"),
    dur(7, "20年間", 20, "year"), o(7, "304億円", 30400000000, "地方債 20年間の増加", fy=None),
    o(7, "7万1千円", 71000, "地方債 市民一人当たり 増加", fy=None),
    o(9, "49億6千万円", 4960000000, "基金取崩し(繰入)"),
    o(9, "26億6千万円", 2660000000, "基金取崩し 前年度比 増加", q=("at_least",)),
    o(9, "83億8千万円", 8380000000, "基金 年度末残高"),
    dur(9, "20年前", 20, "year"), o(9, "10億円", 1000000000, "基金残高 20年前比 減少", fy=None, q=("approx",)),
    o(9, "6万2千円", 62000, "基金残高 市民一人当たり (20年前)", fy=None),
    o(9, "4万円", 40000, "基金残高 市民一人当たり"),
    o(9, "2万2千円", 22000, "基金残高 市民一人当たり 減少", fy=None),
    trap(amt(10, "7億7千万円", 770000000, role=O, fy=2023), "新型コロナウイルス感染症対策の経費 前年度比 減少",
         "a change of a budget against the year before, not the budget"),
    amt(10, "3億7千万円", 370000000, role="budget", fy=2023),
]
ROWS = [dict(line=10, text="3億7千万円", fy=2023, budget_yen=370000000, program="新型コロナウイルス感染症対策の経費",
             aliases=["新型コロナウイルス感染症対策"], role="budget", ambiguous=True,
             why="令和5年度一般会計予算の概要 (title): the expenses of the COVID measures in the year's budget, 前年度比7億7千万円減",
             note="a heading gathering several measures' expenses (a reader could call it a total, not one programme)")]
NOT_ROWS = traps(M)
