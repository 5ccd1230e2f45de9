from kinds import amt, cnt, date, pct, trap, traps

DOC = "kizu_mirai_h19_chosha_nyusatsu"
# 木津未来会議's diary (a 木津町 council group, enpitu.ne.jp), 2007-02-09: the bids opened for the 木津町 new town hall
# (庁舎建設). Five bids in `N億N万` without 円 (a money list under `以下入札金額です。(税抜き)`: amounts, fresh2's `N億`
# without 円), the `税抜き予定価格` and the `最低制限価格`: all `other` (contract figures, GUIDE), fy null (no fiscal year
# is written: fresh11c's contract figures; the diary's date 2007-02-09 would be FY2006). All traps: bids, an estimate and a
# floor are no budget. `86、05%`: the 、 read as the decimal point (fresh11c's `99・1%`), NEW, arguable.
O = "other"
R_BID = "a bid (入札金額, 税抜き) of one bidder: a contract figure, not a budget"
M = [
    date(4, "2007年02月09日", "2007-02-09"),
    cnt(8, "5社", 5, "社"),
    cnt(9, "7社", 7, "社"),
    pct(11, "86、05%", 86.05),
    trap(amt(13, "33億5000万", 3350000000, role=O), "竹中 入札金額", R_BID),
    trap(amt(14, "29億4900万", 2949000000, role=O), "三井 入札金額 (落札)", R_BID + " (the winning bid)"),
    trap(amt(15, "33億1900万", 3319000000, role=O), "浅沼組 入札金額", R_BID),
    trap(amt(16, "34億2000万", 3420000000, role=O), "奥村組 入札金額", R_BID),
    trap(amt(17, "34億2700万", 3427000000, role=O), "銭高組 入札金額", R_BID),
    trap(amt(18, "34億2700万", 3427000000, role=O), "税抜き予定価格",
         "the estimated price (予定価格) of the works: a ceiling of the bids, not a budget"),
    trap(amt(19, "28億7868万", 2878680000, role=O), "最低制限価格", "the floor price of the bids, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
