from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "aomori_hoken_h27_jouyokin_juto"
# 公立大学法人青森県立保健大学 (a 地方独立行政法人) 平成27年度剰余金の翌事業年度充当: the setting body's committee sheet on
# the surplus's carry-over, on one line. `【H27剰余金使途承認申請額】 ・79,495,565円` (the surplus asked to be carried over)
# and the surplus's causes `授業料等収入増:約300万円`, `人件費の減 :約▲8,600万円`, `光熱水費等の減 :約▲1,200万円`,
# `教育研究経費の増:約 2,200万円`, `計 約▲7,600万円`: settled results of FY2015, `other`, traps (a surplus and changes
# of settled lines; `約` approx, `▲` negative as written). `H27` and `H27年度` fiscal years (GUIDE's era abbreviations);
# `充足率が90%を満たして` a threshold (90..null, at_least, NEW), `104.9%` the year's rate; `972人`, `927人` counts.
# `第3回`, `資料2-1`, `第2期中期 計画`, `第40条`: no mentions.
# Blind audit: `充足率が90%を満たして` a point 90, no qualifier (`満たす` is no qualifier word of the GUIDE; a threshold
# compared with is a point, as fresh3's 庄原市 `300億円を下回り`).
O, FY = "other", 2015
S = ("a settled surplus of the year or a change of a settled line behind it", "a settlement's result, not a budget")


def s(text: str, v: int, q: tuple[str, ...] = ("approx",)) -> dict:
    return trap(amt(1, text, v, role=O, fy=FY, q=q), *S)


M = [
    fyr(1, "平成27年度", FY), pct(1, "90%", 90), fyr(1, "H27", FY),
    s("79,495,565円", 79495565, ()), s("300万円", 3000000),
    fyr(1, "H27年度", FY), pct(1, "104.9%", 104.9), cnt(1, "972人", 972, "人"), cnt(1, "927人", 927, "人"),
    s("▲8,600万円", -86000000), s("▲1,200万円", -12000000), s("2,200万円", 22000000), s("▲7,600万円", -76000000),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
