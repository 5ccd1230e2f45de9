from kinds import amt, cnt, fyr, trap, traps

DOC = "atwiki_dokuhou_h21_yosan"
# An FAQ wiki's answer on 独立行政法人全体の予算, quoting 総務省's 独立行政法人評価年報: the prose gives the 平成21年度 total of
# 99 bodies and the changes from the year before, then the 収入 breakdown as a table under `金額(百万円) 比率(%)` with bare
# cells (`運営費交付金 1,610,128 2.5`): no mentions, so no row and no trap (GUIDE; fresh11a). Every amount with a unit is an
# aggregate: the 99 bodies' total `budget` FY2009 (the 当初予算, measured on its revenue side; a trap); the decrease
# `15兆1,636億円` and the two bodies' decreases `other` FY2009 (fresh24a's changes: the year's fy, `20年度と21年度` fixed by
# 平成21年度 on line 4, fresh4), traps; `1兆円以上` a threshold: `other`, at_least, fy null (fresh24a's `100兆円を超え`),
# a trap. Not mentions: `(平成20年度版)` and `「…平成21年度計画における予算額(収入)(p13)」` (an edition label and a
# quoted title: GUIDE), `第1部`, `第4節`, `資料11-5`, the URLs, `(注1)` … `(注5)`, `小数点第2位`, era-less `20年度`, `21年度`.
O, FY = "other", 2009
M = [
    fyr(4, "平成21年度", FY), cnt(4, "99法人", 99, "法人"),
    trap(amt(4, "63兆2,069億円", 63206900000000, fy=FY), "独立行政法人全体の当初予算(収入)", "an aggregate of 99 bodies' budgets"),
    trap(amt(5, "15兆1,636億円", 15163600000000, role=O, fy=FY), "予算額の減少", "a change of the aggregate"),
    trap(amt(5, "1兆円", 1000000000000, None, role=O, q=("at_least",)), "1兆円以上予算が増加した法人",
         "a threshold, no body's budget"),
    trap(amt(5, "11兆6,674億円", 11667400000000, role=O, fy=FY), "年金積立金管理運用に係る予算の減少", "a body's decrease"),
    trap(amt(5, "2兆50億円", 2005000000000, role=O, fy=FY), "郵便貯金・簡易生命保険管理機構に係る予算の減少", "a body's decrease"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
