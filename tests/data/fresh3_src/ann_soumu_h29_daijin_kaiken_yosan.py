from kinds import amt, cnt, fyr

DOC = "soumu_h29_daijin_kaiken_yosan"
# 総務大臣's press conference on the day the 平成29年度補正予算案 and the 平成30年度予算政府案 were decided: the
# supplementary's total (`所要経費総額274.9億円`) is supplementary_budget FY2017; the ministry's 一般歳出 `5,819億円` is
# budget FY2018; the local-finance frame (一般財源総額 `62.1兆円程度`, 地方交付税 `16.0兆円程度`, the change of
# 臨時財政対策債) is other FY2018 (revenues of local governments, `程度` approx). `2件` is a count; `ローカル10,000
# プロジェクト` a name.
O, FY = "other", 2018
M = [
    cnt(2, "2件", 2, "件"),
    fyr(4, "平成29年度", 2017),
    fyr(5, "平成30年度", FY),
    fyr(6, "平成29年度", 2017),
    fyr(6, "平成30年度", FY),
    fyr(7, "平成29年度", 2017),
    amt(13, "274.9億円", 27490000000, role="supplementary_budget", fy=2017),
    fyr(14, "平成30年度", FY),
    fyr(15, "平成30年度", FY),
    amt(15, "62.1兆円", 62100000000000, role=O, fy=FY, q=("approx",)),
    amt(16, "16.0兆円", 16000000000000, role=O, fy=FY, q=("approx",)),
    amt(16, "0.1兆円", 100000000000, role=O, fy=FY),
    fyr(17, "平成30年度", FY),
    amt(18, "5,819億円", 581900000000, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=13, text="274.9億円", value_yen=27490000000, fy=2017, mention_role="supplementary_budget",
         what="補正予算 所要経費総額", reason="the ministry's total of the supplementary (several measures)"),
    dict(line=15, text="62.1兆円", value_yen=62100000000000, fy=FY, mention_role=O, what="一般財源総額",
         reason="local governments' revenue frame"),
    dict(line=16, text="16.0兆円", value_yen=16000000000000, fy=FY, mention_role=O, what="地方交付税",
         reason="local governments' revenue frame"),
    dict(line=16, text="0.1兆円", value_yen=100000000000, fy=FY, mention_role=O, what="臨時財政対策債の減",
         reason="change"),
    dict(line=18, text="5,819億円", value_yen=581900000000, fy=FY, mention_role="budget", what="一般歳出",
         reason="the ministry's total (several measures)"),
]
