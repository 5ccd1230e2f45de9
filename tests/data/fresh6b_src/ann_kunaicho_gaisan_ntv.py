from kinds import amt, date, rank

DOC = "kunaicho_gaisan_ntv"
# 宮内庁's `来年度予算の概算要求` as 日本テレビ reports it. No year is written (`来年度`, `今年度`, `令和となり`):
# fy null on every amount (GUIDE); rows carry fy_alt [2020] (the request made in 2019, the year of 大嘗祭 and of
# 令和's start). The total `約215億円` (three times) is budget, approx; `皇室費` and `宮内庁費` are the two accounts of
# the request (budget, traps: account totals). `25億円あまり少ない` is a change (other, at_least). `約34億円` is the
# whole multi-year cost of a renovation (other, approx), `8億8000万円` its part requested this time (a row);
# `7億1000万円`, `4000万円`, `2億9000万円` are named works and a ceremony (rows). `今年11月` is dated 2019-11 (the
# deck's year, from outside the text). `皇位継承第一位` read as a rank of 1.
B, O = "budget", "other"
M = [
    amt(1, "215億円", 21500000000, q=("approx",)),
    amt(2, "215億円", 21500000000, q=("approx",)),
    amt(3, "92億円", 9200000000, q=("approx",)), amt(3, "124億円", 12400000000, q=("approx",)),
    amt(3, "215億円", 21500000000, q=("approx",)),
    amt(4, "25億円", 2500000000, None, role=O, q=("at_least",)),
    amt(5, "34億円", 3400000000, role=O, q=("approx",)), amt(5, "8億8000万円", 880000000), amt(5, "7億1000万円", 710000000),
    rank(6, "一位", 1), amt(6, "4000万円", 40000000), date(6, "11月", "2019-11"), amt(6, "2億9000万円", 290000000),
]
W = "a named work or ceremony with its own figure in 宮内庁's 来年度概算要求 (no year written; fy_alt from the report's year)"
ROWS = [
    dict(line=5, text="8億8000万円", budget_yen=880000000, fy=None, fy_alt=[2020], program="秋篠宮邸の改修費", role=B, why=W),
    dict(line=5, text="7億1000万円", budget_yen=710000000, fy=None, fy_alt=[2020], program="仙洞御所の改修費", role=B, why=W),
    dict(line=6, text="4000万円", budget_yen=40000000, fy=None, fy_alt=[2020], program="立皇嗣の礼", role=B, why=W),
    dict(line=6, text="2億9000万円", budget_yen=290000000, fy=None, fy_alt=[2020], program="皇居・東御苑の復旧",
         aliases=["大嘗祭終了後の皇居・東御苑の復旧"], role=B, why=W),
]
_W = {
    (1, "215億円"): ("概算要求の総額 (headline)", "agency total", B),
    (2, "215億円"): ("概算要求の総額", "agency total", B),
    (3, "92億円"): ("皇室費", "account total", B),
    (3, "124億円"): ("宮内庁費", "account total", B),
    (3, "215億円"): ("総要求額", "agency total", B),
    (4, "25億円"): ("今年度より少ない額", "change", O),
    (5, "34億円"): ("秋篠宮邸の改修費の総額", "multi-year total cost, not this year's figure", O),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=None,
                 mention_role=role, what=w, reason=why) for (ln, t), (w, why, role) in _W.items()]
