from kinds import amt, fyr

DOC = "oumu_h23_azumaya_jigo_hyoka"
# 北海道雄武町: 平成23年度 事務事業事後評価調書 (平成22年度事業) of パークゴルフ場東屋移設事業, a sheet flattened into ONE line:
# 事業費 and 財源内訳 (国・道支出金, 地方債, その他, 一般財源) with year columns `20年度(実績) 21年度(実績) 23年度(見込)
# 24年度(計画)` and `22年度(実績)`, the unit cells (`千円`) floating apart from the figures. Figures that stand before the
# unit cells are bare (`千円 千円 6,000 6,000`, `435`): no mentions (fresh4's 堺市). The two `2,363 千円` are written with
# the unit right after them (as fresh8b's flattened 牧之原市 `749,079 千円`): amounts (NEW, arguable: the `千円` may be the
# next column's unit cell). They are the 雄武町負担額 (一般財源) and the 合計 of one year's column that the flattened text
# does not let us tell: `other` (a financing line and a settled/planned total, not an appropriation), fy null, traps.
# Fiscal years: the sheet's year and the evaluated year (twice: the 全体計画 span `平成 22 年度∼ 22 年度` one range, its
# short upper end taking the era, as fresh9a's `2021〜25年度`; audit); `22 年度`, `20年度` … carry no era name (no mention).
# `11 − 41` is a code, `第 5 期` an ordinal, `13`, `3`, `5`, `①` list numbers.
O = "other"
M = [
    fyr(1, "平成 23 年度", 2011), fyr(1, "平成 22 年度", 2010), fyr(1, "平成 22 年度∼ 22 年度", 2010),
    amt(1, "2,363 千円", 2363000, role=O, fy=None), amt(1, "2,363 千円", 2363000, role=O, fy=None),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=1, text="2,363 千円", value_yen=2363000, fy=None, mention_role=O,
         what="雄武町負担額 (一般財源) and 合計 of one year's column", reason="financing line / settled total, not a budget row"),
]
