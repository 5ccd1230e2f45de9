from kinds import amt, fyr, trap, traps

DOC = "osaka_h30_doro_bosai"
# 大阪府's budget-compilation sheet, 平成30年度当初予算(部長後調整要求), 道路防災費: every figure of the 予算額 / 財源内訳
# table (前年度当初予算額, 要求額, 内示額, 調整要求額(部長後), 査定額, 国庫支出金, 地方債, 一般財源, `▲60,000`) is a bare cell
# under `(単位 千円)`: no mentions, so NO row (fresh26b). Only the 内訳 lines write `0千円` (eight, `other`, fy 2018:
# heldout's `0円` lines). `補助率0.55` a rate, no mention.
O, FY = "other", 2018
M = [fyr(1, "平成30年度", FY),
     trap(amt(30, "0千円", 0, role=O, fy=FY), "1 道路防災費(維持的建設) 要求/査定", "a breakdown line, zero")]
M += [amt(30, "0千円", 0, role=O, fy=FY)] + [amt(line, "0千円", 0, role=O, fy=FY) for line in (31, 32, 33) for _ in (0, 1)]
ROWS: list = []
NOT_ROWS = traps(M)
