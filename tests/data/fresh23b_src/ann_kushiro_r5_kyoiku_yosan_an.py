from kinds import amt, date, pct, trap, traps

DOC = "kushiro_r5_kyoiku_yosan_an"
# 北海道釧路市's 5年度予算案 (北海道教育新聞, 2023-02-27): totals and three programmes in prose, then `▽name=N万円` lines
# under `▼` themes (子育て, 保健・医療, 防災・消防 … 学校教育: every line a row, whatever the theme, as the article lists
# them as 教育関連の主な事業). fy 2023 (era-less `5年度` fixed by the dateline). `7年度に供用開始` era-less: no mention.
# The prose `2251万円` for the 校務支援システム and the list's `2250万円` differ by 1万円: both rows (each the figure the
# text gives the programme). The last line is cut before its figure.
B, FY = "budget", 2023
W = "a programme's figure in the 5年度予算案 article (`…に N万円を充て` / `▽name=N万円`)"
_P = [
    (3, "11億8438万円", 1184380000, "新給食センター整備事業"),
    (3, "4億4349万円", 443490000, "子ども医療"),
    (3, "2251万円", 22510000, "校務支援システム導入"),
    (6, "64万円", 640000, "思春期ライフデザイン"),
    (7, "1256万円", 12560000, "児童館"),
    (8, "1551万円", 15510000, "子育て環境充実"),
    (9, "8012万円", 80120000, "ひとり親家庭等医療"),
    (11, "100万円", 1000000, "高等看護学院学生確保対策"),
    (12, "252万円", 2520000, "生活習慣病予防推進"),
    (14, "1976万円", 19760000, "津波一時避難場所整備"),
    (16, "1億4496万円", 144960000, "大楽毛津波避難複合施設整備"),
    (18, "51万円", 510000, "地球温暖化防止対策促進"),
    (20, "8956万円", 89560000, "生涯学習センター施設整備"),
    (21, "1893万円", 18930000, "こども遊学館施設整備"),
    (23, "904万円", 9040000, "確かな学力向上推進"),
    (24, "2250万円", 22500000, "校務支援システム管理運営"),
    (25, "36万円", 360000, "特別支援教育推進"),
    (26, "1185万円", 11850000, "特別支援学級"),
    (27, "461万円", 4610000, "スクールソーシャルワーカー活用"),
    (28, "563万円", 5630000, "学校適応対策推進"),
    (29, "245万円", 2450000, "不登校対策"),
    (30, "137万円", 1370000, "いじめ非行防止対策"),
    (31, "30万円", 300000, "読書定着支援"),
    (32, "6万円", 60000, "防災教育推進"),
    (33, "82万円", 820000, "コミュニティ・スクール活用推進"),
    (34, "384万円", 3840000, "地域人材育成推進"),
    (35, "298万円", 2980000, "放課後子どもプラン"),
]
_T = [
    trap(amt(3, "982億円", 98200000000, role=B, fy=FY), "一般会計の総額", "an account's total, not a programme"),
    trap(amt(3, "64億8427万円", 6484270000, role=B, fy=FY), "教育費 total", "a 款 (the whole education budget), not a programme"),
]
M = [date(2, "2023-02-27", "2023-02-27"), date(3, "17日", "2023-02-17"), pct(3, "3・3%", 3.3), pct(3, "34%", 34)]
M += _T + [amt(ln, t, v, role=B, fy=FY) for ln, t, v, _ in _P]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=B, why=W) for ln, t, v, p in _P]
NOT_ROWS = traps(_T)
