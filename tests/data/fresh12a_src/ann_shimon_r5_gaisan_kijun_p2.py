from kinds import amt, date, fyr, pct

DOC = "shimon_r5_gaisan_kijun_p2"
# 経済財政諮問会議 (令和5年第11回, 7/25), 資料4 (the finance minister's paper) page 2 as wic-net's text layer: the frame of
# the 令和6年度 requests, a diagram flattened: `前年度 予算額 80.8兆円` and the categories' figures `16.4兆円` … `8.7兆円`,
# each marked `(注)` = `上記の計数は前年度予算額` (previous_budget, fy 2023: the year before the 令和6年度 the paper frames;
# GUIDE `前年度予算額`), all traps (totals of the national budget and of its categories, not a programme's). `0.52兆円`
# stands beside `裁量的経費への振替額 (+B)` with no `(注)`: a frame's figure, `other`, a trap (the annotator: fy null).
# Blind audit: `0.52兆円` is the frame's 自然増 of 年金・医療等 (5,200億円, the 概算要求基準 of 2023-07-25; the text layer
# printed it beside `(+B)`): still `other` (an increase, as fresh10b's `594億円増`), but fy 2024 from the paper's title
# `令和6年度予算の概算要求…` (GUIDE: the title labels the whole document; fresh10b's request frame and change took the
# request's year). `(▲10%:▲A)` a percent -10. `× 3倍` ratios no mention. `令和5年第11回` the meeting's year: a
# date (2023); `7/25` its day (2023-07-25). `(2 ページ)`, the URL: no mentions. Site header lines kept. A line of one private-use glyph (a
# bullet) and blank lines were dropped (SOURCES.md).
O, PB = "other", "previous_budget"
M = [
    fyr(4, "令和6年度", 2024),
    date(6, "令和5年", "2023"), date(6, "7/25", "2023-07-25"),
    fyr(10, "令和6年度", 2024),
    amt(18, "80.8兆円", 80800000000000, role=PB, fy=2023),
    amt(22, "0.52兆円", 520000000000, role=O, fy=2024),
    pct(25, "▲10%", -10),
    amt(34, "16.4兆円", 16400000000000, role=PB, fy=2023),
    amt(36, "34.8兆円", 34800000000000, role=PB, fy=2023),
    amt(38, "6.6兆円", 6600000000000, role=PB, fy=2023),
    amt(40, "14.3兆円", 14300000000000, role=PB, fy=2023),
    amt(42, "8.7兆円", 8700000000000, role=PB, fy=2023),
]
ROWS: list[dict] = []
PT = "the previous year's budget of a whole category of the national budget (a total), not a programme's"
NOT_ROWS = [
    dict(line=18, text="80.8兆円", value_yen=80800000000000, fy=2023, mention_role=PB, what="前年度予算額 (総額)",
         reason="the previous year's national budget total (as the frame's base), not a programme's"),
    dict(line=22, text="0.52兆円", value_yen=520000000000, fy=2024, mention_role=O,
         what="年金・医療等の自然増 (5,200億円; printed beside 裁量的経費への振替額 (+B))",
         reason="the increase the request frame allows over the previous year's budget, not a budget of a programme"),
    dict(line=34, text="16.4兆円", value_yen=16400000000000, fy=2023, mention_role=PB, what="(注) 前年度予算額", reason=PT),
    dict(line=36, text="34.8兆円", value_yen=34800000000000, fy=2023, mention_role=PB, what="(注) 前年度予算額", reason=PT),
    dict(line=38, text="6.6兆円", value_yen=6600000000000, fy=2023, mention_role=PB, what="(注) 前年度予算額", reason=PT),
    dict(line=40, text="14.3兆円", value_yen=14300000000000, fy=2023, mention_role=PB, what="(注) 前年度予算額", reason=PT),
    dict(line=42, text="8.7兆円", value_yen=8700000000000, fy=2023, mention_role=PB, what="(注) 前年度予算額", reason=PT),
]
