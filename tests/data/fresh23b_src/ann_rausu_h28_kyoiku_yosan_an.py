from kinds import amt, date, pct, trap, traps

DOC = "rausu_h28_kyoiku_yosan_an"
# 北海道羅臼町's 28年度予算案 (北海道教育新聞, 2016-03-01) in kanji numerals, then the site's teasers of three other towns'
# 28年度予算案 (陸別町, 長万部町, 知内町), each cut. fy 2016 on every amount (era-less `28年度` / `二十八年度` / `新年度`
# fixed by the dateline: 平成28). Headline figures (`教育費は6億円`, `教育費に3億計上`, `教育費4億円`, `4億`) are amounts
# (fresh14c: a headline's clipped `65億`), the 教育費 totals, traps. The one programme figure: the new 知床未来中学校's
# construction `新年度は三億一千六百万円を投じて着工` (a row). `約二倍` a ratio (no kind); `三十年度` era-less (no
# mention); `小学校一~三年生` grades (no mention). Day dates take the dateline's year (二月十九日 → 2016-02-19).
B, FY = "budget", 2016
TOT, ACC = ("教育費 total", "a 款 (the whole education budget), not a programme"), ("一般会計 total", "an account's total, not a programme")
_T = [
    trap(amt(1, "6億円", 600000000, role=B, fy=FY), "教育費 in the headline", "a 款 total (rounded in the headline)"),
    trap(amt(2, "四十一億六千九百万円", 4169000000, role=B, fy=FY), *ACC),
    trap(amt(2, "六億一千五百三十万円", 615300000, role=B, fy=FY), *TOT),
    trap(amt(7, "3億", 300000000, role=B, fy=FY), "陸別町's 教育費 in a teaser headline", "a 款 total (clipped headline)"),
    trap(amt(8, "四十二億六千四百万円", 4264000000, role=B, fy=FY), "陸別町's 一般会計", "an account's total"),
    trap(amt(8, "三億四千九百二十四万円", 349240000, role=B, fy=FY), "陸別町's 教育費", "a 款 total"),
    trap(amt(9, "4億円", 400000000, role=B, fy=FY), "長万部町's 教育費 in a teaser headline", "a 款 total (rounded)"),
    trap(amt(10, "四十二億七千六百万円", 4276000000, role=B, fy=FY), "長万部町's 一般会計の総額", "an account's total"),
    trap(amt(10, "四億一千八百一万円", 418010000, role=B, fy=FY), "長万部町's 教育費", "a 款 total"),
    trap(amt(11, "4億", 400000000, role=B, fy=FY), "知内町's 教育費 in a teaser headline", "a 款 total (clipped headline)"),
]
_ROW = amt(3, "三億一千六百万円", 316000000, role=B, fy=FY)
M = [date(1, "2016-03-01", "2016-03-01"), date(2, "二月十九日", "2016-02-19"), pct(2, "一六・九%", 16.9),
     date(5, "2016-03-01", "2016-03-01"),
     date(8, "二月十九日", "2016-02-19"), pct(8, "〇・四%", 0.4), pct(8, "一五・八%", 15.8), date(8, "2016-03-01", "2016-03-01"),
     date(10, "二月二十六日", "2016-02-26"), pct(10, "五・一%", 5.1), pct(10, "四・三%", 4.3),
     date(10, "2016-03-01", "2016-03-01"), date(12, "二月二十五日", "2016-02-25")]
M += _T + [_ROW]
ROWS = [dict(line=3, text="三億一千六百万円", budget_yen=316000000, fy=FY, program="知床未来中学校 新校舎建設", role=B,
             why="the new school's construction money of the 28年度予算案 (`新年度は…を投じて着工`)")]
NOT_ROWS = traps(_T)
