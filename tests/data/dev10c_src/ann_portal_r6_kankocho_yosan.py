from kinds import amt, date, fyr

DOC = "portal_r6_kankocho_yosan"
# A grant portal's article (hojyokin-portal.jp) on 観光庁's money for FY2024 and its open calls: the agency's totals
# (`令和5年度補正予算では…689億円`, `令和6年度予算案では観光庁が670億4700万円`, its 一般会計 part `241億1200万円`, the
# 国際観光旅客税 part `420億円`) are traps; one programme's request `【令和6年度要求額 18億9600万円】` is the programme's
# FY2024 `budget` (a request with no adopted figure beside it, fresh9b) and the row. `消費目標5兆円` a target, `other`.
# `前年度比2.2倍`, `(対前年度比:1.15)` ratios, no mention. Call starts `2024年7月19日〜2次募集開始` (open end null).
B, SB, O = "budget", "supplementary_budget", "other"
M = [
    fyr(1, "令和5年度", 2023), amt(1, "5兆円", 5000000000000, role=O), amt(1, "689億円", 68900000000, role=SB, fy=2023),
    fyr(1, "令和6年度", 2024), amt(1, "670億4700万円", 67047000000, role=B, fy=2024),
    amt(1, "241億1200万円", 24112000000, role=B, fy=2024), amt(1, "420億円", 42000000000, role=B, fy=2024),
    date(4, "2024年11月5日", "2024-11-05"),
    date(6, "2024年7月19日", "2024-07-19", None), date(7, "2024年8月26日", "2024-08-26", None),
    date(8, "2024年8月26日", "2024-08-26", None),
    fyr(10, "令和6年度", 2024), amt(10, "18億9600万円", 1896000000, role=B, fy=2024),
]
ROWS = [
    dict(line=10, text="18億9600万円", fy=2024, budget_yen=1896000000, program="地域における受入環境整備促進事業",
         ministry="観光庁", why="a programme heading `(1)name【令和6年度要求額 N】` (a request, no adopted figure)", role=B),
]
NOT_ROWS = [
    dict(line=1, text="5兆円", value_yen=5000000000000, fy=None, mention_role=O, what="訪日外国人旅行者の消費目標",
         reason="a consumption target"),
    dict(line=1, text="689億円", value_yen=68900000000, fy=2023, mention_role=SB, what="令和5年度補正予算 観光分",
         reason="the agency's supplementary total"),
    dict(line=1, text="670億4700万円", value_yen=67047000000, fy=2024, mention_role=B, what="観光庁 令和6年度予算案",
         reason="the agency's total"),
    dict(line=1, text="241億1200万円", value_yen=24112000000, fy=2024, mention_role=B,
         what="一般会計", reason="an account part of the total"),
    dict(line=1, text="420億円", value_yen=42000000000, fy=2024, mention_role=B, what="国際観光旅客税を使った施策",
         reason="a funding source's part of the total"),
]
