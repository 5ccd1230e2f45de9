from kinds import amt, cnt, date, dur, trap, traps

DOC = "chiyoda_sogo_kanri_keikaku_soan_senmonshi"
# 千代田区's draft 公共施設等総合管理計画 (素案) as a construction paper reports it on senmonshi.com (the stored text starts at
# the article's body: no paper name or date). Money: the 40-year cost of the ward's buildings and of its urban
# infrastructure (`総額約4830億円`, `総額約1902・5億円`, `トータルで6732・3億円`, the lead's `総額約6732億円`), their yearly
# averages (`年平均約120・7億円` …: per year, fresh13b's `/年` and `年あたり`), and the past yearly average of FY2013-2022
# (`13〜22年度の年平均74・5億円`: per year). All `other` (cost estimates and averages over spans: brief; fresh13b's
# 加古川市), fy null (spans, no one year), traps; `約` approx; the paper's `・` a decimal point (fresh16a). `13〜22年度` and
# `17年に策定`: two-digit years without an era, no mentions (fresh16a, fresh13). `11月中旬まで`: a deadline date, null..2024-11
# at_most (GUIDE `10月まで`; the text names no year. Audit17b: 足立区's table of the 23 wards' plans (city.adachi.tokyo.jp
# k-management/080120…, 2026-02-04) gives 千代田区 `平成28年度策定 令和6年度改訂`: the 方針 of FY2016 (`17年に策定`) and
# this plan of FY2024, so the comments closed in November 2024, `年内にも策定` in December 2024; the annotator's 2023,
# read from FY2013-2022's actuals, would put the plan in 令和5年度). `92施設`, `125棟` counts; `40年間`, `30年`, `60年` durations; `1・6倍` ratios and
# `38万1246平方b` (an area, the font's `b` for メートル) no kind.
O = "other"
A = ("approx",)
T = "a renewal-cost estimate over 40 years (公共施設等総合管理計画), no budget"
Y = "a yearly average of a renewal-cost estimate, no budget"
M = [
    dur(1, "40年間", 40, "year"),
    trap(amt(1, "6732億円", 673200000000, role=O, q=A), "区有施設と都市基盤施設 今後40年間の費用 総額", T),
    date(1, "11月", None, "2024-11", q=("at_most",)),
    cnt(4, "92施設", 92, "施設"), cnt(4, "125棟", 125, "棟"),
    dur(4, "30年", 30, "year"), dur(4, "60年", 60, "year"), dur(4, "40年間", 40, "year"),
    trap(amt(4, "4830億円", 483000000000, role=O, q=A), "区有施設 今後40年間の費用 総額", T),
    trap(amt(4, "120・7億円", 12070000000, role=O, q=A, per="year"), "区有施設 今後40年間の費用 年平均", Y),
    trap(amt(4, "74・5億円", 7450000000, role=O, per="year"), "区有施設 13〜22年度の年平均 (実績)",
         "a past yearly average of spending over ten years, no budget"),
    dur(5, "40年間", 40, "year"),
    trap(amt(5, "1902・5億円", 190250000000, role=O, q=A), "都市基盤施設 今後40年間の費用 総額", T),
    trap(amt(5, "47・6億円", 4760000000, role=O, q=A, per="year"), "都市基盤施設 今後40年間の費用 年平均", Y),
    trap(amt(5, "6732・3億円", 673230000000, role=O), "区有施設と都市基盤施設 トータル", T),
    trap(amt(5, "168・3億円", 16830000000, role=O, q=A, per="year"), "区有施設と都市基盤施設 年平均", Y),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
