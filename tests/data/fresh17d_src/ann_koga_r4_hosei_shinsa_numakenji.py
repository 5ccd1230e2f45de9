from kinds import amt, date, pct, trap, traps

DOC = "koga_r4_hosei_shinsa_numakenji"
# 福岡県古賀市議会: a council member's report (numakenji.com, 2023-03-07) of the 補正予算審査特別委員会 of 3月6日 on the
# March supplementary, passed `賛成多数` with the votes `(反対1、賛成14)`. The text writes NO year: fy null on every amount,
# rows `fy_alt: [2022]` (the March supplementary of the fiscal year ending then, 令和4年度; fresh8b's call for decks that
# write no year). `3月6日` takes the post's year (2023). Every figure is the supplementary's change to one item:
# - `繰越明許費約7億4600万円追加`: the carry-over authority added (money already budgeted, allowed to be spent next
#   year; NEW: `other`, like a 債務負担行為 limit it appropriates nothing), approx, a trap.
# - `基金積立約8億円増額`: fund deposits raised: supplementary_budget, approx, an AMBIGUOUS row (fresh8b, fresh3: a fund
#   deposit in a supplementary).
# - `…緊急支援給付金の5千万円減額` and `…運送事業者等支援金の約1憶1200万円減額`: programmes' supplementary DECREASES written
#   unsigned (the word 減額 carries the direction: value positive, fresh8b 長野県, fresh6c): supplementary_budget,
#   AMBIGUOUS rows (fresh8b: a programme's supplementary decrease is an ambiguous row; its budget_yen here stays as
#   written, positive, noted). `1憶` is the page's typo for 1億 (read as 億: 112,000,000; NEW, arguable: a reader could
#   refuse the mention).
# - `トイレ改修工事請負費の約2億1千万円の増額と繰越`: a named work's supplementary increase: supplementary_budget, a row.
# - `約3千万円有利`: a saving to the city's finances: other, a trap.
# `執行率36.8%` a percent. `(反対1、賛成14)`: the votes, written with no counter: no mention (NEW, arguable: a reader
# could write counts 1 and 14 of 人).
S, O = "supplementary_budget", "other"
M = [
    date(2, "3月6日", "2023-03-06"),
    trap(amt(2, "7億4600万円", 746000000, role=O, q=("approx",)), "繰越明許費の追加", "carry-over authority, not an appropriation"),
    amt(2, "8億円", 800000000, role=S, q=("approx",)),
    amt(2, "5千万円", 50000000, role=S),
    amt(2, "1憶1200万円", 112000000, role=S, q=("approx",)),
    pct(2, "36.8%", 36.8),
    amt(2, "2億1千万円", 210000000, role=S, q=("approx",)),
    trap(amt(2, "3千万円", 30000000, role=O, q=("approx",)), "国の補正予算の対象となり財政的に有利になる額", "a saving, not a budget"),
]
R = dict(fy=None, fy_alt=[2022], role=S)
W = "a programme's figure in the March supplementary the special committee examined; the text writes no year"
ROWS = [
    dict(line=2, text="8億円", budget_yen=800000000, program="基金積立", why=W, ambiguous=True,
         note="fund deposits raised in a supplementary (fresh8b, fresh3: ambiguous)", **R),
    dict(line=2, text="5千万円", budget_yen=50000000, program="電力・ガス・食料品等価格高騰緊急支援給付金", why=W, ambiguous=True,
         note="a DECREASE (5千万円減額), written unsigned: budget_yen as written", **R),
    dict(line=2, text="1憶1200万円", budget_yen=112000000, program="燃料費高騰対策運送事業者等支援金", why=W, ambiguous=True,
         note="a DECREASE (約1憶1200万円減額), written unsigned, `憶` a typo for 億", **R),
    dict(line=2, text="2億1千万円", budget_yen=210000000, program="古賀西小と花鶴小のトイレ改修工事請負費", why=W,
         aliases=["トイレ改修工事請負費"], **R),
]
NOT_ROWS = traps(M)
