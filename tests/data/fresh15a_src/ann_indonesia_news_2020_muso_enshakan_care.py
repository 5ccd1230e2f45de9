from kinds import amt, cnt, date, trap, traps

DOC = "indonesia_news_2020_muso_enshakan_care"
# indonesia-news.biz's category page: three ODA items of February 2020 (the year from the JICA item's own page on the same
# site, dated 2020-02-28; NEW, arguable: the stored text names no year). A grant's cap `供与限度額4億2,300万円の一般文化無償`
# (to UNESCO's Afghan office for Bamiyan: `support`, at_most, min null), JICA's loan `318億円を限度とする円借款` (`other`, at_most)
# and its headline `318億円` (`other`), two grants `総額3.78億円` (`support`, a sum of two). fy null (none written). All traps.
# `2案件` counts; `2月26日`, `2月25日`, `2月24日` dates.
S, O = "support", "other"
M = [
    trap(amt(2, "4億2,300万円", None, 423000000, role=S, q=("at_most",)), "バーミアン世界遺産の持続可能な管理計画 供与限度額",
         "the cap of a cultural grant to one project, not a budget"),
    date(2, "2月26日", "2020-02-26"),
    trap(amt(4, "318億円", 31800000000, role=O), "インドネシア 円借款 (見出し)", "a loan to a country (the headline), not a budget"),
    date(5, "2月25日", "2020-02-25"),
    trap(amt(5, "318億円", None, 31800000000, role=O, q=("at_most",)), "災害に対する強靭化促進・管理プログラム・ローン 限度額",
         "a yen loan's cap in the loan agreement, not a budget"),
    cnt(6, "2案件", 2, "案件"),
    cnt(7, "2案件", 2, "案件"),
    trap(amt(7, "3.78億円", 378000000, role=S), "バンサモロ暫定自治政府 2案件 総額", "the sum of two grants to one recipient, not a budget"),
    date(7, "2月24日", "2020-02-24"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
