from kinds import amt, trap, traps

DOC = "kumakogen_koho_hojo_jigyo_gaiyo"
# 愛媛県久万高原町's 広報 (2024年4月号, via mykoho.jp): the town's agriculture grants (農業戦略課). Every amount is a term of
# a scheme, `support`, fy null (the page's text names no year; the issue date is only in the address). The caps by
# farmed area `1ha以上2ha未満…75万円`, `2ha以上3ha未満…100万円`, `3ha以上…150万円を上限`: the closing `を上限` is read for
# each band of the list (NEW, arguable: the GUIDE puts qualifiers only next to the mention; here the list's one `上限`
# is the cap of every band, as a `上限` header is for its cells): at_most, min null, all three. `10a当たり5万円` a grant
# per area (no per); `30万円を上限`, `10万円を上限` caps; `購入金額が20万円以上` a purchase threshold (`support`, at_least,
# fresh22a). `1ha` `2ha` `3ha` `10a` areas, ages `50歳以上`, fractions `2分の1以内` no mentions.
S = "support"
AM, AL = ("at_most",), ("at_least",)


def cap(line: int, text: str, yen: int, what: str) -> dict:
    return trap(amt(line, text, None, yen, role=S, q=AM), what, "a grant's cap per farmer")


M = [
    cap(8, "75万円", 750000, "稲作受託者等支援事業 1ha以上2ha未満"),
    cap(9, "100万円", 1000000, "稲作受託者等支援事業 2ha以上3ha未満"),
    cap(10, "150万円", 1500000, "稲作受託者等支援事業 3ha以上"),
    trap(amt(15, "5万円", 50000, role=S), "耕作放棄地対策事業 10a当たり", "a grant rate per area"),
    cap(19, "30万円", 300000, "定年等新規就農者支援事業 上限"),
    trap(amt(20, "20万円", 200000, None, role=S, q=AL), "定年等新規就農者支援事業 購入金額", "a purchase threshold"),
    cap(25, "10万円", 100000, "収入保険加入促進事業 上限"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
