from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "numata_2017_sogo_kanri_keikaku_an_senmonshi"
# 沼田市's draft 公共施設等総合管理計画 as 日本工業経済新聞社 (群馬) reports it on senmonshi.com (2017/02/01): the 40-year
# renewal cost of buildings and infrastructure (`全体費用が3031億円`, twice), of buildings alone (`1319億円`), the yearly
# amounts (`1年当たり75・8億円`, `1年あたり33億円`: per year) and the past five years' yearly averages of actual spending
# (`実績値平均18・3億円`, `実績平均11億円`: per year, as 加古川市's `H28~37平均` in fresh13b). All `other`, fy null (spans),
# traps (brief; fresh13b). `2017〜56年度`: one fiscal-year mention 2017..2056 (the era-less second end takes the first
# end's century: fresh13b's `2021年度~30年度`). `2017/02/01` the paper's date. `341施設`, `313橋` counts; `3つの基本方針`
# a count of 3 `つ` (GUIDE); `約9割` a percent; `40年間`, `30年`, `60年`, `5年間`, `10年間` durations. `4・1倍`, `3倍`
# ratios; `29万7170u` (area, `u` for ㎡), `151万932m` (length) no kind.
O = "other"
T = "a renewal-cost estimate over the plan's 40 years (公共施設等総合管理計画), no budget"
Y = "a yearly amount of a renewal-cost estimate, no budget"
P = "a past yearly average of actual spending (直近5年間の実績), no budget"
M = [
    date(2, "2017/02/01", "2017-02-01"),
    fyr(4, "2017〜56年度", 2017, 2056), dur(4, "40年間", 40, "year"), dur(4, "30年", 30, "year"), dur(4, "60年", 60, "year"),
    trap(amt(4, "3031億円", 303100000000, role=O), "公共施設およびインフラ 更新などの全体費用", T),
    trap(amt(4, "75・8億円", 7580000000, role=O, per="year"), "公共施設およびインフラ 1年当たり", Y),
    dur(4, "5年間", 5, "year"),
    trap(amt(4, "18・3億円", 1830000000, role=O, per="year"), "直近5年間の実績値平均", P),
    cnt(5, "341施設", 341, "施設"), cnt(5, "313橋", 313, "橋"), dur(5, "10年間", 10, "year"), dur(5, "30年", 30, "year"),
    pct(5, "9割", 90, q=("approx",)),
    dur(6, "30年", 30, "year"), dur(6, "60年", 60, "year"),
    trap(amt(6, "3031億円", 303100000000, role=O), "公共施設およびインフラ 全体費用", T),
    trap(amt(6, "1319億円", 131900000000, role=O), "公共施設 更新費用", T),
    trap(amt(6, "33億円", 3300000000, role=O, per="year"), "公共施設 1年あたり", Y),
    dur(6, "5年", 5, "year"),
    trap(amt(6, "11億円", 1100000000, role=O, per="year"), "公共施設 直近5年の実績平均", P),
    cnt(7, "3つ", 3, "つ"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
