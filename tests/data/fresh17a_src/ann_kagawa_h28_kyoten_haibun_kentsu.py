from kinds import amt, cnt, date, fyr, trap, traps

DOC = "kagawa_h28_kyoten_haibun_kentsu"
# 香川県 and its cities: the first allocation of the 地方創生拠点整備交付金 to the prefecture, 3市 and 3町 and their facility plans,
# as 建通新聞社四国 reports it on senmonshi.com (2017-02-10). Every amount is a grant allocated: the national round's total
# (`約556億4000万円` to 897事業), 香川県's share with its towns and cities (`5億0495万5000円`, the headline's `5億円`), and the
# grants per project (県 オリーブ関連研究施設 `1億1450万円`, 丸亀市 `9175万円`, さぬき市 `6860万円`, 三豊市 `4997万円`): `support`
# (fresh15b: grants decided for one recipient and totals of grants allocated), traps. fy 2016: the grant is put in the
# recipients' budgets `年度内に補正措置` and the page is dated 2017-02-10, so the fiscal year 2016 (fresh9b's 和歌山県 `2月補正分`
# fixed by the news date; NEW, arguable: the deck writes no year for the money; a reader could give null, 7 fy, or the
# `2017年度早々から…充当` of the spending, 2017). `2017年度` a fiscal year; `2017/02/10` a date; `7自治体`, `897事業`, `3市`, `3町`
# counts. `第1弾` an ordinal, `旧広島中学校` a name: no mentions.
S = "support"
A = "a grant allocated to one body for one facility project, not a budget row"
T = "a total of grants allocated, not a budget row"
M = [
    date(5, "2017/02/10", "2017-02-10"),
    cnt(6, "7自治体", 7, "自治体"),
    trap(amt(6, "5億円", 500000000, role=S, fy=2016), "香川県等7自治体への配分 (見出し)", T),
    cnt(7, "897事業", 897, "事業"),
    trap(amt(7, "556億4000万円", 55640000000, role=S, fy=2016, q=("approx",)), "地方創生拠点整備交付金 第1弾 全国の配分", T),
    cnt(7, "3市", 3, "市"), cnt(7, "3町", 3, "町"),
    trap(amt(7, "5億0495万5000円", 504955000, role=S, fy=2016), "香川県と3市3町への配分", T),
    fyr(7, "2017年度", 2017),
    trap(amt(8, "1億1450万円", 114500000, role=S, fy=2016), "香川県 オリーブ関連研究施設整備事業", A),
    trap(amt(9, "9175万円", 91750000, role=S, fy=2016), "丸亀市 地域活性化と交流促進の拠点施設整備事業", A),
    trap(amt(10, "6860万円", 68600000, role=S, fy=2016), "さぬき市 滞在型観光推進のための拠点施設整備事業", A),
    trap(amt(11, "4997万円", 49970000, role=S, fy=2016), "三豊市 みとよ未来創造館 多世代交流事業", A),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
