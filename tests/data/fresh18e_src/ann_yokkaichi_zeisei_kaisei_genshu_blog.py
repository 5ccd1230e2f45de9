from kinds import cnt, date, fyr, pct

DOC = "yokkaichi_zeisei_kaisei_genshu_blog"
# 三重県四日市市: a city councillor's blog (ameblo, December 2015) on how the tax reform cuts the city's revenue, after the
# 財政経営部's 中期財政収支見通し to 平成31年度: the 法人税割 rate of the 法人市民税 from `13.5%` to `10.9%`. No amount
# (the stored text is cut before the figures of the revenue lost). `12月17日` takes 2015 (the blog's year, December 2015:
# the stored text writes no year for it; NEW, arguable: the deck's years are 平成26年度 and 平成31年度). `平成31年度までの`
# null..2019 at_most (GUIDE's deadlines); `平成26年度10月1日以降` a fiscal year 2014 and a date 2014-10-01.. at_least (the
# era label written with 年度, split as `令和6年度12月` elsewhere in this set). `2点` a count of 2 `点`. List marks no mentions.
M = [
    date(8, "12月17日", "2015-12-17"), fyr(8, "平成31年度", None, 2019, q=("at_most",)),
    cnt(10, "2点", 2, "点"),
    fyr(14, "平成26年度", 2014),
    pct(16, "13.5%", 13.5), fyr(16, "平成26年度", 2014), date(16, "10月1日", "2014-10-01", None, q=("at_least",)),
    pct(16, "10.9%", 10.9),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
