from kinds import amt, cnt, date, fyr, trap, traps

DOC = "shaseishin_2023_doro_shinki_jigyoka_zenkousoku"
# 社会資本整備審議会 道路分科会 事業評価部会 (国土交通相's council) judged the new-project evaluations (新規事業採択時評価) of
# eleven national road projects for 2023年度, as 全国高速道路建設協議会's site (zenkousoku.com) reports it. Money: the
# eleven projects' summed cost `事業費計は5870億円` and the three expressway sections' `1750億円` (sums of whole-project
# costs: traps, as fresh6a's totals), and the cost-benefit figures `総費用550億円、総便益440億円` … `総便益1兆314億円` …
# `総費用8469億円` (cut): present values (fresh12a's B / C). All `other`, fy null (whole-life costs; `2023年度予算案` names
# the budget the projects enter, not these figures' year: arguable), traps. `2023年度` a fiscal year; `15日` (the
# council's day; no month written) a date, year only `2023` (the 部会 meets before the 2023年度予算案 passes, after the
# candidates are named for it; fresh7a's first call for a day with no month; arguable: it could fall in December 2022).
# `11件` (twice), `3区間` (three times) counts. B/C values (`0・8`, `1・3`, `1・1`, `0・5`) no mentions.
O = "other"
PV = "a present value of a road project's cost-benefit analysis, not a budget"
M = [
    date(1, "15日", "2023"), cnt(1, "11件", 11, "件"), cnt(1, "3区間", 3, "区間"),
    cnt(2, "11件", 11, "件"),
    trap(amt(2, "5870億円", 587000000000, role=O), "直轄道路事業11件の事業費計",
         "the summed whole-project cost of the new road projects (a total), not a budget"),
    cnt(2, "3区間", 3, "区間"),
    trap(amt(2, "1750億円", 175000000000, role=O), "高規格幹線道路3区間の事業費計",
         "the summed whole-project cost of three sections (a subtotal), not a budget"),
    fyr(2, "2023年度", 2023),
    cnt(3, "3区間", 3, "区間"),
    trap(amt(4, "550億円", 55000000000, role=O), "天城峠道路 総費用", PV),
    trap(amt(4, "440億円", 44000000000, role=O), "天城峠道路 総便益", PV),
    trap(amt(4, "8223億円", 822300000000, role=O), "伊豆縦貫道 沼津岡宮~下田 総費用", PV),
    trap(amt(4, "1兆314億円", 1031400000000, role=O), "伊豆縦貫道 沼津岡宮~下田 総便益", PV),
    trap(amt(5, "207億円", 20700000000, role=O), "益田道路 総費用", PV),
    trap(amt(5, "236億円", 23600000000, role=O), "益田道路 総便益", PV),
    trap(amt(5, "459億円", 45900000000, role=O), "三隅・長門道路 総費用", PV),
    trap(amt(5, "239億円", 23900000000, role=O), "三隅・長門道路 総便益", PV),
    trap(amt(5, "8469億円", 846900000000, role=O), "山陰道 浜田~小月 総費用", PV),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
