from kinds import amt, cnt, date, dur, traps

DOC = "noshiro_r6_akiya_kaitai_hojo_yosan_tsuika_news"
# 北羽新報's item (hokuu.co.jp, undated) on 能代市's grant for pulling down dangerous empty houses. `今年度` is fixed by the
# era-less `5年度も` (the year before): FY2024 (follows fresh18c's 能代市 item, where `4年度` fixed the year after it; NEW
# here for a budget row, arguable). `6月補正予算案で20件分1千万円を追加` `supplementary_budget`, fy 2024, a row; `今年度当初
# 予算では10件分500万円を計上` `budget`, fy 2024, a row. `6月補正予算案` names a budget by its month: no date (fresh18c's
# blind audit). `4月` 2024-04; `2日間` 2 day; `2週間` 2 week; counts `20件分`, `10件分` (twice); `5年度` no mention (a year
# without an era, GUIDE).
M = [
    cnt(2, "20件", 20, "件"),
    amt(2, "1千万円", 10000000, role="supplementary_budget", fy=2024),
    cnt(2, "10件", 10, "件"),
    amt(2, "500万円", 5000000, role="budget", fy=2024),
    date(2, "4月", "2024-04"),
    dur(2, "2日間", 2, "day"),
    cnt(2, "10件", 10, "件"),
    dur(2, "2週間", 2, "week"),
]
P, MIN = "危険空き家等解体撤去費補助金", "能代市"
ROWS = [
    dict(line=2, text="1千万円", budget_yen=10000000, program=P, fy=2024, role="supplementary_budget", ministry=MIN,
         why="the June supplementary's addition (`6月補正予算案で20件分1千万円を追加`)",
         note="fy from `今年度`, fixed by `5年度も` as the year before"),
    dict(line=2, text="500万円", budget_yen=5000000, program=P, fy=2024, role="budget", ministry=MIN,
         why="this year's initial budget (`今年度当初予算では10件分500万円`)",
         note="fy from `今年度`, fixed by `5年度も` as the year before"),
]
NOT_ROWS = traps(M)
