from kinds import amt, cnt, fyr, trap, traps

DOC = "geisei_r7_kosodate_muryoka_award"
# ふるさと未来アワード's page on 高知県芸西村's free medical care, free nursery, half-price lunches (free from 令和7年度):
# counts of beneficiaries (`484人`, `111人`, `245人`, `67件`, `13人`) and births (`12名`, `19名`); `全体で約7,700万円の支援を
# 実施しました` is the support delivered, summed over five programmes and already paid: `support` (audit: a past total of support delivered, as fresh11c's `合計168万円を助成` and
# fresh15b's `約2,495億円の助成`), approx, fy null (no year
# written for it), a trap. `第2子・第3子` ordinals none.
SU = "support"
M = [
    cnt(5, "484人", 484, "人"),
    cnt(5, "111人", 111, "人"),
    cnt(5, "245人", 245, "人"),
    cnt(5, "67件", 67, "件"),
    cnt(5, "13人", 13, "人"),
    trap(amt(5, "7,700万円", 77000000, role=SU, q=("approx",)), "子育て支援 全体の支援実績",
         "support delivered, a result summed over five programmes, not a budget"),
    fyr(5, "令和7年度", 2025),
    fyr(5, "令和5年度", 2023),
    cnt(5, "12名", 12, "名"),
    fyr(5, "令和7年度", 2025),
    cnt(5, "19名", 19, "名"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
