from kinds import amt, cnt, date, dur, fyr, pct

DOC = "fujiidera_r6_tosho"
# 藤井寺市 (大阪府; 広報ふじいでら 令和6年4月号, mykoho): 令和6年度当初予算の概要. Line 1 is the page's title taken from its
# address (the stored text starts at line 2); it scopes every amount (FY2024). The all-accounts total, the 一般会計, the
# special accounts' total and each special account, the enterprise accounts' total and 公共下水道事業 (its expenditure, as
# the note says) are budget FY2024: account totals, traps. Revenues (市税, 市債) and the `歳入 N円` revenue total are other
# (fresh4: revenue totals are not appropriations). No programme figure: no row. Signed `-3.7%` / `+5.0%` as written;
# `3月定例市議会` a session named by its month (2024-03, the April 2024 issue); `令和5年度末` a fiscal year (text without 末).
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY),
    dur(2, "1年間", 1, "year"), cnt(2, "3種類", 3, "種類"), date(2, "3月", "2024-03"),
    amt(3, "462億363万円", 46203630000, role=B, fy=FY), pct(3, "-3.7%", -3.7),
    amt(4, "258億6,441万円", 25864410000, role=B, fy=FY), pct(4, "+5.0%", 5.0),
    amt(6, "154億8,926万円", 15489260000, role=B, fy=FY), pct(6, "+1.4%", 1.4),
    amt(8, "73億1,951万円", 7319510000, role=B, fy=FY),
    amt(9, "12億6,977万円", 1269770000, role=B, fy=FY),
    amt(10, "68億9,997万円", 6899970000, role=B, fy=FY),
    amt(11, "48億4,997万円", 4849970000, role=B, fy=FY), pct(11, "-39.8%", -39.8),
    amt(14, "48億4,997万円", 4849970000, role=B, fy=FY),
    fyr(15, "令和5年度", 2023),
    pct(18, "3.0%", 3.0), amt(18, "82億4,496万円", 8244960000, role=O, fy=FY),
    pct(19, "42.0%", 42.0), amt(19, "2億7,520万円", 275200000, role=O, fy=FY),
    pct(20, "41.8%", 41.8), pct(20, "58.2%", 58.2),
    amt(22, "258億6,441万円", 25864410000, role=O, fy=FY),
]
ROWS: list[dict] = []
_W = {
    (3, "462億363万円"): ("■予算総額", "all-accounts total"),
    (4, "258億6,441万円"): ("▽一般会計", "account total"),
    (6, "154億8,926万円"): ("▽特別会計", "special accounts' total"),
    (8, "73億1,951万円"): ("国民健康保険", "special account total"),
    (9, "12億6,977万円"): ("後期高齢者医療", "special account total"),
    (10, "68億9,997万円"): ("介護保険", "special account total"),
    (11, "48億4,997万円"): ("▽企業会計", "enterprise accounts' total"),
    (14, "48億4,997万円"): ("公共下水道事業", "enterprise account total (expenditure)"),
    (18, "82億4,496万円"): ("市税", "revenue"),
    (19, "2億7,520万円"): ("市債", "revenue (bonds)"),
    (22, "258億6,441万円"): ("歳入", "revenue total"),
}
NOT_ROWS = [dict(line=ln, text=t, **{k: next(r[f] for r in M if r["line"] == ln and r["text"] == t)
                                     for k, f in (("value_yen", "min"), ("fy", "fy"), ("mention_role", "role"))},
                 what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
