from kinds import amt, date, trap, traps

DOC = "fukushima_kokudo_h16_hosei"
# 東北地方整備局 福島河川国道事務所's press release (2005-02-01): its allocation of 国土交通省関係補正予算 (the 平成16年度
# supplementary after the year's typhoons and the 中越 earthquake). The page names no fiscal year (`平成16年に発生した`
# is the disasters' calendar year: a date 2004, not the budget's year): fy null on every amount, rows `fy_alt` [2004]
# (fresh8a's supplementary with no year). The office's two areas `河川関係に約24.9億円`, `道路関係に約15.4億円` rows
# (approx); their `うちゼロ国債` shares (`約11.6億円`, `約5.5億円`: the part contracted now under a zero-year national-debt
# commitment) traps; the office's whole `全体で約40.3億円` a trap. NEW (a bureau's allocation of a ministry's
# supplementary): the allocation is `supplementary_budget` (money of the supplementary, as fresh24c's items).
S = "supplementary_budget"
A = ("approx",)
M = [
    date(1, "平成16年", "2004"),
    amt(4, "24.9億円", 2490000000, role=S, q=A),
    trap(amt(4, "11.6億円", 1160000000, role=S, q=A), "share", "the ゼロ国債 part of the 河川 allocation"),
    amt(4, "15.4億円", 1540000000, role=S, q=A),
    trap(amt(4, "5.5億円", 550000000, role=S, q=A), "share", "the ゼロ国債 part of the 道路 allocation"),
    trap(amt(4, "40.3億円", 4030000000, role=S, q=A), "total", "the office's whole allocation"),
]
ROWS = [dict(line=4, text=t, budget_yen=v, fy=None, fy_alt=[2004], role=S, program=p,
             why="an area of the office's allocation of the ministry's supplementary")
        for t, v, p in (("24.9億円", 2490000000, "福島河川国道事務所 河川関係(補正予算配分)"),
                        ("15.4億円", 1540000000, "福島河川国道事務所 道路関係(補正予算配分)"))]
# Audit (audit28a): the text's own phrase as an alias where the gold name paraphrases it (fresh24a's audit).
_AL = {'24.9億円': ['河川関係'], '15.4億円': ['道路関係']}
for _r in ROWS:
    _r["aliases"] = _AL.get(_r["text"], [])
NOT_ROWS = traps(M)
