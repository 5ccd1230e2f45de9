from kinds import amt, date, fyr

DOC = "hiroshima_city_r6_suido_tosho"
# 広島市 水道局 (a designated city's water enterprise; its 財務課 page 8569): 令和6年度当初予算 (title: every amount
# FY2024). 収益的収支 and 資本的収支 in prose, `億円` rounded. The 支出 totals (`支出237億円`, `支出156億円`) are budget
# (an enterprise's expenditure is its budget); the 収入 and their parts (水道料金 …), the balances `収支差引`, the
# 純利益, the shortfall and the split of 支出 by kind (人件費, 維持管理費等, 減価償却費・資産減耗費, 支払利息: fresh4's
# split by kind of expense) are other. All traps, no row (no work is named with a figure). `(令和4年度~令和7年度)` one
# fiscal-year range (as the GUIDE's `H25～H27`); the page date `2024年3月26日` a date; list numbers `1.`, `[1]` none.
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY), date(2, "2024年3月26日", "2024-03-26"), fyr(3, "令和6年度", FY),
    fyr(6, "令和6年度", FY), fyr(6, "令和4年度~令和7年度", 2022, 2025),
    amt(15, "244億円", 24400000000, role=O, fy=FY), amt(15, "237億円", 23700000000, role=B, fy=FY),
    amt(15, "7億円", 700000000, role=O, fy=FY), amt(15, "2億円", 200000000, role=O, fy=FY),
    amt(16, "244億円", 24400000000, role=O, fy=FY), amt(16, "198億円", 19800000000, role=O, fy=FY),
    amt(16, "46億円", 4600000000, role=O, fy=FY), amt(16, "237億円", 23700000000, role=B, fy=FY),
    amt(16, "47億円", 4700000000, role=O, fy=FY), amt(16, "95億円", 9500000000, role=O, fy=FY),
    amt(16, "86億円", 8600000000, role=O, fy=FY), amt(16, "9億円", 900000000, role=O, fy=FY),
    amt(16, "7億円", 700000000, role=O, fy=FY),
    amt(18, "76億円", 7600000000, role=O, fy=FY), amt(18, "156億円", 15600000000, role=B, fy=FY),
    amt(18, "80億円", 8000000000, role=O, fy=FY),
]
ROWS: list[dict[str, object]] = []
_W = [
    (15, "244億円", "収益的収入", "enterprise revenue total"), (15, "237億円", "収益的支出", "enterprise expenditure total"),
    (15, "7億円", "収支差引", "balance"), (15, "2億円", "純利益", "profit"),
    (16, "244億円", "収益的収入", "enterprise revenue total"), (16, "198億円", "水道料金", "revenue"),
    (16, "46億円", "その他の収入", "revenue"), (16, "237億円", "収益的支出", "enterprise expenditure total"),
    (16, "47億円", "人件費", "split by kind of expense"), (16, "95億円", "維持管理費等", "split by kind of expense"),
    (16, "86億円", "減価償却費・資産減耗費", "split by kind of expense"), (16, "9億円", "支払利息", "split by kind of expense"),
    (16, "7億円", "収支差引", "balance"),
    (18, "76億円", "資本的収入", "enterprise revenue total"), (18, "156億円", "資本的支出", "enterprise expenditure total"),
    (18, "80億円", "資本的収支の不足", "shortfall (balance)"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for ln, t, w, why in _W]
