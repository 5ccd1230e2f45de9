from kinds import amt, date

DOC = "qsr_osumi_r6_nyusatsu_chosho"
# 国土交通省 九州地方整備局 大隅河川国道事務所's 入札調書 (総合評価落札方式) of one works contract, opened 令和 7年 2月18日: a
# table flattened one cell a line. The bids (`132,000`, `131,450` …) stand bare under `(単価:千円)`: bare cells under a
# unit header are no mentions (fresh4 堺市, fresh7b, fresh9b 池田市), nor the scores (`71.5000`, `171.5000`, `129.9242`),
# the factor `「100,000,000」`, `第1回` (an ordinal, GUIDE), `(第4工区)`, `10時00分` (a clock time). The one amount is the
# 予定価格 `144,960,000円` (消費税を除く): a contract's reserve price, `other` (GUIDE: contracts), fy null (no fiscal year
# is written; the R6 of the address names the fiscal year of the works, but the page itself states none), a trap.
# The date keeps the spaces of the page (`令和 7年 2月18日`). The last line, cut inside `131,320,00`, was trimmed.
O = "other"
M = [
    date(4, "令和 7年 2月18日", "2025-02-18"),
    amt(83, "144,960,000円", 144960000, role=O),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=83, text="144,960,000円", value_yen=144960000, fy=None, mention_role=O, what="予定価格(消費税を除く)",
         reason="a works contract's reserve price (other), no budget"),
]
