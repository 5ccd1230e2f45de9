from kinds import cnt, date, dur

DOC = "murakami_shitei_kanri_qa"
# 新潟県村上市's Q&A on its designated-manager system: the standard designation periods (`公募による指定の場合は3年`,
# `限定指定の場合は5年`, `…10年を標準期間`, a renewal of `5年`), durations; `3つ` a count; the update date. No amounts,
# no rows. `記事ID:0050161` no mention.
M = [
    date(5, "2021年9月1日", "2021-09-01"),
    dur(13, "3年", 3, "year"), dur(13, "5年", 5, "year"), dur(13, "10年", 10, "year"),
    dur(14, "5年", 5, "year"),
    cnt(16, "3つ", 3, "つ"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
