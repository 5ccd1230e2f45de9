from kinds import amt, cnt, date, trap, traps

DOC = "kuwana_h30_12gatsu_hosei_news"
# 三重県桑名市's 12月補正予算案, told by 伊勢新聞. The stored text writes NO year (`今年度`): fy null on every amount, rows
# `fy_alt` 2018 (the address dates the article 2018-12-12; fresh8b's decks without a year). Year-less days take 2018 and the
# session's December: `11日` → 2018-12-11, `18日` → 2018-12-18; `12月定例月議会` → 2018-12 (a session named by its month);
# `12月補正予算案` (×2, headline and lead) a budget label, no date. The headline's `4億7500万円` and the lead's
# `4億7516万3千円` the supplementary's own size (traps), `537億4540万3千円` the total after (budget, a trap). The four
# `…に N円` items are supplementary rows (`台風災害対応に6936万1000円` a grouping of disaster works: ambiguous). Counts:
# `23議案`, `報告3件`, `計26件`.
S, B = "supplementary_budget", "budget"
M = [
    trap(amt(1, "4億7500万円", 475000000, role=S), "見出しの12月補正予算案の追加額", "supplementary total (headline)"),
    date(3, "11日", "2018-12-11"),
    trap(amt(3, "4億7516万3千円", 475163000, role=S), "一般会計12月補正予算案の額", "supplementary total"),
    trap(amt(3, "537億4540万3千円", 53745403000, role=B), "補正後予算額", "account total after a supplementary"),
    date(3, "18日", "2018-12-18"),
    date(3, "12月", "2018-12"),
    cnt(3, "23議案", 23, "議案"),
    cnt(3, "3件", 3, "件"),
    cnt(3, "26件", 26, "件"),
    amt(4, "6936万1000円", 69361000, role=S),
    amt(4, "3072万円", 30720000, role=S),
    amt(4, "1988万4千円", 19884000, role=S),
    amt(4, "268万5千円", 2685000, role=S),
]
W = "an item of the city's 12月補正予算案 with its own figure (主な事業); the text writes no year"
ROWS = [
    dict(line=4, text="6936万1000円", budget_yen=69361000, fy=None, fy_alt=[2018], role=S, ambiguous=True,
         why=W + "; a grouping of disaster works", program="台風災害対応"),
    dict(line=4, text="3072万円", budget_yen=30720000, fy=None, fy_alt=[2018], role=S, why=W, program="共同生活援助給付費"),
    dict(line=4, text="1988万4千円", budget_yen=19884000, fy=None, fy_alt=[2018], role=S, why=W, program="児童通所支援給付費"),
    dict(line=4, text="268万5千円", budget_yen=2685000, fy=None, fy_alt=[2018], role=S, why=W, program="放置自転車等対策事業費",
         aliases=["放置自転車等保管所移転・駐輪場整備"]),
]
NOT_ROWS = traps(M)
