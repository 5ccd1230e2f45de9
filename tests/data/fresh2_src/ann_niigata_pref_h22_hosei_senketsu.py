from kinds import amt, fyr

DOC = "niigata_pref_h22_hosei_senketsu"
# 平成22年度補正予算(専決)概要 (title, line 2): every amount is of FY2010. The 補正額 (negative, △) and the special
# account's 補正額 are supplementary; 最終予算 (the budget as it stands after it) is budget; the 財源内訳 and the
# 歳入/歳出 主な内訳 break the supplementary down by source and by kind of expense: other.
S, B, O, FY = "supplementary_budget", "budget", "other", 2010
M = [
    fyr(2, "平成22年度", FY),
    amt(10, "△56,158,084千円", -56158084000, role=S, fy=FY),
    amt(10, "△57,201,183千円", -57201183000, role=O, fy=FY),
    amt(10, "1,043,099千円", 1043099000, role=O, fy=FY),
    amt(11, "1,183,706,526千円", 1183706526000, role=B, fy=FY),
    amt(11, "872,230,230千円", 872230230000, role=O, fy=FY),
    amt(12, "△781,508千円", -781508000, role=S, fy=FY),
    amt(15, "3,560,000千円", 3560000000, role=O, fy=FY),
    amt(16, "1,225,779千円", 1225779000, role=O, fy=FY),
    amt(17, "△8,317,939千円", -8317939000, role=O, fy=FY),
    amt(18, "△9,208,000千円", -9208000000, role=O, fy=FY),
    amt(19, "△1,845,339千円", -1845339000, role=O, fy=FY),
    amt(20, "△42,874,046千円", -42874046000, role=O, fy=FY),
    amt(22, "774,526千円", 774526000, role=O, fy=FY),
    amt(23, "△758,305千円", -758305000, role=O, fy=FY),
    amt(24, "△362,295千円", -362295000, role=O, fy=FY),
    amt(25, "△1,382,784千円", -1382784000, role=O, fy=FY),
    amt(26, "△7,873,904千円", -7873904000, role=O, fy=FY),
    amt(27, "△5,374,913千円", -5374913000, role=O, fy=FY),
    amt(28, "△43,217,108千円", -43217108000, role=O, fy=FY),
    fyr(29, "平成22年度", FY),
]
ROWS: list[dict] = []
_R = "breakdown of the supplementary by revenue source or by kind of expense (歳入/歳出予算の主な内訳), not a programme"
NOT_ROWS = [
    dict(line=10, text="△56,158,084千円", value_yen=-56158084000, fy=FY, mention_role=S, what="補正額【一般会計】",
         reason="total of the whole supplementary"),
    dict(line=10, text="△57,201,183千円", value_yen=-57201183000, fy=FY, mention_role=O, what="特定財源",
         reason="financing split of the supplementary"),
    dict(line=10, text="1,043,099千円", value_yen=1043099000, fy=FY, mention_role=O, what="一般財源",
         reason="financing split of the supplementary"),
    dict(line=11, text="1,183,706,526千円", value_yen=1183706526000, fy=FY, mention_role=B, what="最終予算",
         reason="general-account total after the supplementary"),
    dict(line=11, text="872,230,230千円", value_yen=872230230000, fy=FY, mention_role=O, what="うち一般財源",
         reason="financing split of the final budget"),
    dict(line=12, text="△781,508千円", value_yen=-781508000, fy=FY, mention_role=S, what="災害救助事業特別会計補正額",
         reason="an account's supplementary total"),
    *[dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=O, what=w, reason=_R) for ln, t, v, w in [
        (15, "3,560,000千円", 3560000000, "県税"), (16, "1,225,779千円", 1225779000, "地方交付税"),
        (17, "△8,317,939千円", -8317939000, "国庫支出金"), (18, "△9,208,000千円", -9208000000, "県債"),
        (19, "△1,845,339千円", -1845339000, "繰入金"), (20, "△42,874,046千円", -42874046000, "諸収入"),
        (22, "774,526千円", 774526000, "除雪費"), (23, "△758,305千円", -758305000, "退職手当"),
        (24, "△362,295千円", -362295000, "職員給与費"), (25, "△1,382,784千円", -1382784000, "事務費"),
        (26, "△7,873,904千円", -7873904000, "普通建設事業"), (27, "△5,374,913千円", -5374913000, "災害復旧費"),
        (28, "△43,217,108千円", -43217108000, "金融的経費")]],
]
