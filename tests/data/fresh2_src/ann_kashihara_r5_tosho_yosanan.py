from kinds import amt, date, fyr, pct

DOC = "kashihara_r5_tosho_yosanan"
# A news report on the city's 2023年度一般会計当初予算案: total with its change, revenues (市税, 市債, the bond
# balance), expenditure classes (義務的経費, 扶助費, 投資的経費: breakdowns, other), then programmes in prose
# `…に N円` separated by ▽. `24日` is the announcement day: the month is not written; the report is of February
# 2023 (its address is dated 2023-02-28 and the session opens 3月1日), read as 2023-02-24. `0〜2歳` is an age,
# `第2子` an ordinal.
B, O, FY = "budget", "other", 2023
M = [
    pct(1, "4.8%", 4.8),
    amt(1, "449億7000万円", 44970000000, role=B, fy=FY),
    date(3, "24日", "2023-02-24"),
    fyr(3, "2023年度", FY),
    amt(3, "449億7千万円", 44970000000, role=B, fy=FY),
    amt(3, "20億5千万円", 2050000000, role=O, fy=FY),
    pct(3, "4.8%", 4.8),
    date(3, "3月1日", "2023-03-01"),
    date(3, "3月", "2023-03"),
    pct(4, "1.3%", 1.3),
    amt(4, "160億9735万円", 16097350000, role=O, fy=FY),
    pct(4, "49.4%", 49.4),
    amt(4, "22億9030万円", 2290300000, role=O, fy=FY),
    amt(4, "9億4966万円", 949660000, role=O, fy=FY),
    amt(4, "315億1571万円", 31515710000, role=O, fy=FY),
    amt(5, "235億2348万円", 23523480000, role=O, fy=FY),
    pct(5, "0.2%", 0.2),
    amt(5, "118億6694万円", 11866940000, role=O, fy=FY),
    pct(5, "2.5%", 2.5),
    amt(5, "45億353万円", 4503530000, role=O, fy=FY),
    pct(5, "65.2%", 65.2),
    amt(6, "5億5040万円", 550400000, role=B, fy=FY),
    amt(7, "9899万円", 98990000, role=B, fy=FY),
    date(7, "8月", "2023-08"),
    amt(7, "2億6225万円", 262250000, role=B, fy=FY),
    amt(7, "550万円", 5500000, role=B, fy=FY),
    amt(7, "99万円", 990000, role=B, fy=FY),
]
W = "prose `…に N円` of the 2023年度一般会計当初予算案 (line 3); items separated by ▽"
R = dict(fy=FY, role=B, why=W)
ROWS = [
    dict(line=6, text="5億5040万円", budget_yen=550400000, program="市役所本庁舎整備", aliases=["本庁舎整備"],
         note="the works named in the sentence: 移転先候補の改修と空いた庁舎の解体工事", **R),
    dict(line=7, text="9899万円", budget_yen=98990000, program="第2子以降の保育料の完全無償化", aliases=["保育料の完全無償化"], **R),
    dict(line=7, text="2億6225万円", budget_yen=262250000, program="子ども医療費助成事業", **R),
    dict(line=7, text="550万円", budget_yen=5500000, program="シティセールス展開事業", **R),
    dict(line=7, text="99万円", budget_yen=990000, program="悩み相談のできるアプリの導入", aliases=["アプリの導入"], **R),
]
_C = "revenue, debt balance or a class of the expenditure (義務的経費, 扶助費, 投資的経費), not a programme"
NOT_ROWS = [
    dict(line=1, text="449億7000万円", value_yen=44970000000, fy=FY, mention_role=B, what="総額", reason="general-account total"),
    dict(line=3, text="449億7千万円", value_yen=44970000000, fy=FY, mention_role=B, what="総額", reason="general-account total"),
    dict(line=3, text="20億5千万円", value_yen=2050000000, fy=FY, mention_role=O, what="前年度比…増",
         reason="change on the year before"),
    *[dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=O, what=w, reason=_C) for ln, t, v, w in [
        (4, "160億9735万円", 16097350000, "市税"), (4, "22億9030万円", 2290300000, "市債"),
        (4, "9億4966万円", 949660000, "市債残高 減"), (4, "315億1571万円", 31515710000, "市債残高"),
        (5, "235億2348万円", 23523480000, "義務的経費"), (5, "118億6694万円", 11866940000, "扶助費"),
        (5, "45億353万円", 4503530000, "投資的経費")]],
]
