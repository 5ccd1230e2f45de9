from kinds import amt

DOC = "okayama_pref_r7_11gatsu_tsuika_keizai_taisaku"
# 岡山県 (the prefecture, not 岡山市 of fresh5c), a TV news item (RSK via livedoor, 2025-12-09) on an addition to the
# 11月補正予算案 for the national economic package. No fiscal or calendar year is written in the kept text (the
# `date 2025-12-09` prefix of the stored page was the aggregator's, dropped: SOURCES.md): fy null on every amount.
# Every figure is the supplementary's: the addition `約454億6000万円` (three times), its 経済対策分 `約400億3400万円` and
# that package's two pillars `危機管理や成長投資に約306億3000万円`, `生活安全保障に約94億400万円` are
# supplementary_budget, approx, fy null. All traps (totals of a package and its pillars; no programme figure): no row.
# `11月補正予算案` is a budget label (no date).
S = "supplementary_budget"
A = ("approx",)
M = [
    amt(1, "454億6000万円", 45460000000, role=S, q=A),
    amt(2, "454億6000万円", 45460000000, role=S, q=A),
    amt(3, "454億6000万円", 45460000000, role=S, q=A), amt(3, "400億3400万円", 40034000000, role=S, q=A),
    amt(3, "306億3000万円", 30630000000, role=S, q=A),
    amt(4, "94億400万円", 9404000000, role=S, q=A),
]
ROWS: list = []
NOT_ROWS = [
    dict(line=1, text="454億6000万円", value_yen=45460000000, fy=None, mention_role=S, what="11月補正予算案への追加額 (一般会計)", reason="supplementary total"),
    dict(line=2, text="454億6000万円", value_yen=45460000000, fy=None, mention_role=S, what="同 (見出し)", reason="supplementary total"),
    dict(line=3, text="454億6000万円", value_yen=45460000000, fy=None, mention_role=S, what="同", reason="supplementary total"),
    dict(line=3, text="400億3400万円", value_yen=40034000000, fy=None, mention_role=S, what="うち経済対策分", reason="package total"),
    dict(line=3, text="306億3000万円", value_yen=30630000000, fy=None, mention_role=S, what="危機管理や成長投資 (柱)", reason="pillar total of a package"),
    dict(line=4, text="94億400万円", value_yen=9404000000, fy=None, mention_role=S, what="生活安全保障 (柱)", reason="pillar total of a package"),
]
