from kinds import amt, cnt, date, fyr, trap, traps

DOC = "newsplus_2023_gaimusho_hosei_yosanan"
# 2nn.jp's copy (newsplus board; the address's number 1699535000 is 2023-11-09) of a newspaper's report: 外務省's share of
# the 2023年度補正予算案. Every figure is `supplementary_budget`, fy 2023 (the body's `2023年度補正予算案` labels the list, and
# the headline is the same supplementary). The ministry's total `総額2701億円` (headline and body) is a trap (a ministry's
# total); the four items `ウクライナと周辺国への支援550億円`, `…ASEANとの関係強化430億円`, `グローバルサウス…支援704億円`,
# `処理水関連経費75億円` are rows (a programme's supplementary of a year); the headline's `ウクライナ支援550億円` and
# `グローバルサウス支援704億円` restate two of them: ambiguous rows (fresh8a's lead call). The days `10日`, `9日` take November
# 2023 from the address (fresh10a: a news item's year-less day from its address; NEW, arguable: the month too);
# `1回の補正予算額` a count of 1 回; `第1原発` a name.
SB = "supplementary_budget"
M = [
    trap(amt(1, "2701億円", 270100000000, role=SB, fy=2023), "外務省 補正予算案 総額 (見出し)", "a ministry's supplementary total"),
    amt(1, "550億円", 55000000000, role=SB, fy=2023),
    amt(1, "704億円", 70400000000, role=SB, fy=2023),
    date(2, "10日", "2023-11-10"), fyr(2, "2023年度", 2023), cnt(2, "1回", 1, "回"),
    trap(amt(2, "2701億円", 270100000000, role=SB, fy=2023), "外務省 2023年度補正予算案 総額", "a ministry's supplementary total"),
    date(2, "9日", "2023-11-09"),
    amt(2, "550億円", 55000000000, role=SB, fy=2023),
    amt(2, "430億円", 43000000000, role=SB, fy=2023),
    amt(2, "704億円", 70400000000, role=SB, fy=2023),
    amt(2, "75億円", 7500000000, role=SB, fy=2023),
]
MIN = "外務省"


def _row(line: int, text: str, yen: int, program: str, why: str, **kw: object) -> dict:
    return dict(line=line, text=text, budget_yen=yen, fy=2023, program=program, role=SB, ministry=MIN, why=why, **kw)


ROWS = [
    _row(2, "550億円", 55000000000, "ウクライナと周辺国への支援", "`ウクライナと周辺国への支援550億円` in the 2023年度補正予算案"),
    _row(2, "430億円", 43000000000, "東南アジア諸国連合(ASEAN)との関係強化", "`…ASEANとの関係強化430億円`"),
    _row(2, "704億円", 70400000000, "グローバルサウス(新興国・途上国)支援", "`グローバルサウス(新興国・途上国)支援704億円`"),
    _row(2, "75億円", 7500000000, "東京電力福島第1原発の処理水関連経費", "`東京電力福島第1原発の処理水関連経費75億円`"),
    _row(1, "550億円", 55000000000, "ウクライナと周辺国への支援", "the headline's `ウクライナ支援550億円` restates the body's item",
         ambiguous=True),
    _row(1, "704億円", 70400000000, "グローバルサウス(新興国・途上国)支援", "the headline's `グローバルサウス支援704億円` restates the body's item",
         ambiguous=True),
]
NOT_ROWS = traps(M)
