from kinds import amt, cnt, date, trap, traps

DOC = "chunichi_2006_gifu_shokujusai_jikkoi"
# 中日新聞 (2006-10-13, on fence.silk.to's clipping page: `公開日 : 2006年 10月12日`): the last general meeting of 岐阜県's
# 第57回全国植樹祭実行委員会. The 実行委's `事業費は約5億9600万円を予定` (its planned spending for the event: `other`, fy null; NEW,
# arguable: a reader could call an executive committee's planned 事業費 its `budget`, still no row: the whole event's
# spending, no fiscal year written), the spending `約5億7300万円` (a result) and the saving `2300万円` (headline; body
# `約2300万円余` and `約2300万円余り`: approx and at_least with max null, fresh2's `あまり`): `other`, traps. `12日` and the
# page's date 2006-10-12, `今年5月` 2006-05, `来年3月` 2007-03; counts of 人 (`1万人余り` at_least), `4カ所` か所,
# `9000個`; `ID : 1832`, the address's digits, `第57回`, `(3年)` (a school year) no mentions.
O = "other"
M = [
    date(2, "2006年 10月12日", "2006-10-12"),
    trap(amt(4, "2300万円", 23000000, role=O), "植樹祭 事業費 節約 (見出し)", "savings against a plan"),
    date(16, "12日", "2006-10-12"), date(16, "今年5月", "2006-05"),
    cnt(16, "1万人", 10000, "人", hi=None, q=("at_least",)),
    trap(amt(16, "2300万円", 23000000, None, role=O, q=("approx", "at_least")), "経費節減", "savings against a plan"),
    cnt(18, "5200人", 5200, "人"), cnt(18, "2800人", 2800, "人"), cnt(18, "8000人", 8000, "人"),
    cnt(18, "4カ所", 4, "か所"), cnt(18, "1万4060人", 14060, "人"),
    trap(amt(19, "5億9600万円", 596000000, role=O, q=("approx",)), "実行委 事業費 予定",
         "an executive committee's planned spending for the whole event, no fiscal year"),
    trap(amt(19, "2300万円", 23000000, None, role=O, q=("approx", "at_least")), "事業費 減少分", "savings against a plan"),
    trap(amt(19, "5億7300万円", 573000000, role=O, q=("approx",)), "実行委 事業費 実績", "an event's spending (a result)"),
    cnt(19, "300人", 300, "人"), cnt(19, "9000個", 9000, "個"),
    date(20, "来年3月", "2007-03"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
