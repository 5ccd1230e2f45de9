from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "jcpress_ibaraki_2022_tosho"
# 茨城県's (大井川和彦県知事) 22年度当初予算案 in a construction paper dated `[2022/2/18 茨城版]`: the era-less `22年度` is no
# fiscal_year mention (fresh4), but the page's date fixes it (fresh23b call 1: an era-less year fixed by the dateline), so
# every amount is fy 2022 (arguable). The headline's `坂東の新工団に53億円` a row (the 新工業団地整備費, a work); 一般会計, the
# 特別会計 (13会計) and 企業会計 (6会計) totals and the all-accounts 予算総額 `budget`, traps; the 公共事業費 and its parts and
# the sum with the national package (`1332億円`) `other` (a split by kind of expense), traps; `このうち…新型コロナウイルス感染症
# 関連分の予算は1750億9800万円` `budget`, a trap (a share of the account by theme, not one work). `5か年加速化対策` a name
# (earlier sets); `4年ぶり` a duration; counts `13会計`, `6会計`, `4つ`. The dateline `2022/2/18` a date; `17日` 2022-02-17.
B, O, FY = "budget", "other", 2022
M = [
    amt(1, "53億円", 5300000000, role=B, fy=FY),
    trap(amt(1, "1044億円", 104400000000, role=O, fy=FY), "公共事業費 (見出し)", "split by kind of expense"),
    date(2, "2022/2/18", "2022-02-18"),
    date(3, "17日", "2022-02-17"),
    trap(amt(3, "1兆2816億7900万円", 1281679000000, role=B, fy=FY), "一般会計", "account total"),
    pct(3, "1%", 1),
    trap(amt(3, "780億7400万円", 78074000000, role=O, fy=FY), "国補公共事業", "split by kind of expense"),
    trap(amt(3, "263億5000万円", 26350000000, role=O, fy=FY), "県単公共事業", "split by kind of expense"),
    trap(amt(3, "1044億2400万円", 104424000000, role=O, fy=FY), "公共事業費 (全会計)", "split by kind of expense"),
    trap(amt(3, "1332億円", 133200000000, role=O, fy=FY), "公共事業費 (国の経済対策分を合算)",
         "a sum with the national package's share"),
    dur(4, "4年ぶり", 4, "year"),
    trap(amt(4, "1750億9800万円", 175098000000, role=B, fy=FY), "新型コロナウイルス感染症関連分",
         "a share of the account by theme, not one work"),
    pct(4, "2.3%", 2.3),
    cnt(5, "13会計", 13, "会計"), pct(5, "3%", 3),
    trap(amt(5, "4640億8200万円", 464082000000, role=B, fy=FY), "特別会計 13会計の合計", "accounts' total"),
    cnt(5, "6会計", 6, "会計"), pct(5, "1.9%", 1.9),
    trap(amt(5, "1254億4200万円", 125442000000, role=B, fy=FY), "企業会計 6会計", "accounts' total"),
    pct(5, "0.1%", 0.1),
    trap(amt(5, "1兆8712億0300万円", 1871203000000, role=B, fy=FY), "予算総額", "all-accounts total"),
    cnt(6, "4つ", 4, "つ"),
]
ROWS = [dict(line=1, text="53億円", budget_yen=5300000000, fy=FY, program="坂東市山地区での新工業団地整備", role=B,
             aliases=["坂東の新工団"], ministry="茨城県", why="a 主な事業 of the 22年度当初予算案 (headline `坂東の新工団に53億円`)")]
NOT_ROWS = traps(M)
