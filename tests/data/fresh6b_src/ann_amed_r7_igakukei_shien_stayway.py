from kinds import amt, cnt

DOC = "amed_r7_igakukei_shien_stayway"
# 国立研究開発法人日本医療研究開発機構 (AMED)'s 医学系研究支援プログラム call as the subsidy portal biz.stayway.jp
# lists it (the text names no year; fy null on every amount). Every amount is support (grant caps and research
# funds: GUIDE 研究費, per-project grants), a trap: the portal's `上限金額・助成額138000万円` and the per-project caps
# `7億2,000万円(上限)`, `13億8,000万円(上限)` at_most, min null (`1件当たり` a rate marker, per null as the earlier
# sets' per-case caps); the guide figures `N/年度程度` approx with per year (`/年度` read as `/年`): `1,500万円`,
# `6,000万円`, `1億円`, `15,000千円`, `60,000千円`, `100,000千円`. `12人程度`, `24人程度` are counts (approx).
# `定額%` holds no number.
SU = "support"
M = [
    amt(2, "138000万円", None, 1380000000, role=SU, q=("at_most",)),
    amt(6, "7億2,000万円", None, 720000000, role=SU, q=("at_most",)),
    amt(7, "13億8,000万円", None, 1380000000, role=SU, q=("at_most",)),
    amt(9, "1,500万円", 15000000, role=SU, q=("approx",), per="year"),
    cnt(10, "12人", 12, "人", q=("approx",)),
    cnt(11, "24人", 24, "人", q=("approx",)),
    amt(13, "6,000万円", 60000000, role=SU, q=("approx",), per="year"),
    amt(14, "1億円", 100000000, role=SU, q=("approx",), per="year"),
    amt(19, "15,000千円", 15000000, role=SU, q=("approx",), per="year"),
    amt(25, "60,000千円", 60000000, role=SU, q=("approx",), per="year"),
    amt(25, "100,000千円", 100000000, role=SU, q=("approx",), per="year"),
]
ROWS: list[dict] = []
_W = {
    (2, "138000万円"): "portal's 上限金額・助成額", (6, "7億2,000万円"): "総合型 1件当たり上限",
    (7, "13億8,000万円"): "特色型 1件当たり上限", (9, "1,500万円"): "研究者1人あたり研究費/年度",
    (13, "6,000万円"): "総合型 研究環境整備費/年度", (14, "1億円"): "特色型 研究環境整備費/年度",
    (19, "15,000千円"): "研究者1人あたり研究費/年度", (25, "60,000千円"): "総合型 研究環境整備費/年度",
    (25, "100,000千円"): "特色型 研究環境整備費/年度",
}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] if r["min"] is not None else r["max"] for r in M
                                                 if r["line"] == ln and r["text"] == t),
                 fy=None, mention_role=SU, what=w, reason="grant cap or guide figure per project / per researcher")
            for (ln, t), w in _W.items()]
