from kinds import amt, date, fyr

DOC = "mhlw_h24_hosei_uchiwake_cocolog"
# 厚生労働省's 平成24年度 補正予算(案) 内訳(概要) as a labour-office blog reprints the ministry's list (one item a line,
# `name N円`). The title labels every figure supplementary_budget FY2012 (GUIDE: a title `…補正予算（案）…` makes
# every item amount supplementary_budget of its year; `(案)` in the title only is no draft). The ministry's
# 追加額の計 and its split by account (一般会計 / 特別会計) are traps; the pillar `I 緊急経済対策関係`, its three
# 関係 groups (`第N 「…」関係`) and the items under them are rows (a parent and its children, fresh6b/fresh8a).
# `(再掲)` items repeat an earlier row (NEW: ambiguous rows, as fresh8a's restatements); `(一部再掲)` ones are rows
# of their own (partly re-listed). `(500億円の内数)` a part of another item's figure (part_of): a trap, no own
# figure. `制度要求` no amount. `1月16日` dated 2013 (the 平成24年度 supplementary was decided in January 2013).
S, FY = "supplementary_budget", 2012
_A = [  # (line, text, yen)
    (3, "3兆2,198億円", 3219800000000), (4, "3兆1,698億円", 3169800000000), (4, "500億円", 50000000000),
    (5, "7,034億円", 703400000000), (6, "1,691億円", 169100000000), (7, "33億円", 3300000000),
    (8, "22億円", 2200000000), (9, "13億円", 1300000000), (10, "12億円", 1200000000), (11, "7億円", 700000000),
    (12, "3.1億円", 310000000), (13, "600億円", 60000000000), (14, "1,000億円", 100000000000),
    (17, "1,345億円", 134500000000), (18, "406億円", 40600000000), (20, "278億円", 27800000000),
    (21, "143億円", 14300000000), (22, "16億円", 1600000000), (23, "89百万円", 89000000),
    (24, "500億円", 50000000000), (25, "3,999億円", 399900000000), (27, "2,801億円", 280100000000),
    (28, "500億円", 50000000000), (29, "30億円", 3000000000), (30, "63億円", 6300000000),
    (32, "600億円", 60000000000), (33, "1,000億円", 100000000000),
]
M = [fyr(1, "平成24年度", FY), date(2, "1月16日", "2013-01-16"), fyr(2, "平成24年度", FY),
     amt(19, "500億円", 50000000000, role=S, fy=FY, q=("part_of",))] + [amt(ln, t, v, role=S, fy=FY) for ln, t, v in _A]
W = "`name N円` in 厚生労働省's 平成24年度補正予算(案)の内訳 (title label: supplementary FY2012)"
WP = "a pillar or 関係 group `… 関係 N円` in 厚生労働省's 平成24年度補正予算(案)の内訳"
_R = {  # line: (program, why, ambiguous note)
    5: ("緊急経済対策関係", WP, None), 6: ("「成長による富の創出」関係", WP, None),
    7: ("臨床研究中核病院等の整備", W, None), 8: ("再生医療の臨床応用に向けた人材育成", W, None),
    9: ("肝炎研究推進のための臨床研究基盤体制の整備", W, None), 10: ("創薬支援機能の強化のための研究設備の整備", W, None),
    11: ("開発途上国向け医薬品開発の促進", W, None), 12: ("生活衛生関係営業の安定化支援", W, None),
    13: ("若年者への人材育成の推進", W, None), 14: ("地域の雇用創出", W, None),
    17: ("「復興・防災対策」関係", WP, None), 18: ("医療施設の耐震化の推進", W, None),
    20: ("水道施設の耐震化・老朽化対策等の推進", W, None), 21: ("社会福祉施設の耐震化等整備の推進", W, None),
    22: ("災害時における在宅障害者の避難スペースの整備", W, None),
    23: ("広域災害・救急医療情報システム(EMIS)の機能の充実", W, None), 24: ("被災者の雇用の確保", W, None),
    25: ("「暮らしの安心・地域活性化」関係", WP, None), 27: ("安定した医療保険制度の構築", W, None),
    28: ("災害医療や在宅医療の推進、地域の医師確保等", W, None), 29: ("医療提供体制を充実するための医療機器等の整備", W, None),
    30: ("新型インフルエンザ対策の推進", W, None),
    32: ("若年者への人材育成の推進", W, "`(再掲)`: the line 13 row listed again under 雇用関係"),
    33: ("地域の雇用創出", W, "`(再掲)`: the line 14 row listed again under 雇用関係"),
}
_V = {ln: (t, v) for ln, t, v in _A}
ROWS = []
for ln, (prog, why, amb) in _R.items():
    t, v = _V[ln]
    row = dict(line=ln, text=t, budget_yen=v, fy=FY, program=prog, role=S, why=why)
    if amb:
        row.update(ambiguous=True, note=amb)
    ROWS.append(row)
NOT_ROWS = [
    dict(line=3, text="3兆2,198億円", value_yen=3219800000000, fy=FY, mention_role=S, what="追加額の計",
         reason="the ministry's supplementary total"),
    dict(line=4, text="3兆1,698億円", value_yen=3169800000000, fy=FY, mention_role=S, what="一般会計",
         reason="a split of the ministry's total by account"),
    dict(line=4, text="500億円", value_yen=50000000000, fy=FY, mention_role=S, what="特別会計",
         reason="a split of the ministry's total by account"),
    dict(line=19, text="500億円", value_yen=50000000000, fy=FY, mention_role=S, what="災害医療体制の整備の支援 (500億円の内数)",
         reason="の内数: a part of another item's figure (line 28), no figure of its own"),
]
