from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "sanjo_shokugyo_kunren_shisetsu_shushi"
# 新潟県三条市's facility sheets (a copy on happylibus, run into one line): the 職業訓練施設 under a designated manager
# (`指 H23.4.1 ~H28.3.31`), its building cost `122,160千円`, its 平成25年度 results (`コスト 6,237,668円`, `(指定管理委託料)
# (0円)`, `8,258,421円 (減免前使用料)`, `税金充当額 … 0円`, `1日当たりのコスト … 17,375円 23,004円`, rates `14.8%`), the
# chart's room rates and scale, and the next sheet's 勤労青少年ホーム (`583,000千円`). Results and costs are `other`; the
# year's figures take fy 2013 from `平成25年度の実績` (GUIDE: a label applies to the items after it); the building costs
# fy null. No rows; every amount a trap. Judgement calls (NEW): the chart axis `H20 … H27` are fiscal years (GUIDE's era
# axes) while its bare values (`12,500 9,739 …`, `7,539 7,411 …`) are no mentions; the percents written with `%` are
# mentions even on the chart's scale (`0% 25% 50% 75% 100%`; arguable: a scale is no figure, −5 percents); the closing
# days `8月14日~16日` and `12月29日~1月3日` are dates of the sheet's year 2013 (the last rolling to 2014; arguable: a
# recurring rule, no dates), each range one mention as the period `H23.4.1 ~H28.3.31` (GUIDE `４月10～11日`; blind audit); `築31年`, `築18年` durations (the building's age); `1日当たり` a rate marker (no per: `day`
# is no per of the GUIDE); addresses `8-53`, `15-8`, areas, clock times `8:30~21:30` no mentions.
O = "other"
RES = "a facility's result of 平成25年度 (cost, income or tax share), no appropriation"


def _y(text: str, yen: int, what: str) -> dict:
    return trap(amt(5, text, yen, role=O, fy=2013), what, RES)


M = [
    date(5, "H23.4.1 ~H28.3.31", "2011-04-01", "2016-03-31"),
    date(5, "1982/12/13", "1982-12-13"),
    fyr(5, "昭和57年度", 1982),
    dur(5, "築31年", 31, "year"),
    trap(amt(5, "122,160千円", 122160000, role=O), "職業訓練施設 建設費", "a building's cost"),
    date(5, "8月14日~16日", "2013-08-14", "2013-08-16"),
    date(5, "12月29日~1月3日", "2013-12-29", "2014-01-03"),
    fyr(5, "平成25年度", 2013),
    _y("6,237,668円", 6237668, "職業訓練施設 コスト"),
    _y("6,237,668円", 6237668, "職業訓練施設 ランニングコスト"),
    _y("0円", 0, "職業訓練施設 指定管理委託料"),
    _y("0円", 0, "職業訓練施設 大規模修繕費"),
    _y("0円", 0, "職業訓練施設 使用料"),
    _y("0円", 0, "職業訓練施設 その他収入"),
    _y("8,258,421円", 8258421, "職業訓練施設 減免前使用料"),
    _y("8,258,421円", 8258421, "職業訓練施設 税金充当額"),
    _y("0円", 0, "職業訓練施設 (税金充当額欄の) 0円"),
    pct(5, "0.0%", 0.0),
    pct(5, "14.8%", 14.8),
    _y("17,375円", 17375, "職業訓練施設 1日当たりのコスト"),
    _y("23,004円", 23004, "職業訓練施設 1日当たりの収入"),
    fyr(5, "H20", 2008), fyr(5, "H21", 2009), fyr(5, "H22", 2010), fyr(5, "H23", 2011),
    fyr(5, "H24", 2012), fyr(5, "H25", 2013), fyr(5, "H26", 2014), fyr(5, "H27", 2015),
    pct(5, "0%", 0), pct(5, "0%", 0), pct(5, "0%", 0), pct(5, "7.1%", 7.1), pct(5, "0%", 0), pct(5, "5.7%", 5.7),
    pct(5, "100%", 100), pct(5, "5.7%", 5.7),
    pct(5, "0%", 0), pct(5, "25%", 25), pct(5, "50%", 50), pct(5, "75%", 75), pct(5, "100%", 100),
    date(5, "1995/4/1", "1995-04-01"),
    fyr(5, "平成07年度", 1995),
    dur(5, "築18年", 18, "year"),
    trap(amt(5, "583,000千円", 583000000, role=O), "勤労青少年ホーム 建設費", "a building's cost"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
