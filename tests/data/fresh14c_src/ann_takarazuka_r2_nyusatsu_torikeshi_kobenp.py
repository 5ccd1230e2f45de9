from kinds import amt, cnt, date, trap, traps

DOC = "takarazuka_r2_nyusatsu_torikeshi_kobenp"
# 神戸新聞 NEXT (kobe-np.co.jp/news/hanshin/202007/…): 宝塚市 cancels a bid (中山桜台公園 擁壁整備工事) opened on 7月9日
# whose floor price was set 千円 too high. The year and month are only in the address (2020-07): `27日` → 2020-07-27,
# `7月9日` → 2020-07-09 (fresh10a's 福島民報, fresh11c's 沖縄県 `28日`). `最低制限価格の1243万2千円`: `other` (a floor
# price), fy null, a trap; `千円高く`: the error, 1,000 yen (`other`, a difference), a trap (NEW, arguable: a bare 千円
# is an amount of 1,000). `中山桜台4` an address.
O = "other"
M = [
    date(1, "27日", "2020-07-27"), date(1, "7月9日", "2020-07-09"),
    cnt(2, "38業者", 38, "業者"), cnt(2, "4者", 4, "者"),
    trap(amt(2, "1243万2千円", 12432000, role=O), "最低制限価格", "the floor price of the bids, not a budget"),
    trap(amt(2, "千円", 1000, role=O), "最低制限価格が千円高く", "the error in the floor price (a difference), not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
