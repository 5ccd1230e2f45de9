from kinds import amt, dur, trap, traps

DOC = "kamikoani_kojo_yuchi_jorei_beppyo"
# 秋田県上小阿仁村's 工場誘致条例 as stored by its 例規集 (lg.joureikun.jp): the table of contents and the 別表 only. The
# enactment and amendment lines `(昭和44年11月24日条例第19号)`, `平成29年3月14日条例第8号` … are law numbers: no mentions
# (GUIDE: years inside law and notice numbers; NEW for a full date inside an ordinance number, arguable). The grants:
# `年額20万円` / `年額30万円` per employee `support`, per `year` (`年額`), fy null; the cap `1企業につき年額1千万円を限度`
# `support`, at_most, min null, per `year`. Durations `5年間`, `3年の間に` 3 year, `1年以上` at_least, `3年間`.
S = "support"
AM = ("at_most",)
M = [
    dur(18, "5年間", 5, "year"),
    dur(19, "3年", 3, "year"),
    dur(19, "1年", 1, "year", None, q=("at_least",)),
    trap(amt(19, "20万円", 200000, role=S, per="year"), "雇用奨励金 従業員1人につき年額", "a grant per employee and year"),
    trap(amt(19, "30万円", 300000, role=S, per="year"), "雇用奨励金 村内居住の従業員1人につき年額",
         "a grant per employee and year"),
    dur(19, "3年間", 3, "year"),
    trap(amt(19, "1千万円", None, 10000000, role=S, q=AM, per="year"), "雇用奨励金 1企業につき年額限度",
         "a cap per company and year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
