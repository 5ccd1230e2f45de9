from kinds import amt, cnt, date, fyr, pct

DOC = "shinonsen_r5_kessan"
# 兵庫県新温泉町, its 広報 (令和6年11月号) 令和5年度決算報告. A SETTLEMENT: the all-accounts settled 歳入 / 歳出, the
# amount carried as next year's source, the 実質収支, and the 普通会計's changes by source and by kind of expense
# `前年度比N%(N円)の増/減` are other FY2023, traps (values unsigned: the word carries the direction). `8・3%`: the middle
# dot is the decimal point. `5の特別会計` a count of 5 特別会計 (GUIDE `10の政策分野`), `2会計` a count; `9月町議会定例会`
# the September 2024 session (the year, from its address).
O, FY = "other", 2023
M = [
    fyr(1, "令和5年度", FY), date(1, "9月", "2024-09"),
    fyr(2, "令和5年度", FY), cnt(2, "5の特別会計", 5, "特別会計"),
    amt(2, "180億9,185万円", 18091850000, role=O, fy=FY), amt(2, "173億3,933万円", 17339330000, role=O, fy=FY),
    amt(2, "3億106万円", 301060000, role=O, fy=FY), amt(2, "4億5,146万円", 451460000, role=O, fy=FY),
    fyr(2, "令和5年度", FY), cnt(2, "2会計", 2, "会計"),
    pct(5, "8・3%", 8.3), amt(5, "10億7509万円", 1075090000, role=O, fy=FY),
    pct(5, "2・1%", 2.1), amt(5, "2852万円", 28520000, role=O, fy=FY),
    pct(5, "0・2%", 0.2), amt(5, "1046万円", 10460000, role=O, fy=FY),
    pct(5, "0・3%", 0.3), amt(5, "416万円", 4160000, role=O, fy=FY),
    pct(5, "71・7%", 71.7), amt(5, "5億8154万円", 581540000, role=O, fy=FY),
    pct(7, "9・5%", 9.5), amt(7, "11億5834万円", 1158340000, role=O, fy=FY),
    pct(7, "5・7%", 5.7), amt(7, "1億1334万円", 113340000, role=O, fy=FY),
    pct(7, "3・6%", 3.6), amt(7, "4023万円", 40230000, role=O, fy=FY),
    pct(7, "6・7%", 6.7), amt(7, "1億73万円", 100730000, role=O, fy=FY),
    pct(7, "5・5%", 5.5), amt(7, "2億4503万円", 245030000, role=O, fy=FY),
]
ROWS: list = []
_W = {"180億9,185万円": ("歳入 (all accounts, settled)", "settlement"), "173億3,933万円": ("歳出 (all accounts, settled)", "settlement"),
      "3億106万円": ("翌年度への繰越事業の財源", "settlement: carried over"), "4億5,146万円": ("実質収支", "settlement: balance"),
      "10億7509万円": ("歳入総額 前年度比 増", "change"), "2852万円": ("町税 増", "change of a revenue"),
      "1046万円": ("地方交付税 減", "change of a revenue"), "416万円": ("国庫支出金 減", "change of a revenue"),
      "5億8154万円": ("地方債 増", "change of a revenue"), "11億5834万円": ("歳出総額 増", "change"),
      "1億1334万円": ("人件費 増", "change"), "4023万円": ("扶助費 増", "change"), "1億73万円": ("公債費 増", "change"),
      "2億4503万円": ("義務的経費 増", "change")}
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=FY, mention_role=O, what=_W[r["text"]][0],
                 reason=_W[r["text"]][1]) for r in M if r["kind"] == "amount"]
