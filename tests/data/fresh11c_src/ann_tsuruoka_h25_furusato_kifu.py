from kinds import amt, cnt, fyr

DOC = "tsuruoka_h25_furusato_kifu"
# 山形県鶴岡市's notice of the donations received in 平成25年度 (鶴岡ふるさと寄附金, a document-sharing copy): `16件
# 2,130,000 円` (the space before 円 as stored), `other` FY2013 (the sentence's 平成25年度), a trap. Era-less `26年度本市予算`
# is no mention (GUIDE: a year without era); `平成26年度` on line 10 sits inside the quoted title `「広報つるおか 平成26年度
# 鶴岡市予算特集号」` (opened on line 9): no mention (GUIDE: quoted titles). The title line and its repeat count (fresh9b).
O = "other"
M = [
    fyr(1, "平成25年度", 2013), fyr(2, "平成25年度", 2013),
    fyr(4, "平成25年度", 2013), cnt(4, "16件", 16, "件"), amt(4, "2,130,000 円", 2130000, role=O, fy=2013),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=4, text="2,130,000 円", value_yen=2130000, fy=2013, mention_role=O, what="平成25年度 鶴岡ふるさと寄附金 16件",
         reason="donations received (other)"),
]
