from kinds import amt, dur, trap, traps

DOC = "ainan_shinki_gyogyo_ikusei_hojokensaku"
# 愛媛県愛南町's 新規漁業就業者育成強化事業 as recorded by the portal hojokin-kensaku.jp (staging). `上限額: 140万円` the cap
# (`support`, at_most, min null), fy null. Durations: `概ね3年以内` null..3 year, approx + at_most (概ね, GUIDE); `3年以内`
# at_most; `最大3年間` at_most. Ages `45歳未満`, the fraction `3分の2以内` no mentions.
S = "support"
AM = ("at_most",)
M = [
    dur(9, "3年", None, "year", 3, q=("approx", "at_most")),
    dur(13, "3年", None, "year", 3, q=AM),
    trap(amt(19, "140万円", None, 1400000, role=S, q=AM), "新規漁業就業者育成強化事業 上限額", "a grant's cap per fisher"),
    dur(21, "3年間", None, "year", 3, q=AM),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
