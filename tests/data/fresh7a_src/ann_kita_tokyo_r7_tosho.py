from kinds import amt, cnt, dur, fyr

DOC = "kita_tokyo_r7_tosho"
# 東京都北区 (北区ニュース 令和7年4月20日号, kohoplus): 令和7年度当初予算が決まりました (2). Line 1 is the page's title
# taken from its address (the stored text starts at line 2); it and line 21 `■令和7年度当初予算の概要` scope the page:
# every amount budget FY2025. The works `◇『新』name…N円` (new), `◇『レ』name…N円` and unmarked `◇name…N円` are rows (a
# 補助 programme and a fund's use included: a programme's appropriation); the 一般会計 and 全会計合計 totals are traps.
# `100年先` a duration (a planning horizon); `2カ所` a count of か所; `東京2025デフリンピック` a name; `『3C』` a label.
B, FY = "budget", 2025
M = [
    fyr(1, "令和7年度", FY),
    dur(2, "100年", 100, "year"),
    amt(3, "2億2,454万円", 224540000, role=B, fy=FY),
    amt(5, "2,558万円", 25580000, role=B, fy=FY),
    amt(7, "1,377万円", 13770000, role=B, fy=FY),
    amt(8, "3,460万円", 34600000, role=B, fy=FY),
    cnt(9, "2カ所", 2, "か所"),
    amt(10, "3億3,843万円", 338430000, role=B, fy=FY),
    amt(13, "1億8,084万円", 180840000, role=B, fy=FY),
    amt(15, "381万円", 3810000, role=B, fy=FY),
    amt(17, "100万円", 1000000, role=B, fy=FY),
    fyr(21, "令和7年度", FY),
    amt(22, "1,917億円", 191700000000, role=B, fy=FY),
    amt(23, "2,744億円", 274400000000, role=B, fy=FY),
]
W = "a work `◇name…N円` of the 令和7年度当初予算 (title, line 21)"
ROWS = [
    dict(line=3, text="2億2,454万円", budget_yen=224540000, fy=FY, program="魅力ある公園整備", role=B, why=W + "; marked 『新』"),
    dict(line=5, text="2,558万円", budget_yen=25580000, fy=FY, program="公民連携まちづくり", role=B, why=W + "; marked 『新』"),
    dict(line=7, text="1,377万円", budget_yen=13770000, fy=FY, program="地域公共交通計画の改定", role=B, why=W + "; marked 『新』"),
    dict(line=8, text="3,460万円", budget_yen=34600000, fy=FY, program="自転車駐車場二次元コード決済導入", role=B,
         why=W + "; marked 『新』"),
    dict(line=10, text="3億3,843万円", budget_yen=338430000, fy=FY, program="私道防犯灯工事補助の実施", role=B, why=W + "; marked 『レ』"),
    dict(line=13, text="1億8,084万円", budget_yen=180840000, fy=FY, program="(仮称)芥川龍之介記念館の整備", role=B, why=W,
         aliases=["芥川龍之介記念館の整備"]),
    dict(line=15, text="381万円", budget_yen=3810000, fy=FY, program="東京2025デフリンピック等の気運醸成", role=B, why=W),
    dict(line=17, text="100万円", budget_yen=1000000, fy=FY, program="応援サポーター基金の活用", role=B, why=W),
]
NOT_ROWS = [
    dict(line=22, text="1,917億円", value_yen=191700000000, fy=FY, mention_role=B, what="一般会計", reason="account total"),
    dict(line=23, text="2,744億円", value_yen=274400000000, fy=FY, mention_role=B, what="全会計合計", reason="all-accounts total"),
]
