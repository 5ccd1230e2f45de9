from kinds import amt, fyr, pct, trap, traps

DOC = "ichikikushikino_r6_ippan_yosan"
# いちき串木野市's 広報 page (令和6年4月22日号, via mykoho) on the 令和6年度 一般会計予算: the accounts' table flattened as
# `◆account total` / `前年度比 change(rate)増/減` pairs, the figures carrying their units (amounts), the note `※各項目で単位未満を
# 四捨五入`. Every figure is FY2024 (the first line's 令和6年度 labels the page: GUIDE). Account totals `budget` traps
# (repeats included); the changes `other` unsigned (the word 増/減 carries the direction: fresh24a), traps; their rates
# percents. The 増額 reasons: `人口減少・少子化対策として約3億5,000万円` a theme over programmes, an AMBIGUOUS row (fresh25b's
# `…関連経費として`), approx; `防災行政無線施設整備事業や…パークゴルフ場リニューアル事業に約5億9,200万円` the sum of three
# programmes, a trap (fresh24a: a sum over programmes). Not mentions: `本紙P2、3` (page references), `単位未満`.
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY),
    trap(amt(1, "174億5,300万円", 17453000000, fy=FY), "一般会計予算額", "the general-account total"),
    trap(amt(1, "7億1,100万円", 711000000, role=O, fy=FY), "前年比の増額", "a change of the account total"),
    pct(1, "4.2%", 4.2),
    amt(1, "3億5,000万円", 350000000, fy=FY, q=("approx",)),
    trap(amt(1, "5億9,200万円", 592000000, fy=FY, q=("approx",)), "防災行政無線施設整備事業ほか2事業",
         "a sum over three programmes"),
    trap(amt(2, "174億5,300万円", 17453000000, fy=FY), "一般会計", "the general-account total (repeat)"),
    trap(amt(3, "7億1,100万円", 711000000, role=O, fy=FY), "一般会計 前年度比", "a change of the account total"),
    pct(3, "4.2%", 4.2),
    trap(amt(5, "82億2,204万円", 8222040000, fy=FY), "特別会計", "the special accounts' total"),
    trap(amt(6, "6,565万円", 65650000, role=O, fy=FY), "特別会計 前年度比", "a change of the accounts' total"),
    pct(6, "0.8%", 0.8),
    trap(amt(8, "21億4,801万円", 2148010000, fy=FY), "企業会計", "the enterprise accounts' total"),
    trap(amt(9, "1億14万円", 100140000, role=O, fy=FY), "企業会計 前年度比", "a change of the accounts' total"),
    pct(9, "4.5%", 4.5),
]
ROWS = [
    dict(line=1, text="3億5,000万円", budget_yen=350000000, fy=FY, program="人口減少・少子化対策",
         aliases=["少子化対策", "人口減少対策"], role=B, ministry="いちき串木野市", ambiguous=True,
         note="a theme over several programmes (fresh25b, fresh11b)",
         why="the first reason of the 一般会計's increase: `人口減少・少子化対策として約N円を計上`"),
]
NOT_ROWS = traps(M)
