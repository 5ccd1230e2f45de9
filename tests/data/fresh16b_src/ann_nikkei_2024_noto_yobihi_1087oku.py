from kinds import amt, date, fyr, trap, traps

DOC = "nikkei_2024_noto_yobihi_1087oku"
# 日本経済新聞's article (archived by megalodon.jp; the article id `…4A910…` is 2024-09-10) on the cabinet's use of the
# 2024年度予算's 予備費 for the 能登半島地震. NEW for this shape: money decided from the reserve (予備費使用) is `budget` of the
# reserve's fiscal year (2024: `2024年度予算の予備費から`, and `24年度予算` fixes the era-less year, fresh15a's `5年度` call):
# the decision's total `1087億円` (headline and body) a trap; its uses `道路などの災害復旧事業に711億円`, `農業施設などの復旧事業に
# 231億円`, `被災した農家の支援や農地防災事業にもそれぞれ40億円、36億円` rows (`ministry` 政府: the text names no ministry;
# NEW, arguable: a reader could take reserve uses as no budget rows at all). The six uses' sum `総額は約6600億円` (`budget`,
# fy null: it spans the 2023 and 2024 reserves), the reserve's size `5000億円から1兆円に` (`budget` 2024) and its balance
# `残額は6118億円` (`other` 2024) are traps. `10日` 2024-09-10 (twice); `1月` the quake's month, 2024-01; `6回目` an
# ordinal; `24年度` an era-less year (no mention).
B, O = "budget", "other"
FY = 2024
M = [
    trap(amt(1, "1087億円", 108700000000, role=B, fy=FY), "予備費使用 総額 (見出し)", "the total of a reserve-use decision"),
    date(2, "10日", "2024-09-10"), fyr(2, "2024年度", FY),
    trap(amt(2, "1087億円", 108700000000, role=B, fy=FY), "予備費使用 総額", "the total of a reserve-use decision"),
    trap(amt(2, "6600億円", 660000000000, role=B, q=("approx",)), "能登地震に関する予備費支出 6回の総額",
         "a sum of six reserve uses over two fiscal years"),
    date(3, "10日", "2024-09-10"),
    amt(4, "711億円", 71100000000, role=B, fy=FY), amt(4, "231億円", 23100000000, role=B, fy=FY),
    amt(4, "40億円", 4000000000, role=B, fy=FY), amt(4, "36億円", 3600000000, role=B, fy=FY),
    date(5, "1月", "2024-01"),
    trap(amt(5, "5000億円", 500000000000, role=B, fy=FY), "2024年度 一般会計 予備費 (倍増前)", "the reserve's size, not a programme"),
    trap(amt(5, "1兆円", 1000000000000, role=B, fy=FY), "2024年度 一般会計 予備費 (倍増後)", "the reserve's size, not a programme"),
    trap(amt(5, "6118億円", 611800000000, role=O, fy=FY), "予備費の残額", "a balance"),
]
W = "a use decided from the 2024年度 reserve (`…に N円を充てる` / `支出した`)"


def _row(text: str, yen: int, program: str) -> dict:
    return dict(line=4, text=text, budget_yen=yen, fy=FY, program=program, role=B, ministry="政府", why=W)


ROWS = [
    _row("711億円", 71100000000, "道路などの災害復旧事業"),
    _row("231億円", 23100000000, "農業施設などの復旧事業"),
    _row("40億円", 4000000000, "被災した農家の支援"),
    _row("36億円", 3600000000, "農地防災事業"),
]
NOT_ROWS = traps(M)
