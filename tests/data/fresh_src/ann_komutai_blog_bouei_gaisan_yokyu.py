from kinds import amt, cnt, pct

DOC = "komutai_blog_bouei_gaisan_yokyu"
# 来年度予算概算要求 (line 1): every listed figure is a request, i.e. the proposed budget (role budget); the text
# names no year (来年度, 今年度 only), so fy stays null (the post is of 2005-08-31: FY2006, given as fy_alt on rows).
# (N%) is the change against this year (line 3). 538兆円 is the outstanding debt: other. 06年3月末 (no era, two
# digits) is not a date; FPS-XX, P3C, 18DDH are names.
B, O = "budget", "other"
M = [
    amt(5, "85兆2700億円", 85270000000000, role=B), pct(5, "3.7%", 3.7),
    amt(6, "47兆5400億円", 47540000000000, role=B), pct(6, "0.5%", 0.5),
    amt(7, "16兆8500億円", 16850000000000, role=B), pct(7, "4.7%", 4.7),
    amt(8, "20兆4962億円", 20496200000000, role=B), pct(8, "11.1%", 11.1),
    amt(9, "538兆円", 538000000000000, role=O),
    amt(11, "4兆8857億円", 4885700000000, role=B), pct(11, "1.2%", 1.2),
    amt(12, "110億円", 11000000000, role=B),
    amt(15, "806億円", 80600000000, role=B), pct(15, "5.4%", 5.4),
    amt(16, "115億円", 11500000000, role=B), pct(16, "51.3%", 51.3),
    amt(17, "1500億円", 150000000000, role=B), pct(17, "25.2%", 25.2),
    amt(18, "30億円", 3000000000, role=B),
    cnt(19, "1基", 1, "基"), cnt(19, "7基", 7, "基"),
    amt(19, "251億円", 25100000000, role=B),
    amt(20, "852億円", 85200000000, role=B),
    amt(21, "299億円", 29900000000, role=B),
    amt(22, "58億円", 5800000000, role=B), pct(22, "65.7%", 65.7),
    amt(23, "6億3900万円", 639000000, role=B),
    amt(25, "900万円", 9000000, role=B),
    amt(26, "450万円", 4500000, role=B),
    amt(29, "1063億円", 106300000000, role=B),
]
W = "`• item amount` under `• 防衛庁` of a list of next year's budget requests; no fiscal year in the text"
R = dict(fy=None, fy_alt=[2006], role=B, why=W, ministry="防衛庁")
_AMB = dict(ambiguous=True, note="a theme that groups several programmes (the list is flat), the finest figure given for it")
ROWS = [
    dict(line=12, text="110億円", budget_yen=11000000000, program="防衛長官直轄「中央即応集団」設置",
         aliases=["中央即応集団設置", "中央即応集団」設置"], **R),
    dict(line=15, text="806億円", budget_yen=80600000000, program="ゲリラ・特殊部隊対策", **R, **_AMB),
    dict(line=16, text="115億円", budget_yen=11500000000, program="核・生物・化学兵器対策", **R, **_AMB),
    dict(line=17, text="1500億円", budget_yen=150000000000, program="ミサイル防衛システム(MDシステム)関連",
         aliases=["ミサイル防衛システム関連"], **R, **_AMB),
    dict(line=18, text="30億円", budget_yen=3000000000, program="海上配備型次世代型迎撃ミサイルの日米共同技術研究", **R),
    dict(line=19, text="251億円", budget_yen=25100000000, program="将来警戒管制レーダー(FPS-XX)1基の整備や従来型レーダー7基の改修",
         aliases=["将来警戒管制レーダーの整備や従来型レーダーの改修"], **R),
    dict(line=20, text="852億円", budget_yen=85200000000, program="陸上配備型MDシステム整備", **R),
    dict(line=21, text="299億円", budget_yen=29900000000, program="海上配備MDシステム整備", **R),
    dict(line=22, text="58億円", budget_yen=5800000000, program="潜水艦対策費", **R, **_AMB),
    dict(line=23, text="6億3900万円", budget_yen=639000000, program="パッシブ型ソノブイ改良", **R),
    dict(line=25, text="900万円", budget_yen=9000000, program="P3C哨戒機用対潜モールス弾研究", **R),
    dict(line=26, text="450万円", budget_yen=4500000, program="コンピテンシーに関する調査研究", **R),
    dict(line=29, text="1063億円", budget_yen=106300000000, program="護衛艦「18DDH」建造費", aliases=["護衛艦18DDH建造費"], **R),
]
NOT_ROWS = [
    dict(line=5, text="85兆2700億円", value_yen=85270000000000, fy=None, mention_role=B, what="一般会計", reason="account total"),
    dict(line=6, text="47兆5400億円", value_yen=47540000000000, fy=None, mention_role=B, what="一般歳出",
         reason="a class of the general account (all policy spending)"),
    dict(line=7, text="16兆8500億円", value_yen=16850000000000, fy=None, mention_role=B, what="地方交付税交付金",
         reason="a main expense class of the general account"),
    dict(line=8, text="20兆4962億円", value_yen=20496200000000, fy=None, mention_role=B, what="国債費",
         reason="a main expense class of the general account"),
    dict(line=9, text="538兆円", value_yen=538000000000000, fy=None, mention_role=O, what="国債発行残高",
         reason="outstanding debt, not a budget"),
    dict(line=11, text="4兆8857億円", value_yen=4885700000000, fy=None, mention_role=B, what="防衛庁",
         reason="a ministry's total"),
]
