from kinds import amt, date, trap, traps

DOC = "osakasayama_2018_bunka_kaikan_gikai"
# chiholog's search page of council records: the hit header `大阪狭山市議会 2018-08-31 08月31日-01号` (two dates: earlier
# calls, fresh12c 奥州市) and three snippets: the 文化会館's operator's settled revenue lines (twice, as stored), another
# year's lines, and a snippet of another council (unnamed; a 播州織 body's `29年度予算`). Every revenue line is `other`
# (fresh13d: revenue lines, the 補助金 received included, are `other`, traps); the city's 指定管理料 received `other` (a
# fee); `28万4,751` (cut before 円, in a money sentence) an amount (earlier call: `N万` without 円 in a money sentence).
# The settled lines have no year on the page: fy null (arguable 2017, the record of 2018-08). Line 5: the body's 29年度
# budget (era-less, no mention; fy 2017): the budgeted revenue `41万8,000円`, the prefecture's grant received `550万円`
# and its use by 事業 (`400万円` to 播州織ブランド普及振興事業's show, `100万円` to 人材育成事業): `other`, fy 2017, traps
# (fresh13d: a revenue's use by 事業 is a trap; the 事業's own budget is not written).
O = "other"


def _lines(n: int) -> list[dict]:
    return [
        trap(amt(n, "122万771円", 1220771, role=O), "文化会館 運営法人 基本財産運用益", "a settled revenue line"),
        trap(amt(n, "5,329万8,666円", 53298666, role=O), "文化会館 運営法人 事業収益", "a settled revenue line"),
        trap(amt(n, "8,210万8,862円", 82108862, role=O), "文化会館 運営法人 施設利用収益", "a settled revenue line"),
        trap(amt(n, "1億8,149万4,000円", 181494000, role=O), "文化会館 運営法人 本市からの指定管理料収益",
             "a fee received (revenue line)"),
        trap(amt(n, "120万円", 1200000, role=O), "文化会館 運営法人 レストラン事業収益", "a settled revenue line"),
        trap(amt(n, "345万2,034円", 3452034, role=O), "文化会館 運営法人 受け取り補助金等 (本市からの補助金)",
             "a subsidy received, a revenue line"),
        trap(amt(n, "28万4,751", 284751, role=O), "文化会館 運営法人 雑収益", "a settled revenue line"),
    ]


M = [
    date(1, "2018-08-31", "2018-08-31"),
    date(1, "08月31日", "2018-08-31"),
    *_lines(2),
    *_lines(3),
    trap(amt(4, "232万1,127円", 2321127, role=O), "文化会館 運営法人 基本財産運用益 (another year)", "a settled revenue line"),
    trap(amt(4, "4,165万8,316円", 41658316, role=O), "文化会館 運営法人 事業収益 (another year)", "a settled revenue line"),
    trap(amt(4, "8,422万9,583円", 84229583, role=O), "文化会館 運営法人 施設利用収益 (another year)", "a settled revenue line"),
    trap(amt(4, "1億8,028万8,000円", 180288000, role=O), "文化会館 運営法人 指定管理料収益 (another year)",
         "a fee received (revenue line)"),
    trap(amt(4, "120万円", 1200000, role=O), "文化会館 運営法人 レストラン事業収益 (another year)", "a settled revenue line"),
    trap(amt(4, "324万6,301円", 3246301, role=O), "文化会館 運営法人 受け取り補助金等 (another year)",
         "a subsidy received, a revenue line"),
    trap(amt(5, "41万8,000円", 418000, role=O, fy=2017), "播州織 団体 29年度予算 基本財産運用益の予測収入",
         "a budgeted revenue line"),
    trap(amt(5, "550万円", 5500000, role=O, fy=2017), "播州織 団体 29年度予算 県補助金収入", "a grant received, a revenue line"),
    trap(amt(5, "400万円", 4000000, role=O, fy=2017), "県補助金のうち 播州織ブランド普及振興事業 (コレクションショー) 充当分",
         "a revenue's use by 事業 (fresh13d), not the 事業's budget"),
    trap(amt(5, "100万円", 1000000, role=O, fy=2017), "県補助金のうち 人材育成事業 充当分",
         "a revenue's use by 事業 (fresh13d), not the 事業's budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
