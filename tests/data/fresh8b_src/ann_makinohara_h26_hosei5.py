from kinds import amt, date, fyr, pct

DOC = "makinohara_h26_hosei5"
# 静岡県牧之原市 財政課, 定例記者懇談会 資料 of 平成27年2月20日 on the 平成26年度一般会計補正予算案(第5号): ONE line (a
# PDF table flattened). The supplementary's own figure (`5億745万4千円の増額`, the table's 補正予算 `507,454千円` and
# the same figure heading (1) 歳入 and (2) 歳出) is supplementary FY2014, a trap each time; 現計予算 `19,225,044千円`
# and 補正後予算 `19,732,498千円` are budget FY2014 (before / after, traps). `(前年度2月補正額 749,079 千円の増額)` is the
# previous year's supplementary: supplementary_budget FY2013 (fresh4: a previous year's supplementary keeps its role
# and takes that year), a trap. The revenues by source (市税 … その他, `△` decreases) are other (traps). The 歳出 lines:
# `人件費` is a kind of expense (other, a trap, as 新潟県's 職員給与費); `その他 △ 165,774 千円` the rest of the list
# (supplementary, a trap: no programme); the other eleven are expense lines named for what they pay (fund deposits,
# transfers to two special accounts, programmes, the bond interest) and are rows: the two fund deposits, the two
# transfers (繰出金) and the five decreases (`△`, negative budget_yen, fresh's `▲6,657百万円`) ambiguous. The
# table's 備考 cells with bare thousands (`法人 750,000`, `固定 100,000`, `児童手当費 △ 19,444` …) carry no unit: no
# mentions. `0548-23-0054` a phone number, `資料№2`, `第5号`, `5回目`, `第6号` no mentions.
S, B, O, FY = "supplementary_budget", "budget", "other", 2014
L = 1
M = [
    date(L, "平成 27 年 2 月 20 日", "2015-02-20"),
    fyr(L, "平成 26 年度", FY),
    amt(L, "5億745万4千円", 507454000, role=S, fy=FY),
    pct(L, "2.6%", 2.6),
    amt(L, "749,079 千円", 749079000, role=S, fy=2013),
    amt(L, "19,225,044千円", 19225044000, role=B, fy=FY),
    amt(L, "507,454千円", 507454000, role=S, fy=FY),
    amt(L, "19,732,498千円", 19732498000, role=B, fy=FY),
    amt(L, "507,454千円", 507454000, role=S, fy=FY),
    amt(L, "850,000 千円", 850000000, role=O, fy=FY),
    amt(L, "281,787 千円", 281787000, role=O, fy=FY),
    amt(L, "△ 9,112 千円", -9112000, role=O, fy=FY),
    amt(L, "△ 50,734 千円", -50734000, role=O, fy=FY),
    amt(L, "△ 49,097 千円", -49097000, role=O, fy=FY),
    amt(L, "△ 799,020 千円", -799020000, role=O, fy=FY),
    amt(L, "626,464 千円", 626464000, role=O, fy=FY),
    amt(L, "△ 334,500 千円", -334500000, role=O, fy=FY),
    amt(L, "△ 8,334 千円", -8334000, role=O, fy=FY),
    amt(L, "507,454千円", 507454000, role=S, fy=FY),
    amt(L, "△ 45,970 千円", -45970000, role=O, fy=FY),
    amt(L, "551,390 千円", 551390000, role=S, fy=FY),
    amt(L, "100,000 千円", 100000000, role=S, fy=FY),
    amt(L, "20,298 千円", 20298000, role=S, fy=FY),
    amt(L, "61,203 千円", 61203000, role=S, fy=FY),
    amt(L, "△ 13,408 千円", -13408000, role=S, fy=FY),
    amt(L, "△ 28,439 千円", -28439000, role=S, fy=FY),
    amt(L, "△ 13,140 千円", -13140000, role=S, fy=FY),
    amt(L, "△ 13,354 千円", -13354000, role=S, fy=FY),
    amt(L, "71,400 千円", 71400000, role=S, fy=FY),
    amt(L, "16,004 千円", 16004000, role=S, fy=FY),
    amt(L, "△ 32,756 千円", -32756000, role=S, fy=FY),
    amt(L, "△ 165,774 千円", -165774000, role=S, fy=FY),
]
W = "expense line `name N 千円` under (2) 歳出 of the 平成26年度 一般会計補正予算案(第5号)"
ITEMS = [
    ("551,390 千円", 551390000, "財政調整基金造成費", "a deposit into a fund (fresh3, fresh4: ambiguous)"),
    ("100,000 千円", 100000000, "減債基金造成費", "a deposit into a fund (fresh3, fresh4: ambiguous)"),
    ("20,298 千円", 20298000, "国民健康保険特別会計繰出金", "a transfer to another account, counted again there"),
    ("61,203 千円", 61203000, "介護保険特別会計繰出金", "a transfer to another account, counted again there"),
    ("△ 13,408 千円", -13408000, "子育て世帯臨時特例給付金", "a supplementary decrease"),
    ("△ 28,439 千円", -28439000, "児童手当費", "a supplementary decrease"),
    ("△ 13,140 千円", -13140000, "予防接種事業費", "a supplementary decrease"),
    ("△ 13,354 千円", -13354000, "治山事業費", "a supplementary decrease"),
    ("71,400 千円", 71400000, "津波防災まちづくり事業", None),
    ("16,004 千円", 16004000, "小学校管理費", None),
    ("△ 32,756 千円", -32756000, "長期債償還金利子", "a supplementary decrease"),
]
ROWS = [dict(line=L, text=t, budget_yen=v, fy=FY, role=S, why=W, program=p,
             **({"ambiguous": True, "note": n} if n else {})) for t, v, p, n in ITEMS]
