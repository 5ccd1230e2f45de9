from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "chino_kanto_scm_koubo5_notice"
# 関東経済産業局's notice of the fifth call of 海外サプライチェーン多元化支援事業, reposted by 茅野市's industry portal
# (kougyou.chinoshi.jp). The earlier calls' funding labels `令和2年度第1次補正予算`, `令和2年度第3次補正予算` are fiscal years
# (2020, 2020); `合計81件`, `11件` counts of awarded projects (results). `申請金額の範囲(下限〜上限)` `1億円〜15億円`: the range of
# one applicant's request, `support`, the written interval, no qualifier (the label names both ends). Its fy stays null:
# the page ties the fifth call to no budget (arguable: the earlier calls' labels are 令和2年度). `50%以上`, `15%以上`
# percents, at_least. The window `令和4年1月31日(月)〜令和4年3月31日` one date range; the post date `2022/02/04` a date.
# Not mentions: `統括管理者1` (a user name), `第一回`…`第五回` (ordinals), URLs.
S = "support"
AL = ("at_least",)
M = [
    date(3, "2022/02/04", "2022-02-04"),
    fyr(6, "令和2年度", 2020),
    cnt(6, "81件", 81, "件"),
    fyr(6, "令和2年度", 2020),
    cnt(6, "11件", 11, "件"),
    pct(16, "50%", 50, None, q=AL),
    pct(17, "15%", 15, None, q=AL),
    trap(amt(20, "1億円〜15億円", 100000000, 1500000000, role=S), "申請金額の範囲(下限〜上限)",
         "the range of one applicant's request"),
    date(22, "令和4年1月31日(月)〜令和4年3月31日", "2022-01-31", "2022-03-31"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
