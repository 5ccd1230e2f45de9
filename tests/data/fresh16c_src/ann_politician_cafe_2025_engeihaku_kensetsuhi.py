from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "politician_cafe_2025_engeihaku_kensetsuhi"
# politician.cafe (a politics news site, 2025: `開催まで残り2年` before the expo of March 2027): the 2027年国際園芸博覧会's
# construction cost raised. Every figure is an event's cost estimate, its change or a payer's share over several years:
# `other`, fy null, traps: `最大で3割増の417億円` (`最大` governs the phrase: the 3割 and the 417億 both at_most, min null;
# NEW, arguable), `当初、建設費は320億円`, `追加で97億円`, 横浜市's share `約26億円増の約111億円`, the savings `約34億円`, the
# operating cost `運営費は360億円`. `2027年に` a date; `2027年国際園芸博覧会(協会)` a name with a year (no mention);
# `残り2年` a duration; `3分の1` no mention; `19日` 2025-03-19 (the announcement two years before the opening, 2027-03-19:
# the association's own release of 2025-03-19 (PR TIMES: 145 new, `あわせて377件`) confirms it, blind audit); `377件` a count.
O = "other"
R = "an event's cost estimate or a payer's share over several years, not a year's budget"
M = [
    date(1, "2027年", "2027"),
    pct(1, "3割", None, 30, q=("at_most",)),
    trap(amt(1, "417億円", None, 41700000000, role=O, q=("at_most",)), "園芸博 会場建設費 (見込み)", R),
    dur(1, "2年", 2, "year"),
    trap(amt(3, "320億円", 32000000000, role=O), "園芸博 建設費 当初", R),
    trap(amt(3, "97億円", 9700000000, role=O), "園芸博 建設費 追加", "a change of an estimate"),
    trap(amt(3, "26億円", 2600000000, role=O, q=("approx",)), "横浜市負担 増", "a change of a share"),
    trap(amt(3, "111億円", 11100000000, role=O, q=("approx",)), "横浜市の負担", R),
    trap(amt(3, "34億円", 3400000000, role=O, q=("approx",)), "上振れ分 抑制額", "savings against an estimate"),
    trap(amt(6, "360億円", 36000000000, role=O), "園芸博 運営費", R),
    date(8, "19日", "2025-03-19"), cnt(8, "377件", 377, "件"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
