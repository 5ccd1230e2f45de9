from kinds import amt, date, fyr

DOC = "todohokke_s41_yosan_hoshin_adeac"
# 椴法華村 (北海道; now part of 函館市), its 村長 reporting the 予算編成方針 of the new year's budget to the assembly, as
# 函館市's digital city history quotes it. Every figure in KANJI numerals. The year is said once, after the figures
# (line 20: `前述のように昭和四十一年度は建設関係に重点をおき予算編成をしております`): every amount budget FY1966 (the
# brief: the year said once sets the paragraph). The programmes under each 款 heading (`・…費関係`) are rows
# (`…のため N円計上`, `name に N円`, `name N円`); the `計 N円` of a heading (a sum of the two programmes before it) and
# `計上建設事業費の総額` (the sum of every figure above: 22.3+268+160+155.6+85.9+2119.3 = 2811.1万円) are traps.
# `八月頃` a year-less month in the budget's year (spoken before 昭和41年度 began: 1966-08), `頃` read as approx (as the
# GUIDE's `2010年前後`); `昭和四十一年度` in the history's heading `一般会計決算(昭和四十一年度決算)` a fiscal year;
# `昭和四十二年三月三十一日` a date.
B, FY = "budget", 1966
_A = [(9, "二十二万三千円", 223000), (11, "八十八万円", 880000), (11, "百八十万円", 1800000), (11, "二百六十八万円", 2680000),
      (13, "百六十万円", 1600000), (15, "三十三万六千円", 336000), (15, "百二十二万円", 1220000), (15, "百五十五万六千円", 1556000),
      (17, "八十五万九千円", 859000), (19, "二千百十九万三千円", 21193000), (19, "二千八百十一万一千円", 28111000)]
M = [date(3, "八月", "1966-08", q=("approx",))] + [amt(ln, t, v, role=B, fy=FY) for ln, t, v in _A] + [
    fyr(20, "昭和四十一年度", FY), fyr(22, "昭和四十一年度", FY), date(24, "昭和四十二年三月三十一日", "1967-03-31")]
W = "a works programme with its own figure under a 款 heading of the village head's 昭和四十一年度 予算編成方針 (line 20)"
_R = {(9, "二十二万三千円"): ("街路灯の新設・螢光灯への切替", ["街路灯"]), (11, "八十八万円"): ("造林事業", []),
      (11, "百八十万円"): ("昆布礁の築設事業", []), (13, "百六十万円"): ("保養温泉地区整備事業", []),
      (15, "三十三万六千円"): ("八幡川護岸工事", []), (15, "百二十二万円"): ("港湾整備事業", []),
      (17, "八十五万九千円"): ("防火水槽その他", ["防火水槽"]), (19, "二千百十九万三千円"): ("港湾海岸災害復旧工事", [])}
_V = {(ln, t): v for ln, t, v in _A}
ROWS = [dict(line=ln, text=t, budget_yen=_V[(ln, t)], fy=FY, program=p, aliases=a, role=B, why=W)
        for (ln, t), (p, a) in _R.items()]
NOT_ROWS = [
    dict(line=11, text="二百六十八万円", value_yen=2680000, fy=FY, mention_role=B, what="計 (農林水産業費関係: 造林 + 昆布礁)",
         reason="a sum of the two programmes before it"),
    dict(line=15, text="百五十五万六千円", value_yen=1556000, fy=FY, mention_role=B, what="計 (土木費関係: 護岸 + 港湾整備)",
         reason="a sum of the two programmes before it"),
    dict(line=19, text="二千八百十一万一千円", value_yen=28111000, fy=FY, mention_role=B, what="計上建設事業費の総額",
         reason="the total of every works figure of the speech"),
]
