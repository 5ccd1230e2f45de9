from kinds import amt, cnt, date, fyr, pct

DOC = "ita957_r7_kinkyu_keizai_taisaku_hosei"
# A city council member's note (ita957.net, 2025-12-11) on the city's 補正予算(第6号): the 追加額 and the three
# measures are supplementary_budget FY2025 (the next line fixes the account: `令和7年度一般会計予算の総額`); the total
# after it is budget FY2025; the per-household / per-child grants (`1世帯あたり2万円`, `子1人あたり2万円`) are
# support FY2025; the revenues (国庫支出金, 県支出金, 諸収入) other FY2025. `0~18歳` is an age; `30% → 50%` two
# percents; `3.5万冊 → 7.5万冊` two counts; `1.`…`5.`, `(1)`…`(3)`, `(第6号)` list numbers and ordinals.
S, FY = "supplementary_budget", 2025
M = [
    date(2, "令和7年12月11日", "2025-12-11"),
    date(8, "2025年11月28日", "2025-11-28"),
    amt(11, "8億9,244万円", 892440000, role=S, fy=FY),
    fyr(12, "令和7年度", FY),
    amt(12, "493億9,858万5千円", 49398585000, role="budget", fy=FY),
    amt(15, "2,474万5千円", 24745000, role=S, fy=FY),
    amt(16, "2万円", 20000, role="support", fy=FY),
    amt(17, "2億8,959万5千円", 289595000, role=S, fy=FY),
    amt(18, "2万円", 20000, role="support", fy=FY),
    amt(20, "5億7,810万円", 578100000, role=S, fy=FY),
    pct(21, "30%", 30),
    pct(21, "50%", 50),
    cnt(22, "3.5万冊", 35000, "冊"),
    cnt(22, "7.5万冊", 75000, "冊"),
    amt(28, "5億1,439万円", 514390000, role="other", fy=FY),
    amt(29, "305万円", 3050000, role="other", fy=FY),
    amt(30, "3億7,500万円", 375000000, role="other", fy=FY),
]
W = "`・item:N円` under 3. 主な事業内容(歳出) of the 補正予算(第6号) (令和7年度一般会計)"
ROWS = [
    dict(line=15, text="2,474万5千円", budget_yen=24745000, fy=FY, program="灯油購入費助成金", role=S, why=W),
    dict(line=17, text="2億8,959万5千円", budget_yen=289595000, fy=FY, program="物価高対応子育て応援手当",
         aliases=["子育て応援手当"], role=S, why=W),
    dict(line=20, text="5億7,810万円", budget_yen=578100000, fy=FY, program="プレミアム付き商品券事業",
         aliases=["プレミアム商品券"], role=S, why=W),
]
NOT_ROWS = [
    dict(line=11, text="8億9,244万円", value_yen=892440000, fy=FY, mention_role=S, what="追加額 (補正予算(第6号))",
         reason="total of the supplementary"),
    dict(line=12, text="493億9,858万5千円", value_yen=49398585000, fy=FY, mention_role="budget",
         what="令和7年度一般会計予算の総額", reason="account total after the supplementary"),
    dict(line=16, text="2万円", value_yen=20000, fy=FY, mention_role="support", what="1世帯あたり支給額",
         reason="per-household grant size"),
    dict(line=18, text="2万円", value_yen=20000, fy=FY, mention_role="support", what="子1人あたり支給額",
         reason="per-child grant size"),
    dict(line=28, text="5億1,439万円", value_yen=514390000, fy=FY, mention_role="other", what="国庫支出金",
         reason="revenue"),
    dict(line=29, text="305万円", value_yen=3050000, fy=FY, mention_role="other", what="県支出金", reason="revenue"),
    dict(line=30, text="3億7,500万円", value_yen=375000000, fy=FY, mention_role="other", what="諸収入", reason="revenue"),
]
