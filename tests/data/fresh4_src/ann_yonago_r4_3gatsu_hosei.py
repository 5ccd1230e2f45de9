from kinds import amt, date, fyr

DOC = "yonago_r4_3gatsu_hosei"
# 米子市 令和4年度3月補正予算 (査定結果): the 3月補正 amount (with the 専決 one) is supplementary_budget FY2022; the
# budget before (補正前の予算額) and after (補正後) are budget FY2022 (`約` → approx). `第8回補正予算` is an ordinal,
# `3月補正` a budget label (no date); the 専決 of `1月27日` lies in FY2022's January (2023-01-27, the page is dated
# 2023-02-20). File sizes (`57KB`) are no mentions. Totals only: no rows.
B, S, FY = "budget", "supplementary_budget", 2022
M = [
    fyr(1, "令和4年度", FY),
    fyr(2, "令和4年度", FY),
    fyr(2, "令和4年度", FY),
    date(4, "1月27日", "2023-01-27"),
    amt(5, "15億9,812万円", 1598120000, role=S, fy=FY, q=("approx",)),
    amt(5, "821億5,573万円", 82155730000, fy=FY, q=("approx",)),
    amt(7, "805億5,760万8千円", 80557608000, fy=FY),
    amt(8, "15億9,811万7千円", 1598117000, role=S, fy=FY),
    amt(9, "821億5,572万5千円", 82155725000, fy=FY),
    fyr(12, "令和4年度", FY),
    fyr(13, "令和4年度", FY),
    date(16, "2023年2月20日", "2023-02-20"),
]
ROWS = []
NOT_ROWS = [
    dict(line=5, text="15億9,812万円", value_yen=1598120000, fy=FY, mention_role=S, what="3月補正 一般会計 (専決分含む)",
         reason="supplementary total"),
    dict(line=5, text="821億5,573万円", value_yen=82155730000, fy=FY, mention_role=B, what="補正後の予算案",
         reason="total after the supplementary"),
    dict(line=7, text="805億5,760万8千円", value_yen=80557608000, fy=FY, mention_role=B, what="補正前の予算額",
         reason="total before the supplementary"),
    dict(line=8, text="15億9,811万7千円", value_yen=1598117000, fy=FY, mention_role=S, what="3月補正予算計上額",
         reason="supplementary total"),
    dict(line=9, text="821億5,572万5千円", value_yen=82155725000, fy=FY, mention_role=B, what="補正後の予算額",
         reason="total after the supplementary"),
]
