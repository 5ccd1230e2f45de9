from kinds import amt, cnt, trap, traps

DOC = "tottori_h21_bunka_kanri"
# 鳥取県's budget-database sheet (予算編成過程の公開) of the 文化観光局's running costs, 平成21年度: the kept text starts
# below the sheet's heading, so it names NO programme (its name survives only as item `3 文化観光局管理運営費`, one of
# three parts) and writes NO era: `21年度` / `20年度` are era-less (no mentions, GUIDE), so every amount has fy null
# (dev10c's tottori h29). Stages: the cost table's `21年度当初予算額(最終)` 事業費 is the final figure, `budget` (the
# latest stage on the page, NEW for a sheet holding three stages); the request `要求額` (twice) and the 課長査定's
# `計上額` are earlier stages, `other` (fresh9b); `20年度当初予算額` and `(前年度予算額 N)` `previous_budget`; 人件費 and
# トータルコスト `other` (dev10c); the parts `・… N千円` `other` (breakdowns). No row: a row needs a programme
# (dev10c). Staff `4.8人` … counts (dev10c). The 財源内訳 cells are bare under `(単位:千円)`: no mentions.
O, P = "other", "previous_budget"
M = [
    amt(12, "23,296千円", 23296000),
    trap(amt(13, "39,768千円", 39768000, role=O), "人件費(B)", "a kind of expense"),
    trap(amt(14, "63,064千円", 63064000, role=O), "トータルコスト(A+B)", "a cost measure adding staff cost"),
    cnt(15, "4.8人", 4.8, "人"), cnt(16, "1.0人", 1.0, "人"), cnt(17, "0.0人", 0.0, "人"),
    trap(amt(19, "24,867千円", 24867000, role=O), "21年度当初予算要求額 事業費", "the request, an earlier stage"),
    amt(20, "39,768千円", 39768000, role=O),
    amt(21, "64,635千円", 64635000, role=O),
    cnt(22, "4.8人", 4.8, "人"), cnt(23, "1.0人", 1.0, "人"), cnt(24, "0.0人", 0.0, "人"),
    trap(amt(26, "19,814千円", 19814000, role=P), "20年度当初予算額 事業費", "previous year's figure"),
    amt(27, "36,538千円", 36538000, role=O),
    amt(28, "56,352千円", 56352000, role=O),
    cnt(29, "4.8人", 4.8, "人"), cnt(30, "1.0人", 1.0, "人"), cnt(31, "0.0人", 0.0, "人"),
    trap(amt(33, "24,867千円", 24867000, role=O), "要求額:", "the request, an earlier stage"),
    trap(amt(33, "19,814千円", 19814000, role=P), "(前年度予算額 N)", "previous year's figure"),
    trap(amt(34, "23,067千円", 23067000, role=O), "課長査定 計上額", "an intermediate stage"),
    trap(amt(38, "1,500千円", 1500000, role=O), "芸術文化活動支援事業費補助金", "a part of the programme's cost"),
    amt(39, "300千円", 300000, role=O),
    trap(amt(42, "2,482千円", 2482000, role=O), "地域創造負担金", "a part of the programme's cost"),
    amt(45, "20,585 千円", 20585000, role=O),
]
ROWS: list = []
NOT_ROWS = traps(M)
