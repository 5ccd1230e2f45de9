from kinds import amt, date, fyr, trap, traps

DOC = "kazo_r5_hosei8_9"
# 埼玉県加須市 (広報かぞ 2024年4月号 via mykoho): 令和5年度一般会計補正予算 (第8号, 専決; 第9号, the February supplementary).
# The heading `令和5年度 一般会計補正予算` scopes the page: every item `supplementary_budget` FY2023 and a row (the GUIDE's
# title label; fresh8b). `(第8号)`, `(第9号)`, `第8号・第9号` ordinals; `7/43` a page counter of the magazine (no date: it
# stands in no schedule, arguable). `令和6年2月補正予算` is a budget's name, no date (blind audit: fresh18c's `昨年12月補正`
# "a budget's name, no date" though `昨年12月` alone would be one; fresh8b and later: budget labels named by their month
# are no dates; GUIDE: years that are part of a name are not dates). The annotator had it a date 2024-02.
# `令和5年度決算見込み` a fiscal year; `令和5年12月22日`, `令和6年1月22日` dates. The small 第9号 items (`3万2千円`, `5万円`)
# are programmes' additions, not grant sizes: rows.
S, FY = "supplementary_budget", 2023
ITEMS = [
    (10, "5億1,527万3千円", 515273000, "低所得世帯に対する物価高騰対応支援給付金給付事業", "第8号"),
    (11, "10億547万4千円", 1005474000, "定額減税調整給付事業", "第8号"),
    (14, "20万1千円", 201000, "障がい者福祉管理事業", "第9号"),
    (15, "3万2千円", 32000, "子育て支援センター事業", "第9号"),
    (16, "5万円", 50000, "民間児童館助成事業", "第9号"),
    (17, "703万円", 7030000, "民間保育所助成事業", "第9号"),
    (18, "13万6千円", 136000, "民間放課後児童健全育成事業", "第9号"),
]
M = [
    fyr(3, "令和5年度", FY),
    fyr(6, "令和5年度", FY),
    date(8, "令和5年12月22日", "2023-12-22"),
    date(8, "令和6年1月22日", "2024-01-22"),
    *[amt(ln, t, v, role=S, fy=FY) for ln, t, v, _, _ in ITEMS],
]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why=f"a programme of the 令和5年度一般会計補正予算({no}) listed with its own figure under the page's heading")
        for ln, t, v, p, no in ITEMS]
NOT_ROWS = traps(M)
