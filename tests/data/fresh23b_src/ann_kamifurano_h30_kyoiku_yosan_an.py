from kinds import amt, cnt, date, pct, trap, traps

DOC = "kamifurano_h30_kyoiku_yosan_an"
# 北海道上富良野町's 三十年度予算案 (北海道教育新聞, 2018-03-07) in kanji numerals. fy 2018 (era-less `30年度` fixed by
# the dateline). The headline's `1.1億円` is the 小・中学校整備 figure rounded (`一億一千五百七十九万円` on line 5): a row,
# ambiguous (NEW: a rounded headline repeat of a programme's figure). `二人配置` a count. The `(金額単位・万円)` list holds
# bare numbers under a header unit: no mentions (fresh11a); `開校七〇周年` an anniversary (GUIDE: no mention).
B, FY = "budget", 2018
_T = [
    trap(amt(2, "六十七億一千八百万円", 6718000000, role=B, fy=FY), "一般会計 total", "an account's total, not a programme"),
    trap(amt(2, "四億五千七百八十六万円", 457860000, role=B, fy=FY), "教育費 total", "a 款 (the whole education budget)"),
]
_P = [(1, "1.1億円", 110000000, "小・中学校整備", True), (4, "百六十八万円", 1680000, "学習支援員の配置", False),
      (5, "一億一千五百七十九万円", 115790000, "小・中学校の整備", False)]
M = [date(1, "2018-03-07", "2018-03-07"), date(2, "二日", "2018-03-02"), pct(2, "七・三%", 7.3), pct(2, "三五・四%", 35.4),
     cnt(4, "二人", 2, "人")]
M += _T + [amt(ln, t, v, role=B, fy=FY) for ln, t, v, _, _ in _P]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=B,
             why=("the headline's rounded figure of the 小・中学校整備 (line 5 gives it exactly)" if a else
                  "a programme's figure in prose (`…に N万円を計上` / `…に N万円を措置`)"), **({"ambiguous": True} if a else {}))
        for ln, t, v, p, a in _P]
NOT_ROWS = traps(_T)
