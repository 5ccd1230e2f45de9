from kinds import amt, cnt, date, dur, trap, traps

DOC = "kosaka_r7_bukka_rinji_hosei"
# 秋田県小坂町's price-relief supplementary passed at a 臨時議会 (FM791 news): six menus funded by the national 交付金. The text
# writes no year (`ことし3月から8月まで`, `19日の臨時議会`, `来月`): fy null on every amount (fresh6c's 岡山県 news), and the
# year-less months and the month-less day (`19日`, `3月`, `8月`, `3月`) are dates of the file name's year 2025 (calls28;
# were left out as no resolvable date). The package's total
# `総額およそ6千900万円` supplementary_budget, approx, a trap (package total). Grants per person `一人につき1万円分` (vouchers)
# and `子ども一人につき2万円` (応援手当) `support` traps; the water fee waived `1か月千900円` (the base fee per month) `other`,
# per month, a trap (a fee, not programme money; `1か月` a per unit, no duration). `6つのメニュー` a count of つ, `メニューの
# 一つ` a count of 1 つ (GUIDE's `の一つ`), `4千300人` approx, `73の事業所` a count of 事業所, `10か月間` a duration.
S, P, O = "supplementary_budget", "support", "other"
M = [
    date(5, "19日", "2025"),
    date(7, "3月", "2025-03"),
    date(7, "8月", "2025-08"),
    date(9, "3月", "2025-03"),  # calls28: year-less dates take the file name's year (docs/judgement_calls.md)
    cnt(4, "6つ", 6, "つ"),
    trap(amt(5, "6千900万円", 69000000, role=S, q=("approx",)), "物価高対策 補正予算案の総額 (6つのメニュー)", "package total"),
    cnt(6, "一つ", 1, "つ"),
    cnt(6, "4千300人", 4300, "人", q=("approx",)),
    trap(amt(6, "1万円", 10000, role=P), "商品券 町民一人分", "a grant size per person"),
    cnt(7, "73の事業所", 73, "事業所"),
    trap(amt(9, "千900円", 1900, role=O, per="month"), "水道 基本料金 (1か月)", "a fee waived, not programme money"),
    dur(9, "10か月間", 10, "month"),
    trap(amt(10, "2万円", 20000, role=P), "子育て世帯 応援手当 子ども一人分", "a grant size per person"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
