from kinds import amt, date, fyr

DOC = "shima_r5_yugikyo_kifu"
# 三重県志摩市's まちの話題: a DONATION handed over (寄付金贈呈式) on 2月22日 (the page's year, 更新日 2024-02-22): this time's
# `200万円` and the donor's running total since 平成22年度 `計1,087万8千円`. Both `other` (GUIDE: donations), fy null (the
# donation's fiscal year is not written; `平成22年度から` dates the series, not the amounts), traps. `14回目` is an ordinal
# and `20周年` an anniversary (GUIDE: no mentions). `令和6年度に取り組む…記念事業` a fiscal year (the use, not the money).
O = "other"
M = [
    date(2, "2月22日", "2024-02-22"),
    amt(5, "200万円", 2000000, role=O), fyr(5, "平成22年度", 2010),
    amt(6, "1,087万8千円", 10878000, role=O),
    fyr(9, "令和6年度", 2024),
    date(11, "2024年02月22日", "2024-02-22"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=5, text="200万円", value_yen=2000000, fy=None, mention_role=O, what="今回の寄付額",
         reason="a donation received (other)"),
    dict(line=6, text="1,087万8千円", value_yen=10878000, fy=None, mention_role=O, what="これまでの寄付額 (平成22年度から14回)",
         reason="a donor's running total of donations (other)"),
]
