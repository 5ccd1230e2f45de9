from kinds import amt, cnt, dur

DOC = "okitama_demand_taxi_kensho_mahoroba"
# A citizen's page (mahorobadukuri.jp) checking a town's デマンドタクシー to 置賜総合病院 (山形県 置賜; the town is not named):
# the budget headings name no figure (the tables were images). `7ヶ月`, `7ヶ月間` durations; `1,000円` twice `other` (a fare
# surcharge and the user's share in a simulation). `9月から3月` has no year anywhere on the page: no mention (fresh20a's
# `昨年2月`).
# `税金の役割の一つ` a count of 1 `つ` (GUIDE: `の一つ`; added by the audit).
O = "other"
M = [
    dur(5, "7ヶ月", 7, "month"),
    amt(10, "1,000円", 1000, role=O),
    amt(11, "1,000円", 1000, role=O),
    dur(12, "7ヶ月間", 7, "month"),
    cnt(20, "一つ", 1, "つ"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
