from kinds import amt, pct, trap, traps

DOC = "news47_2016_tokyo_gorin_kouhi_futan"
# 47NEWS (共同通信, 2016-12): the Tokyo 2020 organising committee's whole budget plan and the public share it asks of 東京都,
# the government and local governments, in kanji numerals. The committee's `予算の全体額は一兆六千億~一兆八千億円程度` (`budget`,
# fy null: an organiser's whole-event budget, approx from `程度`; japantoday's `当初予算` call); the public share `計一兆一千百億~
# 一兆三千四百億円` and its breakdown (`合計八千二百億円とした大会運営費が半分の四千百億円`, `仮設施設の整備費が全体の三千三百億円の
# 七割超にあたる二千四百億円`): `other`, fy null. All traps. `七割超` 70.. at_least; `二〇二〇年東京五輪` a name with a year (no
# mention); `半分` no mention.
B, O = "budget", "other"
R = "an event's cost over several years or a payer's share of it, not a year's budget"
M = [
    trap(amt(1, "一兆一千百億~一兆三千四百億円", 1110000000000, 1340000000000, role=O), "公費負担 想定額", R),
    trap(amt(2, "一兆六千億~一兆八千億円", 1600000000000, 1800000000000, role=B, q=("approx",)), "組織委 予算の全体額",
         "an organiser's whole-event budget, not a government programme's budget of a year"),
    trap(amt(2, "八千二百億円", 820000000000, role=O), "大会運営費 合計", R),
    trap(amt(2, "四千百億円", 410000000000, role=O), "大会運営費 公費負担分", R),
    trap(amt(2, "三千三百億円", 330000000000, role=O), "仮設施設 整備費 全体", R),
    pct(2, "七割", 70, None, q=("at_least",)),
    trap(amt(2, "二千四百億円", 240000000000, role=O), "仮設施設 整備費 公費負担分", R),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
