from kinds import amt, cnt, fyr, trap, traps

DOC = "pref_h28_kanri_jigyo_hyoka_chosho"
# A prefecture's 管理事業評価調書 sample (its 行革 programme, code 0520; the page names no prefecture), one cell a line.
# The cost block (人件費 / 事業費 / 公債費 / 計 per year) is bare cells under `千円` lines: no mentions (GUIDE: bare numbers
# in tables); the four totals written with their own unit (`115,972 千円` …) are `other` (人件費 + 事業費 + 公債費, i.e. a
# トータルコスト, and settled 決算 figures: fresh's tottori sheet and 小川村), fy null (the columns' years are era-less and
# their order is not recoverable from the flattened cells), traps; the three `0 千円` (受益者負担 / 一般財源等 of 0) `other`.
# Indicators: 行革効果額 targets and results (`毎年度20億円以上` at_least, per year as fresh20b's `毎年度の`, audit21a; `20億円`, `31億円`, `33億円`), the prefecture's
# expected burden (`108億円`, `前年度314億円以下` at_most, `253億円`), `17円` per resident: `other`, fy null, traps (indicator
# values, not appropriations). Counts: staff `11.90人`, `9.90人`, the `0人` cells; `全91指標` (twice); `7,000件` target and four
# results. `48/91指標`, `46/91指標` no mentions (a ratio of indicators, as fractions). `平成28年度`, `平成31年度までに` (null..2019,
# at_most) fiscal years; era-less `28年度`, `27年度`, `26年度`, `27~31年度` no mentions.
O = "other"
COST = "a programme's total cost (人件費+事業費+公債費) on an evaluation sheet: a settled / mixed figure, no appropriation"
IND = "an indicator's target or result on an evaluation sheet, not money appropriated"
M = [
    fyr(3, "平成28年度", 2016),
    cnt(41, "11.90人", 11.9, "人"),
    cnt(42, "0人", 0, "人"),
    cnt(43, "0人", 0, "人"),
    cnt(44, "0人", 0, "人"),
    cnt(50, "9.90人", 9.9, "人"),
    cnt(51, "0人", 0, "人"),
    cnt(56, "0人", 0, "人"),
    amt(61, "0 千円", 0, role=O),
    amt(62, "0 千円", 0, role=O),
    amt(63, "0 千円", 0, role=O),
    trap(amt(64, "115,972 千円", 115972000, role=O), "管理事業 コスト計", COST),
    trap(amt(65, "132,275 千円", 132275000, role=O), "管理事業 コスト計", COST),
    trap(amt(66, "131,284 千円", 131284000, role=O), "管理事業 コスト計", COST),
    trap(amt(67, "136,638 千円", 136638000, role=O), "管理事業 コスト計", COST),
    trap(amt(102, "20億円", 2000000000, None, role=O, q=("at_least",), per="year"), "行革効果額 目標 (毎年度)", IND),
    trap(amt(103, "20億円", 2000000000, role=O), "行革効果額 目標", IND),
    trap(amt(104, "31億円", 3100000000, role=O), "行革効果額 実績", IND),
    trap(amt(105, "20億円", 2000000000, role=O), "行革効果額 目標", IND),
    trap(amt(106, "33億円", 3300000000, role=O), "行革効果額 見込", IND),
    cnt(108, "91指標", 91, "指標"),
    cnt(111, "91指標", 91, "指標"),
    trap(amt(114, "108億円", 10800000000, role=O), "出資法人 県負担見込額", IND),
    trap(amt(115, "314億円", None, 31400000000, role=O, q=("at_most",)), "出資法人 県負担見込額 目標", IND),
    trap(amt(116, "253億円", 25300000000, role=O), "出資法人 県負担見込額", IND),
    fyr(117, "平成31年度", None, 2019, q=("at_most",)),
    cnt(117, "7,000件", 7000, "件"),
    cnt(118, "4,810件", 4810, "件"),
    cnt(119, "5,166件", 5166, "件"),
    cnt(120, "4,080件", 4080, "件"),
    cnt(121, "4,436件", 4436, "件"),
    trap(amt(125, "17円", 17, role=O), "県民あたりコスト", IND),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
