from kinds import fyr

DOC = "naka_h29_kyoten_koka_kensho"
# 茨城県那珂市's page on its 地方創生拠点整備交付金 (the project granted, its effect verification, its 地域再生計画): the
# project's 実施期間 `平成29年度` and the note `平成28年度繰越` (carried over from FY2016) fiscal years; the plan's 実施期間
# `平成28年度~平成32年度` one fiscal-year range 2016..2020 (GUIDE's `H25～H27`; 平成32 = 2020 as written). No amount.
M = [
    fyr(8, "平成29年度", 2017), fyr(8, "平成28年度", 2016),
    fyr(18, "平成28年度~平成32年度", 2016, 2020),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
