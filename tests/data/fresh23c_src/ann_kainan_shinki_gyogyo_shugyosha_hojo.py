from kinds import amt, date, dur, trap, traps

DOC = "kainan_shinki_gyogyo_shugyosha_hojo"
# 和歌山県海南市's page on its grants to new fishers. `上限600万円` and `上限5万円` caps (`support`, at_most, min null);
# `1点あたり15万円以上の購入` the size of each purchase the grant is for: `support`, at_least (fresh22a's investment
# thresholds), a trap. fy null (no year labels the money; the update date `2025年08月01日` is a date). `年度の4月1日において`
# and `年の4月1日現在` are recurring days of whatever year the application falls in: no dates (earlier sets: recurring).
# `1年以内`, `2年以内` durations at_most; ages `50歳未満` no mentions; fractions `2/3`, `1/2` no mentions.
S = "support"
AM, AL = ("at_most",), ("at_least",)
M = [
    date(2, "2025年08月01日", "2025-08-01"),
    trap(amt(5, "600万円", None, 6000000, role=S, q=AM), "新規漁業就業者支援事業 上限", "a grant's cap per fisher"),
    trap(amt(5, "15万円", 150000, None, role=S, q=AL), "新規漁業就業者支援事業 1点あたり購入額", "a purchase threshold"),
    dur(6, "1年", None, "year", 1, q=AM),
    trap(amt(8, "5万円", None, 50000, role=S, q=AM), "資格取得支援事業 上限", "a grant's cap per fisher"),
    dur(9, "2年", None, "year", 2, q=AM),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
