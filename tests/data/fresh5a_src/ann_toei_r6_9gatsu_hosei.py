from kinds import amt, date, fyr

DOC = "toei_r6_9gatsu_hosei"
# 東栄町 (愛知県; 広報とうえい 2024年11月号), council news of the 令和6年第3回議会定例会: its 一般会計 補正予算 (the table's
# label `令和6年度 9月補正予算の概要`, FY2024). The supplementary's total (`4千658万5千円の増額`) and the total with
# the special accounts are supplementary_budget FY2024 (traps: totals). Under `■歳入` the revenue items (`財源として
# N円`) are other (revenues of the supplementary, not appropriations); under `■歳出` the items `…として N円計上` are
# supplementary_budget FY2024 (rows). The contract amount under `■議案` (`契約金額…129,800,000円`) is other, fy null
# (no fiscal year labels the bill; the session is named by its calendar year only). `令和6年第3回議会定例会` is a date
# of 2024 (fresh4: a session named by its year); `9月9日`, `20日` are September 2024. `9月補正予算` is a budget label,
# not a date (fresh3).
S, O, FY = "supplementary_budget", "other", 2024
M = [
    date(2, "令和6年", "2024"), date(2, "9月9日", "2024-09-09"), date(2, "20日", "2024-09-20"),
    amt(4, "4千658万5千円", 46585000, role=S, fy=FY), amt(4, "5千324万2千円", 53242000, role=S, fy=FY),
    amt(6, "499万円", 4990000, role=O, fy=FY), amt(6, "183万7千円", 1837000, role=O, fy=FY),
    amt(7, "285万円", 2850000, role=O, fy=FY),
    amt(9, "1千122万6千円", 11226000, role=S, fy=FY),
    amt(10, "800万円", 8000000, role=S, fy=FY),
    amt(11, "72万円", 720000, role=S, fy=FY),
    fyr(12, "令和6年度", FY),
    amt(18, "129,800,000円", 129800000, role=O, fy=None),
]
W = "`■歳出` item `…として N円計上` of the 令和6年度 9月補正予算 (一般会計)"
ROWS = [
    dict(line=9, text="1千122万6千円", budget_yen=11226000, fy=FY, program="新型コロナウイルスワクチン定期接種に係る助成金", role=S, why=W),
    dict(line=10, text="800万円", budget_yen=8000000, fy=FY, program="とうえい温泉施設の修繕費用", role=S, why=W),
    dict(line=11, text="72万円", budget_yen=720000, fy=FY, program="町内で起業した事業者への補助金", role=S, why=W),
]
NOT_ROWS = [
    dict(line=4, text="4千658万5千円", value_yen=46585000, fy=FY, mention_role=S, what="一般会計 補正予算額", reason="supplementary total"),
    dict(line=4, text="5千324万2千円", value_yen=53242000, fy=FY, mention_role=S, what="特別会計と合わせた補正額", reason="supplementary total"),
    dict(line=6, text="499万円", value_yen=4990000, fy=FY, mention_role=O, what="国庫支出金 調整給付金の財源", reason="revenue"),
    dict(line=6, text="183万7千円", value_yen=1837000, fy=FY, mention_role=O, what="国庫支出金 システム改修の財源", reason="revenue"),
    dict(line=7, text="285万円", value_yen=2850000, fy=FY, mention_role=O, what="県支出金 ラーケーション推進の財源", reason="revenue"),
    dict(line=18, text="129,800,000円", value_yen=129800000, fy=None, mention_role=O, what="のき山学校改修工事 契約金額", reason="contract"),
]
