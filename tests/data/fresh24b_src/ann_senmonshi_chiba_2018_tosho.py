from kinds import amt, date, fyr, pct, trap, traps

DOC = "senmonshi_chiba_2018_tosho"
# 千葉県's 2018年度当初予算案 (the 千葉市 and `ちば元気プラン` name it) as a construction trade paper reports it: every amount
# fy 2018 (the lead's `2018年度当初予算案`). 一般会計 `budget`, a trap; the increases `27億円`, `307億円`, `約39億円`, `約44億円`
# `other` (changes); 投資的経費, 普通建設事業費 and its 補助事業 / 単独事業 `other` (a split by kind of expense, fresh4), traps.
# `主要事業は、…` works with their amounts rows; the bracketed `ほかに債務負担行為194億9700万円`, `(同44億円)`, `(同5900万円)`
# `other` (NEW for this wording: a debt-burden authorisation for later years beside the work's appropriation, as the earlier
# sets' 債務負担行為 限度額 `other`; no at_most: no 限度額 word), traps. The new work's `調査費などに1850万円` a row. `1日` the
# report's day (2018-02-01). Percents with `・` as the decimal point. The cut `館山警` no mention.
B, O, FY = "budget", "other", 2018
M = [
    date(1, "1日", "2018-02-01"), fyr(1, "2018年度", FY),
    trap(amt(1, "1兆7288億8100万円", 1728881000000, role=B, fy=FY), "一般会計", "account total"),
    trap(amt(1, "27億円", 2700000000, role=O, fy=FY), "一般会計の増加", "change"), pct(1, "0・2%", 0.2),
    trap(amt(1, "307億円", 30700000000, role=O, fy=FY), "特殊要因を除く増加", "change"), pct(1, "1・8%", 1.8),
    pct(2, "2・3%", 2.3),
    trap(amt(2, "1599億9100万円", 159991000000, role=O, fy=FY), "投資的経費", "split by kind of expense"),
    pct(2, "6・3%", 6.3),
    trap(amt(2, "1414億8700万円", 141487000000, role=O, fy=FY), "普通建設事業費", "split by kind of expense"),
    pct(2, "5・1%", 5.1),
    trap(amt(2, "790億2300万円", 79023000000, role=O, fy=FY), "補助事業 (普通建設事業費の内訳)", "split by kind of expense"),
    pct(2, "7・7%", 7.7),
    trap(amt(2, "624億6400万円", 62464000000, role=O, fy=FY), "単独事業 (普通建設事業費の内訳)", "split by kind of expense"),
    trap(amt(2, "39億円", 3900000000, role=O, fy=FY, q=("approx",)), "補助事業の増", "change"),
    trap(amt(2, "44億円", 4400000000, role=O, fy=FY, q=("approx",)), "単独事業の増額", "change"),
    amt(3, "576億8083万円", 57680830000, role=B, fy=FY),
    trap(amt(3, "194億9700万円", 19497000000, role=O, fy=FY), "道路ネットワーク事業の債務負担行為",
         "a debt-burden authorisation for later years"),
    amt(3, "157億1888万円", 15718880000, role=B, fy=FY),
    trap(amt(3, "44億円", 4400000000, role=O, fy=FY), "県有建物長寿命化対策事業の債務負担行為",
         "a debt-burden authorisation for later years"),
    amt(3, "3億6590万円", 365900000, role=B, fy=FY),
    trap(amt(3, "5900万円", 59000000, role=O, fy=FY), "特別支援学校整備事業の債務負担行為",
         "a debt-burden authorisation for later years"),
    amt(3, "3億2619万円", 326190000, role=B, fy=FY),
    amt(5, "1850万円", 18500000, role=B, fy=FY),
]
P = "千葉県"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=B, ministry=P, why=w) for ln, t, v, p, w in (
    (3, "576億8083万円", 57680830000, "道路ネットワーク事業", "a 主要事業 of the 2018年度当初予算案"),
    (3, "157億1888万円", 15718880000, "県有建物長寿命化対策事業", "a 主要事業 of the 2018年度当初予算案"),
    (3, "3億6590万円", 365900000, "特別支援学校整備事業", "a 主要事業 of the 2018年度当初予算案"),
    (3, "3億2619万円", 326190000, "交番・駐在所整備事業", "a 主要事業 of the 2018年度当初予算案"),
    (5, "1850万円", 18500000, "千葉リハビリテーションセンター再整備事業", "a 新規事業's appropriation (調査費など)"))]
NOT_ROWS = traps(M)
