from kinds import amt, cnt, date, trap, traps

DOC = "jiji_r7_seito_kofukin_3kaime"
# A wire item (livedoor news, 2025) on 総務省 paying the year's third instalment of 政党交付金 (78億8413万円 to ten
# parties) with each party's share: the state's grant to a party, `support`, fy null (the text writes no year), traps.
# `10党` a count of 党; `4回` a count of 回; `4、7、10、12月` the recurring months of payment:
# no mentions; `20日` a date 2025-10-20 (calls28: the third payment); `3回目` an ordinal.
P = "support"


def T(r: dict) -> dict:
    return trap(r, "a party's 政党交付金 instalment (or their total)", "a grant to a party, no programme's budget")


M = [
    date(1, "20日", "2025-10-20"),  # calls28: the third of the 4, 7, 10, 12月 payments
    T(amt(1, "78億8413万円", 7884130000, role=P)),
    cnt(1, "10党", 10, "党"), cnt(1, "4回", 4, "回"),
    T(amt(1, "31億7133万円", 3171330000, role=P)),
    T(amt(1, "19億6575万円", 1965750000, role=P)),
    T(amt(1, "7億7780万円", 777800000, role=P)),
    T(amt(1, "5億9008万円", 590080000, role=P)),
    T(amt(1, "6億2254万円", 622540000, role=P)),
    T(amt(1, "2億5350万円", 253500000, role=P)),
    T(amt(1, "3億2817万円", 328170000, role=P)),
    T(amt(1, "7048万円", 70480000, role=P)),
    T(amt(1, "8036万円", 80360000, role=P)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
