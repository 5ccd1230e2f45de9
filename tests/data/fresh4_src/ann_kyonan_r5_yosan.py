from kinds import amt, date, fyr, pct

DOC = "kyonan_r5_yosan"
# 鋸南町 令和5年度 当初予算 (the page's text starts at its body; the table names 令和5年度 and 令和4年度 columns and
# the lead-in's totals are the table's 令和5年度 figures): the year's figures are budget FY2023, the 令和4年度 column
# previous_budget FY2022; percents are the changes as written (`減`/`増` carry the sign, value as written; `減増` on
# the 国民健康保険 row is as stored). `5月に5類に` : 5月 is a date (2023-05), `5類` a category name (no mention).
# `●一般廃棄物処理施設整備事業 2億7,664万円` is the one programme: a row. Account totals are traps.
B, P, FY = "budget", "previous_budget", 2023
M = [
    amt(2, "79億5,109万円", 7951090000, fy=FY),
    pct(2, "5.7%", 5.7),
    amt(3, "42億9,932万円", 4299320000, fy=FY),
    pct(3, "13.0%", 13.0),
    date(4, "5月", "2023-05"),
    amt(17, "2億7,664万円", 276640000, fy=FY),
]
TABLE = [
    (9, "一般会計", "42億9,932万円", 4299320000, "49億4,221万円", 4942210000, "13.0%", 13.0),
    (10, "特別会計 国民健康保険", "10億5,039万円", 1050390000, "10億2,043万円", 1020430000, "2.9%", 2.9),
    (11, "後期高齢者医療保険", "1億5,678万円", 156780000, "1億4,992万円", 149920000, "4.6%", 4.6),
    (12, "介護保険", "14億5,898万円", 1458980000, "14億7,017万円", 1470170000, "0.8%", 0.8),
    (13, "企業会計 病院事業", "1億7,757万円", 177570000, "1億931万円", 109310000, "62.4%", 62.4),
    (14, "水道事業", "8億806万円", 808060000, "7億3,746万円", 737460000, "9.6%", 9.6),
    (15, "合計", "79億5,109万円", 7951090000, "84億2,951万円", 8429510000, "5.7%", 5.7),
]
NOT_ROWS = [
    dict(line=2, text="79億5,109万円", value_yen=7951090000, fy=FY, mention_role=B, what="予算総額 (all accounts)",
         reason="total of all accounts"),
    dict(line=3, text="42億9,932万円", value_yen=4299320000, fy=FY, mention_role=B, what="一般会計",
         reason="account total"),
]
for ln, what, t, v, pt, pv, ct, cv in TABLE:
    M += [fyr(ln, "令和5年度", FY), amt(ln, t, v, fy=FY), fyr(ln, "令和4年度", 2022),
          amt(ln, pt, pv, role=P, fy=2022), pct(ln, ct, cv)]
    NOT_ROWS.append(dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=B, what=f"{what} 令和5年度",
                         reason="account total"))
    NOT_ROWS.append(dict(line=ln, text=pt, value_yen=pv, fy=2022, mention_role=P, what=f"{what} 令和4年度",
                         reason="previous year's account total"))
ROWS = [
    dict(line=17, text="2億7,664万円", budget_yen=276640000, fy=FY, program="一般廃棄物処理施設整備事業", role=B,
         why="`●name amount` programme of the 令和5年度 当初予算 page"),
]
