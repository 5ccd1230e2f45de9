from kinds import amt, date, fyr

DOC = "kuwana_r4_hosei_3gatsu"
# News (伊勢新聞, 2023-02-11) on 桑名市's 令和4年度一般会計補正予算案 for the 3月定例会: the increase and its items are
# supplementary_budget FY2022, the total after it budget. Deposits into funds (財政調整基金積立金, 桑名駅前整備積立金,
# 小中一貫校積立金) are expenses of the supplementary: rows marked ambiguous. `10日`, `21日` take February 2023 (the
# report's date); `3月定例会` is a session named by its month (2023-03).
S, FY = "supplementary_budget", 2022
M = [
    amt(1, "26億2206万円", 2622060000, role=S, fy=FY),
    date(3, "10日", "2023-02-10"),
    amt(3, "26億2206万4千円", 2622064000, role=S, fy=FY),
    fyr(3, "令和4年度", FY),
    amt(3, "608億7985万2千円", 60879852000, role="budget", fy=FY),
    date(3, "21日", "2023-02-21"),
    date(3, "3月", "2023-03"),
]
ITEMS = [
    (5, "492万4千円", 4924000, "道路ストック対策事業費", [], False),
    (5, "2750万6千円", 27506000, "湛水防除事業費", [], False),
    (5, "2993万円", 29930000, "ため池等整備事業費", [], False),
    (7, "5千万円", 50000000, "市総合医療センターへの運営費負担金", ["運営費負担金"], False),
    (7, "1650万円", 16500000, "市独自の給付を行うためのシステム開発費", ["システム開発費"], False),
    (9, "24億4819万3千円", 2448193000, "財政調整基金積立金", [], True),
    (9, "3億5千万円", 350000000, "桑名駅前整備積立金", [], True),
    (9, "6億5千万円", 650000000, "小中一貫校積立金", [], True),
]
M += [amt(ln, t, v, role=S, fy=FY) for ln, t, v, _, _, _ in ITEMS]
W = "item of the 令和4年度一般会計補正予算案 in prose (`…に N円`, `…として N円`)"
ROWS = []
for ln, t, v, p, a, amb in ITEMS:
    r = dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, aliases=a, role=S, why=W)
    if amb:
        r.update(ambiguous=True, note="a deposit into a fund (積立金), an expense of the supplementary")
    ROWS.append(r)
NOT_ROWS = [
    dict(line=1, text="26億2206万円", value_yen=2622060000, fy=FY, mention_role=S, what="補正案 (headline)",
         reason="total of the supplementary"),
    dict(line=3, text="26億2206万4千円", value_yen=2622064000, fy=FY, mention_role=S, what="増額",
         reason="total of the supplementary"),
    dict(line=3, text="608億7985万2千円", value_yen=60879852000, fy=FY, mention_role="budget", what="補正後の予算額",
         reason="the account's total after the supplementary"),
]
