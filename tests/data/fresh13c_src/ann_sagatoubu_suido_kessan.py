from kinds import amt, trap, traps

DOC = "sagatoubu_suido_kessan"
# 佐賀東部水道企業団's settlement in prose (`…となりました`, `補てんしました`): 収益的収支 (収入, 支出, 純利益) and 資本的収支
# (収入, 支出, 不足額, the excluded `財源充当額823万円`). A settlement's figures are `other` (fresh5a, fresh11a), traps. The
# stored text names no year: fy null on every amount (fresh6a 木祖村, fresh7b 矢巾町: no year above the figures; NEW here
# for a settlement, arguable: a reader could not give one either).
O = "other"
S = ("a settled figure of the enterprise (収入 / 支出 / 純利益)", "a settlement's result, not a budget")
B = ("a settled balance (不足額) or the funding excluded from it", "a shortfall of the account, not a budget")
M = [
    trap(amt(3, "23億7,973万円", 2379730000, role=O), *S), trap(amt(3, "23億4,589万円", 2345890000, role=O), *S),
    trap(amt(3, "3,384万円", 33840000, role=O), *S),
    trap(amt(5, "3億3,553万円", 335530000, role=O), *S), trap(amt(5, "7億4,161万円", 741610000, role=O), *S),
    trap(amt(5, "4億1,431万円", 414310000, role=O), *B), trap(amt(5, "823万円", 8230000, role=O), *B),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
