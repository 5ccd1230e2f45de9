from kinds import amt, cnt, date

DOC = "saijo_kigyo_ritchi_shorei"
# 愛媛県西条市's 企業立地促進条例に基づく奨励措置 (a list of eight 奨励金 and their designation requirements; the stored text
# stops before the amounts of the grants). No budget; no fiscal year (fy null). The requirements are floors: staff
# counts `5人(中小企業者:2人)以上` (the one `以上` closes both: 5..null and 2..null, at_least), `20人以上`; investment
# floors `投下固定資産総額が1億円(中小企業者:3千万円)以上`, `2千万円以上`, `設備投資費用が1億円(中小企業者は3,000万円)以上`:
# the size of the applicant's project, support, at_least, max null (as 京都市's 生産等設備取得額; GUIDE 事業規模). Dates:
# `掲載日:2017年8月16日更新` → 2017-08-16; `平成27年6月22日より適用` → 2015-06-22 (`より` gives a point). Not mentions:
# the list numbers `1.` … `8.` and the references to them (`1~4および6の奨励措置`, `5の`, `7の`, `8の`), `(BCP)`.
SU = "support"
M = [
    date(2, "2017年8月16日", "2017-08-16"),
    date(3, "平成27年6月22日", "2015-06-22"),
    cnt(18, "5人", 5, "人", hi=None, q=("at_least",)), cnt(18, "2人", 2, "人", hi=None, q=("at_least",)),
    amt(19, "1億円", 100000000, None, role=SU, q=("at_least",)),
    amt(19, "3千万円", 30000000, None, role=SU, q=("at_least",)),
    cnt(21, "20人", 20, "人", hi=None, q=("at_least",)),
    amt(23, "2千万円", 20000000, None, role=SU, q=("at_least",)),
    amt(25, "1億円", 100000000, None, role=SU, q=("at_least",)),
    amt(25, "3,000万円", 30000000, None, role=SU, q=("at_least",)),
]
ROWS: list[dict] = []
_W = {(19, "1億円"): "投下固定資産総額の下限", (19, "3千万円"): "投下固定資産総額の下限 (中小企業者)",
      (23, "2千万円"): "設備投資促進奨励金 投下固定資産総額の下限", (25, "1億円"): "事業継続強化 設備投資費用の下限",
      (25, "3,000万円"): "事業継続強化 設備投資費用の下限 (中小企業者)"}
NOT_ROWS = [dict(line=ln, text=t, value_yen=next(r["min"] for r in M if r["line"] == ln and r["text"] == t), fy=None,
                 mention_role=SU, what=w, reason="a floor of the applicant's investment (support)")
            for (ln, t), w in _W.items()]
