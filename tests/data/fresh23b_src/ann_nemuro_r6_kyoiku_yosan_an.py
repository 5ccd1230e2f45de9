from kinds import amt, date, pct, trap, traps

DOC = "nemuro_r6_kyoiku_yosan_an"
# 北海道根室市's 6年度予算案 (北海道教育新聞, 2024-03-04): totals and programmes in prose, then `▽name=N万円` lines.
# fy 2024 (era-less `6年度` fixed by the dateline). `2月20日` → 2024-02-20. Programmes named twice (prose and list,
# same figure: 市立学校適正配置推進, インクルーシブ教育推進, 義務教育学校開校) are rows on both lines. The prose
# `小学校教育環境整備に1億4199万円` and `中学校教育環境整備に6280万円` give the names another figure than the list's
# `小学校教育環境整備=2032万円` / `中学校教育環境整備=959万円` (the prose seems to sum the 環境整備 works with the 空調):
# rows, ambiguous (NEW).
B, FY = "budget", 2024
W = "a programme's figure in the 6年度予算案 article (`…に N万円を措置` / `▽name=N万円`)"
WA = "the prose figure of a name whose list line gives another figure (a sum of several works?)"
_P = [
    (2, "1億4199万円", 141990000, "小学校教育環境整備", True),
    (2, "6280万円", 62800000, "中学校教育環境整備", True),
    (3, "7301万円", 73010000, "市立学校適正配置推進", False),
    (3, "271万円", 2710000, "インクルーシブ教育推進", False),
    (3, "4130万円", 41300000, "義務教育学校開校", False),
    (3, "1億8780万円", 187800000, "落石中学校校舎改築", False),
    (5, "2億4008万円", 240080000, "子育て環境整備・児童デイ", False),
    (6, "151万円", 1510000, "未来応援学習サポート", False),
    (7, "600万円", 6000000, "熱中症予防対策", False),
    (8, "88万円", 880000, "産学官連携研究開発・資源増大", False),
    (9, "653万円", 6530000, "産学官連携研究開発・食品開発", False),
    (10, "400万円", 4000000, "産学官連携促進・水産振興担当", False),
    (11, "3332万円", 33320000, "校務用コンピュータ整備", False),
    (12, "6702万円", 67020000, "特別支援教育推進", False),
    (13, "1230万円", 12300000, "教職員住宅環境整備", False),
    (14, "4130万円", 41300000, "義務教育学校開校", False),
    (15, "7080万円", 70800000, "幼保小中高教育連携", False),
    (16, "259万円", 2590000, "根室高通学費助成", False),
    (17, "271万円", 2710000, "インクルーシブ教育推進", False),
    (18, "7301万円", 73010000, "市立学校適正配置推進", False),
    (19, "41万円", 410000, "小学校教科書採択替", False),
    (20, "2032万円", 20320000, "小学校教育環境整備", False),
    (21, "3040万円", 30400000, "ICT教育環境整備(小学校)", False),
    (22, "1584万円", 15840000, "小学校教育環境整備・安全対策", False),
    (23, "2480万円", 24800000, "落石小校舎・屋体改修", False),
    (24, "29万円", 290000, "中学校教科書採択替", False),
    (25, "959万円", 9590000, "中学校教育環境整備", False),
]
_T = [
    trap(amt(2, "252億円", 25200000000, role=B, fy=FY), "一般会計の総額", "an account's total, not a programme"),
    trap(amt(2, "21億5973万円", 2159730000, role=B, fy=FY), "教育費 total", "a 款 (the whole education budget), not a programme"),
]
M = [date(1, "2024-03-04", "2024-03-04"), date(2, "2月20日", "2024-02-20"), pct(2, "17・5%", 17.5), pct(2, "11・4%", 11.4)]
M += _T + [amt(ln, t, v, role=B, fy=FY) for ln, t, v, _, _ in _P]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=B, why=WA if a else W, **({"ambiguous": True} if a else {}))
        for ln, t, v, p, a in _P]
NOT_ROWS = traps(_T)
