from kinds import amt, cnt, date, pct

DOC = "hosokawa_giin_r4_tsuika_hosei"
# A council member's note of 2022-10-06 on the city's 追加補正予算案: the supplementary of FY2022 (an October
# supplementary belongs to the fiscal year that began that April; the periods R4.4月からR5.3月 say so too).
S, SP, FY = "supplementary_budget", "support", 2022
A = ("approx",)
M = [
    date(2, "2022.10.06", "2022-10-06"),
    amt(3, "25億7000万円", 2570000000, role=S, fy=FY, q=A),
    date(4, "10月6日", "2022-10-06"),
    amt(5, "25億7000万円", 2570000000, role=S, fy=FY, q=A),
    amt(6, "25億7000万円", 2570000000, role=S, fy=FY, q=A),
    amt(8, "18億4630万円", 1846300000, role=S, fy=FY, q=A),
    amt(10, "5000円", 5000, role=SP, fy=FY),
    amt(11, "4億1000万円", 410000000, role=S, fy=FY, q=A),
    date(12, "R4.4月", "2022-04"),
    date(13, "R5.3月", "2023-03"),
    amt(13, "183円", 183, role=SP, fy=FY, per="month"),
    amt(13, "1830万円", 18300000, role=S, fy=FY, q=A),
    amt(14, "2万", 20000, role=SP, fy=FY),
    amt(15, "6900万円", 69000000, role=S, fy=FY, q=A),
    cnt(16, "200床", None, "床", hi=200, q=("at_most",)),
    amt(17, "4500万円", 45000000, role=S, fy=FY, q=A),
    date(18, "R4.4月", "2022-04"),
    date(18, "R5.3月", "2023-03"),
    amt(19, "143万円", 1430000, role=S, fy=FY, q=A),
    amt(20, "2万円", 20000, role=SP, fy=FY),
    amt(21, "800万円", 8000000, role=S, fy=FY, q=A),
    pct(23, "30%", 30),
    amt(23, "1億5000万円", 150000000, role=S, fy=FY),
    amt(25, "2281万円", 22810000, role=S, fy=FY, q=A),
]
W = "`〇`/`・` item of the 追加補正予算案; the figure stands at the end of the item or alone on the next line"
R = dict(fy=FY, role=S, why=W, note="fy from the date (2022-10) of an in-year supplementary; the deck writes no 年度")
ROWS = [
    dict(line=8, text="18億4630万円", budget_yen=1846300000,
         program="住民税非課税世帯に対する電力・ガス・食料品等価格高騰を踏まえた国の支援経費の補正",
         aliases=["住民税非課税世帯に対する電力・ガス・食料品等価格高騰を踏まえた国の支援経費"], **R),
    dict(line=11, text="4億1000万円", budget_yen=410000000, program="65歳以上の高齢者への生活支援として5000円の商品券の配布",
         aliases=["高齢者への生活支援"], **R),
    dict(line=13, text="1830万円", budget_yen=18300000, program="民間保育園、私立幼稚園への給食費の負担軽減", **R),
    dict(line=15, text="6900万円", budget_yen=69000000, program="ひとり親家庭に対する子育て臨時給付金", **R),
    dict(line=17, text="4500万円", budget_yen=45000000, program="200床未満の中小規模の病院、有床診療所への支援",
         aliases=["中小規模の病院、有床診療所への支援"], **R),
    dict(line=19, text="143万円", budget_yen=1430000, program="公衆浴場への燃料費高騰分支援", **R),
    dict(line=21, text="800万円", budget_yen=8000000, program="省エネ家電購入補助", **R),
    dict(line=23, text="1億5000万円", budget_yen=150000000, program="キャッシュレス決済ポイント還元事業", **R),
    dict(line=25, text="2281万円", budget_yen=22810000, program="交通事業者(バス、タクシー)に対する燃料高騰対策支援",
         aliases=["交通事業者に対する燃料高騰対策支援"], **R),
]
_T = "total of the whole supplementary bill"
NOT_ROWS = [
    dict(line=3, text="25億7000万円", value_yen=2570000000, fy=FY, mention_role=S, what="追加補正予算案 (title)", reason=_T),
    dict(line=5, text="25億7000万円", value_yen=2570000000, fy=FY, mention_role=S, what="追加補正予算案 (heading)", reason=_T),
    dict(line=6, text="25億7000万円", value_yen=2570000000, fy=FY, mention_role=S, what="総額約25億7000万円", reason=_T),
    dict(line=10, text="5000円", value_yen=5000, fy=FY, mention_role=SP, what="5000円の商品券", reason="grant size per person"),
    dict(line=13, text="183円", value_yen=183, fy=FY, mention_role=SP, what="一人月183円", reason="grant per child a month"),
    dict(line=14, text="2万", value_yen=20000, fy=FY, mention_role=SP, what="児童1人につき2万円", reason="grant size per child"),
    dict(line=20, text="2万円", value_yen=20000, fy=FY, mention_role=SP, what="購入者1人につき2万円", reason="grant size per buyer"),
]
