from kinds import amt, cnt, fyr

DOC = "ishikawa_pref_h26_yosan"
# 石川県 (知事 議案説明要旨, 平成26年第1回県議会定例会 2014-02-03, section 予算総額および歳入について; a cache copy of the
# prefecture's page): the 平成二十六年度 initial budget in prose, every figure in kanji numerals (every amount FY2014).
# The 一般会計当初予算の総額 and the 特別会計・事業会計 total are budget (traps); the financing (県税, 地方交付税, 国庫支出金,
# 地方債) revenues other; the 県税 increase other. `余` → at_least, min only. `十六の特別会計や事業会計` a count of 16
# 会計 (the counted noun after `の`).
B, O, FY = "budget", "other", 2014
M = [
    fyr(1, "平成二十六年度", FY),
    amt(1, "四千六百八十八億七千八百万円", 468878000000, role=B, fy=FY),
    amt(1, "一千二百八億円", 120800000000, role=O, fy=FY),
    amt(1, "一千二百五十九億円", 125900000000, role=O, fy=FY),
    amt(1, "四百五十六億三千二百万円", 45632000000, None, role=O, fy=FY, q=("at_least",)),
    amt(1, "六百四十九億六百万円", 64906000000, role=O, fy=FY),
    amt(2, "百十三億円", 11300000000, role=O, fy=FY),
    cnt(3, "十六", 16, "会計"),
    amt(3, "二千六百六十七億五千三百万円", 266753000000, None, role=B, fy=FY, q=("at_least",)),
]
ROWS: list[dict[str, object]] = []
_W = [
    (1, "四千六百八十八億七千八百万円", "一般会計当初予算の総額", "account total"),
    (1, "一千二百八億円", "県税", "revenue"), (1, "一千二百五十九億円", "地方交付税", "revenue"),
    (1, "四百五十六億三千二百万円", "国庫支出金", "revenue"), (1, "六百四十九億六百万円", "地方債", "revenue"),
    (2, "百十三億円", "県税の増収", "change"),
    (3, "二千六百六十七億五千三百万円", "十六の特別会計・事業会計の総額", "accounts' total"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=FY,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t), what=w, reason=why)
            for ln, t, w, why in _W]
