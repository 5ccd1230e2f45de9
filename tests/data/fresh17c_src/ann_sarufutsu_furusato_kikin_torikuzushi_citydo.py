from kinds import amt, trap, traps

DOC = "sarufutsu_furusato_kikin_torikuzushi_citydo"
# A portal's (citydo.com) guide page to ふるさと納税's uses, quoting with permission 猿払村 (北海道)'s report of one use: a
# microbus bought by drawing `7,024,500 円` from the village's ふるさと応援基金 (the 区分 `その他目的達成のため、ふるさと猿払村
# づくり全般に関する事業`). The drawdown is `other`, fy null (no year written), a trap (fund drawdowns `other`: fresh8b).
# The text keeps the space before `円`. No other figure on the page.
M = [
    trap(amt(15, "7,024,500 円", 7024500, role="other"), "ふるさと応援基金 取崩し (マイクロバスの購入)",
         "a drawdown from the donations' fund for one purchase (a settled use), not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
