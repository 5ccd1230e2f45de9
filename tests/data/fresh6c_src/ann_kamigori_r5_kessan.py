from kinds import amt, dur, fyr, pct

DOC = "kamigori_r5_kessan"
# 兵庫県上郡町, its 広報 (令和6年10月号) 令和5年度決算報告 (line 1: the article's title, taken from its address, scopes
# the fy: 2023). A SETTLEMENT: the settled 歳入 / 歳出, the changes by source and by function `対前年度N%(N円)の増/減`
# (unsigned: the word carries the direction) and the settled costs of the works under `■主な実施事業(抜粋)` are all
# other FY2023 and traps (fresh3's 小川村: settled costs of works are no budget rows). `千円以下を四捨五入` names the
# rounding unit, no amount (as a `(単位:千円)` header). `R4年度末` → fiscal year 2022 (末 dropped), `R5年度より` 2023 (a
# point); `本紙10ページ` a page reference.
O, FY = "other", 2023
M = [
    fyr(1, "令和5年度", FY),
    dur(2, "1年間", 1, "year"),
    amt(5, "85億1,826万円", 8518260000, role=O, fy=FY), pct(5, "0.3%", 0.3),
    pct(6, "8.2%", 8.2), amt(6, "8,719万円", 87190000, role=O, fy=FY),
    pct(6, "1.3%", 1.3), amt(6, "3,317万円", 33170000, role=O, fy=FY),
    amt(7, "82億9,640万円", 8296400000, role=O, fy=FY), pct(7, "0.5%", 0.5),
    pct(8, "6.4%", 6.4), amt(8, "1億795万円", 107950000, role=O, fy=FY),
    pct(8, "21.9%", 21.9), amt(8, "9,529万円", 95290000, role=O, fy=FY),
    amt(11, "4,851万円", 48510000, role=O, fy=FY),
    amt(12, "782万円", 7820000, role=O, fy=FY),
    amt(13, "1億3,592万円", 135920000, role=O, fy=FY),
    fyr(15, "令和5年度", FY),
    fyr(17, "R4年度", 2022), fyr(17, "R5年度", 2023),
    fyr(19, "令和5年度", FY), fyr(20, "令和5年度", FY),
]
ROWS: list = []
_T = [(5, "85億1,826万円", "歳入 (settled)", "settlement"),
      (6, "8,719万円", "国庫支出金 対前年度 減", "change of a revenue"),
      (6, "3,317万円", "地方交付税 対前年度 増", "change of a revenue"),
      (7, "82億9,640万円", "歳出 (settled)", "settlement"),
      (8, "1億795万円", "民生費 対前年度 増", "change"),
      (8, "9,529万円", "農林水産業費 対前年度 減", "change"),
      (11, "4,851万円", "中学校給食事業 事業費", "settled cost of a work"),
      (12, "782万円", "有機農業事業 事業費", "settled cost of a work"),
      (13, "1億3,592万円", "町道中野与井線馬場参踏切拡幅事業 事業費", "settled cost of a work")]
_V = {r["text"]: r["min"] for r in M if r["kind"] == "amount"}
NOT_ROWS = [dict(line=ln, text=t, value_yen=_V[t], fy=FY, mention_role=O, what=w, reason=r) for ln, t, w, r in _T]
