from kinds import amt, date, dur, fyr, trap, traps

DOC = "hiraizumi_keijidoshazei_zeiritsu"
# 岩手県平泉町's page on its 軽自動車税: the rates by kind of vehicle, 表1 (原動機付自転車 …) in lines carrying their own unit
# and 表2 (軽3輪車, 軽4輪車) flattened one cell a line under three registration columns. Every amount is a yearly tax a
# vehicle's owner pays: `other`, per `year` (the header `税率(年額)` reaches its cells: fresh12b's `保険料(年額)`), fy null
# (standing rates; the table's columns are registration dates, not fiscal years), traps. Dates: `平成27年3月31日までに`
# null..2015-03-31 at_most, `平成27年4月1日以降` 2015-04-01.. at_least, `平成29年4月1日から平成30年3月31日まで` two points
# (GUIDE `XからYまで`); the 賦課期日 `4月1日` takes the deck's year 2018 (the rates are told for 平成30年度; NEW, arguable: a
# recurring day of every year). `13年を経過` a duration. Engine sizes (`50cc`), the vehicle classes' wheels (`軽3輪車`,
# `2輪の小型自動車`, `4輪以上`: names of classes), table and list numbers no mentions.
O = "other"
TAX = "a yearly tax rate per vehicle (軽自動車税), not a budget"


def o(line: int, text: str, v: int, what: str) -> dict:
    return trap(amt(line, text, v, role=O, per="year"), what, TAX)


T2 = [("軽3輪車", 23, ("3,100円", "3,900円", "4,600円")), ("軽4輪乗用 営業用", 27, ("5,500円", "6,900円", "8,200円")),
      ("軽4輪乗用 自家用", 31, ("7,200円", "10,800円", "12,900円")), ("軽4輪貨物 営業用", 35, ("3,000円", "3,800円", "4,500円")),
      ("軽4輪貨物 自家用", 39, ("4,000円", "5,000円", "6,000円"))]
COLS = ("(1)平成27年3月31日までに新規検査", "(2)平成27年4月1日以降に新規検査", "(3)13年を経過")
M = [
    date(2, "4月1日", "2018-04-01"),
    o(8, "2,000円", 2000, "原動機付自転車 50cc以下"), o(9, "2,000円", 2000, "原動機付自転車 50cc超90cc以下"),
    o(10, "2,400円", 2400, "原動機付自転車 90cc超125cc以下"), o(11, "3,700円", 3700, "ミニカー"),
    o(12, "3,600円", 3600, "2輪の軽自動車"), o(13, "6,000円", 6000, "2輪の小型自動車"),
    o(14, "2,000円", 2000, "小型特殊自動車 農耕作業用"), o(15, "5,900円", 5900, "小型特殊自動車 その他"),
    date(19, "平成27年3月31日", None, "2015-03-31", q=("at_most",)),
    date(20, "平成27年4月1日", "2015-04-01", None, q=("at_least",)),
    dur(21, "13年", 13, "year"),
    *[o(line + i, text, int(text[:-1].replace(",", "")), f"{name} {COLS[i]}")
      for name, line, texts in T2 for i, text in enumerate(texts)],
    date(42, "平成29年4月1日", "2017-04-01"), date(42, "平成30年3月31日", "2018-03-31"), fyr(42, "平成30年度", 2018),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
