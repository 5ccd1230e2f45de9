from kinds import amt, date, fyr, pct

DOC = "kasumigasekikai_oda_yosan_essay"
# An essay by a former ambassador (霞関会, 2024) on ODA budgets: the 令和6年度 government ODA budget and the ministry's
# ODA budget are budget FY2024 (aggregates), their decreases and the decreases of two parts are other FY2024; the
# ministry's initial budgets of 令和3–6年度 each take the fiscal year written before it. `昨年6月` is June 2023 (the
# 開発協力大綱 revision; the essay is of 2024). `2016年度以降` → 2016..null (at_least), `2011年度以降` likewise;
# `0.7%` is the GNI target.
B, O, FY = "budget", "other", 2024
M = [
    date(8, "6月", "2023-06"),
    pct(8, "0.7%", 0.7),
    fyr(8, "令和6年度", FY),
    amt(8, "5650億円", 565000000000, fy=FY),
    amt(8, "4383億円", 438300000000, fy=FY),
    amt(8, "60億円", 6000000000, role=O, fy=FY),
    amt(8, "46億円", 4600000000, role=O, fy=FY),
    amt(8, "72億円", 7200000000, role=O, fy=FY),
    amt(8, "37億円", 3700000000, role=O, fy=FY),
    fyr(8, "2016年度", 2016, None, q=("at_least",)),
    fyr(8, "2022年度", 2022),
    fyr(8, "2011年度", 2011, None, q=("at_least",)),
    fyr(8, "2022年度", 2022),
    fyr(8, "2024年度", FY),
    fyr(8, "令和6年度", FY),
    fyr(9, "2016年度", 2016, None, q=("at_least",)),
    fyr(11, "令和6年度", FY),
    fyr(12, "令和3年度", 2021),
    amt(12, "7097億円", 709700000000, fy=2021),
    fyr(12, "令和4年度", 2022),
    amt(12, "6904億円", 690400000000, fy=2022),
    fyr(12, "令和5年度", 2023),
    amt(12, "7560億円", 756000000000, fy=2023),
    fyr(12, "令和6年度", FY),
    amt(12, "7417億円", 741700000000, fy=FY),
]
ROWS: list[dict] = []
T = [
    (8, "5650億円", 565000000000, B, FY, "政府全体のODA予算", "an aggregate across ministries"),
    (8, "4383億円", 438300000000, B, FY, "外務省のODA予算", "the ministry's ODA aggregate"),
    (8, "60億円", 6000000000, O, FY, "政府全体ODAの減額", "change"),
    (8, "72億円", 7200000000, O, FY, "無償資金協力予算の減額", "change of a programme's budget"),
    (12, "7097億円", 709700000000, B, 2021, "外務省当初予算 令和3年度", "the ministry's total"),
    (12, "6904億円", 690400000000, B, 2022, "外務省当初予算 令和4年度", "the ministry's total"),
    (12, "7560億円", 756000000000, B, 2023, "外務省当初予算 令和5年度", "the ministry's total"),
    (12, "7417億円", 741700000000, B, FY, "外務省当初予算 令和6年度", "the ministry's total"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=fy, mention_role=r, what=w, reason=why) for ln, t, v, r, fy, w, why in T]
