from kinds import amt, fyr, pct

DOC = "ube_h28_saishutsu_jokyo"
# 山口県宇部市: `2 歳出の状況(一般会計)` of the 平成28年度 (FY2016) initial budget's explanation, flattened into ONE line:
# per 款 (【総務費】…【公債費】) the 款's change from the previous year (`全体で、約N円の減(△N%)`) and the programme changes
# that drive it (`…事業費が約N円の増/減`), then the 款 table's header and first bare cells under `(単位:千円)` (no
# mentions). The year is written only in that table's header (`平成27年度 平成28年度 比 較`): the changes are FY2016's
# against FY2015, so they take fy 2016 (arguable: the prose itself names no year; fresh8b's 宇城市: a change takes the
# year of the figure it compares). Every amount is a change, `other`, approx (約), positive (the word carries the
# direction; fresh8b 長野県), a trap; `介護施設等整備補助事業費が約2億1100万円の皆増` is a change from zero, so its size is
# the programme's FY2016 budget: still `other` as written (arguable, NEW), a trap. `平成7年度発行の…事業債(約12億7700万円
# 発行)` is a bond issued in FY1995, `other`, a trap. Percents keep their written sign (`△9.2%` → -9.2, `+3.5%` → 3.5).
# `約2億 円` is stored with a space.
O, FY = "other", 2016
A = ("approx",)
M = [
    amt(1, "7億円", 700000000, role=O, fy=FY, q=A), pct(1, "△9.2%", -9.2),
    amt(1, "5億8200万円", 582000000, role=O, fy=FY, q=A), amt(1, "2億1100万円", 211000000, role=O, fy=FY, q=A),
    amt(1, "8億8900万円", 889000000, role=O, fy=FY, q=A), pct(1, "+3.5%", 3.5),
    amt(1, "6900万円", 69000000, role=O, fy=FY, q=A), amt(1, "4000万円", 40000000, role=O, fy=FY, q=A),
    amt(1, "8400万円", 84000000, role=O, fy=FY, q=A), pct(1, "△2.0%", -2.0),
    amt(1, "1億5200万円", 152000000, role=O, fy=FY, q=A), pct(1, "△13.7%", -13.7),
    amt(1, "7億6400万円", 764000000, role=O, fy=FY, q=A), amt(1, "2億 円", 200000000, role=O, fy=FY, q=A),
    amt(1, "10億8700万円", 1087000000, role=O, fy=FY, q=A), pct(1, "+71.6%", 71.6),
    amt(1, "3億6000万円", 360000000, role=O, fy=FY, q=A), amt(1, "1億5700万円", 157000000, role=O, fy=FY, q=A),
    amt(1, "2億9300万円", 293000000, role=O, fy=FY, q=A), pct(1, "△4.2%", -4.2),
    fyr(1, "平成7年度", 1995), amt(1, "12億7700万円", 1277000000, role=O, fy=1995, q=A),
    amt(1, "2億5200万円", 252000000, role=O, fy=FY, q=A), pct(1, "△3.2%", -3.2),
    fyr(1, "平成27年度", 2015), fyr(1, "平成28年度", 2016),
]
_T = [  # (text, value, what, reason)
    ("7億円", 700000000, "総務費 全体の減", "change of a 款"),
    ("5億8200万円", 582000000, "臨時福祉給付金等事業経費の増", "change of a programme"),
    ("2億1100万円", 211000000, "介護施設等整備補助事業費の皆増", "change (from zero) of a programme"),
    ("8億8900万円", 889000000, "民生費 全体の増", "change of a 款"),
    ("6900万円", 69000000, "ごみ焼却施設整備事業費の減", "change of a programme"),
    ("4000万円", 40000000, "し尿処理施設整備事業費の減", "change of a programme"),
    ("8400万円", 84000000, "衛生費 全体の減", "change of a 款"),
    ("1億5200万円", 152000000, "農林水産業費 全体の減", "change of a 款"),
    ("7億6400万円", 764000000, "事業所設置奨励経費の増", "change of a programme"),
    ("2億 円", 200000000, "宇部市イノベーション大賞経費の増", "change of a programme"),
    ("10億8700万円", 1087000000, "商工費 全体の増", "change of a 款"),
    ("3億6000万円", 360000000, "西岐波団地建替事業費の減", "change of a programme"),
    ("1億5700万円", 157000000, "常盤公園整備事業費の減", "change of a programme"),
    ("2億9300万円", 293000000, "土木費 全体の減", "change of a 款"),
    ("2億5200万円", 252000000, "公債費 全体の減", "change of a 款"),
]
ROWS: list[dict] = []
NOT_ROWS = [dict(line=1, text=t, value_yen=v, fy=FY, mention_role=O, what=w, reason=r) for t, v, w, r in _T] + [
    dict(line=1, text="12億7700万円", value_yen=1277000000, fy=1995, mention_role=O,
         what="平成7年度発行の臨時地方道路整備事業債", reason="a bond issued in an earlier year"),
]
