from kinds import amt, date, fyr, pct

DOC = "enecho_r4_shigen_nenryo_gaisan"
# エネルギープランナー's note on 資源エネルギー庁 資源・燃料部's share of 経済産業省's `来年度予算の概算要求`. The
# request is compared with `令和3年度当初予算`, which fixes `来年度` as FY2022 (as fresh4's `24年度補正` fixed by
# the text's years): every requested figure is budget fy 2022. 経済産業省's total `1兆4,026億円` and the 資源・燃料部
# total `3,772億円` (headline, heading, body) are traps; `201.4億円増` a change (other); `2,588.8億円` for
# 「石油・天然ガスの安定供給確保」 a row. `8月31日` is dated 2021 (the year the text fixes: the request follows
# 令和3年度). `2割程度` a percent (20, approx). `1.`, `2.`, `①`, `②` are list markers.
B, O, FY = "budget", "other", 2022
M = [
    amt(2, "3,772億円", 377200000000, fy=FY),
    pct(6, "11.9%", 11.9), fyr(6, "令和3年度", 2021), amt(6, "1兆4,026億円", 1402600000000, fy=FY),
    amt(8, "3,772億円", 377200000000, fy=FY),
    date(9, "8月31日", "2021-08-31"), amt(9, "3,772億円", 377200000000, fy=FY), fyr(9, "令和3年度", 2021),
    pct(9, "2割", 20, q=("approx",)),
    amt(10, "201.4億円", 20140000000, role=O, fy=FY), amt(10, "2,588.8億円", 258880000000, fy=FY),
]
ROWS = [
    dict(line=10, text="2,588.8億円", budget_yen=258880000000, fy=FY, program="石油・天然ガスの安定供給確保", role=B,
         why="a measure `…等として N億円を要求` of the 資源・燃料部 概算要求 (来年度 = FY2022: compared with 令和3年度)"),
]
NOT_ROWS = [
    dict(line=2, text="3,772億円", value_yen=377200000000, fy=FY, mention_role=B, what="資源・燃料関係 (headline)",
         reason="department total"),
    dict(line=6, text="1兆4,026億円", value_yen=1402600000000, fy=FY, mention_role=B, what="経済産業省の要求総額",
         reason="ministry total"),
    dict(line=8, text="3,772億円", value_yen=377200000000, fy=FY, mention_role=B, what="資源・燃料関係 (heading)",
         reason="department total"),
    dict(line=9, text="3,772億円", value_yen=377200000000, fy=FY, mention_role=B, what="資源エネルギー庁資源・燃料部関係",
         reason="department total"),
    dict(line=10, text="201.4億円", value_yen=20140000000, fy=FY, mention_role=O, what="増額", reason="change"),
]
