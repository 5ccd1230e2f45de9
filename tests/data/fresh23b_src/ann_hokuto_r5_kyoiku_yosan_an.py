from kinds import amt, date, pct, trap, traps

DOC = "hokuto_r5_kyoiku_yosan_an"
# 北海道北斗市's 5年度予算案 as 北海道教育新聞 (education.dotsu.co.jp) reported it on 2023-02-14: the 一般会計 and 教育費
# totals, the new and main programmes in prose (`…事業に151万円`), then `▽name=N万円` lines with `・name=N万円` parts.
# fy: the title's era-less `5年度` is no mention (GUIDE) but the dateline `2023-02-14` fixes its era (令和5 = 2023:
# fresh4's `2025年度` beside `24年度補正予算`), so every amount is budget FY2023. `10日` takes the dateline's month
# (fresh's bare `18日`). `・` is the decimal point (fresh6a). `高校3年生` a grade (no mention).
B, FY = "budget", 2023
W = "a programme's figure in the 5年度予算案 article (`…に N万円を計上` / `▽name=N万円`)"
WS = "a part `・name=N万円` under a `▽` programme (fresh8b: sub-items rows, ambiguous)"
_P = [  # (line, text, yen, programme, ambiguous)
    (3, "151万円", 1510000, "合同企業説明会開催事業", False),
    (3, "1332万円", 13320000, "小・中学校のトイレ洋式化改修事業", False),
    (3, "1億8325万円", 183250000, "学校給食賄材料費", False),
    (4, "25万円", 250000, "大学生との協働事業", False),
    (5, "224万円", 2240000, "木育活動支援事業補助金", False),
    (6, "1974万円", 19740000, "浜分小学校の体育館屋根改修事業", False),
    (6, "2077万円", 20770000, "小・中学校校務用LAN環境整備事業", False),
    (9, "1652万円", 16520000, "少人数授業", False),
    (10, "1016万円", 10160000, "複式学級補助教員", False),
    (11, "341万円", 3410000, "教育活動推進教員", False),
    (12, "653万円", 6530000, "適応指導教室", False),
    (13, "5239万円", 52390000, "教育環境対策", False),
    (14, "4601万円", 46010000, "学習支援員の配置", True),
    (15, "175万円", 1750000, "コミュニティ・スクール推進補助金", True),
    (16, "137万円", 1370000, "特認校通学補助金", True),
    (17, "70万円", 700000, "英語検定料補助金", True),
    (18, "492万円", 4920000, "教員住宅", False),
    (19, "327万円", 3270000, "中央地区教員住宅除却", True),
    (20, "1314万円", 13140000, "奨学金事業", False),
    (21, "108万円", 1080000, "各種団体負担金", False),
    (22, "6380万円", 63800000, "事務局事務", False),
]
_T = [
    trap(amt(3, "222億1312万円", 22213120000, role=B, fy=FY), "一般会計 total", "an account's total, not a programme"),
    trap(amt(3, "16億9947万円", 1699470000, role=B, fy=FY), "教育費 total", "a 款 (the whole education budget), not a programme"),
]
M = [date(2, "2023-02-14", "2023-02-14"), date(3, "10日", "2023-02-10"), pct(3, "0・01%", 0.01), pct(3, "9・4%", 9.4)]
M += _T + [amt(ln, t, v, role=B, fy=FY) for ln, t, v, _, _ in _P]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=B, why=WS if a else W, **({"ambiguous": True} if a else {}))
        for ln, t, v, p, a in _P]
NOT_ROWS = traps(_T)
