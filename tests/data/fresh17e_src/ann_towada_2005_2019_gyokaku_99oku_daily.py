from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "towada_2005_2019_gyokaku_99oku_daily"
# 青森県十和田市's answer in its council (総務部長, a 一般質問 of late 2020) on the effects of its three 行政改革 plans since
# 2005年度, as デーリー東北 reports it (the lead repeated under the paywall notice): the total `約99億6700万円`, each plan's
# effect (`第1次(05~09年度)が約61億6900万円` …) and the largest measure's (staff cut with 指定管理者, `計約35億6700万円`).
# All `other`, fy null (sums over a plan's five years or fifteen years: fresh13b), traps; approx from `約`; the headline's
# `99億円` no approx (fresh16a's headline call). Two-digit years (`05~19年度`, `19年度までの`, `(05~09年度)`, `20年度からの`)
# no mentions (fresh13); `2005年度から` a fiscal-year point (GUIDE `から`). `15日` a date of 2020 only (the 20年度 of the
# 第4次計画; the paper's archive puts it months after the May 2020 report; arguable: early 2021 possible). `6議員` a count of
# 議員; `5カ年計画` a duration (fresh13b's `5年間`); `3次計画`, `1~3次`, `第N次` ordinals.
O = "other"
S = "a sum of reform plans' effects over fifteen years, not a budget"
P = "one reform plan's effect over its five years, not a budget"
A = ("approx",)
M = [
    trap(amt(1, "99億円", 9900000000, role=O), "行政改革 財政効果 2005-19年度 (見出し)", S),
    date(2, "15日", "2020"), cnt(2, "6議員", 6, "議員"), fyr(2, "2005年度", 2005),
    trap(amt(2, "99億6700万円", 9967000000, role=O, q=A), "行政改革 財政効果 3次計画の総額", S),
    dur(2, "5カ年", 5, "year"),
    date(8, "15日", "2020"), cnt(8, "6議員", 6, "議員"), fyr(8, "2005年度", 2005),
    trap(amt(8, "99億6700万円", 9967000000, role=O, q=A), "行政改革 財政効果 3次計画の総額", S),
    dur(8, "5カ年", 5, "year"),
    trap(amt(8, "61億6900万円", 6169000000, role=O, q=A), "第1次行政改革 (05~09年度) 財政効果", P),
    trap(amt(8, "30億7200万円", 3072000000, role=O, q=A), "第2次行政改革 (10~14年度) 財政効果", P),
    trap(amt(8, "7億2600万円", 726000000, role=O, q=A), "第3次行政改革 (15~19年度) 財政効果", P),
    trap(amt(8, "35億6700万円", 3567000000, role=O, q=A), "指定管理者制度導入に伴う職員数の削減 歳出削減効果 (1~3次計)",
         "a measure's saving summed over three plans, not a budget"),
]
ROWS: list = []
NOT_ROWS = traps(M)
