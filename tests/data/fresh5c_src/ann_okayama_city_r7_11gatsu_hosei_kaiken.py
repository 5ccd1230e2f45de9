from kinds import amt, date, fyr

DOC = "okayama_city_r7_11gatsu_hosei_kaiken"
# 岡山市長's press conference on the 令和7年度11月補正予算 (its last-day submission, 2025-12-16). Figures are
# written without 円 (`67億2,900万`): amounts (fresh4's `4604億`). The supplementary's total and its 物価高騰分 are
# supplementary_budget FY2025 (`令和7年度11月の補正予算` scopes them); the national grant the city expects
# (`44億円程度`, `23億6,000万`, their sum `67億6,000万`) is revenue: other FY2025; the grant left over
# (`3億7,000万`) other. `3.3倍` is a ratio (no mention); `11月の補正予算`, `2月補正` are budget labels (no date);
# `スライド1`, `(1)` are list markers.
S, O, FY = "supplementary_budget", "other", 2025
M = [
    date(1, "12月16日", "2025-12-16"),
    fyr(1, "令和7年度", FY),
    amt(2, "67億2,900万", 6729000000, role=S, fy=FY),
    amt(2, "63億9,100万", 6391000000, role=S, fy=FY),
    amt(2, "44億円", 4400000000, role=O, fy=FY, q=("approx",)),
    amt(3, "23億6,000万", 2360000000, role=O, fy=FY),
    amt(3, "67億6,000万", 6760000000, role=O, fy=FY),
    amt(3, "63億9,100万", 6391000000, role=S, fy=FY),
    amt(3, "63億9,100万", 6391000000, role=S, fy=FY),
    amt(3, "3億7,000万", 370000000, role=O, fy=FY),
    amt(3, "3億7,000万", 370000000, role=O, fy=FY),
]
ROWS = [
    dict(line=2, text="63億9,100万", budget_yen=6391000000, fy=FY, program="物価高騰対策", aliases=["物価高騰分"],
         role=S, ambiguous=True, why="`うち物価高騰分が N` of the 令和7年度11月の補正予算: a theme total of the supplementary",
         note="restated twice on line 3 (same figure, no new row)"),
]
NOT_ROWS = [
    dict(line=2, text="67億2,900万", value_yen=6729000000, fy=FY, mention_role=S, what="補正予算額の総額",
         reason="total of the supplementary"),
    dict(line=2, text="44億円", value_yen=4400000000, fy=FY, mention_role=O, what="重点支援地方交付金の岡山市への配分額 (試算)",
         reason="revenue (a national grant expected)"),
    dict(line=3, text="23億6,000万", value_yen=2360000000, fy=FY, mention_role=O, what="国の補助金 (子育て応援手当)",
         reason="revenue"),
    dict(line=3, text="67億6,000万", value_yen=6760000000, fy=FY, mention_role=O, what="国からの交付金等の合計額",
         reason="revenue total"),
    dict(line=3, text="3億7,000万", value_yen=370000000, fy=FY, mention_role=O, what="交付金の残額",
         reason="grant left over"),
]
