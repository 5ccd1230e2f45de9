from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "customercloud_2024_shoryokuka"
# A consultant's explanation (customercloudcorp.com) of 中小企業庁's 中小企業省力化投資補助金 (one programme, its catalogue
# type), 2024. `2024年に設立された…補助金は予算5,000億円`: the programme's money, `budget`; no fiscal year written (`2024年`
# is a calendar year; the money is the 令和5年度補正予算's, not on the page) → fy null, a row with `fy_alt: [2023]`
# (fresh8a / fresh24a: no budget year written). The table under `補助上限額 (大幅な賃上げを行う場合)`: every amount a cap per
# company, support, at_most, min null (GUIDE: a table whose header says 上限), the bracketed figures too (caps with a
# large pay rise, not previous years: the header says so), fy null, traps. Its rows' counts: `5人以下` null..5 at_most,
# `6~20人以下` 6..20 (NEW, arguable: `以下` closing a written range adds no qualifier, as smbiz's amounts), `21人以上`
# at_least. `5回` a count, `5年` a duration; `3回目` an ordinal; `3.0%以上` at_least. Dates: `2024年`, `2024年4月5日`, and
# `更新日:5月9日` 2024-05-09 (the year of the page's other update, arguable). `1/2以下` fractions: no mentions.
SU = "support"


def cap(line: int, text: str, v: int, what: str) -> dict:
    return trap(amt(line, text, None, v, role=SU, q=("at_most",)), what, "a cap per company")


M = [
    date(3, "5月9日", "2024-05-09"),
    date(7, "2024年", "2024"), amt(7, "5,000億円", 500000000000),
    date(9, "2024年4月5日", "2024-04-05"),
    cnt(16, "5人", None, "人", 5, q=("at_most",)),
    cap(18, "200万円", 2000000, "補助上限額 5人以下"), cap(18, "300万円", 3000000, "補助上限額 5人以下 (大幅な賃上げ)"),
    cnt(19, "6~20人", 6, "人", 20),
    cap(21, "500万円", 5000000, "補助上限額 6~20人"), cap(21, "750万円", 7500000, "補助上限額 6~20人 (大幅な賃上げ)"),
    cnt(22, "21人", 21, "人", None, q=("at_least",)),
    cap(24, "1,000万円", 10000000, "補助上限額 21人以上"),
    cap(24, "1,500万円", 15000000, "補助上限額 21人以上 (大幅な賃上げ)"),
    cnt(28, "5回", 5, "回"), dur(28, "5年", 5, "year"),
    pct(30, "3.0%", 3.0, None, q=("at_least",)),
]
ROWS = [
    dict(line=7, text="5,000億円", budget_yen=500000000000, fy=None, fy_alt=[2023], program="中小企業省力化投資補助金",
         role="budget", ministry="経済産業省", why="`…補助金は予算5,000億円` of the programme (no budget year written)"),
]
NOT_ROWS = traps(M)
