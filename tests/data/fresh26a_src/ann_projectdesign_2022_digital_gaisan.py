from kinds import amt, date, fyr, trap, traps

DOC = "projectdesign_2022_digital_gaisan"
# デジタル庁's 2022年度 概算要求 as 事業構想 (projectdesign.jp) reports it: budget FY2022. The agency total
# `5426億3200万円` and the headline's `5400億円超` (at_least, max null, GUIDE `超`) traps. Rows: the 情報システム
# 経費 `5300億円`, its part `4796.7億円` (parent and child rows, fresh24a), the 運営経費, マイナンバー, 人材, サイバー
# items; `うち6億円を…コンプライアンス確保や調達改革…に充てる` a part named by its use, an AMBIGUOUS row. The clipped
# `この5300億のうち` (no 円) restates the row: an amount (fresh8a's clipped `2億`), an AMBIGUOUS duplicate row. NEW,
# arguable: the misprint `79億5300億円` read as the intended `79億5300万円` (fresh's `414億1875満円`, a typo for 万円).
# `2022年度からは` 2022 (a start is a point); `2022年度の概算要求` 2022.
B, FY, MIN = "budget", 2022, "デジタル庁"
M = [
    fyr(1, "2022年度", FY),
    trap(amt(1, "5400億円", 540000000000, None, fy=FY, q=("at_least",)), "概算要求 (headline)", "the agency total, rounded"),
    date(2, "2021年8月31日", "2021-08-31"), fyr(2, "2022年度", FY),
    trap(amt(2, "5426億3200万円", 542632000000, fy=FY), "デジタル庁全体での概算要求額", "the agency's request total"),
    amt(2, "5300億円", 530000000000, fy=FY),
    amt(3, "5300億", 530000000000, fy=FY), amt(3, "4796.7億円", 479670000000, fy=FY),
    fyr(3, "2022年度", FY), fyr(3, "2022年度", FY),
    amt(4, "79億5300億円", 7953000000, fy=FY), amt(4, "6億円", 600000000, fy=FY), amt(4, "10.7億円", 1070000000, fy=FY),
    amt(4, "24.7億円", 2470000000, fy=FY), amt(4, "1.8億円", 180000000, fy=FY),
]
ROWS = [
    dict(line=2, text="5300億円", budget_yen=530000000000, fy=FY, program="情報システムの整備・運用に関する経費", role=B,
         ministry=MIN, why="a named expense with its requested figure"),
    dict(line=3, text="5300億", budget_yen=530000000000, fy=FY, program="情報システムの整備・運用に関する経費", role=B,
         ministry=MIN, ambiguous=True, why="the clipped restatement `この5300億のうち`", note="duplicate of line 2's row"),
    dict(line=3, text="4796.7億円", budget_yen=479670000000, fy=FY,
         program="「デジタル庁システム」、「デジタル庁・各府省共同プロジェクト型システム」及び「各府省システム」に係る経費",
         aliases=["各府省システムに係る経費"], role=B, ministry=MIN, why="a part of the 情報システム 経費, named"),
    dict(line=4, text="79億5300億円", budget_yen=7953000000, fy=FY, program="デジタル庁の運営に関する経費", role=B, ministry=MIN,
         why="a named expense (the misprinted 万 read as written intent)"),
    dict(line=4, text="6億円", budget_yen=600000000, fy=FY, program="コンプライアンス確保や調達改革、入札制限など",
         role=B, ministry=MIN, ambiguous=True, why="`うち6億円を…に充てる`: a part of the 運営経費 named by its use"),
    dict(line=4, text="10.7億円", budget_yen=1070000000, fy=FY, program="マイナンバー制度の推進等に係る経費", role=B,
         ministry=MIN, why="`…経費として N億円`"),
    dict(line=4, text="24.7億円", budget_yen=2470000000, fy=FY, program="デジタル人材確保に係る経費", role=B, ministry=MIN,
         why="`…経費として N億円`"),
    dict(line=4, text="1.8億円", budget_yen=180000000, fy=FY, program="サイバーセキュリティ確保環境整備に係る経費", role=B,
         ministry=MIN, why="`…経費として N億円を概算要求`"),
]
NOT_ROWS = traps(M)
