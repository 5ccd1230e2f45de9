from kinds import amt, dur, fyr, pct, trap, traps

DOC = "kakogawa_h28_shisetsu_kanri_keikaku"
# 加古川市's 公共施設等総合管理計画 (本編) p.38 as its e-book site stores it: a chart flattened into one line (axis
# numbers bare, no mentions), then the estimate: the renewal cost to 平成67年度 (`約2,753億円`), the yearly averages
# (`約70.6億円/年` with the life extension, `93.6億円/年` without, the cut `約23億円/年`), the yearly amount the
# 中期財政計画 provides (`約38.8億円/年`, over `H28~37`) and the gap (`約31.8億円`). All `other` (cost estimates,
# averages, an effect, a gap: brief; fresh11a's NICT estimate), fy null (a span, no one year), per year where `/年` is
# written, traps. `平成67年度までの` a fiscal year null..2055 at_most (GUIDE `…年度末までに`). `H28~37` one fiscal-year
# mention 2016..2025. `60年で建て替える` durations; `40年目`, `60年目`, `20年目` ordinals of time; `約1.8倍` a ratio;
# `68.8万㎡` a physical unit: no mentions. `38/51` a page number.
O = "other"
A = ("approx",)
E = "a cost estimate over a long horizon (other), no budget"
Y = "a yearly average of a cost estimate (other), no budget"


def a(text: str, v: int, what: str, why: str, per: str | None = "year", q: tuple = A) -> dict:
    return trap(amt(3, text, v, role=O, q=q, per=per), what, why)


M = [
    fyr(3, "平成67年度", None, 2055, q=("at_most",)),
    a("2,753億円", 275300000000, "平成67年度までの更新等に係る費用の試算(総額)", E, per=None),
    fyr(3, "H28~37", 2016, 2025),
    a("38.8億円", 3880000000, "中期財政計画で見込む更新等に係る経費 (H28~37平均)", "the yearly amount a fiscal plan provides on average, no budget"),
    dur(3, "60年", 60, "year"),
    a("70.6億円", 7060000000, "長寿命化の場合の年平均 (図)", Y),
    a("23億円", 2300000000, "縮減効果 (図)", "an effect of a measure (a yearly cut), no budget"),
    pct(3, "25%", 25),
    fyr(3, "平成67年度", None, 2055, q=("at_most",)),
    a("70.6億円", 7060000000, "長寿命化の場合の年平均", Y),
    dur(3, "60年", 60, "year"),
    a("93.6億円", 9360000000, "60年で建て替える場合の年平均", Y, q=()),
    pct(3, "25%", 25, q=A),
    a("38.8億円", 3880000000, "中期財政計画で見込む更新等に係る経費", "the yearly amount a fiscal plan provides on average, no budget"),
    a("31.8億円", 3180000000, "乖離", "a gap between two estimates, no budget", per=None),
]
ROWS: list = []
NOT_ROWS = traps(M)
