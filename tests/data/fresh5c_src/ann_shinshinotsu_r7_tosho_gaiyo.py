from kinds import amt, dur, fyr, pct

DOC = "shinshinotsu_r7_tosho_gaiyo"
# 北海道新篠津村 令和7年度 当初予算の概要 (広報): no programme figure in the stored text. The revenue groups
# (自主財源, 依存財源) and the changes of revenues (寄付金, 繰入金, 村債) and of a class (総務費) are other FY2025 (title);
# shares and changes are percents as written (`12.8%の減` → 12.8). `後期計画4年間の3年目`: `4年間` a duration, `3年目`
# an ordinal (no mention); `令和8年度までの` a fiscal year null..2026, at_most. `(単位:円、%)` headers hold no number.
O, FY = "other", 2025
M = [
    fyr(1, "令和7年度", FY),
    fyr(2, "令和7年度", FY),
    dur(2, "4年間", 4, "year"),
    fyr(2, "令和8年度", None, hi=2026, q=("at_most",)),
    pct(5, "46.6%", 46.6),
    pct(5, "11.8%", 11.8),
    amt(7, "11億9,807万円", 1198070000, role=O, fy=FY),
    pct(7, "31.0%", 31.0),
    amt(9, "26億6,093万円", 2660930000, role=O, fy=FY),
    pct(9, "69.0%", 69.0),
    amt(12, "7,000万円", 70000000, role=O, fy=FY),
    pct(12, "87.5%", 87.5),
    amt(15, "8,671万円", 86710000, role=O, fy=FY),
    pct(15, "23.5%", 23.5),
    amt(18, "2,420万円", 24200000, role=O, fy=FY),
    pct(18, "12.8%", 12.8),
    pct(23, "6.3%", 6.3),
    pct(23, "12.5%", 12.5),
    pct(23, "7.8%", 7.8),
    amt(27, "1億6,648万円", 166480000, role=O, fy=FY),
    pct(27, "15.5%", 15.5),
]
WHAT = {7: ("自主財源", "revenue group"), 9: ("依存財源", "revenue group"), 12: ("寄付金 前年比増", "change of a revenue"),
        15: ("繰入金 前年比増", "change of a revenue (fund drawdown)"), 18: ("村債 前年比減", "change of a revenue (borrowing)"),
        27: ("総務費 前年比増", "change of a class of expenditure")}
ROWS = []
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=FY, mention_role=O, what=WHAT[r["line"]][0],
                 reason=WHAT[r["line"]][1]) for r in M if r["kind"] == "amount"]
