from kinds import amt, fyr, pct

DOC = "kuma_vil_r5_tosho_yosan"
# 令和5年度 一般会計当初予算 (title): the total and the `item:amount` programmes are budget FY2023; 前年度当初予算額 is
# previous_budget FY2022; the increase is other. `令和2年7月豪雨災害` is a named event (no date); `6/39` a page counter.
B, FY = "budget", 2023
M = [
    fyr(1, "令和5年度", FY),
    amt(1, "72億8,200万円", 7282000000, fy=FY),
    fyr(7, "令和5年度", FY),
    amt(7, "72億8,200万円", 7282000000, fy=FY),
    amt(7, "49億4,900万円", 4949000000, role="previous_budget", fy=2022),
    amt(7, "23億3,300万円", 2333000000, role="other", fy=FY),
    pct(7, "47%", 47, q=("approx",)),
    fyr(8, "令和5年度", FY),
]
ITEMS = [
    (14, "災害公営住宅購入事業", "17億5,987万2千円", 1759872000),
    (15, "塚ノ丸宅地整備事業", "2億740万5千円", 207405000),
    (16, "住宅移転補助事業", "4,844万円", 48440000),
    (17, "村有住宅改修事業", "9,900万円", 99000000),
    (18, "住宅建設等支援補助事業", "8,900万円", 89000000),
    (19, "脱炭素推進事業", "2億3,068万9千円", 230689000),
    (20, "木造住宅建設支援補助事業", "200万円", 2000000),
    (21, "住宅リフォーム補助事業", "100万円", 1000000),
    (22, "コミュニティバス運行事業", "4,407万円", 44070000),
    (23, "保育所運営費補助事業", "1億1,851万8千円", 118518000),
    (24, "保育所副食費補助事業", "151万2千円", 1512000),
    (25, "子ども医療費助成事業", "843万6千円", 8436000),
    (26, "学校給食費完全無償化事業", "841万2千円", 8412000),
    (27, "高校生等の教育支援補助事業", "480万円", 4800000),
    (28, "学校等カウンセリング業務委託事業", "120万円", 1200000),
    (29, "ICT家庭教育推進補助事業", "276万円", 2760000),
    (30, "閉校式典等補助事業", "450万円", 4500000),
]
M += [amt(ln, t, v, fy=FY) for ln, _, t, v in ITEMS]
W = "`item:amount` under ■復興計画に基づく主な事業 of the 令和5年度 一般会計当初予算 (title)"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=B, why=W) for ln, p, t, v in ITEMS]
ROWS[4]["aliases"] = ["住宅建設等支援補助事業(被災者向け)"]
NOT_ROWS = [
    dict(line=1, text="72億8,200万円", value_yen=7282000000, fy=FY, mention_role=B, what="一般会計当初予算 (title)",
         reason="account total"),
    dict(line=7, text="72億8,200万円", value_yen=7282000000, fy=FY, mention_role=B, what="一般会計予算額",
         reason="account total"),
    dict(line=7, text="49億4,900万円", value_yen=4949000000, fy=2022, mention_role="previous_budget",
         what="前年度当初予算額", reason="previous year's account total"),
    dict(line=7, text="23億3,300万円", value_yen=2333000000, fy=FY, mention_role="other", what="増加額",
         reason="change of the total"),
]
