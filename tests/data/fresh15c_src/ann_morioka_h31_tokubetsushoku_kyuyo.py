from kinds import amt, date, trap, traps

DOC = "morioka_h31_tokubetsushoku_kyuyo"
# 盛岡市's 特別職の給与について (平成31年4月1日現在): the mayor's, deputies', 教育長's, 管理者's, auditor's and council
# members' monthly pay (`月額 | 113万8000円`) and the non-standing members' 報酬 (月額, one 日額). Each amount is a pay rate
# per person: `other`, per `month` where `月額` stands before it in its row (fresh12b's `月額` → month), per null for the
# `日額` (no day per in the GUIDE); fy 2019 (the title's status date 平成31年4月1日: fresh14d's fy from a date only; NEW,
# arguable: the rows' 適用年月日 平成26年 / 平成20年 give the rate's start, not the year the figure is reported for);
# traps (pay rates per person, no programme). Each row's 適用年月日 is a date. `広報ID1011874` no mention; `更新日 令和1年10月
# 11日` a date. The last row is cut by the length limit after `副市長` (kept).
O, FY = "other", 2019
WHY = "a pay rate per person (報酬 / 給料 月額), not a budget"
M = [date(1, "平成31年4月1日", "2019-04-01"), date(2, "令和1年10月11日", "2019-10-11")]
for ln, text, v, who in [(6, "113万8000円", 1138000, "市長"), (7, "88万2000円", 882000, "副市長"),
                         (8, "72万1000円", 721000, "教育長"), (9, "72万1000円", 721000, "地方公営企業の管理者"),
                         (10, "56万9000円", 569000, "常勤の監査委員"), (11, "71万1000円", 711000, "議会議長"),
                         (12, "64万5000円", 645000, "議会副議長"), (13, "61万7000円", 617000, "議会議員")]:
    M += [trap(amt(ln, text, v, role=O, fy=FY, per="month"), f"{who} 給料(報酬) 月額", WHY),
          date(ln, "平成26年4月1日", "2014-04-01")]
for ln, text, v, who, per in [(18, "9万4800円", 94800, "教育委員会 委員", "month"),
                              (19, "7万2200円", 72200, "選挙管理委員会 委員長", "month"),
                              (20, "4万2800円", 42800, "選挙管理委員会 委員", "month"),
                              (21, "9600円", 9600, "選挙管理委員会 補充員 (日額)", None),
                              (22, "11万7400円", 117400, "監査委員 識見を有する委員", "month"),
                              (23, "5万9300円", 59300, "監査委員 議会選出委員", "month")]:
    M += [trap(amt(ln, text, v, role=O, fy=FY, per=per), f"{who} 報酬の額", WHY),
          date(ln, "平成20年4月1日", "2008-04-01")]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
