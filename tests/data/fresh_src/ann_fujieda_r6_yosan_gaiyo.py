from kinds import amt, dur, fyr

DOC = "fujieda_r6_yosan_gaiyo"
# 令和6年度予算 (line 1): account budgets are FY2024 budget. The debt and fund changes over 平成20年度から16年間 are
# other and belong to no single fiscal year (fy null). 「…“次の10年”…」 is a duration (GUIDE: 次の50年);
# 70年目 is an ordinal of time, no mention.
B, O, FY = "budget", "other", 2024
A = ("approx",)
M = [
    fyr(1, "令和6年度", 2024),
    dur(1, "10年", 10, "year"),
    amt(3, "610億8,000万円", 61080000000, role=B, fy=FY),
    fyr(5, "平成20年度", 2008),
    dur(5, "16年間", 16, "year"),
    amt(5, "371.2億円", 37120000000, role=O, q=A),
    amt(6, "26億円", 2600000000, role=O, q=A),
    fyr(7, "平成20年度", 2008),
    dur(7, "16年間", 16, "year"),
    amt(7, "35.5億円", 3550000000, role=O, q=A),
    amt(10, "292億1,000万円", 29210000000, role=B, fy=FY),
    amt(12, "343億2,200万円", 34322000000, role=B, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=3, text="610億8,000万円", value_yen=61080000000, fy=FY, mention_role=B, what="一般会計当初予算額",
         reason="general account total"),
    dict(line=5, text="371.2億円", value_yen=37120000000, fy=None, mention_role=O, what="市債残高を約371.2億円削減",
         reason="a change of the debt balance over 16 years"),
    dict(line=6, text="26億円", value_yen=2600000000, fy=None, mention_role=O, what="公債費も約26億円の削減",
         reason="a change of debt service"),
    dict(line=7, text="35.5億円", value_yen=3550000000, fy=None, mention_role=O, what="財政調整基金残高を約35.5億円増加",
         reason="a change of a fund balance"),
    dict(line=10, text="292億1,000万円", value_yen=29210000000, fy=FY, mention_role=B, what="特別会計…予算額",
         reason="special accounts total"),
    dict(line=12, text="343億2,200万円", value_yen=34322000000, fy=FY, mention_role=B, what="企業会計…予算額",
         reason="enterprise accounts total"),
]
