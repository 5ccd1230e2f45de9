from kinds import amt, cnt, date, fyr

DOC = "kbns_2024_caa_hosei"
# 消費者庁's 2024年度補正予算案 (and a glance at its 25年度 request) as 健康産業新聞-like trade paper kbns reports it. The
# era-less `24年度` / `25年度` are no fiscal_year mentions but fix fy (`2024年度` on line 4, fresh4). The title line
# `消費者庁予算 24年度補正` labels the sub-headlines: `高度化に1.3億` `supplementary_budget` FY2024; `来年度予算は1.5億`
# `budget` FY2025 (the request, `来年度` fixed by 2024年度); both clipped `億` figures amounts (fresh8a's `2億`), rows
# (they appear nowhere else in the stored text). The supplementary's total `24億7000万円` (supplementary_budget), the
# initial `141億3000万円` (budget FY2024), the 25年度 request total `169億2000万円` (budget FY2025) traps; the SUMS of the
# year's initial budget and its supplementary (`総額は166億円`, `計32億5000万円`, `計35億7000万円`) `other` FY2024, traps
# (NEW: fresh5b's sums of an initial budget and the previous year's supplementary took fy null; here both parts are of
# one fiscal year). The 補正 items `16億円`, `4億円`, `1億9000万円` rows. `2種類` a count; `11月29日` 2024-11-29;
# `(続きは2024年12月19日号参照)` an issue label (no date, fresh23a's `N月号`).
S, B, O, FY = "supplementary_budget", "budget", "other", 2024
M = [
    amt(2, "1.3億", 130000000, role=S, fy=FY), amt(3, "1.5億", 150000000, fy=2025),
    date(4, "11月29日", "2024-11-29"), fyr(4, "2024年度", FY), amt(4, "24億7000万円", 2470000000, role=S, fy=FY),
    amt(4, "141億3000万円", 14130000000, fy=FY), amt(4, "166億円", 16600000000, role=O, fy=FY),
    amt(4, "169億2000万円", 16920000000, fy=2025),
    cnt(5, "2種類", 2, "種類"), amt(5, "16億円", 1600000000, role=S, fy=FY), amt(5, "4億円", 400000000, role=S, fy=FY),
    amt(5, "32億5000万円", 3250000000, role=O, fy=FY), amt(5, "35億7000万円", 3570000000, role=O, fy=FY),
    amt(6, "1億9000万円", 190000000, role=S, fy=FY),
]
ROWS = [
    dict(line=2, text="1.3億", budget_yen=130000000, fy=FY, program="デジタル活用実務、高度化", role=S, ministry="消費者庁",
         why="a sub-headline item under `消費者庁予算 24年度補正`"),
    dict(line=3, text="1.5億", budget_yen=150000000, fy=2025, program="取引複雑化対応", role=B, ministry="消費者庁",
         why="`来年度予算は1.5億`: the item's figure in the 25年度 request"),
    dict(line=5, text="16億円", budget_yen=1600000000, fy=FY, program="地方消費者行政強化交付金", role=S, ministry="消費者庁",
         why="a 交付金 in the 2024年度 supplementary"),
    dict(line=5, text="4億円", budget_yen=400000000, fy=FY, program="国民生活センター運営費交付金", role=S, ministry="消費者庁",
         why="a 交付金 in the 2024年度 supplementary"),
    dict(line=6, text="1億9000万円", budget_yen=190000000, fy=FY, program="機能性表示食品制度に関する対応費", role=S,
         ministry="消費者庁", why="an item of the 2024年度 supplementary"),
]
NOT_ROWS = [
    dict(line=4, text="24億7000万円", value_yen=2470000000, fy=FY, mention_role=S, what="補正予算案の要求額",
         reason="the agency's supplementary total"),
    dict(line=4, text="141億3000万円", value_yen=14130000000, fy=FY, mention_role=B, what="24年度の当初予算",
         reason="the agency's initial budget total"),
    dict(line=4, text="166億円", value_yen=16600000000, fy=FY, mention_role=O, what="当初予算と補正を合わせた総額",
         reason="a sum of the initial budget and the supplementary"),
    dict(line=4, text="169億2000万円", value_yen=16920000000, fy=2025, mention_role=B, what="25年度の概算要求総額",
         reason="the agency's next-year request total"),
    dict(line=5, text="32億5000万円", value_yen=3250000000, fy=FY, mention_role=O, what="地方行政交付金の当初と補正の計",
         reason="a sum of a row's initial and supplementary figures"),
    dict(line=5, text="35億7000万円", value_yen=3570000000, fy=FY, mention_role=O, what="国セン交付金の当初と補正の計",
         reason="a sum of a row's initial and supplementary figures"),
]
