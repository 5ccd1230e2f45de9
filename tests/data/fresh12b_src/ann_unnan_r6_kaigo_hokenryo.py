from kinds import amt, dur, fyr, trap, traps

DOC = "unnan_r6_kaigo_hokenryo"
# 島根県雲南市's 介護保険料 table (令和6年度~令和8年度), flattened one cell a line. As 美浜町's: each premium under the header
# `保険料(年額)` (line 7) is `other`, per `year`, fy null (a three-year span); the figure before a reduction
# `(軽減前:30,840円)` is the same band's premium without the national reduction: `other`, per `year` (NEW, arguable: a
# counterfactual charge, not paid). Income bands `other`, per null: `80.9万円以下` (at_most; a decimal in 万 → 809,000),
# `120万円超` / `80.9万円超` (at_least), `120万円未満` (at_most); the closed bands `80.9万円超 120万円以下`,
# `120万円以上 210万円未満` one range each (text with the cell's space). All traps. `3年ごとに` a duration (as 美浜町's
# `3年毎`); `(令和6年度~令和8年度)` one fiscal-year range (GUIDE `H25～H27`). Not mentions: ages `65歳以上`, the band
# names, the rates `基準額×0.257`, the note mark `(※1)`, `9月に送付される` (every year's notice: recurring, no date).
O = "other"
t = trap


PREM = "a yearly premium a resident pays (other), no budget"
PRE = "a yearly premium before the reduction (other), no budget"
LIM = "an income band of the payer (other), no budget"


def prem(line: int, text: str, value: int, band: str, why: str = PREM) -> dict:
    return t(amt(line, text, value, role=O, per="year"), f"介護保険料(年額) {band}", why)


def lim(line: int, text: str, lo: int | None, hi: int | None, band: str, q: tuple[str, ...] = ()) -> dict:
    return t(amt(line, text, lo, hi, role=O, q=q), f"{band} 所得の区分", LIM)


M = [
    dur(4, "3年", 3, "year"),
    fyr(6, "令和6年度~令和8年度", 2024, 2026),
    prem(11, "18,600円", 18600, "第1段階"), prem(11, "30,840円", 30840, "第1段階 軽減前", PRE),
    lim(15, "80.9万円", None, 809000, "第1段階", ("at_most",)),
    lim(18, "80.9万円超 120万円", 809000, 1200000, "第2段階"),
    prem(20, "32,160円", 32160, "第2段階"), prem(20, "46,560円", 46560, "第2段階 軽減前", PRE),
    lim(22, "120万円", 1200000, None, "第3段階", ("at_least",)),
    prem(24, "49,320円", 49320, "第3段階"), prem(24, "49,680円", 49680, "第3段階 軽減前", PRE),
    lim(28, "80.9万円", None, 809000, "第4段階", ("at_most",)),
    prem(30, "64,800円", 64800, "第4段階"),
    lim(31, "80.9万円", 809000, None, "第5段階", ("at_least",)),
    prem(33, "72,000円", 72000, "第5段階(基準額)"),
    lim(34, "120万円", None, 1200000, "第6段階", ("at_most",)),
    prem(34, "81,000円", 81000, "第6段階"),
    lim(36, "120万円以上 210万円", 1200000, 2100000, "第7段階"),
    prem(37, "90,000円", 90000, "第7段階"),
    lim(39, "210万円以上 320万円", 2100000, 3200000, "第8段階"),
    prem(40, "108,000円", 108000, "第8段階"),
    lim(42, "320万円以上 420万円", 3200000, 4200000, "第9段階"),
    prem(43, "126,000円", 126000, "第9段階"),
    lim(45, "420万円以上 520万円", 4200000, 5200000, "第10段階"),
    prem(46, "129,600円", 129600, "第10段階"),
    lim(48, "520万円以上 620万円", 5200000, 6200000, "第11段階"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
