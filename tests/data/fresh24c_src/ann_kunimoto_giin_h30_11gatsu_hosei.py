from kinds import amt, cnt, date, fyr, trap, traps

DOC = "kunimoto_giin_h30_11gatsu_hosei"
# A city council member's report (kunimoto.org) of the 11月議会 passing 平成30年度補正予算; the stored text does not name the
# city (a large city hit by 台風21号, 大阪市 likely, not asserted: the deck is named for the site). `平成30年度` scopes the page: the whole
# supplementary `約90.5億円` supplementary_budget FY2018, approx, a trap; the three items `(1)…等に22億1,300万円`,
# `(2)…一時預かり事業として1,400万円`, `(3)国民健康保険事業として53億8,300万円` supplementary rows FY2018 (each a measure with
# its own figure; (1) groups restoration works and grants: a row, ambiguous, NEW as fresh6c's measures under a pillar;
# (3) is a special account's supplementary used to return and deposit money: a row, ambiguous). The accumulated surplus
# `平成29年度の累積黒字54億円` other FY2017, the return `17億円` and the rest `37億円` other FY2018 (parts of (3): a
# breakdown), traps. Days take 2018 (`11月22日`, `12月7日`); counts `全121件`, `5件`, `4件`; `2歳児` an age, `台風21号`
# a name, `(1)`…`(3)` list numbers: no mentions.
S, O, FY = "supplementary_budget", "other", 2018
M = [
    date(1, "11月22日", "2018-11-22"),
    fyr(1, "平成30年度", FY),
    trap(amt(1, "90.5億円", 9050000000, role=S, fy=FY, q=("approx",)), "平成30年度補正予算 (11月議会) の総額",
         "supplementary total"),
    date(1, "12月7日", "2018-12-07"),
    cnt(1, "121件", 121, "件"),
    cnt(2, "5件", 5, "件"),
    cnt(2, "4件", 4, "件"),
    amt(3, "22億1,300万円", 2213000000, role=S, fy=FY),
    amt(4, "1,400万円", 14000000, role=S, fy=FY),
    amt(5, "53億8,300万円", 5383000000, role=S, fy=FY),
    fyr(5, "平成29年度", 2017),
    trap(amt(5, "54億円", 5400000000, role=O, fy=2017), "平成29年度の国保累積黒字", "a surplus (settlement), no budget"),
    trap(amt(5, "17億円", 1700000000, role=O, fy=FY), "国負担の超過分の返還", "a breakdown of a programme's figure"),
    trap(amt(5, "37億円", 3700000000, role=O, fy=FY), "基金に積み立てる残り", "a breakdown of a programme's figure"),
]
W = "a measure of the 平成30年度補正予算 passed in the 11月議会, with its own figure"
ROWS = [
    dict(line=3, text="22億1,300万円", budget_yen=2213000000, fy=FY, role=S, ambiguous=True,
         why=W + "; a grouping of restoration works and rebuilding grants",
         program="都市・生活基盤の復旧、被災者生活再建支援等 (台風21号等)", aliases=["台風21号等の災害復旧"]),
    dict(line=4, text="1,400万円", budget_yen=14000000, fy=FY, role=S, why=W,
         program="幼稚園における一時預かり事業", aliases=["幼稚園一時預かり事業補助"]),
    dict(line=5, text="53億8,300万円", budget_yen=5383000000, fy=FY, role=S, ambiguous=True,
         why=W + "; a special account's supplementary (return to the state and fund deposits)", program="国民健康保険事業"),
]
NOT_ROWS = traps(M)
