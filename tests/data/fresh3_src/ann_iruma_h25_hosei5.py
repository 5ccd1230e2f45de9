from kinds import amt, date, fyr

DOC = "iruma_h25_hosei5"
# 入間市 平成25年度一般会計補正予算(第5号): the budget as it stood (予算現計額) and the total after are budget FY2013,
# the addition supplementary_budget FY2013. The 歳入 table's cells (`600`, `63,026` under `補正予算額(千円)`) carry no
# unit of their own: no mentions (the wild sets' call on table cells). `平成25年第5回…定例会` is a session named by its
# year (2013, as written); `(3月議会)` is the March session that passes a fiscal year's last supplementary: March of
# the fiscal year's second calendar year, 2014-03. `(第5号)`, `第5回`, `ページ番号1002795`, list numbers are no mentions.
B, S, FY = "budget", "supplementary_budget", 2013
M = [
    fyr(1, "平成25年度", FY),
    date(5, "平成29年3月3日", "2017-03-03"),
    date(7, "平成25年", "2013"),
    date(7, "3月", "2014-03"),
    amt(12, "382億5,049万7千円", 38250497000, fy=FY),
    amt(12, "7億6,610万6千円", 766106000, role=S, fy=FY),
    amt(12, "390億1,660万3千円", 39016603000, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=12, text="382億5,049万7千円", value_yen=38250497000, fy=FY, mention_role=B, what="予算現計額",
         reason="the account's budget before the supplementary"),
    dict(line=12, text="7億6,610万6千円", value_yen=766106000, fy=FY, mention_role=S, what="追加額",
         reason="total of the supplementary"),
    dict(line=12, text="390億1,660万3千円", value_yen=39016603000, fy=FY, mention_role=B, what="補正後の総額",
         reason="the account's total after the supplementary"),
]
