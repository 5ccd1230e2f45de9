from kinds import amt, cnt, date, trap, traps

DOC = "micronesia_emb_h28_muso_kokan_kobun"
# 在ミクロネシア日本国大使館's notice (平成28年4月7日) of the notes on two grants signed 4月1日 (2016-04-01): `供与額計約14億円`,
# `経済社会開発計画(供与額2億円)` (repeated on line 10, the stored text's repeat) and `コスラエ州電力セクター改善計画(供与額約
# 12億円)`. Grants to a country: `support` (GUIDE: per-project grants), traps (per-recipient sizes; the sum a total of
# two grants); fy null (no fiscal year is written; the notes are signed on the first day of FY2016, the grants most
# likely of FY2015: nothing states it). `以下2件` a count; `(1)`, `(2)` list numbers; `TPP` no mention.
S = "support"
R = "a grant to the country for one project (per-recipient size), not a budget"
M = [
    date(2, "平成28年4月7日", "2016-04-07"),
    date(3, "4月1日", "2016-04-01"), cnt(3, "2件", 2, "件"),
    trap(amt(3, "14億円", 1400000000, role=S, q=("approx",)), "無償資金協力2件 供与額計", "the sum of two grants to the country, not a budget"),
    trap(amt(4, "2億円", 200000000, role=S), "経済社会開発計画 供与額", R),
    trap(amt(6, "12億円", 1200000000, role=S, q=("approx",)), "コスラエ州電力セクター改善計画 供与額", R),
    trap(amt(10, "2億円", 200000000, role=S), "経済社会開発計画 供与額 (repeated)", R),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
