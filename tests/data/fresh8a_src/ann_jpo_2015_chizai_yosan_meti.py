from kinds import amt, cnt, date, dur, fyr

DOC = "jpo_2015_chizai_yosan_meti"
# 特許庁's 2015年度 知的財産政策関連予算 (経済産業省's booklet). The header `2015 年度予算額 N(2014 年度予算額 N)`:
# budget FY2015 and previous_budget FY2014 (the bracket's own label), both traps (the policy area's total). Items
# `N 億円(N 億円)` under `N.name`: the figure budget FY2015 (a row), the bracket previous_budget FY2014 (GUIDE: the
# bracketed figure of an `X（Y）` pair; a trap, carried as the row's previous_budget_yen); `N 億円(新規)` a row
# with no previous figure; `100 名(新規)` a count. The title line's `2015 年度` twice: fiscal years; `改訂 2014` a
# version label; `重点項目1` a label; `10 年間`, `14 ヶ月以内` durations; `平成 25 年3月` a date.
B, P, FY, PY = "budget", "previous_budget", 2015, 2014
M = [
    fyr(1, "2015 年度", FY), fyr(1, "2015 年度", FY),
    fyr(2, "2015 年度", FY), amt(2, "1,404 億円", 140400000000, fy=FY), fyr(2, "2014 年度", PY),
    amt(2, "1,261 億円", 126100000000, role=P, fy=PY),
    dur(6, "10 年間", 10, "year"), dur(6, "14 ヶ月", None, "month", hi=14, q=("at_most",)),
    cnt(10, "100 名", 100, "名"),
    amt(13, "242.7 億円", 24270000000, fy=FY), amt(13, "252.5 億円", 25250000000, role=P, fy=PY),
    amt(18, "0.9 億円", 90000000, fy=FY),
    amt(22, "261.8 億円", 26180000000, fy=FY), amt(22, "260.4 億円", 26040000000, role=P, fy=PY),
    date(23, "平成 25 年3月", "2013-03"),
]
W = "`N.name` then `N 億円(N 億円)` under 重点項目1 of the 2015 年度 知的財産政策関連予算"
ROWS = [
    dict(line=13, text="242.7 億円", budget_yen=24270000000, previous_budget_yen=25250000000, fy=FY,
         program="先行技術文献調査の推進", role=B, why=W),
    dict(line=18, text="0.9 億円", budget_yen=90000000, fy=FY, program="意匠・商標の制度改正に対応した審査体制の整備", role=B,
         why=W, note="(新規)"),
    dict(line=22, text="261.8 億円", budget_yen=26180000000, previous_budget_yen=26040000000, fy=FY,
         program="新しい情報システムの構築・運営", role=B, why=W),
]
NOT_ROWS = [
    dict(line=2, text="1,404 億円", value_yen=140400000000, fy=FY, mention_role=B, what="2015 年度予算額",
         reason="the policy area's (特許庁's) total"),
    dict(line=2, text="1,261 億円", value_yen=126100000000, fy=PY, mention_role=P, what="2014 年度予算額",
         reason="the previous year's total"),
    dict(line=13, text="252.5 億円", value_yen=25250000000, fy=PY, mention_role=P, what="先行技術文献調査の推進 (前年度)",
         reason="the previous year's figure of a row (its previous_budget_yen)"),
    dict(line=22, text="260.4 億円", value_yen=26040000000, fy=PY, mention_role=P, what="新しい情報システムの構築・運営 (前年度)",
         reason="the previous year's figure of a row (its previous_budget_yen)"),
]
