from kinds import amt, cnt, date, fyr

DOC = "uki_r3_6gatsu_nikuzuke"
# 熊本県宇城市's 令和3年度6月補正予算 (肉付け予算 after a 骨格予算), passed at the 令和3年第2回市議会定例会 (a session named
# by its year: a date 2021) on 6月22日. Every amount is FY2021 (line 1). `一般会計総額(6月補正後の予算総額)` is budget (the
# total after, a trap); its drop from the previous year's initial budget `2億1,956万円減少` a change (other, positive:
# the word carries the direction); `6月補正予算額` and `一般会計に38億5578万円を追加計上` supplementary (traps). The split
# by kind of expense (普通建設事業費, 物件費, 維持補修費; `性質別`) is other (fresh4's 新潟県), traps; the revenues (市債,
# 国庫支出金, 基金から繰入) other, traps. No row: the deck names no programme with its own figure. `3月に成立した` the
# initial budget's month (2021-03); `6つの基本目標` a count; `Society(ソサエティー)5.0` a name.
S, B, O, FY = "supplementary_budget", "budget", "other", 2021
M = [
    fyr(1, "令和3年度", FY), date(1, "令和3年", "2021"), date(1, "6月22日", "2021-06-22"),
    date(2, "3月", "2021-03"),
    amt(3, "337億6,783万円", 33767830000, role=B, fy=FY),
    amt(4, "2億1,956万円", 219560000, role=O, fy=FY),
    amt(6, "38億5,578万円", 3855780000, role=S, fy=FY),
    cnt(8, "6つ", 6, "つ"), amt(8, "38億5578万円", 3855780000, role=S, fy=FY),
    amt(11, "30億9781万円", 3097810000, role=O, fy=FY), amt(11, "1億8845万円", 188450000, role=O, fy=FY),
    amt(11, "4億5340万円", 453400000, role=O, fy=FY),
    amt(13, "15億560万円", 1505600000, role=O, fy=FY), amt(13, "7億1647万円", 716470000, role=O, fy=FY),
    amt(13, "11億9695万円", 1196950000, role=O, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=3, text="337億6,783万円", value_yen=33767830000, fy=FY, mention_role=B, what="一般会計総額(6月補正後の予算総額)",
         reason="account total after a supplementary"),
    dict(line=4, text="2億1,956万円", value_yen=219560000, fy=FY, mention_role=O, what="前年度当初予算と比較した減少額",
         reason="change from the previous year"),
    dict(line=6, text="38億5,578万円", value_yen=3855780000, fy=FY, mention_role=S, what="6月補正予算額", reason="supplementary total"),
    dict(line=8, text="38億5578万円", value_yen=3855780000, fy=FY, mention_role=S, what="一般会計に追加計上", reason="supplementary total"),
    dict(line=11, text="30億9781万円", value_yen=3097810000, fy=FY, mention_role=O, what="普通建設事業費 (性質別)",
         reason="kind of expense"),
    dict(line=11, text="1億8845万円", value_yen=188450000, fy=FY, mention_role=O, what="物件費 (性質別)",
         reason="kind of expense"),
    dict(line=11, text="4億5340万円", value_yen=453400000, fy=FY, mention_role=O, what="維持補修費 (性質別)",
         reason="kind of expense"),
    dict(line=13, text="15億560万円", value_yen=1505600000, fy=FY, mention_role=O, what="市債", reason="revenue of a supplementary"),
    dict(line=13, text="7億1647万円", value_yen=716470000, fy=FY, mention_role=O, what="国庫支出金", reason="revenue of a supplementary"),
    dict(line=13, text="11億9695万円", value_yen=1196950000, fy=FY, mention_role=O, what="基金からの繰入",
         reason="fund drawdown (revenue)"),
]
