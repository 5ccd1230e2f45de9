from kinds import amt, date, dur, trap, traps

DOC = "shibata_2021_taiikukan_proposal_jcpress"
# 宮城県柴田町's call for proposals (公募型プロポーザル) for its 総合体育館 by PFI or lease (事業手法は選択制), as 日刊建設
# 新聞 reports it (jcpress, 2021/10/9). `予定対価が上限約41億円` (the headline) and `事業予定対価の上限は40億7000万円`: the cap of
# the contract's price over 20 years, `other`, at_most, min null, fy null, traps (fresh14c call 2: a contract price's cap is
# `other`, not a grant cap's `support`); the headline's `約` approx. `事業期間は2042年3月末までの20年間`: the end null..2042-03,
# at_most (GUIDE `まで`; 末 dropped) and a duration. `8日` 2021-10-08 (the paper's date); `11月5日まで`, `12月28日まで`
# deadlines, at_most; `来年1月下旬` 2022-01. `約3ha`, `5000平方m` (areas) no mentions.
O = "other"
M = [
    trap(amt(1, "41億円", None, 4100000000, role=O, q=("approx", "at_most")), "見出し 総合体育館整備事業 予定対価の上限",
         "the cap of a PPP contract's price in a headline, not a budget"),
    date(2, "2021/10/9", "2021-10-09"),
    date(3, "8日", "2021-10-08"), date(3, "2042年3月", None, "2042-03", q=("at_most",)), dur(3, "20年間", 20, "year"),
    trap(amt(3, "40億7000万円", None, 4070000000, role=O, q=("at_most",)), "総合体育館整備事業 事業予定対価の上限 (20年間)",
         "the cap of a 20-year PPP contract's price, not a budget"),
    date(3, "11月5日", None, "2021-11-05", q=("at_most",)), date(3, "12月28日", None, "2021-12-28", q=("at_most",)),
    date(3, "1月", "2022-01"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
