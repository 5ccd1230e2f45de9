from kinds import amt, cnt, fyr, trap, traps

DOC = "tama_h29_kikin_tsumitate_joukyou"
# 東京都多摩市's report of its funds in 平成29年度 (its 財政 report's section as 123deta.com transcribes it, `• 検索結果がありません。`
# the carrier's chrome): the year's drawdowns (`計約14.2億円を取崩した`), deposits by fund (公共建築物等整備保全基金 `約21.2億円`,
# 財政調整基金 `約10.2億円`, 都市計画基金 `約9.8億円`) and their total (`計約47.8億円`), and the net rise of the funds' total
# (`約33.6億円増加`). Every figure settled, `other` (fresh11a's 福崎町 deposits and drawdowns; fresh5c's settled deposit), a
# trap, fy 2017, approx. `平成7年度までに` a fiscal year null..1995, at_most (blind audit: was 1995;
# GUIDE `2027年度末までに`, fresh13c's `平成30年度決算まで`, fresh17e's `平成24年度までの`); the era-less `8年度`, `22年度` … `28年度` no
# mentions (GUIDE; fresh15a); `小学校2校` a count; the PDF's line-break spaces (`積み立 て`) kept as stored.
O = "other"
FY = 2017
M = [
    fyr(3, "平成29年度", FY), cnt(3, "2校", 2, "校"),
    trap(amt(3, "14.2億円", 1420000000, role=O, fy=FY, q=("approx",)), "基金 取崩し 計 (平成29年度)",
         "a settled drawdown of funds, not a budget"),
    trap(amt(3, "21.2億円", 2120000000, role=O, fy=FY, q=("approx",)), "公共建築物等整備保全基金 積立 (平成29年度)",
         "a settled deposit into a fund, not a budget"),
    trap(amt(3, "10.2億円", 1020000000, role=O, fy=FY, q=("approx",)), "財政調整基金 積立 (平成29年度)",
         "a settled deposit into a fund, not a budget"),
    trap(amt(3, "9.8億円", 980000000, role=O, fy=FY, q=("approx",)), "都市計画基金 積立 (平成29年度)",
         "a settled deposit into a fund, not a budget"),
    trap(amt(3, "47.8億円", 4780000000, role=O, fy=FY, q=("approx",)), "基金 積立 計 (平成29年度)",
         "a total of settled deposits, not a budget"),
    trap(amt(3, "33.6億円", 3360000000, role=O, fy=FY, q=("approx",)), "基金総額 増加 (平成29年度)",
         "a change of the funds' total, not a budget"),
    fyr(5, "平成7年度", None, 1995, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
