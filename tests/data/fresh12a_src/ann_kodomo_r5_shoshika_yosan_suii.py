from kinds import amt, date, dur, fyr

DOC = "kodomo_r5_shoshika_yosan_suii"
# こども政策の強化に関する関係府省会議 (第6回, 3/31), 参考資料 page 8 as wic-net's text layer: `少子化対策関係予算(当初予算
# ベース)の推移`, a field's budgets summed over ministries, FY2004-2022. The lead `2013年度の約3.3兆円から2022年度には約
# 6.1兆円`: budget, fy 2013 and 2022, approx; traps (a total of a field over many programmes and ministries, not one
# programme's budget; the brief's `totals of a field`). The chart's cells under `(兆円)` (`7.0`, `6.0`, `5.9` …) are bare:
# no mentions; its axis `H16` … `R4` fiscal years, one each (GUIDE). `過去10年間` a duration. `(第6回 3/31)`: the meeting's
# date, 2023-03-31 (the deck's year from its latest data, FY2022, and the council's first year; arguable). `(8 ページ)`,
# the URL, `第9条`, `第7条`, the note numbers `1` `2`: no mentions. Site header lines kept.
B = "budget"
M = [
    date(6, "3/31", "2023-03-31"),
    fyr(14, "2013年度", 2013), amt(14, "3.3兆円", 3300000000000, fy=2013, q=("approx",)),
    fyr(14, "2022年度", 2022), amt(14, "6.1兆円", 6100000000000, fy=2022, q=("approx",)), dur(14, "10年間", 10, "year"),
    fyr(21, "R2", 2020), fyr(22, "R3", 2021), fyr(23, "R4", 2022),
    fyr(34, "H24", 2012), fyr(35, "H25", 2013),
    fyr(42, "H16", 2004), fyr(43, "H17", 2005),
    fyr(48, "H18", 2006), fyr(49, "H19", 2007), fyr(50, "H20", 2008), fyr(51, "H21", 2009),
    fyr(54, "H22", 2010), fyr(55, "H23", 2011), fyr(56, "H26", 2014), fyr(57, "H27", 2015), fyr(58, "H28", 2016),
    fyr(59, "H29", 2017), fyr(60, "H30", 2018), fyr(61, "R1", 2019),
]
ROWS: list[dict] = []
TF = "a field's budget summed over many programmes and ministries (少子化対策関係予算), not one programme's budget"
NOT_ROWS = [
    dict(line=14, text="3.3兆円", value_yen=3300000000000, fy=2013, mention_role=B, what="少子化対策関係予算 2013年度", reason=TF),
    dict(line=14, text="6.1兆円", value_yen=6100000000000, fy=2022, mention_role=B, what="少子化対策関係予算 2022年度", reason=TF),
]
