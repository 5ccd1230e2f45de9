from kinds import amt, dur, fyr, pct

DOC = "toyotomi_r5_kessan"
# 北海道豊富町, its page 令和5年度一般会計決算の状況. A SETTLEMENT table with 千円 written in every money cell (so every
# cell is an amount): the column headers `令和5年度 令和4年度 前年度増減` set the fy (GUIDE: a year in a column header):
# 令和5年度 cells other FY2023, 令和4年度 cells other FY2022 (the previous year's settlement, not a previous budget), the
# signed changes `△N千円` other FY2023 (text with the sign, value negative). `4.7%減少` → 4.7 (the word carries the
# direction). `1.0ポイント`, `△0.001ポイント` are points (no kind covers them); `0.191` bare. The 款別決算額 cells
# (`歳入総額`, 町税, 地方譲与税, 地方交付税) are settled revenues, other FY2023. All amounts traps; no row.
# `過去3カ年` a duration (fresh4 `3カ年事業`); `70%程度` a percent, approx.
O = "other"
M = [
    fyr(2, "令和5年度", 2023),
    fyr(4, "令和5年度", 2023), fyr(4, "令和4年度", 2022),
    amt(5, "6,708,881千円", 6708881000, role=O, fy=2023), amt(5, "7,037,601千円", 7037601000, role=O, fy=2022),
    amt(5, "△328,720千円", -328720000, role=O, fy=2023), pct(5, "4.7%", 4.7),
    amt(6, "6,309,076千円", 6309076000, role=O, fy=2023), amt(6, "6,431,355千円", 6431355000, role=O, fy=2022),
    amt(6, "△122,279千円", -122279000, role=O, fy=2023), pct(6, "1.9%", 1.9),
    amt(7, "399,805千円", 399805000, role=O, fy=2023), amt(7, "606,246千円", 606246000, role=O, fy=2022),
    amt(7, "△206,441千円", -206441000, role=O, fy=2023), pct(7, "34.1%", 34.1),
    amt(8, "399,781千円", 399781000, role=O, fy=2023), amt(8, "606,246千円", 606246000, role=O, fy=2022),
    amt(8, "△206,465千円", -206465000, role=O, fy=2023), pct(8, "34.1%", 34.1),
    pct(9, "71.5%", 71.5), pct(9, "68.4%", 68.4),
    pct(15, "70%", 70, q=("approx",)),
    dur(17, "3カ年", 3, "year"),
    amt(22, "6,708,881千円", 6708881000, role=O, fy=2023),
    amt(25, "540,527千円", 540527000, role=O, fy=2023),
    amt(26, "123,723千円", 123723000, role=O, fy=2023),
    amt(27, "3,040,274千円", 3040274000, role=O, fy=2023),
]
ROWS: list = []
_ROW = {5: "歳入総額", 6: "歳出総額", 7: "差引額", 8: "実質収支額", 22: "款別 歳入総額", 25: "町税", 26: "地方譲与税", 27: "地方交付税"}


def _why(r: dict) -> tuple[str, str]:
    if r["text"].startswith("△"):
        return f"{_ROW[r['line']]} 前年度増減", "change"
    if r["fy"] == 2022:
        return f"{_ROW[r['line']]} 令和4年度", "previous year's settlement"
    return f"{_ROW[r['line']]} 令和5年度", "settlement"


NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=r["fy"], mention_role=O, what=_why(r)[0], reason=_why(r)[1])
            for r in M if r["kind"] == "amount"]
