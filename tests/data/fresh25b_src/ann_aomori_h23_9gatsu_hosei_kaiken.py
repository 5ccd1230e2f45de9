from kinds import amt, date, fyr, pct, trap, traps

DOC = "aomori_h23_9gatsu_hosei_kaiken"
# 青森県's governor presenting the FY2011 September supplementary (臨時会見). `今回の補正予算額は、70億7,481万2千円`
# supplementary FY2011, a trap (the total), and its rounded restatement `一般会計補正予算総額70億7,500万円` another trap
# (fresh24c's headline restatements); `平成23年度一般会計の予算規模は、7,577億5,829万6千円` budget, a trap (a total
# after); `「東日本大震災」生活再建・産業復興対策関連経費として49億1,800万円` a theme over many programmes: an AMBIGUOUS
# row (fresh11b, fresh24c's `都市・生活基盤の復旧…に22億1,300万円`); `震災対策以外の経費として21億5,700万円` the rest, a
# trap (fresh11b's `その他…`). `9月補正予算案` a budget's name (no date); `来る9月22日` 2011-09-22; `第267回` an
# ordinal; the breadcrumb's, the title's and the 会見日時's dates each a mention; clock times no mentions.
S, B, FY = "supplementary_budget", "budget", 2011
M = [
    date(1, "平成23年9月20日", "2011-09-20"), fyr(1, "平成23年度", FY),
    date(2, "平成23年9月20日", "2011-09-20"), fyr(2, "平成23年度", FY),
    date(3, "平成23年9月20日", "2011-09-20"),
    date(7, "9月22日", "2011-09-22"),
    trap(amt(11, "70億7,481万2千円", 7074812000, role=S, fy=FY), "今回の補正予算額", "the supplementary's total"),
    fyr(11, "平成23年度", FY),
    trap(amt(11, "7,577億5,829万6千円", 757758296000, fy=FY), "平成23年度一般会計の予算規模", "an account total after the supplementary"),
    pct(11, "7.2%", 7.2),
    trap(amt(13, "70億7,500万円", 7075000000, role=S, fy=FY), "一般会計補正予算総額", "the supplementary's total, rounded"),
    amt(13, "49億1,800万円", 4918000000, role=S, fy=FY),
    trap(amt(13, "21億5,700万円", 2157000000, role=S, fy=FY), "震災対策以外の経費", "the rest of the supplementary"),
]
ROWS = [
    dict(line=13, text="49億1,800万円", budget_yen=4918000000, fy=FY,
         program="「東日本大震災」生活再建・産業復興対策関連経費", aliases=["震災関連経費"], role=S, ambiguous=True,
         note="a theme over many programmes (fresh11b)", why="the FY2011 September supplementary's earthquake expenses"),
]
NOT_ROWS = traps(M)
