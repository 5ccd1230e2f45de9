from kinds import amt, cnt, date, fyr, pct

DOC = "niiza_h27_kaigo_kamiki_zaisei"
# 新座市's half-year execution of its 介護保険事業特別会計 (平成27年度). The account's 当初予算額 and its total after two
# supplementaries are `budget` FY2015 (fresh5a's 最終予算額), the supplementaries' addition `supplementary_budget`
# FY2015; all three are an account's totals: traps, no row (an account is not a programme: 倉敷市's 国民健康保険事業,
# 藤井寺市's 介護保険). 収入済額 and 支出済額 are `other` (settled), traps. The window `平成27年4月1日から同年9月30日まで`
# is two points (GUIDE: `XからYまで`), `同年9月30日` read as 2015-09-30 (text `9月30日`). `2回` a count. The law number
# `昭和22年法律第67号`, `第243条の3第1項`, list marks `1`, `2`, `⑴`, `⑵`: no mentions.
B, S, O, FY = "budget", "supplementary_budget", "other", 2015
M = [
    fyr(2, "平成27年度", FY), date(2, "平成27年4月1日", "2015-04-01"), date(2, "9月30日", "2015-09-30"),
    cnt(4, "2回", 2, "回"),
    amt(4, "82億6,868万4,000円", 8268684000, fy=FY), amt(4, "2億528万1,000円", 205281000, role=S, fy=FY),
    amt(4, "84億7,396万5,000円", 8473965000, fy=FY),
    amt(7, "38億3,417万948円", 3834170948, role=O, fy=FY), pct(7, "45.2%", 45.2),
    amt(9, "33億5,469万617円", 3354690617, role=O, fy=FY), pct(9, "39.6%", 39.6),
]
ROWS: list[dict] = []
A = "a special account's total (an account is not a programme)"
NOT_ROWS = [
    dict(line=4, text="82億6,868万4,000円", value_yen=8268684000, fy=FY, mention_role=B, what="当初予算額", reason=A),
    dict(line=4, text="2億528万1,000円", value_yen=205281000, fy=FY, mention_role=S, what="補正 追加", reason=A),
    dict(line=4, text="84億7,396万5,000円", value_yen=8473965000, fy=FY, mention_role=B, what="補正後 総額", reason=A),
    dict(line=7, text="38億3,417万948円", value_yen=3834170948, fy=FY, mention_role=O, what="収入済額",
         reason="settled revenue of the half year"),
    dict(line=9, text="33億5,469万617円", value_yen=3354690617, fy=FY, mention_role=O, what="支出済額",
         reason="settled expenditure of the half year (執行額)"),
]
