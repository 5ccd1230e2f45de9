from kinds import amt, cnt, date, pct, trap, traps

DOC = "obunsha_h28_kokuritsu_unei_kofukin"
# 旺文社 教育情報センター's digest `28年度 国立大学法人運営費交付金` (its 123deta.com transcript: the carrier's chrome kept,
# `Academic year: 2021` a year, NEW, arguable; the counters `9`, `0`, `0` bare). Every year is era-less (`28 年度`,
# `27 年度`, `16 年度`, `28 年 5 月`): no mentions (fresh11b), but they set the fy (fresh12d): FY2016 for the year's figures,
# FY2015 for `前年度`. Rows: the national programme's budget `国立大学法人運営費交付金…総額1兆 945 億円` (fresh11a's row of
# the same programme; `交付総額を前年度と同額`: the previous figure is not written, null, NEW call 6), its named frame
# `「機能強化経費」912 億円(前年度 795 億円…)` (the bracket `previous_budget` FY2015 fills the row) and its named part
# `「基幹運営費交付金」1 兆 26 億円` (the change cut by the length limit: no mention), and the aggregate `基幹経費…1 兆
# 3,976 億円(同 1 兆 3,906 億円…)`, a row marked ambiguous (an expense class of the 90 bodies' budget, as fresh13c's
# 建設改良事業). Traps: each university's share (`東京大 804 億 5,699 万円` …: `support`, a per-recipient size), the 90
# bodies' whole budget `予算規模(事業費)は 2 兆 4,941 億円` (`budget`, a field's total), changes (`291 億円`, `116 億円`,
# `69 億円`: `other`).
B, PB, O, S = "budget", "previous_budget", "other", "support"
FY, PY = 2016, 2015
R = ("one university's share of the year's 運営費交付金 (東京大 / 京都大 / 東北大)", "a per-recipient size, not a programme")
T = ("the 90 bodies' whole budget (予算規模(事業費))", "a total of a field, not one programme's budget")
C = ("a change against the year before", "a change, not a budget")
P = ("the previous year's figure in the bracket (fills the row's previous_budget_yen)", "the year before's budget beside the row")
M = [
    date(6, "2021", "2021"),
    trap(amt(15, "804 億 5,699 万円", 80456990000, role=S, fy=FY), *R),
    trap(amt(15, "548 億 3,175 万円", 54831750000, role=S, fy=FY), *R),
    trap(amt(15, "456 億 351 万円", 45603510000, role=S, fy=FY), *R),
    cnt(15, "86 大学", 86, "大学"), cnt(15, "4研究機構", 4, "研究機構"), cnt(15, "90 法人", 90, "法人"),
    amt(15, "1兆 945 億円", 1094500000000, role=B, fy=FY),
    cnt(17, "82 大学", 82, "大学"), cnt(17, "4 大学院大学", 4, "大学院大学"), cnt(17, "4 研究機構", 4, "研究機構"),
    cnt(17, "90 法人", 90, "法人"),
    trap(amt(17, "2 兆 4,941 億円", 2494100000000, role=B, fy=FY), *T),
    trap(amt(17, "291 億円", 29100000000, role=O, fy=FY), *C), pct(17, "1.2%", 1.2),
    cnt(17, "90 法人", 90, "法人"),
    amt(17, "912 億円", 91200000000, role=B, fy=FY),
    trap(amt(17, "795 億円", 79500000000, role=PB, fy=PY), *P),
    trap(amt(17, "116 億円", 11600000000, role=O, fy=FY), *C),
    amt(17, "1 兆 3,976 億円", 1397600000000, role=B, fy=FY),
    trap(amt(17, "1 兆 3,906 億円", 1390600000000, role=PB, fy=PY), *P),
    trap(amt(17, "69 億円", 6900000000, role=O, fy=FY), *C),
    amt(17, "1 兆 26 億円", 1002600000000, role=B, fy=FY),
]
MX = "文部科学省"
ROWS = [
    dict(line=15, text="1兆 945 億円", budget_yen=1094500000000, fy=FY, program="国立大学法人運営費交付金",
         aliases=["国立大学運営費交付金"], role=B,
         ministry=MX, why="`28 年度の国立大学法人運営費交付金は…総額1兆 945 億円交付`: the programme's budget of the year"),
    dict(line=17, text="912 億円", budget_yen=91200000000, previous_budget_yen=79500000000, fy=FY,
         program="機能強化経費 (国立大学法人運営費交付金)", role=B, ministry=MX,
         why="a named frame of the year's budget with the year before in the bracket `(前年度 795 億円…)`"),
    dict(line=17, text="1 兆 3,976 億円", budget_yen=1397600000000, previous_budget_yen=1390600000000, fy=FY,
         program="基幹経費 (国立大学法人等)", role=B, ambiguous=True,
         why="the 90 bodies' base expense class of the year, `(同 1 兆 3,906 億円…)` the year before: an aggregate class"),
    dict(line=17, text="1 兆 26 億円", budget_yen=1002600000000, fy=FY, program="基幹運営費交付金 (国立大学法人運営費交付金)",
         role=B, ministry=MX, why="the named part `「基幹運営費交付金」N円` of the year's grant (fresh11a's 一般運営費交付金等)"),
]
NOT_ROWS = traps(M)
