from kinds import amt, cnt, fyr, trap, traps

DOC = "katagami_h30_furusato_kifu_jokyo"
# 潟上市 (秋田県)'s ふるさと納税 page: the year's donations `平成30年度…申込件数1,102件、寄附金総額は2,366万6千円`, a table of
# every year's donations since the scheme began (`平成20年度 14件 2,420,000円` … `平成30年度 1,102件 23,666,000円`: units
# written in every cell, so each cell is a mention), the four uses donors choose (`4事業`), and the first use reported
# (`子ども育成支援事業(4,015,000円)` under `平成30年度に寄附金で行った事業`). Donations per fiscal year are `other` with their
# row's fy (fresh11c's 函館市 table), traps; the use of the year is a settled figure, `other`, fy 2018 (from the label
# line above it), a trap. `平成30年度` in the text and every row header fiscal years. `0歳児` an age (no mention). The
# row `平成20年度` has a run of spaces before its count (kept). The page is cut by the corpus in the first use's text.
O = "other"
D = "donations received in one fiscal year (ふるさと納税 results), not a budget"
ROWS_T = [(7, "平成20年度", 2008, "14件", 14, "2,420,000円", 2420000),
          (8, "平成21年度", 2009, "16件", 16, "2,630,000円", 2630000),
          (9, "平成22年度", 2010, "11件", 11, "1,470,000円", 1470000),
          (10, "平成23年度", 2011, "11件", 11, "1,246,000円", 1246000),
          (11, "平成24年度", 2012, "10件", 10, "1,020,000円", 1020000),
          (12, "平成25年度", 2013, "14件", 14, "1,101,000円", 1101000),
          (13, "平成26年度", 2014, "26件", 26, "7,071,000円", 7071000),
          (14, "平成27年度", 2015, "625件", 625, "17,226,000円", 17226000),
          (15, "平成28年度", 2016, "820件", 820, "15,828,000円", 15828000),
          (16, "平成29年度", 2017, "814件", 814, "16,950,000円", 16950000),
          (17, "平成30年度", 2018, "1,102件", 1102, "23,666,000円", 23666000)]
M = [
    fyr(3, "平成30年度", 2018), cnt(3, "1,102件", 1102, "件"),
    trap(amt(3, "2,366万6千円", 23666000, role=O, fy=2018), "寄附金総額 (平成30年度)", D),
]
for line, era, year, ctext, n, atext, yen in ROWS_T:
    M += [fyr(line, era, year), cnt(line, ctext, n, "件"),
          trap(amt(line, atext, yen, role=O, fy=year), f"寄附総額 ({era})", D)]
M += [
    cnt(19, "4事業", 4, "事業"),
    fyr(33, "平成30年度", 2018),
    trap(amt(34, "4,015,000円", 4015000, role=O, fy=2018), "子ども育成支援事業 (平成30年度に寄附金で行った事業)",
         "donations put to a programme in a past year (a settled use of the ふるさと納税 money), not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
