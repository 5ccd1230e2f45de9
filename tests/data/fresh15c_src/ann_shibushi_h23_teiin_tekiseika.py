from kinds import cnt, date, dur, fyr

DOC = "shibushi_h23_teiin_tekiseika"
# 鹿児島県志布志市's news item on its 第2次職員定員適正化計画 (2011年4月28日): no money; the plan's span (`平成23年度から平成
# 27年度までの5年間`: two fiscal-year points and a duration), the target (`322人以下`: a cap, null..322 at_most), the
# staff counts of the year's April 1 and the last plan's result (`50人`). The table's era labels `H22` … `H28(参考)` and
# `H18` … `H22` are fiscal years (GUIDE: era-labelled headers), as are the row labels `平成23年度比較` and
# `対平成18年度職員数増減`; the cells are bare numbers (`355`, `△4`: no counter in the cell, no mentions; the header's
# `職員数` is no counter written after the number). `(4月1日現在)` a recurring date (no mention). `第2次` an ordinal;
# phone and fax no mentions.
M = [
    date(2, "2011年4月28日", "2011-04-28"),
    fyr(4, "平成23年度", 2011), fyr(4, "平成27年度", 2015), dur(4, "5年間", 5, "year"), cnt(4, "29人", 29, "人"),
    fyr(5, "平成23年度", 2011), fyr(5, "平成27年度", 2015), dur(5, "5年間", 5, "year"),
    date(5, "平成28年4月1日", "2016-04-01"),
    date(6, "平成23年4月1日", "2011-04-01"), cnt(6, "351人", 351, "人"), dur(6, "5年後", 5, "year"),
    date(6, "平成28年4月1日", "2016-04-01"), cnt(6, "322人", None, "人", hi=322, q=("at_most",)),
]
M += [fyr(ln, f"H{y - 1988}", y) for ln, y in zip(range(8, 15), range(2010, 2017))]
M += [fyr(36, "平成23年度", 2011)]
M += [fyr(ln, f"H{y - 1988}", y) for ln, y in zip(range(49, 54), range(2006, 2011))]
M += [fyr(66, "平成18年度", 2006),
      fyr(71, "平成18年度", 2006), fyr(71, "平成22年度", 2010), dur(71, "5年間", 5, "year"), cnt(71, "50人", 50, "人")]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
