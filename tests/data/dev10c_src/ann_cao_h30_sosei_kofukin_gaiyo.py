from kinds import amt, date

DOC = "cao_h30_sosei_kofukin_gaiyo"
# 内閣府 地方創生推進事務局 交付金チーム, 地方創生推進交付金の概要 (平成30年11月; slides flattened by vdocuments): the
# chart of the 地方創生関係交付金 by year, each `NN当初/補正 name` above `N億円(事業費ベースN億円)`. The labels' years are
# era-less (`28補正`, `29当初`: no fiscal_year mention, GUIDE) but state the year of the figure under them: fy 2014..2018
# (NEW, arguable: read in the document's era, 平成). The 当初 figures are `budget`, the 補正 ones `supplementary_budget`,
# each a row (the same 交付金 in several years: one row a year); `(事業費ベースN億円)` the project size (`support`,
# fresh9a's 事業費), traps. The 先行型交付金's two kinds `基礎交付: 1,400億円上乗せ交付: 300億円` are ambiguous rows (parts
# of one programme, fresh4). `【29年度】…` era-less column labels, the page number `1`, `資料4`, `①` no mentions;
# `H30年改正` a date (a calendar year written with 年).
B, SB, S = "budget", "supplementary_budget", "support"
M = [
    date(1, "平成30年11月", "2018-11"), date(1, "平成 30年11月", "2018-11"), date(2, "平成30年11月", "2018-11"),
    amt(12, "900億円", 90000000000, role=SB, fy=2016), amt(12, "1,800億円", 180000000000, role=S, fy=2016),
    amt(14, "1,000億円", 100000000000, role=B, fy=2016), amt(14, "2,000億円", 200000000000, role=S, fy=2016),
    amt(16, "1,000億円", 100000000000, role=B, fy=2017), amt(16, "2,000億円", 200000000000, role=S, fy=2017),
    amt(18, "1,400億円", 140000000000, role=SB, fy=2014), amt(18, "300億円", 30000000000, role=SB, fy=2014),
    amt(20, "1,000億円", 100000000000, role=SB, fy=2015),
    amt(23, "1,000億円", 100000000000, role=B, fy=2018), amt(23, "2,000億円", 200000000000, role=S, fy=2018),
    amt(25, "600億円", 60000000000, role=SB, fy=2017), amt(25, "1,200億円", 120000000000, role=S, fy=2017),
    date(28, "H30年", "2018"),
]
W = "a chart label `NN当初/補正 name` above its `N億円(事業費ベースN億円)`"
ROWS = [
    dict(line=12, text="900億円", fy=2016, budget_yen=90000000000, program="地方創生拠点整備交付金", role=SB, why=W, ministry="内閣府"),
    dict(line=14, text="1,000億円", fy=2016, budget_yen=100000000000, program="地方創生推進交付金", role=B, why=W, ministry="内閣府"),
    dict(line=16, text="1,000億円", fy=2017, budget_yen=100000000000, program="地方創生推進交付金", role=B, why=W, ministry="内閣府"),
    dict(line=18, text="1,400億円", fy=2014, budget_yen=140000000000, program="地方創生先行型交付金 基礎交付",
         aliases=["地方創生先行型交付金"], role=SB, why=W, ministry="内閣府", ambiguous=True,
         note="one of the programme's two kinds (基礎交付 / 上乗せ交付), written on the label's line"),
    dict(line=18, text="300億円", fy=2014, budget_yen=30000000000, program="地方創生先行型交付金 上乗せ交付",
         aliases=["地方創生先行型交付金"], role=SB, why=W, ministry="内閣府", ambiguous=True,
         note="one of the programme's two kinds (基礎交付 / 上乗せ交付)"),
    dict(line=20, text="1,000億円", fy=2015, budget_yen=100000000000, program="地方創生加速化交付金", role=SB, why=W, ministry="内閣府"),
    dict(line=23, text="1,000億円", fy=2018, budget_yen=100000000000, program="地方創生推進交付金", role=B, why=W, ministry="内閣府"),
    dict(line=25, text="600億円", fy=2017, budget_yen=60000000000, program="地方創生拠点整備交付金", role=SB, why=W, ministry="内閣府"),
]
NOT_ROWS = [
    dict(line=n, text=t, value_yen=v, fy=fy, mention_role=S, what="(事業費ベースN億円)", reason="the project size (国費 + local share)")
    for n, t, v, fy in [(12, "1,800億円", 180000000000, 2016), (14, "2,000億円", 200000000000, 2016),
                        (16, "2,000億円", 200000000000, 2017), (23, "2,000億円", 200000000000, 2018),
                        (25, "1,200億円", 120000000000, 2017)]
]
