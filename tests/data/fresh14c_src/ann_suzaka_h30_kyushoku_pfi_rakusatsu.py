from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "suzaka_h30_kyushoku_pfi_rakusatsu"
# 新建新聞社's news (senmonshi.com, 2018/07/18): 須坂市 chose the winner of its school lunch centre PFI (BTO) contract.
# The headline's `46億` (no 円, a clipped figure: an amount, fresh's headline `2億`), `落札金額は46億4113万円` (twice),
# `予定価格=48億1056万円`: `other` (contract figures of a 17-year PFI contract), fy null, traps; `対予価率96.47%` a percent.
# The scores `725点` … `296.42点`: counts of 点 (NEW, arguable, as the README's call 4). `9月議会` a date 2018-09 (a
# session named by its month); `2020年度の夏` a fiscal year 2020; `2学期` a term's ordinal; `7月下旬` 2018-07 (下旬
# dropped as 半ば); `事業期間=2018年9月〜2035年7月31日` one range; `413−1` an address.
O = "other"
M = [
    date(5, "2018/07/18", "2018-07-18"),
    trap(amt(6, "46億", 4600000000, role=O), "見出し 46億で落札", "the winning bid clipped in a headline, a contract figure, not a budget"),
    date(7, "7月18日", "2018-07-18"),
    trap(amt(7, "46億4113万円", 464113000 * 10, role=O), "落札金額", "the winning bid of a PFI contract, not a budget"),
    date(9, "9月", "2018-09"), fyr(9, "2020年度", 2020),
    cnt(10, "725点", 725, "点"), cnt(10, "425点", 425, "点"), cnt(10, "300点", 300, "点"),
    cnt(10, "648.92点", 648.92, "点"), cnt(10, "352.5点", 352.5, "点"), cnt(10, "296.42点", 296.42, "点"),
    date(10, "7月", "2018-07"),
    trap(amt(13, "46億4113万円", 464113000 * 10, role=O), "落札金額 (対予価率96.47%)", "the winning bid of a PFI contract, not a budget"),
    pct(13, "96.47%", 96.47),
    trap(amt(14, "48億1056万円", 4810560000, role=O), "予定価格", "the estimated price of a PFI contract, not a budget"),
    date(15, "2018年9月〜2035年7月31日", "2018-09", "2035-07-31"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
