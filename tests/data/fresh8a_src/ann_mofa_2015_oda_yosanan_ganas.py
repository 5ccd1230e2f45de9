from kinds import amt, cnt, fyr

DOC = "mofa_2015_oda_yosanan_ganas"
# 外務省's ODA budget in the 2015年度予算案 (ganas.or.jp): budget FY2015 throughout. The ministry's ODA total
# (headline and body) is a trap, `前年度の当初予算の4230億円` previous_budget FY2014 (a trap); the aid types
# `name N円(N円減/増)` are rows, their changes `other` (unsigned: the word carries the sign); `有償資金協力は9888億円`
# is a loan programme's volume, not an appropriation of the ODA budget it is set beside: `other`, a trap (arguable);
# the four 項目 `「name」に N円` and the items under them are rows (a second cut of the same budget); the headline's
# `インフラ輸出に666億円・MDGsに614億円` restates two items (ambiguous rows). `重点項目のひとつ` a count of 1 つ
# (GUIDE's `の一つ`); `ポスト2015年開発アジェンダ` a name.
B, P, O, FY = "budget", "previous_budget", "other", 2015
M = [
    fyr(1, "2015年度", FY), amt(1, "4238億円", 423800000000, fy=FY), amt(1, "666億円", 66600000000, fy=FY),
    amt(1, "614億円", 61400000000, fy=FY),
    fyr(2, "2015年度", FY), amt(2, "4238億円", 423800000000, fy=FY), amt(2, "4230億円", 423000000000, role=P, fy=2014),
    amt(2, "1605億円", 160500000000, fy=FY), amt(2, "62億円", 6200000000, role=O, fy=FY),
    amt(2, "1464億円", 146400000000, fy=FY), amt(2, "39億円", 3900000000, role=O, fy=FY),
    amt(2, "9888億円", 988800000000, role=O, fy=FY),
    amt(2, "1214億円", 121400000000, fy=FY), amt(2, "45億円", 4500000000, role=O, fy=FY),
    amt(2, "274億円", 27400000000, fy=FY), amt(2, "37億円", 3700000000, role=O, fy=FY),
    cnt(3, "ひとつ", 1, "つ"), amt(3, "452億円", 45200000000, fy=FY), amt(3, "1065億円", 106500000000, fy=FY),
    amt(3, "1457億円", 145700000000, fy=FY), amt(3, "253億円", 25300000000, fy=FY),
    amt(4, "229億円", 22900000000, fy=FY), amt(4, "159億円", 15900000000, fy=FY),
    amt(5, "666億円", 66600000000, fy=FY), amt(5, "46億円", 4600000000, fy=FY), amt(5, "40億円", 4000000000, fy=FY),
    amt(6, "614億円", 61400000000, fy=FY),
]
WT = "an aid type `name N円(N円減/増)` of 外務省's ODA budget in the 2015年度予算案"
WP = "a 項目 (pillar) `「name」に N円` of 外務省's ODA budget in the 2015年度予算案"
WI = "an item `「name」に N円` under a 項目 of 外務省's ODA budget in the 2015年度予算案"
_R = [
    (2, "1605億円", 160500000000, "無償資金協力", [], WT),
    (2, "1464億円", 146400000000, "JICA運営費交付金(技術協力)", ["JICA運営費交付金", "技術協力"], WT),
    (2, "1214億円", 121400000000, "国連などへの分担金・義務的拠出金", ["分担金・義務的拠出金"], WT),
    (2, "274億円", 27400000000, "任意拠出金", [], WT),
    (3, "452億円", 45200000000, "普遍的価値の共有、国際社会の平和と安定に向けた協力", ["普遍的価値の共有"], WP),
    (3, "1065億円", 106500000000, "途上国と日本の経済成長のための戦略的なODAの充実", ["途上国と日本の経済成長"], WP),
    (3, "1457億円", 145700000000, "人間の安全保障の推進", ["人間の安全保障"], WP),
    (3, "253億円", 25300000000, "戦略的なパートナーシップの構築", [], WP),
    (4, "229億円", 22900000000, "平和構築・人道支援やテロ支援", [], WI),
    (4, "159億円", 15900000000, "ジェンダー平等と人権の確保", [], WI),
    (5, "666億円", 66600000000, "インフラシステム輸出支援", ["インフラ輸出"], WI),
    (5, "46億円", 4600000000, "中小企業の国際展開支援", [], WI),
    (5, "40億円", 4000000000, "日本の医療技術・サービスの国際展開", [], WI),
    (6, "614億円", 61400000000, "MDGs(ミレニアム開発目標)達成支援、ポスト2015年開発アジェンダ対応支援",
     ["MDGs達成支援", "MDGs"], WI),
]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, aliases=a, role=B, why=w) for ln, t, v, p, a, w in _R] + [
    dict(line=1, text="666億円", budget_yen=66600000000, fy=FY, program="インフラシステム輸出支援", aliases=["インフラ輸出"], role=B,
         why="the headline restates line 5's item", ambiguous=True, note="duplicate of line 5's row"),
    dict(line=1, text="614億円", budget_yen=61400000000, fy=FY, program="MDGs達成支援", aliases=["MDGs"], role=B,
         why="the headline restates line 6's item", ambiguous=True, note="duplicate of line 6's row"),
]
_W = {
    (1, "4238億円"): ("外務省の2015年度ODA予算 (headline)", "the ministry's ODA total", B, FY),
    (2, "4238億円"): ("外務省の政府開発援助(ODA)予算", "the ministry's ODA total", B, FY),
    (2, "4230億円"): ("前年度の当初予算", "the previous year's total", P, 2014),
    (2, "62億円"): ("無償資金協力 62億円減", "change", O, FY),
    (2, "39億円"): ("JICA運営費交付金 39億円減", "change", O, FY),
    (2, "9888億円"): ("有償資金協力", "a loan programme's volume beside the ODA budget, not an appropriation of it", O, FY),
    (2, "45億円"): ("分担金・義務的拠出金 45億円増", "change", O, FY),
    (2, "37億円"): ("任意拠出金 37億円増", "change", O, FY),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=fy,
                 mention_role=role, what=w, reason=why) for (ln, t), (w, why, role, fy) in _W.items()]
