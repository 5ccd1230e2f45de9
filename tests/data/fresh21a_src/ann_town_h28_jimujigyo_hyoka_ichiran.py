from kinds import cnt, dur, fyr, pct

DOC = "town_h28_jimujigyo_hyoka_ichiran"
# The same kind of town list as the 総括 (PDF text by expydoc, one cell a line): 平成28年度 事務事業評価結果一覧表 of the 27年度
# projects, 防災安全室's part. The 事業費 cells (`3,394`, `316,313`, `604`, `9,009`) stand under `事業費 (千円)` with no unit
# of their own: no mentions (GUIDE: bare numbers in tables; the header is far from the cells), so the page has no amount.
# Indicator results with their unit are counts (`4基`, `0箇所` → か所, `0台`, `7,800枚`; the `104施策`, `193事業` totals);
# `272日` (広報日数) a duration of 272 day (GUIDE: `15開庁日`); `100%`, `90.9%` percents; era-less `27年度` no mention.
M = [
    fyr(1, "平成28年度", 2016),
    fyr(2, "平成28年度", 2016),
    cnt(3, "104施策", 104, "施策"),
    cnt(18, "193事業", 193, "事業"),
    fyr(36, "平成27年度", 2015),
    cnt(39, "4基", 4, "基"),
    cnt(40, "0箇所", 0, "か所"),
    cnt(41, "0台", 0, "台"),
    pct(44, "100%", 100),
    pct(52, "100%", 100),
    pct(59, "90.9%", 90.9),
    cnt(84, "7,800枚", 7800, "枚"),
    dur(89, "272日", 272, "day"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
