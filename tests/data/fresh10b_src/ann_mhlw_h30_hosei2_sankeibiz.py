from kinds import amt, date, dur, fyr

DOC = "mhlw_h30_hosei2_sankeibiz"
# 厚生労働省's part of the 2018年度第2次補正予算案 as SankeiBiz reports it (2018-12-12), with the 19年度予算案's main
# items. `2018年度第2次補正予算案の厚生労働省分の概要` labels lines 4-7: supplementary_budget FY2018 (also the
# headline's total, fixed by the body, as fresh8a's 国税庁). `18年度`, `19年度` are two-digit years (no fiscal_year
# mention), but the text's `2018年度` fixes their century (fresh4): line 8's figures are budget FY2019. The ministry
# total (twice) is a trap; the 国土強靱化 緊急対策費 (初年度分), the 中小企業対策 and the measures under them, and the
# other items are rows (parent and children both rows, fresh6b/fresh8a). `社会保障費…34兆円台` is the
# government-wide social-security class: a trap (`N兆円台` read as N兆..N兆9999億9999万9999円, as fresh7a's
# `7000億円台` → 7000億..7999億9999万9999円; blind audit: was N..N+1兆円).
# `11日` dated 2018-12-11; `来年1月` 2019-01; `今後3年間` a duration; `2次`, `初年度` no mentions.
S, B, FY, FY2 = "supplementary_budget", "budget", 2018, 2019
M = [
    amt(1, "1346億円", 134600000000, role=S, fy=FY),
    date(4, "11日", "2018-12-11"), fyr(4, "2018年度", FY), amt(4, "1346億円", 134600000000, role=S, fy=FY), dur(4, "3年間", 3, "year"),
    amt(4, "291億円", 29100000000, role=S, fy=FY), amt(4, "9億9000万円", 990000000, role=S, fy=FY),
    date(4, "1月", "2019-01"),
    amt(5, "66億円", 6600000000, role=S, fy=FY), amt(5, "43億円", 4300000000, role=S, fy=FY),
    amt(5, "172億円", 17200000000, role=S, fy=FY),
    amt(6, "4億4000万円", 440000000, role=S, fy=FY), amt(6, "5億5000万円", 550000000, role=S, fy=FY),
    amt(7, "204億円", 20400000000, role=S, fy=FY), amt(7, "420億円", 42000000000, role=S, fy=FY),
    amt(8, "1211億円", 121100000000, fy=FY2), amt(8, "323億円", 32300000000, fy=FY2), amt(8, "7億円", 700000000, fy=FY2),
    amt(8, "34兆円", 34000000000000, 34999999999999, fy=FY2),
]
W = "`name として/に N円` in 厚生労働省's part of the 2018年度第2次補正予算案 (news)"
W2 = "`name として/に N円` in 厚生労働省's part of the 19年度予算案 (news; the century fixed by `2018年度`)"
_R = [(4, "291億円", "国土強靱化の緊急対策費(初年度分)", S, FY, W), (4, "9億9000万円", "消費税増税を見据えた中小企業対策", S, FY, W),
      (5, "66億円", "水道施設の非常用自家発電設備の整備", S, FY, W), (5, "43億円", "災害拠点病院の耐震化整備", S, FY, W),
      (5, "172億円", "社会福祉施設の耐震化整備やブロック塀の改修", S, FY, W),
      (6, "4億4000万円", "飲食店などへの支援", S, FY, W), (6, "5億5000万円", "最低賃金の引き上げに向けた取り組みへの助成", S, FY, W),
      (7, "204億円", "国土強靱化対策以外の水道施設の整備", S, FY, W), (7, "420億円", "待機児童解消のための保育園整備", S, FY, W),
      (8, "1211億円", "働き方改革に取り組む中小企業支援", B, FY2, W2), (8, "323億円", "女性活躍の推進", B, FY2, W2),
      (8, "7億円", "医薬品などの開発促進", B, FY2, W2)]
_V = {(r["line"], r["text"]): r["min"] for r in M if r["kind"] == "amount"}
ROWS = [dict(line=ln, text=t, budget_yen=_V[(ln, t)], fy=fy, program=p, role=role, why=w) for ln, t, p, role, fy, w in _R]
NOT_ROWS = [
    dict(line=1, text="1346億円", value_yen=134600000000, fy=FY, mention_role=S, what="2次補正の厚労省総額 (headline)",
         reason="the ministry's supplementary total"),
    dict(line=4, text="1346億円", value_yen=134600000000, fy=FY, mention_role=S, what="総額",
         reason="the ministry's supplementary total"),
    dict(line=8, text="34兆円", value_yen=34000000000000, fy=FY2, mention_role=B, what="社会保障費 (19年度予算案)",
         reason="a government-wide expense class (background), no programme"),
]
