from kinds import amt, date, trap, traps

DOC = "itsuki_zorin_jigyo_hojo_yoryo"
# 熊本県五木村's 造林事業補助金実施要領 (例規集): unit grants per hectare and per 100 m (`244,000円/ha`, `11,000円/100m`)
# are `support`, per null (an area or length is no `per` of the GUIDE; fresh8b's `200円/10a` `support`), no qualifier,
# fy null (the 要領 labels no year for them; `毎年度見直す` no year). Dates: the 告示 date `令和3年10月29日` alone on line 2
# is a date; beside `告示第64号` on lines 32 and 37 it is part of the notice citation, no mention (audit: fresh22a's
# `平成29年3月14日条例第8号`, office's `令和２年１月１５日厚生労働省告示第５号`); `令和3年11月1日から施行` and `令和3年4月1日から` points,
# `(令和3年11月1日施行)`. Not mentions: `告示第64号`, `第9編` `第2章` `第3節`, list numbers `(1)`…`(4)`, `100m` a length.
S = "support"


def unit(line: int, text: str, yen: int, what: str) -> dict:
    return trap(amt(line, text, yen, role=S), what, "a unit grant per area or length")


M = [
    date(2, "令和3年10月29日", "2021-10-29"),
    unit(16, "244,000円", 244000, "再造林 ha当たり"),
    unit(19, "100,000円", 100000, "広葉樹造林推進 ha当たり"),
    unit(22, "11,000円", 11000, "シカ食害防止施設 100m当たり"),
    unit(25, "17,000円", 17000, "保育支援(下刈り) ha当たり"),
    date(30, "令和3年11月1日", "2021-11-01"),
    date(30, "令和3年4月1日", "2021-04-01"),
    date(33, "令和3年11月1日", "2021-11-01"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
