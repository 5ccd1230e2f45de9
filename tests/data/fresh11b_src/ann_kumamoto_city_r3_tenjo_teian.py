from kinds import amt, date, fyr, pct

DOC = "kumamoto_city_r3_tenjo_teian"
# 熊本市, its mayor's 提案理由説明 of an added bill (議第百二十号: 令和三年度一般会計補正予算案) for 食品交流会館's
# ceiling works, in KANJI numerals. `五千七百九十万円を限度額とした債務負担行為` (line 4) is a debt-burden ceiling over the
# years up to 令和三年度: other, at_most, min null, fy null (a multi-year authorisation; budgets_tables: 債務負担行為
# 限度額 are no rows), a trap. `一般会計において五千七百九十万円の増額` (line 6) is the supplementary's total, which is this one
# programme's FY2021 figure (the bill holds nothing else): supplementary_budget FY2021, an AMBIGUOUS row (arguable: a
# supplementary's total is a trap elsewhere). `補正後の予算額は三千七百五十億…` budget FY2021, a trap; `二・0%` (as stored,
# a kanji and an Arabic digit) a percent 2.0. `令和二年第四回定例会` a session named by its year (date 2020; `第四回` an
# ordinal); `令和三年度までの期間` null..2021, at_most; bill numbers (`議第百二十号`) no mentions.
S, FY = "supplementary_budget", 2021
M = [
    date(4, "令和二年", "2020"), fyr(4, "令和三年度", None, 2021, q=("at_most",)),
    amt(4, "五千七百九十万円", None, 57900000, role="other", q=("at_most",)),
    fyr(4, "令和三年度", FY), fyr(4, "令和三年度", FY),
    amt(6, "五千七百九十万円", 57900000, role=S, fy=FY), amt(6, "三千七百五十億六千五百九十万円", 375065900000, role="budget", fy=FY),
    pct(6, "二・0%", 2.0),
]
ROWS = [dict(line=6, text="五千七百九十万円", budget_yen=57900000, fy=FY, program="食品交流会館特定天井改修工事 (令和三年度分)",
             aliases=["食品交流会館特定天井改修工事"], role=S, ambiguous=True,
             why="the 令和三年度一般会計補正予算案's increase, whose only item is the ceiling works (lines 2, 4)",
             note="the supplementary's total equals its one programme's figure")]
NOT_ROWS = [
    dict(line=4, text="五千七百九十万円", value_yen=57900000, fy=None, mention_role="other", what="債務負担行為の限度額",
         reason="a debt-burden ceiling over years, not an appropriation"),
    dict(line=6, text="三千七百五十億六千五百九十万円", value_yen=375065900000, fy=FY, mention_role="budget",
         what="補正後の一般会計予算額", reason="account total after the supplementary"),
]
