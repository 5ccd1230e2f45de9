from kinds import amt, cnt, fyr, pct

DOC = "shimotsuke_r3_shienkin_shokokai"
# 下野市商工会's notice of 下野市's one-off 支援金 (2021, the national 月次支援金 era; no fiscal year of the grant is
# written: fy null). `10万円の助成` → support (a grant per recipient), a trap. `令和2年度` ×2 → FY2020. `1事業者につき` a
# rate marker (no count, fresh6b's `1件当たり`); `1回限り` → a count of 回 (no qualifier: 限り is not in the GUIDE's list).
# The other programmes' conditions `50%以上`, `30%以上` → percents at_least. Not mentions: clock times (`午前8時30分`…),
# phone numbers.
SU = "support"
M = [
    amt(1, "10万円", 100000, role=SU),
    fyr(2, "令和2年度", 2020),
    cnt(4, "1回", 1, "回"),
    fyr(4, "令和2年度", 2020),
    pct(5, "50%", 50, None, q=("at_least",)),
    pct(5, "30%", 30, None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = [dict(line=1, text="10万円", value_yen=100000, fy=None, mention_role=SU, what="市の支援金 (10万円の助成)",
                 reason="a grant per recipient (support)")]
