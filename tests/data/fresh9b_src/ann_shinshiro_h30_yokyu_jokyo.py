from kinds import amt, fyr

DOC = "shinshiro_h30_yokyu_jokyo"
# 愛知県新城市: 平成30年度予算要求状況 (the departments' requests as submitted, FY2018). Only the request stage is on the
# page (no assessed figure beside it), so the request is the `budget` of the requested year (earlier calls: 東京都's
# `各局要求総額`, fresh6b's 概算要求); the 歳入総額 is a revenue (`other`), the 差引 (歳出超過) a balance (`other`). All three
# are whole-account totals: traps, no rows (the programme list is in the linked PDF, not on the page). Fiscal years:
# the heading twice (lines 1, 7), line 8, the attached file's label (line 13); the quoted title `「平成30年度予算要求状況」`
# (line 6) is no mention (GUIDE: quoted titles). `PDF:55KB` and the like are no mentions; `(千円)` on line 14 is a unit
# for tables not on the page.
B, O, FY = "budget", "other", 2018
M = [
    fyr(1, "平成30年度", FY), fyr(7, "平成30年度", FY), fyr(8, "平成30年度", FY),
    amt(8, "245億7,649万8千円", 24576498000, role=O, fy=FY), amt(8, "253億5,260万9千円", 25352609000, role=B, fy=FY),
    amt(8, "7億7,611万1千円", 776111000, role=O, fy=FY),
    fyr(13, "平成30年度", FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=8, text="245億7,649万8千円", value_yen=24576498000, fy=FY, mention_role=O, what="要求状況 歳入総額",
         reason="revenue total"),
    dict(line=8, text="253億5,260万9千円", value_yen=25352609000, fy=FY, mention_role=B, what="要求状況 歳出総額",
         reason="whole-budget request total"),
    dict(line=8, text="7億7,611万1千円", value_yen=776111000, fy=FY, mention_role=O, what="差引 (歳出超過)",
         reason="balance (gap between requested spending and revenue)"),
]
