from kinds import amt, fyr, pct

DOC = "nishimera_h29_tosho_kensetsunet"
# 西米良村 (宮崎県), its 平成29年度当初予算 as a construction trade news site reports it (2017-03-17). Every amount
# FY2017 (line 1's `平成29年度当初予算`). The 一般会計 total (twice), the special accounts' total and the whole size are
# budget traps; the change `4億2979万円(20%)の増額`, the expense class 投資的経費 `約8億1100万円` (twice) and its change
# `約2億8100万円(53%)` are other traps; the five construction programmes `name に N円` of line 4 are rows. Line 8's
# `21,602` is a bare cell under line 6's `単位=千円` (GUIDE: no mention). `平成29年度から30年度にかけて` two fiscal
# years (GUIDE: the ends of `XからY` are two points), `30年度` taking the era of the first end (as fresh10b's
# `平成22年度~23年度`; arguable: the GUIDE reads an era-less year as no mention).
B, O, FY = "budget", "other", 2017
AP = ("approx",)
M = [
    amt(1, "25億7616万円", 2576160000, role=B, fy=FY), fyr(1, "平成29年度", FY),
    amt(1, "4億2979万円", 429790000, role=O, fy=FY), pct(1, "20%", 20),
    amt(1, "8億1100万円", 811000000, role=O, fy=FY, q=AP), amt(1, "2億8100万円", 281000000, role=O, fy=FY, q=AP), pct(1, "53%", 53),
    fyr(2, "平成29年度", FY), amt(2, "25億7616万円", 2576160000, role=B, fy=FY), pct(2, "20%", 20),
    amt(2, "8億8229万円", 882290000, role=B, fy=FY), amt(2, "34億5845万円", 3458450000, role=B, fy=FY), pct(2, "10.6%", 10.6),
    amt(3, "8億1100万円", 811000000, role=O, fy=FY, q=AP), fyr(3, "平成29年度", FY), fyr(3, "30年度", 2018),
    amt(3, "2億8100万円", 281000000, role=O, fy=FY, q=AP), pct(3, "53%", 53),
    amt(4, "3億8649万円", 386490000, role=B, fy=FY), amt(4, "6166万円", 61660000, role=B, fy=FY),
    amt(4, "1億9054万円", 190540000, role=B, fy=FY), amt(4, "9360万円", 93600000, role=B, fy=FY),
    amt(4, "2000万円", 20000000, role=B, fy=FY),
    fyr(6, "平成29年度", FY),
]
W = "a construction programme `name に N円` of the village's 平成29年度当初予算 (line 1)"
ROWS = [dict(line=4, text=t, budget_yen=v, fy=FY, program=p, aliases=a, role=B, why=W) for t, v, p, a in (
    ("3億8649万円", 386490000, "仮庁舎移転・新庁舎建設事業", ["新庁舎建設事業"]),
    ("6166万円", 61660000, "林道費 (みち整備交付金事業等を活用)", ["林道費"]),
    ("1億9054万円", 190540000, "村道費 (村道防災工事、橋梁長寿命化修繕等)", ["村道費"]),
    ("9360万円", 93600000, "ジビエ振興事業", []),
    ("2000万円", 20000000, "教職員住宅整備事業", []),
)]
NOT_ROWS = [
    dict(line=1, text="25億7616万円", value_yen=2576160000, fy=FY, mention_role=B, what="一般会計予算額", reason="account total"),
    dict(line=1, text="4億2979万円", value_yen=429790000, fy=FY, mention_role=O, what="対前年度比の増額", reason="change"),
    dict(line=1, text="8億1100万円", value_yen=811000000, fy=FY, mention_role=O, what="投資的経費", reason="expense class"),
    dict(line=1, text="2億8100万円", value_yen=281000000, fy=FY, mention_role=O, what="投資的経費の対前年度増", reason="change"),
    dict(line=2, text="25億7616万円", value_yen=2576160000, fy=FY, mention_role=B, what="一般会計予算額 (repeated)", reason="account total"),
    dict(line=2, text="8億8229万円", value_yen=882290000, fy=FY, mention_role=B, what="特別会計 総額", reason="total of six special accounts"),
    dict(line=2, text="34億5845万円", value_yen=3458450000, fy=FY, mention_role=B, what="予算全体の規模", reason="whole budget total"),
    dict(line=3, text="8億1100万円", value_yen=811000000, fy=FY, mention_role=O, what="投資的経費 (repeated)", reason="expense class"),
    dict(line=3, text="2億8100万円", value_yen=281000000, fy=FY, mention_role=O, what="投資的経費の対前年度増 (repeated)", reason="change"),
]
