from kinds import amt, fyr

DOC = "maff_h27_yosan_juten"
# 農林水産省 平成27年度農林水産予算の重点事項 (PDF text, columns flattened one cell a line): each programme has its
# FY2015 figure (budget), then where labelled 【補正予算】 the supplementary figure, then `(N億円)` = 平成26年度当初予算額
# (previous_budget FY2014, stated on line 9). The 【補正予算】 label writes no year: fy null (rows fy_alt 2014, the
# supplementary compiled with this budget). `(所要額) 17億円` is the FY2015 figure. `285KB` is a file size.
B, P, S, FY = "budget", "previous_budget", "supplementary_budget", 2015
M = [
    fyr(1, "平成27年度", FY),
    fyr(3, "平成27年度", FY),
    amt(5, "2兆3,090億円", 2309000000000, fy=FY),
    amt(6, "2兆3,267億円", 2326700000000, role=P, fy=2014),
    fyr(9, "平成26年度", 2014),
    amt(15, "190億円", 19000000000, fy=FY),
    amt(16, "200億円", 20000000000, role=S),
    amt(17, "305億円", 30500000000, role=P, fy=2014),
    amt(25, "1,089億円", 108900000000, fy=FY),
    amt(32, "47億円", 4700000000, role=S),
    amt(33, "1,064億円", 106400000000, role=P, fy=2014),
    amt(34, "100億円", 10000000000, fy=FY),
    amt(46, "17億円", 1700000000, fy=FY),
    amt(48, "2億円", 200000000, role=S),
    amt(49, "19億円", 1900000000, role=P, fy=2014),
    amt(54, "195億円", 19500000000, fy=FY),
    amt(55, "58億円", 5800000000, role=S),
    amt(56, "218億円", 21800000000, role=P, fy=2014),
    amt(63, "122億円", 12200000000, fy=FY),
    amt(64, "50億円", 5000000000, role=S),
    amt(65, "147億円", 14700000000, role=P, fy=2014),
    amt(69, "5億円", 500000000, fy=FY),
    amt(70, "5億円", 500000000, role=P, fy=2014),
]
WB = "FY2015 figure of a programme of the 平成27年度 重点事項, its `(N億円)` previous-year figure below"
WS = "the 【補正予算】 figure of a programme (column flattened)"
RB = dict(fy=FY, role=B, why=WB)
RS = dict(fy=None, fy_alt=[2014], role=S, why=WS)
ROWS = [
    dict(line=15, text="190億円", budget_yen=19000000000, previous_budget_yen=30500000000,
         program="農地中間管理機構の本格稼働", **RB),
    dict(line=16, text="200億円", budget_yen=20000000000, program="農地中間管理機構の本格稼働", **RS),
    dict(line=25, text="1,089億円", budget_yen=108900000000, previous_budget_yen=106400000000,
         program="農地の大区画化等の推進<公共>", aliases=["農地の大区画化等の推進"], **RB),
    dict(line=32, text="47億円", budget_yen=4700000000, program="農地の大区画化等の推進<公共>",
         aliases=["農地の大区画化等の推進"], ambiguous=True,
         note="flattened columns: the 補正 cell sits after the next item's label", **RS),
    dict(line=34, text="100億円", budget_yen=10000000000, program="農地耕作条件改善事業【新規】",
         aliases=["農地耕作条件改善事業"], **RB),
    dict(line=46, text="17億円", budget_yen=1700000000, previous_budget_yen=1900000000,
         program="耕作放棄地再生利用緊急対策交付金", **RB),
    dict(line=48, text="2億円", budget_yen=200000000, program="耕作放棄地再生利用緊急対策交付金", **RS),
    dict(line=54, text="195億円", budget_yen=19500000000, previous_budget_yen=21800000000,
         program="新規就農・経営継承総合支援事業", **RB),
    dict(line=55, text="58億円", budget_yen=5800000000, program="新規就農・経営継承総合支援事業", **RS),
    dict(line=63, text="122億円", budget_yen=12200000000, previous_budget_yen=14700000000, program="青年就農給付金",
         ambiguous=True, note="`うち` part of the programme above", **RB),
    dict(line=64, text="50億円", budget_yen=5000000000, program="青年就農給付金", ambiguous=True,
         note="`うち` part of the programme above", **RS),
    dict(line=69, text="5億円", budget_yen=500000000, previous_budget_yen=500000000, program="担い手経営発展支援事業", **RB),
]
NOT_ROWS = [
    dict(line=5, text="2兆3,090億円", value_yen=2309000000000, fy=FY, mention_role=B, what="総額",
         reason="the ministry's total"),
    dict(line=6, text="2兆3,267億円", value_yen=2326700000000, fy=2014, mention_role=P, what="総額 (平成26年度)",
         reason="previous year's total"),
]
# The `(N億円)` previous-year cell of each programme (平成26年度当初予算額), as 外務省's chart: traps.
for ln, t, v, p in [(17, "305億円", 30500000000, "農地中間管理機構の本格稼働"),
                    (33, "1,064億円", 106400000000, "農地の大区画化等の推進<公共>"),
                    (49, "19億円", 1900000000, "耕作放棄地再生利用緊急対策交付金"),
                    (56, "218億円", 21800000000, "新規就農・経営継承総合支援事業"),
                    (65, "147億円", 14700000000, "青年就農給付金"),
                    (70, "5億円", 500000000, "担い手経営発展支援事業")]:
    NOT_ROWS.append(dict(line=ln, text=t, value_yen=v, fy=2014, mention_role=P, what=f"{p} (平成26年度当初予算額)",
                         reason="previous year's figure of a row"))
