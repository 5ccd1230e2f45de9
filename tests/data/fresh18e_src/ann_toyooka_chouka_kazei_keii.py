from kinds import amt, date, fyr, pct, trap, traps

DOC = "toyooka_chouka_kazei_keii"
# 兵庫県豊岡市's page on how its 超過課税 came in: the 都市計画税 (0.3%, `年間約5.7億円`) abolished at the end of 2008年度 and
# replaced by 超過課税 on 固定資産税 and 市民税 (proposed `年間約5.5億円`, cut by `約1億円` to `年間約4.5億円`: `4.1億円` from
# 2009年度 and `0.4億円` from 2010年度). Yearly tax revenues: `other`, per `year` (`年間` next to them: fresh10a's
# `税相当額年間上限額`, the tsuchiura `年間33.3億円`), approx, fy null (a standing yearly yield), traps; the cut `約1億円`
# per null. Gregorian years with the era in brackets are one date or one fiscal year each (GUIDE: era and Gregorian
# written together name one date); `11月` (a row of the 経過 table after `2007(平成19)年9月`) takes 2007. `ページ番号1023378`,
# the list numbers, `36.7KB` no mentions.
O = "other"
R = "a yearly tax revenue (都市計画税 / 超過課税), not a programme's budget"


def y(line: int, text: str, v: int, what: str) -> dict:
    return trap(amt(line, text, v, role=O, per="year", q=("approx",)), what, R)


M = [
    date(2, "令和4年9月8日", "2022-09-08"),
    date(4, "2005(平成17)年4月", "2005-04"), date(4, "2007(平成19)年9月", "2007-09"),
    date(4, "2008(平成20)年6月", "2008-06"),
    date(5, "2008(平成20)年9月", "2008-09"),
    fyr(8, "2008(平成20)年度", 2008), pct(8, "0.3%", 0.3),
    y(8, "5.7億円", 570000000, "都市計画税 (廃止) 年間"),
    y(9, "5.5億円", 550000000, "当局提案の超過課税総額 年間"),
    trap(amt(9, "1億円", 100000000, role=O, q=("approx",)), "超過課税総額の減額 (議会修正)", "a change of a tax's yield, not a budget"),
    y(9, "4.5億円", 450000000, "修正後の超過課税 年間"),
    fyr(10, "2009(平成21)年度", 2009), y(10, "4.1億円", 410000000, "固定資産税・個人市民税所得割の超過課税 年間"),
    fyr(11, "2010(平成22)年度", 2010), y(11, "0.4億円", 40000000, "法人市民税均等割・法人税割の超過課税 年間"),
    date(15, "2007(平成19)年9月", "2007-09"), date(16, "11月", "2007-11"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
