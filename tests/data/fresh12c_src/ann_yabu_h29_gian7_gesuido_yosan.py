from kinds import amt, cnt, fyr

DOC = "yabu_h29_gian7_gesuido_yosan"
# 兵庫県養父市's 議案第7号 平成29年度養父市下水道事業会計予算 (an ENTERPRISE account's initial budget bill, PDF text by
# expydoc: each label on its line, its figure `N 千円` on the next). 第2条 業務の予定量's 主要な建設改良事業 names two works
# with their figures (`・管渠整備費 統廃合事業` / `75,600 千円`, `・処理場整備費 長寿命化対策事業` / `94,000 千円`): programmes'
# budgets of FY2017, rows (named works, unlike 結城市's unnamed aggregate). 第3条 / 第4条 by 款 and 項: revenues (下水道事業収益,
# 営業収益, 営業外収益, 資本的収入, 企業債, 出資金, 補助金) `other`; expenditure 款 (the 3条 and 4条 totals) and 項 (営業費用,
# 営業外費用, 特別損失, 予備費, 建設改良費, 企業債償還金) `budget`; all traps (結城市's calls). The 4条 shortfall and the funds
# covering it (`618,813千円`, `606,788千円`, `12,025千円`) and 第4条の2's receivables and payables carried into the year
# (`150,670千円`, `184,702千円`) are `other`, traps. `22,000 人` a count (処理区域内人口); `2,380,000`, `6,521` bare (no unit
# written: volumes); `下水 - 1` a page mark; `昭和27年政令第403号`, `第4条第4項` law numbers; `(1)` … `(4)`, articles, 款, 項 marks.
B, O, FY = "budget", "other", 2017
_F = [  # (line, text, yen, role, what, reason)
    (23, "1,701,302 千円", 1701302000, O, "第3条 収入 第1款 下水道事業収益", "a revenue total"),
    (25, "512,187 千円", 512187000, O, "第3条 収入 第1項 営業収益", "a revenue line"),
    (27, "1,189,115 千円", 1189115000, O, "第3条 収入 第2項 営業外収益", "a revenue line"),
    (29, "1,757,588 千円", 1757588000, B, "第3条 支出 第1款 下水道事業費用", "the account's 3条 expenditure total"),
    (31, "1,518,928 千円", 1518928000, B, "第3条 支出 第1項 営業費用", "an expense class, not a programme"),
    (33, "230,815 千円", 230815000, B, "第3条 支出 第2項 営業外費用", "an expense class, not a programme"),
    (35, "6,545 千円", 6545000, B, "第3条 支出 第3項 特別損失", "an expense class, not a programme"),
    (37, "1,300 千円", 1300000, B, "第3条 支出 第4項 予備費", "a reserve"),
    (40, "618,813千円", 618813000, O, "資本的収入額が資本的支出額に対し不足する額", "a shortfall between totals"),
    (40, "606,788千円", 606788000, O, "当年度分損益勘定留保資金 (補てん財源)", "funds covering the shortfall"),
    (41, "12,025千円", 12025000, O, "当年度分消費税及び地方消費税資本的収支調整額 (補てん財源)", "funds covering the shortfall"),
    (45, "432,486 千円", 432486000, O, "第4条 収入 第1款 資本的収入", "a revenue total"),
    (47, "112,200 千円", 112200000, O, "第4条 収入 第1項 企業債", "a revenue line (bonds)"),
    (49, "223,327 千円", 223327000, O, "第4条 収入 第2項 出資金", "a revenue line"),
    (51, "96,959 千円", 96959000, O, "第4条 収入 第3項 補助金", "a revenue line"),
    (53, "1,051,299 千円", 1051299000, B, "第4条 支出 第1款 資本的支出", "the account's 4条 expenditure total"),
    (55, "243,952 千円", 243952000, B, "第4条 支出 第1項 建設改良費", "an expense class, not a programme"),
    (57, "807,347 千円", 807347000, B, "第4条 支出 第2項 企業債償還金", "debt repayment, an expense class"),
    (62, "150,670千円", 150670000, O, "第4条の2 未収金の金額", "receivables carried into the year, not an appropriation"),
    (62, "184,702千円", 184702000, O, "第4条の2 未払金の金額", "payables carried into the year, not an appropriation"),
]
M = [fyr(1, "平成29年度", FY), fyr(3, "平成29年度", FY), fyr(5, "平成29年度", FY), cnt(9, "22,000 人", 22000, "人"),
     amt(16, "75,600 千円", 75600000, role=B, fy=FY), amt(18, "94,000 千円", 94000000, role=B, fy=FY)] + [
    amt(line, text, yen, role=role, fy=FY) for line, text, yen, role, _, _ in _F]
_W = "`第2条 業務の予定量 … (4) 主要な建設改良事業` in the 平成29年度 下水道事業会計予算: the work's name, its figure on the next line"
ROWS = [
    dict(line=16, text="75,600 千円", budget_yen=75600000, fy=FY, role=B, program="養父市下水道事業 管渠整備費 統廃合事業",
         aliases=["管渠整備費 統廃合事業", "統廃合事業"], why=_W),
    dict(line=18, text="94,000 千円", budget_yen=94000000, fy=FY, role=B, program="養父市下水道事業 処理場整備費 長寿命化対策事業",
         aliases=["処理場整備費 長寿命化対策事業", "長寿命化対策事業"], why=_W),
]
NOT_ROWS = [dict(line=line, text=text, value_yen=yen, fy=FY, mention_role=role, what=what, reason=reason)
            for line, text, yen, role, what, reason in _F]
