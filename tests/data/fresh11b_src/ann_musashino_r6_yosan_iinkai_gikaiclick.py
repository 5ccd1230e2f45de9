from kinds import amt, dur, rank

DOC = "musashino_r6_yosan_iinkai_gikaiclick"
# 武蔵野市 (東京都), its finance officer answering in the 令和6年度予算特別委員会 (gikai.click's transcript; the year is in
# the address only): the text writes NO year, fy null on every amount, the row `fy_alt: [2024]`. Figures in 億 without
# 円 in a money sentence are amounts (fresh2's `市債は152億`). `800億` (twice) is a threshold the budget passed:
# other, at_least (blind audit), a trap (as fresh3's 庄原市 `300億円を下回り`); `815億` the budget's size (this
# budget's 一般会計): budget, a trap; `学校改築事業…約63億円` a programme's figure: a row (approx); `投資的経費は…
# 125億` an expense class: other, a trap. `4年連続` and `ここ20年` durations; `2番目` a rank; `21454` the
# transcript's speech number and `六長調` (第六期長期計画・調整計画) no mentions.
B, O = "budget", "other"
AL = ("at_least",)  # a threshold the budget is said to pass (`超える`): fresh4 / fresh5b audit, `110兆円を超えて`, `3千億円の大台を突破`
M = [
    dur(1, "4年", 4, "year"), amt(1, "800億", 80000000000, None, role=O, q=AL), amt(1, "800億", 80000000000, None, role=O, q=AL),
    amt(1, "815億", 81500000000, role=B), amt(1, "63億円", 6300000000, role=B, q=("approx",)),
    dur(1, "20年", 20, "year"), rank(1, "2番目", 2), amt(1, "125億", 12500000000, role=O),
]
ROWS = [dict(line=1, text="63億円", budget_yen=6300000000, fy=None, fy_alt=[2024], program="学校改築事業", role=B,
             why="a programme's figure in the finance officer's answer on the budget (約63億円)")]
NOT_ROWS = [
    dict(line=1, text="800億", value_yen=80000000000, fy=None, mention_role=O, what="800億を超えた (a threshold)", reason="threshold, no budget"),
    dict(line=1, text="815億", value_yen=81500000000, fy=None, mention_role=B, what="予算規模", reason="account total"),
    dict(line=1, text="125億", value_yen=12500000000, fy=None, mention_role=O, what="投資的経費", reason="expense class"),
]
