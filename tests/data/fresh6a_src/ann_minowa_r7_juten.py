from kinds import amt, cnt, fyr, pct

DOC = "minowa_r7_juten"
# 箕輪町 (長野県; its 広報, mykoho 203831/…): 《特集2》令和7年度 箕輪町の予算(3), 【令和7年度 重点施策】 (title and heading:
# FY2025). Each numbered programme `N.name N円` is budget FY2025, a row. Inside them the grant terms are support FY2025,
# traps: the voucher's face value `2,000円` (×`5枚`, a count), the cap `(上限35,000円)` (at_most, min null) beside the
# rate `8割` (a percent), the cap `(最大60万円)`. The fees `月4,800円` and the parents' share `月2,000円` are other, per
# month (as fresh's `一人月183円`); the meal prices `360円`, `390円` other (`1食あたり` a rate marker, per null). Not
# mentions: `(3)` in the title, list numbers `1.`…, ordinals `第2子`, `第1子`, ages `39歳以下`, `3歳`, fractions `1/4`, `1/2`.
B, S, O, FY = "budget", "support", "other", 2025
M = [
    fyr(1, "令和7年度", FY),
    fyr(2, "令和7年度", FY),
    fyr(3, "令和7年度", FY),
    amt(6, "3,000万円", 30000000, role=B, fy=FY),
    amt(8, "194万円", 1940000, role=B, fy=FY),
    amt(10, "289万円", 2890000, role=B, fy=FY),
    amt(11, "2,000円", 2000, role=S, fy=FY), cnt(11, "5枚", 5, "枚"),
    pct(12, "8割", 80), amt(12, "35,000円", None, 35000, role=S, fy=FY, q=("at_most",)),
    amt(13, "774万円", 7740000, role=B, fy=FY),
    amt(15, "60万円", None, 600000, role=S, fy=FY, q=("at_most",)),
    amt(20, "4,800円", 4800, role=O, fy=FY, per="month"), amt(20, "2,000円", 2000, role=O, fy=FY, per="month"),
    amt(21, "360円", 360, role=O, fy=FY), amt(21, "390円", 390, role=O, fy=FY),
]
W = "a numbered programme `N.name N円` of the 令和7年度 重点施策 (heading)"
ROWS = [
    dict(line=6, text="3,000万円", budget_yen=30000000, fy=FY, program="医療施設等整備補助金", role=B, why=W),
    dict(line=8, text="194万円", budget_yen=1940000, fy=FY, program="不妊治療費・不育症治療費助成事業", role=B, why=W),
    dict(line=10, text="289万円", budget_yen=2890000, fy=FY, program="産後ケア、育児・母乳相談助成事業", role=B, why=W),
    dict(line=13, text="774万円", budget_yen=7740000, fy=FY, program="結婚支援事業", role=B, why=W),
]
_W = {
    (11, "2,000円", 2000): ("助成券の額面 (2,000円×5枚)", "grant per voucher"),
    (12, "35,000円", 35000): ("産後ケア利用料の負担 上限", "grant cap"),
    (15, "60万円", 600000): ("新婚世帯への補助 最大", "grant cap"),
    (20, "4,800円", 4800): ("副食費 月額", "fee (price)"),
    (20, "2,000円", 2000): ("減免後の保護者負担 月額", "fee (price)"),
    (21, "360円", 360): ("小学校給食費 1食", "price per meal"),
    (21, "390円", 390): ("中学校給食費 1食", "price per meal"),
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=FY, what=w, reason=why,
                 mention_role=next(r["role"] for r in M if r["line"] == ln and r["text"] == t))
            for (ln, t, v), (w, why) in _W.items()]
