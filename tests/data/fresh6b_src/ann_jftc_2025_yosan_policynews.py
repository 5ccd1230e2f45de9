from kinds import amt, fyr

DOC = "jftc_2025_yosan_policynews"
# 公正取引委員会's 2025年度予算案 as policynews.jp reports it. The points and the lead-in name `2025年度予算案`: every
# figure is of FY2025 unless labelled otherwise. The total `158.4億円` (twice) is budget (a trap); `対前年度N増`,
# `(同N増)` are changes (other). The five 重要施策 `に N億円` are rows (`その他` an ambiguous row: a residual class,
# not a named programme); the points' `9.4億円` repeats row (2) (an ambiguous row) and `3,800万円` is a measure of
# its own (a row). `庁舎移転に必要な経費31.1億円` is a named expense inside `その他` (a row). `24年度補正予算…13億円強`
# is the previous year's supplementary figure for the same expense: supplementary_budget fy 2024 (fresh4: an
# era-less `24年度` beside `2025年度` fixes the century), `強` read as at_least (as `余り`). Era-less `25年内`,
# `25年度中`, `24年度`, `25年12月19日` are no fiscal_year or date mentions (GUIDE).
B, O, S, FY = "budget", "other", "supplementary_budget", 2025
M = [
    fyr(2, "2025年度", FY), amt(2, "158.4 億円", 15840000000, fy=FY), amt(2, "36.5億円", 3650000000, role=O, fy=FY),
    amt(3, "9.4億円", 940000000, fy=FY),
    amt(4, "3,800万円", 38000000, fy=FY),
    fyr(6, "2025年度", FY), amt(6, "158.4億円", 15840000000, fy=FY), amt(6, "36.5億円", 3650000000, role=O, fy=FY),
    amt(8, "6.5億円", 650000000, fy=FY), amt(8, "1.4億円", 140000000, role=O, fy=FY),
    amt(9, "9.4億円", 940000000, fy=FY), amt(9, "2.3億円", 230000000, role=O, fy=FY),
    amt(10, "4.4億円", 440000000, fy=FY), amt(10, "2.7億円", 270000000, role=O, fy=FY),
    amt(11, "3.2億円", 320000000, fy=FY), amt(11, "0.2億円", 20000000, role=O, fy=FY),
    amt(12, "134.6億円", 13460000000, fy=FY), amt(12, "29億円", 2900000000, role=O, fy=FY),
    amt(13, "31.1億円", 3110000000, fy=FY), amt(13, "13億円", 1300000000, None, role=S, fy=2024, q=("at_least",)),
]
W = "重要施策 `「name」に N億円` of 公正取引委員会's 2025年度予算案 (lead-in)"
ROWS = [
    dict(line=8, text="6.5億円", budget_yen=650000000, fy=FY, program="厳正かつ実効性のある独占禁止法の運用", role=B, why=W),
    dict(line=9, text="9.4億円", budget_yen=940000000, fy=FY, program="中小企業に不当に不利益を与える行為の取り締り強化",
         aliases=["中小企業に不当に不利益を与える行為の取締り強化"], role=B, why=W),
    dict(line=10, text="4.4億円", budget_yen=440000000, fy=FY, program="競争環境の整備", role=B, why=W),
    dict(line=11, text="3.2億円", budget_yen=320000000, fy=FY, program="競争政策の運営基盤の強化", role=B, why=W),
    dict(line=12, text="134.6億円", budget_yen=13460000000, fy=FY, program="その他", role=B, why=W, ambiguous=True,
         note="a residual class (人件費 etc. and the move), not a named programme"),
    dict(line=3, text="9.4億円", budget_yen=940000000, fy=FY, program="中小企業に不当に不利益を与える行為の取締り強化", role=B,
         why="the points repeat programme (2) of line 9", ambiguous=True, note="duplicate of the line-9 row in the summary"),
    dict(line=4, text="3,800万円", budget_yen=38000000, fy=FY, program="スマホソフトウェア競争促進法の迅速・効果的運用", role=B,
         why="a measure with its own figure in the points of the 2025年度予算案"),
    dict(line=13, text="31.1億円", budget_yen=3110000000, fy=FY, program="庁舎移転に必要な経費", aliases=["庁舎移転関連経費"],
         role=B, why="a named expense with its own figure (inside その他) of the 2025年度予算案"),
    dict(line=13, text="13億円", budget_yen=1300000000, fy=2024, program="庁舎移転関連経費", role=S,
         why="the same expense in the `24年度補正予算` (fy fixed by the text's 2025年度)", note="`13億円強`: at_least"),
]
_W = {
    (2, "158.4 億円"): ("2025年度予算案額", "agency total", B),
    (2, "36.5億円"): ("対前年度増", "change of the total", O),
    (6, "158.4億円"): ("2025年度予算案額(デジタル庁一括計上分を含む)", "agency total", B),
    (6, "36.5億円"): ("対前年度の増加", "change of the total", O),
    (8, "1.4億円"): ("対前年度増", "change", O), (9, "2.3億円"): ("同増", "change", O),
    (10, "2.7億円"): ("同増", "change", O), (11, "0.2億円"): ("同増", "change", O), (12, "29億円"): ("同増", "change", O),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=role, what=w, reason=why) for (ln, t), (w, why, role) in _W.items()]
