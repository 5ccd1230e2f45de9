from kinds import amt, pct, trap, traps

DOC = "okurasho_s36_yosan_setsumei_kokalog"
# 大蔵省's 政府委員 石原周夫 explains the 昭和三十六年度 budget to a Diet committee (kokalog.net's viewer page of the
# speech; the stored text breaks a line at every linked word). All the figures are the general account's revenue side and
# totals: tax revenue `一兆七千二百九十七億円`, non-tax `二千三百六十六億`, the surplus carried in `五百十二億`, the sum
# `二兆百七十五億`, the tax cut `九百二十五億`, the net cut `六百四十八億`, 歳入総額 `一兆九千五百二十七億`, and their
# increases: other (revenue lines and changes, issue 22, fresh10b), fy 1961, traps. The quoted title 「昭和三十六年度予算の
# 説明」 (`昭和三十六` / `年度予算の` over two lines) is no fiscal-year mention (GUIDE: quoted titles) but names the year of
# every 1961 figure (fresh13d's quoted plan title). `三十四` / `年度剰余金` and `三十五` / `年度` have no era: no mentions;
# `三十五年度` sets fy 1960 on `当初予算一兆五千六百九十六億` (previous_budget: the year before's budget total, a trap),
# 国民所得 `十兆四千六百億` (a statistic, other, a trap) and the 1960 total with its supplementary `一兆七千六百五十一億`
# (previous_budget FY1960 since the blind audit: the year before's budget after its supplementary used as a
# comparison base, fresh3's `昭和三十六年度補正後の予算…に比較すると`; a total, a trap). `一五・〇%` a percent; the last
# line's `十一` is cut with its unit (no mention). `N億` without 円 in a money sentence is an amount (fresh2, fresh4). No rows: no programme's figure.
O, FY = "other", 1961
REV = "revenue of the general account or a change of it, not a programme's spending"
M = [
    trap(amt(16, "一兆七千二百九十七億円", 1729700000000, role=O, fy=FY), "租税及び印紙収入の見込み額", REV),
    trap(amt(18, "三千九百三十億", 393000000000, role=O, fy=FY), "租税収入 前年度当初予算比 増", REV),
    trap(amt(19, "二百四億", 20400000000, role=O, fy=FY), "租税外収入 増", REV),
    trap(amt(19, "二千三百六十六億", 236600000000, role=O, fy=FY), "租税外収入の見込み", REV),
    trap(amt(21, "五百十二億", 51200000000, role=O, fy=FY), "前年度剰余金 (三十四年度剰余金)", REV),
    trap(amt(21, "三百四十四億", 34400000000, role=O, fy=FY), "前年度剰余金 増", REV),
    trap(amt(22, "二兆百七十五億", 2017500000000, role=O, fy=FY), "歳入 合計 (減税前)", REV),
    trap(amt(24, "四千四百七十九億", 447900000000, role=O, fy=FY), "前年度当初予算比 増", REV),
    trap(amt(24, "九百二十五億", 92500000000, role=O, fy=FY), "減税額", REV),
    trap(amt(30, "六百四十八億", 64800000000, role=O, fy=FY), "純減税額", REV),
    trap(amt(31, "一兆九千五百二十七億", 1952700000000, role=O, fy=FY), "歳入総額", "the general account's whole revenue, a total"),
    trap(amt(32, "三千八百三十一億", 383100000000, role=O, fy=FY), "歳入総額 前年度当初予算比 増", REV),
    trap(amt(39, "一兆五千六百九十六億", 1569600000000, role="previous_budget", fy=1960), "三十五年度 当初予算 (一般会計)",
         "the year before's general-account total"),
    trap(amt(40, "十兆四千六百億", 10460000000000, role=O, fy=1960), "国民所得 (見込み)", "a statistic of the economy"),
    pct(40, "一五・〇%", 15.0),
    trap(amt(41, "一兆七千六百五十一億", 1765100000000, role="previous_budget", fy=1960),
         "三十五年度 補正予算案を含めた一般会計", "the year before's general-account total with its supplementary"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
