DOC = "kumagaya_mayor_h30_tosho_blog"
B, F = "budget", 2018
AMOUNTS = [
    (13, "643億円", 64300000000, 64300000000, B, F),
    (13, "286億3,000万円", 28630000000, 28630000000, B, F),
    (13, "74億7,500万円", 7475000000, 7475000000, B, F),
    (13, "1,004億500万円", 100405000000, 100405000000, B, F),
    (13, "44億3,500万円", 4435000000, 4435000000, "other", F),
    (13, "51億円", 5100000000, 5100000000, "other", F, ["approx"]),
]
ROWS = []
def n(text, yen, role, what, reason):
    return dict(line=13, text=text, value_yen=yen, fy=F, mention_role=role, what=what, reason=reason)
NOT_ROWS = [
    n("643億円", 64300000000, B, "一般会計", "general account total"),
    n("286億3,000万円", 28630000000, B, "特別会計", "total of the special accounts"),
    n("74億7,500万円", 7475000000, B, "水道事業会計", "an enterprise account's budget, not a programme"),
    n("1,004億500万円", 100405000000, B, "予算総額", "total of every account"),
    n("44億3,500万円", 4435000000, "other", "本年度当初に比べて…の減", "change against this year's initial budget"),
    n("51億円", 5100000000, "other", "国民健康保険特別会計…事業費が約51億円減少", "change of an account's spending"),
]
