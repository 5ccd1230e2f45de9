from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "chunichi_2020_yushiwaku_baizo"
# 中日新聞 (2020-10-08) on a prefecture's two コロナ 制度融資 (the stored text names only `県`): the facilities (融資枠) doubled
# to `計二千六百億円` (headline `2600億円`), `千六百億円`, `一千億円`: `other`, fy null (a lending facility, not money spent;
# fresh3's `融資枠500億円`), traps; the `二〇二〇年度一般会計補正予算案` adding `二百八十三億円` for the 保証料 and 利子補給:
# `supplementary_budget`, fy 2020, the row; applications' loan sums `八百三十億円` / `六百六十億円` (results) `other`, traps;
# `融資限度額四千万円` / `七千万円` per-business caps (`support`, at_most). Dates: `2020年10月8日`, `10月8日`, the `九月` session,
# `九月末`, `三月〜五月末` (2020 from the article's date); `七日` (twice: the facility raised, the session closed)
# 2020-10-07 (a bare day takes the article's month and year, as fresh15b's `6日`, fresh10b's `二十八日`; blind audit);
# `05時00分` a clock time. Counts `2制度`, `二つ` (twice), `五千二百件`, `二千件`, `七千二百件`; `十年以内`, `最長五年間` durations at_most.
O = "other"
FAC = "a lending facility (融資枠): the loans banks may make under the scheme, not money the prefecture spends"
RES = "applications' loan sums so far: a result, not a budget"
CAP = "a per-business loan ceiling, not the scheme's budget"
M = [
    cnt(1, "2制度", 2, "制度"),
    trap(amt(1, "2600億円", 260000000000, role=O), "コロナ対策 二制度の融資枠 計 (見出し)", FAC),
    date(2, "2020年10月8日", "2020-10-08"),
    date(2, "10月8日", "2020-10-08"),
    cnt(3, "二つ", 2, "つ"),
    date(3, "七日", "2020-10-07"),
    trap(amt(3, "二千六百億円", 260000000000, role=O), "コロナ対策 二制度の融資枠 計", FAC),
    cnt(4, "二つ", 2, "つ"),
    date(4, "七日", "2020-10-07"),
    date(4, "九月", "2020-09"),
    amt(4, "二百八十三億円", 28300000000, role="supplementary_budget", fy=2020),
    fyr(4, "二〇二〇年度", 2020),
    trap(amt(4, "千六百億円", 160000000000, role=O), "新型コロナウイルス感染症対応資金 融資枠", FAC),
    trap(amt(4, "一千億円", 100000000000, role=O), "経営安定資金 融資枠", FAC),
    date(5, "九月末", "2020-09"),
    cnt(5, "五千二百件", 5200, "件"),
    trap(amt(5, "八百三十億円", 83000000000, role=O), "対応資金 申込の融資額", RES),
    cnt(5, "二千件", 2000, "件"),
    trap(amt(5, "六百六十億円", 66000000000, role=O), "経営安定資金 申込の融資額", RES),
    cnt(5, "七千二百件", 7200, "件"),
    date(5, "三月〜五月末", "2020-03", "2020-05"),
    trap(amt(7, "四千万円", None, 40000000, role="support", q=("at_most",)), "対応資金 融資限度額", CAP),
    dur(7, "十年以内", None, "year", hi=10, q=("at_most",)),
    dur(7, "五年間", None, "year", hi=5, q=("at_most",)),
    trap(amt(7, "七千万円", None, 70000000, role="support", q=("at_most",)), "経営安定資金 融資限度額", CAP),
]
ROWS = [
    dict(line=4, text="二百八十三億円", budget_yen=28300000000, fy=2020, role="supplementary_budget",
         program="コロナ対策制度融資 (新型コロナウイルス感染症対応資金・経営安定資金) 保証料・利子補給等",
         aliases=["融資枠倍増"],
         why="the 2020 supplementary's money for the two loan schemes' fee and interest costs, passed by the 9月 assembly"),
]
NOT_ROWS = traps(M)
