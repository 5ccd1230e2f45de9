from kinds import amt, cnt, date, fyr

DOC = "nihonmatsu_r6_1gatsu_rinji_hosei"
# 福島県二本松市, the mayor's press conference on the 令和7年1月臨時会 (the session is named by its month: a date
# 2025-01). 議案第3号 令和6年度一般会計補正予算: the supplementary's own figure `2億9,867万8千円を追加` is
# supplementary_budget FY2024 and the total after it `予算総額を334億1,525万2千円` budget FY2024 (fresh: totals after a
# supplementary); both traps. The items under `歳出の主なもの` (款 headings 民生費 / 農林水産業費 / 商工費, then
# `- name に N円`) are supplementary_budget FY2024 and rows (the 事業補助金 items are appropriations of the
# supplementary, not a grant's size). The 収支差額 kept in 予備費 (`608万9千円`) is a balance: other FY2024, a trap.
S, B, FY = "supplementary_budget", "budget", 2024
M = [
    date(3, "令和7年1月", "2025-01"),
    date(4, "1月", "2025-01"), date(4, "1月21日", "2025-01-21"),
    cnt(5, "2件", 2, "件"), cnt(5, "2件", 2, "件"), cnt(5, "1件", 1, "件"), cnt(5, "3件", 3, "件"),
    fyr(6, "令和6年度", FY),
    amt(6, "2億9,867万8千円", 298678000, role=S, fy=FY), amt(6, "334億1,525万2千円", 33415252000, role=B, fy=FY),
    amt(9, "1億8,672万4千円", 186724000, role=S, fy=FY),
    amt(10, "4,624万円", 46240000, role=S, fy=FY),
    amt(11, "712万円", 7120000, role=S, fy=FY),
    amt(13, "2,166万5千円", 21665000, role=S, fy=FY),
    amt(15, "1,300万円", 13000000, role=S, fy=FY),
    amt(16, "1,000万円", 10000000, role=S, fy=FY),
    amt(17, "843万1千円", 8431000, role=S, fy=FY),
    amt(19, "608万9千円", 6089000, role="other", fy=FY),
]
W = "`- name に N円` item under 歳出の主なもの of 議案第3号 令和6年度一般会計補正予算 (line 6)"
ROWS = [
    dict(line=9, text="1億8,672万4千円", budget_yen=186724000, fy=FY, role=S, why=W,
         program="住民税非課税世帯及び住民税均等割のみ課税世帯に対する物価高騰対応給付金給付事業"),
    dict(line=10, text="4,624万円", budget_yen=46240000, fy=FY, role=S, why=W, program="住民税非課税世帯に対する物価高騰対応緊急支援事業"),
    dict(line=11, text="712万円", budget_yen=7120000, fy=FY, role=S, why=W, program="保育所等物価高騰対策支援事業"),
    dict(line=13, text="2,166万5千円", budget_yen=21665000, fy=FY, role=S, why=W, program="農業用飼肥料高騰対策事業"),
    dict(line=15, text="1,300万円", budget_yen=13000000, fy=FY, role=S, why=W,
         program="プレミアム付商品券発行事業等の各種事業に取り組む商工団体等に対する事業補助金"),
    dict(line=16, text="1,000万円", budget_yen=10000000, fy=FY, role=S, why=W,
         program="LED照明設備を導入する中小企業等に対する事業補助金"),
    dict(line=17, text="843万1千円", budget_yen=8431000, fy=FY, role=S, why=W, program="物価高騰の影響を受けている観光事業者等に対する事業補助金"),
]
NOT_ROWS = [
    dict(line=6, text="2億9,867万8千円", value_yen=298678000, fy=FY, mention_role=S, what="補正予算の追加額", reason="supplementary total"),
    dict(line=6, text="334億1,525万2千円", value_yen=33415252000, fy=FY, mention_role=B, what="補正後の予算総額", reason="account total after a supplementary"),
    dict(line=19, text="608万9千円", value_yen=6089000, fy=FY, mention_role="other", what="歳入歳出の収支差額 (予備費に留保)", reason="balance of the supplementary"),
]
