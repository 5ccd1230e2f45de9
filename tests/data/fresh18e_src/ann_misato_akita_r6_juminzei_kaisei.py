from kinds import amt, fyr, trap, traps

DOC = "misato_akita_r6_juminzei_kaisei"
# 秋田県美郷町's page on the 個人住民税 changes from 令和6年度: the new 森林環境税 (`1人年額1,000円`), the end of the 復興
# surcharge on the 均等割 (`1,000円(町民税500円、県民税500円)`), the 均等割 table `令和5年度 令和6年度以降`, and the income
# test for 国外扶養親族 (`年38万円以上`). Tax amounts a resident pays: `other` (fresh12b), traps. per `year` where `年額` /
# `年` is written next to the figure (`1人年額1,000円`, `年38万円以上`: the GUIDE's ／年), else null. fy: the table's cells
# take their column's year (GUIDE: a year in a column header), `令和5年度` 2023 and `令和6年度以降` 2024 (the lone
# `森林環境税(国税) 1,000円` is the new tax, under 令和6年度以降: 2024; arguable, it sits in the first cell of its row);
# the prose amounts null (`令和5年度、令和6年度とも5,800円`: two years, a span as fresh12b's premiums). `年38万円以上` an
# income floor of the dependant: at_least (fresh12b's income bands `other`). `令和6年度以降` a fiscal year 2024.., at_least.
# The first `5,800円` of line 11 (fy 2023) is no trap only because the builder keys traps by line and text (the
# second, fy 2024, is). Ages (`30歳以上70歳未満`), list marks `①` no mentions.
O = "other"
TAX = "a tax amount a resident pays (均等割 / 森林環境税), not a budget"


def o(line: int, text: str, v: int, what: str, fy: int | None = None, per: str | None = None) -> dict:
    return trap(amt(line, text, v, role=O, fy=fy, per=per), what, TAX)


M = [
    fyr(2, "令和6年度", 2024),
    o(5, "1,000円", 1000, "森林環境税 1人年額", per="year"),
    o(6, "1,000円", 1000, "均等割の加算 (復興, 令和5年度で終了)"),
    o(6, "500円", 500, "加算 町民税"), o(6, "500円", 500, "加算 県民税"),
    fyr(6, "令和5年度", 2023), fyr(6, "令和5年度", 2023), fyr(6, "令和6年度", 2024),
    o(6, "5,800円", 5800, "均等割と森林環境税の合計 (令和5年度、令和6年度とも)"),
    fyr(7, "令和5年度", 2023), fyr(7, "令和6年度", 2024, None, q=("at_least",)),
    o(8, "3,500円", 3500, "町民税均等割 令和5年度", fy=2023), o(8, "3,000円", 3000, "町民税均等割 令和6年度以降", fy=2024),
    o(9, "2,300円", 2300, "県民税均等割 令和5年度", fy=2023), o(9, "1,800円", 1800, "県民税均等割 令和6年度以降", fy=2024),
    o(10, "1,000円", 1000, "森林環境税 令和6年度以降", fy=2024),
    amt(11, "5,800円", 5800, role=O, fy=2023),  # no trap: the builder keys traps by (line, text)
    o(11, "5,800円", 5800, "合計 令和6年度以降", fy=2024),
    trap(amt(16, "38万円", 380000, None, role=O, per="year", q=("at_least",)), "国外扶養親族の要件 生活費等の受取額 年",
         "an income floor of a dependant, not a budget"),
    fyr(18, "令和6年度", 2024),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
