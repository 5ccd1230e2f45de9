from kinds import amt, cnt, date, fyr, pct, rank

DOC = "watarai_r5_tosho_yosanan"
# News (伊勢新聞, 2023-03-07) on 度会町's 令和5年度当初予算案 (a 骨格予算 before the June election): the total and the new
# programmes (`…に N円`, `name N円▽`) are budget FY2023; revenues (町税, 地方交付税, 町債), fund drawdown, year-end
# balances and expense classes (義務的経費, 投資的経費) are other FY2023. `五年度末` writes no era (no fiscal year).
# `過去2番目の予算規模` is read as a rank (the budget's place among the town's years). `6月` (the election) is 2023-06.
B, O, FY = "budget", "other", 2023
M = [
    amt(1, "42億8778万円", 4287780000, fy=FY),
    fyr(1, "令和5年度", FY),
    fyr(3, "令和5年度", FY),
    pct(3, "6・3%", 6.3),
    amt(3, "42億8778万円", 4287780000, fy=FY),
    date(3, "6月", "2023-06"),
    rank(3, "2番目", 2),
    cnt(5, "5つ", 5, "つ"),
    pct(7, "1%", 1),
    amt(7, "8億4276万円", 842760000, role=O, fy=FY),
    pct(7, "0・7%", 0.7),
    amt(7, "17億5557万円", 1755570000, role=O, fy=FY),
    pct(7, "12・9%", 12.9),
    amt(7, "1億8421万円", 184210000, role=O, fy=FY),
    amt(7, "27億1604万円", 2716040000, role=O, fy=FY),
    amt(9, "3億2822万円", 328220000, role=O, fy=FY),
    amt(9, "11億4234万円", 1142340000, role=O, fy=FY),
    pct(11, "2・2%", 2.2),
    amt(11, "16億1858万円", 1618580000, role=O, fy=FY),
    pct(11, "44・3%", 44.3),
    amt(11, "5億3921万円", 539210000, role=O, fy=FY),
]
ITEMS = [
    (13, "1億7300万円", 173000000, "町道井戸ケ瀬線の田口大橋耐震補強工事", ["田口大橋耐震補強工事"]),
    (13, "2300万円", 23000000, "林道注連指西線の災害復旧に向けた測量設計業務", ["林道注連指西線測量設計業務"]),
    (13, "1001万円", 10010000, "同町初の地域おこし協力隊の採用にかかる費用", ["地域おこし協力隊の採用"]),
    (17, "230万円", 2300000, "DXの推進事業(リモート環境構築やビジネスチャット機能の拡充)", ["DXの推進事業"]),
    (17, "2146万円", 21460000, "町長・町議会議員選挙執行経費", []),
    (17, "3263万円", 32630000, "デジタル田園都市国家構想事業負担金", []),
    (17, "12万円", 120000, "預貯金照会電子化サービス事業", []),
]
M += [amt(ln, t, v, fy=FY) for ln, t, v, _, _ in ITEMS]
W = "new programme (新規事業) of the 令和5年度当初予算案 (title), `…に N円` / `name N円▽`"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, aliases=a, role=B, why=W) for ln, t, v, p, a in ITEMS]
T = [
    (1, "42億8778万円", 4287780000, B, "一般会計 (headline)", "account total"),
    (3, "42億8778万円", 4287780000, B, "一般会計", "account total"),
    (7, "8億4276万円", 842760000, O, "町税", "revenue"),
    (7, "17億5557万円", 1755570000, O, "地方交付税", "revenue"),
    (7, "1億8421万円", 184210000, O, "町債発行", "revenue (bond issue)"),
    (7, "27億1604万円", 2716040000, O, "五年度末残高 (町債)", "debt balance"),
    (9, "3億2822万円", 328220000, O, "財政調整基金の取り崩し額", "fund drawdown (revenue)"),
    (9, "11億4234万円", 1142340000, O, "五年度末残高 (基金)", "fund balance"),
    (11, "16億1858万円", 1618580000, O, "義務的経費", "expense class"),
    (11, "5億3921万円", 539210000, O, "投資的経費", "expense class"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=r, what=w, reason=why) for ln, t, v, r, w, why in T]
