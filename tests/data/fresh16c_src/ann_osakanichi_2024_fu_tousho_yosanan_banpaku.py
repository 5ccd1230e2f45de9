from kinds import amt, date, fyr, trap, traps

DOC = "osakanichi_2024_fu_tousho_yosanan_banpaku"
# 大阪日日新聞 (weekly-osakanichi2.net): 大阪府's 2024年度当初予算案 (announced `2月15日`, 2024) and its 万博 items. The body's
# `大阪府の2024年度当初予算案では…計上` labels the items (GUIDE: a label applies to the items under it): `budget`, fy 2024;
# line 5's `24年度の当初予算案` is a two-digit year (no mention) whose century line 8 fixes (fresh13's era-less call).
# Rows: `会場整備の一部を負担する費用…269億6500万円`, `万博関連費を含めると…341億9000万円` (the 万博 family's sum including the
# 269億: an ambiguous row), `高校授業料の完全無償化…228億3300万円余り` (at_least, fresh2's `余り`), `医療機関への設備費用の補助に
# 24億2700万円`, `なにわ筋線…大阪モノレールの延伸に167億5000万円`, `…トイレトレーラー…1億8400万円`. Traps: the budget total
# `総額が3兆1972億円` (`budget`, a prefecture's total), the fund's balance `約2260億円` (`other`, fy null), the drawdown
# `約680億円` (headline `680億円` too: `other`, fy 2024: the drawdown finances the 24年度 budget), the expo's whole
# construction cost `最大2350億円` (`other`, at_most, fy null: an event's cost over several years). `1・9倍`, `4・3倍` ratios
# and `3分の1` no mentions; `2025年大阪・関西万博` a name with a year (no date; fresh2's named events); `2023年11月21日`
# the photo's dates; `来年4月` 2025-04.
B, O = "budget", "other"
M = [
    trap(amt(1, "680億円", 68000000000, role=O, fy=2024), "財政調整基金 取り崩し (見出し)", "a drawdown of a fund"),
    date(3, "2023年11月21日", "2023-11-21"), date(4, "2023年11月21日", "2023-11-21"),
    date(5, "2月15日", "2024-02-15"),
    trap(amt(5, "3兆1972億円", 3197200000000, role=B, fy=2024), "大阪府 24年度当初予算案 総額", "a prefecture's budget total"),
    trap(amt(5, "2260億円", 226000000000, role=O, fy=None, q=("approx",)), "財政調整基金 残高", "a fund's balance"),
    trap(amt(5, "680億円", 68000000000, role=O, fy=2024, q=("approx",)), "財政調整基金 取り崩し", "a drawdown of a fund"),
    amt(5, "228億3300万円", 22833000000, None, role=B, fy=2024, q=("at_least",)),
    fyr(8, "2024年度", 2024), date(8, "来年4月", "2025-04"),
    amt(8, "269億6500万円", 26965000000, role=B, fy=2024),
    amt(8, "341億9000万円", 34190000000, role=B, fy=2024),
    trap(amt(8, "2350億円", None, 235000000000, role=O, fy=None, q=("at_most",)), "万博 会場建設費 総額",
         "an event's whole construction cost over several years, shared by four payers"),
    amt(9, "24億2700万円", 2427000000, role=B, fy=2024),
    amt(9, "167億5000万円", 16750000000, role=B, fy=2024),
    amt(9, "1億8400万円", 184000000, role=B, fy=2024),
]
MIN = "大阪府"


def _row(line: int, text: str, yen: int, program: str, why: str, **kw: object) -> dict:
    return dict(line=line, text=text, budget_yen=yen, fy=2024, program=program, role=B, ministry=MIN, why=why, **kw)


ROWS = [
    _row(5, "228億3300万円", 22833000000, "高校授業料の完全無償化", "`「高校授業料の完全無償化」の費用として、228億3300万円余りを計上`"),
    _row(8, "269億6500万円", 26965000000, "大阪・関西万博 会場整備費負担金",
         "`会場整備の一部を負担する費用(国・府・大阪市・経済界で3分の1ずつ負担)として、269億6500万円`"),
    _row(8, "341億9000万円", 34190000000, "大阪・関西万博関連費",
         "`万博関連費を含めると…341億9000万円を計上`: the 万博 items' sum, the 269億 included",
         ambiguous=True),
    _row(9, "24億2700万円", 2427000000, "協定締結医療機関への設備費用補助", "`府と協定を結ぶ医療機関への設備費用の補助に24億2700万円`"),
    _row(9, "167億5000万円", 16750000000, "なにわ筋線・淀川左岸線延伸部・大阪モノレール延伸",
         "`なにわ筋線や淀川左岸線延伸部の整備、大阪モノレールの延伸に167億5000万円を計上`"),
    _row(9, "1億8400万円", 184000000, "避難所向けトイレ・トイレトレーラー導入",
         "`…「トイレトレーラー」を導入する費用として1億8400万円を計上`"),
]
NOT_ROWS = traps(M)
