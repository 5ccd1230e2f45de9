from kinds import amt, date, pct

DOC = "tateyama_hosei_gaiyo_10_12gatsu"
# Supplementary items (line 1: 10~12月までに追加された補正予算); the text names no year anywhere, so every
# amount keeps fy null. The months take the year of the issue (広報 令和6年2月号, in the address): October to
# December before a February issue are 2023 (judgement call, README).
S, SP = "supplementary_budget", "support"
M = [
    date(1, "10~12月", "2023-10", "2023-12"),
    amt(8, "5億2,156万円", 521560000, role=S),
    amt(9, "7万円", 70000, role=SP),
    amt(10, "4,000万円", 40000000, role=S),
    pct(11, "10%", 10),
    amt(12, "1,754万円", 17540000, role=S),
]
W = "`・item(事業費 N)` under ◆物価高騰支援事業 of the supplementary (line 1); the deck names no fiscal year"
R = dict(fy=None, fy_alt=[2023], role=S, why=W)
ROWS = [
    dict(line=8, text="5億2,156万円", budget_yen=521560000, program="住民税非課税世帯給付金", **R),
    dict(line=10, text="4,000万円", budget_yen=40000000, program="キャッシュレス決済ポイント還元事業", **R),
    dict(line=12, text="1,754万円", budget_yen=17540000, program="エネルギー価格高騰対策支援給付金", **R),
]
NOT_ROWS = [
    dict(line=9, text="7万円", value_yen=70000, fy=None, mention_role=SP, what="一世帯7万円の給付金",
         reason="grant size per household"),
]
