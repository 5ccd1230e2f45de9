from kinds import amt, pct, trap, traps

DOC = "kasumigaura_wellness_riyoryokin"
# かすみがうら市's health facility: its fee table `1時間あたり利用料金 | 市内 | 市外` in `|` rows. Each fee is a price the
# user pays: `other` (GUIDE: a fee), per null (the GUIDE's `per` has no hour; `1時間あたり` is a rate marker, as
# `1人当たり`: no duration), fy null (no 年度). All traps. The equal cells `160円 | 160円` (line 14) are two mentions.
# `50%を減額` a percent (×2). Not mentions: the room numbers `(101号室)`, the ratios `2倍`, `5倍`, `1倍から5倍` (no kind
# covers them, as earlier `N倍`).
O = "other"
t = trap


def fee(line: int, text: str, value: int, room: str, who: str) -> dict:
    return t(amt(line, text, value, role=O), f"貸切り利用料金(1時間あたり) {room} {who}",
             "a fee a user pays (other), no budget")


ROOMS = [(5, "健診室・研修室(101号室)", "340円", 340, "510円", 510), (6, "健診室・研修室(102号室)", "340円", 340, "510円", 510),
         (7, "音楽室(201号室)", "440円", 440, "660円", 660), (8, "多目的室(202号室)", "340円", 340, "510円", 510),
         (9, "多目的室(203号室)", "340円", 340, "510円", 510), (10, "軽運動室(204号室)", "280円", 280, "420円", 420),
         (11, "多目的室(205号室)", "780円", 780, "1,170円", 1170), (12, "調理室(健康キッチン)", "380円", 380, "570円", 570),
         (13, "体育館 施設利用料金", "400円", 400, "600円", 600), (14, "体育館 照明利用料金", "160円", 160, "160円", 160)]
M = [m for line, room, a, av, b, bv in ROOMS for m in (fee(line, a, av, room, "市内"), fee(line, b, bv, room, "市外"))]
M += [pct(25, "50%", 50), pct(26, "50%", 50)]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
