from kinds import amt, date, fyr, trap, traps

DOC = "nepc_h28_chisan_chisho_koso_koubo"
# 一般社団法人新エネルギー導入促進協議会 (NEPC)'s call for 平成28年度 地産地消型再生可能エネルギー面的利用等推進事業費補助金
# (構想普及支援事業). `I.事業化可能性調査【定額(1,000万円以内)】` the fixed grant's ceiling per study: `support`, at_most, min
# null, fy 2016 (the 補助金's 平成28年度 in the title, fresh10a's fmbc), a trap; no budget figure, no row. The title's and the
# prose's `平成28年度` fiscal years; `平成28年4月22日 更新`, `平成28年4月18日` dates. Menu bullets, `1.`, `I.`, `(1)`, `(2)`,
# `①` no mentions.
M = [
    fyr(8, "平成28年度", 2016),
    date(10, "平成28年4月22日", "2016-04-22"),
    date(11, "平成28年4月18日", "2016-04-18"),
    fyr(13, "平成28年度", 2016),
    trap(amt(15, "1,000万円", None, 10000000, role="support", fy=2016, q=("at_most",)), "事業化可能性調査 定額(1,000万円以内)",
         "the ceiling of one study's grant"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
