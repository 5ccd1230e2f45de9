from kinds import amt, trap, traps

DOC = "omihachiman_r6_bukka_taisaku_koho"
# 滋賀県近江八幡市's 広報おうみはちまん (2024年10月号, on mykoho): the price-relief support the city GAVE (`支援を行いました`), each
# measure under its heading with its money on a line of its own: 家計応援商品券 `2億9,771万3千円`, the school-meal price rise borne
# `3,038万6千円`, 応援金 to nurseries `2,539万6千円`, to disability services `439万6千円`, to care services `1,511万6千円`. The
# page reports money spent on done measures and names no year and no 予算: `other`, fy null, traps (NEW, arguable: a reader
# could take them as the programmes' budgets, fy null, five rows; fresh13a and fresh16b keep results and sums spent out
# of the rows). The vouchers per person `一人当たり3,000円分` and the top-up `3,000円分` for those 75 and over: `support`,
# traps (fresh's grant sizes per person). `75歳以上` an age: no mention.
S, O = "support", "other"
R = "money spent on a measure already carried out (a result), not a budget row"
M = [
    trap(amt(4, "2億9,771万3千円", 297713000, role=O), "家計応援商品券 配布", R),
    trap(amt(5, "3,000円", 3000, role=S), "家計応援商品券 一人当たり", "a voucher per person (a relief size), not a budget row"),
    trap(amt(5, "3,000円", 3000, role=S), "家計応援商品券 75歳以上の上乗せ", "a voucher top-up per person, not a budget row"),
    trap(amt(8, "3,038万6千円", 30386000, role=O), "給食費の値上げ分を負担", R),
    trap(amt(13, "2,539万6千円", 25396000, role=O), "応援金 民間保育所、認定こども園", R),
    trap(amt(15, "439万6千円", 4396000, role=O), "応援金 障がい福祉サービス事業所", R),
    trap(amt(17, "1,511万6千円", 15116000, role=O), "応援金 介護サービス事業所", R),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
