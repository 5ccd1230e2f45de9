from kinds import amt, date, fyr

DOC = "suisan_r6_yosan_blog"
# A fisheries news blog (December 2023) on the 令和6年度予算案: the ministry total, the 水産関係予算 total and its
# classes (非公共, 公共, 水産基盤整備) are budget FY2024; changes other FY2024; the sum with the 令和5年度補正
# (`3,170億円`), its change and the `3千億円` threshold are other with fy null (a sum of two years' budgets, fresh4
# call); the threshold `3千億円の大台を突破` is at_least (fresh4's `110兆円を超えて`; second reader's audit). Each
# programme has `当初N` (budget FY2024) and `補正N` (supplementary_budget FY2023: the 令和5年度補正 the lead-in names).
# `12月22日` is 2023-12-22; `1月26日` rolls over to 2024-01-26.
B, O, S, FY, SY = "budget", "other", "supplementary_budget", 2024, 2023
M = [
    date(1, "12月22日", "2023-12-22"),
    fyr(1, "令和6年度", FY),
    date(1, "1月26日", "2024-01-26"),
    amt(1, "2兆2,686億円", 2268600000000, fy=FY),
    amt(2, "1,909億円", 190900000000, fy=FY),
    amt(2, "10億円", 1000000000, role=O, fy=FY),
    fyr(2, "令和5年度", SY),
    amt(2, "3,170億円", 317000000000, role=O),
    amt(2, "38億円", 3800000000, role=O),
    amt(2, "3千億円", 300000000000, None, role=O, q=("at_least",)),  # audit: `…の大台を突破` is fresh4's `110兆円を超えて` (at_least)
    fyr(3, "令和6年度", FY),
    amt(3, "1,096億円", 109600000000, fy=FY),
    amt(3, "10億円", 1000000000, role=O, fy=FY),
    amt(3, "814億円", 81400000000, fy=FY),
    amt(3, "1億円", 100000000, role=O, fy=FY),
    amt(3, "730億円", 73000000000, fy=FY),
    amt(3, "1億円", 100000000, role=O, fy=FY),
]
# (line, 当初 text, value, 補正 text or None, value, programme, aliases)
ITEMS = [
    (4, "202億円", 20200000000, "225億円", 22500000000, "漁業収入安定対策(積立ぷらす)", ["漁業収入安定対策", "積立ぷらす"]),
    (4, "18億円", 1800000000, "365億円", 36500000000, "漁業経営セーフティネット構築", []),
    (5, "58億円", 5800000000, "49億円", 4900000000, "資源調査・評価の充実と資源管理の推進", []),
    (5, "159億円", 15900000000, "43億円", 4300000000, "漁業取締・密漁監視体制の強化", []),
    (6, "30億円", 3000000000, "60億円", 6000000000, "沿岸漁業の競争力強化", []),
    (6, "11億円", 1100000000, "70億円", 7000000000, "沖合・遠洋漁業の競争力強化", []),
    (7, "14億円", 1400000000, None, None, "内水面およびサケ・マスなどの栽培漁業支援総合対策", ["栽培漁業支援総合対策"]),
    (8, "20億円", 2000000000, "45億円", 4500000000, "浜の活力再生・成長促進交付金", []),
    (8, "38億円", 3800000000, "16億円", 1600000000, "水産多面的機能の発揮等", ["水産多面的機能の発揮"]),
]
ROWS = []
for ln, t, v, st, sv, p, a in ITEMS:
    M.append(amt(ln, t, v, fy=FY))
    ROWS.append(dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, aliases=a, role=B,
                     why="`当初N` of a programme of the 令和6年度予算案 (lead-in)"))
    if st:
        M.append(amt(ln, st, sv, role=S, fy=SY))
        ROWS.append(dict(line=ln, text=st, budget_yen=sv, fy=SY, program=p, aliases=a, role=S,
                         why="`補正N` of the same programme: the 令和5年度補正 (line 2)"))
ROWS.append(dict(line=3, text="730億円", budget_yen=73000000000, fy=FY, program="水産基盤整備", aliases=["水産基盤整備事業"],
                 role=B, why="the 公共 programme of the 令和6年度予算 (the bulk of the 公共 class)", ambiguous=True))
NOT_ROWS = [
    dict(line=1, text="2兆2,686億円", value_yen=2268600000000, fy=FY, mention_role=B, what="農林水産予算",
         reason="the ministry's total"),
    dict(line=2, text="1,909億円", value_yen=190900000000, fy=FY, mention_role=B, what="水産関係予算",
         reason="the fisheries total"),
    dict(line=2, text="10億円", value_yen=1000000000, fy=FY, mention_role=O, what="10億円の減", reason="change"),
    dict(line=2, text="3,170億円", value_yen=317000000000, fy=None, mention_role=O, what="令和5年度補正との合計",
         reason="sum of a supplementary and an initial budget"),
    dict(line=2, text="38億円", value_yen=3800000000, fy=None, mention_role=O, what="38億円減額", reason="change"),
    dict(line=2, text="3千億円", value_yen=300000000000, fy=None, mention_role=O, what="3千億円の大台",
         reason="a threshold the sum is compared with"),
    dict(line=3, text="1,096億円", value_yen=109600000000, fy=FY, mention_role=B, what="非公共", reason="class total"),
    dict(line=3, text="10億円", value_yen=1000000000, fy=FY, mention_role=O, what="前年度に比べ10億円の減", reason="change"),
    dict(line=3, text="814億円", value_yen=81400000000, fy=FY, mention_role=B, what="公共", reason="class total"),
    dict(line=3, text="1億円", value_yen=100000000, fy=FY, mention_role=O, what="1億円増 / 1億円上回った", reason="change"),
]
