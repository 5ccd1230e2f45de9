from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "suidou_sangyo_h21_yosan_digest"
# 水道産業新聞's digest of three enterprises' budget proposals (page 090226: 2009-02-26), one item a line, each a
# headline glued to its story: 川崎市水道局 (平成20年度 as printed: FY2008), 川崎市建設局's 下水道事業 (平成21年度), 大阪市水道局
# (平成21年度). Each item's figures take its item's year. Rows: the works named with their money: the headline's `管路の
# 耐震化等に37億円` and `事業再構築に伴う施設整備として15億5,725万円を計上`. The `ポンプ工事請負費` / `処理場工事請負費` of both
# years (`19年度には1億900万円`, `21年度は2億900万円`, `4億5,600万円から6億8,300万円`) are the account's works contracts,
# a kind of expense (工事請負費, a 節) split by facility: `other`, traps, with their years (a split by kind of expense is
# `other` in every earlier set: fresh2 新潟県 `職員給与費`, fresh8b `人件費`, fresh12c 奥州市's blind audit; blind audit:
# the annotator had the 21年度 pair as ambiguous `budget` rows and the 19年度 pair as `budget` FY2007 traps).
# Traps: an account's 資本的支出 and 総事業費 (the whole account), each 建設改良費 (a 項 of 資本的支出: fresh12c; the headline
# `建設改良費に155億5000万円` the same), the changes (`18億1千万円増`, `11億2千万円増`) `other`, the works contracts above,
# `収支差引…31億4,700万円の黒字` `other`. `12日`, `19日`: dates of February 2009 (the page's issue; NEW, arguable: the stored text names
# no month). `19年度`, `21年度` without era: no mentions (fresh11b). `3整備事業` a count.
B, O = "budget", "other"
ACC = ("an enterprise account's 資本的支出 / 総事業費", "the whole account's side, no programme's own budget")
KAI = ("an enterprise account's 建設改良費 (a 項 of 資本的支出)", "an expense class of the account, no programme")
CHG = ("the change against the previous year", "a change, not a budget")
KIND = ("an account's works contracts (工事請負費) by facility", "a split by kind of expense, not a programme")
M = [
    amt(1, "37億円", 3700000000, fy=2008), date(1, "12日", "2009-02-12"), fyr(1, "平成20年度", 2008),
    trap(amt(1, "91億5千万円", 9150000000, fy=2008), *ACC), trap(amt(1, "18億1千万円", 1810000000, role=O, fy=2008), *CHG),
    trap(amt(1, "73億6千万円", 7360000000, fy=2008), *KAI), trap(amt(1, "11億2千万円", 1120000000, role=O, fy=2008), *CHG),
    amt(1, "15億5,725万円", 1557250000, fy=2008),
    fyr(2, "平成21年度", 2009), trap(amt(2, "596億786万円", 59607860000, fy=2009), *ACC),
    trap(amt(2, "165億4,374万円", 16543740000, fy=2009), *KAI), pct(2, "1.45%", 1.45),
    trap(amt(2, "1億900万円", 109000000, role=O, fy=2007), *KIND),
    trap(amt(2, "2億900万円", 209000000, role=O, fy=2009), *KIND),
    trap(amt(2, "4億5,600万円", 456000000, role=O, fy=2007), *KIND),
    trap(amt(2, "6億8,300万円", 683000000, role=O, fy=2009), *KIND),
    trap(amt(3, "155億5000万円", 15550000000, fy=2009), *KAI), date(3, "19日", "2009-02-19"), fyr(3, "平成21年度", 2009),
    trap(amt(3, "1,054億8,300万円", 105483000000, fy=2009), *ACC), trap(amt(3, "155億5千万円", 15550000000, fy=2009), *KAI),
    pct(3, "0.7%", 0.7),
    trap(amt(3, "31億4,700万円", 3147000000, role=O, fy=2009), "収支差引 (the account's planned balance)",
         "a balance, not an appropriation"),
    cnt(3, "3整備事業", 3, "整備事業"),
]
ROWS = [
    dict(line=1, text="37億円", budget_yen=3700000000, fy=2008, program="管路の耐震化等", role=B,
         aliases=["川崎市水道局 管路の耐震化等"], why="the item's headline names the work and its money in 平成20年度 予算案"),
    dict(line=1, text="15億5,725万円", budget_yen=1557250000, fy=2008, program="事業再構築に伴う施設整備", role=B,
         aliases=["川崎市水道局 事業再構築に伴う施設整備"], why="`重点事業では、事業再構築に伴う施設整備として15億5,725万円を計上`"),
]
NOT_ROWS = traps(M)
