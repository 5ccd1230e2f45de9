from kinds import amt, cnt, pct

DOC = "matsuyama_tsubakinishi_rakusatsu"
# A 松山市議会 member's page on a bill to approve one works CONTRACT (椿西小学校屋内運動場改築工事): 契約金額, 予定価格 (入札
# 比較価格), 落札価格, the gap, the spread of nine bids, 落札率. Every amount is a figure of a contract, `other` (GUIDE), fy
# null (no year is written anywhere: `6月議会` names a month of no stated year, so it is no mention), and a trap.
# `99・1%` and `0・5%` use the middle dot as a decimal point (news style): 99.1 and 0.5. `消費税額5%` is a percent.
# `9社` is a count (×3). `※注` is a note mark.
O = "other"
M = [
    pct(1, "99.1%", 99.1),
    amt(2, "2億3614万5000円", 236145000, role=O),
    amt(3, "130万円", 1300000, role=O), cnt(3, "9社", 9, "社"),
    cnt(4, "9社", 9, "社"), amt(4, "2億2700万円", 227000000, role=O), amt(4, "2億2490万円", 224900000, role=O),
    amt(4, "210万円", 2100000, role=O), pct(4, "99・1%", 99.1), cnt(4, "9社", 9, "社"), pct(4, "0・5%", 0.5),
    amt(4, "130万円", 1300000, role=O),
    pct(5, "5%", 5),
]
ROWS: list[dict] = []
R = "a figure of one works contract (other), no budget"
NOT_ROWS = [
    dict(line=2, text="2億3614万5000円", value_yen=236145000, fy=None, mention_role=O, what="契約金額 (税込)", reason=R),
    dict(line=3, text="130万円", value_yen=1300000, fy=None, mention_role=O, what="9社の入札額の幅 (heading)", reason=R),
    dict(line=4, text="2億2700万円", value_yen=227000000, fy=None, mention_role=O, what="予定価格 (入札比較価格)", reason=R),
    dict(line=4, text="2億2490万円", value_yen=224900000, fy=None, mention_role=O, what="落札価格", reason=R),
    dict(line=4, text="210万円", value_yen=2100000, fy=None, mention_role=O, what="予定価格と落札価格の差額", reason=R),
    dict(line=4, text="130万円", value_yen=1300000, fy=None, mention_role=O, what="9社の入札額の幅", reason=R),
]
