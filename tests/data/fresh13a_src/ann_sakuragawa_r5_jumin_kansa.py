from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "sakuragawa_r5_jumin_kansa"
# 茨城県桜川市's page of its 監査委員's results on 住民監査請求 (令和5年度 section): a request against the contracts and
# payments of 令和4年度「農産物プロモーション事業」 (`計4,166千円`), its two parts (a commission `495千円`, purchases
# `2,810千円`), each with the 監査委員's finding. The sums are contracts and payments questioned by a resident, not the
# programme's budget: `other` (earlier calls: contract figures `other`), fy 2022 from `令和4年度「農産物プロモーション事業」`
# on line 4, whose label reaches its two parts below (GUIDE: a label line applies to the items under it). All traps.
# `令和5年度` (line 2) a heading fiscal year; `4品`, `4品中3品` counts; `1年` a duration; `第242条第2項` a law number.
O = "other"
t = trap
R = "a contract or payment questioned in a resident's audit request: no budget of the programme"
M = [
    fyr(2, "令和5年度", 2023),
    date(3, "令和5年11月16日", "2023-11-16"),
    fyr(4, "令和4年度", 2022),
    t(amt(4, "4,166千円", 4166000, role=O, fy=2022), "農産物プロモーション事業 委託契約及び支出行為 計", R),
    t(amt(5, "495千円", 495000, role=O, fy=2022), "クラセル桜川へのプロモーション業務委託費", R),
    cnt(8, "4品", 4, "品"),
    t(amt(8, "2,810千円", 2810000, role=O, fy=2022), "クラセル桜川からの物品購入費 (4品)", R),
    cnt(9, "4品", 4, "品"), cnt(9, "3品", 3, "品"), dur(9, "1年", 1, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
