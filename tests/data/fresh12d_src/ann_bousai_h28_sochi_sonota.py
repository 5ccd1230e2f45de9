from kinds import amt, fyr

DOC = "bousai_h28_sochi_sonota"
# 防災白書 平成28年版, 第2部 (平成26年度において防災に関してとった措置の概況) 第3章 1 1-3 その他: each measure's account of
# what was done, closed by `(平成26年度決算額 110百万円)`. A settled figure is a result, not a budget: `other`, FY2014 (its
# label), traps (fresh11a: 決算額 and 支出済額 are settled figures, traps; 函館市's 決算額 `other`). `平成28年版` an edition
# label; `1-3`, `(1)` … `(4)` list numbers.
O = "other"
M = [
    fyr(5, "平成26年度", 2014), amt(5, "110百万円", 110000000, role=O, fy=2014),
    fyr(8, "平成26年度", 2014), amt(8, "86百万円", 86000000, role=O, fy=2014),
    fyr(11, "平成26年度", 2014), amt(11, "19百万円", 19000000, role=O, fy=2014),
]
ROWS: list = []
R = "a measure's settled figure of 平成26年度 (決算額): a result reported in the white paper's 第2部, not a budget"
NOT_ROWS = [
    dict(line=5, text="110百万円", value_yen=110000000, fy=2014, mention_role=O, what="国土強靱化の推進 平成26年度決算額",
         reason=R),
    dict(line=8, text="86百万円", value_yen=86000000, fy=2014, mention_role=O,
         what="実践的な防災行動推進事業経費 平成26年度決算額", reason=R),
    dict(line=11, text="19百万円", value_yen=19000000, fy=2014, mention_role=O,
         what="防災ボランティア連携促進事業 平成26年度決算額", reason=R),
]
