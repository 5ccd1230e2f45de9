from kinds import amt, cnt, date, trap, traps

DOC = "yasu_gomi_shori_tesuryo_kaisei"
# 滋賀県野洲市's page on its revised waste fees `10月1日から`: bag sets (`480円/組(1組10枚)`, `170円/組`, `280円/組`),
# the 粗大ごみ sticker (`300円/枚`) and the direct-delivery unit prices per 10kg (`100円`, `130円`, `210円`). Fees: `other`,
# per null (a price per set, sticker or 10kg), fy null, traps. The year is not written: 2016 from the page's address
# (its id `1459994771551` is a timestamp of 2016-04-07; the past tense `9月の分別収集終了とともに廃止しました` fits
# an autumn 2016 revision; arguable). `1組10枚` etc. counts of bags in a set; `小26ℓ`, `42リットル`, `10キログラム`
# physical units; `1円単位`, `10円単位` rounding units (no mentions, fresh13c); `(1)` list numbers.
O = "other"
F = "a waste fee (a price per bag set, sticker or 10kg), not a programme's budget"
M = [
    date(3, "9月", "2016-09"),
    date(11, "10月1日", "2016-10-01"),
    trap(amt(14, "480円", 480, role=O), "可燃ごみ袋 大(42リットル) 1組", F),
    cnt(14, "10枚", 10, "枚"),
    trap(amt(16, "480円", 480, role=O), "可燃ごみ袋 小(26リットル) 1組", F),
    cnt(16, "16枚", 16, "枚"),
    trap(amt(19, "170円", 170, role=O), "可燃ごみ袋 ミニ(15リットル) 1組", F),
    cnt(19, "10枚", 10, "枚"),
    trap(amt(23, "280円", 280, role=O), "不燃ごみ袋 30リットル 1組", F),
    cnt(23, "8枚", 8, "枚"),
    trap(amt(26, "300円", 300, role=O), "粗大ごみシール 1枚", F),
    date(29, "10月1日", "2016-10-01"),
    trap(amt(33, "100円", 100, role=O), "家庭系直接搬入 可燃物類・ペットボトル 10kg当たり", F),
    trap(amt(37, "130円", 130, role=O), "家庭系直接搬入 (粗大ごみ・不燃物類・)土砂瓦礫 10kg当たり", F),
    date(40, "10月1日", "2016-10-01"),
    trap(amt(44, "210円", 210, role=O), "事業系直接搬入 可燃物類 10kg当たり", F),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
