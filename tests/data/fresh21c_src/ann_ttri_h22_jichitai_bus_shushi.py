from kinds import date, pct

DOC = "ttri_h22_jichitai_bus_shushi"
# ttri.or.jp (a transport research foundation's report library): e-book page 7/61 of 報告書
# 自治体バスの運賃以外の収入に関する調査研究 (平成22年度): the share of
# fare revenue in community buses' income (`84%`, `9割以上`, `9割未満`, `16%`), public buses' 経常収支比率 (`100%`), the share
# under a 収支率 of 0.5 (`7割`). `平成20年10月から11月` two dates (GUIDE: the two ends of XからY are two points), `平成15年~19年` one
# span. `7/61` a page number, `n=682` no counter, `×100` and `0.5` bare ratios. No amounts.
M = [
    date(3, "平成20年10月", "2008-10"),
    date(3, "11月", "2008-11"),
    pct(3, "84%", 84),
    pct(3, "9割", 90, None, q=("at_least",)),
    pct(3, "9割", None, 90, q=("at_most",)),
    pct(3, "16%", 16),
    pct(3, "9割", 90, None, q=("at_least",)),
    pct(3, "84%", 84),
    date(3, "平成15年~19年", "2003", "2007"),
    pct(3, "100%", 100),
    pct(3, "7割", 70),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
