from kinds import cnt, fyr

DOC = "tajiri_tochitsu_kijun_zaimu"
# 大阪府田尻町's page on its 統一的な基準 財務書類, with the 附属明細書 of three years. The year-less `3月31日` (会計年度末, every year)
# and the 出納整理期間 `4月1日~5月31日` (of any year) are no dates (fresh14d: recurring schedules); `3つの区分` a count of `つ`;
# `平成30年度`, `平成29年度`, `平成28年度` fiscal years; file sizes (`217.3KB`) no mentions. No amounts.
M = [
    cnt(6, "3つ", 3, "つ"),
    fyr(7, "平成30年度", 2018),
    fyr(8, "平成29年度", 2017),
    fyr(9, "平成28年度", 2016),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
