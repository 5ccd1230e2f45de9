from kinds import amt, cnt, date, dur

DOC = "yamagata_pref_r2_odekake_campaign"
# 山形県's LAUNCH of two campaigns (県民県内お出かけキャンペーン, 県民泊まって応援キャンペーン) as トラベルニュース reports it
# on 2020-05-15 (the year from the address; the body writes `2021年3月31日まで` for a six-month validity). The one
# programme budget is the national `1・7兆円` of the Go To キャンペーン that `国が補正予算に観光復興予算として計上した`:
# `supplementary_budget`, a row, fy null (the text names no fiscal year; the supplementary passed in April 2020 is
# FY2020: ambiguous, `fy_alt: [2020]`, as fresh5b's `100億円` of a call with no year). `1・7兆円` uses the middle dot as a
# decimal point (news style). The coupons' face values `2000円分`, `5000円分` (×3) are what each buyer gets: `support`
# (per-person grants), fy null; the price a buyer pays `1000円` (×2) is `other` (a sale price, not the programme's
# money). Counts: `8都道府県`, `39県`, `82の施設`, `1枚` (`1人につき` is a rate marker: no count, fresh10a), `3万枚` ×3,
# `317の宿泊施設`. `15日から` (title) takes the body's 5月 and the article's year.
SU, O, S = "support", "other", "supplementary_budget"
M = [
    date(1, "15日", "2020-05-15"),
    date(2, "5月14日", "2020-05-14"), cnt(2, "8都道府県", 8, "都道府県"), cnt(2, "39県", 39, "県"),
    amt(2, "1・7兆円", 1700000000000, role=S),
    date(3, "5月15日", "2020-05-15"), amt(3, "2000円", 2000, role=SU), amt(3, "1000円", 1000, role=O),
    amt(3, "5000円", 5000, role=SU),
    amt(4, "2000円", 2000, role=SU), amt(4, "1000円", 1000, role=O), cnt(4, "82の施設", 82, "施設"),
    date(4, "5月15日", "2020-05-15"),
    cnt(5, "1枚", 1, "枚"), dur(5, "6カ月間", 6, "month"), date(5, "2021年3月31日", None, "2021-03-31", q=("at_most",)),
    cnt(6, "3万枚", 30000, "枚"),
    amt(7, "5000円", 5000, role=SU), cnt(7, "3万枚", 30000, "枚"),
    amt(8, "5000円", 5000, role=SU), cnt(8, "3万枚", 30000, "枚"),
    cnt(9, "317の宿泊施設", 317, "宿泊施設"),
]
ROWS = [
    dict(line=2, text="1・7兆円", budget_yen=1700000000000, program="Go Toキャンペーン", fy=None, role=S,
         aliases=["Go Toキャンペーン事業"], ambiguous=True, fy_alt=[2020],
         why="the national programme's own money: 国が補正予算に観光復興予算として計上した 1・7兆円",
         note="no fiscal year is written; the supplementary of April 2020 (FY2020) is the reading a reader who knows it gives"),
]
W = "a coupon's face value per buyer (support), no budget"
NOT_ROWS = [
    dict(line=3, text="2000円", value_yen=2000, fy=None, mention_role=SU, what="お出かけキャンペーン クーポン額面", reason=W),
    dict(line=3, text="1000円", value_yen=1000, fy=None, mention_role=O, what="クーポンの販売価格",
         reason="the price a buyer pays (other)"),
    dict(line=3, text="5000円", value_yen=5000, fy=None, mention_role=SU, what="泊まって応援 割引クーポン額面", reason=W),
    dict(line=4, text="2000円", value_yen=2000, fy=None, mention_role=SU, what="お出かけキャンペーン クーポン額面", reason=W),
    dict(line=4, text="1000円", value_yen=1000, fy=None, mention_role=O, what="クーポンの販売価格",
         reason="the price a buyer pays (other)"),
    dict(line=7, text="5000円", value_yen=5000, fy=None, mention_role=SU, what="泊まって応援 クーポン額面 (heading)", reason=W),
    dict(line=8, text="5000円", value_yen=5000, fy=None, mention_role=SU, what="泊まって応援 記名式クーポン額面", reason=W),
]
