from kinds import amt, dur, trap, traps

DOC = "nagato_shugyo_shien_new_fisher"
# 山口県長門市's settlement site (nagatoteiju.com) on the ニューフィッシャー確保育成推進事業 for new fishers. Every amount is a
# term of a scheme, `support`, fy null. Under the label `支給限度額` the figures are caps (at_most, min null: the GUIDE's
# `上限` header rule read for `限度額`, fresh22a): `15万円/月`, `10万円/月` per `month`; `月間支給限度額 1年目:12.5万円…`
# per `month`; `年間支給限度額 1年目:150万円…` per `year`; `1人につき1月10万円` per `month` (NEW: `1月` here is `per one
# month`, a rate marker like `1人につき`: no duration, no date). `対象事業費 上限400万円` the cap of the eligible cost
# (`support`, at_most). `1年目` `2年目` `3年目` ordinals (no mentions); ages `18歳以上50歳未満`, `45歳未満` no mentions.
# Durations: `原則2年間` (原則 no qualifier), `2年以上` at_least, `1年以上3年未満` one range 1..3, no qualifier (audit:
# earlier sets' `X以上Y未満`, fresh12b, fresh18e), `最長3年間`, `3年以内`, `最長1年間` at_most.
S = "support"
AM, AL = ("at_most",), ("at_least",)


def cap(line: int, text: str, yen: int, what: str, per: str | None) -> dict:
    return trap(amt(line, text, None, yen, role=S, q=AM, per=per), what, "a cap per trainee or fisher")


M = [
    dur(6, "2年間", 2, "year"),
    cap(8, "15万円", 150000, "新規漁業就業者定着支援事業 別居 月", "month"),
    cap(9, "10万円", 100000, "新規漁業就業者定着支援事業 同居 月", "month"),
    dur(11, "2年", 2, "year", None, q=AL),
    dur(11, "1年以上3年", 1, "year", 3),
    dur(11, "3年間", None, "year", 3, q=AM),
    dur(13, "3年間", None, "year", 3, q=AM),
    cap(15, "12.5万円", 125000, "経営自立化支援事業 月間支給限度額 1年目", "month"),
    cap(15, "10万円", 100000, "経営自立化支援事業 月間支給限度額 2年目", "month"),
    cap(15, "7.5万円", 75000, "経営自立化支援事業 月間支給限度額 3年目", "month"),
    cap(16, "150万円", 1500000, "経営自立化支援事業 年間支給限度額 1年目", "year"),
    cap(16, "120万円", 1200000, "経営自立化支援事業 年間支給限度額 2年目", "year"),
    cap(16, "90万円", 900000, "経営自立化支援事業 年間支給限度額 3年目", "year"),
    dur(18, "3年", None, "year", 3, q=AM),
    cap(20, "400万円", 4000000, "生産基盤整備事業 対象事業費 上限", None),
    dur(24, "1年間", None, "year", 1, q=AM),
    dur(26, "1年間", None, "year", 1, q=AM),
    cap(28, "10万円", 100000, "漁船乗組員定着促進事業 1人につき1月", "month"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
