from kinds import amt, date, fyr, pct

DOC = "tottori_city_r6_suido_yosan"
# 鳥取市 水道局 (its site water.tottori.tottori.jp, page 1940): 令和6年度 水道事業会計予算 in prose, then 令和6年度の主な
# 事業 `【name】事業費:N円`. Every amount FY2024 (line 2). The enterprise's 財政規模 (収益的支出 + 資本的支出) and each
# 支出 are budget (fresh4/fresh6a: an enterprise's expenditure total is its budget), traps; the increases `前年度より
# N円` other; the two works under 主な事業 are rows. `(平成27年改訂)` a date 2015 (the year a plan was revised).
B, O, FY = "budget", "other", 2024
M = [
    fyr(2, "令和6年度", FY), amt(2, "91億8500万円", 9185000000, role=B, fy=FY), amt(2, "8600万円", 86000000, role=O, fy=FY),
    pct(2, "0.9%", 0.9),
    amt(3, "49億7200万円", 4972000000, role=B, fy=FY), amt(3, "200万円", 2000000, role=O, fy=FY), pct(3, "0.0%", 0.0),
    amt(3, "42億1300万円", 4213000000, role=B, fy=FY), amt(3, "8800万円", 88000000, role=O, fy=FY), pct(3, "2.1%", 2.1),
    date(4, "平成27年", "2015"),
    fyr(5, "令和6年度", FY),
    amt(7, "3億2164万円", 321640000, role=B, fy=FY),
    amt(12, "6億8931万円", 689310000, role=B, fy=FY),
]
W = "a work `【name】事業費:N円` under `令和6年度の主な事業` of the water enterprise's budget"
ROWS = [
    dict(line=7, text="3億2164万円", budget_yen=321640000, fy=FY, program="配水施設整備事業", role=B, why=W),
    dict(line=12, text="6億8931万円", budget_yen=689310000, fy=FY, program="地域水道整備事業", role=B, why=W),
]
_W = {
    (2, "91億8500万円"): ("財政規模 (収益的支出と資本的支出)", "enterprise expenditure total"),
    (2, "8600万円"): ("財政規模の増額", "change"),
    (3, "49億7200万円"): ("収益的支出", "enterprise expenditure total (revenue account side)"),
    (3, "200万円"): ("収益的支出の増額", "change"),
    (3, "42億1300万円"): ("資本的支出", "enterprise expenditure total (capital side)"),
    (3, "8800万円"): ("資本的支出の増額", "change"),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
