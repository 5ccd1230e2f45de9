from kinds import amt, cnt

DOC = "kyoto_city_h27_hokenfukushi"
# 京都市 保健福祉局予算の概要 (PDF text stored as one line). The years are written without era (`27年4月`, `27年度`):
# no date or fiscal year (GUIDE), and nothing in the text fixes their era, so the amounts' fy is null (rows
# `fy_alt: [2015]`). `全体事業費 N 千円` of a new or expanded programme is budget (a row); `(うち政策枠 N 千円)`, the
# part of that cost funded from the policy frame, is a breakdown of the programme's own cost: other (a trap).
# `6つの観点` counts; ①–⑥ and `1`/`2` are list markers. The last bracket is cut by the length limit (no figure).
B, O = "budget", "other"
M = [
    cnt(1, "6つ", 6, "つ"),
    amt(1, "1,150,200 千円", 1150200000),
    amt(1, "700,800 千円", 700800000, role=O),
    amt(1, "1,922,231 千円", 1922231000),
]
W = "`name 全体事業費 N 千円` under 主な新規・充実事業 of the bureau's budget summary"
ROWS = [
    dict(line=1, text="1,150,200 千円", budget_yen=1150200000, fy=None, fy_alt=[2015], program="民間保育所等整備助成",
         role=B, why=W),
    dict(line=1, text="1,922,231 千円", budget_yen=1922231000, fy=None, fy_alt=[2015],
         program="子ども医療費支給制度の拡充", role=B, why=W),
]
NOT_ROWS = [
    dict(line=1, text="700,800 千円", value_yen=700800000, fy=None, mention_role=O, what="うち政策枠 (民間保育所等整備助成)",
         reason="part of a programme's cost by funding frame"),
]
