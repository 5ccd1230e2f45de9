from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "zenchin_2024_mado_renove"
# 全国賃貸住宅新聞 on 環境省's 先進的窓リノベ2024事業 (one programme), 2024-01. `2023年度の補正予算は1350億円` the
# programme's money: supplementary_budget FY2023, a row. `1戸あたりの上限は200万円` support, at_most, a trap. `1月17日より`
# 2024-01-17 (a point; the year from the programme's name and the FY2023 supplementary); `約50%`; `1棟で申請可能` a count
# of 1 棟. `23年11月2日以降` has a two-digit year: no date (GUIDE: a year without era or four digits). The name
# `先進的窓リノベ2024事業`, `CO2`, `Uw値が1.9以下` (a physical value), `2分の1` (a fraction), `窓1枚あたり` / `1戸あたり`
# (rate markers) are no mentions.
M = [
    date(1, "1月17日", "2024-01-17"), fyr(1, "2023年度", 2023),
    amt(1, "1350億円", 135000000000, role="supplementary_budget", fy=2023),
    cnt(2, "1棟", 1, "棟"), pct(2, "50%", 50, q=("approx",)),
    trap(amt(4, "200万円", None, 2000000, role="support", q=("at_most",)), "1戸あたりの上限", "a cap per dwelling"),
]
ROWS = [
    dict(line=1, text="1350億円", budget_yen=135000000000, fy=2023, program="先進的窓リノベ2024事業",
         role="supplementary_budget", ministry="環境省", why="`2023年度の補正予算は N円` of the programme"),
]
NOT_ROWS = traps(M)
