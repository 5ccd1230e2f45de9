from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "samani_apoi_sanso_kosha_kessan_news"
# 日高報知新聞 (on 北海道ニュースリンク, 2019 by its content) on 北海道様似町's 様似観光開発公社 (the town owns about 59%):
# the 第48期 `平成30年4―31年3月` (one span, 2018-04..2019-03: the second end's era fixed by the first) gives the results
# fy 2018: 売上 `2億679万円`, 税引き後純利益 `30万7000円`, divisions' `6438万円`, `2283万円`, `2051万円`, `2491万円`, the
# negative net assets `純資産は1414万円の赤字` (as written, positive) — `other`, traps. `本年度も2000万円を枠に公…` (the
# town's support capped for 2019, cut by the length limit): `support`, at_most, fy 2019, a trap. `29日` (no month on the
# page) and the standalone `31年3月決算` (era-less) no mentions; `9月`, `10月` of 30年度 (2018; as 新得町's `7〜9月`);
# `6期ぶり` counts of 期; `3年連続` 3 year (an earlier call: `9年連続の黒字`'s `9年`); `・` decimals.
O = "other"
FY = 2018
M = [
    cnt(3, "6期", 6, "期"),
    date(4, "平成30年4―31年3月", "2018-04", "2019-03"),
    cnt(4, "6期", 6, "期"),
    pct(5, "59%", 59, q=("approx",)),
    date(6, "9月", "2018-09"),
    pct(6, "4・7%", 4.7),
    trap(amt(6, "2億679万円", 206790000, role=O, fy=FY), "様似観光開発公社 売り上げ (第48期)", "a settled revenue total"),
    trap(amt(6, "30万7000円", 307000, role=O, fy=FY), "様似観光開発公社 税引き後純利益", "a settled result"),
    fyr(6, "平成25年度", 2013),
    pct(7, "3・5%", 3.5),
    trap(amt(7, "6438万円", 64380000, role=O, fy=FY), "宿泊部門 売上高", "a settled revenue of a division"),
    date(7, "10月", "2018-10"),
    pct(7, "3%", 3),
    trap(amt(7, "2283万円", 22830000, role=O, fy=FY), "レストラン 売り上げ", "a settled revenue of a division"),
    pct(7, "6・9%", 6.9),
    trap(amt(7, "2051万円", 20510000, role=O, fy=FY), "会食 売り上げ", "a settled revenue of a division"),
    cnt(8, "6万4826人", 64826, "人"),
    pct(8, "3・6%", 3.6),
    pct(8, "0・7%", 0.7),
    trap(amt(8, "2491万円", 24910000, role=O, fy=FY), "アポイの湯 売上高", "a settled revenue of a division"),
    trap(amt(9, "1414万円", 14140000, role=O, fy=FY), "様似観光開発公社 純資産 (赤字, 債務超過)", "a balance"),
    dur(9, "3年", 3, "year"),
    trap(amt(9, "2000万円", None, 20000000, role="support", fy=2019, q=("at_most",)), "様似町の本年度の公的支援の枠",
         "a cap on the town's aid to the body, no programme row"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
