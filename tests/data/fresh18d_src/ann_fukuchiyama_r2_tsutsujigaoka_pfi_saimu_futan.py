from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "fukuchiyama_r2_tsutsujigaoka_pfi_saimu_futan"
# 京都府福知山市's first PFI (BT: つつじが丘・向野団地 建替), as a construction paper reports it (senmonshi.com; 令和2年度,
# the December 2020 補正). `12月一般会計補正予算案に限度額47億0121万4000円の債務負担行為を設定。期間は令和2〜8年度`: a
# 債務負担行為's ceiling, `other`, at_most, min null, fy null, a trap (fresh11b 熊本市, budgets_tables: a 限度額 of what may be
# committed for later years is no budget row); `12月一般会計補正予算案` a budget's name with its month, no date (blind
# audit: was 2020-12; fresh's `6月補正`, fresh12c's `3月の補正財源`, fresh16b's `12月補正`); `令和2〜8年度` one fiscal-year range. The VFM:
# `約8・3%、約2億4000万円のコスト縮減`: a percent (the `・` read as
# the decimal point, fresh11c's `99・1%`), approx, and the saving in money, `other`, approx, fy null, a trap (NEW: a PFI's
# expected saving against the conventional method). Dwelling counts (`約150戸`, `市営73戸(簡平8戸、簡二65戸)`, `府営87戸` …)
# counts of 戸; `昭和41〜44年度`, `昭和36〜38年度` fiscal-year ranges (GUIDE; fresh11a's `平成24年度~33年度`); `2・25f`,
# `1・65f` (areas, `f` for ha) no mentions.
O = "other"
M = [
    fyr(1, "令和2年度", 2020),
    trap(amt(2, "47億0121万4000円", None, 4701214000, role=O, q=("at_most",)),
         "つつじが丘・向野団地建替事業 (PFI) 債務負担行為 限度額 (令和2〜8年度)",
         "a debt-burden ceiling over seven fiscal years for a PFI contract, not a year's budget"),
    fyr(2, "令和2〜8年度", 2020, 2026),
    cnt(3, "150戸", 150, "戸", q=("approx",)),
    fyr(4, "昭和41〜44年度", 1966, 1969), cnt(4, "73戸", 73, "戸"), cnt(4, "8戸", 8, "戸"), cnt(4, "65戸", 65, "戸"),
    cnt(4, "87戸", 87, "戸"), fyr(4, "昭和36〜38年度", 1961, 1963), cnt(4, "76戸", 76, "戸"), cnt(4, "60戸", 60, "戸"),
    cnt(4, "12戸", 12, "戸"), cnt(4, "4戸", 4, "戸"),
    pct(5, "8・3%", 8.3, q=("approx",)),
    trap(amt(5, "2億4000万円", 240000000, role=O, q=("approx",)), "PFI 導入によるコスト縮減見込み (従来方式比)",
         "the saving a PFI is expected to bring (VFM in money), not a budget"),
    fyr(6, "平成29年度", 2017), fyr(7, "令和2年度", 2020),
    fyr(9, "令和2年度", 2020), fyr(9, "令和3年度", 2021), fyr(10, "令和3年度", 2021),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
