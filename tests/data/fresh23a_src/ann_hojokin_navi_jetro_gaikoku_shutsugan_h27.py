from kinds import amt, date, trap, traps

DOC = "hojokin_navi_jetro_gaikoku_shutsugan_h27"
# 補助金ナビ's record of ジェトロ's second 平成27年 call of 中小企業等外国出願支援事業 (`管轄 ジェトロ`). `上限額:1企業に対する
# 上限額:300万円` a cap per company; `案件ごとの上限額:特許150万円 実用新案・意匠・商標60万円 冒認対策商標(※):30万円` caps per
# application: all `support`, at_most, min null, traps. fy null (no fiscal year written; arguable: the window is in
# FY2015). The window `平成27年8月5日(水)~平成27年8月26日` one range. `半額` (no figure), `3分の2以上`, `1/2以内`
# (fractions), `二次募集` (an ordinal) are no mentions.
S, AM = "support", ("at_most",)
M = [
    trap(amt(10, "300万円", None, 3000000, role=S, q=AM), "1企業に対する上限額", "a cap per company"),
    trap(amt(11, "150万円", None, 1500000, role=S, q=AM), "案件ごとの上限額 特許", "a cap per application"),
    trap(amt(11, "60万円", None, 600000, role=S, q=AM), "案件ごとの上限額 実用新案・意匠・商標", "a cap per application"),
    trap(amt(11, "30万円", None, 300000, role=S, q=AM), "案件ごとの上限額 冒認対策商標", "a cap per application"),
    date(16, "平成27年8月5日(水)~平成27年8月26日", "2015-08-05", "2015-08-26"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
