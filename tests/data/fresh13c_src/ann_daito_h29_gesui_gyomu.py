from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "daito_h29_gesui_gyomu"
# 大東市 平成29年度業務状況(下水道事業): a settlement in prose (`前年度決算額と比べて`, `平成29年度決算は…純利益`): the
# settled revenues (下水道使用料 `14億6,854万円`, 雨水処理負担金 `12億6,339万円`, 収入の合計 `37億5,197万円`), the profit
# `1億8,230万円`, the changes `2億1,844万円`, `2,156万円` and the debt balance's decrease `企業債残高が17億832万円の減少`:
# all `other` FY2017 (the heading's 平成29年度), traps. The `|` table's counts (`119,963人`, `116,804人`) and percents
# (`98.87%`, `97.37%`) carry their units; `263,739.19m` and `1,197.32ヘクタール` are physical units (no mention).
# `(平成29年4月1日~平成30年3月31日)` one date range (GUIDE's `…23日（火）～24日（水）`; the earlier sets' `平成28年4月1日~
# 平成29年3月31日`; blind audit: was two dates); `第22条第1項` a law's article; `資金不足比率(%)=…×100` a formula (no mention).
O = "other"
FY = 2017
S = ("a settled figure (決算: revenue, profit)", "a settlement's result, not a budget")
C = ("the change against the previous year's settlement", "a change, not a budget")
M = [
    fyr(2, "平成29年度", 2017),
    date(3, "平成29年4月1日~平成30年3月31日", "2017-04-01", "2018-03-31"),
    trap(amt(6, "2億1,844万円", 218440000, role=O, fy=FY), *C), pct(6, "17.5%", 17.5),
    trap(amt(6, "14億6,854万円", 1468540000, role=O, fy=FY), *S),
    trap(amt(6, "2,156万円", 21560000, role=O, fy=FY), *C), pct(6, "1.7%", 1.7),
    trap(amt(6, "12億6,339万円", 1263390000, role=O, fy=FY), *S),
    pct(6, "4.0%", 4.0), trap(amt(6, "37億5,197万円", 3751970000, role=O, fy=FY), *S),
    fyr(6, "平成29年度", 2017), trap(amt(6, "1億8,230万円", 182300000, role=O, fy=FY), *S),
    fyr(7, "平成29年度", 2017),
    trap(amt(7, "17億832万円", 1708320000, role=O, fy=FY), "企業債残高の減少 (a debt balance's change)",
         "a balance's change, not a budget"),
    cnt(9, "119,963人", 119963, "人"), pct(11, "98.87%", 98.87), cnt(12, "116,804人", 116804, "人"),
    pct(13, "97.37%", 97.37), pct(17, "100%", 100),
    fyr(19, "平成29年度", 2017),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
