from kinds import amt, cnt, date, dur, trap, traps

DOC = "namie_kigyo_ritchi_sokushin_hojo"
# 福島県浪江町's page on its 企業立地促進補助制度 (two grants). No year is written for the money: every amount fy null. The
# investment threshold `投下固定資産の価格の合計額が1億円以上` is the size of the project the grant is for: `support`,
# at_least (dev10c's 採択基準 `計画事業費5億円超`), a trap; the grant per m² `1,000円` and per employee `20万円` / `10万円`
# `support` (per-recipient sizes, fresh10a); the caps `※上限500万円` `support`, at_most, min null. `令和4年4月1日以降` a date,
# at_least (GUIDE `以降`). `6月を経過する日` is six MONTHS in statute wording (a period counted from the start): a duration of
# 6 month (NEW). `90日以内` null..90 day at_most; `1年を経過した日` 1 year. `3分の1以下` a fraction (no mention);
# `(1)~(3)` list numbers; `1平方メートル` a physical unit (no mention).
S = "support"
AM, AL = ("at_most",), ("at_least",)
M = [
    date(10, "令和4年4月1日", "2022-04-01", None, q=AL),
    trap(amt(10, "1億円", 100000000, None, role=S, q=AL), "企業立地補助金 投下固定資産 要件", "an investment threshold"),
    cnt(11, "5人", 5, "人", None, q=AL),
    trap(amt(14, "1,000円", 1000, role=S), "企業立地補助金 延べ床面積1㎡あたり", "a grant rate per m²"),
    trap(amt(15, "500万円", None, 5000000, role=S, q=AM), "企業立地補助金 上限", "a cap per company"),
    dur(17, "90日", None, "day", 90, q=AM),
    dur(23, "6月", 6, "month"),
    dur(23, "1年", 1, "year"),
    trap(amt(25, "20万円", 200000, role=S), "雇用促進補助金 正規従業員1人につき", "a grant per employee"),
    trap(amt(25, "10万円", 100000, role=S), "雇用促進補助金 非正規従業員1人につき", "a grant per employee"),
    trap(amt(26, "500万円", None, 5000000, role=S, q=AM), "雇用促進補助金 上限", "a cap per company"),
    dur(27, "6月", 6, "month"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
