from kinds import amt, cnt, fyr, trap, traps

DOC = "taishi_hyogo_r3_furusato_kikin"
# 兵庫県太子町's page ふるさと納税活用事業: the ふるさと応援基金's balance at 令和3年度末 `370,612,138円`, the year's donations
# `269,715,000円`, and the fund's use in 令和3年度 by purpose in 千円 (`:2,712千円` … each with its unit). Balance, donations
# and uses: `other`, fy 2021, traps (as 波佐見町's: settled uses of a fund by purpose, not budgets). `6つの分野` 6 つ; the
# purposes' `1.` … `6.` list numbers; `町制70周年` an anniversary (no mention, GUIDE).
O = "other"


def used(line: int, text: str, yen: int, what: str) -> dict:
    return trap(amt(line, text, yen, role=O, fy=2021), what, "a fund's settled use")


M = [
    cnt(4, "6つ", 6, "つ"),
    fyr(7, "令和3年度", 2021),
    trap(amt(7, "370,612,138円", 370612138, role=O, fy=2021), "ふるさと応援基金残高 (令和3年度末)", "a fund balance"),
    fyr(8, "令和3年度", 2021),
    trap(amt(8, "269,715,000円", 269715000, role=O, fy=2021), "ふるさと応援寄付受入額", "donations received"),
    fyr(10, "令和3年度", 2021),
    fyr(17, "令和3年度", 2021),
    used(18, "2,712千円", 2712000, "地域文化を振興する事業"),
    used(19, "1,139千円", 1139000, "健康・福祉のまちづくり事業"),
    used(20, "53,322千円", 53322000, "子供たちを支援する事業"),
    used(21, "65千円", 65000, "安全・安心なまちづくり事業"),
    used(22, "230,508千円", 230508000, "その他 (個性あるふるさとづくり)"),
    used(23, "12,234千円", 12234000, "新型コロナウイルス感染症対策事業及び支援事業"),
    fyr(24, "令和3年度", 2021),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
