from kinds import amt, date, fyr, pct

DOC = "suisantimes_r2_suisan_gaisan"
# 水産庁's 令和2年度 水産予算 概算要求 as 水産タイムス reports it (one stored line): budget FY2020. The total `3003億円`
# (twice: the headline part and the body) traps; the comparison base `30年度当初予算額2167億円` previous_budget with
# the year AS WRITTEN (era-less `30年度` read 平成30 = FY2018 in a 令和2年度 text, fresh4; arguable: the page likely
# means 令和元年度), a trap. The four measures `「name」には N%増の N円` are rows. `4.9倍` a ratio; `構想(案)` part of a
# name (no draft); `8月30日` 2019-08-30.
B, FY = "budget", 2020
M = [
    fyr(1, "令和2年度", FY), pct(1, "39%", 39), amt(1, "3003億円", 300300000000, fy=FY),
    date(1, "8月30日", "2019-08-30"), fyr(1, "令和2年度", FY), amt(1, "3003億円", 300300000000, fy=FY),
    amt(1, "2167億円", 216700000000, role="previous_budget", fy=2018), pct(1, "38.6%", 38.6),
    pct(1, "68.6%", 68.6), amt(1, "118億円", 11800000000, fy=FY), amt(1, "878億円", 87800000000, fy=FY),
    pct(1, "60.0%", 60.0), amt(1, "8億円", 800000000, fy=FY), pct(1, "56.0%", 56.0), amt(1, "262億円", 26200000000, fy=FY),
]
W = "a main measure `「name」には N%増の N円` of 水産庁's 令和2年度 概算要求"
ROWS = [
    dict(line=1, text="118億円", budget_yen=11800000000, fy=FY,
         program="『水産資源研究センター』構想(案)に向けた資源調査・評価体制の根本的な見直し",
         aliases=["資源調査・評価体制の根本的な見直し"], role=B, ministry="水産庁", why=W),
    dict(line=1, text="878億円", budget_yen=87800000000, fy=FY, program="漁業経営安定対策の強化", role=B, ministry="水産庁", why=W),
    dict(line=1, text="8億円", budget_yen=800000000, fy=FY,
         program="水産業におけるICT等の先端技術の活用とデータ連携基盤の構築", role=B, ministry="水産庁", why=W),
    dict(line=1, text="262億円", budget_yen=26200000000, fy=FY, program="外国漁船対策等", role=B, ministry="水産庁", why=W),
]
NOT_ROWS = [
    dict(line=1, text="3003億円", value_yen=300300000000, fy=FY, mention_role=B, what="令和2年度水産予算概算要求 (headline)",
         reason="the fisheries request total"),
    dict(line=1, text="3003億円", value_yen=300300000000, fy=FY, mention_role=B, what="概算要求総額",
         reason="the fisheries request total"),
    dict(line=1, text="2167億円", value_yen=216700000000, fy=2018, mention_role="previous_budget", what="30年度当初予算額",
         reason="the comparison base of the total"),
]
