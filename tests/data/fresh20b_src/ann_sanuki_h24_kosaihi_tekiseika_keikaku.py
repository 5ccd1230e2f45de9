from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "sanuki_h24_kosaihi_tekiseika_keikaku"
# 香川県さぬき市's 公債費負担適正化計画 (平成24年9月策定; paperzz's copy, its table of contents and first page run into one
# line): the 市債残高 at the end of 平成23年度 `491.4億円` (`other`, fy 2011, a trap), the 実質公債費比率 `19.1%` above the
# 18% line of 起債許可団体. The 目次's page numbers and `⑴` marks are no mentions; `平成14年の合併` a date (2002);
# `今後10年間` a duration.
O = "other"
M = [
    date(1, "平成24年9月", "2012-09"),
    date(1, "平成14年", "2002"),
    fyr(1, "平成23年度", 2011),
    trap(amt(1, "491.4億円", 49140000000, role=O, fy=2011),
         "市債残高 (平成23年度末, 普通会計・公営企業会計)", "the city's debt balance, not an appropriation"),
    fyr(1, "平成24年度", 2012),
    pct(1, "19.1%", 19.1), pct(1, "18%", 18),
    dur(1, "10年間", 10, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
