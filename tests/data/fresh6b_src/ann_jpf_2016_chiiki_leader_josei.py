from kinds import amt, cnt, date, fyr

DOC = "jpf_2016_chiiki_leader_josei"
# 独立行政法人国際交流基金's 2016年度 地域リーダー・若者交流助成 as 山口県's 県民活動 grants database lists it. The only
# amount is the past results' `1件あたりの助成額 約60万円程度` (`◆助成実績`): support, approx, per null (a per-case
# figure, as the earlier sets), fy null (past performance: not the 2016年度 call's figure, and its year is not
# stated for it), a trap. `2015年度 申請件数 68件 採用数 23件`: a fiscal year and two counts; `年に2回` a count of
# 2 回; the two implementation periods `平成28年4月1日~平成29年3月31日`, `平成28年8月1日~平成29年3月31日` are date
# ranges. Not mentions: the category codes `2`, `11`, `13`, list markers `1~4`, `1.`…`4.`, `①第1回募集` ordinals.
M = [
    fyr(2, "2016年度", 2016),
    date(4, "2015/10/02", "2015-10-02"),
    amt(12, "60万円", 600000, role="support", q=("approx",)),
    fyr(15, "2015年度", 2015), cnt(15, "68件", 68, "件"), cnt(15, "23件", 23, "件"),
    cnt(20, "2回", 2, "回"),
    date(22, "平成28年4月1日~平成29年3月31日", "2016-04-01", "2017-03-31"),
    date(24, "平成28年8月1日~平成29年3月31日", "2016-08-01", "2017-03-31"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=12, text="60万円", value_yen=600000, fy=None, mention_role="support", what="助成実績 1件あたりの助成額",
         reason="average grant per case (past results)"),
]
