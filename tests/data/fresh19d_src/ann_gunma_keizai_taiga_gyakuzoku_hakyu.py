from kinds import amt, cnt, date, trap, traps

DOC = "gunma_keizai_taiga_gyakuzoku_hakyu"
# 群馬経済研究所's estimate of the economic ripple effect in 群馬県 of the 2027 大河ドラマ「逆賊の幕臣」 (FM GUNMA news). Every
# amount is an estimate (the total and its breakdown by sector): role `other`, fy null. The total `107億円` (headline and twice in
# the text) is a trap each time it is the total; the sectors' `およそ43億円` etc. approx. `27年` in the headline (two digits) is no
# mention; `2027年` a date.
O = "other"
W = "経済波及効果 (群馬県内, 推計)"
M = [
    trap(amt(1, "107億円", 10700000000, role=O), W + " 見出し", "an estimated economic effect"),
    date(2, "2027年", "2027"),
    trap(amt(2, "107億円", 10700000000, role=O), W, "an estimated economic effect"),
    cnt(4, "133万人", 1330000, "人"),
    trap(amt(4, "107億円", 10700000000, role=O), W, "an estimated economic effect"),
    amt(4, "43億円", 4300000000, role=O, q=("approx",)),
    amt(4, "25億円", 2500000000, role=O, q=("approx",)),
    amt(4, "9億円", 900000000, role=O, q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
