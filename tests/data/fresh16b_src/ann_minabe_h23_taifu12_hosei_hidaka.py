from kinds import amt, cnt, date, trap, traps

DOC = "minabe_h23_taifu12_hosei_hidaka"
# 日高新報 (hidakashimpo.co.jp) on みなべ町's supplementary for the damage of `台風12号` (the 紀伊半島大水害 of September
# 2011; the text writes NO year). fy null on every amount, rows `fy_alt: [2011]` (fresh8b's 玉野市: a year inferred from
# the disaster named). The supplementary's total `11億3675万4000円` (and the lead's `11億円を超える`, at_least) and the
# account total after it `87億1984万1000円` (`budget`) are traps; the 災害復旧費 total `5億9339万5000円` (the sum of its two
# parts, `合わせて`) and the lead's `約6億円` restating it are traps (a 款's total); its two parts `農林関係3億5909万円`,
# `公共土木関係2億3430万5000円` are AMBIGUOUS rows (NEW, arguable: fields of recovery works, a 項-like split; a reader could
# make them traps as fresh8b's 阿武町 款 split); the lead's `農地や農道、水路の復旧に…3億円以上` (at_least) and
# `林道の復旧に3000万円余` (at_least, fresh11b's 余) are ambiguous rows (rounded parts of the 農林 figure);
# `…補助を出すための2000万円`, `防災ラジオの購入補助金1445万円`, `衛星携帯電話3台の購入費に110万8000円` rows (the
# supplementary's appropriations, fresh6c's 二本松市 事業補助金). The threshold `復旧費40万円以下` (`other`, at_most) and the
# grant cap `20万円を上限に` (`support`, at_most, min null) are traps. `4日` (the session's opening): month unknown, dated
# by the inferred year only, `2011` (NEW, arguable); `3台` a count; `20度` an angle and `2分の1` a fraction: no mentions.
SB, B, O, S = "supplementary_budget", "budget", "other", "support"
M = [
    date(1, "4日", "2011"),
    trap(amt(1, "11億円", 1100000000, None, role=SB, q=("at_least",)), "一般会計補正予算 (リード: 11億円を超える)",
         "a supplementary's total"),
    trap(amt(1, "6億円", 600000000, role=SB, q=("approx",)), "災害復旧費 (リード: 約6億円)", "the 災害復旧費 total, rounded"),
    amt(1, "3億円", 300000000, None, role=SB, q=("at_least",)),
    amt(1, "2000万円", 20000000, role=SB),
    trap(amt(2, "11億3675万4000円", 1136754000, role=SB), "一般会計補正予算 追加額", "a supplementary's total"),
    trap(amt(2, "87億1984万1000円", 8719841000, role=B), "補正後の一般会計総額", "an account's total after a supplementary"),
    amt(2, "3億5909万円", 359090000, role=SB),
    amt(2, "2億3430万5000円", 234305000, role=SB),
    trap(amt(2, "5億9339万5000円", 593395000, role=SB), "災害復旧費 合計", "the sum of the 災害復旧費's two parts"),
    amt(3, "3000万円", 30000000, None, role=SB, q=("at_least",)),
    trap(amt(3, "40万円", None, 400000, role=O, q=("at_most",)), "国の補助対象外 復旧費 上限 (40万円以下)",
         "an eligibility threshold, not a budget"),
    trap(amt(3, "20万円", None, 200000, role=S, q=("at_most",)), "町単独補助 上限 (1件)", "a grant's cap per farmer"),
    amt(4, "1445万円", 14450000, role=SB), cnt(4, "3台", 3, "台"), amt(4, "110万8000円", 1108000, role=SB),
]
MIN = "みなべ町"


def _row(line: int, text: str, yen: int, program: str, why: str, **kw: object) -> dict:
    return dict(line=line, text=text, budget_yen=yen, fy=None, fy_alt=[2011], program=program, role=SB, ministry=MIN,
                why=why, **kw)


ROWS = [
    _row(1, "3億円", 300000000, "農地や農道、水路の復旧", "the lead's `農地や農道、水路の復旧に最大の3億円以上`: a rounded part of "
         "the 農林 figure", ambiguous=True),
    _row(1, "2000万円", 20000000, "小さい被害を受けた農地の再生への町単独補助",
         "`町単独で補助を出すための2000万円`: the supplementary's appropriation for the grant"),
    _row(2, "3億5909万円", 359090000, "災害復旧費 農林関係", "`農林関係3億5909万円`: a field of the recovery works",
         ambiguous=True),
    _row(2, "2億3430万5000円", 234305000, "災害復旧費 道路等の公共土木関係", "`道路等の公共土木関係2億3430万5000円`",
         ambiguous=True),
    _row(3, "3000万円", 30000000, "林道の復旧", "`林道の復旧に3000万円余`: a part of the 農林 figure", ambiguous=True),
    _row(4, "1445万円", 14450000, "防災ラジオの購入補助金", "`防災ラジオの購入補助金1445万円`"),
    _row(4, "110万8000円", 1108000, "衛星携帯電話3台の購入費", "`衛星携帯電話3台の購入費に110万8000円を計上`"),
]
NOT_ROWS = traps(M)
