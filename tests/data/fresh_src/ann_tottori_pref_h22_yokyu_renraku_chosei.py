from kinds import amt, fyr, pct

DOC = "tottori_pref_h22_yokyu_renraku_chosei"
# A request sheet of 鳥取県 for 平成22年度 (【平成22年度要求】 line 24, 平成22年度の要求金額 line 33): the request is the
# FY2010 budget figure (a request is the proposed budget), its bracketed 前年度予算額 the FY2009 budget. The
# programme's own cost split (人件費, 事務費, the 連絡調整費 column) and the municipal 事業費 it is computed from are
# other; the FY2008 actuals table and 昨年度…の認証 (the same FY2008 total) are other of 2008.
B, P, O = "budget", "previous_budget", "other"
A = ("approx",)
M = [
    amt(2, "9,596千円", 9596000, role=B, fy=2010),
    amt(2, "6,793千円", 6793000, role=P, fy=2009),
    amt(7, "9,596千円", 9596000, role=B, fy=2010),
    amt(8, "7,676千円", 7676000, role=O, fy=2010),
    amt(8, "1,920千円", 1920000, role=O, fy=2010),
    amt(9, "9,596千円", 9596000, role=B, fy=2010),
    fyr(17, "平成20年度", 2008),
    fyr(18, "平成20年度", 2008),
    amt(20, "254,000千円", 254000000, role=O, fy=2008),
    amt(20, "2,554千円", 2554000, role=O, fy=2008),
    pct(20, "1.0%", 1.0, q=A),
    amt(21, "1,339,190千円", 1339190000, role=O, fy=2008),
    amt(21, "2,514千円", 2514000, role=O, fy=2008),
    pct(21, "0.19%", 0.19, q=A),
    amt(22, "1,593,190千円", 1593190000, role=O, fy=2008),
    amt(22, "5,068千円", 5068000, role=O, fy=2008),
    fyr(24, "平成22年度", 2010),
    amt(26, "112,000千円", 112000000, role=O, fy=2010),
    amt(26, "1,127千円", 1127000, role=O, fy=2010),
    pct(26, "1.0%", 1.0, q=A),
    amt(27, "4,511,000千円", 4511000000, role=O, fy=2010),
    amt(27, "8,469千円", 8469000, role=O, fy=2010),
    pct(27, "0.19%", 0.19, q=A),
    amt(28, "4,623,000千円", 4623000000, role=O, fy=2010),
    amt(28, "9,596千円", 9596000, role=B, fy=2010),
    amt(31, "5,068千円", 5068000, role=O, fy=2008),
    fyr(33, "平成21年度", 2009),
    fyr(33, "平成20年度", 2008),
    fyr(33, "平成22年度", 2010),
]
ROWS = [
    dict(line=2, text="9,596千円", fy=2010, role=B, budget_yen=9596000, previous_budget_yen=6793000,
         program="市町村施行国庫補助道路事業の連絡調整経費", aliases=["連絡調整費", "市町村施行国庫補助道路事業連絡調整費"],
         why="要求額 with (前年度予算額 …) on the sheet's first figure line; fy from 【平成22年度要求】 (line 24, 33)",
         ambiguous=True, note="the sheet's name line is not in the stored text (it starts at 事業費): the programme is named "
         "from its purpose line (line 5); the request year is stated below the figure, not on its line"),
]
_R = "the programme's own figure restated (事業費 block, calculation total): one programme, one row (line 2)"
_BD = "breakdown of the programme's own cost"
_BASE = "the municipal project cost the request is computed from, not this programme's budget"
_ACT = "FY2008 actuals of the calculation basis"
NOT_ROWS = [
    dict(line=2, text="6,793千円", value_yen=6793000, fy=2009, mention_role=P, what="(前年度予算額 6,793千円)",
         reason="last year's budget of the row (its previous_budget_yen), not a row"),
    dict(line=7, text="9,596千円", value_yen=9596000, fy=2010, mention_role=B, what="【事業費】9,596千円(全額国費)", reason=_R),
    dict(line=8, text="7,676千円", value_yen=7676000, fy=2010, mention_role=O, what="人件費", reason=_BD),
    dict(line=8, text="1,920千円", value_yen=1920000, fy=2010, mention_role=O, what="事務費", reason=_BD),
    dict(line=9, text="9,596千円", value_yen=9596000, fy=2010, mention_role=B, what="=9,596千円", reason=_R),
    dict(line=20, text="254,000千円", value_yen=254000000, fy=2008, mention_role=O, what="交付金事業 事業費 (H20)", reason=_ACT),
    dict(line=20, text="2,554千円", value_yen=2554000, fy=2008, mention_role=O, what="連絡調整費 (H20)", reason=_ACT),
    dict(line=21, text="1,339,190千円", value_yen=1339190000, fy=2008, mention_role=O, what="道路事業 事業費 (H20)", reason=_ACT),
    dict(line=21, text="2,514千円", value_yen=2514000, fy=2008, mention_role=O, what="連絡調整費 (H20)", reason=_ACT),
    dict(line=22, text="1,593,190千円", value_yen=1593190000, fy=2008, mention_role=O, what="計 事業費 (H20)", reason=_ACT),
    dict(line=22, text="5,068千円", value_yen=5068000, fy=2008, mention_role=O, what="計 連絡調整費 (H20)", reason=_ACT),
    dict(line=26, text="112,000千円", value_yen=112000000, fy=2010, mention_role=O, what="交付金事業 事業費 (H22)", reason=_BASE),
    dict(line=26, text="1,127千円", value_yen=1127000, fy=2010, mention_role=O, what="連絡調整費 (H22)", reason=_BD),
    dict(line=27, text="4,511,000千円", value_yen=4511000000, fy=2010, mention_role=O, what="道路事業 事業費 (H22)", reason=_BASE),
    dict(line=27, text="8,469千円", value_yen=8469000, fy=2010, mention_role=O, what="連絡調整費 (H22)", reason=_BD),
    dict(line=28, text="4,623,000千円", value_yen=4623000000, fy=2010, mention_role=O, what="計 事業費 (H22)", reason=_BASE),
    dict(line=28, text="9,596千円", value_yen=9596000, fy=2010, mention_role=B, what="計 連絡調整費 (H22)", reason=_R),
    dict(line=31, text="5,068千円", value_yen=5068000, fy=2008, mention_role=O, what="昨年度…の認証", reason=_ACT),
]
