from kinds import amt, dur, fyr, pct

DOC = "samukawa_h28_shinnendo_yosan"
# 寒川町 新年度 (平成28年度) 予算 (タウンニュース 寒川版, 2016-02-26; its masthead and share links trimmed): the total
# of all accounts and the 一般会計 are budget FY2016 (traps); the new programmes `☆name(N万円)` under the 平成28年度
# 主な新規事業 are budget FY2016 (rows); `1・4%` (middle dot) → 1.4; `過去5年` a duration; `2歳児` an age. The last
# figure `(2152万円` is whole (its bracket cut by the length limit).
B, FY = "budget", 2016
M = [
    amt(1, "262億円", 26200000000, fy=FY),
    amt(5, "262億6844万1千円", 26268441000, fy=FY),
    pct(5, "1・4%", 1.4),
    dur(5, "5年", 5, "year"),
    amt(5, "138億1800万円", 13818000000, fy=FY),
    fyr(5, "平成28年度", FY),
]
ITEMS = [
    (7, "4万円", 40000, "地方創生総合戦略推進事業", []),
    (7, "749万円", 7490000, "タウンセールス事業", []),
    (9, "2億5305万円", 253050000, "聖天橋橋りょう上部の製作", []),
    (9, "7229万円", 72290000, "倉見駅バリアフリー化(エレベーター・スロープ等設置の調整及び設計)", ["倉見駅バリアフリー化"]),
    (9, "283万円", 2830000, "猫の不妊、去勢手術費助成対象の拡充", []),
    (11, "2373万円", 23730000, "介護ボランティアポイント制度の導入", []),
    (11, "210万円", 2100000, "特定不妊治療費助成事業 助成対象の拡充", ["特定不妊治療費助成事業"]),
    (11, "4046万円", 40460000, "妊婦健康診査の助成拡充", []),
    (11, "144万円", 1440000, "2歳児歯科健康診査の新規実施", []),
    (11, "8億233万円", 802330000, "一之宮愛児園大規模改修", []),
    (11, "610万円", 6100000, "緊急輸送道路沿道建築物に対する補助", []),
    (11, "1億1899万円", 118990000, "救助工作車の更新", []),
    (11, "2152万円", 21520000, "防犯灯の増設", []),
]
M += [amt(ln, t, v, fy=FY) for ln, t, v, _, _ in ITEMS]
W = "`☆name(N万円)` under 平成28年度の主な新規事業"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, aliases=a, role=B, why=W) for ln, t, v, p, a in ITEMS]
NOT_ROWS = [
    dict(line=1, text="262億円", value_yen=26200000000, fy=FY, mention_role=B, what="総額 (headline)",
         reason="total of all accounts"),
    dict(line=5, text="262億6844万1千円", value_yen=26268441000, fy=FY, mention_role=B, what="総額",
         reason="total of all accounts"),
    dict(line=5, text="138億1800万円", value_yen=13818000000, fy=FY, mention_role=B, what="一般会計",
         reason="account total"),
]
