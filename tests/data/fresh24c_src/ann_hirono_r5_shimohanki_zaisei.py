from kinds import amt, cnt, date, fyr, trap, traps

DOC = "hirono_r5_shimohanki_zaisei"
# 福島県広野町 (広報ひろの 令和6年5月号 via mykoho): the 令和5年度下半期 財政状況, whose first part lists the 一般会計's
# supplementaries 補正第4号…第6号 with their main items (the tables are not in the text). Every amount FY2023 (`令和5年度` on
# lines 1, 3, 21). The 予算現額 before and after (`5,949,383千円`, `5,817,954千円`; special accounts `2,021,771千円`,
# `1,956,159千円`) are budget totals (account totals at a date), traps. The seven items under `補正第N号:` are
# supplementary rows (the `△` ones negative decreases, ambiguous: fresh8b). `4月1日から9月30日まで` two points (GUIDE: the
# two ends of `XからYまで`); `上半期(9月30日)` a day; `3月末` → 2024-03 (the fiscal year's March, GUIDE roll-over);
# `令和6年3月31日現在` dates. Counts `3回`, `6会計`, `2回`. `補正第4号` an ordinal; `(単位:千円、%)` no mention.
S, B, FY = "supplementary_budget", "budget", 2023
ITEMS = [
    (6, "31,120千円", 31120000, "価格高騰重点支援給付金補助金事業費", "補正第4号"),
    (7, "11,490千円", 11490000, "高倉山遊歩道・展望台整備事業費", "補正第4号"),
    (9, "18,611千円", 18611000, "物価高騰対応重点支援地方創生臨時交付金事業費", "補正第5号"),
    (10, "1,034千円", 1034000, "社会保障・税番号システム整備事業費", "補正第5号"),
    (12, "△243,563千円", -243563000, "移住定住促進対策事業費", "補正第6号"),
    (13, "△18,082千円", -18082000, "新型コロナウイルス感染症対策事業整備費", "補正第6号"),
    (14, "△11,535千円", -11535000, "総合グランド施設管理事業費", "補正第6号"),
]
M = [
    fyr(1, "令和5年度", FY),
    fyr(3, "令和5年度", FY),
    date(3, "4月1日", "2023-04-01"),
    date(3, "9月30日", "2023-09-30"),
    trap(amt(3, "5,949,383千円", 5949383000, role=B, fy=FY), "一般会計 上半期末の予算現額", "account total at a date"),
    cnt(3, "3回", 3, "回"),
    date(3, "3月末", "2024-03"),
    trap(amt(3, "5,817,954千円", 5817954000, role=B, fy=FY), "一般会計 3月末の予算現額 (補正後)",
         "account total after supplementaries"),
    *[amt(ln, t, v, role=S, fy=FY) for ln, t, v, _, _ in ITEMS],
    date(17, "令和6年3月31日", "2024-03-31"),
    fyr(21, "令和5年度", FY),
    cnt(21, "6会計", 6, "会計"),
    date(21, "9月30日", "2023-09-30"),
    trap(amt(21, "2,021,771千円", 2021771000, role=B, fy=FY), "特別会計 上半期末の予算現額", "account total at a date"),
    cnt(21, "2回", 2, "回"),
    date(21, "3月末", "2024-03"),
    trap(amt(21, "1,956,159千円", 1956159000, role=B, fy=FY), "特別会計 3月末の総額", "account total after supplementaries"),
    date(24, "令和6年3月31日", "2024-03-31"),
    date(27, "令和6年3月31日", "2024-03-31"),
]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why=f"an item of the 令和5年度一般会計{no} listed with its own figure",
             **({"ambiguous": True, "note": "a decrease (△) in the supplementary"} if v < 0 else {}))
        for ln, t, v, p, no in ITEMS]
NOT_ROWS = traps(M)
