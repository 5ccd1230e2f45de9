from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "fukui_tv_tosho_4872oku"
# 福井県's 新年度当初予算案 (杉本知事初の本格予算, 北陸新幹線開業 ahead: FY2020, announced 13 February 2020) on a TV station's
# news page. The page writes no budget year (only `2022年度` for a new course), so every amount keeps fy null (GUIDE;
# fresh6a 木祖村); rows fy_alt [2020]. 一般会計 `4872億円` (headline and text) `budget`, traps; the five works with their
# amounts (`…の設計に10億3500万円`, `「ふくいブーム創出」事業に7000万円`, …) rows. Counts `約140件` (approx), `5本柱` 5 本;
# durations `過去10年`, `過去10年間`, `3年後` (GUIDE: `次の50年` a duration). Day-only dates take the report's month and year
# (fresh2, fresh7a): `13日`, `18日`, and `2月定例県議会` a session date. `第2子` an ordinal.
B = "budget"
M = [
    trap(amt(3, "4872億円", 487200000000, role=B), "一般会計 (見出し)", "account total"),
    dur(3, "10年", 10, "year"),
    date(4, "13日", "2020-02-13"),
    trap(amt(5, "4872億円", 487200000000, role=B), "一般会計", "account total"),
    dur(5, "10年間", 10, "year"),
    cnt(5, "140件", 140, "件", q=("approx",)),
    cnt(5, "5本", 5, "本"),
    dur(5, "3年後", 3, "year"),
    fyr(5, "2022年度", 2022),
]
_ITEMS = [
    (5, "10億3500万円", 1035000000, "県立恐竜博物館の増改築に向けた設計"),
    (5, "7000万円", 70000000, "「ふくいブーム創出」事業"),
    (5, "1900万円", 19000000, "「県京都事務所」の開設"),
    (5, "1億5800万円", 158000000, "県立大学小浜キャンパス 水産増養殖学科の基本設計など"),
    (5, "3億8000万円", 380000000, "「子だくさんふくいプロジェクト」"),
]
M += [amt(ln, t, v, role=B) for ln, t, v, _ in _ITEMS]
M += [date(6, "18日", "2020-02-18"), date(6, "2月", "2020-02")]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2020], program=p, role=B, ministry="福井県",
             why="a new work of the 新年度当初予算案 with its amount") for ln, t, v, p in _ITEMS]
NOT_ROWS = traps(M)
