from kinds import amt, cnt, dur, trap, traps

DOC = "sasayama_nishiki_undo_koen_teian_kanriryo"
# 丹波新聞 (tanba.jp) on 兵庫県篠山市's board of education disclosing the 指定管理料 the six applicants proposed for the 西紀
# 運動公園: the chosen one's `年1900万円`, the others' `年1800―3500万円`, and each bid with its period (`10年間で年1800万円`,
# `5年間で1900万円`, `4年間で2600―2800万円` …). A proposed fee is a price offered for a service: `other`, fy null
# (fresh14c's 佐渡市 `指定管理料提案額`), a trap. NEW: the list's figures take per `year` from the lede's `年…万円` and
# `年1800―3500万円` even where `年` is not repeated (`5年間で1900万円` is the same offer as the lede's `年1900万円`; a
# reader could leave those per null: 4 per). A range `2600―2800万円` is one amount min..max. User charges (`月1000円安い`,
# `プールの月額は5000円`) `other`, per month. The item writes no year: `1月28日`, `2月1日` are left without mentions
# (fresh19a's 宍粟市). `11の評価項目` a count of 評価項目 (GUIDE: the counted noun after the numeral; arguable); clock
# times no mentions; `1時間当たり` a rate marker.
O = "other"
P = "a proposed 指定管理料 (a price offered for the service), no appropriation"


def _p(line: int, text: str, lo: int, hi: int, what: str) -> dict:
    return trap(amt(line, text, lo, hi, role=O, per="year"), what, P)


M = [
    cnt(1, "6社", 6, "社"),
    _p(1, "1900万円", 19000000, 19000000, "エヌ・エス・アイ 提案指定管理料 (候補者)"),
    cnt(1, "5社", 5, "社"),
    _p(1, "1800―3500万円", 18000000, 35000000, "他の5社の提案指定管理料の幅"),
    dur(2, "10年間", 10, "year"),
    _p(2, "1800万円", 18000000, 18000000, "アクアティック 提案指定管理料"),
    dur(2, "5年間", 5, "year"),
    _p(2, "1900万円", 19000000, 19000000, "エヌ・エス・アイ 提案指定管理料"),
    dur(2, "10年間", 10, "year"),
    _p(2, "2280万円", 22800000, 22800000, "オーエンス 提案指定管理料"),
    dur(2, "4年間", 4, "year"),
    _p(2, "2600―2800万円", 26000000, 28000000, "ホープ&マックスポーツ共同事業体 提案指定管理料"),
    dur(2, "10年間", 10, "year"),
    _p(2, "2600―3500万円", 26000000, 35000000, "篠山ウエルネス共同事業体 提案指定管理料"),
    dur(2, "5年間", 5, "year"),
    _p(2, "3020―3230万円", 30200000, 32300000, "シンコースポーツ 提案指定管理料"),
    cnt(3, "11の評価項目", 11, "評価項目"),
    cnt(3, "3社", 3, "社"),
    cnt(3, "1社", 1, "社"),
    trap(amt(3, "1000円", 1000, role=O, per="month"), "スイミングスクール月謝の差", "a user charge's difference"),
    trap(amt(4, "5000円", 5000, role=O, per="month"), "プール月額利用料金 (提案)", "a user charge"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
