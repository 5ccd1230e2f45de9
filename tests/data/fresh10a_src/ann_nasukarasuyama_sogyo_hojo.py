from kinds import amt, cnt, dur

DOC = "nasukarasuyama_sogyo_hojo"
# 那須烏山市's call for its new 創業者支援補助金 (no year written: fy null). 対象者 conditions: `1,000㎡以下` a floor area
# (a physical unit, no mention); `2年以上市内で事業活動` → 2 year, at_least; `11店舗未満` → count of 店舗 null..11, at_most
# (未満, GUIDE); `年商10億円未満` → an applicant's sales threshold: an amount, `other` (not the programme's money nor a
# grant: a condition on the applicant, NEW), null..10^9, at_most, a trap. The cap `50万円` stands on the line below its
# header `補助限度額` (the value of its label, as fresh6b's `経費補助率 10%`): support, at_most, min null (GUIDE: a 上限 /
# 限度 header makes a cap). `2分の1以内` a rate.
SU, O = "support", "other"
M = [
    dur(6, "2年", 2, "year", hi=None, q=("at_least",)),
    cnt(7, "11店舗", None, "店舗", hi=11, q=("at_most",)),
    amt(7, "10億円", None, 1000000000, role=O, q=("at_most",)),
    amt(16, "50万円", None, 500000, role=SU, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=7, text="10億円", value_yen=1000000000, fy=None, mention_role=O, what="対象者の条件 年商10億円未満",
         reason="an applicant's sales threshold"),
    dict(line=16, text="50万円", value_yen=500000, fy=None, mention_role=SU, what="補助限度額",
         reason="a cap per applicant (support)"),
]
