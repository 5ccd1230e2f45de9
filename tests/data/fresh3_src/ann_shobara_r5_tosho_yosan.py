from kinds import amt, dur, fyr

DOC = "shobara_r5_tosho_yosan"
# 当初予算(令和5年度) (title): the general-account total is budget FY2023; the decrease of 災害復旧事業 and the
# threshold it fell below (`300億円を下回りました`) are other. `平成30年災`, `令和2年災` name disasters (no date, as a
# named event); `5年ぶり` and the quoted goal `「10年先のまちづくり」` are durations; `18歳` is an age; `第2期` a name.
O, FY = "other", 2023
M = [
    fyr(1, "令和5年度", FY),
    fyr(7, "令和5年度", FY),
    amt(7, "14.1億円", 1410000000, role=O, fy=FY, q=("approx",)),
    amt(7, "299億6万円", 29900060000, fy=FY),
    fyr(7, "平成30年度", 2018),
    dur(7, "5年", 5, "year"),
    amt(7, "300億円", 30000000000, role=O, fy=FY),
    dur(9, "10年", 10, "year"),
    fyr(13, "令和5年度", FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=7, text="14.1億円", value_yen=1410000000, fy=FY, mention_role=O, what="災害復旧事業の減額",
         reason="change of a programme's total"),
    dict(line=7, text="299億6万円", value_yen=29900060000, fy=FY, mention_role="budget", what="一般会計当初予算額",
         reason="account total"),
    dict(line=7, text="300億円", value_yen=30000000000, fy=FY, mention_role=O, what="300億円を下回りました",
         reason="a threshold the total is compared with"),
]
