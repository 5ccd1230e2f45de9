from kinds import amt, cnt

DOC = "iwate_gyoko_kokuho_jigyo"
# 岩手県 漁港漁村課: the national subsidy programmes it handles, with their 採択基準 and 負担区分 (`国10分の5` fractions:
# no mentions). No year, no programme money: the thresholds `計画事業費N億円超` are a project's size (`support`, at_least,
# max null: fresh9a's 事業費 figures), `属地陸揚金額が1億円以上` a harbour's landings value (`other`, at_least), all traps;
# `50隻以上`, `100隻程度以上` counts of 隻; `人口300人以上5,000人以下` one count range (以上/以下 close the two ends).
S, O = "support", "other"
AL = ("at_least",)
M = [
    amt(8, "5億円", 500000000, None, role=S, q=AL), cnt(8, "50隻", 50, "隻", None, q=AL),
    amt(8, "1億円", 100000000, None, role=O, q=AL),
    amt(12, "3億円", 300000000, None, role=S, q=AL), amt(12, "5億円", 500000000, None, role=S, q=AL),
    cnt(12, "100隻", 100, "隻", None, q=("approx", "at_least")),
    amt(16, "3億円", 300000000, None, role=S, q=AL), amt(16, "5億円", 500000000, None, role=S, q=AL),
    cnt(16, "100隻", 100, "隻", None, q=("approx", "at_least")),
    cnt(22, "300人以上5,000人", 300, "人", 5000),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=8, text="5億円", value_yen=500000000, fy=None, mention_role=S,
         what="採択基準 計画事業費5億円超", reason="a project-size threshold"),
    dict(line=8, text="1億円", value_yen=100000000, fy=None, mention_role=O,
         what="属地陸揚金額1億円以上", reason="an applicant's threshold"),
    dict(line=12, text="3億円", value_yen=300000000, fy=None, mention_role=S,
         what="計画事業費3億円超", reason="a project-size threshold"),
    dict(line=12, text="5億円", value_yen=500000000, fy=None, mention_role=S,
         what="(漁港施設含む) 5億円超", reason="a project-size threshold"),
    dict(line=16, text="3億円", value_yen=300000000, fy=None, mention_role=S,
         what="計画事業費3億円超", reason="a project-size threshold"),
    dict(line=16, text="5億円", value_yen=500000000, fy=None, mention_role=S,
         what="(漁港施設含む) 5億円超", reason="a project-size threshold"),
]
