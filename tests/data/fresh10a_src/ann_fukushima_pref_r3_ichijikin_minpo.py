from kinds import amt, cnt, date, pct

DOC = "fukushima_pref_r3_ichijikin_minpo"
# 福島民報's report (2021-09-09, the address) of 福島県 raising its one-off grant to small businesses other than
# restaurants. Every amount is a grant per recipient: support, fy null (the text names no fiscal year; the comparison
# years are calendar years). `20万円から30万円に増額` two amounts (the old and new size), `一時金20万円` (already paid),
# `増額分の10万円` (the top-up per recipient, support: a grant paid to each, not a change of a budget; NEW), `一律30万
# 円`. The condition: `8月か9月の売り上げが2020(令和2)年と2019年いずれかの同月と比べて30%以上減少` → dates 2021-08, 2021-09
# (the deck's year), 2020 (era and Gregorian together: one date, GUIDE), 2019, percent 30..null at_least. Counts of
# recipients: `8500件程度`, `約100件`, `約400件`, `約8000件` (approx).
SU = "support"
M = [
    amt(1, "20万円", 200000, role=SU), amt(1, "30万円", 300000, role=SU),
    date(2, "8月", "2021-08"), date(2, "9月", "2021-09"),
    date(2, "2020(令和2)年", "2020"), date(2, "2019年", "2019"),
    pct(2, "30%", 30, None, q=("at_least",)),
    cnt(3, "8500件", 8500, "件", q=("approx",)), cnt(3, "100件", 100, "件", q=("approx",)),
    amt(3, "20万円", 200000, role=SU), amt(3, "10万円", 100000, role=SU),
    cnt(3, "400件", 400, "件", q=("approx",)), cnt(3, "8000件", 8000, "件", q=("approx",)),
    amt(3, "30万円", 300000, role=SU),
]
ROWS: list[dict] = []
_T = [(1, "20万円", 200000, "一時金 (増額前)"), (1, "30万円", 300000, "一時金 (増額後)"),
      (3, "20万円", 200000, "受給済みの一時金"), (3, "10万円", 100000, "増額分 (追加交付)"),
      (3, "30万円", 300000, "一律の一時金")]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=None, mention_role=SU, what=w,
                 reason="a grant per recipient (support)") for ln, t, v, w in _T]
