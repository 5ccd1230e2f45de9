from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "morecadence_jka_kikai_saitaku"
# JKA's media page of its 機械振興補助事業's yearly award totals (`採択総額`), one year a line `YYYY N円`, 2011-2022:
# totals of grants awarded, `support` (fresh11c's grants paid out), fy the year of the line's label (GUIDE: a year in
# a row header sets the fy; the bare year itself no mention: bare Gregorian year columns), traps. `約10年` a
# duration; `2つに分かれている` a count (GUIDE's `つ`); `2011年と2022年` two dates; `2022年度` a fiscal year; `2倍`,
# `約2倍` ratios (no mention).
S = "support"
T = "a year's total of grants awarded (採択総額), not a budget"
YEARS = [(9, 2011, "1,600,802,000円", 1600802000), (10, 2012, "998,681,000円", 998681000),
         (11, 2013, "1,256,146,000円", 1256146000), (12, 2014, "1,510,294,000円", 1510294000),
         (13, 2015, "1,669,193,000円", 1669193000), (14, 2016, "1,633,453,000円", 1633453000),
         (15, 2017, "1,948,853,000円", 1948853000), (16, 2018, "2,196,898,000円", 2196898000),
         (17, 2019, "2,393,047,000円", 2393047000), (18, 2020, "2,498,867,000円", 2498867000),
         (19, 2021, "2,548,767,000円", 2548767000), (20, 2022, "2,937,393,000円", 2937393000)]
M = [
    dur(3, "10年", 10, "year", q=("approx",)), cnt(4, "2つ", 2, "つ"),
    fyr(6, "2022年度", 2022),
    date(7, "2011年", "2011"), date(7, "2022年", "2022"),
]
M += [trap(amt(line, text, v, role=S, fy=y), f"機械振興補助事業 採択総額 {y}", T) for line, y, text, v in YEARS]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
