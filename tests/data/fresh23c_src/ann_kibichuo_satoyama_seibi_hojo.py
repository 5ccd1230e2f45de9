from kinds import amt, date, trap, traps

DOC = "kibichuo_satoyama_seibi_hojo"
# 岡山県吉備中央町's 里山整備促進事業補助金 page. The table `種類 | 補助上限額(単位) | 補助上限額(金額)`: its cells carry their
# own unit (`80,000円`), so they are mentions; under a `上限` header they are caps (`support`, at_most, min null: the GUIDE's
# header rule), per null (`10a当たり`, `1箇所当たり` are per area or site). fy null. The update date `2024年3月5日`. Areas
# `10a以上`, `1a以上` and the fraction `3分の2` no mentions.
S = "support"
AM = ("at_most",)


def cap(line: int, text: str, yen: int, what: str) -> dict:
    return trap(amt(line, text, None, yen, role=S, q=AM), what, "a grant's cap per area or site")


M = [
    date(3, "2024年3月5日", "2024-03-05"),
    cap(16, "80,000円", 80000, "皆伐(竹薮) 10a当たり 補助上限額"),
    cap(17, "40,000円", 40000, "除伐 10a当たり 補助上限額"),
    cap(18, "10,000円", 10000, "下刈り 10a当たり 補助上限額"),
    cap(19, "100,000円", 100000, "危険木伐採 1箇所当たり 補助上限額"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
