from kinds import amt, date, fyr, trap, traps

DOC = "gifu_h30_3gatsu_hosei_teian"
# 岐阜市, the mayor's proposal of the 平成30年度一般会計補正予算 (平成31年3月定例会, 補正予算分). `平成31年3月定例会` (heading ×2)
# → 2019-03 (a session named by its year and month); `(2019年2月28日更新)` a date. Every amount FY2018 (`平成30年度` on lines
# 6-7). `N余万円` figures (`7,100余万円`, `1億9,900余万円`, `3億400余万円`): min the written value, max open, at_least (the
# earlier sets' `四億九千五百余万円`). The four works of the national supplementary's grants are supplementary rows
# (グループホーム建設助成費 `7,100余万円`, 道路法面整備 `900万円`, LED照明灯整備 `2,500万円`, トイレ改修 `1億9,900余万円`);
# their sum `合わせて、3億400余万円` a grouping, supplementary, a trap. `国の第2次補正予算` (another body's, no year) and
# `第59号議案` no mentions; `IE10` a name.
S, FY = "supplementary_budget", 2018
AL = ("at_least",)
ITEMS = [
    (11, "7,100余万円", 71000000, "グループホームの建設助成費 (障害者総合支援費)", AL),
    (12, "900万円", 9000000, "道路法面整備 (道路橋梁維持費)", ()),
    (12, "2,500万円", 25000000, "岐阜ファミリーパークのLED照明灯整備 (公園整備事業費)", ()),
    (13, "1億9,900余万円", 199000000, "小・中学校校舎のトイレ改修 (小学校建設費及び中学校建設費)", AL),
]
M = [
    date(2, "平成31年3月", "2019-03"),
    date(3, "平成31年3月", "2019-03"),
    date(4, "2019年2月28日", "2019-02-28"),
    fyr(6, "平成30年度", FY),
    fyr(7, "平成30年度", FY),
    *[amt(ln, t, v, None if q else v, role=S, fy=FY, q=q) if q else amt(ln, t, v, role=S, fy=FY)
      for ln, t, v, _, q in ITEMS],
    trap(amt(14, "3億400余万円", 304000000, None, role=S, fy=FY, q=AL), "国の補正予算に伴う事業の合計",
         "a grouping inside a supplementary"),
]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why="a work of the 平成30年度一般会計補正予算 (national supplementary's grants) with its own figure",
             **({"note": "written `余万円`: a floor"} if q else {}))
        for ln, t, v, p, q in ITEMS]
NOT_ROWS = traps(M)
