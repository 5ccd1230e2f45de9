from kinds import amt, trap, traps

DOC = "tonderu_jutaku_taishin_reform_hojo"
# A settlement portal's card (tonderu-local.com) on a city's grant for quake-proofing and renovating homes: `補助限度額`
# over `県の助成と合わせて最大170万円`, a cap per household with the prefecture's part: `support`, at_most, fy null, a trap.
M = [
    trap(amt(4, "170万円", None, 1700000, role="support", q=("at_most",)), "住宅の耐震改修・リフォーム 補助限度額",
         "a cap per household, the prefecture's grant included (support)"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
