from kinds import amt, cnt, date, fyr, trap, traps

DOC = "arakawa_r6_chusho_yushi_yoko"
# 東京都荒川区's 令和6年度中小企業融資要綱 (its reiki page), cut by the length limit inside 第2条: the title's `令和6年度` is a
# fiscal year (2024), the enactment date `令和6年2月22日`; the 中小企業者 definition's capital ceilings (`1億円以下`,
# `5,000万円以下`) are `other`, at_most, fy null (a definition, not money of the scheme), traps; its staff ceilings counts of 人
# at_most, `4人以上` at_least. Notice and law numbers (`5荒産経第2034号`, `昭和25年法律第264号`), chapter and article numbers
# are no mentions.
O = "other"
DEF = "a capital ceiling in the definition of 中小企業者: a threshold, not money of the scheme"
M = [
    fyr(1, "令和6年度", 2024),
    date(2, "令和6年2月22日", "2024-02-22"),
    trap(amt(18, "1億円以下", None, 100000000, role=O, q=("at_most",)), "中小企業者の定義 資本金 (卸売業)", DEF),
    cnt(18, "100人以下", None, "人", hi=100, q=("at_most",)),
    trap(amt(19, "5,000万円以下", None, 50000000, role=O, q=("at_most",)), "中小企業者の定義 資本金 (小売業・サービス業)", DEF),
    cnt(19, "50人以下", None, "人", hi=50, q=("at_most",)),
    cnt(19, "100人以下", None, "人", hi=100, q=("at_most",)),
    cnt(19, "200人以下", None, "人", hi=200, q=("at_most",)),
    cnt(20, "4人以上", 4, "人", hi=None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
