from kinds import amt, date, dur

DOC = "tochigi_pref_r2_4gatsu_hosei"
# News (下野新聞, April 2020) on 栃木県's 4月補正予算案: no year at all is written in the text (the date is the
# address's), so fy is null on every amount (GUIDE: a deck that names no year stays null; as 高知県, 能美市 and the
# fresh set's 館山市); rows carry fy_alt 2020 (a 4月 supplementary belongs to the fiscal year that began that April).
# Its items are supplementary_budget. `最大30万円` per business is
# support (at_most); the loan facility `融資枠500億円` is other; the cumulative total with the 3月補正 spans two
# supplementaries (fy null). `20日` and `21日~5月6日` take April 2020; `4月補正`, `3月補正` are labels (no date);
# `10分の9`, `10分の1` are fractions.
S, FY = "supplementary_budget", None
M = [
    date(1, "20日", "2020-04-20"),
    amt(1, "248億円", 24800000000, role=S, fy=FY),
    amt(3, "30億円", 3000000000, role=S, fy=FY),
    date(3, "21日~5月6日", "2020-04-21", "2020-05-06"),
    amt(3, "30万円", None, 300000, role="support", fy=FY, q=("at_most",)),
    amt(5, "3億円", 300000000, role=S, fy=FY),
    amt(5, "26億円", 2600000000, role=S, fy=FY),
    dur(7, "3年間", 3, "year"),
    amt(7, "500億円", 50000000000, role="other", fy=FY),
    amt(7, "158億円", 15800000000, role=S, fy=FY),
    amt(9, "13億円", 1300000000, role=S, fy=FY),
    amt(9, "1億円", 100000000, role=S, fy=FY),
    amt(11, "329億円", 32900000000, role=S, fy=None),
]
W = "item of the 4月補正予算案 in prose (`…に N円を計上/を充てる/を確保`); no year in the text (fy_alt 2020)"
R = dict(fy=FY, fy_alt=[2020], role=S, why=W)
ROWS = [
    dict(line=3, text="30億円", budget_yen=3000000000, program="休業要請・協力依頼に応じた事業者への協力金",
         aliases=["事業者への協力金", "協力金"], **R),
    dict(line=5, text="3億円", budget_yen=300000000, program="地域外来・検査センター整備", **R),
    dict(line=5, text="26億円", budget_yen=2600000000,
         program="外来・入院協力医療機関の医療機器の確保、軽症者の宿泊療養のためのホテル借り上げなど",
         aliases=["医療機器の確保", "宿泊療養のためのホテル借り上げ"], ambiguous=True,
         note="one figure for several measures", **R),
    dict(line=7, text="158億円", budget_yen=15800000000, program="融資枠500億円創設",
         aliases=["中小企業の資金繰り対策"], **R),
    dict(line=9, text="13億円", budget_yen=1300000000, program="感染拡大収束後の回復を見据えた準備", ambiguous=True,
         note="a theme's total (計); its item 修学旅行商品の準備 follows", **R),
    dict(line=9, text="1億円", budget_yen=100000000, program="秋の県内修学旅行商品の準備",
         aliases=["県内修学旅行商品の準備"], **R),
]
NOT_ROWS = [
    dict(line=1, text="248億円", value_yen=24800000000, fy=FY, mention_role=S, what="総額248億円規模",
         reason="total of the supplementary"),
    dict(line=3, text="30万円", value_yen=300000, fy=FY, mention_role="support", what="最大30万円を支給",
         reason="grant size per business"),
    dict(line=7, text="500億円", value_yen=50000000000, fy=FY, mention_role="other", what="融資枠",
         reason="a loan facility, not an appropriation"),
    dict(line=11, text="329億円", value_yen=32900000000, fy=None, mention_role=S, what="3月補正予算との累計額",
         reason="cumulative total of two supplementaries"),
]
