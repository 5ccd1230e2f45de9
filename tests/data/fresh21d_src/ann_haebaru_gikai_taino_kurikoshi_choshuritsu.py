from kinds import fyr, pct

DOC = "haebaru_gikai_taino_kurikoshi_choshuritsu"
# 沖縄県南風原町議会's minutes (an answer on the budget's 滞納繰越分 徴収率 of 個人住民税 and 固定資産税): rates written
# `パーセント` (percents; `27パーセント` twice on its line), `マイナス1.2パーセント` -1.2 (as an earlier set's
# `マイナス41・1%`). Only `平成20年度` carries an era; the era-less `21年度`, `22年度`, `19年度`, `20年度`, `20年以前`
# and the bare `19` are no mentions; `13ページ`, `14ページ` page references. No amount.
M = [
    fyr(1, "平成20年度", 2008),
    pct(1, "40パーセント", 40),
    pct(1, "27パーセント", 27),
    pct(1, "31.9パーセント", 31.9),
    pct(1, "27パーセント", 27),
    pct(1, "21.5パーセント", 21.5),
    pct(1, "26.2パーセント", 26.2),
    pct(2, "マイナス1.2パーセント", -1.2),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
