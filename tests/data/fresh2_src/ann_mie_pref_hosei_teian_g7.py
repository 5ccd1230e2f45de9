from kinds import amt, cnt

DOC = "mie_pref_hosei_teian_g7"
# A prefecture's proposal speech for one supplementary bill (議案第115号). No year is written anywhere (G7 is a
# name); fy null on every amount. The bill's total and its items are supplementary; the 歳入 lines (国庫支出金,
# 財政調整基金 drawdown) break the supplementary down by revenue source: other.
S, O = "supplementary_budget", "other"
M = [
    cnt(1, "1件", 1, "件"),
    amt(2, "30億4,787万8千円", 3047878000, role=S),
    amt(3, "29億2,515万6千円", 2925156000, role=O),
    amt(3, "29億8,483万6千円", 2984836000, role=O),
    amt(4, "6,303万9千円", 63039000, role=O),
    amt(5, "5億3,500万円", 535000000, role=S),
    amt(5, "8億565万4千円", 805654000, role=S),
    amt(5, "7億4,620万8千円", 746208000, role=S),
    amt(6, "7,396万円", 73960000, role=S),
    amt(7, "2,534万3千円", 25343000, role=S),
    amt(7, "2,341万9千円", 23419000, role=S),
]
W = "a supplementary item of the speech's one bill: `…経費として、N円を増額/計上`"
R = dict(fy=None, role=S, why=W, fy_alt=[2022],
         note="no year in the text; the bill (送迎バス safety devices, the G7 transport ministers' meeting held in 2023) "
              "is of the prefecture's FY2022 November session; the programme is named by the purpose phrase of the prose")
ROWS = [
    dict(line=5, text="5億3,500万円", budget_yen=535000000, program="省エネ家電への買い替え等を促進する経費",
         aliases=["省エネ家電買い替え促進"], **R),
    dict(line=5, text="8億565万4千円", budget_yen=805654000,
         program="生活衛生関係営業施設で県民が利用できるクーポンを配布する経費", aliases=["クーポン配布"], **R),
    dict(line=5, text="7億4,620万8千円", budget_yen=746208000,
         program="中小企業・小規模企業等の経営向上の取組を支援する経費", aliases=["経営向上の取組支援"], **R),
    dict(line=6, text="7,396万円", budget_yen=73960000, program="送迎バスへの安全装置の取り付けを行う経費",
         aliases=["送迎バスの安全確保"], **R),
    dict(line=7, text="2,534万3千円", budget_yen=25343000, program="G7交通大臣会合の開催支援や開催気運醸成等の取組を行うための経費",
         aliases=["G7交通大臣会合 開催支援"], **R),
    dict(line=7, text="2,341万9千円", budget_yen=23419000, program="閣僚等の身辺の安全確保や行事の円滑な開催のための準備を行う経費",
         aliases=["G7交通大臣会合 身辺安全確保"], **R),
]
NOT_ROWS = [
    dict(line=2, text="30億4,787万8千円", value_yen=3047878000, fy=None, mention_role=S, what="一般会計で…を増額",
         reason="total of the whole supplementary"),
    dict(line=3, text="29億2,515万6千円", value_yen=2925156000, fy=None, mention_role=O, what="地方創生臨時交付金 (歳入)",
         reason="revenue of the supplementary, not a programme"),
    dict(line=3, text="29億8,483万6千円", value_yen=2984836000, fy=None, mention_role=O, what="国庫支出金 合わせて (歳入)",
         reason="revenue of the supplementary, not a programme"),
    dict(line=4, text="6,303万9千円", value_yen=63039000, fy=None, mention_role=O, what="財政調整基金 繰入金 (歳入)",
         reason="fund drawdown (revenue), not a programme"),
]
