from kinds import amt, cnt, fyr

DOC = "nagano_pref_h29_2gatsu_tsuika"
# 長野県, the governor's speech on the added bills of the 平成30年2月 session: the 平成29年度一般会計補正予算案, a
# DECREASE. Every amount is FY2017 (line 2's 平成29年度 scopes the speech). `398億9,086万円の減額` is the supplementary's
# own figure: supplementary, written unsigned with 減額 (positive: the word carries the direction, fresh6c), a trap.
# The revenues raised and cut (県債, 地方交付税, 諸収入, 国庫支出金, 繰入金) are other (traps); the 財政調整 fund's drawdown
# (`取崩額を42億円減額して55億円`: a change and the drawdown after it) other, traps; the account total after
# (`今回の補正を加えますと、N円`) budget, a trap. No row (the speech names expense groups without figures).
# `予算案10件、事件案1件`, `7会計`, `2会計` counts.
S, B, O, FY = "supplementary_budget", "budget", "other", 2017
M = [
    fyr(2, "平成29年度", FY), cnt(2, "10件", 10, "件"), cnt(2, "1件", 1, "件"),
    amt(3, "398億9,086万円", 39890860000, role=S, fy=FY),
    amt(6, "21億3,400万円", 2134000000, role=O, fy=FY), amt(6, "19億1,138万2千円", 1911382000, role=O, fy=FY),
    amt(6, "281億5,564万2千円", 28155642000, role=O, fy=FY), amt(6, "87億7,052万7千円", 8770527000, role=O, fy=FY),
    amt(6, "57億2,977万7千円", 5729777000, role=O, fy=FY), amt(6, "42億円", 4200000000, role=O, fy=FY),
    amt(6, "55億円", 5500000000, role=O, fy=FY),
    amt(7, "8,521億3,598万6千円", 852135986000, role=B, fy=FY),
    cnt(8, "7会計", 7, "会計"), cnt(8, "2会計", 2, "会計"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=3, text="398億9,086万円", value_yen=39890860000, fy=FY, mention_role=S, what="一般会計の補正予算案 (減額)",
         reason="supplementary total (a decrease)"),
    *[dict(line=6, text=t, value_yen=v, fy=FY, mention_role=O, what=w, reason="revenue of a supplementary") for t, v, w in [
        ("21億3,400万円", 2134000000, "県債 (増額)"), ("19億1,138万2千円", 1911382000, "地方交付税 (増額)"),
        ("281億5,564万2千円", 28155642000, "諸収入 (減額)"), ("87億7,052万7千円", 8770527000, "国庫支出金 (減額)"),
        ("57億2,977万7千円", 5729777000, "繰入金 (減額)")]],
    dict(line=6, text="42億円", value_yen=4200000000, fy=FY, mention_role=O, what="財政調整のための基金の取崩額の減額",
         reason="change of a fund drawdown"),
    dict(line=6, text="55億円", value_yen=5500000000, fy=FY, mention_role=O, what="財政調整のための基金の取崩額",
         reason="fund drawdown (revenue)"),
    dict(line=7, text="8,521億3,598万6千円", value_yen=852135986000, fy=FY, mention_role=B, what="補正後の一般会計予算",
         reason="account total after a supplementary"),
]
