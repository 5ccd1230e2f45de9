from kinds import amt, date, fyr

DOC = "meti_r2_hosei3_pr_vdocuments"
# 経済産業省's 令和2年度第3次補正予算の事業概要 (PR資料), the one-programme-a-page booklet, as a transcript site
# prints it: the site's summary of the first page (`Page 1:`, repeated under `Page 2:`) reads the first programme sheet:
# `コンテンツグローバル需要創出促進事業 令和2年度第3次補正予算案額 401.3億円 商務情報政策局コンテンツ産業課`.
# The figure is supplementary_budget FY2020, the programme's own (a row); its copy under `Page 2:` is an ambiguous
# row (fresh8a's transcript-site repeats). `予算案額` is no `（案）`: no draft. `令和3年1⽉` (a Kangxi 月) a date;
# `第3次` an ordinal; `Page 1:` a page label.
S, FY = "supplementary_budget", 2020
M = [
    fyr(1, "令和2年度", FY),
    fyr(2, "令和2年度", FY), date(2, "令和3年1⽉", "2021-01"),
    fyr(3, "令和2年度", FY), fyr(3, "令和2年度", FY), amt(3, "401.3億円", 40130000000, role=S, fy=FY),
    fyr(4, "令和2年度", FY), date(5, "令和3年1⽉", "2021-01"),
    fyr(6, "令和2年度", FY), fyr(6, "令和2年度", FY), amt(6, "401.3億円", 40130000000, role=S, fy=FY),
]
W = "a programme sheet's `令和2年度第3次補正予算案額 N円` beside its name and bureau (課)"
ROWS = [
    dict(line=3, text="401.3億円", budget_yen=40130000000, fy=FY, program="コンテンツグローバル需要創出促進事業", role=S,
         why=W, ministry="経済産業省"),
    dict(line=6, text="401.3億円", budget_yen=40130000000, fy=FY, program="コンテンツグローバル需要創出促進事業", role=S,
         why=W, ministry="経済産業省", ambiguous=True, note="the transcript site's repeat of its summary (`Page 2:`)"),
]
NOT_ROWS: list = []
