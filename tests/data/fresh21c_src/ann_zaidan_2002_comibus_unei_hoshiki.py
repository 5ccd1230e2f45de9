from kinds import cnt, pct

DOC = "zaidan_2002_comibus_unei_hoshiki"
# 日本財団 図書館's copy of a 2002 survey report on municipal community buses (運営方式, 運営委託先, the grants municipalities
# receive): shares (`82.2%`, `81.5%`, the 3×3 table of percents by population class, each cell with its own `%`), population
# classes as counts of people (`3万人以上` at_least, `1万人未満` at_most, `10万人以上`, `3〜10万人未満` a range 30,000..100,000
# with at_most for 未満). The 件数 table's bare numbers and the bracketed respondents `(41)`, `(102)`, `(23)` have no unit: no
# mentions; `20KB`, `15KB` file sizes; `図2-7`, `表2−18` labels. No amounts, no years.
M = [
    pct(4, "82.2%", 82.2),
    pct(9, "81.5%", 81.5),
    cnt(10, "3万人", 30000, "人", hi=None, q=("at_least",)),
    cnt(10, "1万人", None, "人", hi=10000, q=("at_most",)),
    cnt(13, "10万人", 100000, "人", hi=None, q=("at_least",)),
    cnt(13, "3〜10万人", 30000, "人", hi=100000, q=("at_most",)),
    cnt(13, "1万人", None, "人", hi=10000, q=("at_most",)),
    pct(14, "88.6%", 88.6),
    pct(14, "84.2%", 84.2),
    pct(14, "56.5%", 56.5),
    pct(15, "11.4%", 11.4),
    pct(15, "10.9%", 10.9),
    pct(15, "30.4%", 30.4),
    pct(16, "2.3%", 2.3),
    pct(16, "8.9%", 8.9),
    pct(16, "21.7%", 21.7),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
