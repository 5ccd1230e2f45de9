from kinds import amt, date, dur, fyr, trap, traps

DOC = "nhk_2023_gaisan_kakusho"
# The ministries' 概算要求 for `来年度=令和5年度` as NHK reports it on the filing day (2022-08-31): every requested
# figure budget FY2023 (the written 令和5年度 fixes 来年度, fresh24a). Ministry and agency totals (外務省 `7961億円`, 防衛省
# `5兆5947億円`, こども家庭庁準備室 `1兆4961億円`, 厚生労働省 `33兆2644億円`) and the headline's national `総額110兆円規模`
# (規模 no qualifier, fresh24a) traps; increases (`1057億円多い`, `6000億円あまり上回る` at_least) `other`, traps; the
# threshold `110兆円を超える` (twice) and `110兆円を上回り` `other`, fy null, at_least (fresh24a's `100兆円を超え`; `上回る` as
# `超`), traps; `111兆円あまりとなった去年` the previous year's request, budget FY2022 (fresh24a's previous request),
# at_least, a trap. The one row: 外務省's `G7サミット…の準備に199億円`. `31日` ×2 2022-08-31 (the page's date from its
# address), `来年4月` 2023-04; `2年連続` ×3 durations; `5年以内` null..5 year at_most. `G7`, `主要7か国首脳会議` names.
B, O, FY = "budget", "other", 2023
M = [
    trap(amt(1, "110兆円", 110000000000000, fy=FY), "概算要求 総額 (headline)", "the national request total"),
    fyr(2, "令和5年度", FY), date(2, "31日", "2022-08-31"),
    dur(3, "2年連続", 2, "year"),
    trap(amt(3, "110兆円", 110000000000000, None, role=O, q=("at_least",)), "110兆円を超える", "a threshold"),
    date(4, "31日", "2022-08-31"),
    amt(5, "199億円", 19900000000, fy=FY),
    trap(amt(5, "1057億円", 105700000000, role=O, fy=FY), "今年度の当初予算より…多い", "an increase"),
    trap(amt(5, "7961億円", 796100000000, fy=FY), "外務省の要求", "a ministry total"),
    dur(6, "5年以内", None, "year", 5, q=("at_most",)),
    trap(amt(6, "5兆5947億円", 5594700000000, fy=FY), "防衛省の要求", "a ministry total"),
    date(7, "4月", "2023-04"),
    trap(amt(7, "1兆4961億円", 1496100000000, fy=FY), "こども家庭庁の準備室の要求", "an agency total"),
    trap(amt(7, "6000億円", 600000000000, None, role=O, fy=FY, q=("at_least",)), "当初予算を…あまり上回る", "an increase"),
    trap(amt(7, "33兆2644億円", 33264400000000, fy=FY), "厚生労働省の要求", "a ministry total"),
    trap(amt(8, "110兆円", 110000000000000, None, role=O, q=("at_least",)), "110兆円を上回り", "a threshold"),
    trap(amt(8, "111兆円", 111000000000000, None, fy=2022, q=("at_least",)), "去年の要求総額", "the previous year's request total"),
    dur(8, "2年連続", 2, "year"),
    trap(amt(8, "110兆円", 110000000000000, None, role=O, q=("at_least",)), "110兆円を超える", "a threshold"),
]
ROWS = [
    dict(line=5, text="199億円", budget_yen=19900000000, fy=FY, program="G7サミット=主要7か国首脳会議の準備",
         aliases=["G7サミットの準備"], role=B, ministry="外務省", why="`…の準備に199億円を計上`"),
]
NOT_ROWS = traps(M)
