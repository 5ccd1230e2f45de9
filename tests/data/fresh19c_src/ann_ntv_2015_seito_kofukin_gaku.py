from kinds import amt, cnt, date, trap, traps

DOC = "ntv_2015_seito_kofukin_gaku"
# 日本テレビ's item on 総務省 announcing each party's 政党交付金 for the year (2015, the address's id; the text says
# `今年` only): the total `320億円余り` (at_least, fresh7a's `余`) and ten parties' shares. The state's grant to each
# party: `support`, fy null (no year written), traps (a grant per recipient, no programme's budget). `100万円未満は
# 切り捨て` a rounding unit: no mention (fresh6c, fresh13c, fresh14d, fresh18a; audit19c). `毎年1月1日` a recurring day,
# `10日`, `今月20日` dates of 2015 (calls28); `年4回` a count of 回; `1回目` an ordinal.
P = "support"


def T(r: dict) -> dict:
    return trap(r, "a party's 政党交付金 for the year (or their total)", "a grant to a party, no programme's budget")


M = [
    date(2, "10日", "2015"),
    date(5, "20日", "2015"),  # calls28: a day of the news year
    T(amt(3, "320億円", 32000000000, None, role=P, q=("at_least",))),
    T(amt(4, "170億4900万円", 17049000000, role=P)),
    T(amt(4, "76億6800万円", 7668000000, role=P)),
    T(amt(4, "29億5200万円", 2952000000, role=P)),
    T(amt(4, "26億6400万円", 2664000000, role=P)),
    T(amt(4, "5億6100万円", 561000000, role=P)),
    T(amt(4, "4億7000万円", 470000000, role=P)),
    T(amt(4, "3億3100万円", 331000000, role=P)),
    T(amt(4, "1億1900万円", 119000000, role=P)),
    T(amt(4, "1億400万円", 104000000, role=P)),
    T(amt(4, "9300万円", 93000000, role=P)),
    cnt(5, "4回", 4, "回"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
