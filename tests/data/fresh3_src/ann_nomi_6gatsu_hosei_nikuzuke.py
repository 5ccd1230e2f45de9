from kinds import amt, date, pct

DOC = "nomi_6gatsu_hosei_nikuzuke"
# News (senmonshi.com) on 能美市's 6月補正予算案 after the election-year 骨格予算: no year is written (fy null; rows carry
# fy_alt 2016: the first 6月補正 of mayor 井出敏朗, elected in 2016, with the 第2次総合計画 that began that year). The
# supplementary's total is supplementary_budget, the 累計額 after it budget; the `▽item N円` lines are supplementary
# items. `29日` (the announcement) is read as 2016-05-29 (the day before the June session, same inference).
S = "supplementary_budget"
M = [
    date(1, "29日", "2016-05-29"),
    amt(1, "15億5100万円", 1551000000, role=S),
    pct(1, "5%", 5),
    amt(1, "225億6100万円", 22561000000, role="budget"),
]
ITEMS = [
    (3, "1億4394万4000円", 143944000, "スポーツ施設整備費"),
    (4, "9107万円", 91070000, "総合文化会館改修事業費"),
    (5, "4691万3000円", 46913000, "粟生保育園増設事業費"),
    (6, "2724万円", 27240000, "保育園施設改修事業費"),
    (7, "2742万円", 27420000, "和気小学校施設整備事業費"),
    (8, "2300万円", 23000000, "寺井中学校施設整備事業費"),
    (9, "4044万円", 40440000, "九谷焼資料館改修補助金"),
    (10, "1億5000万円", 150000000, "吉原釜屋大浜線道路改良事業費"),
    (11, "1億5210万円", 152100000, "寺井地区都市再生整備計画事業費"),
    (12, "730万円", 7300000, "洪水ハザードマップ作成事業費"),
    (13, "3000万円", 30000000, "定住促進助成交付金事業費"),
]
M += [amt(ln, t, v, role=S) for ln, t, v, _ in ITEMS]
W = "`▽item N円` under 一般会計の主な内容 of the 6月補正予算案"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2016], program=p, role=S, why=W) for ln, t, v, p in ITEMS]
NOT_ROWS = [
    dict(line=1, text="15億5100万円", value_yen=1551000000, fy=None, mention_role=S, what="一般会計 (補正額)",
         reason="total of the supplementary"),
    dict(line=1, text="225億6100万円", value_yen=22561000000, fy=None, mention_role="budget", what="累計額",
         reason="the account's total after the supplementary"),
]
