from kinds import amt, date

DOC = "okinawa_r4_ikkatsu_haibun"
# News (a portal's copy of an NHK 沖縄 item, 2022-03-01 by its address) of the DECISION to split 沖縄県's ソフト交付金 (the
# 一括交付金 the national government gives) between the prefecture and its municipalities `11対9` (a ratio: no mention,
# as `N倍`). The programme's money next year: `762億円`, `budget`, a row, fy null (`来年度` is relative: no mention and
# no fy, as earlier sets' 来年度 / 今年度 news; the next year of a 2022-02 meeting is FY2022: ambiguous, `fy_alt:
# [2022]`). The `762億円` is the whole 一括交付金 (ソフト and ハード), not the ソフト交付金 whose split is decided: the row is
# named 沖縄振興一括交付金 (blind audit; the ソフト交付金 alone is about half of it). `予算案に盛り込まれた` is not `（案）`
# next to the figure: no draft (GUIDE). The change `219億円少ない` is `other` (a change, as fresh6b's
# `25億円あまり少ない`), a trap. `28日` takes the month and year of the address (2022-02-28; arguable: the text
# names neither). The item is cut by the site with `…` (kept).
B, O = "budget", "other"
M = [
    date(1, "28日", "2022-02-28"),
    amt(1, "219億円", 21900000000, role=O),
    amt(1, "762億円", 76200000000, role=B),
]
ROWS = [
    dict(line=1, text="762億円", budget_yen=76200000000, program="沖縄振興一括交付金", fy=None, role=B,
         aliases=["一括交付金"], ambiguous=True, fy_alt=[2022],
         why="the programme's own money in the national draft budget for next year (政府の来年度予算案に盛り込まれた一括交付金は…762億円)",
         note="no fiscal year is written (来年度); a meeting of 2022-02 reads it as FY2022"),
]
NOT_ROWS = [
    dict(line=1, text="219億円", value_yen=21900000000, fy=None, mention_role=O, what="今年度より少ない額",
         reason="a change against this year (other), no budget"),
]
