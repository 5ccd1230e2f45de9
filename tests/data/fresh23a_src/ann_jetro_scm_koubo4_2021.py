from kinds import amt, date, pct, trap, traps

DOC = "jetro_scm_koubo4_2021"
# ジェトロ's notice of the fourth call (設備導入補助型) of 海外サプライチェーン多元化支援事業. `補助金交付希望額 1億円~15億円`:
# the floor and ceiling of the grant one applicant may request (the next line says so: `交付を希望する額の下限と上限`):
# `support`, the written interval, no qualifier. `補助対象経費に…乗じた額と、15億円のいずれか低い値`: the ceiling of the grant,
# `support`, at_most, min null (a cap written as the lower of two values; NEW wording, read as 上限). `補助率調整指数※2
# (20%~100%)` a percent range 20..100 (an index applied to the rate, not a fraction). No fiscal year is written: fy null.
# No programme budget on the page: no row. The breadcrumb's `1.`…`4.` and `※1`, `※2` are no mentions.
S, AM = "support", ("at_most",)
M = [
    date(6, "2021年3月26日", "2021-03-26"),
    trap(amt(13, "1億円~15億円", 100000000, 1500000000, role=S), "補助金交付希望額 (下限と上限)",
         "the range of one applicant's grant"),
    pct(15, "20%~100%", 20, 100),
    trap(amt(15, "15億円", None, 1500000000, role=S, q=AM), "補助金の交付額 (…と15億円のいずれか低い値)",
         "the ceiling of one applicant's grant"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
