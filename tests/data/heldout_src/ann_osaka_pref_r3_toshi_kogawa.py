DOC = "osaka_pref_r3_toshi_kogawa"
F = 2021
K = "70,000千円"
V = 70000000
AMOUNTS = []
for ln in (17, 19, 20, 21):  # 公単区分 and 節 breakdowns: left = 要求額, right = 査定額
    AMOUNTS += [(ln, K, V, V, "other", F), (ln, K, V, V, "other", F)]
AMOUNTS += [(22, K, V, V, "other", F), (22, K, V, V, "budget", F)]  # (合計): 要求額, 査定額
AMOUNTS += [(18, "70,000,000円", V, V, "other", F), (18, "70,000,000円", V, V, "other", F),
            (39, "0円", 0, 0, "other", F), (39, "0円", 0, 0, "other", F),
            (44, "70,000,000円", V, V, "other", F), (44, "70,000,000円", V, V, "other", F),
            (45, "0円", 0, 0, "other", F), (45, "0円", 0, 0, "other", F)]
ROWS = [dict(line=22, text=K, fy=F, role="budget", budget_yen=V, program="都市小河川改良費",
             aliases=["都市小河川改良費【建設】"], ministry=None,
             why="programme sheet of 大阪府 (title 令和3年度当初予算 都市小河川改良費, line 1); the (合計) line's right column is the 査定額 (the budget as adopted); the left column is the 要求額")]
for r in ROWS:
    r.pop("ministry")
NOT_ROWS = [
    dict(line=22, text=K, value_yen=V, fy=F, mention_role="other", what="(合計) 要求額 (left column)", reason="the department's request, not the adopted budget; the same line's right column (査定額) is the row"),
    dict(line=17, text=K, value_yen=V, fy=F, mention_role="other", what="1 公共事業分 (公単区分), both columns", reason="a category of the programme's own cost (here the only one, so equal to the total)"),
    dict(line=19, text=K, value_yen=V, fy=F, mention_role="other", what="(市町村に対するもの(措置費以外のもの", reason="breakdown of the programme's cost by recipient"),
    dict(line=20, text=K, value_yen=V, fy=F, mention_role="other", what="(補助金計)", reason="breakdown of the programme's cost: its 補助金 line"),
    dict(line=21, text=K, value_yen=V, fy=F, mention_role="other", what="(負担金、補助及び交付金計)", reason="breakdown of the programme's cost by 節 (expense class)"),
    dict(line=18, text="70,000,000円", value_yen=V, fy=F, mention_role="other", what="積算 70,000,000円= 70,000", reason="the calculation line of the figure, in yen"),
    dict(line=44, text="70,000,000円", value_yen=V, fy=F, mention_role="other", what="特定財源 積算 70,000,000円*0.9", reason="financing (revenue side): the base of the national grant"),
    dict(line=39, text="0円", value_yen=0, fy=F, mention_role="other", what="1 特別債 0円", reason="financing (revenue side): a bond line with nothing"),
    dict(line=45, text="0円", value_yen=0, fy=F, mention_role="other", what="端数調整 0円", reason="rounding adjustment of the financing"),
]
