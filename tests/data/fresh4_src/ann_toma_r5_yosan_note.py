from kinds import amt, date, fyr

DOC = "toma_r5_yosan_note"
# 当麻町長's note on the 令和5年度 新年度予算 (title): the 一般会計 total (`73.7億円`, `73億7千万円`) and the
# programmes' figures (`「name」拡充事業・N万円`) are budget FY2023; the grant caps of the programme (`上限150万円`,
# `上限は200万円`, `上限250万円`) are support, at_most, FY2023 (per case, per null). `補助率1/2`, `3/4` are rates (no
# mention). The 町産材活用促進事業's cap on line 15 (`上限250万円までの木材購入価格分`, the stored text's last line, cut
# after `地材地消の`; restored in the second annotator's audit, it holds a whole figure) is support, at_most (上限 and
# まで one qualifier), FY2023, a trap. The session `3月3日より14日まで` gives two points of 2023 (the budget was passed before the year began).
B, S, FY = "budget", "support", 2023
M = [
    fyr(3, "令和5年度", FY),
    amt(3, "73.7億円", 7370000000, fy=FY),
    date(5, "3月3日", "2023-03-03"),
    date(5, "14日", "2023-03-14"),
    amt(5, "73億7千万円", 7370000000, fy=FY),
    amt(10, "1,700万円", 17000000, fy=FY),
    amt(12, "150万円", None, 1500000, role=S, fy=FY, q=("at_most",)),
    amt(12, "200万円", None, 2000000, role=S, fy=FY, q=("at_most",)),
    amt(12, "250万円", None, 2500000, role=S, fy=FY, q=("at_most",)),
    amt(14, "5,000万円", 50000000, fy=FY),
    amt(15, "250万円", None, 2500000, role=S, fy=FY, q=("at_most",)),
]
W = "`◎「name」事業・N万円` programme of the 令和5年度 新年度予算 (title)"
ROWS = [
    dict(line=10, text="1,700万円", budget_yen=17000000, fy=FY, program="未来へつなぐ宅地循環促進事業", role=B, why=W),
    dict(line=14, text="5,000万円", budget_yen=50000000, fy=FY, program="町産材活用促進事業", role=B, why=W),
]
NOT_ROWS = [
    dict(line=3, text="73.7億円", value_yen=7370000000, fy=FY, mention_role=B, what="一般会計 (title)",
         reason="account total"),
    dict(line=5, text="73億7千万円", value_yen=7370000000, fy=FY, mention_role=B, what="予算規模 一般会計",
         reason="account total"),
    dict(line=12, text="150万円", value_yen=1500000, fy=FY, mention_role=S, what="空き家除却補助 上限",
         reason="grant cap per case"),
    dict(line=12, text="200万円", value_yen=2000000, fy=FY, mention_role=S, what="危険家屋 除却補助 上限",
         reason="grant cap per case"),
    dict(line=12, text="250万円", value_yen=2500000, fy=FY, mention_role=S, what="新築町産材補助 上限",
         reason="grant cap per case"),
    dict(line=15, text="250万円", value_yen=2500000, fy=FY, mention_role=S, what="町産材活用促進事業 木材購入価格分 上限",
         reason="grant cap per house"),
]
