from kinds import amt

DOC = "tomioka_jigyo_shiwake_kawana_blog"
# A 構想日本 reviewer's blog on 群馬県富岡市's 事業仕分け (undated on the page): one figure, the health centre's deficit
# `毎年6000万円の赤字` — `other`, per year, fy null, a trap (a facility's loss, no appropriation). `ひとつの事業` (an idiom of
# "one", hiragana, no counter after a numeral) no mention.
M = [
    amt(7, "6000万円", 60000000, role="other", per="year"),
]
ROWS: list[dict] = []
NOT_ROWS = [dict(line=7, text="6000万円", value_yen=60000000, fy=None, mention_role="other",
                 what="かぶら健康センターかのさと 毎年の赤字", reason="a facility's yearly deficit, no programme's budget")]
