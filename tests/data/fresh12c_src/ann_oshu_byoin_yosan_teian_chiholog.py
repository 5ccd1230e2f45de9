from kinds import amt, date

DOC = "oshu_byoin_yosan_teian_chiholog"
# 岩手県奥州市議会: one hit of a minutes search, the articles of a hospital account's budget read at the session. The
# 債務負担行為 `賃貸借限度額4,101万6,000円` (a debt-burden ceiling: other, at_most, min null, fy null as fresh11b's 熊本市) and
# `一時借入金の限度額6億円` (a temporary-borrowing ceiling: other, at_most, min null) are caps, traps; the expense classes
# that may not be 流用 without the assembly, `職員給与費を17億7,658万2,000円、交際費50万円`, are the account's figures for two
# kinds of expense: other, traps (blind audit: a split by kind of expense is `other` in every earlier set: fresh2's 新潟県
# 職員給与費, fresh8b's 人件費, fresh11b's 義務的経費; the annotator's `budget` cited fresh11b, which reads them `other`).
# No fiscal year is written: fy null throughout.
# `2012-12-24` a date; `02月24日-01号` the record's label with a year-less date, read in the deck's year (2012-02-24;
# NEW, arguable: a record number, or the next February).
O, AM = "other", ("at_most",)
M = [
    date(1, "2012-12-24", "2012-12-24"), date(1, "02月24日", "2012-02-24"),
    amt(1, "4,101万6,000円", None, 41016000, role=O, q=AM), amt(1, "6億円", None, 600000000, role=O, q=AM),
    amt(1, "17億7,658万2,000円", 1776582000, role=O), amt(1, "50万円", 500000, role=O),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=1, text="4,101万6,000円", value_yen=41016000, fy=None, mention_role=O,
         what="債務負担行為 消化器内視鏡システムの賃貸借 限度額", reason="a debt-burden ceiling, not an appropriation"),
    dict(line=1, text="6億円", value_yen=600000000, fy=None, mention_role=O, what="一時借入金の限度額",
         reason="a ceiling of temporary borrowing"),
    dict(line=1, text="17億7,658万2,000円", value_yen=1776582000, fy=None, mention_role=O,
         what="議会の議決を経なければ流用できない経費: 職員給与費", reason="a split of the account by kind of expense, not a programme"),
    dict(line=1, text="50万円", value_yen=500000, fy=None, mention_role=O,
         what="議会の議決を経なければ流用できない経費: 交際費", reason="a split of the account by kind of expense, not a programme"),
]
