from kinds import amt, cnt, date, pct

DOC = "tsushima_h27_premium_shohinken"
# 愛知県津島市's 記者発表資料 of 平成27年3月3日 (a document-sharing copy, jadocz 954806): the LAUNCH of ONE programme,
# 地域経済活性化に向けた「プレミアム付商品券事業」を実施します, with its `補正予算額 88,095千円`, the vouchers' sizes and the
# budget's breakdown. The PDF's bold face is doubled in the stored text (`事業名>プレミアム付商品券` / `付商品券事業`; the
# figure as `88,` / `88,095千円` / `095千円`): the whole `88,095千円` (line 14) is the mention, the fragments `88,` and
# `095千円` around it are the shadow of the same figure and no mentions (NEW, arguable).
# `補正予算額 88,095千円` is the programme's own money: `supplementary_budget`, a row. fy null: no fiscal year is written
# (the March 2015 補正 of a city is FY2014's 3月補正, the national 交付金 is 26年度補正: ambiguous, `fy_alt: [2014]`);
# the same fy null on every amount. Under `予算内訳`: `補助額 88,095千円` (the same budget restated as the grant to the
# chamber that runs it: a trap, one row a programme), `プレミアム費用 70,000千円`, `事務管理経費 18,095千円` (the
# budget split by kind of expense: `other`, a breakdown as fresh's 鳥取県 cost split and fresh2's 歳出予算の主な内訳; traps;
# blind audit). The vouchers: `発行総額4億2千万円` (the issue size, the 事業規模: `support`, as dev10c's `(発行総額:24億円)`;
# blind audit) and `販売総額3億5千万円` (what buyers pay) `other`; `プレミアム額7千万円` (the premium given to buyers in
# all) `support`; one set's face `12,000円相当` and one voucher's `500円` `support` (face values, as fresh6a's
# `(2,000円×5枚)`; blind audit), the price `10,000円` `other`. `20%` a percent; `24枚` a count; `平成27年`
# (schedule) a date; `4`, `1`, `2`, `3` page and list numbers; the phone number; `春頃`, `夏頃`, `年内迄` no mentions.
S, SU, O = "supplementary_budget", "support", "other"
M = [
    date(3, "平成27年3月3日", "2015-03-03"),
    amt(14, "88,095千円", 88095000, role=S),
    amt(20, "4億2千万円", 420000000, role=SU), amt(20, "3億5千万円", 350000000, role=O),
    amt(21, "7千万円", 70000000, role=SU), pct(21, "20%", 20),
    amt(22, "12,000円", 12000, role=SU), amt(22, "500円", 500, role=SU), cnt(22, "24枚", 24, "枚"),
    amt(22, "10,000円", 10000, role=O),
    amt(27, "88,095千円", 88095000, role=S),
    amt(31, "70,000千円", 70000000, role=O),
    amt(33, "18,095千円", 18095000, role=O),
    date(36, "平成27年", "2015"),
]
ROWS = [
    dict(line=14, text="88,095千円", budget_yen=88095000, program="プレミアム付商品券事業", fy=None, role=S,
         aliases=["地域経済活性化に向けたプレミアム付商品券事業"], ambiguous=True, fy_alt=[2014],
         why="the programme's own money under the press release's 補正予算額",
         note="no fiscal year is written; a city's supplementary announced on 2015-03-03 is FY2014's 3月補正"),
]
NOT_ROWS = [
    dict(line=20, text="4億2千万円", value_yen=420000000, fy=None, mention_role=SU, what="商品券 発行総額",
         reason="the vouchers' issue size (support: the 事業規模, as dev10c's 発行総額), not the programme's budget"),
    dict(line=20, text="3億5千万円", value_yen=350000000, fy=None, mention_role=O, what="商品券 販売総額",
         reason="what buyers pay for the vouchers (other)"),
    dict(line=21, text="7千万円", value_yen=70000000, fy=None, mention_role=SU, what="プレミアム額",
         reason="the premium given to buyers in all (support), a part of the budget"),
    dict(line=22, text="12,000円", value_yen=12000, fy=None, mention_role=SU, what="1セットの額面 (12,000円相当)",
         reason="what one buyer gets (support)"),
    dict(line=22, text="500円", value_yen=500, fy=None, mention_role=SU, what="商品券1枚の額面",
         reason="a voucher's face value (support, as fresh6a's 2,000円×5枚)"),
    dict(line=22, text="10,000円", value_yen=10000, fy=None, mention_role=O, what="1セットの販売価格",
         reason="the price a buyer pays (other)"),
    dict(line=27, text="88,095千円", value_yen=88095000, fy=None, mention_role=S, what="予算内訳 補助額",
         reason="the same budget restated as the grant to the chamber (one row a programme)"),
    dict(line=31, text="70,000千円", value_yen=70000000, fy=None, mention_role=O, what="予算内訳 プレミアム費用",
         reason="a part of the programme's budget by kind of expense (other: a breakdown, fresh's 鳥取県 cost split)"),
    dict(line=33, text="18,095千円", value_yen=18095000, fy=None, mention_role=O, what="予算内訳 事務管理経費",
         reason="a part of the programme's budget by kind of expense (other: a breakdown, fresh's 鳥取県 cost split)"),
]
