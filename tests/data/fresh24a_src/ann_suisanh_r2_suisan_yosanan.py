from kinds import amt, date, dur, fyr, pct

DOC = "suisanh_r2_suisan_yosanan"
# 水産庁's 令和2年度予算案 (水産関係予算) as the fisheries blog suisan-h reports it: `N億円(前年度N億円)` / `(同N億円)`
# pairs and `補正N億円` parts of the 令和元年度補正 named on line 3 (fresh5b's 水産 blog: `当初N、補正N`). The national
# total `102兆6千億円` (budget FY2020, `規模` no qualifier), the 農林水産 total and its 公共 / 非公共 classes, the 水産 total
# `2,034億円` and its classes `892億円` / `1,143億円`, the 水産 supplementary total `971億円` (supplementary_budget
# FY2019) traps; the sums of the budget and the previous year's supplementary (`3,005億円`, `(前年度3,045億円)`,
# `1,139億円`, `1,867億円`) and the thresholds `100兆円を超え` (at_least) and `3千億円規模` `other`, fy null (fresh5b).
# Every measure `「name」に N億円(同N億円)` a row with its bracket as previous_budget_yen (brackets previous_budget
# FY2019, traps); `補正N億円` / `補正予算でも48億円` / `補正で40億円` rows `supplementary_budget` FY2019; `漁業収入安定対策
# 事業(積立ぷらす)` a row inside 漁業経営安定対策 (parent and child, fresh8a). `2年連続` durations (fresh5c); `1新たな…`,
# `2成長…` list numbers; `20日` 2019-12-20 (the 予算案 decided in December before its year).
B, P, S, O, FY = "budget", "previous_budget", "supplementary_budget", "other", 2020
M = [
    date(1, "20日", "2019-12-20"), amt(1, "102兆6千億円", 102600000000000, fy=FY), fyr(1, "令和2年度", FY),
    dur(1, "2年", 2, "year"), amt(1, "100兆円", 100000000000000, None, role=O, q=("at_least",)),
    amt(2, "2兆3,109億円", 2310900000000, fy=FY), amt(2, "6,989億円", 698900000000, fy=FY),
    amt(2, "1兆6,120億円", 1612000000000, fy=FY),
    amt(3, "2,034億円", 203400000000, fy=FY), pct(3, "6.1%", 6.1), fyr(3, "令和元年度", 2019),
    amt(3, "971億円", 97100000000, role=S, fy=2019), amt(3, "3,005億円", 300500000000, role=O),
    amt(3, "3,045億円", 304500000000, role=O), dur(3, "2年", 2, "year"), amt(3, "3千億円", 300000000000, role=O),
    amt(3, "892億円", 89200000000, fy=FY), pct(3, "11.5%", 11.5), amt(3, "1,139億円", 113900000000, role=O),
    amt(3, "1,143億円", 114300000000, fy=FY), pct(3, "1.5%", 1.5), amt(3, "1,867億円", 186700000000, role=O),
]
# (line, current text, value, previous text, value, supplementary text, value, programme)
ITEMS = [
    (4, "66億円", 6600000000, "70億円", 7000000000, "48億円", 4800000000, "資源調査・評価体制の抜本的な見直し"),
    (4, "254億円", 25400000000, "181億円", 18100000000, "211億円", 21100000000, "漁業経営安定対策の強化"),
    (4, "142億円", 14200000000, "69億円", 6900000000, None, None, "漁業収入安定対策事業(積立ぷらす)"),
    (5, "7億円", 700000000, "8億円", 800000000, None, None, "漁業・漁村を支える人材の育成・確保"),
    (5, "30億円", 3000000000, "51億円", 5100000000, "21億円", 2100000000, "漁船漁業の構造改革"),
    (5, "120億円", 12000000000, "154億円", 15400000000, None, None, "沿岸漁業の競争力強化"),
    (5, "20億円", 2000000000, "54億円", 5400000000, None, None, "浜の活力再生・成長促進交付金"),
    (5, "100億円", 10000000000, None, None, None, None, "水産業成長産業化沿岸地域創出事業(新リース事業)"),
    (5, None, None, None, None, "40億円", 4000000000, "水産業競争力強化のための施設整備"),
    (5, "3億円", 300000000, "4億円", 400000000, None, None, "戦略的な養殖業の成長産業化"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=1, text="102兆6千億円", value_yen=102600000000000, fy=FY, mention_role=B, what="令和2年度予算案の規模",
         reason="the national budget total"),
    dict(line=1, text="100兆円", value_yen=100000000000000, fy=None, mention_role=O, what="100兆円を超え",
         reason="a threshold the total is compared with"),
    dict(line=2, text="2兆3,109億円", value_yen=2310900000000, fy=FY, mention_role=B, what="農林水産関係予算",
         reason="the ministry's total"),
    dict(line=2, text="6,989億円", value_yen=698900000000, fy=FY, mention_role=B, what="農林水産 公共", reason="a class total"),
    dict(line=2, text="1兆6,120億円", value_yen=1612000000000, fy=FY, mention_role=B, what="農林水産 非公共",
         reason="a class total"),
    dict(line=3, text="2,034億円", value_yen=203400000000, fy=FY, mention_role=B, what="水産関係予算",
         reason="the fisheries total"),
    dict(line=3, text="971億円", value_yen=97100000000, fy=2019, mention_role=S, what="令和元年度補正 (水産)",
         reason="the fisheries supplementary total"),
    dict(line=3, text="3,005億円", value_yen=300500000000, fy=None, mention_role=O, what="当初と補正の合計",
         reason="a sum of two years' money"),
    dict(line=3, text="3,045億円", value_yen=304500000000, fy=None, mention_role=O, what="前年度の合計",
         reason="the previous year's sum of two years' money"),
    dict(line=3, text="3千億円", value_yen=300000000000, fy=None, mention_role=O, what="3千億円規模", reason="a threshold"),
    dict(line=3, text="892億円", value_yen=89200000000, fy=FY, mention_role=B, what="水産 公共", reason="a class total"),
    dict(line=3, text="1,139億円", value_yen=113900000000, fy=None, mention_role=O, what="公共 補正を加えると",
         reason="a sum of two years' money"),
    dict(line=3, text="1,143億円", value_yen=114300000000, fy=FY, mention_role=B, what="水産 非公共", reason="a class total"),
    dict(line=3, text="1,867億円", value_yen=186700000000, fy=None, mention_role=O, what="非公共 補正を加えると",
         reason="a sum of two years' money"),
]
W = "a measure `「name」に N億円(同N億円)` of the 令和2年度 水産関係予算案"
for ln, t, v, pt, pv, st, sv, prog in ITEMS:
    if t:
        M.append(amt(ln, t, v, fy=FY))
        row = dict(line=ln, text=t, budget_yen=v, fy=FY, program=prog, role=B, ministry="水産庁", why=W)
        if pt:
            row["previous_budget_yen"] = pv
        ROWS.append(row)
    if pt:
        M.append(amt(ln, pt, pv, role=P, fy=2019))
        NOT_ROWS.append(dict(line=ln, text=pt, value_yen=pv, fy=2019, mention_role=P, what="(前年度 / 同 N億円)",
                             reason="the previous year's figure of a row (its previous_budget_yen)"))
    if st:
        M.append(amt(ln, st, sv, role=S, fy=2019))
        ROWS.append(dict(line=ln, text=st, budget_yen=sv, fy=2019, program=prog, role=S, ministry="水産庁",
                         why="the measure's part in the 令和元年度補正 (`補正N億円`)"))
