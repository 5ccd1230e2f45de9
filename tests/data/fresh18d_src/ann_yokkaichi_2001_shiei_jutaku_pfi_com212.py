from kinds import amt, date, dur, trap, traps

DOC = "yokkaichi_2001_shiei_jutaku_pfi_com212"
# 三重県四日市市 decided to rebuild old 市営住宅 by PFI (a short news item on com212.com, 2001-02-28). `1戸当たり400〜700万円の
# コストダウン`: the saving per dwelling against the city building them itself (the VFM per unit), `other`, a range, fy null,
# a trap (as 福知山市's `約2億4000万円のコスト縮減`; per 戸 is no `per` of the GUIDE's). `築後40年以上` a duration at_least.
M = [
    date(1, "2001-02-28", "2001-02-28"),
    dur(2, "40年", 40, "year", None, q=("at_least",)),
    trap(amt(2, "400〜700万円", 4000000, 7000000, role="other"), "市営住宅建替 PFI のコストダウン見込み (1戸当たり)",
         "the saving per dwelling a PFI is expected to bring, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
