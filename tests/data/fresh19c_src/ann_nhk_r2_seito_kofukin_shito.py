from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "nhk_r2_seito_kofukin_shito"
# NHK's item on the 政党交付金 使途等報告 compiled by 総務省 (the 2020 spending, reported in 2021): the year's spending
# (231億円, per party), the funds' balances (基金の残高, per party), the year's grant to ten parties (318億円). The text
# writes no year (`去年`, `おととし`): fy null throughout (GUIDE: a page that names no year). Spending and balances are
# the parties' money: `other`; the 318億円 交付 is the state's grant to the parties: `support` (a grant, as fresh15c's
# 政務活動費); all traps. `去年9月` the 合流新党's dissolution → 2020-09 (the year the text implies, fresh11c's news item
# with no year; a reader could leave it out); `1年間` durations; `10の政党` a count of 政党; `72条` a law article: none.
O, P = "other", "support"


def T(r: dict, what: str) -> dict:
    return trap(r, what, "a party's spending, balance or the state's grant to parties, no programme's budget")


SP, BAL = "政党交付金 spending of the year (使途等報告)", "a party's 政党基金 balance at the year's end"
M = [
    T(amt(2, "323億円", 32300000000, role=O), BAL),
    dur(3, "1年間", 1, "year"), pct(3, "35%", 35),
    T(amt(3, "231億円", 23100000000, role=O), SP),
    T(amt(3, "323億円", 32300000000, role=O), BAL),
    cnt(4, "10の政党", 10, "政党"),
    T(amt(4, "318億円", 31800000000, role=P), "the year's 政党交付金 granted to ten parties"),
    dur(5, "1年間", 1, "year"),
    T(amt(5, "231億円", 23100000000, role=O), SP),
    T(amt(5, "126億円", 12600000000, role=O), "the fall of the spending on the year before"),
    pct(5, "35.3%", 35.3),
    T(amt(7, "111億8700万円", 11187000000, role=O), SP),
    date(9, "9月", "2020-09"),
    T(amt(9, "34億8600万円", 3486000000, role=O), SP),
    T(amt(10, "27億100万円", 2701000000, role=O), SP),
    pct(13, "36.6%", 36.6),
    T(amt(13, "323億円", 32300000000, role=O), BAL),
    T(amt(15, "252億7200万円", 25272000000, role=O), BAL),
    T(amt(16, "28億300万円", 2803000000, role=O), BAL),
    T(amt(17, "18億500万円", 1805000000, role=O), BAL),
    T(amt(18, "15億3800万円", 1538000000, role=O), BAL),
    T(amt(19, "4億6300万円", 463000000, role=O), BAL),
    T(amt(20, "2億9500万円", 295000000, role=O), BAL),
    T(amt(21, "7400万円", 74000000, role=O), BAL),
    T(amt(22, "6100万円", 61000000, role=O), BAL),
    T(amt(23, "3400万円", 34000000, role=O), BAL),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
