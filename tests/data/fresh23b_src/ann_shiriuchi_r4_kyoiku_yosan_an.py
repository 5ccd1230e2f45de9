from kinds import amt, cnt, date, pct, trap, traps

DOC = "shiriuchi_r4_kyoiku_yosan_an"
# 北海道知内町's 4年度予算案 (北海道教育新聞, 2022-03-07): totals in prose, then `▽name=N万円` lines. fy 2022 on every
# amount (era-less `4年度` fixed by the dateline, as in 北斗市). `1日` → 2022-03-01. `0・2ポイント` no mention
# (percentage points, earlier sets); `1人1台端末` a name (no mention); `ALT2人体制` a count (fresh's `100人体制`);
# `タブレット40台`, `キャビネット2台` counts. The last line `…誘致補助=200` is cut before its unit: a bare number, no mention.
B, FY = "budget", 2022
W = "a programme line `▽name=N万円` of the 4年度予算案's 教育関係の主な事業"
_P = [
    (6, "135万円", 1350000, "インクルーシブ教育"),
    (7, "35万円", 350000, "小中学生資格取得検定助成"),
    (8, "568万円", 5680000, "ALT派遣"),
    (9, "215万円", 2150000, "学校ホームページウェブサイト作成"),
    (10, "1525万円", 15250000, "学校給食支援"),
    (11, "500万円", 5000000, "給食センター冷房改修"),
    (12, "1900万円", 19000000, "特別支援教育支援"),
    (13, "1276万円", 12760000, "知内高バス通学生と交通費助成"),
    (14, "74万円", 740000, "知内高各種検定料助成"),
    (15, "50万円", 500000, "知内高インターネット学習講座"),
    (16, "144万円", 1440000, "知内高下宿費助成"),
    (17, "1100万円", 11000000, "知内高長寿命化改修実施設計"),
    (18, "120万円", 1200000, "知内高教員住宅外壁塗装"),
    (19, "50万円", 500000, "知内高交流活動"),
    (20, "324万円", 3240000, "知内高1人1台端末導入"),
    (21, "83万円", 830000, "放課後子ども教室推進"),
    (22, "985万円", 9850000, "文化スポーツ振興助成"),
    (23, "15万円", 150000, "札幌交響楽団公演"),
    (24, "270万円", 2700000, "中央公民館加圧給水ポンプ更新"),
    (25, "23万円", 230000, "郷土資料館事務用パソコン更新"),
    (26, "27万円", 270000, "重内分校モニュメント修繕"),
]
_T = [
    trap(amt(2, "42億1370万円", 4213700000, role=B, fy=FY), "一般会計 予算総額", "an account's total, not a programme"),
    trap(amt(2, "4億3423万円", 434230000, role=B, fy=FY), "教育費 total", "a 款 (the whole education budget), not a programme"),
]
M = [date(1, "2022-03-07", "2022-03-07"), date(2, "1日", "2022-03-01"), pct(2, "8%", 8), pct(2, "6・3%", 6.3),
     pct(2, "10・3%", 10.3), cnt(4, "2人", 2, "人"), cnt(20, "40台", 40, "台"), cnt(20, "2台", 2, "台")]
M += _T + [amt(ln, t, v, role=B, fy=FY) for ln, t, v, _ in _P]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=B, why=W) for ln, t, v, p in _P]
NOT_ROWS = traps(_T)
