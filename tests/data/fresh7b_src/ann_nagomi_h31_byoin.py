from kinds import amt, cnt, fyr, pct

DOC = "nagomi_h31_byoin"
# 和水町 (熊本県; 広報なごみ 2019年5月号): 平成31年度 和水町病院事業会計予算, a TOWN's hospital enterprise. Title
# `平成31年度`: every amount FY2019. Its 収益的 and 資本的 `◎歳出` are the enterprise's expenditure totals (budget),
# its `◎歳入` the revenue totals (other, fresh4 / fresh6a); the shortfall `不足額3,332万2千円` and the transfers from
# the general account (`繰入金総額 2億1795万8千円`, `1億7419万1千円を収益的収入`) are other (revenues). All traps, no
# row (no programme has its own figure). `2本` a count; the shares `81.5%` … `35.8%` percents; `(1)`, `(2)` list
# numbers.
B, O, FY = "budget", "other", 2019
M = [
    fyr(1, "平成31年度", FY),
    fyr(2, "平成31年度", FY),
    cnt(3, "2本", 2, "本"),
    amt(5, "8億7,543万円", 875430000, role=O, fy=FY),
    pct(6, "81.5%", 81.5),
    amt(7, "8億7,543万円", 875430000, role=B, fy=FY),
    pct(8, "92.4%", 92.4),
    amt(12, "1億2,258万円", 122580000, role=O, fy=FY),
    pct(13, "28.1%", 28.1), pct(13, "50.5%", 50.5), pct(13, "21.4%", 21.4),
    amt(14, "1億5,590万2千円", 155902000, role=B, fy=FY),
    pct(15, "64.2%", 64.2), pct(15, "35.8%", 35.8),
    amt(17, "3,332万2千円", 33322000, role=O, fy=FY),
    fyr(19, "平成31年度", FY), amt(19, "2億1795万8千円", 217958000, role=O, fy=FY),
    amt(20, "1億7419万1千円", 174191000, role=O, fy=FY),
]
ROWS: list = []
_W = {
    (5, "8億7,543万円"): ("収益的収支 歳入", "enterprise revenue total"),
    (7, "8億7,543万円"): ("収益的収支 歳出", "enterprise expenditure total"),
    (12, "1億2,258万円"): ("資本的収支 歳入", "enterprise revenue total"),
    (14, "1億5,590万2千円"): ("資本的収支 歳出", "enterprise expenditure total"),
    (17, "3,332万2千円"): ("資本的収支の不足額", "shortfall (balance)"),
    (19, "2億1795万8千円"): ("繰入金総額", "transfer from the general account (revenue)"),
    (20, "1億7419万1千円"): ("繰入金のうち収益的収入", "transfer from the general account (revenue)"),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
