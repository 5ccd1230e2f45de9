from kinds import amt, date, fyr, pct

DOC = "bousai_h13_kankei_yosan"
# 防災白書 平成13年版, 第1部 第2章 3 防災関係予算: the FIELD's budget, `平成11年における…施策の実施に要した国の予算(国費,
# 補正後…)は,総計約4兆5,600億円` and its four parts (科学技術の研究, 災害予防, 国土保全, 災害復旧等), then shares. Every
# amount is the budget of the field summed over ministries (budget: 予算, final after the supplementaries), traps: a
# field's total or a field's part is no programme's own budget (brief: totals of a field; fresh8b/fresh9a's field
# totals). NEW, arguable: `平成11年` (a year, no 年度) is a date (1999, GUIDE) and still sets the amounts' fy 1999: the
# sentence names the budget of that year (`国の予算(国費,補正後)`), and Japan's budgets run by fiscal year. `約` approx
# on each. Percents of the whole and of the general account. `Copyright 2017` (the site footer): NEW, arguable, a date
# (2017): a calendar point in a note (GUIDE: every other calendar point is a date, in notes and citations too). The
# address `〒100-8914`, `1-6-1` and the phone number are no mentions; `(表2-3-1)`, `( 図2-3-1 )` are names.
B = "budget"
A = ("approx",)
M = [
    date(5, "平成11年", "1999"), amt(5, "4兆5,600億円", 4560000000000, fy=1999, q=A),
    amt(5, "780億円", 78000000000, fy=1999, q=A), amt(5, "1兆1,400億円", 1140000000000, fy=1999, q=A),
    amt(5, "2兆4,000億円", 2400000000000, fy=1999, q=A), amt(5, "9,400億円", 940000000000, fy=1999, q=A),
    pct(6, "1.7%", 1.7), pct(6, "24.6%", 24.6), pct(6, "51.6%", 51.6), pct(6, "20.2%", 20.2),
    fyr(9, "平成7年度", 1995),
    fyr(12, "平成7年度", 1995), pct(12, "9.2%", 9.2), fyr(12, "平成11年度", 1999), pct(12, "5.1%", 5.1),
    fyr(13, "平成12年度", 2000),
    fyr(14, "平成12年度", 2000),
    date(17, "2017", "2017"),
]
ROWS: list = []
R = "the field's budget summed over ministries (防災関係予算, 国費, 補正後): a field's total or part, no programme's own budget"
NOT_ROWS = [
    dict(line=5, text="4兆5,600億円", value_yen=4560000000000, fy=1999, mention_role=B, what="防災関係予算 総計", reason=R),
    dict(line=5, text="780億円", value_yen=78000000000, fy=1999, mention_role=B, what="科学技術の研究 合計", reason=R),
    dict(line=5, text="1兆1,400億円", value_yen=1140000000000, fy=1999, mention_role=B, what="災害予防 合計", reason=R),
    dict(line=5, text="2兆4,000億円", value_yen=2400000000000, fy=1999, mention_role=B, what="国土保全 合計", reason=R),
    dict(line=5, text="9,400億円", value_yen=940000000000, fy=1999, mention_role=B, what="災害復旧等 合計", reason=R),
]
