from kinds import amt, date, fyr

DOC = "tottori_h26_2gatsu_hosei_kofukin"
# 鳥取県 平成26年度2月補正予算(臨時議会)の概要 (ONE line, PDF text by jadocz.com): the national 交付金 (地域消費喚起・生活
# 支援型) and the grant programmes it funds. Every amount is of the title's 補正 (GUIDE: the title's label), FY2014.
# The account: 補正額 `supplementary_budget`, 補正後 / 補正前 whole-account totals `budget`; the 財源 (国庫支出金, 県債,
# 基金繰入金, 繰越金) `other`; the theme's `〈838百万円〉` and the 交付金活用事業's `(786百万円)` groupings'
# supplementary totals; `(鳥取県配分:786百万円)` the national grant received (revenue, `other`). The programmes
# `・name …… N百万円` are rows; `(発行総額:24億円)` the vouchers' issue size (`support`, a 事業規模), `(1世帯あたり1万円)`
# a grant per household (`support`), traps.
SB, B, O, S, FY = "supplementary_budget", "budget", "other", "support", 2014
M = [
    fyr(1, "平成26年度", FY), date(1, "平成27年2月4日", "2015-02-04"),
    amt(1, "7,926百万円", 7926000000, role=SB, fy=FY), amt(1, "359,634百万円", 359634000000, role=B, fy=FY),
    amt(1, "351,708百万円", 351708000000, role=B, fy=FY),
    amt(1, "4,742百万円", 4742000000, role=O, fy=FY), amt(1, "1,066百万円", 1066000000, role=O, fy=FY),
    amt(1, "1,349百万円", 1349000000, role=O, fy=FY), amt(1, "488百万円", 488000000, role=O, fy=FY),
    amt(1, "838百万円", 838000000, role=SB, fy=FY),
    amt(1, "786百万円", 786000000, role=SB, fy=FY), amt(1, "786百万円", 786000000, role=O, fy=FY),
    amt(1, "480百万円", 480000000, role=SB, fy=FY), amt(1, "24億円", 2400000000, role=S, fy=FY),
    amt(1, "100百万円", 100000000, role=SB, fy=FY),
    amt(1, "190百万円", 190000000, role=SB, fy=FY), amt(1, "1万円", 10000, role=S, fy=FY),
    amt(1, "9百万円", 9000000, role=SB, fy=FY),
]
W = "a programme `・name …… N百万円` of the 交付金活用事業 in the 2月補正"
ROWS = [
    dict(line=1, text="480百万円", fy=FY, budget_yen=480000000, program="地方創生応援!とっとりプレミアム商品券発行事業",
         aliases=["とっとりプレミアム商品券発行事業"], why=W, role=SB),
    dict(line=1, text="100百万円", fy=FY, budget_yen=100000000, program="地方創生応援!とっとりふるさと旅行券発行事業",
         aliases=["とっとりふるさと旅行券発行事業"], why=W, role=SB),
    dict(line=1, text="190百万円", fy=FY, budget_yen=190000000, program="多子世帯応援クーポン券発行事業", why=W, role=SB),
    dict(line=1, text="9百万円", fy=FY, budget_yen=9000000, program="低所得者向け灯油等購入助成事業", why=W, role=SB),
]
NOT_ROWS = [
    dict(line=1, text="7,926百万円", value_yen=7926000000, fy=FY, mention_role=SB, what="補正額", reason="the supplementary's total"),
    dict(line=1, text="359,634百万円", value_yen=359634000000, fy=FY, mention_role=B, what="補正後", reason="whole-account total"),
    dict(line=1, text="351,708百万円", value_yen=351708000000, fy=FY, mention_role=B, what="補正前", reason="whole-account total"),
    dict(line=1, text="4,742百万円", value_yen=4742000000, fy=FY, mention_role=O, what="財源 国庫支出金", reason="financing"),
    dict(line=1, text="1,066百万円", value_yen=1066000000, fy=FY, mention_role=O, what="財源 県債", reason="financing"),
    dict(line=1, text="1,349百万円", value_yen=1349000000, fy=FY, mention_role=O, what="財源 基金繰入金", reason="financing"),
    dict(line=1, text="488百万円", value_yen=488000000, fy=FY, mention_role=O, what="財源 繰越金", reason="financing"),
    dict(line=1, text="838百万円", value_yen=838000000, fy=FY, mention_role=SB, what="①生活者・事業者支援 〈N〉", reason="a theme's total"),
    dict(line=1, text="786百万円", value_yen=786000000, fy=FY, mention_role=O, what="(鳥取県配分:N)",
         reason="the national grant received; the same text is the 交付金活用事業's grouping total `(786百万円)` (one trap for the text)"),
    dict(line=1, text="24億円", value_yen=2400000000, fy=FY, mention_role=S, what="(発行総額:24億円)", reason="the vouchers' issue size"),
    dict(line=1, text="1万円", value_yen=10000, fy=FY, mention_role=S, what="(1世帯あたり1万円)", reason="a grant per household"),
]
