from kinds import amt, fyr, pct

DOC = "npa_h17_hakusho_yosan"
# 警察白書 (平成17年版) 警察の予算: figures of 平成16年度 (FY2004). The 警察庁 当初予算 total and its total after the
# supplementary (`補正予算後の最終予算額`, a total after) are budget; the sum of the 47 prefectures' police budgets
# after their supplementaries is budget (an aggregate of budgets, as fresh3's aggregates); changes and the
# per-citizen figure (`国民一人当たり … 約2万8,000円`) are other. `16年度` (era-less, fixed by 平成16年度) is no
# mention. Totals only: no rows.
B, O, FY = "budget", "other", 2004
M = [
    fyr(3, "平成16年度", FY),
    amt(3, "2万8,000円", 28000, role=O, fy=FY, q=("approx",)),
    fyr(5, "平成16年度", FY),
    amt(5, "2,598億9,224万円", 259892240000, fy=FY),
    amt(5, "2,675億2,392万円", 267523920000, fy=FY),
    amt(5, "8億9,988万円", 899880000, role=O, fy=FY),
    pct(5, "0.3%", 0.3),
    pct(5, "0.5%", 0.5),
    fyr(8, "平成16年度", FY),
    amt(8, "3兆3,701億8,200万円", 3370182000000, fy=FY),
    amt(8, "139億7,600万円", 13976000000, role=O, fy=FY),
    pct(8, "0.4%", 0.4),
    pct(8, "6.7%", 6.7),
]
ROWS = []
NOT_ROWS = [
    dict(line=3, text="2万8,000円", value_yen=28000, fy=FY, mention_role=O, what="国民一人当たりの警察予算額",
         reason="per-citizen conversion"),
    dict(line=5, text="2,598億9,224万円", value_yen=259892240000, fy=FY, mention_role=B, what="警察庁 当初予算 総額",
         reason="the agency's total"),
    dict(line=5, text="2,675億2,392万円", value_yen=267523920000, fy=FY, mention_role=B,
         what="補正予算後の最終予算額", reason="total after the supplementary"),
    dict(line=5, text="8億9,988万円", value_yen=899880000, fy=FY, mention_role=O, what="前年度より増加",
         reason="change of the total"),
    dict(line=8, text="3兆3,701億8,200万円", value_yen=3370182000000, fy=FY, mention_role=B,
         what="都道府県警察予算 (最終補正後)", reason="aggregate of 47 budgets"),
    dict(line=8, text="139億7,600万円", value_yen=13976000000, fy=FY, mention_role=O, what="前年度より減少",
         reason="change of the total"),
]
