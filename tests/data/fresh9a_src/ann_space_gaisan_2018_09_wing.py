from kinds import amt, date, pct

DOC = "space_gaisan_2018_09_wing"
# WING on 内閣府's compilation of every ministry's 宇宙関係 requests (`全府省庁の概算要求`), with NO year written (the
# dateline 2018.09.06 makes it the 2019年度 request; fy null on every amount, as fresh4 / fresh6c's year-less texts).
# The total `3556億円` `budget` a trap; the increase `649億円` and the ministries' changes `441億円(29.1%)増` …
# `66億円(16.1%)減` `other`, traps (changes, unsigned). No row. `201.%` (a stray point) a percent 201 (arguable);
# `2018.09.06` a date.
B, O = "budget", "other"
M = [
    date(1, "2018.09.06", "2018-09-06"), pct(3, "22.3%", 22.3),
    amt(5, "3556億円", 355600000000), amt(5, "649億円", 64900000000, role=O), pct(5, "22.3%", 22.3),
    amt(5, "441億円", 44100000000, role=O), pct(5, "29.1%", 29.1), amt(5, "124億円", 12400000000, role=O),
    pct(5, "201.%", 201), amt(5, "122億円", 12200000000, role=O), pct(5, "74.8%", 74.8),
    amt(5, "66億円", 6600000000, role=O), pct(5, "16.1%", 16.1),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=5, text="3556億円", value_yen=355600000000, fy=None, mention_role=B, what="総額", reason="the theme's total"),
    dict(line=5, text="649億円", value_yen=64900000000, fy=None, mention_role=O, what="前年度当初予算に比べて", reason="change"),
    dict(line=5, text="441億円", value_yen=44100000000, fy=None, mention_role=O, what="文部科学省 増", reason="a ministry's change"),
    dict(line=5, text="124億円", value_yen=12400000000, fy=None, mention_role=O, what="内閣官房 増", reason="a ministry's change"),
    dict(line=5, text="122億円", value_yen=12200000000, fy=None, mention_role=O, what="内閣府 増", reason="a ministry's change"),
    dict(line=5, text="66億円", value_yen=6600000000, fy=None, mention_role=O, what="防衛省 減", reason="a ministry's change"),
]
