from kinds import amt, dur, fyr

DOC = "mod_h29_hakusho_boei_kankeihi"
# 防衛白書 (平成29年版), 第4節 防衛関係費: the 平成29年度 totals (without and with SACO etc.) are budget FY2017, their
# increases over the previous year other FY2017; the 平成28年度 第2次 and 第3次補正予算 figures are
# supplementary_budget FY2016 (`第3次補正予算` takes the 平成28年度 of the sentence). `平成29(2017)年度` writes 年度 once:
# one fiscal year. The figure captions (`…の平成28年度と平成29年度の比較`) keep their fiscal years (they name the
# budgets compared, as attached-file labels in fresh4); `過去15年間` is a duration. No rows: agency totals only.
B, O, S = "budget", "other", "supplementary_budget"
M = [
    fyr(11, "平成29(2017)年度", 2017),
    amt(11, "389億円", 38900000000, role=O, fy=2017),
    amt(11, "4兆8,996億円", 4899600000000, fy=2017),
    amt(11, "710億円", 71000000000, role=O, fy=2017),
    amt(11, "5兆1,251億円", 5125100000000, fy=2017),
    fyr(13, "平成28年度", 2016),
    amt(13, "217億円", 21700000000, role=S, fy=2016),
    amt(13, "1,769億円", 176900000000, role=S, fy=2016),
    fyr(15, "平成28年度", 2016),
    fyr(15, "平成29年度", 2017),
    dur(16, "15年間", 15, "year"),
    fyr(18, "平成28年度", 2016),
    fyr(18, "平成29年度", 2017),
    dur(20, "15年間", 15, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=11, text="389億円", value_yen=38900000000, fy=2017, mention_role=O, what="前年度と比べて増額",
         reason="change over the previous year"),
    dict(line=11, text="4兆8,996億円", value_yen=4899600000000, fy=2017, mention_role=B, what="平成29年度の防衛関係費",
         reason="the ministry's total, not a programme"),
    dict(line=11, text="710億円", value_yen=71000000000, fy=2017, mention_role=O, what="増額 (SACO等を含む)",
         reason="change over the previous year"),
    dict(line=11, text="5兆1,251億円", value_yen=5125100000000, fy=2017, mention_role=B,
         what="防衛関係費 (SACO関係経費等を含む)", reason="the ministry's total including SACO etc., not a programme"),
    dict(line=13, text="217億円", value_yen=21700000000, fy=2016, mention_role=S, what="平成28年度第2次補正予算",
         reason="the ministry's total in a supplementary (several purposes), not a programme"),
    dict(line=13, text="1,769億円", value_yen=176900000000, fy=2016, mention_role=S, what="第3次補正予算",
         reason="the ministry's total in a supplementary, not a programme"),
]
