from kinds import amt, cnt, date, fyr, trap, traps

DOC = "nagano_h14_tsuika_hosei_teian"
# 長野県's governor's speech on the added bills of the 平成15年2月 session (stored on a mirror of the governor's site):
# the FY2002 general-account supplementary (`平成14年度一般会計補正予算案`, a 202億 decrease) and its revenue sources.
# The programmes (松本盲学校の施設改修, 新世代地域ケーブルテレビ施設整備事業, 介護予防等拠点整備事業) are named WITHOUT
# figures: no row (NEW for this shape: a speech naming programmes but sizing only the account). The supplementary total
# supplementary FY2002, positive, a trap; every source (県債, 繰入金, 国庫支出金, 県税, 地方消費税清算金) other, traps.
# `平成15年2月県議会定例会` a date 2003-02; `13件` a count. The stored text ends inside `本年度の一般会計予算は、今回の`.
S, O, FY = "supplementary_budget", "other", 2002
M = [
    date(1, "平成15年2月", "2003-02"),
    fyr(3, "平成14年度", FY), cnt(3, "13件", 13, "件"),
    trap(amt(4, "202億7,349万9千円", 20273499000, role=S, fy=FY), "一般会計の補正予算案 総額", "the general account's supplementary total"),
    trap(amt(8, "5億7,532万9千円", 575329000, role=O, fy=FY), "県債 (財源)", "a revenue"),
    trap(amt(8, "5億2,041万1千円", 520411000, role=O, fy=FY), "その他繰入金など (財源)", "a revenue"),
    trap(amt(8, "109億4,491万8千円", 10944918000, role=O, fy=FY), "国庫支出金 (財源)", "a revenue"),
    trap(amt(8, "17億7,248万6千円", 1772486000, role=O, fy=FY), "県税 (財源)", "a revenue"),
    trap(amt(8, "86億5,183万5千円", 8651835000, role=O, fy=FY), "その他地方消費税清算金など (財源)", "a revenue"),
]
ROWS = []
NOT_ROWS = traps(M)
