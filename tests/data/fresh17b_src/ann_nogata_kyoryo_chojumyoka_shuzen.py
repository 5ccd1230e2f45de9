from kinds import cnt, date, dur, fyr, pct

DOC = "nogata_kyoryo_chojumyoka_shuzen"
# 直方市's page on its 橋梁長寿命化修繕計画 (a 長寿命化計画 of one kind of facility, updated 2025-03-17): the bridges it
# manages (`366橋`) and those past 50 years now and in 10 and 20 years (`75橋(21%)`, `162橋(46%)`, `243橋(69%)`). No
# money. `平成30年度現在` fiscal years (2018); `50年`, `10年後`, `20年後` durations (GUIDE `次の50年`); `2025年03月17日`
# the page's date.
M = [
    date(2, "2025年03月17日", "2025-03-17"),
    fyr(3, "平成30年度", 2018), cnt(3, "366橋", 366, "橋"),
    dur(4, "50年", 50, "year"), fyr(4, "平成30年度", 2018), cnt(4, "75橋", 75, "橋"), pct(4, "21%", 21),
    dur(4, "10年", 10, "year"), cnt(4, "162橋", 162, "橋"), pct(4, "46%", 46),
    dur(4, "20年", 20, "year"), cnt(4, "243橋", 243, "橋"), pct(4, "69%", 69),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
