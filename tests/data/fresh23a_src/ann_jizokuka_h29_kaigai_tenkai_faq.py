from kinds import amt, trap, traps

DOC = "jizokuka_h29_kaigai_tenkai_faq"
# The 平成29年 小規模事業者持続化補助金 secretariat's (日本商工会議所's 事務局 site) supplementary note on the overseas condition:
# `補助上限額が100万円に引き上がります` and `通常の補助上限額(50万円)` caps per applicant, `support`, at_most, min null, traps.
# fy null (the stored text writes no year; the site's address `h29.` is not text). No budget: no row. `③`, `(様式3)`, `2.`,
# `P.72`, `(4)` no mentions.
S, AM = "support", ("at_most",)
M = [
    trap(amt(2, "100万円", None, 1000000, role=S, q=AM), "海外展示会出展等事業を含む場合の補助上限額", "a cap per applicant"),
    trap(amt(6, "50万円", None, 500000, role=S, q=AM), "通常の補助上限額", "a cap per applicant"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
