from kinds import amt, date, fyr, trap, traps

DOC = "tagajo_r4_1300nen_promotion_proposal"
# The 公募型プロポーザル実施要領 (令和4年5月) of the 多賀城創建1300年 記念事業 promotion contract, issued by its 実行委員会
# (事務局: 多賀城市; lawinsider's copy masks the names with x, `多賀城` left once). `(4) 業務委託費上限額` gives the cap of
# the contract price per fiscal year (`令和4年度業務 12,539,000円(消費税…を含む。)` …) and their sum `計 63,539,000円`:
# NEW, arguable: a contract's cap is `other` (a contract figure, GUIDE), at_most, min null (GUIDE's `上限` caps), with the
# fy of its `令和N年度業務` label; the sum over three years fy null. All traps: the text itself says each year's budget is set
# by the 実行委員会 and the caps are only a guide (`目安金額`), and a contract's cap is no programme's budget. The periods:
# `契約締結日の翌日から令和5年3月31日まで` the end a date without qualifier (the close of a range, GUIDE); `XからYまで` two
# dates. `2024年(令和6年)` one date (era and Gregorian together); `xxxxx1300年` a name.
O = "other"
R_CAP = "the cap of a contract's price for one fiscal year (業務委託費上限額), not a budget"
M = [
    date(3, "令和4年5月", "2022-05"),
    date(8, "2024年(令和6年)", "2024"),
    fyr(15, "令和4年度", 2022), date(15, "令和5年3月31日", "2023-03-31"),
    fyr(15, "令和5年度", 2023), date(15, "令和5年4月1日", "2023-04-01"), date(15, "令和6年3月31日", "2024-03-31"),
    fyr(15, "令和6年度", 2024), date(15, "令和6年4月1日", "2024-04-01"), date(15, "令和7年3月31日", "2025-03-31"),
    fyr(17, "令和4年度", 2022),
    trap(amt(17, "12,539,000円", None, 12539000, role=O, fy=2022, q=("at_most",)), "令和4年度業務 業務委託費上限額", R_CAP),
    fyr(17, "令和5年度", 2023),
    trap(amt(17, "30,000,000円", None, 30000000, role=O, fy=2023, q=("at_most",)), "令和5年度業務 業務委託費上限額", R_CAP),
    fyr(17, "令和6年度", 2024),
    trap(amt(17, "21,000,000円", None, 21000000, role=O, fy=2024, q=("at_most",)), "令和6年度業務 業務委託費上限額", R_CAP),
    trap(amt(17, "63,539,000円", None, 63539000, role=O, q=("at_most",)), "業務委託費上限額 計",
         "the sum of a contract's caps over three fiscal years, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
