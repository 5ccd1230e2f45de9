from kinds import amt, date, fyr, pct

DOC = "nta_r4_gaisan_zeikei"
# 国税庁's 令和4年度 概算要求 as 税経 reports it. The headline's `来年度予算の要求額` is fixed by the body's
# `令和4年度国税庁関係予算概算要求額` (fresh6b's 資源エネルギー庁 call): every requested figure budget FY2022. The
# total (twice) is a trap; `N億円増`, `N億円減少` changes `other`; the split 人件費 / 一般経費 `other` (fresh4's
# split by kind of expense), traps; the main 一般経費 items (`「庁局署一般経費」の617 億円`, the 税務諸用紙や通信費
# inside it, `「職場環境整備・安全対策経費」の89億円`, `「税制改正関係経費」として22億円`) are rows. `3 年度` is
# era-less (no fiscal year); `基本方針2021` a name; `今年6 月` → 2021-06 (the request for 令和4年度 is made in 2021);
# `9 割` a percent. Blind audit: the 95 億円 (`この中には…`, a part of the 617 億円 item) is an ambiguous row, as
# fresh4's part of a programme named with its own figure (気象庁, 大町町) and fresh8b's 小矢部市 sub-items.
B, O, FY = "budget", "other", 2022
M = [
    amt(1, "6,368 億円", 636800000000, fy=FY),
    fyr(3, "令和4年度", FY), date(3, "6 月", "2021-06"), amt(3, "3.3 億円", 330000000, role=O, fy=FY),
    amt(3, "6,368 億円", 636800000000, fy=FY),
    amt(4, "5,544 億円", 554400000000, role=O, fy=FY), amt(4, "22億円", 2200000000, role=O, fy=FY), pct(4, "9 割", 90),
    amt(4, "25 億円", 2500000000, role=O, fy=FY), amt(4, "824 億円", 82400000000, role=O, fy=FY),
    amt(5, "617 億円", 61700000000, fy=FY), amt(5, "8 億円", 800000000, role=O, fy=FY), amt(5, "95 億円", 9500000000, fy=FY),
    amt(5, "89億円", 8900000000, fy=FY), fyr(5, "令和4年度", FY), amt(5, "22億円", 2200000000, fy=FY),
]
W = "a main 一般経費 item with its own figure in 国税庁's 令和4年度 概算要求 (a request: budget of the requested year)"
ROWS = [
    dict(line=5, text="617 億円", budget_yen=61700000000, fy=FY, program="庁局署一般経費", role=B, why=W),
    dict(line=5, text="95 億円", budget_yen=9500000000, fy=FY, program="税務諸用紙や通信費", aliases=["税務諸用紙・通信費"], role=B,
         why=W, ambiguous=True,
         note="a part of 庁局署一般経費 (the 617 億円 row), `この中には…95 億円`: fresh4's part of a programme (audit8)"),
    dict(line=5, text="89億円", budget_yen=8900000000, fy=FY, program="職場環境整備・安全対策経費", role=B, why=W),
    dict(line=5, text="22億円", budget_yen=2200000000, fy=FY, program="税制改正関係経費", role=B, why=W),
]
_W = {
    (1, "6,368 億円"): ("来年度予算の要求額", "the agency's request total", B),
    (3, "3.3 億円"): ("3 年度当初予算より増", "change of the total", O),
    (3, "6,368 億円"): ("令和4年度国税庁関係予算概算要求額", "the agency's request total", B),
    (4, "5,544 億円"): ("人件費", "a split by kind of expense", O),
    (4, "22億円"): ("前年度より減少", "change", O),
    (4, "25 億円"): ("一般経費の増", "change", O),
    (4, "824 億円"): ("一般経費", "a split by kind of expense (the class the rows belong to)", O),
    (5, "8 億円"): ("前年より増", "change", O),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=role, what=w, reason=why) for (ln, t), (w, why, role) in _W.items()]
