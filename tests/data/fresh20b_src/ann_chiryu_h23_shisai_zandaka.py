from kinds import amt, cnt, date, fyr, trap, traps

DOC = "chiryu_h23_shisai_zandaka"
# 愛知県知立市's page on its 市債 (the 平成23年度 settlement): the year-end balance `250億1,538万円`, its split by kind of
# bond (下水道事業債, 臨時財政対策債, 教育債 ...) and by lender (財務省, 市中銀行 ...) with two `合計`, and the balance per
# citizen `250億1,538万円÷70,451人=355,075円`. No appropriation: every amount is a balance or a part of one, `other`,
# fy 2011 from `平成23年度末現在` (a year-end balance belongs to the year that ends), and a trap (a bond kind or a lender
# is no programme; the per-citizen figure keeps per null, as the earlier sets' per-resident figures). `70,451人` a count;
# the page's `更新日:2023年08月31日` a date.
O = "other"
BAL = "the city's debt (市債) balance at the end of 平成23年度, not an appropriation"
PART = "one part of the 市債 balance (by kind of bond or by lender), not a programme's budget"
M = [
    fyr(4, "平成23年度", 2011),
    trap(amt(4, "250億1,538万円", 25015380000, role=O, fy=2011), "市債残高 (平成23年度末)", BAL),
    trap(amt(5, "85億6,154万円", 8561540000, role=O, fy=2011), "下水道事業債", PART),
    trap(amt(6, "54億1,300万円", 5413000000, role=O, fy=2011), "臨時財政対策債", PART),
    trap(amt(7, "47億2,829万円", 4728290000, role=O, fy=2011), "教育債", PART),
    trap(amt(8, "26億3,420万円", 2634200000, role=O, fy=2011), "土木債", PART),
    trap(amt(9, "13億2,718万円", 1327180000, role=O, fy=2011), "減税補てん債", PART),
    trap(amt(10, "11億8,296万円", 1182960000, role=O, fy=2011), "水道事業債", PART),
    trap(amt(11, "6億4,937万円", 649370000, role=O, fy=2011), "民生債", PART),
    trap(amt(12, "5億1,884万円", 518840000, role=O, fy=2011), "その他 (市債)", PART),
    trap(amt(13, "250億1,538万円", 25015380000, role=O, fy=2011), "合計 (種類別)", BAL),
    trap(amt(15, "98億1,277万円", 9812770000, role=O, fy=2011), "財務省 (借入先)", PART),
    trap(amt(17, "112億564万円", 11205640000, role=O, fy=2011), "市中銀行 (借入先)", PART),
    trap(amt(19, "31億3,530万円", 3135300000, role=O, fy=2011), "地方公共団体金融機構 (借入先)", PART),
    trap(amt(20, "8億6,167万円", 861670000, role=O, fy=2011), "共済組合等 (借入先)", PART),
    trap(amt(21, "250億1,538万円", 25015380000, role=O, fy=2011), "合計 (借入先別)", BAL),
    trap(amt(23, "250億1,538万円", 25015380000, role=O, fy=2011), "市債残高 (1人あたりの計算式)", BAL),
    cnt(23, "70,451人", 70451, "人"),
    trap(amt(23, "355,075円", 355075, role=O, fy=2011), "市民1人あたりの市債残高",
         "the debt balance divided by the population, not an appropriation"),
    date(24, "2023年08月31日", "2023-08-31"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
