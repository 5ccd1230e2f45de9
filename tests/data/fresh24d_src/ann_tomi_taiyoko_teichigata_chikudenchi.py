from kinds import amt, pct, trap, traps

DOC = "tomi_taiyoko_teichigata_chikudenchi"
# 長野県東御市's page on its grants for rooftop solar and stationary batteries (the stored part stops before the grant
# amounts). `30%以上` at_least. `155,000円/kWh`, `190,000円/kWh` are the price per kWh above which a battery gets no
# grant: `support`, per null, NO qualifier (NEW, arguable: the limit is said on the line above, `以下の価格を超えるもの
# は交付対象外`, not beside the figures, and no `上限` header word is written: the GUIDE's qualifiers are only those next to
# the mention), fy null, traps. `4,800Ah` physical; list numbers `1.`…`5.`; `2月末日` a recurring day (`交付申請する年度の`),
# no date (earlier sets).
S = "support"
M = [
    pct(13, "30%", 30, None, q=("at_least",)),
    trap(amt(23, "155,000円", 155000, role=S), "定置型蓄電池(家庭用) 価格の上限 155,000円/kWh",
         "the price per kWh a battery may cost (support)"),
    trap(amt(24, "190,000円", 190000, role=S), "定置型蓄電池(業務用) 価格の上限 190,000円/kWh",
         "the price per kWh a battery may cost (support)"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
