from kinds import amt, cnt, date, fyr, pct

DOC = "toyokoro_r6_yosan_gaiyo"
# 令和6年度 当初予算 (lines 1, 3): account totals and the programme figures in prose (「name」に N円) are FY2024
# budget; changes (…減, …増) and the revenue estimates (町税, 普通交付税, 町債, fund drawdowns) are other, FY2024.
# 令和6年第1回…定例会 is the session's year: a date.
B, O, FY = "budget", "other", 2024
M = [
    date(1, "令和6年", "2024"),
    date(1, "3月6日", "2024-03-06"),
    fyr(3, "令和6年度", 2024),
    amt(3, "54億4400万円", 5444000000, role=B, fy=FY),
    amt(3, "4億3900万円", 439000000, role=O, fy=FY),
    pct(3, "7.5%", 7.5),
    cnt(3, "4特別会計", 4, "特別会計"),
    cnt(3, "2事業会計", 2, "事業会計"),
    amt(3, "71億6736万8千円", 7167368000, role=B, fy=FY),
    pct(3, "5.0%", 5.0),
    amt(5, "2042万4千円", 20424000, role=O, fy=FY),
    amt(5, "4億5175万9千円", 451759000, role=O, fy=FY),
    amt(5, "1億3398万1千円", 133981000, role=O, fy=FY),
    pct(5, "6.0%", 6.0),
    amt(5, "23億7605万1千円", 2376051000, role=O, fy=FY),
    amt(5, "5億2810万円", 528100000, role=O, fy=FY),
    pct(5, "45.7%", 45.7),
    amt(5, "6億2740万円", 627400000, role=O, fy=FY),
    amt(6, "2億円", 200000000, role=O, fy=FY),
    amt(6, "6000万円", 60000000, role=O, fy=FY),
    amt(7, "1530万円", 15300000, role=B, fy=FY),
    amt(7, "1625万円", 16250000, role=B, fy=FY),
    amt(7, "1433万3千円", 14333000, role=B, fy=FY),
    amt(7, "233万4千円", 2334000, role=B, fy=FY),
    amt(7, "440万円", 4400000, role=B, fy=FY),
    amt(7, "4097万3千円", 40973000, role=B, fy=FY),
    amt(7, "5770万円", 57700000, role=B, fy=FY),
    amt(7, "1625万9千円", 16259000, role=B, fy=FY),
    amt(7, "320万円", 3200000, role=B, fy=FY),
    amt(8, "1億2000万円", 120000000, role=B, fy=FY),
    amt(8, "8250万円", 82500000, role=B, fy=FY),
    amt(8, "3億1700万円", 317000000, role=B, fy=FY),
    amt(8, "4250万円", 42500000, role=B, fy=FY),
]
W = "programme in prose: 「name」に N円 (or a plain name before に) under 本年度の主な事業; fy from 令和6年度 (line 3)"
R = dict(fy=FY, role=B, why=W)
_PL = dict(note="named in plain words, not in 「」: the works or expense the figure is for")
ROWS = [
    dict(line=7, text="1530万円", budget_yen=15300000, program="緊急農地基盤整備事業補助金", **R),
    dict(line=7, text="1625万円", budget_yen=16250000, program="道営農地整備事業", **R),
    dict(line=7, text="1433万3千円", budget_yen=14333000, program="畜産担い手育成総合整備事業", **R),
    dict(line=7, text="233万4千円", budget_yen=2334000, program="乳用牛振興対策事業補助金", **R),
    dict(line=7, text="440万円", budget_yen=4400000, program="家畜疾病対策事業補助金", **R),
    dict(line=7, text="4097万3千円", budget_yen=40973000, program="町有林造林事業", **R),
    dict(line=7, text="5770万円", budget_yen=57700000, program="林道の改良・開設工事", aliases=["林道整備"], **R, **_PL),
    dict(line=7, text="1625万9千円", budget_yen=16259000, program="有害鳥獣駆除費", **R, **_PL),
    dict(line=7, text="320万円", budget_yen=3200000, program="大津漁港建設利用推進期成会補助金", **R),
    dict(line=8, text="1億2000万円", budget_yen=120000000, program="建設機械格納庫新築工事", **R),
    dict(line=8, text="8250万円", budget_yen=82500000, program="除雪車両購入", **R),
    dict(line=8, text="3億1700万円", budget_yen=317000000, program="町道の改良舗装や橋梁の長寿命化補修", **R, **_PL),
    dict(line=8, text="4250万円", budget_yen=42500000, program="町営住宅長寿命化のための個別改善工事など",
         aliases=["町営住宅長寿命化のための個別改善工事"], **R, **_PL),
]
_C, _REV = "a change against last year", "a revenue estimate, not an appropriation"
NOT_ROWS = [
    dict(line=3, text="54億4400万円", value_yen=5444000000, fy=FY, mention_role=B, what="一般会計の当初予算", reason="general account total"),
    dict(line=3, text="4億3900万円", value_yen=439000000, fy=FY, mention_role=O, what="対前年度比…の減", reason=_C),
    dict(line=3, text="71億6736万8千円", value_yen=7167368000, fy=FY, mention_role=B, what="全会計総額", reason="total of every account"),
    dict(line=5, text="2042万4千円", value_yen=20424000, fy=FY, mention_role=O, what="町税…減", reason=_C),
    dict(line=5, text="4億5175万9千円", value_yen=451759000, fy=FY, mention_role=O, what="町税", reason=_REV),
    dict(line=5, text="1億3398万1千円", value_yen=133981000, fy=FY, mention_role=O, what="普通交付税…増", reason=_C),
    dict(line=5, text="23億7605万1千円", value_yen=2376051000, fy=FY, mention_role=O, what="普通交付税", reason=_REV),
    dict(line=5, text="5億2810万円", value_yen=528100000, fy=FY, mention_role=O, what="町債…減", reason=_C),
    dict(line=5, text="6億2740万円", value_yen=627400000, fy=FY, mention_role=O, what="町債", reason=_REV),
    dict(line=6, text="2億円", value_yen=200000000, fy=FY, mention_role=O, what="財政調整基金から", reason="a fund drawdown (revenue)"),
    dict(line=6, text="6000万円", value_yen=60000000, fy=FY, mention_role=O, what="減債基金から", reason="a fund drawdown (revenue)"),
]
