from kinds import dur, fyr

DOC = "kushima_r3_zaisei_suikei_hoho"
# 宮崎県串間市's page on the premises of its 財政計画 推計 (base 令和2年度決算見込み, five years 令和3-7年度): method
# only, no amount. `令和2(2020)年度` names one fiscal year written twice in one compact form: ONE fiscal-year mention,
# the whole span as text (NEW; the GUIDE's `令和４年度（2022年度）` writes 年度 twice and makes two). `令和3(2021)年度以降`
# 2021..null at_least (GUIDE `以降`); `…から令和7(2025)年度まで` two points, no qualifier. `5年間` a duration.
R2, R3 = "令和2(2020)年度", "令和3(2021)年度"
AL = ("at_least",)
M = [
    fyr(1, R2, 2020), fyr(1, R3, 2021), fyr(1, "令和7(2025)年度", 2025), dur(1, "5年間", 5, "year"),
    fyr(7, R2, 2020), fyr(9, R2, 2020),
    fyr(11, R3, 2021, None, q=AL), fyr(12, R3, 2021),
    fyr(18, R3, 2021, None, q=AL), fyr(22, R3, 2021, None, q=AL),
]
ROWS: list = []
NOT_ROWS: list = []
