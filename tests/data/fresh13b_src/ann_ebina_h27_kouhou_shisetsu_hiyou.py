from kinds import amt, dur, fyr, trap, traps

DOC = "ebina_h27_kouhou_shisetsu_hiyou"
# 広報えびな 2015年1月15日号 p.4 (海老名市's public-facilities white paper told to citizens) on its e-book site: chrome,
# then a chart (`〈図2〉`, axis `(億円) 60 50 …` bare) with era-abbreviated year ticks `H27 … H87` (fiscal years, one
# mention each: GUIDE chart axes) and Gregorian ticks `(2015)` … (bare, no mentions), then `〈表2〉将来費用に対する不足額`
# flattened: per decade `将来費用`, `投資限度額` (a cap under its `限度額` header: at_most, min null; blind audit, GUIDE
# `上限` headers, fresh11b/fresh12b/fresh12c `限度額`), `投資限度額の過不足` (`▲N億円`, minus) and `年あたり` (per year: the
# column header gives per `year`, NEW, arguable: fresh12b's `(月額)` header gave its cells per month), and `総計`. All
# `other` (cost estimates, a spending limit, shortfalls, averages), fy null (`1 ~ 10年目` ordinals of time, no fiscal
# year), traps. The issue name `2015年1月15日号` is no date (GUIDE: named issues). The garbled two-column tail: `65年`
# (建物の耐用年数) a duration; `2065年間` is the other column's `20` (of the split `00億円`) before `65年間` (a duration;
# blind audit: first written as a date `2065年`); `前後15年` a duration (blind audit); `00億円`, `60年`, `42`, `030)年`
# are split from their digits (no mention, NEW). `4/24` a page number.
O = "other"
F, L, S, Y = "将来費用", "投資限度額", "投資限度額の過不足", "過不足 年あたり"
R = {F: "a projected cost of renewal over a decade, no budget", L: "an assumed spending limit (a cap: 限度額), no budget",
     S: "a projected shortfall, no budget", Y: "a projected shortfall per year on average, no budget"}


def row(period: str, vals: list[tuple[str, int]]) -> list[dict]:
    out = []
    for (text, v), col in zip(vals, (F, L, S, Y)):
        lo, q = (None, ("at_most",)) if col == L else (v, ())
        out.append(trap(amt(13, text, lo, v, role=O, q=q, per="year" if col == Y else None), f"{period} {col}", R[col]))
    return out


M = [fyr(13, t, 1988 + int(t[1:])) for t in ("H27", "H32", "H37", "H42", "H47", "H52", "H57", "H62", "H67", "H72",
                                             "H77", "H82", "H87")]
M += row("1~10年目", [("303億円", 30300000000), ("173億円", 17300000000), ("▲130億円", -13000000000), ("▲13.0億円", -1300000000)])
M += row("11~20年目", [("230億円", 23000000000), ("173億円", 17300000000), ("▲57億円", -5700000000), ("▲5.7億円", -570000000)])
M += row("21~30年目", [("323億円", 32300000000), ("173億円", 17300000000), ("▲150億円", -15000000000), ("▲15.0億円", -1500000000)])
M += row("31~40年目", [("465億円", 46500000000), ("173億円", 17300000000), ("▲292億円", -29200000000), ("▲29.2億円", -2920000000)])
M += row("41~50年目", [("460億円", 46000000000), ("173億円", 17300000000), ("▲287億円", -28700000000), ("▲28.7億円", -2870000000)])
M += row("51~60年目", [("316億円", 31600000000), ("173億円", 17300000000), ("▲143億円", -14300000000), ("▲14.3億円", -1430000000)])
M += row("61~65年目", [("228億円", 22800000000), ("87億円", 8700000000), ("▲141億円", -14100000000), ("▲28.3億円", -2830000000)])
M += row("総計", [("2,325億円", 232500000000), ("1,125億円", 112500000000), ("▲1,201億円", -120100000000), ("▲18.5億円", -1850000000)])
M += [dur(13, "65年", 65, "year"), dur(13, "65年間", 65, "year"), dur(13, "15年", 15, "year")]
ROWS: list = []
NOT_ROWS = traps(M)
