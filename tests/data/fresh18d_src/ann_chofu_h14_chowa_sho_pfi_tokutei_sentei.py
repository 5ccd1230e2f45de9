from kinds import date, pct

DOC = "chofu_h14_chowa_sho_pfi_tokutei_sentei"
# 東京都調布市's page on the 特定事業の選定 of its 調和小学校 PFI: the evaluation's result, `事業期間全体を通じた市の財政負担額を
# 約17パーセント縮減` (the VFM), a percent, approx. `2002年4月13日 登録` a date. `平成11年法律第117号` no mention (a law
# number). No amount: the stored text stops before the premises of the cost comparison.
M = [
    date(2, "2002年4月13日", "2002-04-13"),
    pct(5, "17パーセント", 17, q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
