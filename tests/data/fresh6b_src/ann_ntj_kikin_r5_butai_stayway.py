from kinds import cnt, date, dur, pct

DOC = "ntj_kikin_r5_butai_stayway"
# 独立行政法人日本芸術文化振興会's 芸術文化振興基金 (舞台芸術・美術等の創造普及活動) call for activities of 令和5年度, as
# the subsidy portal biz.stayway.jp lists it: NO AMOUNT (the cap is a share: `対象経費の合計額の10%が上限` → null..10,
# at_most; the portal's `経費補助率 10%` a plain percent). `令和5年4月1日から令和6年3月31日の期間` gives two points
# (GUIDE `から`); the portal's bare `2022/10/03`, `2022/11/15` (call open and close) are dates; the track-record
# window `令和元年11月16日~令和4年11月15日` one range, `3年間` a duration, `1回以上` a count at_least; the
# consultation period `令和4年 10月3日 ~ 10月31日` one range; `年に1回` a count. `①` a list marker.
M = [
    pct(4, "10%", 10),
    pct(6, "10%", None, 10, q=("at_most",)),
    date(9, "令和5年4月1日", "2023-04-01"), date(9, "令和6年3月31日", "2024-03-31"),
    date(12, "2022/10/03", "2022-10-03"),
    date(13, "2022/11/15", "2022-11-15"),
    date(14, "令和元年11月16日~令和4年11月15日", "2019-11-16", "2022-11-15"), dur(14, "3年間", 3, "year"),
    cnt(14, "1回", 1, "回", None, q=("at_least",)),
    date(16, "令和4年 10月3日 ~ 10月31日", "2022-10-03", "2022-10-31"),
    cnt(17, "1回", 1, "回"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
