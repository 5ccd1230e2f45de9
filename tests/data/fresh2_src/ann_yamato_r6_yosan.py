from kinds import amt, fyr

DOC = "yamato_r6_yosan"
# 令和6年度一般会計当初予算 (line 2): FY2024 budget. Figures mix digits and 千/百 (`5千6百45万円` = 5,645万円,
# `8億2千37万円` = 8億2,037万円). Programmes in prose: `name に N円(を)計上`; a figure for a group of works
# (`…各種事業などに`, `…橋梁補修事業に`) is a row marked ambiguous. 令和5年7月豪雨 is the name of a disaster: no date.
B, O, FY = "budget", "other", 2024
M = [
    amt(1, "170億7千3百万円", 17073000000, role=B, fy=FY),
    amt(2, "170億7千3百万円", 17073000000, role=B, fy=FY),
    fyr(2, "令和6年度", FY),
    fyr(2, "令和5年度", 2023),
    amt(2, "36億3千万円", 3630000000, role=O, fy=FY),
    amt(4, "5千6百45万円", 56450000, role=B, fy=FY),
    amt(4, "1千2百55万円", 12550000, role=B, fy=FY),
    amt(5, "1千3百94万円", 13940000, role=B, fy=FY),
    amt(6, "8億2千37万円", 820370000, role=B, fy=FY),
    amt(8, "1千9百18万円", 19180000, role=B, fy=FY),
    amt(9, "2億2千9百38万円", 229380000, role=B, fy=FY),
    amt(11, "8億2千8百73万円", 828730000, role=B, fy=FY),
]
W = "prose `name に N円(を)計上しました` of the 令和6年度一般会計当初予算 (line 2)"
R = dict(fy=FY, role=B, why=W)
ROWS = [
    dict(line=4, text="5千6百45万円", budget_yen=56450000, program="学習支援事業", aliases=["各小中学校への学習支援事業"], **R),
    dict(line=4, text="1千2百55万円", budget_yen=12550000, program="ICT(情報通信技術)教育事業", aliases=["ICT教育事業"], **R),
    dict(line=5, text="1千3百94万円", budget_yen=13940000, program="矢部高校応援事業", **R),
    dict(line=6, text="8億2千37万円", budget_yen=820370000, program="中央グラウンド周辺整備事業", **R),
    dict(line=8, text="1千9百18万円", budget_yen=19180000, program="地方創生総合戦略事業", **R),
    dict(line=9, text="2億2千9百38万円", budget_yen=229380000, ambiguous=True,
         program="農林振興事業補助金や有機農業推進事業、有害獣被害対策事業並びに森林環境譲与税を活用した各種事業など",
         aliases=["農林振興事業補助金", "有機農業推進事業", "有害獣被害対策事業"],
         note="one figure for a group of programmes, named by the prose phrase", **R),
    dict(line=11, text="8億2千8百73万円", budget_yen=828730000, ambiguous=True,
         program="各地域の道路改良事業や、道路維持補修事業、橋梁補修事業", aliases=["道路改良事業", "道路維持補修事業", "橋梁補修事業"],
         note="one figure for a group of programmes, named by the prose phrase", **R),
]
NOT_ROWS = [
    dict(line=1, text="170億7千3百万円", value_yen=17073000000, fy=FY, mention_role=B, what="一般会計",
         reason="general-account total"),
    dict(line=2, text="170億7千3百万円", value_yen=17073000000, fy=FY, mention_role=B, what="総額…一般会計当初予算",
         reason="general-account total"),
    dict(line=2, text="36億3千万円", value_yen=3630000000, fy=FY, mention_role=O, what="令和5年度当初予算に比べ…の増額",
         reason="change on the year before"),
]
