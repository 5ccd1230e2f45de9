from kinds import amt, fyr

DOC = "sekikawa_r6_tosho3"
# 関川村 (新潟県; 広報せきかわ 2024年4月号): 令和6年度当初予算(3), the third page of the village's initial budget; the
# stored text starts at its first heading and names no year above line 6 (the page's title is not in the text). So,
# as fresh6a's 木祖村 (`今年度の予算は…`), the amounts are budget with fy null, rows `fy_alt: [2024]` (the address names
# 令和6年度当初予算); only line 6's `令和6年度は…解体工事に300万円を計上` states its year (fy 2024). Every `name(に)N万円
# (を)計上` is a programme's appropriation: a row (補助金 / 交付金 / 負担金 lines included, as fresh6a's `…補助金 200万円`).
# The grant terms inside them are support traps: the new 起業支援 grant's cap `(上限50万円)` (at_most, min null) and
# the `10万円` paid to each married couple (a grant per recipient).
B, S, FY = "budget", "support", 2024
M = [
    amt(3, "1,300万円", 13000000, role=B), amt(3, "7,900万円", 79000000, role=B), amt(3, "2,472万円", 24720000, role=B),
    amt(3, "501万円", 5010000, role=B),
    amt(4, "700万円", 7000000, role=B), amt(4, "100万円", 1000000, role=B),
    fyr(6, "令和6年度", FY), amt(6, "300万円", 3000000, role=B, fy=FY),
    amt(9, "460万円", 4600000, role=B), amt(9, "50万円", None, 500000, role=S, q=("at_most",)),
    amt(10, "300万円", 3000000, role=B), amt(10, "10万円", 100000, role=S), amt(10, "200万円", 2000000, role=B),
]
W = "a programme's appropriation `name(に)N万円(を)計上` in the village's 令和6年度当初予算 page (3)"
N = "the text names no year for it (its page title, in the address only, is 令和6年度当初予算)"


def _row(line: int, text: str, yen: int, program: str, fy: int | None = None, why: str = W) -> dict:
    r = dict(line=line, text=text, budget_yen=yen, fy=fy, program=program, role=B, why=why)
    if fy is None:
        r.update(fy_alt=[FY], note=N)
    return r


ROWS = [
    _row(3, "1,300万円", 13000000, "水田活用補助金"),
    _row(3, "7,900万円", 79000000, "多面的機能支援交付金"),
    _row(3, "2,472万円", 24720000, "中山間地域直接支払交付金"),
    _row(3, "501万円", 5010000, "県営土地改良事業負担金"),
    _row(4, "700万円", 7000000, "森林の整備や搬出路の補強などを行う事業者への補助金"),
    _row(4, "100万円", 1000000, "「学びの森」整備事業"),
    _row(6, "300万円", 3000000, "ちぐら脇の旧トイレの解体工事", FY, W + "; `令和6年度は…` on its line"),
    _row(9, "460万円", 4600000, "空き家対策の補助金"),
    _row(10, "300万円", 3000000, "移住支援事業"),
    _row(10, "200万円", 2000000, "住宅賃貸料や引越費用などの補助金"),
]
NOT_ROWS = [
    dict(line=9, text="50万円", value_yen=500000, fy=None, mention_role=S, what="起業支援への補助金制度 (上限50万円)",
         reason="grant cap"),
    dict(line=10, text="10万円", value_yen=100000, fy=None, mention_role=S, what="結婚された方へ10万円を助成",
         reason="grant size per recipient"),
]
