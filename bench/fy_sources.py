"""Where the gold year of a figure the output left with no year (or a wrong one) is written (issue 21, session 22,
years28): each such amount of the blind-time outputs (`/tmp/bt/<set>.json`, the code that was main when each set was
blind) put in the first category that explains its gold year, counted per round.

Categories, first match wins (a year is read with a plain era / four-digit pattern, dates included):
- business_year: the figure's line or a line up to 30 above writes a business year (`2014年3月期`, `平成26年3月期`,
  `N年度決算`, `第N期`) whose fiscal year is the gold's (`N年3月期` -> N-1).
- year_end: the gold year is written as a year's end (`令和4年度末`, `平成23年度末現在`) on the line or up to 3 above.
- dated_lead: a dated month (`令和5年9月補正`, `2023年12月`) on the line or up to 3 above whose fiscal year is the gold's
  and no plain year there gives it.
- own_line / near_1_3: the gold year written on the figure's line / 1-3 lines above.
- header_row: a line 4-30 above that writes the gold year AND other years (a text table's header row of years).
- far_heading: a line 4-30 above that writes only the gold year, with other years written between it and the figure.
- near_4_30: a line 4-30 above writes it alone, no other year between.
- opening: the opening two lines write it (title, lead).
- date_line: only a date of the deck gives it (its fiscal year).
- eraless: only an era-less or two-digit year (`09年度`, `28年分`) gives it.
- below / elsewhere: written only below the figure, or never.

    python bench/fy_sources.py /tmp/bt [--wrong] [--show CATEGORY] [--fill]
"""
from __future__ import annotations

import collections
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from blind_rounds import ROUNDS, rounds_of  # bench/ is the script's own folder on sys.path

