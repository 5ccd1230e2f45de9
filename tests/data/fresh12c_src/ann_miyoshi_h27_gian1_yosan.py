from kinds import amt, fyr

DOC = "miyoshi_h27_gian1_yosan"
# 広島県三次市's 平成27年度 各会計予算(案) in ONE stored line: the contents (nine accounts, each `平成27年度三次市…予算(案)`
# followed by its page number `3`, `15` … `61`: page numbers, no mentions), then 議案第1号, the general account's initial
# budget bill. 第1条 `歳入歳出予算の総額は,歳入歳出それぞれ 37,440,000千円と定める` is the account's total: budget FY2015,
# a trap (an account total is no row). 第4条 `一時借入金の借入の最高 額は,4,000,000千円` is the ceiling of the year's
# temporary borrowing: other, at_most, min null (a cap, as fresh11b's 債務負担行為 限度額), fy 2015 (the ceiling holds
# within this budget's year; arguable: null), a trap. 第2条 債務負担行為 and 第3条 地方債 name their tables only (no
# figure). `(案)` is in the bill's title, not next to the figures: no draft (GUIDE). Every `平成27年度` (13) is a fiscal
# year; `昭和22年法律第67号` a law number; `第1条 2`, `第214条`, `第230条第1項`, `第235条の3第2項`, `第220条第2項`, `- 1 -`,
# `- 2 -` articles and page marks.
FY = 2015
M = [fyr(1, "平成27年度", FY) for _ in range(13)] + [
    amt(1, "37,440,000千円", 37440000000, role="budget", fy=FY),
    amt(1, "4,000,000千円", None, 4000000000, role="other", fy=FY, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=1, text="37,440,000千円", value_yen=37440000000, fy=FY, mention_role="budget",
         what="平成27年度一般会計 歳入歳出予算の総額 (第1条)", reason="an account total"),
    dict(line=1, text="4,000,000千円", value_yen=4000000000, fy=FY, mention_role="other",
         what="一時借入金の借入の最高額 (第4条)", reason="a ceiling of temporary borrowing, not an appropriation"),
]
