from kinds import amt, date, pct, trap, traps

DOC = "kato_2022_gikai_zaidan_keiei"
# chiholog's search page: hit header `加東市議会 2022-06-03 06月03日-01号` (two dates) and snippets of the council's
# reports on a foundation's (やしろ国際学習塾's operator) settled accounts, stored twice, plus snippets without a header.
# Settled 事業費, 管理費, 経常費用合計, 当期経常増減額, 正味財産期末残高: `other`, fy null (no year written), traps. Line 5:
# a budget's expense class `印刷製本費には30万5,000円` (`予算を今年度から反映`): `budget`, fy null (`今年度` of an unnamed
# record), a trap (an expense class, no programme), and its change `85万5,000円の減` `other`, a trap. `100%以下` at_most;
# `100を超えて` a bare number; `16ページ`, `17ページ` page references no mentions.
O = "other"


def _lines(n: int) -> list[dict]:
    return [
        trap(amt(n, "9,740万3,007円", 97403007, role=O), "財団 経常費用 事業費", "a settled expense line"),
        trap(amt(n, "434万4,055円", 4344055, role=O), "財団 管理費 (やしろ国際学習塾 施設管理費)", "a settled expense line"),
        trap(amt(n, "1億174万7,062円", 101747062, role=O), "財団 経常費用合計", "a settled total"),
        trap(amt(n, "260万9,814円", 2609814, role=O), "財団 当期経常増減額 (黒字)", "a settled result"),
        trap(amt(n, "4億1,889万3,538円", 418893538, role=O), "財団 正味財産期末残高", "a balance"),
    ]


M = [
    date(1, "2022-06-03", "2022-06-03"),
    date(1, "06月03日", "2022-06-03"),
    *_lines(2),
    *_lines(3),
    pct(4, "100%", None, 100, q=("at_most",)),
    trap(amt(5, "30万5,000円", 305000, role="budget"), "印刷製本費 (総合素材展の出展形式変更を反映した予算)",
         "an expense class of a body's budget, no programme"),
    trap(amt(5, "85万5,000円", 855000, role=O), "印刷製本費 減額", "a change against the year before"),
    trap(amt(6, "8,707万4,406円", 87074406, role=O), "財団 経常費用 事業費 (another year)", "a settled expense line"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
