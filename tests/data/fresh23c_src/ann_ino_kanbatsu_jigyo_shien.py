from kinds import amt, pct, trap, traps

DOC = "ino_kanbatsu_jigyo_shien"
# 高知県いの町's page on its thinning and forest-road support (町の間伐事業などの支援制度). Unit grants per metre, per site or
# per m² written as ranges (`1m当たり1,500円〜4,000円`, `1箇所当たり55,000円〜82,500円`) are `support`, the written interval,
# per null (a length or area is no `per`), no qualifier; `上限500,000円` a cap (`support`, at_most). fy null (no year on the
# page). Percents: `おおむね30%` approx, `80%以上` at_least, `90%以内` at_most. Stand ages `11年生〜60年生` are ages (no
# durations, GUIDE); `1ha当たり40m³` a volume; `1/2以内` a fraction; the phone number no mention.
S = "support"


def unit(line: int, text: str, lo: int, hi: int, what: str) -> dict:
    return trap(amt(line, text, lo, hi, role=S), what, "a unit grant per length, site or area")


M = [
    pct(14, "30%", 30, q=("approx",)),
    pct(18, "30%", 30, q=("approx",)),
    pct(19, "80%", 80, None, q=("at_least",)),
    unit(23, "1,500円〜4,000円", 1500, 4000, "森林作業道 開設 1m当たり"),
    unit(28, "55,000円〜82,500円", 55000, 82500, "作業ポイント 1箇所当たり"),
    unit(31, "200円〜500円", 200, 500, "路面整備 1m当たり"),
    unit(35, "2,200円〜2,650円", 2200, 2650, "路面改良 1m当たり"),
    unit(38, "30円", 30, 30, "除草 1㎡当たり"),
    pct(41, "90%", None, 90, q=("at_most",)),
    trap(amt(41, "500,000円", None, 500000, role=S, q=("at_most",)), "災害復旧 1箇所当たり 上限", "a grant's cap per site"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
