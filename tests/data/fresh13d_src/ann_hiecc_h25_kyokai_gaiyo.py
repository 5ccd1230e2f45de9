from kinds import amt, cnt, date, fyr, trap, traps

DOC = "hiecc_h25_kyokai_gaiyo"
# (公社)北海道国際交流・協力総合センター (HIECC), its page in a directory of 地域国際化協会 (`2 地域国際化協会の概要`,
# paperzz copy): a profile table flattened one cell a line (labels first, then values), then `平成25年度 … 主要事業` with
# each 事業's `予算額(N千円)`. Rows (budget FY2013, from `平成25年度` heading the 主要事業): 奨学助成金の支給
# (`(12,173千円)` on its own line under `予算額`), 外国人留学生受入促進事業 (`予算額(1,000千円)`), 海外派遣事業
# (`予算額(2,012千円)`). The bracket here is the plan year's figure, NOT a previous year (no pair: the label `予算額`
# sits before it; NEW, arguable against the GUIDE's `X（Y）` pairs). Traps: `基本財産/年間予算額` → `0千円/149,271千円`:
# the endowment (other) and the body's whole annual budget (budget, no year written beside it: fy null; a total over
# every programme of the body, not a programme: NEW, arguable), the members' yearly fees `年会費5,000円`, `2,000円`,
# `10,000円` (other, per year) and the scholarship's `支給月額:20,000円` (support, per month: a per-recipient size).
# `1978(昭和53)年4月` and `1998(平成10)年3月` are one date each (Gregorian and era together); `〒060-0003`, the
# phone numbers, `12F`, `405.16㎡` (area) are no mentions; `年4回`, `年3回` counts of issues.
B, S, O = "budget", "support", "other"
R_FEE = "a member's yearly fee (a price), not a budget"
M = [
    date(20, "1978(昭和53)年4月", "1978-04"), date(20, "1998(平成10)年3月", "1998-03"),
    trap(amt(21, "0千円", 0, role=O), "基本財産 0千円", "the endowment (a stock), not a budget"),
    trap(amt(21, "149,271千円", 149271000), "年間予算額 149,271千円",
         "the body's whole annual budget (every programme summed), not a programme's; no year beside it"),
    cnt(22, "234人", 234, "人"), trap(amt(22, "5,000円", 5000, role=O, per="year"), "個人会員 年会費", R_FEE),
    trap(amt(22, "2,000円", 2000, role=O, per="year"), "特例会費", R_FEE), cnt(22, "498団体", 498, "団体"),
    trap(amt(23, "10,000円", 10000, role=O, per="year"), "法人等会員 年会費", R_FEE),
    cnt(24, "34人", 34, "人"), cnt(24, "1人", 1, "人"), cnt(24, "15人", 15, "人"), cnt(24, "1人", 1, "人"),
    cnt(24, "7人", 7, "人"), cnt(24, "2人", 2, "人"), cnt(24, "3人", 3, "人"), cnt(24, "2人", 2, "人"),
    date(25, "昭和54年1月", "1979-01"),
    date(26, "平成22年1月", "2010-01"),
    cnt(28, "4回", 4, "回"), cnt(28, "3回", 3, "回"),
    fyr(36, "平成25年度", 2013),
    trap(amt(36, "20,000円", 20000, role=S, fy=2013, per="month"), "奨学助成金 支給月額",
         "a per-recipient size (支給月額), not a budget"),
    cnt(36, "50人", 50, "人"),
    amt(39, "12,173千円", 12173000, fy=2013),
    amt(41, "1,000千円", 1000000, fy=2013),
    cnt(43, "6名", 6, "名"),
    amt(45, "2,012千円", 2012000, fy=2013),
]
MIN = "(公社)北海道国際交流・協力総合センター"
W = "`予算額` of a 主要事業 under `平成25年度` (the body's programme of the year)"
ROWS = [
    dict(line=39, text="12,173千円", budget_yen=12173000, fy=2013, program="外国人留学生国際交流支援 奨学助成金の支給",
         aliases=["外国人留学生国際交流支援奨学助成金"], role=B, ministry=MIN, why=W + "; `(12,173千円)` on its own line"),
    dict(line=41, text="1,000千円", budget_yen=1000000, fy=2013, program="外国人留学生受入促進事業", role=B,
         ministry=MIN, why=W),
    dict(line=45, text="2,012千円", budget_yen=2012000, fy=2013, program="海外派遣事業", role=B, ministry=MIN, why=W),
]
NOT_ROWS = traps(M)
