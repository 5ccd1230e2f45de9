from kinds import amt, date, trap, traps

DOC = "tbs_2026_kodomo_gaisan"
# こども家庭庁's request as TBS NEWS DIG reports it (2025-08): `来年度予算案の概算要求`, NO year written, so fy null on
# every amount and rows `fy_alt: [2026]` (fresh24a's NHK; the page's date and the 日本版DBS start fix 来年度 = FY2026
# from outside the text). Traps: `およそ7.4兆円` (approx) and `7兆4229億円` (the sum of the general and special
# accounts), `一般会計で4兆3082億円` (an account total), `959億円増えています` (an increase, `other`). Rows: `子どもの
# 安心・安全確保のために42億円`, the 卵子凍結 model programme's `関連費用として10億円`. `来年12月に始まる` 2026-12 (the
# page's year from outside the text, arguable); `来年度から` no mention.
B, O, NA = "budget", "other", None
M = [
    trap(amt(1, "7.4兆円", 7400000000000, fy=NA, q=("approx",)), "一般会計と特別会計あわせて", "the sum of two accounts, rounded"),
    trap(amt(2, "4兆3082億円", 4308200000000, fy=NA), "一般会計", "an account total"),
    trap(amt(2, "7兆4229億円", 7422900000000, fy=NA), "特別会計とあわせると", "the sum of two accounts"),
    trap(amt(2, "959億円", 95900000000, role=O, fy=NA), "今年度の当初予算と比べ…増", "an increase"),
    amt(3, "42億円", 4200000000, fy=NA), date(3, "12月", "2026-12"),
    amt(4, "10億円", 1000000000, fy=NA),
]
ROWS = [
    dict(line=3, text="42億円", budget_yen=4200000000, fy=NA, fy_alt=[2026], program="子どもの安心・安全確保",
         aliases=["日本版DBS"], role=B, ministry="こども家庭庁", why="`…のために42億円を充て`"),
    dict(line=4, text="10億円", budget_yen=1000000000, fy=NA, fy_alt=[2026],
         program="卵子凍結に関する一部費用を助成するモデル事業", role=B, ministry="こども家庭庁", why="`関連費用として10億円`"),
]
NOT_ROWS = traps(M)
