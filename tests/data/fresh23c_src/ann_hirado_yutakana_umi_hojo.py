from kinds import amt, cnt, trap, traps

DOC = "hirado_yutakana_umi_hojo"
# 長崎県平戸市's page on its 豊かな海づくり事業補助金 (grants to fishing co-operatives and groups). No year is written for
# the money: every amount fy null. Caps per person and per group are `support`, at_most, min null: `1人当たり5万円以内`
# (以内), `1団体当たり50万円を限度` (限度, as fresh22a's `1回2,000万円を限度`), `1事業当たり20万円を限度`; `1人当たり`,
# `1団体当たり`, `1事業当たり` are rate markers (no counts, fresh22a). `5人以上で組織する団体` counts at_least. Not mentions:
# `昭和23年法律第242号` and `第2条` (a law number), `添付様式1`, list numbers `1` `(1)` `(2)` `2`, fractions `2分の1以内`.
S = "support"
AM, AL = ("at_most",), ("at_least",)


def cap(line: int, text: str, yen: int, what: str) -> dict:
    return trap(amt(line, text, None, yen, role=S, q=AM), what, "a grant's cap per person, group or event")


M = [
    cnt(16, "5人", 5, "人", None, q=AL),
    cnt(18, "5人", 5, "人", None, q=AL),
    cap(26, "5万円", 50000, "担い手対策支援事業 国内研修 1人当たり"),
    cap(26, "50万円", 500000, "担い手対策支援事業 国内研修 1団体当たり限度"),
    cap(27, "10万円", 100000, "担い手対策支援事業 国外研修 1人当たり"),
    cap(27, "50万円", 500000, "担い手対策支援事業 国外研修 1団体当たり限度"),
    cap(28, "20万円", 200000, "講演会等 1事業当たり限度"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
