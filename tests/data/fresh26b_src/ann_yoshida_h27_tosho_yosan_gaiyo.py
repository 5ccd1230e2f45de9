from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "yoshida_h27_tosho_yosan_gaiyo"
# 吉田町 (静岡県)'s 平成27年度 当初予算 概要 (a PDF's text on expydoc, one line): the contents, the `予算の骨格` with the
# accounts' totals and changes in prose (with their units), then `主な事業` as a table flattened: `項 目 … 内 容 … 予算額(千円)`
# then each item's name, its description and its figure bare (`17,074`, `44,440`, `10,000`). The item figures are bare
# cells under the column's unit: no mentions, so no row (GUIDE; fresh11a) — the deck's programmes have no row. Everything
# with a unit is an account total or a change: traps, the title's FY2015 (GUIDE: the title labels the document). The
# changes `対前年当初比6億9,200万円の減少` etc. `other` unsigned (fresh24a's increases; the word carries the direction);
# `(6.8%減)`, `11.1%増`, `2.5%減` percents unsigned (fresh11a's `(1.2%減)`). Counts: `6つの柱` and the slogan's `5つの道`
# (つ; fresh24a's `5つの柱`), `特別会計(5会計)` 5 会計. Not mentions: `P 1` … `P 11` page references, `第4次`, `1つ目の道`
# (an ordinal), `(1)` … `(4)`.
B, O, FY = "budget", "other", 2015
M = [
    fyr(1, "平成27年度", FY), date(1, "平成27年3月", "2015-03"), cnt(1, "6つ", 6, "つ"), cnt(1, "5つ", 5, "つ"),
    trap(amt(1, "94億7,500万円", 9475000000, fy=FY), "一般会計", "the general-account total"),
    pct(1, "6.8%", 6.8),
    trap(amt(1, "6億9,200万円", 692000000, role=O, fy=FY), "一般会計 対前年当初比", "a change of the account total"),
    cnt(1, "5会計", 5, "会計"),
    trap(amt(1, "67億2,155万6千円", 6721556000, fy=FY), "特別会計(5会計)", "the special accounts' total"),
    trap(amt(1, "6億7,127万4千円", 671274000, role=O, fy=FY), "特別会計 対前年当初比", "a change of the accounts' total"),
    pct(1, "11.1%", 11.1),
    trap(amt(1, "9億3,069万4千円", 930694000, fy=FY), "企業会計(水道企業)", "an enterprise account's total"),
    trap(amt(1, "2,349万8千円", 23498000, role=O, fy=FY), "企業会計 対前年当初比", "a change of the account total"),
    pct(1, "2.5%", 2.5),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
