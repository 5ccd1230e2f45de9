from kinds import amt, date, dur, pct, trap, traps

DOC = "kenoh_2011_gekijin_niigata_fukushima_gouu"
# kenoh.com (a 県央 news site; the address 2011/08/19) on the cabinet's 激甚災害 designation of the July 2011 rains in
# 新潟 and 福島. The 国庫補助率 before and after (`69%から82%`, `83%から92%`) and the standards' shares (`25%`, `4%`) are
# percents; `1割ほど` 10, approx (`ほど` read as `程度`). The amounts are the 査定見込額 (estimated recovery costs, the
# brief's 査定額) and the designation standards (`本激B基準の601億円`), a prefecture's 標準税収入 and 農業所得推定額: all
# `other`, fy null, traps (NEW for this shape: estimates and thresholds of the designation, no budget);
# `10億円以上` at_least. `19日` 2011-08-19; `2011年7月新潟・福島豪雨` the disaster's name (no mention, NEW, arguable: its
# official name `平成23年7月新潟・福島豪雨`; a reader could date it 2011-07); `過去5年間` 5 years; `3分の2`, `3分に2`
# fractions and `AとBの基準` no mentions.
O = "other"
M = [
    date(1, "19日", "2011-08-19"), pct(1, "1割", 10, q=("approx",)),
    dur(2, "5年間", 5, "year"), pct(2, "69%", 69), pct(2, "82%", 82), pct(2, "83%", 83), pct(2, "92%", 92),
    trap(amt(4, "741億円", 74100000000, role=O), "公共土木施設等 全国 査定見込額", "an estimate of recovery costs"),
    trap(amt(4, "601億円", 60100000000, role=O), "本激B基準 (全国)", "a designation threshold"),
    trap(amt(4, "555億円", 55500000000, role=O), "新潟県 査定見込額", "an estimate of recovery costs"),
    trap(amt(4, "531億円", 53100000000, role=O), "本激B基準 (新潟県)", "a designation threshold"),
    trap(amt(4, "2,125億円", 212500000000, role=O), "新潟県 標準税収入", "a prefecture's tax base"),
    pct(4, "25%", 25),
    trap(amt(5, "114億円", 11400000000, role=O), "農地等 全国 査定見込額", "an estimate of recovery costs"),
    trap(amt(5, "44億円", 4400000000, role=O), "本激B基準 (農地等 全国)", "a designation threshold"),
    trap(amt(5, "91.2億円", 9120000000, role=O), "新潟県 農地等 査定見込額", "an estimate of recovery costs"),
    trap(amt(5, "40.3億円", 4030000000, role=O), "本激B基準 (農地等 新潟県)", "a designation threshold"),
    trap(amt(5, "1,008億円", 100800000000, role=O), "新潟県 農業所得推定額", "a prefecture's farm income"),
    pct(5, "4%", 4),
    trap(amt(5, "10億円", 1000000000, None, role=O, q=("at_least",)), "本激B基準 (都道府県内 査定見込額 10億円以上)",
         "a designation threshold"),
]
ROWS: list = []
NOT_ROWS = traps(M)
