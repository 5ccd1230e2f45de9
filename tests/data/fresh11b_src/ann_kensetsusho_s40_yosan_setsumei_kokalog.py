from kinds import amt, fyr

DOC = "kensetsusho_s40_yosan_setsumei_kokalog"
# 建設大臣 小山長規 explaining 建設省関係の昭和四十年度歳入歳出予算 in the Diet (kokalog's copy of the 1965-03-26
# transcript, broken into short lines). KANJI numerals; `余` inside a figure at_least, min only (fresh2). `昭和四十` + next
# line `年度` (three times) a fiscal year on its start line. Every amount FY1965. No programme is given its own
# appropriation: the ministry's 歳入 (other) and 歳出 (budget), the 建設省関係 total, its changes against the previous
# year's initial and revised budgets (other), the 道路整備特別会計's total (budget) with its change and its revenues
# (一般会計より受け入れ, 負担金収入, 剰余金受け入れ: other), and the 国庫債務負担行為 amounts (官庁営繕, 国立国際会館建設,
# 直轄道路改築事業, 葛飾跨道橋架設附帯工事, 街路事業費補助, 首都圏街路事業費補助: authorisations to commit future years'
# money, other, traps as 熊本市's 限度額; budgets_tables: no rows). No row: the deck's row file is empty.
B, O, FY = "budget", "other", 1965
AL = ("at_least",)
_A = [
    (14, "二十二億三千二百余万円", 2232000000, O, AL, "所管一般会計 歳入", "revenue"),
    (14, "四千五百四十二億八百余万円", 454208000000, B, AL, "所管一般会計 歳出", "ministry total"),
    (22, "五千二百五十四億七千二百余万円", 525472000000, B, AL, "昭和四十年度の建設省関係予算", "ministry total"),
    (24, "六百九十一億七千百余万円", 69171000000, O, AL, "前年度の当初予算に比べた増加", "change"),
    (26, "六百二億二千六百余万円", 60226000000, O, AL, "前年度の補正後の予算に比べた増加", "change"),
    (27, "三十億八千百余万円", 3081000000, O, AL, "国庫債務負担行為 官庁営繕", "debt-burden authorisation"),
    (27, "一億七千七百万円", 177000000, O, (), "国庫債務負担行為 国立国際会館建設", "debt-burden authorisation"),
    (37, "三千四百八十三億七千九百余万円", 348379000000, B, AL, "道路整備特別会計 予算総額", "account total"),
    (39, "四百四十億五百余万円", 44005000000, O, AL, "道路整備特別会計 前年度当初比の増", "change"),
    (41, "三千百三十八億九千七百万円", 313897000000, O, (), "一般会計より受け入れ", "revenue of the special account"),
    (42, "二百六十九億二千三百万円", 26923000000, O, (), "地方公共団体工事費負担金収入", "revenue of the special account"),
    (43, "六億円", 600000000, O, (), "前年度剰余金受け入れ", "revenue of the special account"),
    (46, "百七十五億円", 17500000000, O, (), "国庫債務負担行為 直轄道路改築事業", "debt-burden authorisation"),
    (46, "四億八千七百万円", 487000000, O, (), "国庫債務負担行為 葛飾跨道橋架設附帯工事", "debt-burden authorisation"),
    (47, "三十三億六千万円", 3360000000, O, (), "国庫債務負担行為 街路事業費補助", "debt-burden authorisation"),
    (48, "二十億円", 2000000000, O, (), "国庫債務負担行為 首都圏街路事業費補助", "debt-burden authorisation"),
]
M = [fyr(5, "昭和四十", FY), fyr(20, "昭和四十", FY), fyr(34, "昭和四十", FY)] + [
    amt(ln, t, v, None if q else v, role=r, fy=FY, q=q) for ln, t, v, r, q, _, _ in _A]
ROWS: list = []
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=r, what=w, reason=why) for ln, t, v, r, _, w, why in _A]
