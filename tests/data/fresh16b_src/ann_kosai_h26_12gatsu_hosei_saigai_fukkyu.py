from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "kosai_h26_12gatsu_hosei_saigai_fukkyu"
# 湖西市's 平成26年度12月補正予算(追加)案の概要 (PDF text; the city is named by `吉美小学校`, a school of 湖西市). The title's
# 平成26年度 labels every amount: fy 2014. The supplementary's total `535,808千円` (`supplementary_budget`) and the account
# after it `18,660,503千円` (`budget`; the two figures follow their headers `補 正 額` / `補正後の額` in order) are traps;
# the five `〇…事業費(N千円)` are the supplementary's programmes: rows. `事業費100千円以上400千円未満` (the small-works
# grant's eligible range) is ONE closed range `100千円以上400千円`, `other`, no qualifier, a trap (blind audit: fresh5b's
# `1千万円以上5億円以下`, fresh12b's `120万円以上210万円未満`; the annotator had two mentions, at_least and at_most).
# `8月`, `9月` (the rains) dates of 2014; `12月補正` a budget's name (no date, fresh); counts of works `N件`;
# `40%` a percent; `第100号`, `第7号` no mentions.
SB, B, O = "supplementary_budget", "budget", "other"
FY = 2014
M = [
    fyr(1, "平成26年度", FY), fyr(2, "平成26年度", FY),
    date(4, "8月", "2014-08"), date(4, "9月", "2014-09"),
    trap(amt(12, "535,808千円", 535808000, role=SB, fy=FY), "一般会計補正予算(第7号) 補正額", "a supplementary's total"),
    trap(amt(13, "18,660,503千円", 18660503000, role=B, fy=FY), "一般会計 補正後の額", "an account's total after a supplementary"),
    amt(15, "1,431千円", 1431000, role=SB, fy=FY), cnt(17, "1件", 1, "件"),
    amt(18, "222,907千円", 222907000, role=SB, fy=FY),
    cnt(20, "96件", 96, "件"), cnt(20, "22件", 22, "件"), cnt(20, "74件", 74, "件"),
    amt(21, "37,976千円", 37976000, role=SB, fy=FY), cnt(23, "14件", 14, "件"),
    amt(24, "258,494千円", 258494000, role=SB, fy=FY),
    cnt(26, "50件", 50, "件"), cnt(26, "36件", 36, "件"), cnt(26, "13件", 13, "件"), cnt(26, "1件", 1, "件"),
    amt(27, "15,000千円", 15000000, role=SB, fy=FY), cnt(29, "166件", 166, "件"),
    trap(amt(30, "100千円以上400千円", 100000, 400000, role=O, fy=FY), "小規模災害復旧補助 対象事業費 (100千円以上400千円未満)",
         "an eligibility range of a work's cost"),
    pct(31, "40%", 40),
]
MIN = "湖西市"
W = "a programme of the 12月補正予算(追加)案 (`〇name(N千円)`)"


def _row(line: int, text: str, yen: int, program: str) -> dict:
    return dict(line=line, text=text, budget_yen=yen, fy=FY, program=program, role=SB, ministry=MIN, why=W)


ROWS = [
    _row(15, "1,431千円", 1431000, "現年発生公立学校施設災害復旧事業費"),
    _row(18, "222,907千円", 222907000, "現年発生農地等災害復旧事業費"),
    _row(21, "37,976千円", 37976000, "現年発生林業施設災害復旧事業費"),
    _row(24, "258,494千円", 258494000, "現年発生公共土木施設災害復旧事業費"),
    _row(27, "15,000千円", 15000000, "農地等小規模災害復旧補助事業費"),
]
NOT_ROWS = traps(M)
