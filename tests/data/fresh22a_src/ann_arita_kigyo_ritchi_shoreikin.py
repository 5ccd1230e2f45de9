from kinds import amt, cnt, date, dur, trap, traps

DOC = "arita_kigyo_ritchi_shoreikin"
# 佐賀県有田町's 企業立地 奨励金 page: three flattened tables `種類 | 奨励金等の額 | 交付回数または期間 | 限度額 |`. Under the
# `限度額` column the amounts are caps (`support`, at_most, min null: the GUIDE's header rule, `限度額` as `上限`); the grant
# per employee `50万円 × 新規地元雇用者数` and `1人あたり25万円` / `100万円` `support` (per-recipient sizes), traps; `1haあたり
# 250万円` a cap per hectare (at_most); `※年度あたりの限度額は500万円` a cap per year (at_most, per `year`). `1回` in the
# 交付回数 column a count (times); periods `5年間`, `10年間`, `1年間`, `3年間`, `2年間` durations; staff thresholds `20人以上`
# … counts at_least; `3つの奨励金` a count of 3 `つ`; `いずれか一つを選択` a count of 1 `つ`
# (GUIDE `の一つ`; audit). `× 1/2`, `× 1/4` fractions; `課税額` cells no figure. The update date
# `2020年5月12日`; no fiscal year: fy null.
S = "support"
AM, AL = ("at_most",), ("at_least",)


def cap(line: int, text: str, yen: int, what: str, per: str | None = None) -> dict:
    return trap(amt(line, text, None, yen, role=S, q=AM, per=per), what, "a cap per company")


def grant(line: int, text: str, yen: int, what: str) -> dict:
    return trap(amt(line, text, yen, role=S), what, "a grant per employee")


M = [
    date(1, "2020年5月12日", "2020-05-12"),
    cnt(2, "3つ", 3, "つ"),
    dur(7, "5年間", 5, "year"), dur(7, "5年間", 5, "year"), dur(7, "10年間", 10, "year"),
    grant(9, "50万円", 500000, "製造業等 雇用奨励金 新規地元雇用者1人"),
    grant(9, "25万円", 250000, "雇用奨励金 非正社員1人あたり"),
    grant(9, "100万円", 1000000, "雇用奨励金 障がい者1人あたり"),
    dur(10, "1年間", 1, "year"),
    cap(10, "5,000万円", 50000000, "雇用奨励金 限度額 (製造業、ビジネス支援サービス業)"),
    cnt(11, "1回", 1, "回"),
    cap(11, "250万円", 2500000, "工業排水溝等整備費補助金 1haあたり限度額"),
    dur(12, "3年間", 3, "year"), cap(12, "2,500万円", 25000000, "利子補給金補助金 限度額"),
    dur(13, "3年間", 3, "year"), cap(13, "2,500万円", 25000000, "上水道使用料金補助金 限度額"),
    dur(14, "3年間", 3, "year"), cap(14, "2,500万円", 25000000, "電気使用料金補助金 限度額"),
    cnt(15, "一つ", 1, "つ"),
    dur(18, "3年間", 3, "year"),
    grant(20, "50万円", 500000, "製造業等 雇用奨励金 新規地元雇用者1人"),
    grant(20, "25万円", 250000, "雇用奨励金 非正社員1人あたり"),
    grant(20, "100万円", 1000000, "雇用奨励金 障がい者1人あたり"),
    dur(21, "1年間", 1, "year"), cap(21, "2,500万円", 25000000, "雇用奨励金 限度額 (製造業等)"),
    cnt(23, "20人", 20, "人", None, q=AL),
    cnt(24, "10人", 10, "人", None, q=AL),
    cnt(25, "3人", 3, "人", None, q=AL),
    cnt(27, "1回", 1, "回"),
    cap(27, "1,500万円", 15000000, "立地奨励金 限度額"),
    dur(28, "3年間", 3, "year"),
    dur(29, "2年間", 2, "year"),
    cap(30, "1,000万円", 10000000, "オフィス等賃料奨励金 限度額"),
    cap(30, "500万円", 5000000, "オフィス等賃料奨励金 年度あたりの限度額", per="year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
