from kinds import cnt, fyr, pct

DOC = "nagayo_r4_jimujigyo_shisaku_hyoka"
# 長崎県長与町's 広報ながよ (令和6年3月号, by its address) on its 事務事業評価 and 施策評価 of 令和4年度: counts (`152事業`, `6つ`,
# `42の施策`, `130の具体的な取組`, `406の主な取組`, `3つ`, `160項目`), the plan period `令和3年度~令和7年度` one range, the grades'
# bands `概ね10%以上` (approx, at_least, twice) and `概ね±10%程度` (-10..10, approx). `第10次` (a plan's edition) and the
# list numbers `(1)`…`(6)` no mentions. No money on the page.
M = [
    fyr(4, "令和4年度", 2022),
    cnt(4, "152事業", 152, "事業"),
    fyr(5, "令和4年度", 2022),
    fyr(8, "令和3年度~令和7年度", 2021, 2025),
    cnt(8, "6つ", 6, "つ"),
    cnt(8, "42の施策", 42, "施策"),
    cnt(8, "130の具体的な取組", 130, "取組"),
    cnt(8, "406の主な取組", 406, "取組"),
    pct(10, "10%", 10, None, q=("approx", "at_least")),
    pct(11, "±10%", -10, 10, q=("approx",)),
    pct(12, "10%", 10, None, q=("approx", "at_least")),
    cnt(13, "3つ", 3, "つ"),
    fyr(15, "令和4年度", 2022),
    cnt(24, "160項目", 160, "項目"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
