from kinds import amt, date, fyr, pct

DOC = "shinto_gunma_2022_tosho_news"
# 榛東村 (群馬県), as a construction trade paper reports the village's 2022年度当初予算 (line 1): every amount budget
# FY2022 unless a change or a split. Figures `N万N000円` read as written (`1億5149万3000円` = 151,493,000). Rows: each
# work or programme with its own figure (道路新設改良 工事費, 学校関連の整備費, 複合施設整備, 萱場1号線…測量設計, 橋梁維持
# 事業, 小規模農村整備事業, コミセン…, テニスコート…); a part named as its own figure is an ambiguous row (fresh4_budgets'
# `A part of a programme named as its own figure`: 特定防衛施設周辺整備交付金事業 inside 道路新設改良工事費, 北小 and 中学校
# 工事費 under 学校関連の整備); a figure repeated for the same programme on a later line (`1億5149万3000円` on line 3,
# `5506万円` on line 6) is an ambiguous row too (the same programme, its first line holding the strict row). Traps:
# the 一般会計 total (budget), its change and 普通建設事業費's change (other), 普通建設事業費 itself (a split by kind of
# expense, other), and 橋梁維持事業's 内訳 by kind (工事費, 委託料: other). `14日` is a day without its month (fresh2's
# 橿原市 `24日`: the report's month and year); the address carries no date, so the month is the budget calendar's
# (an initial budget shown before the March session): 2022-02-14, a weak value (see README);
# `21年度` has no era (no fiscal year, GUIDE); `堂塚9号線`, `萱場1号線`, `十日市` are names.
B, O, FY = "budget", "other", 2022
M = [
    date(1, "14日", "2022-02-14"), fyr(1, "2022年度", FY),
    amt(1, "1億5149万3000円", 151493000, role=B, fy=FY), amt(1, "9291万円", 92910000, role=B, fy=FY),
    amt(1, "5506万円", 55060000, role=B, fy=FY),
    amt(2, "2億2350万円", 223500000, role=O, fy=FY), amt(2, "62億6240万円", 6262400000, role=B, fy=FY),
    amt(2, "1366万2000円", 13662000, role=O, fy=FY), amt(2, "5億1294万1000円", 512941000, role=O, fy=FY),
    pct(2, "8・2%", 8.2),
    amt(3, "1億5149万3000円", 151493000, role=B, fy=FY), amt(3, "1億2248万円", 122480000, role=B, fy=FY),
    amt(3, "570万円", 5700000, role=B, fy=FY),
    amt(4, "6141万9000円", 61419000, role=B, fy=FY), amt(4, "2326万4000円", 23264000, role=O, fy=FY),
    amt(4, "2646万9000円", 26469000, role=O, fy=FY), amt(4, "1974万円", 19740000, role=B, fy=FY),
    amt(5, "5861万9000円", 58619000, role=B, fy=FY), amt(5, "1500万4000円", 15004000, role=B, fy=FY),
    amt(6, "5506万円", 55060000, role=B, fy=FY), amt(6, "1566万円", 15660000, role=B, fy=FY),
    amt(6, "442万2000円", 4422000, role=B, fy=FY),
]
W = "a work or programme with its own figure in the village's 2022年度当初予算 (line 1), as the paper reports it"
PART = "a part of a programme named as its own figure (fresh4_budgets)"
AGAIN = "the same programme's figure written again on a later line; the strict row sits on its first line"
ROWS = [
    dict(line=1, text="1億5149万3000円", budget_yen=151493000, fy=FY, program="道路新設改良 (工事費)", role=B, why=W),
    dict(line=1, text="9291万円", budget_yen=92910000, fy=FY, program="学校関連の整備費", role=B, why=W),
    dict(line=1, text="5506万円", budget_yen=55060000, fy=FY, program="複合施設整備", role=B, why=W),
    dict(line=3, text="1億5149万3000円", budget_yen=151493000, fy=FY, program="道路新設改良工事費", role=B, why=W,
         ambiguous=True, note=AGAIN),
    dict(line=3, text="1億2248万円", budget_yen=122480000, fy=FY, program="特定防衛施設周辺整備交付金事業 (堂塚9号線の整備)",
         role=B, why=W, ambiguous=True, note=PART + ": inside 道路新設改良工事費"),
    dict(line=3, text="570万円", budget_yen=5700000, fy=FY, program="萱場1号線歩道改修測量設計", role=B, why=W),
    dict(line=4, text="6141万9000円", budget_yen=61419000, fy=FY, program="橋梁維持事業", role=B, why=W),
    dict(line=4, text="1974万円", budget_yen=19740000, fy=FY, program="小規模農村整備事業", role=B, why=W),
    dict(line=5, text="5861万9000円", budget_yen=58619000, fy=FY, program="北小 体育館空調設備および照明の改修工事",
         role=B, why=W, ambiguous=True, note=PART + ": under 学校関連の整備"),
    dict(line=5, text="1500万4000円", budget_yen=15004000, fy=FY, program="中学校整備 (特別支援学級の増設や防水修繕工事)",
         role=B, why=W, ambiguous=True, note=PART + ": under 学校関連の整備"),
    dict(line=6, text="5506万円", budget_yen=55060000, fy=FY, program="複合施設 (中央公民館と学校給食センターの統合)",
         role=B, why=W, ambiguous=True, note=AGAIN),
    dict(line=6, text="1566万円", budget_yen=15660000, fy=FY, program="コミセン改修工事実施設計", role=B, why=W),
    dict(line=6, text="442万2000円", budget_yen=4422000, fy=FY, program="テニスコート維持修繕工事", role=B, why=W),
]
NOT_ROWS = [
    dict(line=2, text="2億2350万円", value_yen=223500000, fy=FY, mention_role=O, what="一般会計 21年度から増加", reason="change"),
    dict(line=2, text="62億6240万円", value_yen=6262400000, fy=FY, mention_role=B, what="一般会計の総額", reason="account total"),
    dict(line=2, text="1366万2000円", value_yen=13662000, fy=FY, mention_role=O, what="普通建設事業費 増加", reason="change"),
    dict(line=2, text="5億1294万1000円", value_yen=512941000, fy=FY, mention_role=O, what="普通建設事業費",
         reason="split by kind of expense"),
    dict(line=4, text="2326万4000円", value_yen=23264000, fy=FY, mention_role=O, what="橋梁維持事業 内訳 工事費",
         reason="breakdown of a programme by kind of expense"),
    dict(line=4, text="2646万9000円", value_yen=26469000, fy=FY, mention_role=O, what="橋梁維持事業 内訳 委託料",
         reason="breakdown of a programme by kind of expense"),
]
