from kinds import amt, fyr

DOC = "kensetsusho_s31_yosan_setsumei_kokalog"
# 建設省's parliamentary vice-minister (堀川政府委員) explaining 建設省関係の昭和三十一年度歳入歳出予算案 in a Diet
# committee (kokalog's copy of the 1956-02-20 transcript, broken into short lines inside words). KANJI numerals with
# `余` inside the figure (`四億九千五百余万円` = 4億9500万円 and a little more): at_least, min only (fresh2's `あまり`).
# `昭和三十一` + next line `年度` is one fiscal year (GUIDE: a mention broken by a line break keeps its start line);
# the era-less `三十` / `三十一` + `年度` (lines 24-26) are no mentions, but they set their figures' fy (the era is
# written on line 4: fresh4's century call). Every amount FY1956 but the previous year's (FY1955, previous_budget).
# The ministry's 歳入 (other) and 歳出 (budget), the 北海道開発 part carried in 総理府's budget, both years' totals and
# their difference are traps; `特別失業対策事業として二十三億五千万円` (carried in 労働省's budget, spent by 建設省) and
# 治山治水事業's `総額…二百八十四億一千二百余万円` (its previous year `前年度二百八十九億六千二百余万円`) are rows; the
# `実質上の治山治水予算…二百九十一億一千二百余万円` (the same programme with the 七億円 of 特別失業対策事業費 added) an
# ambiguous row (its previous year `二百九十四億六千二百余万円`); the 七億円 (a part of another programme's figure used
# here) an ambiguous row (blind audit; was a trap); the changes `N円の減額` other traps.
B, P, O, FY = "budget", "previous_budget", "other", 1956
AL = ("at_least",)
M = [
    fyr(4, "昭和三十一", FY),
    amt(11, "四億九千五百余万円", 495000000, None, role=O, fy=FY, q=AL),
    amt(12, "九百七十四億七千三百余万円", 97473000000, None, role=B, fy=FY, q=AL),
    amt(22, "九十八億四千四百余万円", 9844000000, None, role=B, fy=FY, q=AL),
    amt(23, "二十三億五千万円", 2350000000, role=B, fy=FY),
    amt(25, "一千五十一億一千八百余万円", 105118000000, None, role=P, fy=1955, q=AL),
    amt(26, "一千九十六億六千七百余万円", 109667000000, None, role=B, fy=FY, q=AL),
    amt(26, "四十五億四千九百余万円", 4549000000, None, role=O, fy=FY, q=AL),
    amt(32, "二百八十四億一千二百余万円", 28412000000, None, role=B, fy=FY, q=AL),
    amt(33, "二百八十九億六千二百余万円", 28962000000, None, role=P, fy=1955, q=AL),
    amt(33, "五億五千万円", 550000000, role=O, fy=FY),
    amt(35, "七億円", 700000000, role=B, fy=FY),
    amt(37, "二百九十一億一千二百余万円", 29112000000, None, role=B, fy=FY, q=AL),
    amt(38, "二百九十四億六千二百余万円", 29462000000, None, role=P, fy=1955, q=AL),
    amt(38, "三億五千万円", 350000000, role=O, fy=FY),
]
W = "建設省関係の昭和三十一年度予算案 as its vice-minister explains it in the Diet (line 4)"
ROWS = [
    dict(line=23, text="二十三億五千万円", budget_yen=2350000000, fy=FY, program="特別失業対策事業 (労働省所管に計上、建設省が実施)",
         aliases=["特別失業対策事業"], role=B, why=W + ": a programme with its own figure", ministry="労働省"),
    dict(line=32, text="二百八十四億一千二百余万円", budget_yen=28412000000, previous_budget_yen=28962000000, fy=FY,
         program="治山治水事業", role=B, why=W + ": the programme's 総額, its previous year on the next line"),
    dict(line=37, text="二百九十一億一千二百余万円", budget_yen=29112000000, previous_budget_yen=29462000000, fy=FY,
         program="治山治水事業 (実質上の予算: 特別失業対策事業費の七億円を含む)", role=B, ambiguous=True,
         why=W + ": the same programme's real size with a part of another programme's money",
         note="two figures of one programme: the stated 総額 is the strict row"),
    # blind audit: trap -> ambiguous row, as fresh9a's `科学技術イノベーション創造推進費500億円のうち、…175億円を調整費として充てる`
    # (another ministry's programme a row, the part of it put to this use an ambiguous row)
    dict(line=35, text="七億円", budget_yen=700000000, fy=FY, program="特別失業対策事業費のうち治山治水事業に充当する分",
         aliases=["特別失業対策事業費 (治山治水充当分)"], role=B, ambiguous=True, ministry="労働省",
         why=W + ": the part of 特別失業対策事業費 (労働省所管) put to 治山治水事業",
         note="a part of another programme's figure, also counted in the 実質上 治山治水予算 row"),
]
NOT_ROWS = [
    dict(line=11, text="四億九千五百余万円", value_yen=495000000, fy=FY, mention_role=O, what="所管一般会計 歳入", reason="revenue"),
    dict(line=12, text="九百七十四億七千三百余万円", value_yen=97473000000, fy=FY, mention_role=B, what="所管一般会計 歳出",
         reason="ministry total"),
    dict(line=22, text="九十八億四千四百余万円", value_yen=9844000000, fy=FY, mention_role=B, what="総理府に計上の北海道開発関係",
         reason="a group's total carried in another ministry's budget"),
    dict(line=25, text="一千五十一億一千八百余万円", value_yen=105118000000, fy=1955, mention_role=P, what="三十年度 (合算)",
         reason="previous year's ministry total"),
    dict(line=26, text="一千九十六億六千七百余万円", value_yen=109667000000, fy=FY, mention_role=B, what="三十一年度 (合算)",
         reason="ministry total"),
    dict(line=26, text="四十五億四千九百余万円", value_yen=4549000000, fy=FY, mention_role=O, what="差し引の増加", reason="change"),
    dict(line=33, text="二百八十九億六千二百余万円", value_yen=28962000000, fy=1955, mention_role=P, what="治山治水事業 前年度",
         reason="previous year's figure"),
    dict(line=33, text="五億五千万円", value_yen=550000000, fy=FY, mention_role=O, what="治山治水事業の減額", reason="change"),
    dict(line=38, text="二百九十四億六千二百余万円", value_yen=29462000000, fy=1955, mention_role=P, what="実質上の治山治水予算 前年度",
         reason="previous year's figure"),
    dict(line=38, text="三億五千万円", value_yen=350000000, fy=FY, mention_role=O, what="実質上の治山治水予算の減額", reason="change"),
]
