from kinds import amt, cnt, date, dur, fyr

DOC = "shizuoka_city_r7_11_12gatsu_hosei"
# 静岡市's 11月・12月補正予算 (広報, early 2026). The supplementary's figures are supplementary_budget; the deck
# writes its year only as the date of the sessions (`令和7年11/13`) and `本年度`: fy null (GUIDE: no fiscal year is
# stated for these amounts), rows fy_alt [2025]. `債務負担行為` figures are commitments for later years, not this
# year's appropriation: other (traps). `11月・12月補正` is a budget label; `11月定例会`, `12月臨時会` are sessions
# named by their month (dates of 2025).
S = "supplementary_budget"
M = [
    date(2, "11月", "2025-11"),
    date(2, "令和7年11/13(木)~12/15", "2025-11-13", "2025-12-15"),
    date(2, "12月", "2025-12"),
    date(2, "12/25", "2025-12-25"),
    cnt(2, "3つ", 3, "つ"),
    dur(4, "1年", None, "year", hi=1, q=("at_most",)),
    fyr(4, "令和7年度", 2025),
    amt(4, "2,100万円", 21000000, role=S),
    amt(6, "5,000万円", 50000000, role=S),
    amt(8, "1億8,920万円", 189200000, role="other"),
    date(10, "令和8年3月", "2026-03"),
    date(10, "4月", "2026-04"),
    amt(10, "2,100万円", 21000000, role=S),
    amt(10, "1,500万円", 15000000, role="other"),
    amt(10, "26億8,539万円", 2685390000, role=S),
]
ROWS = [
    dict(line=4, text="2,100万円", budget_yen=21000000, fy=None, fy_alt=[2025], program="産後ケア事業",
         role=S, why="`…予算を増額します(N円)` in the 11月・12月補正予算 (title)"),
    dict(line=6, text="5,000万円", budget_yen=50000000, fy=None, fy_alt=[2025],
         program="千代田消防署の高規格救急自動車等の購入", aliases=["高規格救急自動車等の購入"], role=S,
         why="`…を購入します(N円)` in the 11月・12月補正予算 (title)"),
    dict(line=10, text="2,100万円", budget_yen=21000000, fy=None, fy_alt=[2025],
         program="清水海づり公園 仮設管理棟として活用する車両の購入", aliases=["清水海づり公園"], role=S,
         why="`…車両を購入します(N円うち債務負担行為N円)`", ambiguous=True,
         note="the figure includes a 債務負担行為 of 1,500万円 (a commitment, not this year's appropriation)"),
    dict(line=10, text="26億8,539万円", budget_yen=2685390000, fy=None, fy_alt=[2025],
         program="人件費 (給与改定)", aliases=["人件費"], role=S,
         why="`人件費を計上しました(N円)` in the supplementary", ambiguous=True,
         note="a kind of expense (salary revision), not a named programme"),
]
NOT_ROWS = [
    dict(line=8, text="1億8,920万円", value_yen=189200000, fy=None, mention_role="other",
         what="債務負担行為 (IAIスタジアム日本平 観客席更新)", reason="a commitment for later years, not an appropriation"),
    dict(line=10, text="1,500万円", value_yen=15000000, fy=None, mention_role="other",
         what="うち債務負担行為", reason="a commitment for later years inside the item's figure"),
]
