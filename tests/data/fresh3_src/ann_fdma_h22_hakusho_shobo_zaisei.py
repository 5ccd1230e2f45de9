from kinds import amt, fyr, pct

DOC = "fdma_h22_hakusho_shobo_zaisei"
# 消防庁 平成22年版 消防白書, 消防財政: statistics of municipal fire-service SETTLEMENTS (決算) of 平成20年度: every
# amount is other FY2008 (settled totals, their split by kind and by source, per household / per resident, changes
# from the year before). `平成22年版` is an edition label; `第2―1―4表`, `H22137.gif`, `(1)`, `ア` are labels.
O, FY = "other", 2008
M = [
    fyr(9, "平成20年度", FY),
    amt(9, "1兆7,996億円", 1799600000000, role=O, fy=FY),
    amt(9, "202億円", 20200000000, role=O, fy=FY),
    pct(9, "1.1%", 1.1),
    amt(10, "48兆5,638億円", 48563800000000, role=O, fy=FY),
    pct(10, "3.7%", 3.7),
    fyr(16, "平成20年度", FY),
    amt(16, "3万4,033円", 34033, role=O, fy=FY),
    amt(16, "1万4,162円", 14162, role=O, fy=FY),
    fyr(20, "平成20年度", FY),
    amt(20, "1兆7,996億円", 1799600000000, role=O, fy=FY),
    amt(20, "1兆3,705億円", 1370500000000, role=O, fy=FY),
    pct(20, "76.2%", 76.2),
    amt(20, "1,690億円", 169000000000, role=O, fy=FY),
    pct(20, "9.4%", 9.4),
    amt(20, "1,879億円", 187900000000, role=O, fy=FY),
    pct(20, "10.4%", 10.4),
    amt(20, "722億円", 72200000000, role=O, fy=FY),
    pct(20, "4.0%", 4.0),
    amt(21, "137億円", 13700000000, role=O, fy=FY),
    pct(21, "1.0%", 1.0),
    amt(21, "30億円", 3000000000, role=O, fy=FY),
    pct(21, "1.8%", 1.8),
    amt(21, "123億円", 12300000000, role=O, fy=FY),
    pct(21, "6.1%", 6.1),
    fyr(29, "平成20年度", FY),
    amt(29, "1兆6,483億円", 1648300000000, role=O, fy=FY),
    pct(29, "91.6%", 91.6),
    amt(29, "965億円", 96500000000, role=O, fy=FY),
    pct(29, "5.4%", 5.4),
    amt(29, "150億円", 15000000000, role=O, fy=FY),
    pct(29, "0.8%", 0.8),
]
ROWS: list[dict] = []
T = [
    (9, "1兆7,996億円", 1799600000000, "消防費歳出決算額", "a settled national statistic, not a budget"),
    (10, "48兆5,638億円", 48563800000000, "市町村の普通会計歳出決算額", "a settled national statistic"),
    (16, "3万4,033円", 34033, "1世帯当たりの消防費", "per-household average"),
    (16, "1万4,162円", 14162, "住民1人当たりの消防費", "per-resident average"),
    (20, "1兆3,705億円", 1370500000000, "人件費 (決算の性質別内訳)", "breakdown of a settlement"),
    (20, "1,879億円", 187900000000, "普通建設事業費 (決算の性質別内訳)", "breakdown of a settlement"),
    (29, "965億円", 96500000000, "地方債 (財源内訳)", "breakdown by source"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=O, what=w, reason=r) for ln, t, v, w, r in T]
