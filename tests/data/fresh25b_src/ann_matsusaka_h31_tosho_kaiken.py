from kinds import amt, date, fyr, pct, trap, traps

DOC = "matsusaka_h31_tosho_kaiken"
# 松阪市's mayor presenting the FY2019 initial budget at a press conference (発言要旨): the year said once in the
# heading (`平成31年度当初予算説明`), then era-less `31年度` (no mention, fixes fy 2019: fresh4). Everything sized is a
# total, a change, a revenue or a debt figure: no row. `31年度予算の総額…732億4,000万円` budget FY2019, a trap (the
# account total); changes (`40億8,000万円`, `7億1,000万円増`, `14億5,000万円`, `7億円の減`) other FY2019, traps; the
# revenues (`218億3,000万円`, `地方交付税が約25億円` — an increase — , 市債 `82億5,000万円`) other, traps; debt
# figures: `前年度の見込みが485億円` other FY2018 (the balance at the end of the year before; NEW, arguable), `借入額が
# 82億5,000万円`, `償還が89億4,000万円`, `31年度末の見込みが478億円` other FY2019, `市債残高が491億円…平成26年度末決算`
# other FY2014 (the settled balance of that year), traps. `30年度` (twice) era-less, no mention. The breadcrumb's
# `平成30年度分` (the archive's year) a fiscal year 2018; the date in the breadcrumb and the heading: two mentions.
B, O, FY = "budget", "other", 2019
M = [
    fyr(2, "平成30年度", 2018), date(2, "平成31年2月6日", "2019-02-06"),
    date(3, "平成31年2月6日", "2019-02-06"),
    date(4, "2019年2月13日", "2019-02-13"),
    fyr(6, "平成31年度", FY),
    trap(amt(8, "732億4,000万円", 73240000000, fy=FY), "31年度予算の総額", "the account total"),
    trap(amt(8, "40億8,000万円", 4080000000, role=O, fy=FY), "対前年度比 増", "a change"),
    pct(8, "5.9%", 5.9),
    trap(amt(9, "7億1,000万円", 710000000, role=O, fy=FY), "歳入 前年度比増", "a change of a revenue"),
    trap(amt(9, "218億3,000万円", 21830000000, role=O, fy=FY), "歳入", "a revenue"),
    trap(amt(9, "25億円", 2500000000, role=O, fy=FY, q=("approx",)), "地方交付税の伸び", "a change of a revenue"),
    pct(10, "15%", 15),
    trap(amt(10, "14億5,000万円", 1450000000, role=O, fy=FY), "市債 前年度比減", "a change of a revenue"),
    trap(amt(10, "82億5,000万円", 8250000000, role=O, fy=FY), "市債 (歳入)", "a revenue (bonds)"),
    trap(amt(11, "485億円", 48500000000, role=O, fy=2018), "市債残高 前年度の見込み", "a debt balance"),
    trap(amt(11, "82億5,000万円", 8250000000, role=O, fy=FY), "借入額", "new borrowing (a revenue)"),
    trap(amt(11, "89億4,000万円", 8940000000, role=O, fy=FY), "償還", "debt redemption"),
    trap(amt(11, "478億円", 47800000000, role=O, fy=FY), "31年度末の見込み 市債残高", "a debt balance"),
    trap(amt(11, "7億円", 700000000, role=O, fy=FY), "市債残高の減", "a change of a balance"),
    trap(amt(11, "491億円", 49100000000, role=O, fy=2014), "市長就任時の市債残高 (平成26年度末決算)", "a debt balance"),
    fyr(11, "平成26年度", 2014),
]
ROWS = []
NOT_ROWS = traps(M)
