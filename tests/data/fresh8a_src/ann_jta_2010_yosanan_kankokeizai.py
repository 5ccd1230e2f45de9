from kinds import amt, cnt, date, fyr, pct

DOC = "jta_2010_yosanan_kankokeizai"
# 観光庁's 2010年度予算案 as 観光経済新聞 reports it. Every figure is of the 2010年度予算案 (budget FY2010), also the
# earlier request `251億4千万円を要求していた` (the same year's request: budget, a trap, not a row). The agency
# total is a trap; `name の事業費が N円` items are rows; the headline `VJCに87億円 受け入れ整備は2億` restates two
# items in round figures (ambiguous rows; `2億` without 円 is read as an amount: a headline's clipped yen figure).
# `09年度` is era-less (no fiscal year); `約2倍`, `約3倍`, `約4倍` ratios; `半額` no mention; `8割削減` a percent;
# `訪日外国人3千万人プログラム` a name; `15の重点市場` a count; `12月25日` dated 2009 (a 予算案 is decided the
# December before its year).
B, FY = "budget", 2010
M = [
    date(1, "12月25日", "2009-12-25"), fyr(1, "2010年度", FY), amt(1, "126億5千万円", 12650000000, fy=FY),
    amt(2, "251億4千万円", 25140000000, fy=FY), pct(2, "8割", 80),
    amt(3, "94億8千万円", 9480000000, fy=FY), amt(3, "6億4千万円", 640000000, fy=FY),
    amt(3, "3億3千万円", 330000000, fy=FY), amt(3, "3千万円", 30000000, fy=FY), amt(3, "19億1千万円", 1910000000, fy=FY),
    amt(4, "87億円", 8700000000, fy=FY), amt(4, "2億", 200000000, fy=FY),
    amt(5, "86億5千万円", 8650000000, fy=FY), cnt(5, "15の重点市場", 15, "重点市場"),
    amt(7, "2億円", 200000000, fy=FY),
]
W = "`name の事業費が N円` among 予算の主な内訳 of 観光庁's 2010年度予算案"
ROWS = [
    dict(line=3, text="94億8千万円", budget_yen=9480000000, fy=FY, program="訪日外国人3千万人プログラム", role=B, why=W),
    dict(line=3, text="6億4千万円", budget_yen=640000000, fy=FY, program="地域の再生・活性化", role=B, why=W),
    dict(line=3, text="3億3千万円", budget_yen=330000000, fy=FY, program="観光統計の整備", aliases=["観光統計の整備費"], role=B, why=W),
    dict(line=3, text="3千万円", budget_yen=30000000, fy=FY, program="休暇の取得・分散化の促進実証事業",
         aliases=["休暇の取得・分散化の促進実証事業費"], role=B, why=W),
    dict(line=3, text="19億1千万円", budget_yen=1910000000, fy=FY, program="日本政府観光局(JNTO)の運営費交付金",
         aliases=["日本政府観光局運営費交付金", "JNTO運営費交付金"], role=B, why=W),
    dict(line=5, text="86億5千万円", budget_yen=8650000000, fy=FY, program="訪日旅行促進(ビジット・ジャパン)事業",
         aliases=["ビジット・ジャパン事業", "VJC"], role=B, why="a programme inside 訪日外国人3千万人プログラム, `name が N円`"),
    dict(line=7, text="2億円", budget_yen=200000000, fy=FY, program="受け入れ環境の整備事業", aliases=["受け入れ整備"], role=B,
         why="`name に N円` inside 訪日外国人3千万人プログラム"),
    dict(line=4, text="87億円", budget_yen=8700000000, fy=FY, program="VJC", aliases=["ビジット・ジャパン事業"], role=B,
         why="the sub-headline restates line 5's programme in round figures", ambiguous=True, note="duplicate of line 5's row"),
    dict(line=4, text="2億", budget_yen=200000000, fy=FY, program="受け入れ整備", aliases=["受け入れ環境の整備事業"], role=B,
         why="the sub-headline restates line 7's programme", ambiguous=True, note="duplicate of line 7's row; `2億` has no 円"),
]
NOT_ROWS = [
    dict(line=1, text="126億5千万円", value_yen=12650000000, fy=FY, mention_role=B, what="観光庁予算 (2010年度予算案)",
         reason="the agency's budget total"),
    dict(line=2, text="251億4千万円", value_yen=25140000000, fy=FY, mention_role=B, what="概算要求で要求していた額",
         reason="the agency's earlier request total for the same year"),
]
