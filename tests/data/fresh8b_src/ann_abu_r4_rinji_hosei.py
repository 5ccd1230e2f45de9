from kinds import amt, cnt, fyr

DOC = "abu_r4_rinji_hosei"
# 山口県阿武町 (広報あぶ): the 令和4年度一般会計補正予算(第4回) of a 臨時会. FY2022 throughout (line 1). The addition is
# supplementary and the total after it budget (traps). `▼補正の内訳` splits it by 款 (`▽民生費 N円`, `▽商工費 N円`): a
# split by function, other (fresh's `民生費:…`), traps, though each 款 here holds one measure (arguable: the measures
# are named in the prose below without their own figures). The grants per household (`1世帯当たり5万円`), per
# citizen (`1人6千円の商品券`) and the cap `上限5万円以内` (at_most, min null) are support, traps. Households are counts.
S, B, O, SP, FY = "supplementary_budget", "budget", "other", "support", 2022
M = [
    fyr(1, "令和4年度", FY),
    amt(2, "7,118万9千円", 71189000, role=S, fy=FY), amt(2, "34億1,001万4千円", 3410014000, role=B, fy=FY),
    amt(4, "4018万3千円", 40183000, role=O, fy=FY),
    amt(5, "5万円", 50000, role=SP, fy=FY), cnt(5, "650世帯", 650, "世帯"), cnt(5, "65世帯", 65, "世帯"),
    cnt(5, "715世帯", 715, "世帯"),
    amt(7, "3100万6千円", 31006000, role=O, fy=FY),
    amt(8, "6千円", 6000, role=SP, fy=FY), amt(8, "5万円", None, 50000, role=SP, fy=FY, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=2, text="7,118万9千円", value_yen=71189000, fy=FY, mention_role=S, what="補正予算(第4回)の追加額",
         reason="supplementary total"),
    dict(line=2, text="34億1,001万4千円", value_yen=3410014000, fy=FY, mention_role=B, what="補正後の総額",
         reason="account total after a supplementary"),
    dict(line=4, text="4018万3千円", value_yen=40183000, fy=FY, mention_role=O, what="民生費 (款)", reason="split by function"),
    dict(line=5, text="5万円", value_yen=50000, fy=FY, mention_role=SP, what="1世帯当たり5万円の給付金", reason="grant size per household"),
    dict(line=7, text="3100万6千円", value_yen=31006000, fy=FY, mention_role=O, what="商工費 (款)", reason="split by function"),
    dict(line=8, text="6千円", value_yen=6000, fy=FY, mention_role=SP, what="1人6千円の商品券", reason="grant size per citizen"),
    dict(line=8, text="5万円", value_yen=50000, fy=FY, mention_role=SP, what="買い換え費用の補助 上限5万円", reason="grant cap"),
]
