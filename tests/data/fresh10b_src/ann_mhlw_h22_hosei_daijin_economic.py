from kinds import amt, date, fyr

DOC = "mhlw_h22_hosei_daijin_economic"
# 厚生労働省's part of the 平成22年度一般会計補正予算案 as its minister explains it (economic.jp, 2010). The label
# makes every figure supplementary_budget FY2010. The ministry's gross `1兆4322億円を計上` and its net after the
# 修正減少額 `差し引き、1兆3931億円` are traps; the measures `name に N円` are rows. `29日` dated 2010-10-29 (the
# bill's submission to the Diet; blind audit: was 2010-11-29, but the supplementary passed on 2010-11-26, so `今月29日`
# before its submission is October's).
S, FY = "supplementary_budget", 2010
_A = [(2, "1兆4322億円", 1432200000000), (2, "1兆3931億円", 1393100000000), (4, "500億円", 50000000000),
      (4, "157億円", 15700000000), (4, "2513億円", 251300000000), (5, "1079億円", 107900000000),
      (5, "6701億円", 670100000000), (5, "1506億円", 150600000000), (5, "600億円", 60000000000),
      (6, "330億円", 33000000000), (6, "2.2億円", 220000000), (6, "6.4億円", 640000000)]
M = [fyr(1, "平成22年度", FY), date(1, "29日", "2010-10-29")] + [amt(ln, t, v, role=S, fy=FY) for ln, t, v in _A]
W = "`name に N円` among the main items of 厚生労働省's part of the 平成22年度補正予算案 (the minister's words)"
_R = {(4, "500億円"): "新卒者・若年者支援の強化", (4, "157億円"): "雇用調整助成金等による雇用下支えと生活支援",
      (4, "2513億円"): "重点分野雇用創造事業の拡充など、雇用創造・人材育成",
      (5, "1079億円"): "保育サービス等の基盤の整備と児童虐待の防止など",
      (5, "6701億円"): "地域医療の再生、医療機関等への機能強化など",
      (5, "1506億円"): "地域密着サービスの基盤整備など、介護サービスの充実等", (5, "600億円"): "生活困窮者対策",
      (6, "330億円"): "水道施設の耐震化等による安心・安全な居住・生活環境の整備",
      (6, "2.2億円"): "生活衛生融資を活用した中小企業の資金繰り支援", (6, "6.4億円"): "遺骨帰還事業の推進"}
_V = {(ln, t): v for ln, t, v in _A}
ROWS = [dict(line=ln, text=t, budget_yen=_V[(ln, t)], fy=FY, program=p, role=S, why=W) for (ln, t), p in _R.items()]
NOT_ROWS = [
    dict(line=2, text="1兆4322億円", value_yen=1432200000000, fy=FY, mention_role=S, what="補正予算額 (計上)",
         reason="the ministry's supplementary total"),
    dict(line=2, text="1兆3931億円", value_yen=1393100000000, fy=FY, mention_role=S, what="差し引き (修正減少額の後)",
         reason="the ministry's supplementary total net of reductions"),
]
