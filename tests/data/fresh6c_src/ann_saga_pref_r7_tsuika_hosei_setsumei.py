from kinds import amt, fyr

DOC = "saga_pref_r7_tsuika_hosei_setsumei"
# 佐賀県 (the prefecture itself, not its towns of earlier sets), the governor's explanation of an additional 令和7年度
# 補正予算案 under the national 総合経済対策. `補正予算案の総額 … 約217億7,100万円` is supplementary_budget FY2025, approx;
# `補正後の今年度の予算総額 … 約5,553億2,200万円` (with the budget so far and the 11月補正 already proposed) budget FY2025,
# approx (fresh: a total after a supplementary). Both traps; the kept text names measures without figures: no row.
# `11月補正予算案` is a budget label (no date).
FY = 2025
M = [
    fyr(1, "令和7年度", FY),
    amt(4, "217億7,100万円", 21771000000, role="supplementary_budget", fy=FY, q=("approx",)),
    amt(6, "5,553億2,200万円", 555322000000, role="budget", fy=FY, q=("approx",)),
]
ROWS: list = []
NOT_ROWS = [
    dict(line=4, text="217億7,100万円", value_yen=21771000000, fy=FY, mention_role="supplementary_budget", what="補正予算案の総額 一般会計", reason="supplementary total"),
    dict(line=6, text="5,553億2,200万円", value_yen=555322000000, fy=FY, mention_role="budget", what="補正後の今年度の予算総額", reason="account total after supplementaries"),
]
