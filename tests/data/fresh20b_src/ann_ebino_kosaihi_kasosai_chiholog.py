from kinds import amt, date, fyr, pct, trap, traps

DOC = "ebino_kosaihi_kasosai_chiholog"
# chiholog's search page for 過疎対策事業債 in 宮崎県えびの市's assembly minutes: a committee report of the 12月定例会
# opened 2011-11-30 (the passage stored twice) on the 公債費: the principal repaid `一十億二千八百六十万九千三百円` (down
# `一二・三%`), mainly two old bonds' shares, and the interest `一億二千九百六十九万四千七百三十三円`; then two passages of
# other meetings (no date stored): a 予算書's 市債 revenue `三千五百一十万円` and an answer on a 平成十年度 過疎債 of
# `六億数百万円` whose repayment ended. Kanji numerals throughout. All amounts `other`: a settled 公債費 (the December
# session reviews the year before's 決算, but the page writes no year: fy null), a bond's share, a budget's bond REVENUE
# (the earlier sets' 市債 revenue lines), a loan made in 平成十年度 (fy 1998) and the usual yearly range; traps.
# `六億数百万円` reads as `6億円余` (数百万 the small excess: at_least, fresh7a); `六億円を超える` at_least; `一億円から二億円弱`
# one range, `弱` approx; `一二・三%`, `一三・六%` percents with `・` the decimal point; page numbers (`二百八十六`,
# `十六ページ`) and `三点目` no mentions; the session `平成23年12月定例会` a date 2011-12 (fresh14d).
O = "other"
M = [
    date(1, "2011-11-30", "2011-11-30"), date(1, "平成23年12月", "2011-12"), date(1, "11月30日", "2011-11-30"),
]
for ln in (2, 3):
    M += [
        trap(amt(ln, "一十億二千八百六十万九千三百円", 1028609300, role=O),
             "公債費 元金 償還金", "the debt service (principal) of a settled year, not a programme"),
        pct(ln, "一二・三%", 12.3),
        fyr(ln, "平成六年度", 1994),
        trap(amt(ln, "七億八千七百三十万円", 787300000, role=O),
             "平成六年度ごみ処理施設整備事業債 (償還分)", "one bond's share of the repayment"),
        fyr(ln, "平成九年度", 1997),
        trap(amt(ln, "二億八千九百三十万円", 289300000, role=O), "平成九年度過疎対策事業債 (償還分)", "one bond's share of the repayment"),
        trap(amt(ln, "一億二千九百六十九万四千七百三十三円", 129694733, role=O),
             "公債費 利子 償還金", "the interest paid, not a programme"),
        pct(ln, "一三・六%", 13.6),
    ]
M += [
    trap(amt(4, "三千五百一十万円", 35100000, role=O),
         "市債 道路橋梁債・過疎対策事業債 (予算書)", "a bond revenue of a budget, not a spending programme"),
    fyr(5, "平成十年度", 1998),
    trap(amt(5, "六億数百万円", 600000000, None, role=O, fy=1998, q=("at_least",)),
         "平成十年度 過疎対策事業債の借入", "a loan made in 1998, since repaid"),
    amt(5, "一億円から二億円", 100000000, 200000000, role=O, q=("approx",)),
    date(5, "平成十年", "1998"),
    amt(5, "六億円", 600000000, None, role=O, fy=1998, q=("at_least",)),
    trap(amt(5, "四千三百十六万六千円", 43166000, role=O), "償還影響額", "the effect of a finished repayment on the 需要額, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
