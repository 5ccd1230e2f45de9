from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "agora_togikai_seimu_katsudo_2017"
# A 東京都議会 member's (鈴木邦和) post on the council's 2017年度 政務活動費 disclosure and his own year's spending: the
# grant per member `月50万円` (per month) and `年間600万円` (per year, twice): `support` (a grant per member, fresh15c),
# fy null (a standing rate); his spending `合計593万円`, the unspent `7万円`, the item `会派運営費180万円`: `other` (a
# member's settled spending), fy 2017 (the post's 2017年度分); the fee each member pays his 会派 `毎月15万円`: `other`,
# per month, fy null. All traps. `昨年12月` → 2017-12 (the post follows the 2017年度 disclosure, in 2018); the period
# `2017年8月〜2017年7月` two dates as written; `一年間`, `1年間` durations; `公約の1つ` a count of 1 つ (GUIDE);
# `1人あたり` a per unit.
O, P = "other", "support"


def T(r: dict, what: str) -> dict:
    return trap(r, what, "a council member's 政務活動費 grant or spending, no programme's budget")


M = [
    fyr(1, "2017年度", 2017),
    fyr(2, "2017年度", 2017), pct(2, "10%", 10), date(2, "12月", "2017-12"), cnt(2, "1つ", 1, "つ"),
    T(amt(3, "50万円", 500000, role=P, per="month"), "the grant per member per month"),
    T(amt(3, "600万円", 6000000, role=P, per="year"), "the grant per member per year"),
    T(amt(4, "600万円", 6000000, role=P, per="year"), "the grant per member per year"),
    dur(4, "一年間", 1, "year"), date(4, "2017年8月", "2017-08"), date(4, "2017年7月", "2017-07"),
    dur(6, "1年間", 1, "year"), pct(6, "30%", 30), pct(6, "27%", 27), pct(6, "42%", 42),
    T(amt(6, "593万円", 5930000, role=O, fy=2017), "the member's spending of the year"),
    T(amt(6, "7万円", 70000, role=O, fy=2017), "the member's unspent grant"),
    T(amt(7, "180万円", 1800000, role=O, fy=2017), "an item of the member's spending"),
    T(amt(8, "15万円", 150000, role=O, per="month"), "the fee each member pays his 会派 per month"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
