from kinds import amt, fyr, trap, traps

DOC = "shitara_r6_jouyozei_shito"
# 設楽町 (愛知県)'s page for FY2024 (`2024(令和6)年度における森林環境譲与税の使途`): a table `充当事業 | 内容 | 歳出額 (円) |
# 充当額 (円) |` whose cells carry their unit (`5,353,700円`): each measure's settled expenditure (歳出額) and the part of
# it paid from the transfer (充当額), here equal: `other`, fy 2024 (the title's year, GUIDE: the title as a label), traps
# (fresh17c's settled uses; fresh11a's settled figures). The grant's rate `1立方メートル当り1,600円を補助` `support` (a
# grant's unit rate paid to owners; per null: a cubic metre is no per of the GUIDE), fy 2024, a trap. `2024(令和6)年度`
# and `2019(令和元)年度` one fiscal year each (年度 written once: fresh5b). `0.05ヘクタール以上` an area, no mention;
# `8齢級以上` a forest age class (no mention: as ages, GUIDE). The page is cut in the fourth measure's text.
O = "other"
E = "a measure's settled expenditure in FY2024 (歳出額), not a budget"
C = "the FY2024 transfer put to a measure (充当額, settled), not a budget"
M = [
    fyr(2, "2024(令和6)年度", 2024),
    fyr(4, "2019(令和元)年度", 2019),
    fyr(6, "2024(令和6)年度", 2024),
    fyr(11, "2019(令和元)年度", 2019),
    trap(amt(11, "5,353,700円", 5353700, role=O, fy=2024), "設楽町森林管理GIS更新業務委託 歳出額", E),
    trap(amt(11, "5,353,700円", 5353700, role=O, fy=2024), "設楽町森林管理GIS更新業務委託 充当額", C),
    trap(amt(12, "1,600円", 1600, role="support", fy=2024), "間伐材搬出事業補助金 1立方メートル当り",
         "a grant's unit rate (per cubic metre carried out), not a programme's money"),
    trap(amt(12, "12,572,691円", 12572691, role=O, fy=2024), "間伐材搬出事業補助金 歳出額", E),
    trap(amt(12, "12,572,691円", 12572691, role=O, fy=2024), "間伐材搬出事業補助金 充当額", C),
    trap(amt(13, "3,966,800円", 3966800, role=O, fy=2024), "間伐支援対策事業補助金 歳出額", E),
    trap(amt(13, "3,966,800円", 3966800, role=O, fy=2024), "間伐支援対策事業補助金 充当額", C),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
