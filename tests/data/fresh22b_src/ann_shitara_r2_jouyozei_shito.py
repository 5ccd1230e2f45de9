from kinds import amt, fyr, trap, traps

DOC = "shitara_r2_jouyozei_shito"
# 設楽町 (愛知県)'s page for FY2020, the same layout as `shitara_r6_jouyozei_shito` in 千円: `歳出額 (千円)` / `充当額 (千円)`
# cells with their unit (`6,600千円`): settled expenditure and the transfer put to it, `other`, fy 2020 (the title), traps;
# `185千円` spent, `184千円` from the transfer. A grant's rule `1ヘクタール当り45,000円(上限5,000千円)` paid to the 森林組合:
# the rate `support`, fy 2020, per null (a hectare is no per of the GUIDE), a trap; the cap `support`, at_most, min null
# (GUIDE: `上限` caps), a trap. The fourth measure's rate `1ヘクタール当り45,000円` again `support`, a trap (the page is cut
# in its sentence). `2020(令和2)年度`, `2019(令和元)年度` one fiscal year each.
O = "other"
E = "a measure's settled expenditure in FY2020 (歳出額), not a budget"
C = "the FY2020 transfer put to a measure (充当額, settled), not a budget"
R = "a grant's unit rate per hectare, not a programme's money"
M = [
    fyr(2, "2020(令和2)年度", 2020),
    fyr(4, "2019(令和元)年度", 2019),
    fyr(6, "2020(令和2)年度", 2020),
    fyr(11, "2019(令和元)年度", 2019),
    trap(amt(11, "6,600千円", 6600000, role=O, fy=2020), "設楽町森林管理GIS更新業務委託 歳出額", E),
    trap(amt(11, "6,600千円", 6600000, role=O, fy=2020), "設楽町森林管理GIS更新業務委託 充当額", C),
    trap(amt(12, "45,000円", 45000, role="support", fy=2020), "森林境界確定支援事業 1ヘクタール当り", R),
    trap(amt(12, "5,000千円", None, 5000000, role="support", fy=2020, q=("at_most",)), "森林境界確定支援事業 上限",
         "a grant's cap, not a programme's money"),
    trap(amt(12, "185千円", 185000, role=O, fy=2020), "森林境界確定支援事業 歳出額", E),
    trap(amt(12, "184千円", 184000, role=O, fy=2020), "森林境界確定支援事業 充当額", C),
    trap(amt(15, "132千円", 132000, role=O, fy=2020), "町産の桧材を使用した名札ケースの製作 歳出額", E),
    trap(amt(15, "132千円", 132000, role=O, fy=2020), "町産の桧材を使用した名札ケースの製作 充当額", C),
    trap(amt(17, "45,000円", 45000, role="support", fy=2020), "森林境界明確化事業 1ヘクタール当り", R),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
