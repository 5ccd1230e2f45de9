from kinds import amt, dur, fyr, pct, rank

DOC = "moseushi_r6_shisei_shikko"
# 妹背牛町長's 令和6年度 町政執行方針 (opening): the figures are NATIONAL: the 令和6年度 national budget is budget
# FY2024 (a trap: not the town's), the 地方交付税 of the 地方財政対策 a revenue of local governments (other FY2024, as
# fresh3's local-finance frame); `過去2番目` a rank; `6年連続` a duration (as `N年ぶり`); `令和2年度から` a point.
B, O, FY = "budget", "other", 2024
M = [
    fyr(6, "令和6年度", FY),
    rank(6, "2番目", 2),
    amt(6, "112兆5,717億円", 112571700000000, fy=FY),
    fyr(6, "令和6年度", FY),
    pct(6, "1.7%", 1.7),
    amt(6, "18.7兆円", 18700000000000, role=O, fy=FY),
    dur(6, "6年", 6, "year"),
    fyr(8, "令和6年度", FY),
    fyr(8, "令和2年度", 2020),
]
ROWS = []
NOT_ROWS = [
    dict(line=6, text="112兆5,717億円", value_yen=112571700000000, fy=FY, mention_role=B, what="国の令和6年度予算",
         reason="national total (not the town's)"),
    dict(line=6, text="18.7兆円", value_yen=18700000000000, fy=FY, mention_role=O, what="地方交付税 (出口ベース)",
         reason="revenue of local governments"),
]
