from kinds import amt, cnt, dur, trap, traps

DOC = "shinkamigoto_r6_kaigo_hokenryo"
# 長崎県新上五島町's 広報しんかみごとう 令和6年6月号 (an edition label, no date) on the new premium: its block stands twice
# in the stored page and is annotated twice. `(新)基準額:7,200円` and the old `7,100円`: `other`, per `month` (NEW,
# arguable: the page writes no 月額, but its own formula `年間保険料→基準額×保険料率×12月` makes the 基準額 a monthly
# figure), fy null, traps; the rise `100円増` `other` per `month`. `×12月` is twelve months in a formula: a duration of 12
# months (NEW, arguable: not the month December). `13段階` a count of premium bands. Phone numbers no mentions.
O = "other"
PREM = "the standard premium (基準額) a resident pays, a charge, no appropriation"


def block(a: int) -> list[dict]:
    return [
        cnt(a, "13段階", 13, "段階"),
        dur(a + 1, "12月", 12, "month"),
        trap(amt(a + 2, "7,200円", 7200, role=O, per="month"), "介護保険料 (新)基準額", PREM),
        trap(amt(a + 2, "7,100円", 7100, role=O, per="month"), "介護保険料 旧基準額", PREM),
        amt(a + 2, "100円", 100, role=O, per="month"),
    ]


M = block(4) + block(9)
ROWS: list[dict] = []
NOT_ROWS = traps(M)
