from kinds import amt, date, dur, fyr, trap, traps

DOC = "kyobun_h30_mext_hosei1"
# 教育新聞 2018-11-09: the 2018年度(第1次)補正予算 passed, 文部科学省's part. `18年度` era-less (no mention); `2018 年度`
# (a space inside) fixes fy 2018. The national `追加歳出額は約9356億円` and the ministry's `約1326億円` (and the headline's)
# traps, approx where `約` is written. The 災害復旧 `273億円` a row (ambiguous: its `内訳` follow) and NEW: its `内訳`
# by kind of school `▽公立学校 114億円` … `▽地震観測網 10億円` rows, ambiguous (each is its own 災害復旧 programme in
# the ministry's summary; a reader could call a breakdown `other`, GUIDE). NEW, arguable: `補助下限(400万円)` a grant
# floor: `support`, min 4,000,000, max null, at_least (the mirror of the GUIDE's `上限` caps), fy 2018, a trap.
# `平成30年7月豪雨` is the disaster's official name (no date: GUIDE, a name); `1年限り` a duration 1 year;
# `11月7日` → 2018-11-07.
S, FY = "supplementary_budget", 2018
M = [
    trap(amt(1, "1326億円", 132600000000, role=S, fy=FY), "total", "the ministry's whole part (headline)"),
    fyr(3, "2018 年度", FY),
    date(3, "11月7日", "2018-11-07"),
    trap(amt(3, "9356億円", 935600000000, role=S, fy=FY, q=("approx",)), "total", "the national supplementary's added spending"),
    trap(amt(3, "1326億円", 132600000000, role=S, fy=FY, q=("approx",)), "total", "the ministry's whole part"),
    dur(3, "1年", 1, "year"),
    trap(amt(6, "400万円", 4000000, None, role="support", fy=FY, q=("at_least",)), "threshold", "the grant's floor per project"),
]
_R = [(4, "273億円", 27300000000, "学校施設等の災害復旧", True),
      (4, "114億円", 11400000000, "公立学校の災害復旧", True),
      (4, "13億円", 1300000000, "私立学校の災害復旧", True),
      (4, "115億円", 11500000000, "国立大学などの災害復旧", True),
      (4, "21億円", 2100000000, "国指定文化財などの災害復旧", True),
      (4, "10億円", 1000000000, "地震観測網の災害復旧", True),
      (5, "817億円", 81700000000, "熱中症対策の空調設置", False),
      (6, "232億円", 23200000000, "ブロック塀の倒壊防止などの安全対策", False),
      (7, "5億円", 500000000, "大学などの授業料減免の支援", False)]
M += [amt(ln, t, v, role=S, fy=FY) for ln, t, v, _, _ in _R]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why="a measure of 文科省's part of the 2018年度補正予算 with its own figure",
             **({"ambiguous": True, "note": "the 災害復旧 measure and its 内訳 by kind of school are both listed"} if a else {}))
        for ln, t, v, p, a in _R]
# Audit (audit28a): the text's own phrase as an alias where the gold name paraphrases it (fresh24a's audit).
_AL = {'273億円': ['学校施設などの災害復旧'], '114億円': ['公立学校'], '13億円': ['私立学校'], '115億円': ['国立大学など'],
       '21億円': ['国指定文化財など'], '10億円': ['地震観測網']}
for _r in ROWS:
    _r["aliases"] = _AL.get(_r["text"], [])
NOT_ROWS = traps(M)
