from kinds import amt, cnt, date, pct

DOC = "bci_2017_caa_gaisan"
# 消費者庁's `17年度` 概算要求 as the trade paper at bci.co.jp (its nichiryu pages) reports it. The page writes the year
# ONLY as `17年度(17年4月―18年3月)`: two-digit years are no mentions (GUIDE: a year without era or four digits), and no
# full year on the page fixes the century, so fy null on every amount and rows `fy_alt: [2017]` (fresh8a / fresh5b's
# request with no year written; arguable: `17年4月―18年3月` leaves a reader no doubt). The request totals (`152億円`
# headline, `152億6000万円` with the 復興特別会計, `147億8000万円` general account) traps; the increases `前年度比N円増`
# other, traps (`1億1000万円` is written twice on line 8: the new programme's figure, a row, then an increase,
# `other`, which is NOT listed as a trap: the budgets gold keys rows and traps by line and text, so the two cannot be told).
# Rows: 徳島の新拠点関連 `7億2000万円` and its part 徳島オフィスの整備経費 `2億4000万円` (parent and child, fresh8a),
# 地方消費者行政推進交付金, the 監視強化, ICT, 情報セキュリティー items, 国民生活センター運営交付金. `8月30日` dated 2016
# from outside the text (fresh6b's 宮内庁: the 2017年度 request was published in August 2016); `320人`, `27人` counts;
# the `•` lines are the site's menu.
B, O = "budget", "other"
M = [
    pct(1, "23%", 23), amt(1, "152億円", 15200000000),
    date(5, "8月30日", "2016-08-30"), pct(5, "23%", 23), amt(5, "152億6000万円", 15260000000), pct(5, "24%", 24),
    amt(5, "147億8000万円", 14780000000),
    amt(6, "7億2000万円", 720000000), amt(6, "2億4000万円", 240000000),
    amt(7, "20億円", 2000000000, role=O), amt(7, "50億円", 5000000000), amt(7, "20億円", 2000000000, role=O),
    amt(8, "1200万円", 12000000, role=O), amt(8, "2700万円", 27000000), amt(8, "1億1000万円", 110000000, role=O),
    amt(8, "1億1000万円", 110000000), amt(8, "1億3000万円", 130000000),  # the row last: line-and-text keys take the last
    amt(9, "6億7000万円", 670000000, role=O), amt(9, "35億3000万円", 3530000000),
    cnt(10, "320人", 320, "人"), cnt(10, "27人", 27, "人"),
]
W = "a programme with its requested figure in 消費者庁's 17年度 概算要求 (no full year written)"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2017], program=p, role=B, ministry="消費者庁", why=W)
        for ln, t, v, p in (
            (6, "7億2000万円", 720000000, "徳島の新拠点関連"),
            (6, "2億4000万円", 240000000, "徳島オフィスの整備経費"),
            (7, "50億円", 5000000000, "地方消費者行政推進交付金"),
            (8, "2700万円", 27000000, "健康食品のインターネット広告等の信頼性確保に向けた監視強化"),
            (8, "1億1000万円", 110000000, "ICT等の活用を通じた働き方改革"),
            (8, "1億3000万円", 130000000, "情報セキュリティー対策の向上"),
            (9, "35億3000万円", 3530000000, "国民生活センター運営交付金"))]
NOT_ROWS = [
    dict(line=1, text="152億円", value_yen=15200000000, fy=None, mention_role=B, what="17年度概算要求 (headline)",
         reason="the agency's request total"),
    dict(line=5, text="152億6000万円", value_yen=15260000000, fy=None, mention_role=B, what="一般会計と復興特別会計の要求額の合計",
         reason="the agency's request total"),
    dict(line=5, text="147億8000万円", value_yen=14780000000, fy=None, mention_role=B, what="一般会計のみの要求額",
         reason="the agency's general-account request"),
] + [dict(line=ln, text=t, value_yen=v, fy=None, mention_role=O, what="前年度比N円増", reason="an increase")
     for ln, t, v in ((7, "20億円", 2000000000), (7, "20億円", 2000000000), (8, "1200万円", 12000000),
                      (9, "6億7000万円", 670000000))]
