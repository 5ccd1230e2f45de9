from kinds import amt, cnt, date, fyr, pct

DOC = "art_annual_h26_bunka_yosan"
# 文化庁's 平成26年度 budget as passed (`3月20日成立`), as art-annual reports it: budget FY2014. `約1036億円(以下「約」
# 省略)`: approx on the figure where `約` is written only (GUIDE: qualifiers written next to the mention; arguable, NEW:
# the page declares every later figure rounded). The agency total (twice), `昨年平成25年度の1033億円` (previous_budget
# FY2013), the earlier request `1216億円` (budget FY2014, fresh8a's 観光庁 2010), the national total, the 文部科学 total,
# 国債費 and 政策的経費 (budget FY2014, national aggregates) and the increases (`2.5億円`, `183億円増`, `69億円増`,
# `5.8億円増` …: other) traps. The four 項目 `①「name(N億円)」` and the 復興特別会計's `国指定等文化財の復旧等25.6億円` rows.
# `17・7%` 17.7 (`・` a decimal point, fresh6a); `昨年5月` 2013-05; `2020年東京オリンピック・パラリンピック` (inside a
# quoted remark: the event's name) and `~2020年に日本が…ハブとなる~` (inside the quoted goal title) no mentions
# (GUIDE: years inside names and quoted titles; arguable); `4項目` a count; `①`…`④` list marks.
B, O, FY = "budget", "other", 2014
M = [
    fyr(2, "平成26年度", FY), date(2, "3月20日", "2014-03-20"), amt(2, "1036億円", 103600000000, fy=FY, q=("approx",)),
    fyr(2, "平成25年度", 2013), amt(2, "1033億円", 103300000000, role="previous_budget", fy=2013),
    amt(2, "2.5億円", 250000000, role=O, fy=FY), pct(2, "0.24%", 0.24), date(2, "5月", "2013-05"),
    amt(2, "183億円", 18300000000, role=O, fy=FY), pct(2, "17・7%", 17.7), amt(2, "1216億円", 121600000000, fy=FY),
    fyr(3, "平成26年度", FY), amt(3, "95兆8823億円", 95882300000000, fy=FY), amt(3, "5兆3627億円", 5362700000000, fy=FY),
    pct(3, "5.6%", 5.6), amt(3, "69億円", 6900000000, role=O, fy=FY), amt(3, "1036億円", 103600000000, fy=FY),
    pct(3, "0.1%", 0.1), amt(3, "23兆2702億円", 23270200000000, fy=FY), amt(3, "72兆6121億円", 72612100000000, fy=FY),
    pct(3, "0.14%", 0.14),
    cnt(4, "4項目", 4, "項目"),
    amt(5, "198.3億円", 19830000000, fy=FY), amt(6, "444.7億円", 44470000000, fy=FY),
    amt(7, "28.4億円", 2840000000, fy=FY), amt(8, "338.9億円", 33890000000, fy=FY),
    amt(9, "25.6億円", 2560000000, fy=FY),
    amt(11, "5.8億円", 580000000, role=O, fy=FY), amt(12, "3.8億円", 380000000, role=O, fy=FY),
    amt(13, "4.3億円", 430000000, role=O, fy=FY),
]
W = "one of the four 項目 `①「name(N億円)」` of 文化庁's 平成26年度 budget"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=B, ministry="文化庁", why=W) for ln, t, v, p in (
    (5, "198.3億円", 19830000000, "豊かな文化芸術の創造と人材育成"),
    (6, "444.7億円", 44470000000, "かけがえのない文化財の保存、活用及び継承等"),
    (7, "28.4億円", 2840000000, "我が国の多彩な文化芸術の発信と国際文化交流の推進"),
    (8, "338.9億円", 33890000000, "文化発信を支える基盤の整備・充実"))]
ROWS.append(dict(line=9, text="25.6億円", budget_yen=2560000000, fy=FY, program="国指定等文化財の復旧等", role=B, ministry="文化庁",
                 why="a programme in the 東日本大震災復興特別会計 (`他に…として…N億円を計上`)"))
NOT_ROWS = [
    dict(line=2, text="1036億円", value_yen=103600000000, fy=FY, mention_role=B, what="文化庁予算", reason="the agency's total"),
    dict(line=2, text="1033億円", value_yen=103300000000, fy=2013, mention_role="previous_budget", what="平成25年度の文化庁予算",
         reason="the agency's previous-year total"),
    dict(line=2, text="2.5億円", value_yen=250000000, fy=FY, mention_role=O, what="前年度比の増", reason="an increase"),
    dict(line=2, text="183億円", value_yen=18300000000, fy=FY, mention_role=O, what="概算要求の対前年度比増",
         reason="an increase of the request"),
    dict(line=2, text="1216億円", value_yen=121600000000, fy=FY, mention_role=B, what="昨年の概算要求",
         reason="the agency's earlier request total for the same year"),
    dict(line=3, text="95兆8823億円", value_yen=95882300000000, fy=FY, mention_role=B, what="一般会計歳出総額",
         reason="the national total"),
    dict(line=3, text="5兆3627億円", value_yen=5362700000000, fy=FY, mention_role=B, what="文部科学関係予算",
         reason="the ministry's total"),
    dict(line=3, text="69億円", value_yen=6900000000, fy=FY, mention_role=O, what="文部科学 前年度比増", reason="an increase"),
    dict(line=3, text="1036億円", value_yen=103600000000, fy=FY, mention_role=B, what="文化庁予算", reason="the agency's total"),
    dict(line=3, text="23兆2702億円", value_yen=23270200000000, fy=FY, mention_role=B, what="国債費",
         reason="a national aggregate"),
    dict(line=3, text="72兆6121億円", value_yen=72612100000000, fy=FY, mention_role=B, what="政策的経費",
         reason="a national aggregate"),
] + [dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=O, what="主な増額項目", reason="an item's increase")
     for ln, t, v in ((11, "5.8億円", 580000000), (12, "3.8億円", 380000000), (13, "4.3億円", 430000000))]
