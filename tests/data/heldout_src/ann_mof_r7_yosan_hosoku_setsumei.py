DOC = "mof_r7_yosan_hosoku_setsumei"
B, F = "budget", 2025
def a(line, text, yen):
    return (line, text, yen, yen, B, F)
AMOUNTS = [
    a(3, "十三兆六千九百十六億円", 13691600000000), a(3, "十二兆三千二百八億円", 12320800000000),
    a(3, "三兆七千二百七十四億円", 3727400000000), a(3, "三兆五千二百十三億円", 3521300000000),
    a(3, "四兆五千二百七十五億円", 4527500000000), a(3, "三十八兆二千七百七十八億円", 38277800000000),
    a(4, "一兆六千二百十億円", 1621000000000), a(4, "二兆三千百七十三億円", 2317300000000),
    a(4, "四兆一千二百七十五億円", 4127500000000), a(4, "一兆四千二百二十一億円", 1422100000000),
    a(5, "十八兆八千八百四十八億円", 18884800000000), a(5, "一千九百三十六億円", 193600000000),
    a(5, "十九兆七百八十四億円", 19078400000000),
    a(6, "六百五十九億円", 65900000000),
    a(7, "八兆六千六百九十一億円", 8669100000000),
]
W = "named budget item in the 財務副大臣's supplementary explanation; fy from the lead-in 令和七年度予算につきましては (line 1), stated once"
AMB = "a single budget item of the national budget's 主要経費 classification, named like a programme; a reader may take it as a programme row or as a class line"
ROWS = [
    dict(line=4, text="一兆六千二百十億円", fy=F, role=B, budget_yen=1621000000000, program="義務教育費国庫負担金", why=W, ambiguous=True, note=AMB),
    dict(line=5, text="十八兆八千八百四十八億円", fy=F, role=B, budget_yen=18884800000000, program="地方交付税交付金", why=W, ambiguous=True, note=AMB),
    dict(line=5, text="一千九百三十六億円", fy=F, role=B, budget_yen=193600000000, program="地方特例交付金", why=W, ambiguous=True, note=AMB),
]
CLS = "a class of the 主要経費 classification (sums many programmes), not a programme"
def n(line, text, yen, what, reason=CLS):
    return dict(line=line, text=text, value_yen=yen, fy=F, mention_role=B, what=what, reason=reason)
NOT_ROWS = [
    n(3, "十三兆六千九百十六億円", 13691600000000, "年金給付費"), n(3, "十二兆三千二百八億円", 12320800000000, "医療給付費"),
    n(3, "三兆七千二百七十四億円", 3727400000000, "介護給付費"), n(3, "三兆五千二百十三億円", 3521300000000, "少子化対策費"),
    n(3, "四兆五千二百七十五億円", 4527500000000, "生活扶助等社会福祉費"),
    n(3, "三十八兆二千七百七十八億円", 38277800000000, "社会保障関係費 合計", "total of a major class"),
    n(4, "二兆三千百七十三億円", 2317300000000, "教育振興助成費"),
    n(4, "四兆一千二百七十五億円", 4127500000000, "文教関係費 合計", "total of a major class"),
    n(4, "一兆四千二百二十一億円", 1422100000000, "科学技術振興費"),
    n(5, "十九兆七百八十四億円", 19078400000000, "地方交付税交付金等 合計", "total of a major class"),
    n(6, "六百五十九億円", 65900000000, "震災復興特別交付税の財源 (繰入)", "a transfer between accounts, not a programme"),
    n(7, "八兆六千六百九十一億円", 8669100000000, "防衛関係費 合計", "total of a major class (a ministry's whole defence budget)"),
]
