from kinds import amt, date, fyr

DOC = "nagaokakyo_r6_cool_choice"
# 長岡京市's call for its COOL CHOICE実践補助金 (a menu of grants, first-come within the budget; the stored text reaches
# the first item). `令和6年10月28日から` → 2024-10-28 (`から` gives a point, GUIDE); `令和6年度は10月28日以降に契約` → FY2024
# and 2024-10-28..null, at_least (`以降`; the year-less day takes the sentence's 令和6年, GUIDE); the deadline
# `【申請受付期限】 令和7年3月14日(金曜日)必着` → 2025-03-14 (no まで written: a plain point). The cap `(上限10万円)` is
# support, at_most, min null; fy null: the page names 令和6年度 only for the contracts' year of items (F)-(H), not as
# the programme's label (NEW, arguable: a reader could give the cap fy 2024). `2分の1` a rate; `ID:10968`, `(A)`,
# `(F)~(H)`, `(1)`…, `二次燃焼` no mentions. `予算の範囲内` / `予算上限` carry no figure.
SU = "support"
M = [
    date(5, "令和6年10月28日", "2024-10-28"),
    fyr(6, "令和6年度", 2024),
    date(6, "10月28日", "2024-10-28", None, q=("at_least",)),
    amt(9, "10万円", None, 100000, role=SU, q=("at_most",)),
    date(11, "令和7年3月14日", "2025-03-14"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=9, text="10万円", value_yen=100000, fy=None, mention_role=SU, what="薪ストーブの設置補助 上限",
         reason="a cap per applicant (support)"),
]
