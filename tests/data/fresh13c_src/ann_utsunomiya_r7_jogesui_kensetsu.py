from kinds import amt, date, fyr, pct, trap, traps

DOC = "utsunomiya_r7_jogesui_kensetsu"
# 日本工業経済新聞 (栃木版 2025-02-20) on 宇都宮市's 上下水道 budget for 2025年度 (`来年度`, `2025年度`, `25年度`: every
# amount FY2025; the era-less `25年度`, `24年度`, `26年度`, `35年度` are no mentions: fresh11b). Rows: the water
# enterprise's works named with their money (`災害対策に7億8807万円を計上`, `管路更新事業に55億3973万円`, `施設更新事業に
# 22億4259万円`, `漏水対策推進事業には8億3100万円`, `ICT事業に5900万円`), and each enterprise's `建設改良事業` (its year's
# capital works in aggregate: rows marked ambiguous, as fresh12c's 結城市 `主要な建設改良事業`). Traps: each enterprise's
# 予算規模 (the account's total: fresh7a 鳥取市 `財政規模`), and the headline's rounded `水道103億円、下水道107億円` (the same
# works rounded: `budget` FY2025, traps; NEW, arguable: a reader could make them the rows and line 3's exact figures
# repeats). Targets in percent (`24年度に91.8%`, `66%`, `74.7%`, `99%`); `L2万0395m` a length (physical unit);
# `第6回` an ordinal; `18日` a date in February 2025 (the deck's date).
B = "budget"
FY = 2025
HEAD = ("the headline's rounded figure of an enterprise's 建設改良費", "a rounded repeat of line 3's 建設改良事業 figure")
SIZE = ("an enterprise's 予算規模 (the whole account)", "an account's total, no programme's own budget")
M = [
    trap(amt(1, "103億円", 10300000000, fy=FY), *HEAD), trap(amt(1, "107億円", 10700000000, fy=FY), *HEAD),
    date(2, "2025/2/20", "2025-02-20"),
    date(3, "18日", "2025-02-18"), fyr(3, "2025年度", 2025),
    trap(amt(3, "233億0761万円", 23307610000, fy=FY), *SIZE), trap(amt(3, "326億6533万円", 32665330000, fy=FY), *SIZE),
    amt(3, "102億9000万円", 10290000000, fy=FY), amt(3, "107億5000万円", 10750000000, fy=FY),
    amt(4, "7億8807万円", 788070000, fy=FY),
    pct(4, "91.8%", 91.8), pct(4, "66%", 66), pct(4, "74.7%", 74.7), pct(4, "99%", 99),
    amt(5, "55億3973万円", 5539730000, fy=FY), amt(5, "22億4259万円", 2242590000, fy=FY),
    amt(5, "8億3100万円", 831000000, fy=FY),
    amt(6, "5900万円", 59000000, fy=FY),
]
W = "水道事業の25年度の主な実施事業 / 老朽化対策 / DX関連: a work named with the money `計上` / `配分` for it"
ROWS = [
    dict(line=3, text="102億9000万円", budget_yen=10290000000, fy=FY, program="水道事業 建設改良事業", role=B, ambiguous=True,
         why="`建設改良事業は水道事業が102億9000万円`: the water enterprise's year's capital works in aggregate"),
    dict(line=3, text="107億5000万円", budget_yen=10750000000, fy=FY, program="下水道事業 建設改良事業", role=B, ambiguous=True,
         why="`下水道事業が107億5000万円`: the sewer enterprise's year's capital works in aggregate"),
    dict(line=4, text="7億8807万円", budget_yen=788070000, fy=FY, program="水道事業 災害対策", role=B, why=W),
    dict(line=5, text="55億3973万円", budget_yen=5539730000, fy=FY, program="管路更新事業", role=B, why=W),
    dict(line=5, text="22億4259万円", budget_yen=2242590000, fy=FY, program="施設更新事業", role=B, why=W),
    dict(line=5, text="8億3100万円", budget_yen=831000000, fy=FY, program="漏水対策推進事業", role=B, why=W),
    dict(line=6, text="5900万円", budget_yen=59000000, fy=FY, program="ICT事業", role=B, why=W),
]
NOT_ROWS = traps(M)
