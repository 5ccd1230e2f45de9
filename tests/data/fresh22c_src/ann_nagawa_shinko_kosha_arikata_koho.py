from kinds import amt, date, trap, traps

DOC = "nagawa_shinko_kosha_arikata_koho"
# 長野県長和町's 広報ながわ (令和5年8月号, by its address) on the committee that advised on 株式会社長和町振興公社 (keep the
# company, reduce its capital). Money: `資本金は1億円(町9,800万、商工会200万円)` — capital and the owners' shares, balances,
# `other`, fy null, traps; `9,800万` without 円 in a money sentence an amount (fresh2 / fresh4 / fresh11b). The terms
# `第23期/令和2年10月から令和3年9月` give two dates each (GUIDE: the ends of XからY); `第23期`, `第24期` (a company's term
# numbers, ordinals) no mentions; `9/33` an article counter.
O = "other"
M = [
    date(10, "令和4年4月", "2022-04"),
    date(11, "令和4年", "2022"),
    date(11, "令和4年4月", "2022-04"),
    date(13, "令和2年10月", "2020-10"),
    date(13, "令和3年9月", "2021-09"),
    date(13, "令和3年10月", "2021-10"),
    date(13, "令和4年9月", "2022-09"),
    trap(amt(14, "1億円", 100000000, role=O), "株式会社長和町振興公社 資本金", "a company's capital (a balance)"),
    trap(amt(14, "9,800万", 98000000, role=O), "長和町の出資分 (資本金のうち)", "the town's share of the capital"),
    trap(amt(14, "200万円", 2000000, role=O), "商工会の出資分", "another owner's share of the capital"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
