from kinds import amt, fyr

DOC = "kourei_r5_kankei_yosan"
# 高齢社会白書 令和5年版, 第2章 令和4年度高齢社会対策の実施の状況 第1節 4 高齢社会対策関係予算: the FIELD's budget in the
# general account, `令和4年度においては22兆9,749億円` and six fields' figures (当初予算, note 3): budget FY2022, traps (a
# field's total and its parts summed over ministries; brief: totals of a field). Then the table of five years in bare
# cells under `(単位:億円)`: no mentions (GUIDE); its row headers `平成30年度`, `令和元年度` are fiscal-year mentions, the
# headers `2`, `3`, `4` (令和 implied) carry no era: no mentions. `表2-1-1`, `(第1節 4)`, `(注1)` are names and numbers of
# sections and notes.
B = "budget"
M = [
    fyr(1, "令和4年度", 2022),
    fyr(5, "令和4年度", 2022), amt(5, "22兆9,749億円", 22974900000000, fy=2022),
    amt(5, "13兆2,242億円", 13224200000000, fy=2022), amt(5, "9兆7,053億円", 9705300000000, fy=2022),
    amt(5, "200億円", 20000000000, fy=2022), amt(5, "33億円", 3300000000, fy=2022),
    amt(5, "71億円", 7100000000, fy=2022), amt(5, "150億円", 15000000000, fy=2022),
    fyr(15, "平成30年度", 2018), fyr(16, "令和元年度", 2019),
]
ROWS: list = []
R = "the field's budget summed over ministries (高齢社会対策関係予算, 一般会計, 当初): a field's total or part, no programme's"
NOT_ROWS = [
    dict(line=5, text="22兆9,749億円", value_yen=22974900000000, fy=2022, mention_role=B, what="高齢社会対策関係予算 (一般会計)",
         reason=R),
    dict(line=5, text="13兆2,242億円", value_yen=13224200000000, fy=2022, mention_role=B, what="就業・所得分野", reason=R),
    dict(line=5, text="9兆7,053億円", value_yen=9705300000000, fy=2022, mention_role=B, what="健康・福祉分野", reason=R),
    dict(line=5, text="200億円", value_yen=20000000000, fy=2022, mention_role=B, what="学習・社会参加分野", reason=R),
    dict(line=5, text="33億円", value_yen=3300000000, fy=2022, mention_role=B, what="生活環境分野", reason=R),
    dict(line=5, text="71億円", value_yen=7100000000, fy=2022, mention_role=B, what="研究開発・国際社会への貢献等分野",
         reason=R),
    dict(line=5, text="150億円", value_yen=15000000000, fy=2022, mention_role=B, what="全ての世代の活躍推進分野", reason=R),
]
