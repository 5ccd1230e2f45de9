from kinds import amt, cnt, dur, fyr, pct, trap, traps

DOC = "konnichi_oita_r4_tosho"
# 大分県's 令和4年度 一般会計当初予算案 as a local news site summarises the prefecture's own 概要: every amount fy 2022. The
# 一般会計 `7178億4100万円` `budget`, a trap. The budget's four headings, each `N事業 N円` (`ポストコロナおおいた挑戦枠(予算特別枠)
# 109事業、23億5100万円`, `感染拡大防止対策16事業247億2600万円`, …) `budget`, AMBIGUOUS rows (NEW, as 富山県's `…枠`: a named
# envelope of many works, not one work). 投資的経費, 公共事業, 社会保障関係費 `other` (splits by kind, fresh4), traps; the fund's
# target balance `令和6年度末で残高330億円` `other`, fy 2024 (the year of its label), a trap. `9年連続` a duration (fresh5c);
# `令和6年度末` the fiscal year 2024 (fresh6a: 末 dropped); counts `109事業`, `16事業`, `71事業`, `127事業`.
B, O, FY = "budget", "other", 2022
_H = [
    ("109事業", 109, "23億5100万円", 2351000000, "ポストコロナおおいた挑戦枠(予算特別枠)"),
    ("16事業", 16, "247億2600万円", 24726000000, "感染拡大防止対策"),
    ("71事業", 71, "62億200万円", 6202000000, "社会経済活性化対策"),
    ("127事業", 127, "41億4600万円", 4146000000, "DXの推進、先端技術の活用"),
]
M = [
    fyr(1, "令和4年度", FY), dur(1, "9年連続", 9, "year"),
    trap(amt(1, "7178億4100万円", 717841000000, role=B, fy=FY), "一般会計", "account total"),
    pct(1, "2・2%", 2.2),
]
for c, n, t, v, _ in _H:
    M += [cnt(3, c, n, "事業"), amt(3, t, v, role=B, fy=FY)]
M += [
    trap(amt(4, "1485億4700万円", 148547000000, role=O, fy=FY), "投資的経費", "split by kind of expense"),
    trap(amt(4, "962億2800万円", 96228000000, role=O, fy=FY), "公共事業", "split by kind of expense"),
    trap(amt(4, "882億2600万円", 88226000000, role=O, fy=FY), "社会保障関係費", "split by kind of expense"),
    fyr(6, "令和6年度", 2024),
    trap(amt(6, "330億円", 33000000000, role=O, fy=2024), "財政調整用基金の残高目標", "a fund's target balance"),
]
ROWS = [dict(line=3, text=t, budget_yen=v, fy=FY, program=p, role=B, ministry="大分県", ambiguous=True,
             why=f"a heading of the 令和4年度当初予算案 with its works' total ({c})",
             note="an envelope of many works, not one work") for c, _, t, v, p in _H]
NOT_ROWS = traps(M)
