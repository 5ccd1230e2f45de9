from kinds import amt, cnt, date, fyr

DOC = "hakodate_oma_sosho_kifu"
# 函館市's page on the donations to its 大間原発 建設差し止め訴訟 (寄附金 and ふるさと納税 received per fiscal year) and the
# lawsuit's settled costs (訴訟費用の決算額), 公開日 2024-10-02. Two `|` tables flattened one row a line, some rows broken over
# lines (`H27年度 |` / `91件 5,601,376円 |`). Every row label (`H25年度` … `R5年度`, `R元年度` = 2019) is a fiscal_year
# mention (GUIDE: era abbreviations are fiscal years) and sets the fy of the amounts of its row (GUIDE: a year in a row
# header). Donations received are `other` (GUIDE: donations), the settled costs are `other` too (a settlement is no
# budget: fresh3's 小川村 決算). The `合 計` rows and the grand total `(R6.3.31現在)` span years: fy null. Every amount is a
# trap: no budget on the page. `件` counts; `R6.3.31` a dotted date (GUIDE); `平成29年度より` a point (GUIDE: より).
O = "other"
DON = [  # (line, fy label, fy, [(count text, n), (amount text, yen)] for 寄附金 then ふるさと納税)
    (5, "H25年度", 2013, [("67件", 67, "3,645,180円", 3645180)]),
    (6, "H26年度", 2014, [("1,088件", 1088, "45,805,139円", 45805139)]),
    (10, "H28年度", 2016, [("46件", 46, "922,200円", 922200)]),
    (11, "H29年度", 2017, [("25件", 25, "655,000円", 655000), ("1,333件", 1333, "38,806,064円", 38806064)]),
    (12, "H30年度", 2018, [("6件", 6, "154,520円", 154520), ("1,079件", 1079, "28,001,000円", 28001000)]),
    (13, "R元年度", 2019, [("5件", 5, "56,000円", 56000), ("1,970件", 1970, "33,393,000円", 33393000)]),
    (14, "R2年度", 2020, [("2件", 2, "23,000円", 23000), ("2,320件", 2320, "38,318,000円", 38318000)]),
    (15, "R3年度", 2021, [("3件", 3, "73,000円", 73000), ("1,735件", 1735, "31,691,000円", 31691000)]),
    (16, "R4年度", 2022, [("1件", 1, "20,000円", 20000), ("1,521件", 1521, "31,083,000円", 31083000)]),
    (17, "R5年度", 2023, [("5件", 5, "36,000円", 36000), ("1,899件", 1899, "37,595,000円", 37595000)]),
]
# 訴訟費用の決算額: (label line, label, fy, amount line, text, yen)
COST = [
    (21, "H26年度", 2014, 21, "8,886,991円", 8886991), (22, "H27年度", 2015, 22, "3,134,919円", 3134919),
    (23, "H28年度", 2016, 23, "14,187,952円", 14187952), (24, "H29年度", 2017, 25, "3,083,830円", 3083830),
    (27, "H30年度", 2018, 28, "2,840,605円", 2840605), (30, "R元年度", 2019, 31, "2,743,901円", 2743901),
    (33, "R2年度", 2020, 34, "1,301,758円", 1301758), (36, "R3年度", 2021, 37, "1,771,992円", 1771992),
    (39, "R4年度", 2022, 39, "2,639,222円", 2639222), (40, "R5年度", 2023, 41, "1,742,737円", 1742737),
]
M = [date(1, "2024年10月02日", "2024-10-02"),
     fyr(7, "H27年度", 2015), cnt(8, "91件", 91, "件"), amt(8, "5,601,376円", 5601376, role=O, fy=2015)]
NOT_ROWS = [dict(line=8, text="5,601,376円", value_yen=5601376, fy=2015, mention_role=O, what="H27年度 寄附金",
                 reason="donations received for the lawsuit (other)")]
for line, lab, fy, cells in DON:
    M.append(fyr(line, lab, fy))
    for k, (ct, n, at, yen) in enumerate(cells):
        M += [cnt(line, ct, n, "件"), amt(line, at, yen, role=O, fy=fy)]
        what = f"{lab} {'寄附金' if k == 0 else 'ふるさと納税'}"
        NOT_ROWS.append(dict(line=line, text=at, value_yen=yen, fy=fy, mention_role=O, what=what,
                             reason="donations received for the lawsuit (other)"))
M += [cnt(18, "1,339件", 1339, "件"), amt(18, "56,991,415円", 56991415, role=O),
      cnt(18, "11,857件", 11857, "件"), amt(18, "238,897,064円", 238897064, role=O),
      cnt(19, "13,196件", 13196, "件"), amt(19, "295,888,479円", 295888479, role=O), date(19, "R6.3.31", "2024-03-31")]
NOT_ROWS += [
    dict(line=18, text="56,991,415円", value_yen=56991415, fy=None, mention_role=O, what="寄附金 合計 (H25-R5年度)",
         reason="a total of donations over eleven years (other, fy null)"),
    dict(line=18, text="238,897,064円", value_yen=238897064, fy=None, mention_role=O, what="ふるさと納税 合計 (H29-R5年度)",
         reason="a total of hometown-tax donations over seven years (other, fy null)"),
    dict(line=19, text="295,888,479円", value_yen=295888479, fy=None, mention_role=O, what="寄附金・ふるさと納税の総額 (R6.3.31現在)",
         reason="the grand total of donations received (other)"),
]
for lline, lab, fy, aline, at, yen in COST:
    M += [fyr(lline, lab, fy), amt(aline, at, yen, role=O, fy=fy)]
    NOT_ROWS.append(dict(line=aline, text=at, value_yen=yen, fy=fy, mention_role=O, what=f"{lab} 訴訟費用の決算額",
                         reason="a settled cost of the lawsuit (決算, other): no budget"))
M += [amt(44, "41,986,853円", 41986853, role=O), fyr(48, "平成29年度", 2017)]
NOT_ROWS.append(dict(line=44, text="41,986,853円", value_yen=41986853, fy=None, mention_role=O, what="訴訟費用の決算額 合計",
                     reason="a total of settled costs over ten years (other, fy null)"))
ROWS: list[dict] = []
