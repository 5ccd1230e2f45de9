from kinds import amt, date, fyr, pct, trap, traps

DOC = "nisshin_h22_shizei_jokyo"
# 愛知県日進市's page 平成22年度 市税の状況: the 市税 total of the year's settled account and the changes by tax in prose,
# then the 市税内訳表 under `(単位:千円、%)` (cells bare: no mentions, GUIDE; fresh9b, fresh11a). Every amount is a tax
# revenue or its change against 平成21年度: `other`, fy 2010 (the title `平成22年度 市税の状況` labels the page: GUIDE's title
# rule), traps. The 都市計画税 `4億5,046万3千円` is a revenue earmarked for projects (南山の手線整備事業 …), still `other`: no
# programme's budget (NEW for an earmarked tax, as fresh16b's 税収 `other`). The era-less headers `22年度`, `21年度` are no
# fiscal years (GUIDE: a year without era or four digits). `ID番号 N4650` a code.
O = "other"
R = "a tax revenue of the settled year or its change, not a programme's budget"


def o(line: int, text: str, v: int, what: str) -> dict:
    return trap(amt(line, text, v, role=O, fy=2010), what, R)


M = [
    fyr(1, "平成22年度", 2010),
    date(3, "2019年03月01日", "2019-03-01"),
    o(4, "130億8,411万1千円", 13084111000, "市税全体"), o(4, "4億3,371万6千円", 433716000, "市税全体 前年度比 減少"),
    pct(4, "3.2%", 3.2),
    o(4, "1億3,491万8千円", 134918000, "固定資産税 増加"), pct(4, "2.5%", 2.5),
    o(4, "569万5千円", 5695000, "軽自動車税 増加"), pct(4, "7.1%", 7.1),
    o(4, "3億6,694万4千円", 366944000, "個人市民税 減少"), pct(4, "5.8%", 5.8),
    o(4, "2億706万9千円", 207069000, "法人市民税 減少"), pct(4, "25.3%", 25.3),
    o(4, "1,831万7千円", 18317000, "市たばこ税 減少"), pct(4, "5.7%", 5.7),
    o(4, "69万8千円", 698000, "入湯税 減少"), pct(4, "18.4%", 18.4),
    o(5, "4億5,046万3千円", 450463000, "都市計画税 (its revenue, earmarked)"), pct(5, "4.3%", 4.3),
    fyr(6, "平成21年度", 2009), fyr(6, "平成18年度", 2006),
    fyr(9, "平成22年度", 2010), fyr(9, "平成21年度", 2009),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
