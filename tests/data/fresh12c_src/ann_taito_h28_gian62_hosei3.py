from kinds import amt, date, fyr

DOC = "taito_h28_gian62_hosei3"
# 東京都台東区議会's bill record of 第62号議案 平成28年度東京都台東区一般会計補正予算(第3回): the record's dates (提出,
# 付託, 審査, 議決), then the 議案本文. 第1条's `514,811千円を追加し` is the supplementary's total (supplementary_budget
# FY2016, the bill's title year) and `98,080,421千円と定める` the general account's total after it (budget FY2016): both
# traps (a supplementary's total and an account total are no rows: fresh6a, fresh8b, fresh11b). The `第1表` cells under
# `(単位:千円)` are digits only (`22,098,105`, `22,439` …): no mentions (GUIDE; issue 22; fresh11a). `13`, `2`, `14` are
# 款/項 numbers, `第62号議案` and `(第3回)` a bill number and an ordinal: no mentions. Title lines' 平成28年度 are fiscal
# years (fresh: a deck's own title scopes its amounts).
S, B, FY = "supplementary_budget", "budget", 2016
M = [
    fyr(5, "平成28年度", FY),
    date(9, "平成28年9月8日", "2016-09-08"), date(11, "平成28年9月8日", "2016-09-08"),
    date(13, "平成28年10月3日", "2016-10-03"), date(15, "平成28年10月25日", "2016-10-25"),
    fyr(19, "平成28年度", FY), fyr(20, "平成28年度", FY),
    amt(22, "514,811千円", 514811000, role=S, fy=FY), amt(22, "98,080,421千円", 98080421000, role=B, fy=FY),
    date(24, "平成28年9月8日", "2016-09-08"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=22, text="514,811千円", value_yen=514811000, fy=FY, mention_role=S, what="補正予算(第3回)の追加額 (第1条)",
         reason="a supplementary's total over all its items, not one programme's budget"),
    dict(line=22, text="98,080,421千円", value_yen=98080421000, fy=FY, mention_role=B, what="補正後の一般会計歳入歳出予算の総額 (第1条)",
         reason="an account total after the supplementary"),
]
