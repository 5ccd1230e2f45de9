from kinds import amt, cnt, dur

DOC = "kyoto_city_kigyo_ritchi_hojo"
# 京都市's 企業立地促進制度補助金 (its business site's page): conditions and grant terms only, no budget, no year (fy null
# on every amount). The eligible investment floors `生産等設備取得額が「1,000万円以上」` / `「2,500万円以上」` are the size
# of the applicant's project: support, at_least, max null (GUIDE 事業規模 → support; fresh5b's NEDO project size, NEW for
# a floor of investment). `5年分(限度額6億円)` and `(限度額5,000万円)` are caps (at_most, min null; `5年分` a duration).
# The table `税相当額年間上限額` by the rise in staff: eight caps per year (support, at_most, min null, per year: `年間`
# read as `／年`), `0円` included (null..0, NEW: a cap of zero for `4人以下`); the staff bands are counts of 人 (`4人以下`
# at_most, `50〜99人` ranges, `500人` as written). `5名以上`, `1名以上` ×2 each are counts at_least. `N年分` → durations
# (years of tax equivalent). `補助金・融資制度1`, list numbers `1.` `2.`, `(1) (2)` are no mentions.
SU, Y = "support", "year"
M = [
    amt(9, "1,000万円", 10000000, None, role=SU, q=("at_least",)),
    cnt(10, "5名", 5, "名", hi=None, q=("at_least",)), cnt(10, "1名", 1, "名", hi=None, q=("at_least",)),
    amt(12, "2,500万円", 25000000, None, role=SU, q=("at_least",)),
    cnt(13, "5名", 5, "名", hi=None, q=("at_least",)), cnt(13, "1名", 1, "名", hi=None, q=("at_least",)),
    dur(18, "5年", 5, "year"),
    amt(18, "6億円", None, 600000000, role=SU, q=("at_most",)),
    dur(19, "6年", 6, "year"),
    amt(20, "5,000万円", None, 50000000, role=SU, q=("at_most",)),
    dur(22, "2年", 2, "year"),
    dur(23, "3年", 3, "year"),
    cnt(26, "4人", None, "人", hi=4, q=("at_most",)),
    amt(26, "0円", None, 0, role=SU, q=("at_most",), per=Y),
    cnt(26, "50〜99人", 50, "人", hi=99),
    amt(26, "5,000万円", None, 50000000, role=SU, q=("at_most",), per=Y),
    cnt(27, "5〜9人", 5, "人", hi=9),
    amt(27, "1,250万円", None, 12500000, role=SU, q=("at_most",), per=Y),
    cnt(27, "100〜299人", 100, "人", hi=299),
    amt(27, "7,500万円", None, 75000000, role=SU, q=("at_most",), per=Y),
    cnt(28, "10〜19人", 10, "人", hi=19),
    amt(28, "2,500万円", None, 25000000, role=SU, q=("at_most",), per=Y),
    cnt(28, "300〜499人", 300, "人", hi=499),
    amt(28, "1億5,000万円", None, 150000000, role=SU, q=("at_most",), per=Y),
    cnt(29, "20〜49人", 20, "人", hi=49),
    amt(29, "3,750万円", None, 37500000, role=SU, q=("at_most",), per=Y),
    cnt(29, "500人", 500, "人"),
    amt(29, "2億円", None, 200000000, role=SU, q=("at_most",), per=Y),
]
ROWS: list[dict] = []
_W = {9: "中小企業 生産等設備取得額の下限", 12: "大企業 生産等設備取得額の下限", 18: "中小企業 税相当額5年分の限度額",
      20: "埋蔵文化財発掘調査経費相当額の限度額"}
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"] if r["min"] is not None else r["max"], fy=None,
                 mention_role=SU, what=_W.get(r["line"], "大企業 税相当額年間上限額 (常時雇用者の増加数別)"),
                 reason="a floor of the applicant's investment (support)" if r["line"] in (9, 12)
                 else "a cap per applicant (support)")
            for r in M if r["kind"] == "amount"]
