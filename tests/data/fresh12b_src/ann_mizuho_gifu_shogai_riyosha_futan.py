from kinds import amt, date, pct, trap, traps

DOC = "mizuho_gifu_shogai_riyosha_futan"
# 岐阜県瑞穂市's guide to the user charge of disability services: each figure under the header `上限額(月額)` (line 5) is
# the most a household of that class pays a month: a cap (at_most, min null: the GUIDE's rule for a table headed `上限`),
# per `month` (the header's `(月額)`), fy null; `0円` a cap of zero (null..0, as fresh10a's `4人以下 0円`). Role `other`
# (blind audit; the annotator had `support` by the GUIDE's header rule): the cap bounds a charge the RESIDENT pays, not
# a grant; the role follows what is capped (fresh7b's recipient's own share `2,000円の負担` `other`; fresh11b's
# 熊本市 債務負担行為 `限度額` `other`, at_most), as this set's fees and premiums are `other`.
# The income limits of the classes `年収80万円以下`, `住民税所得割16万円未満`, `…28万円未満` are `other`, at_most, per null
# (as fresh10a's `年商10億円未満`). All traps. `費用の1割`, `残りの9割` are percents (10, 90). Not mentions: the class
# names `低所得1`, `一般1`, `一般2`.
O = "other"
t = trap


CAP = "a cap of the monthly user charge a resident pays (other), no budget"
LIM = "an income limit of a class (other), no budget"


def cap(line: int, text: str, value: int, what: str) -> dict:
    return t(amt(line, text, None, value, role=O, q=("at_most",), per="month"), f"利用者負担の上限額(月額) {what}", CAP)


def lim(line: int, text: str, value: int, what: str) -> dict:
    return t(amt(line, text, None, value, role=O, q=("at_most",)), what, LIM)


M = [
    date(1, "2019年4月24日", "2019-04-24"),
    pct(2, "1割", 10), pct(2, "9割", 90),
    cap(7, "0円", 0, "生活保護"),
    lim(8, "80万円", 800000, "低所得1 保護者の年収"), cap(8, "0円", 0, "低所得1"),
    cap(9, "0円", 0, "低所得2"),
    lim(12, "16万円", 160000, "一般1 障がい者 住民税所得割"),
    lim(13, "28万円", 280000, "一般1 障がい児 住民税所得割"),
    cap(14, "9,300円", 9300, "一般1 障がい者"),
    cap(15, "4,600円", 4600, "一般1 障がい児"),
    cap(16, "37,200円", 37200, "一般2"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
