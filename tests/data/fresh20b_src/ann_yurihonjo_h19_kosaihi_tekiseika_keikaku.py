from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "yurihonjo_h19_kosaihi_tekiseika_keikaku"
# 秋田県由利本荘市's 公債費負担適正化計画 (paperzz's copy, made after the 平成18年度 settlement; PDF text with spaces between
# every digit group: `平成 18 年度`, `18.3 %`, `764 億 3 千 6 百万円`): the 実質公債費比率 18.3% that made the city need the
# prefecture's consent to issue bonds, the plan's 10 years to bring it to 18% or below, the 2005 merger of 1 市 7 町, and
# the 起債残高 at the end of 平成18年度 `764 億 3 千 6 百万円` (`other`, fy 2006, a trap). Texts keep the stored spaces.
O = "other"
M = [
    fyr(5, "平成 18 年度", 2006), pct(5, "18.3 %", 18.3),
    dur(10, "10 年間", 10, "year"),
    pct(11, "18 %", None, 18, q=("at_most",)),
    date(14, "平成 17 年 3 月 22 日", "2005-03-22"),
    cnt(15, "1 市", 1, "市"), cnt(15, "7 町", 7, "町"),
    fyr(22, "平成 18 年度", 2006),
    trap(amt(22, "764 億 3 千 6 百万円", 76436000000, role=O, fy=2006),
         "起債残高 (平成18年度末)", "the city's bond balance, not an appropriation"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
