from kinds import amt, cnt, date

DOC = "zao_gikai163_hosei"
# 宮城県蔵王町's council newsletter (議会だより 163) on the supplementaries of its 11月会議 and 12月会議. The text writes
# NO year: fy null on every amount, rows `fy_alt: [2019]` (inferred: `台風19号` (令和元年東日本台風) and the Tokyo 2020
# host-town programme point to 2019; arguable). The sessions named by month are dates of that year (`11月会議` twice on
# line 3, once on line 1 → 2019-11; `12月会議` → 2019-12). Each session's addition is supplementary, the total after
# it budget (traps). The Q&A items with their own figures are supplementary rows: the consolation money to
# municipalities hit by the typhoon (`見舞金200万円`) and to residents (`70万円`: the appropriation, no size per
# household), the host-town programme (`229万円`). The 地方債 `2億6510万円` (a revenue) and the fund money `繰り戻す`
# (`2億4067万円`, returned to the fund: a revenue change) are other, traps. `3件`, `5件` counts; `台風19号` a name.
S, B, O = "supplementary_budget", "budget", "other"
M = [
    cnt(1, "3件", 3, "件"), cnt(1, "5件", 5, "件"), date(1, "11月", "2019-11"), date(1, "12月", "2019-12"),
    date(3, "11月", "2019-11"), date(3, "11月", "2019-11"),
    amt(3, "1億3230万円", 132300000, role=S), amt(3, "61億9646万円", 6196460000, role=B),
    amt(6, "200万円", 2000000, role=S), amt(6, "70万円", 700000, role=S),
    date(8, "12月", "2019-12"), amt(8, "3億7913万円", 379130000, role=S), amt(8, "65億7559万円", 6575590000, role=B),
    amt(11, "229万円", 2290000, role=S),
    amt(13, "2億6510万円", 265100000, role=O), amt(13, "2億4067万円", 240670000, role=O),
]
W = "a Q&A item of a session's 一般会計補正予算 with its own figure; the text writes no year"
R = dict(fy=None, fy_alt=[2019], role=S)
ROWS = [
    dict(line=6, text="200万円", budget_yen=2000000, program="台風19号により被災した自治体への見舞金", why=W + " (11月会議)",
         aliases=["災害見舞金"], **R),
    dict(line=6, text="70万円", budget_yen=700000, program="町内で被災された住民への見舞金", why=W + " (11月会議)",
         aliases=["罹災者見舞金"], **R),
    dict(line=11, text="229万円", budget_yen=2290000, program="ホストタウン交流推進事業費 (在パラオ日本大使館日本フェア派遣等経費)",
         why=W + " (12月会議)", aliases=["ホストタウン交流推進事業費", "在パラオ日本大使館日本フェア派遣等経費"], **R),
]
NOT_ROWS = [
    dict(line=3, text="1億3230万円", value_yen=132300000, fy=None, mention_role=S, what="11月会議の一般会計補正の追加額",
         reason="supplementary total"),
    dict(line=3, text="61億9646万円", value_yen=6196460000, fy=None, mention_role=B, what="11月会議の補正後の予算総額",
         reason="account total after a supplementary"),
    dict(line=8, text="3億7913万円", value_yen=379130000, fy=None, mention_role=S, what="12月会議の一般会計補正の追加額",
         reason="supplementary total"),
    dict(line=8, text="65億7559万円", value_yen=6575590000, fy=None, mention_role=B, what="12月会議の補正後の予算総額",
         reason="account total after a supplementary"),
    dict(line=13, text="2億6510万円", value_yen=265100000, fy=None, mention_role=O, what="地方債 (公共用地先行取得等事業)",
         reason="revenue (bond) of a supplementary"),
    dict(line=13, text="2億4067万円", value_yen=240670000, fy=None, mention_role=O, what="義務教育施設整備基金からの繰入金の繰り戻し",
         reason="revenue change (fund money returned)"),
]
