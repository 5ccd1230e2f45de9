from kinds import amt, cnt, fyr, pct

DOC = "matsumoto_r7_9gatsu_hosei"
# 令和7年度9月補正予算 (title): FY2025. Per account: the 追加 is supplementary, 補正後の予算規模 is the budget as it
# stands (budget), the change on the year before is a percent (the word 減 carries the sign, value as written).
# 300万円以上の契約差金 is a threshold of the items cut, not money of the supplementary: other, at_least.
S, B, O, FY = "supplementary_budget", "budget", "other", 2025
M = [
    fyr(1, "令和7年度", FY),
    amt(5, "300万円", 3000000, None, role=O, fy=FY, q=("at_least",)),
    amt(8, "27億270万円", 2702700000, role=S, fy=FY),
    amt(9, "1,134億1,446万円", 113414460000, role=B, fy=FY),
    pct(9, "3.5%", 3.5),
    cnt(10, "5会計", 5, "会計"),
    amt(10, "2億3,621万円", 236210000, role=S, fy=FY),
    amt(11, "534億3,782万円", 53437820000, role=B, fy=FY),
    pct(11, "1.7%", 1.7),
    cnt(12, "2会計", 2, "会計"),
    amt(12, "313万円", 3130000, role=S, fy=FY),
    amt(13, "268億2,465万円", 26824650000, role=B, fy=FY),
    pct(13, "3.3%", 3.3),
    amt(14, "29億4,204万円", 2942040000, role=S, fy=FY),
    amt(15, "1,936億7,693万円", 193676930000, role=B, fy=FY),
    pct(15, "2.0%", 2.0),
    fyr(16, "令和7年度", FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=5, text="300万円", value_yen=3000000, fy=FY, mention_role=O, what="300万円以上の契約差金の減額",
         reason="threshold of the contract savings cut, not a programme"),
    *[dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=S, what=w, reason="an account's supplementary total")
      for ln, t, v, w in [(8, "27億270万円", 2702700000, "一般会計 追加"), (10, "2億3,621万円", 236210000, "特別会計 追加"),
                          (12, "313万円", 3130000, "企業会計 追加"), (14, "29億4,204万円", 2942040000, "全会計 追加")]],
    *[dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=B, what=w, reason="an account's total after the supplementary")
      for ln, t, v, w in [(9, "1,134億1,446万円", 113414460000, "一般会計 補正後"),
                          (11, "534億3,782万円", 53437820000, "特別会計 補正後"),
                          (13, "268億2,465万円", 26824650000, "企業会計 補正後"),
                          (15, "1,936億7,693万円", 193676930000, "全会計 補正後")]],
]