REVENUES = [("850,000 千円", 850000000, "市税"), ("281,787 千円", 281787000, "地方交付税"),
            ("△ 9,112 千円", -9112000, "分担金及び負担金"), ("△ 50,734 千円", -50734000, "国庫支出金"),
            ("△ 49,097 千円", -49097000, "県支出金"), ("△ 799,020 千円", -799020000, "繰入金"),
            ("626,464 千円", 626464000, "繰越金"), ("△ 334,500 千円", -334500000, "市債"), ("△ 8,334 千円", -8334000, "その他 (歳入)")]
NOT_ROWS = [
    dict(line=L, text="5億745万4千円", value_yen=507454000, fy=FY, mention_role=S, what="補正額", reason="supplementary total"),
    dict(line=L, text="749,079 千円", value_yen=749079000, fy=2013, mention_role=S, what="前年度2月補正額",
         reason="previous year's supplementary total"),
    dict(line=L, text="19,225,044千円", value_yen=19225044000, fy=FY, mention_role=B, what="現計予算",
         reason="account total before a supplementary"),
    dict(line=L, text="507,454千円", value_yen=507454000, fy=FY, mention_role=S, what="補正予算 / 歳入計 / 歳出計",
         reason="supplementary total"),
    dict(line=L, text="19,732,498千円", value_yen=19732498000, fy=FY, mention_role=B, what="補正後予算",
         reason="account total after a supplementary"),
    *[dict(line=L, text=t, value_yen=v, fy=FY, mention_role=O, what=f"歳入 {w}", reason="revenue of a supplementary")
      for t, v, w in REVENUES],
    dict(line=L, text="△ 45,970 千円", value_yen=-45970000, fy=FY, mention_role=O, what="人件費", reason="kind of expense"),
    dict(line=L, text="△ 165,774 千円", value_yen=-165774000, fy=FY, mention_role=S, what="その他 (歳出)",
         reason="rest of a list, no programme"),
]