_DECKS = Path(__file__).resolve().parents[1] / "tests" / "data" / "decks"
_ERA = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988, "S": 1925}
_YEAR = re.compile(r"(令和|平成|昭和|(?<![A-Za-z])[RHS](?=\s*\d))\s*(\d{1,2}|元)\s*(?:年|\.|\s*年度)|(?<!\d)((?:19|20)\d\d)\s*(?:年|/|\.)")
_MONTH = re.compile(r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月|(?<!\d)((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月")
_BUSINESS = re.compile(r"(令和|平成|昭和)?\s*(\d{1,4}|元)\s*年\s*(\d{1,2})\s*月\s*期|(令和|平成|昭和)?\s*(\d{1,4}|元)\s*年度\s*決算")
_YEAR_END = re.compile(r"(令和|平成|昭和)?\s*(\d{1,4}|元)\s*年度\s*末")
_ERALESS = re.compile(r"(?<![\d令和平成昭和RHS元])(\d{1,2})\s*年(?:度|分|版)")


def _num(s: str) -> int:
    return 1 if s == "元" else int(s)


def _western(era: str | None, n: str) -> int | None:
    v = _num(n)
    if era:
        return _ERA[era] + v
    return v if v >= 1900 else None


def years(line: str) -> set[int]:
    """Every year (era or four-digit) a line writes, dates included (the calendar year)."""
    out: set[int] = set()
    for m in _YEAR.finditer(line):
        out.add(_ERA[m[1]] + _num(m[2]) if m[1] else int(m[3]))
    return out


def month_years(line: str) -> set[int]:
    """The fiscal years of the dated months a line writes (January-March belong to the year before)."""
    out: set[int] = set()
    for m in _MONTH.finditer(line):
        y = _ERA[m[1]] + _num(m[2]) if m[1] else int(m[4])
        mo = int(m[3] or m[5])
        out.add(y - (mo < 4))
    return out


def business_years(line: str) -> set[int]:
    """The fiscal years of a line's business years (`2014年3月期` -> 2013, `令和元年度決算` -> 2019)."""
    out = {y - (int(m[3]) < 4) for m in _BUSINESS.finditer(line) if m[3] and (y := _western(m[1], m[2]))}
    return out | {y for m in _BUSINESS.finditer(line) if not m[3] and (y := _western(m[4], m[5]))}


def year_ends(line: str) -> set[int]:
    """The years whose end a line writes (`令和4年度末`)."""
    return {y for m in _YEAR_END.finditer(line) if (y := _western(m[1], m[2]))}


def eraless(line: str) -> set[int]:
    out: set[int] = set()
    for m in _ERALESS.finditer(line):
        n = int(m[1])
        out |= {2000 + n, 1988 + n, 2018 + n, 1925 + n}
    return out


def category(lines: list[str], at: int, fy: int) -> str:
    """The first category that explains the gold year `fy` of a figure on line `at` (0-based)."""
    def window(a: int, b: int) -> list[str]:
        return lines[max(0, a):max(0, b)]
    own_near = window(at - 30, at + 1)
    if any(fy in business_years(s) for s in own_near):
        return "business_year"
    if any(fy in year_ends(s) for s in window(at - 3, at + 1)):
        return "year_end"
    near = window(at - 3, at + 1)
    if any(fy in month_years(s) for s in near) and not any(fy in years(s) - month_years_cal(s) for s in near):
        return "dated_lead"
    if fy in years(lines[at]):
        return "own_line"
    if any(fy in years(s) for s in window(at - 3, at)):
        return "near_1_3"
    for k in range(at - 4, max(-1, at - 31), -1):
        ys = years(lines[k])
        if fy in ys:
            if len(ys) > 1:
                return "header_row"
            between = set().union(*(years(s) for s in lines[k + 1:at + 1]))
            return "far_heading" if between - {fy} else "near_4_30"
    if any(fy in years(s) for s in lines[:2]):
        return "opening"
    if any(fy in month_years(s) for s in lines):
        return "date_line"
    if any(fy in eraless(s) for s in window(at - 30, at + 1)) or any(fy in eraless(s) for s in lines[:3]):
        return "eraless"
    if any(fy in years(s) for s in lines[at + 1:]):
        return "below"
    return "elsewhere"


def month_years_cal(line: str) -> set[int]:
    """The calendar years of a line's dated months (to tell a dated month from a plain year)."""
    out: set[int] = set()
    for m in _MONTH.finditer(line):
        out.add(_ERA[m[1]] + _num(m[2]) if m[1] else int(m[4]))
    return out


def misses(src: Path, rounds: dict[str, str], wrong: bool) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for s, r in sorted(rounds.items()):
        f = src / f"{s}.json"
        if not f.exists():
            continue
        d = json.loads(f.read_text())
        for g, p in d["pairs"]:
            if g["kind"] != "amount" or g.get("fy") is None or p.get("fy") == g["fy"]:
                continue
            if (p.get("fy") is not None) != wrong:
                continue
            try:
                text = unicodedata.normalize("NFKC", (_DECKS / s / f"{g['doc']}.txt").read_text())
            except OSError:
                continue
            lines = text.split("\n")
            at = min(max((g["line"] or 1) - 1, 0), len(lines) - 1)
            out.append({"set": s, "round": r, "doc": g["doc"], "line": at + 1, "fy": g["fy"], "pred": p.get("fy"),
                        "role": g.get("role"), "text": g["text"], "cat": category(lines, at, int(g["fy"])),
                        "ctx": lines[at][:90]})
    return out


def main(argv: list[str]) -> None:
    src = Path(argv[0])
    rounds = rounds_of(argv[1] if len(argv) > 1 and not argv[1].startswith("--") else ROUNDS)
    rounds.update({s: "c7a1e502" for s in ("fresh20a", "fresh20b", "fresh20c", "fresh20d")})
    if "--fill" in argv:
        loro(src, rounds)
        return
    rows = misses(src, rounds, "--wrong" in argv)
    order = list(dict.fromkeys(rounds.values()))
    by = collections.Counter((r["cat"], r["round"]) for r in rows)
    cats = collections.Counter(r["cat"] for r in rows)
    print("| category | figures | rounds | " + " | ".join(c[:7] for c in order) + " |")
    print("|---|---|---|" + "---|" * len(order))
    for c, n in cats.most_common():
        per = [by[(c, o)] for o in order]
        print(f"| {c} | {n} | {sum(1 for x in per if x)} | " + " | ".join(str(x) for x in per) + " |")
    if "--show" in argv:
        want = argv[argv.index("--show") + 1]
        for r in rows:
            if r["cat"] == want:
                print(r["set"], r["doc"], r["line"], r["fy"], r["pred"], r["role"], r["text"], "|", r["ctx"])



# --- the fills a fallback of the nearest dating line would make, leave-one-round-out (python bench/fy_sources.py
# /tmp/bt --fill): a figure left with none takes the one year of the nearest line above (within 30) that writes years, if
# it writes one in the fiscal-year form (`N年度`), not on the figure's own line; `bal`: a balance word (fiscal_scope.json
# balance_years) on that line, the figure's or one between, and the year before any figure of its line (the built rule,
# context/balance_years.py); `near3`: 1-3 above.
_MONEY = re.compile(r"\d[\d,.]*\s*(?:兆|億|万|千)?[\d,.]*\s*(?:万|千)?円")
_FY_FORM = re.compile(r"(令和|平成|昭和|(?<!\d)(?:19|20)\d\d)\s*(\d{0,2}|元)\s*年度")
_VARIANTS: dict[str, tuple[str, ...]] = {"none": (), "nearest_fy": ("fy",), "nearest_fy_near3": ("fy", "near3"),
                                         "nearest_fy_bal": ("fy", "bal"), "nearest_fy_bal_near3": ("fy", "bal", "near3")}


def _fill(lines: list[str], at: int, v: tuple[str, ...]) -> int | None:
    if not v:
        return None
    words = json.loads((_DECKS.parents[2] / "src/extract/dictionary/fiscal_scope.json").read_text())["balance_years"]["words"]
    for k in range(at, max(-1, at - 31), -1):
        ys = years(lines[k])
        if not ys:
            continue
        if k == at or len(ys) != 1 or not _FY_FORM.search(lines[k]) or "near3" in v and at - k > 3:
            return None
        if "bal" in v and not any(w in s for s in lines[k:at + 1] for w in words):
            return None
        money = _MONEY.search(lines[k])
        if "bal" in v and money is not None and money.start() < _FY_FORM.search(lines[k]).start():
            return None  # (the year labels a figure before it on its line: `[現在高3億円] (令和5年度末残高見込…)`)
        return next(iter(ys))
    return None


def fills(src: Path, rounds: dict[str, str]) -> dict[tuple[str, str], list[int]]:
    """(variant, round) -> [right, wrong, gold-null given a year] over the figures the output left with none (no per)."""
    out: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for s, r in sorted(rounds.items()):
        if not (src / f"{s}.json").exists():
            continue
        d, cache = json.loads((src / f"{s}.json").read_text()), {}
        for g, p in d["pairs"]:
            if g["kind"] != "amount" or p.get("fy") is not None or g.get("per"):
                continue
            if g["doc"] not in cache:
                cache[g["doc"]] = unicodedata.normalize("NFKC", (_DECKS / s / f"{g['doc']}.txt").read_text()).split("\n")
            lines = cache[g["doc"]]
            at = min(max((g["line"] or 1) - 1, 0), len(lines) - 1)
            for name, v in _VARIANTS.items():
                if (y := _fill(lines, at, v)) is not None:
                    out[(name, r)][0 if g.get("fy") == y else 1 if g.get("fy") is not None else 2] += 1
    return out


def loro(src: Path, rounds: dict[str, str]) -> None:
    """Choose the variant on the other rounds (right - wrong - gold-null), measure it on the held round."""
    res, order = fills(src, rounds), list(dict.fromkeys(rounds.values()))
    net = {k: v[0] - v[1] - v[2] for k, v in res.items()}
    print("| round | chosen on the rest | held: right / wrong / gold-null | nearest_fy_bal held |")
    print("|---|---|---|---|")
    tot, tot_bal = [0, 0, 0], [0, 0, 0]
    for r in order:
        best = max(_VARIANTS, key=lambda n: (sum(net.get((n, o), 0) for o in order if o != r), -len(_VARIANTS[n])))
        held, bal = res.get((best, r), [0, 0, 0]), res.get(("nearest_fy_bal", r), [0, 0, 0])
        tot, tot_bal = [a + b for a, b in zip(tot, held)], [a + b for a, b in zip(tot_bal, bal)]
        print(f"| {r[:8]} | {best} | {' / '.join(map(str, held))} | {' / '.join(map(str, bal))} |")
    print(f"| all | | {' / '.join(map(str, tot))} | {' / '.join(map(str, tot_bal))} |")
    for n in _VARIANTS:
        print(n, "per round", {o[:7]: res[(n, o)] for o in order if (n, o) in res})


if __name__ == "__main__":
    main(sys.argv[1:])
