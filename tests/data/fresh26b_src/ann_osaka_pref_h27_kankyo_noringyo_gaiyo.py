from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "osaka_pref_h27_kankyo_noringyo_gaiyo"
# 大阪府 環境農林水産部's 平成27年度当初予算案の概要 (a PDF's text on expydoc). The header box is a legend: `上段 中段 下段` =
# `平成27年度当初 平成26年度当初 平成26年度最終` (lines 11-16), and every figure under it is written WITH its unit, one a line
# (`185億3,328万7千円`): amounts (the shape's variant where the cells carry their unit; fresh11a's 大刀洗町 cells with 億).
# The legend, not the line, gives each figure's year and role (GUIDE: a table's header sets the fy; fresh24a's `( )は
# R7当初予算` legend): the 上段 `budget` FY2015, the 中段 `previous_budget` FY2014, the 下段 (平成26年度最終予算額)
# `previous_budget` FY2014 (blind audit: the year before's final budget beside the year's figure is `previous_budget`,
# fresh14d's `前年度最終予算`; fresh5a's `budget` is a 最終予算額 of the page's own year). The department's 一般会計 and 特別会計
# totals are traps; the first programme `(1) 新たなエネルギー社会の構築 推進事業費` (lines 38-39) gives the one row, its 中段 its
# previous_budget_yen, its 下段 a trap. `101.0%`, `132.4%` percents (前年比 27当初/26当初); `3つの柱` 3 つ. Not mentions:
# `27当初/26当初` (era-less), the phone numbers, `Ⅰ.`, `(1)`, `①`; `「平成25年度再生可能エネルギー等導入推進基金(GND基金)」`
# is a quoted fund name (GUIDE: years inside quoted titles and names are no mentions; arguable).
B, P = "budget", "previous_budget"
M = [
    fyr(1, "平成27年度", 2015), fyr(2, "平成27年度", 2015),
    fyr(7, "平成27年度", 2015), fyr(8, "平成26年度", 2014), fyr(9, "平成26年度", 2014),
    fyr(14, "平成27年度", 2015), fyr(15, "平成26年度", 2014), fyr(16, "平成26年度", 2014),
    trap(amt(17, "185億3,328万7千円", 18533287000, fy=2015), "一般会計 平成27年度当初予算額", "the department's general-account total"),
    trap(amt(18, "183億5,244万7千円", 18352447000, role=P, fy=2014), "一般会計 平成26年度当初予算額",
         "the department's previous-year general-account total"),
    trap(amt(19, "158億2,010万6千円", 15820106000, role=P, fy=2014), "一般会計 平成26年度最終予算額",
         "the department's general-account total, the previous year's final budget"),
    pct(20, "101.0%", 101.0),
    fyr(25, "平成27年度", 2015), fyr(26, "平成26年度", 2014), fyr(27, "平成26年度", 2014),
    trap(amt(29, "14億9,636万5千円", 1496365000, fy=2015), "特別会計 平成27年度当初予算額", "the department's special-account total"),
    trap(amt(30, "11億3,044万9千円", 1130449000, role=P, fy=2014), "特別会計 平成26年度当初予算額",
         "the department's previous-year special-account total"),
    trap(amt(31, "9億3,307万2千円", 933072000, role=P, fy=2014), "特別会計 平成26年度最終予算額",
         "the department's special-account total, the previous year's final budget"),
    pct(32, "132.4%", 132.4),
    amt(42, "14億5,574万8千円", 1455748000, fy=2015),
    trap(amt(43, "14億8,170万2千円", 1481702000, role=P, fy=2014), "新たなエネルギー社会の構築推進事業費 平成26年度当初",
         "the previous year's figure of a row (its previous_budget_yen)"),
    trap(amt(44, "12億6,677万1千円", 1266771000, role=P, fy=2014), "新たなエネルギー社会の構築推進事業費 平成26年度最終",
         "the previous year's final budget of the row's programme"),
    cnt(44, "3つ", 3, "つ"),
]
ROWS = [
    dict(line=42, text="14億5,574万8千円", budget_yen=1455748000, previous_budget_yen=1481702000, fy=2015,
         program="新たなエネルギー社会の構築推進事業費", aliases=["新たなエネルギー社会の構築"], role=B, ministry="大阪府",
         why="the 上段 (平成27年度当初) of a programme's stacked 事業費 under the header legend `上段 中段 下段`"),
]
NOT_ROWS = traps(M)
