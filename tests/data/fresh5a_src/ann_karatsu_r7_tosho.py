from kinds import amt, date, fyr

DOC = "karatsu_r7_tosho"
# 唐津市 (佐賀県), 令和7年度当初予算の概要 (a 骨格予算 after the January 2025 elections). The table `令和7年度当初予算の規模`
# flattened one cell a line: the 一般会計 and 特別会計 totals are budget FY2025; the enterprise accounts' 収益的支出 and
# 資本的支出 budget FY2025, their 収益的収入 and 資本的収入 other (fresh4: an enterprise account's revenue total is no
# appropriation). All are account totals: traps, no row. The attached-file labels keep their fiscal years (fresh4);
# file sizes are no mentions. `1月下旬` is 2025-01 (下旬 dropped, as 末); `令和5年7月豪雨災害` is a named event (fresh3:
# no date).
B, O, FY = "budget", "other", 2025
M = [
    fyr(2, "令和7年度", FY), fyr(3, "令和7年度", FY),
    fyr(4, "令和7年度", FY), date(4, "1月", "2025-01"),
    fyr(7, "令和7年度", FY), fyr(7, "令和7年度", FY),
    fyr(8, "令和7年度", FY),
    amt(14, "894億9,608万2千円", 89496082000, role=B, fy=FY),
    amt(17, "312億1,420万4千円", 31214204000, role=B, fy=FY),
    amt(21, "1,034億9,480万9千円", 103494809000, role=O, fy=FY),
    amt(23, "976億1,178万5千円", 97611785000, role=B, fy=FY),
    amt(26, "54億4,338万円", 5443380000, role=O, fy=FY),
    amt(29, "101億3,053万4千円", 10130534000, role=B, fy=FY),
]
ROWS = []
_W = {14: ("一般会計", "account total"), 17: ("特別会計", "account total"), 21: ("企業会計 収益的収入", "enterprise revenue total"),
      23: ("企業会計 収益的支出", "enterprise expenditure total"), 26: ("企業会計 資本的収入", "enterprise revenue total"),
      29: ("企業会計 資本的支出", "enterprise expenditure total")}
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=r["fy"], mention_role=r["role"],
                 what=_W[r["line"]][0], reason=_W[r["line"]][1]) for r in M if r["kind"] == "amount"]
