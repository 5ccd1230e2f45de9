from kinds import amt, date, fyr

DOC = "kurotaki_r6_yosan1"
# 黒滝村 (奈良県; 広報くろたき 2024年4月号): 令和6年度 予算(1), 主要施策の説明. Title `令和6年度`: every amount FY2024.
# The general, special and enterprise accounts' totals and their sum are budget traps (fresh6a: an enterprise account
# shown by its total is budget). The mayor's prose holds grant terms only: the taxi grant's cap raised `1回あたり
# 5,000円から7,000円へ` (two caps, support, at_most, min null; the old cap keeps the title's fy, as a change's figures
# do), the vaccination grant `1件あたり5,000円の補助` (support, a grant per case) and the recipient's own share
# `2,000円の負担` (other). `1回あたり`, `1件あたり` are rate markers (per null, fresh6a's `1食あたり`). `昨年の5月8日`
# → 2023-05-08 and `昨年12月議会` → 2023-12 (the year before the 2024 budget); `2類`, `5類` are category names;
# `プラン1` a label; `(1)` in the title a list number.
B, O, S, FY = "budget", "other", "support", 2024
M = [
    fyr(1, "令和6年度", FY),
    fyr(3, "令和6 年度", FY),
    amt(4, "19億200万円", 1902000000, role=B, fy=FY),
    amt(5, "3億6,523万円", 365230000, role=B, fy=FY),
    amt(6, "3億5,363万円", 353630000, role=B, fy=FY),
    amt(7, "26億2,086万円", 2620860000, role=B, fy=FY),
    fyr(8, "令和6年度", FY), fyr(8, "令和5年度", 2023),
    amt(9, "5,000円", None, 5000, role=S, fy=FY, q=("at_most",)), amt(9, "7,000円", None, 7000, role=S, fy=FY, q=("at_most",)),
    date(10, "5月8日", "2023-05-08"), amt(10, "5,000円", 5000, role=S, fy=FY), amt(10, "2,000円", 2000, role=O, fy=FY),
    date(11, "12月", "2023-12"),
]
ROWS: list = []
NOT_ROWS = [
    dict(line=4, text="19億200万円", value_yen=1902000000, fy=FY, mention_role=B, what="一般会計", reason="account total"),
    dict(line=5, text="3億6,523万円", value_yen=365230000, fy=FY, mention_role=B, what="特別会計", reason="account total"),
    dict(line=6, text="3億5,363万円", value_yen=353630000, fy=FY, mention_role=B, what="公営企業会計",
         reason="enterprise account total"),
    dict(line=7, text="26億2,086万円", value_yen=2620860000, fy=FY, mention_role=B, what="総額", reason="all-accounts total"),
    dict(line=9, text="5,000円", value_yen=5000, fy=FY, mention_role=S, what="通院タクシー利用助成 上限額 (before)",
         reason="grant cap"),
    dict(line=9, text="7,000円", value_yen=7000, fy=FY, mention_role=S, what="通院タクシー利用助成 上限額 (raised)",
         reason="grant cap"),
    dict(line=10, text="5,000円", value_yen=5000, fy=FY, mention_role=S, what="予防接種 1件あたりの補助",
         reason="grant size per case"),
    dict(line=10, text="2,000円", value_yen=2000, fy=FY, mention_role=O, what="予防接種の自己負担", reason="recipient's payment"),
]
