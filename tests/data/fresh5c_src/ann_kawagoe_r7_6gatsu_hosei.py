from kinds import amt, fyr

DOC = "kawagoe_r7_6gatsu_hosei"
# 令和7年度6月補正予算の概要 (title): 補正予算額(第1号) and every `◇item…N万円` under ■政策的経費 are
# supplementary_budget FY2025. `6月補正` is a budget label (no date); `(第1号)`, `(第2号)` are ordinals.
S, FY = "supplementary_budget", 2025
M = [
    fyr(1, "令和7年度", FY),
    amt(2, "40億7,831万円", 4078310000, role=S, fy=FY),
    fyr(3, "令和7年度", FY),
]
ITEMS = [
    (7, "庁舎整備基本構想等策定", "1,498万円", 14980000),
    (9, "災害時聴覚障害者支援バンダナの配布", "66万円", 660000),
    (11, "小規模保育施設等における延長保育事業の補助拡大", "2,808万円", 28080000),
    (13, "アピアランスケア用品購入支援", "150万円", 1500000),
    (15, "AYA世代がん患者在宅療養支援", "50万円", 500000),
    (17, "路面下空洞調査", "965万円", 9650000),
]
M += [amt(ln, t, v, role=S, fy=FY) for ln, _, t, v in ITEMS]
W = "`◇item…N万円` under ■政策的経費 of 令和7年度6月補正予算 (title): the item's supplementary appropriation"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=S, why=W) for ln, p, t, v in ITEMS]
ROWS[0]["aliases"] = ["庁舎整備基本構想等の策定"]
ROWS[1]["aliases"] = ["災害時聴覚障害者支援バンダナ"]
ROWS[2]["aliases"] = ["延長保育事業の補助拡大"]
NOT_ROWS = [
    dict(line=2, text="40億7,831万円", value_yen=4078310000, fy=FY, mention_role=S, what="補正予算額(第1号)",
         reason="total of the supplementary"),
]
