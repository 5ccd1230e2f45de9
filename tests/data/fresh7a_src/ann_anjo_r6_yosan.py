from kinds import amt, cnt, fyr

DOC = "anjo_r6_yosan"
# 安城市 (愛知県; 広報あんじょう 令和6年4月号, 〔特集2〕令和6年度 安城市のお金の使い道): the 一般会計, 特別会計 and 企業会計
# totals of the 令和6年度 budget (line 1: every amount FY2024) with `(前年度比N円増/減)`; the 歳入 side in prose. Account
# totals budget (traps); the increases other (the word after the figure carries the sign: `4億3800万円減` → positive);
# the revenues `市税収入…395億4000万円余`, `補助金等で141億3000万円余` other, at_least (`余`, min only, as fresh4's `余り`).
# `3つの重点戦略` a count of 3 つ; `第9次`, `第一歩`, `第2子` no mentions.
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY), cnt(1, "3つ", 3, "つ"),
    amt(1, "32億7000万円", 3270000000, role=O, fy=FY), amt(1, "736億9000万円", 73690000000, role=B, fy=FY),
    amt(2, "736億9000万円", 73690000000, role=B, fy=FY), amt(2, "32億7000万円", 3270000000, role=O, fy=FY),
    amt(4, "395億4000万円", 39540000000, None, role=O, fy=FY, q=("at_least",)),
    amt(4, "141億3000万円", 14130000000, None, role=O, fy=FY, q=("at_least",)),
    amt(7, "306億5300万円", 30653000000, role=B, fy=FY), amt(7, "10億3700万円", 1037000000, role=O, fy=FY),
    fyr(8, "令和6年度", FY),
    amt(9, "110億9900万円", 11099000000, role=B, fy=FY), amt(9, "4億3800万円", 438000000, role=O, fy=FY),
]
ROWS: list[dict[str, object]] = []
_W = [
    (1, "32億7000万円", "一般会計の増加", "change"), (1, "736億9000万円", "一般会計予算額", "account total"),
    (2, "736億9000万円", "一般会計予算額", "account total"), (2, "32億7000万円", "一般会計の前年度比増", "change"),
    (4, "395億4000万円", "市税収入", "revenue"), (4, "141億3000万円", "国県の補助金等", "revenue"),
    (7, "306億5300万円", "特別会計予算額", "accounts' total"), (7, "10億3700万円", "特別会計の前年度比増", "change"),
    (9, "110億9900万円", "企業会計予算額", "accounts' total"), (9, "4億3800万円", "企業会計の前年度比減", "change"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for ln, t, w, why in _W]
