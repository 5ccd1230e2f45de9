from kinds import amt, fyr, pct, trap, traps

DOC = "nikoukei_2015_mlit_gaisan"
# 国土交通省's 2015年度 概算要求 as 日刊工業新聞 (nikoukei) reports it: budget FY2015, TOTALS ONLY (no row). The
# ministry total `6兆6870億円` and the 公共事業関係費 class `6兆121億円` traps (fresh24a's classes); `推進枠には…などを盛り込み、
# 1兆4181億円を計上` a sum requested under the priority frame, `budget`, a trap (fresh24a's `46.5 億円を重点政策推進枠で
# 要求`). `対前年度比マイナス10%のシーリング`: text `マイナス10%`, -10 (a written minus BEFORE the figure is kept,
# fresh20b's `マイナス41・1%`, fresh21d's `マイナス1.2パーセント`; only a word AFTER it leaves the value unsigned,
# fresh7a / fresh24b; changed by the blind audit). Era-less `13年度`, `14年度` no
# mentions (fresh4); the 2015年度 in line 1 is a fiscal_year mention.
B, FY = "budget", 2015
M = [
    fyr(1, "2015年度", FY), pct(1, "16%", 16),
    trap(amt(1, "6兆6870億円", 6687000000000, fy=FY), "概算要求 (省の総額)", "the ministry's request total"),
    pct(1, "16%", 16),
    trap(amt(1, "6兆121億円", 6012100000000, fy=FY), "公共事業関係費", "a class total (公共事業関係費)"),
    pct(2, "マイナス10%", -10),
    trap(amt(3, "1兆4181億円", 1418100000000, fy=FY), "推進枠には…を盛り込み", "a sum over programmes requested under a frame"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
