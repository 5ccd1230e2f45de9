from kinds import amt, date, dur, fyr

DOC = "heguri_r5_kessan"
# 奈良県平群町, its 広報 (令和6年11月号) 令和5年度 決算報告, 一般会計. A SETTLEMENT: every figure is settled, not budgeted
# (fresh3/fresh4/fresh5a: settlements are other, traps). The settled revenue / expenditure, the amount carried into
# the next year and the surplus are other FY2023 (fresh4: a carried surplus keeps the settled year); the previous
# year's settled totals `R4年度…N円` other FY2022 (a settlement, not a previous budget); the changes `昨対比N円増`
# other FY2023. `9月定例議会` is the September 2024 session (the year, from its address); `1年間` durations.
O = "other"
M = [
    fyr(3, "令和5年度", 2023), date(3, "9月", "2024-09"),
    dur(4, "1年間", 1, "year"), amt(4, "81億7,603万円", 8176030000, role=O, fy=2023),
    dur(4, "1年間", 1, "year"), amt(4, "78億5,162万円", 7851620000, role=O, fy=2023),
    amt(4, "1,045万円", 10450000, role=O, fy=2023), amt(4, "3.1億円", 310000000, role=O, fy=2023),
    amt(6, "81億7,603万円", 8176030000, role=O, fy=2023), fyr(6, "R4年度", 2022),
    amt(6, "77億462万円", 7704620000, role=O, fy=2022), amt(6, "4億7,141万円", 471410000, role=O, fy=2023),
    fyr(7, "令和5年度", 2023), fyr(7, "令和4年度", 2022), amt(7, "4億7,141万円", 471410000, role=O, fy=2023),
    amt(9, "78億5,162万円", 7851620000, role=O, fy=2023),
    fyr(10, "R4年度", 2022), amt(10, "72億9,182万円", 7291820000, role=O, fy=2022),
    amt(10, "5億5,980万円", 559800000, role=O, fy=2023),
    fyr(11, "令和5年度", 2023), fyr(11, "令和4年度", 2022), amt(11, "5億5,980万円", 559800000, role=O, fy=2023),
]
ROWS: list = []
_T = [(4, "81億7,603万円", 8176030000, 2023, "歳入 (settled)", "settlement"),
      (4, "78億5,162万円", 7851620000, 2023, "歳出 (settled)", "settlement"),
      (4, "1,045万円", 10450000, 2023, "翌年度へ繰越", "settlement: carried over"),
      (4, "3.1億円", 310000000, 2023, "黒字", "settlement: surplus"),
      (6, "81億7,603万円", 8176030000, 2023, "歳入総額 (settled)", "settlement"),
      (6, "77億462万円", 7704620000, 2022, "R4年度 歳入総額", "previous year's settlement"),
      (6, "4億7,141万円", 471410000, 2023, "昨対比 増", "change"),
      (7, "4億7,141万円", 471410000, 2023, "令和4年度に比べ増加", "change"),
      (9, "78億5,162万円", 7851620000, 2023, "歳出総額 (settled)", "settlement"),
      (10, "72億9,182万円", 7291820000, 2022, "R4年度 歳出総額", "previous year's settlement"),
      (10, "5億5,980万円", 559800000, 2023, "昨対比 増", "change"),
      (11, "5億5,980万円", 559800000, 2023, "令和4年度に比べ増加", "change")]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=fy, mention_role=O, what=w, reason=r) for ln, t, v, fy, w, r in _T]
