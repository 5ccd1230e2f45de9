from kinds import amt, date, fyr, trap, traps

DOC = "esn_lcep_h27_teitanso_kiki_koubo"
# News (energy-saving-news.jp) of 環境省's call for 平成27年度 中小事業所における低炭素機器導入事業, executed by 一般社団法人低炭素
# エネルギー技術事業組合. `補助上限額は3000万円` a cap, `support`, at_most, min null, fy 2015 (the 補助金's 平成27年度 on line 2,
# as fresh10a's fmbc caps take the title's year); a trap, no row (no budget figure). `公募期間は8月3日~8月31日まで` one range
# (the page's 平成27年; `まで` closing a range adds no qualifier, GUIDE); `平成27年8月3日(月)~平成27年8月31日` one range.
# `平成22年度より` a fiscal year (より gives a point). `50トン以上3000トン未満` a physical unit (no mention); rates `2分の1`,
# `3分の1` fractions; `17時` a clock time; the press release number in the URL no mention.
M = [
    fyr(2, "平成27年度", 2015),
    date(3, "8月3日~8月31日", "2015-08-03", "2015-08-31"),
    fyr(4, "平成22年度", 2010),
    trap(amt(6, "3000万円", None, 30000000, role="support", fy=2015, q=("at_most",)), "補助上限額",
         "a cap per project (support)"),
    date(7, "平成27年8月3日(月)~平成27年8月31日", "2015-08-03", "2015-08-31"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
