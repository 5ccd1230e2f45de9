from kinds import amt, cnt, dur, fyr

DOC = "yahaba_r6_suido"
# 矢巾町 (岩手県; 広報やはば 令和6年5月号): 令和6年度 水道事業会計予算のあらまし, a TOWN's water enterprise. The stored text
# starts at `■収益的収支`: no year is written above the four figures (the page title with 令和6年度 is in the address
# only; `■令和6年度の主要事業` comes after them and labels what follows it), so their fy is null (GUIDE: a figure under
# no year label stays null; fresh6a's 木祖村). The enterprise's expenditure sides (収益的 and 資本的 `支出`) are budget,
# its revenue sides (`収入`) other (fresh4 / fresh6a: an enterprise's expenditure total is its budget, its revenue
# total other); all four traps, no row (the 主要事業 carry no figure). `11,900戸` a count; `1年間` a duration;
# `立方メートル` quantities are physical units; `1日平均` a rate marker (no mention).
B, O = "budget", "other"
M = [
    amt(3, "8億7,709万円", 877090000, role=O),
    amt(4, "7億4,306万円", 743060000, role=B),
    amt(9, "1億2,286万円", 122860000, role=O),
    amt(10, "7億4,856万円", 748560000, role=B),
    fyr(12, "令和6年度", 2024),
    fyr(18, "令和6年度", 2024),
    cnt(19, "11,900戸", 11900, "戸"),
    dur(20, "1年間", 1, "year"),
]
ROWS: list = []
NOT_ROWS = [
    dict(line=3, text="8億7,709万円", value_yen=877090000, fy=None, mention_role=O, what="収益的収支 収入",
         reason="enterprise revenue total"),
    dict(line=4, text="7億4,306万円", value_yen=743060000, fy=None, mention_role=B, what="収益的収支 支出",
         reason="enterprise expenditure total"),
    dict(line=9, text="1億2,286万円", value_yen=122860000, fy=None, mention_role=O, what="資本的収支 収入",
         reason="enterprise revenue total"),
    dict(line=10, text="7億4,856万円", value_yen=748560000, fy=None, mention_role=B, what="資本的収支 支出",
         reason="enterprise expenditure total"),
]
