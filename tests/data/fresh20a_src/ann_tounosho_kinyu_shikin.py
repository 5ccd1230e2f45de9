from kinds import amt, cnt, dur, pct, trap, traps

DOC = "tounosho_kinyu_shikin"
# A local chamber's page (tounosho.com) listing a prefecture's 制度資金 (the stored text names no issuer), one scheme a line:
# 融資限度額 per borrower (`1中小企業者9,000万円まで`, `8,000万円以内`, `1組合1億円以内`, `1小規模事業者5,000万円以内`, the no-
# guarantor case's `1,000万円以内`): caps, `support`, min null, at_most, traps; `1,000万円以下で特別小口保証に付する場合` a
# threshold (`other`, at_most). `所要資金の90%以内`, the rates `年2.5%` / `年2.1%` percents; `10年以内`, `7年以内`, `据置期間1年
# 以内` durations; `1中小企業者`, `1組合`, `1小規模事業者` no mentions (rate markers of the ceiling, as `1人当たり`, `一世帯7万円`,
# `1申請20万円` in every earlier set; blind audit); `連帯保証人1人以上` at_least; `従業員20人(商業、サービス業は5人)以下` both
# at_most. No year: fy null.
O = "other"
CAP = "a per-borrower loan ceiling, not the scheme's budget"
M = [
    pct(2, "90%以内", None, 90, q=("at_most",)),
    trap(amt(2, "9,000万円", None, 90000000, role="support", q=("at_most",)), "設備資金 融資限度額", CAP),
    dur(2, "10年以内", None, "year", hi=10, q=("at_most",)),
    pct(2, "2.5%", 2.5),
    dur(3, "1年以内", None, "year", hi=1, q=("at_most",)),
    cnt(4, "1人以上", 1, "人", hi=None, q=("at_least",)),
    trap(amt(5, "8,000万円", None, 80000000, role="support", q=("at_most",)), "運転資金 融資限度額", CAP),
    dur(5, "7年以内", None, "year", hi=7, q=("at_most",)),
    pct(5, "2.5%", 2.5),
    dur(6, "1年以内", None, "year", hi=1, q=("at_most",)),
    trap(amt(7, "1億円", None, 100000000, role="support", q=("at_most",)), "組合 設備資金 融資限度額", CAP),
    dur(7, "10年以内", None, "year", hi=10, q=("at_most",)),
    pct(7, "2.1%", 2.1),
    dur(8, "1年以内", None, "year", hi=1, q=("at_most",)),
    dur(10, "7年以内", None, "year", hi=7, q=("at_most",)),
    cnt(11, "20人", None, "人", hi=20, q=("at_most",)),
    cnt(11, "5人", None, "人", hi=5, q=("at_most",)),
    trap(amt(11, "5,000万円", None, 50000000, role="support", q=("at_most",)), "小規模事業者 設備資金 融資限度額", CAP),
    trap(amt(11, "1,000万円", None, 10000000, role="support", q=("at_most",)), "小規模事業者 設備資金 融資限度額 (保証人なし)", CAP),
    dur(11, "10年以内", None, "year", hi=10, q=("at_most",)),
    pct(11, "2.1%", 2.1),
    dur(12, "1年以内", None, "year", hi=1, q=("at_most",)),
    cnt(13, "1人以上", 1, "人", hi=None, q=("at_least",)),
    amt(13, "1,000万円以下", None, 10000000, role=O, q=("at_most",)),
    dur(14, "7年以内", None, "year", hi=7, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
