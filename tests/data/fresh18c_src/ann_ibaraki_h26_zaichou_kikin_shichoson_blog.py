from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "ibaraki_h26_zaichou_kikin_shichoson_blog"
# A blog on the 財政調整基金 of 茨城県's cities, towns and villages on the 平成26年度 settlement (blog.hitachi-net.jp): the
# nation's funds (`4.2兆円増加`, `うち財政調整基金は1.7兆円増加`: 財務省's summary), 常総市's fund (`35億3000万円` at the 平成26年度
# settlement, `18億7000万円` drawn for the 2015 flood), then the 一般財源基金 (財政調整基金 + 減債基金) of the four highest by
# their ratio to the 標準財政規模 (`96億1500万円:73.7%` …). Every amount `other` (balances, their rise, a drawdown), a
# trap. fy: the national rises null (no year: `リーマンショック後`); the municipalities' balances 2014 (the article's
# `平成26年度の決算ベース`, a label for the document; arguable for lines 6, null ×4); 常総市's drawdown 2015, the flood of
# `平成27年)9月` (NEW, arguable: null). `昨年(平成27年)9月` one date 2015-09 (GUIDE: era and Gregorian written together
# name one date; here the era year in brackets after 昨年 and the month after them), text `平成27年)9月`. The ranking's
# `1.` … `4.` list numbers, no ranks (GUIDE: list numbers); the cut last figure `50.9` (its `%` cut off by the store) bare,
# no mention. `この二つ` a count of 2 つ (GUIDE: `の一つ`, kanji numerals); `10%` percents.
O = "other"
BAL = "a fund's balance (一般財源基金 / 財政調整基金), not a budget"
M = [
    fyr(1, "平成26年度", 2014), cnt(2, "二つ", 2, "つ"), pct(3, "10%", 10),
    trap(amt(3, "4.2兆円", 4200000000000, role=O), "地方の積立金 増加 (リーマンショック後)", "a national change of funds, not a budget"),
    trap(amt(3, "1.7兆円", 1700000000000, role=O), "うち財政調整基金 増加", "a national change of funds, not a budget"),
    date(5, "平成27年)9月", "2015-09"),
    trap(amt(5, "35億3000万円", 3530000000, role=O, fy=2014), "常総市 財政調整基金 (平成26年度決算)", BAL),
    fyr(5, "平成26年度", 2014),
    trap(amt(5, "18億7000万円", 1870000000, role=O, fy=2015), "常総市 財政調整基金 取崩し (関東・東北豪雨)",
         "a drawdown of a fund, not a budget"),
    trap(amt(6, "96億1500万円", 9615000000, role=O, fy=2014), "東海村 一般財源基金", BAL), pct(6, "73.7%", 73.7),
    trap(amt(6, "117億3100万円", 11731000000, role=O, fy=2014), "常陸太田市 一般財源基金", BAL), pct(6, "72.4%", 72.4),
    trap(amt(6, "36億6400万円", 3664000000, role=O, fy=2014), "城里町 一般財源基金", BAL), pct(6, "53.4%", 53.4),
    trap(amt(6, "145億9300万円", 14593000000, role=O, fy=2014), "ひたちなか市 一般財源基金", BAL),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
