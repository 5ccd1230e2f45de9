"""Which reading of an era-less or two-digit fiscal year (`09年度`, `(20年度)`, `21年度事業報告…22年度予算`, `30年度`) gives
a figure its fiscal year (issue 21, session 21, years27), measured leave-one-ROUND-out on matched outputs
(`{"pairs": [[gold, pred], ...], "pred": [...]}` a set; /tmp/bt/<set>.json holds the output of the code that was main
when that set was blind, /tmp/bt_now/<set>.json today's main's).

A figure is taken as dated by an era-less year where such a year (`N年度`, `N 年度`, `N年分`/`N年版`; no era, digit or
letter before it) stands on its own line or up to `_ABOVE` lines above, nearest first. Its readings: the 2000s (`western`,
1900s from 50), 平成 (`heisei`), 令和 (`reiwa`), 昭和 (`showa`). The deck's ANCHOR is what the whole text writes: an era's
name (`令和`, `平成`, `H29`), four-digit years (1950-2049), both, or nothing; a news wire's or economic paper's credit in the
opening or closing lines (fiscal_scope.json short_year_sources) is noted apart.

A strategy maps (anchor, news credit, the numbers the deck writes so, the reference year) to one reading or none; it
replaces a figure's year only where the output left none or gave another reading of the same number (a misread century
or era), never a year that came from elsewhere. Chosen on eight rounds by right less wrong less gold-null figures given a
year, measured on the ninth.

    python bench/twodigit_years.py /tmp/bt [bench/blind_rounds.txt]
    python bench/twodigit_years.py /tmp/bt_now --fill-only     # the increment on today's main
"""
from __future__ import annotations

import collections
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from blind_rounds import ROUNDS, rounds_of  # bench/ is the script's own folder on sys.path

Row = dict[str, Any]
_ROOT = Path(__file__).resolve().parents[1]
_DECKS = _ROOT / "tests" / "data" / "decks"
_SOURCES = json.loads((_ROOT / "src/extract/dictionary/fiscal_scope.json").read_text())["short_year_sources"]
_ABOVE = 3
_REFERENCE = 2026
_ELIDED = re.compile(r"(?<![\d.,A-Za-z第同元年])(\d{1,2})\s?(?:年度|年分|年版)")
_ERA = re.compile(r"令和|平成|昭和|(?<![A-Za-z])[RHS]\s?\d")
_FOUR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
_HEISEI, _REIWA, _SHOWA = 1988, 2018, 1925
_ERA_NAMES = {"令": "reiwa", "R": "reiwa", "平": "heisei", "H": "heisei", "昭": "showa", "S": "showa"}


def readings(n: int) -> dict[str, int]:
    """Every year an era-less `n` can be: the 2000s (1900s from 50) and each era that holds it."""
    out = {"western": 2000 + n if n < 50 else 1900 + n}
    out |= {"heisei": _HEISEI + n} if 1 <= n <= 31 else {}
    out |= {"reiwa": _REIWA + n} if 1 <= n <= _REFERENCE - _REIWA else {}
    out |= {"showa": _SHOWA + n} if 20 <= n <= 64 else {}
    return out


def _forms(lines: list[str], at: int) -> list[tuple[int, str, int]]:
    """(lines above, text, number) of the era-less years on the figure's line and up to _ABOVE lines above it."""
    got = []
    for i in range(at, max(-1, at - _ABOVE - 1), -1):
        for m in _ELIDED.finditer(lines[i] if 0 <= i < len(lines) else ""):
            before = lines[i][max(0, m.start() - 2):m.start()]
            if not (before.endswith(("令和", "平成", "昭和")) or before[-1:] in ("R", "H", "S")):
                got.append((at - i, m.group(0), int(m.group(1))))
    return got


def deck_facts(s: str, doc: str) -> tuple[list[str], dict[str, Any]]:
    """The deck's lines (NFKC) and its anchor: era names, four-digit years, a news credit, its era-less numbers."""
    try:
        lines = unicodedata.normalize("NFKC", (_DECKS / s / f"{doc}.txt").read_text()).split("\n")
    except OSError:
        return [], {"anchor": "nothing", "news": False, "numbers": set()}
    text = "\n".join(lines)
    era, four = bool(_ERA.search(text)), bool(_FOUR.search(text))
    kept = [x for x in lines if x.strip()]
    ends = kept[:_SOURCES["lines"]] + kept[_SOURCES["lines"]:][-_SOURCES["lines"]:]
    news = any(w in x for x in ends for w in _SOURCES["words"])
    anchor = "both" if era and four else "era" if era else "four" if four else "nothing"
    numbers = {n for x in lines for _, _, n in _forms([x], 0)}
    eras = {_ERA_NAMES[m.group(0)[0]] for m in _ERA.finditer(text)}
    return lines, {"anchor": anchor, "news": news, "numbers": numbers, "eras": eras}


def nearest(lines: list[str], at: int) -> str:
    """The anchor written last at or above the figure's line (the deck's first where none is above): `era`'s reading
    (the era named) or `western` for a four-digit year."""
    for i in [*range(min(at, len(lines) - 1), -1, -1), *range(at + 1, len(lines))]:
        found = sorted([(m.start(), _ERA_NAMES[m.group(0)[0]]) for m in _ERA.finditer(lines[i])]
                       + [(m.start(), "western") for m in _FOUR.finditer(lines[i])])
        if found:
            return found[-1][1] if i <= at else found[0][1]
    return "western"


def rows(src: str, rounds: dict[str, str]) -> list[Row]:
    """One row per matched amount with an era-less year on or just above its line: gold and predicted year, the year's
    number and the deck's anchor."""
    out: list[Row] = []
    cache: dict[tuple[str, str], tuple[list[str], dict[str, Any]]] = {}
    for s in sorted(rounds):
        for g, p in json.loads(Path(src, f"{s}.json").read_text())["pairs"]:
            if g["kind"] != "amount":
                continue
            lines, facts = cache.setdefault((s, g["doc"]), deck_facts(s, g["doc"]))
            forms = _forms(lines, (p["line"] or g["line"] or 1) - 1)
            dated = [f for f in forms if {g["fy"], p["fy"]} & set(readings(f[2]).values())]
            if dated:  # (the nearest year one of whose readings is the gold's or the output's: the year dating it)
                above, text, n = dated[0]
                out.append({"round": rounds[s], "set": s, "doc": g["doc"], "gfy": g["fy"], "pfy": p["fy"],
                            "per": p.get("per"), "form": text, "n": n, "above": above, **facts,
                            "nearest": nearest(lines, (p["line"] or g["line"] or 1) - 1)})
    return out


Strategy = Callable[[Row], str | None]


def _era_first(o: Row, both: str = "era") -> str | None:
    """A deck that writes an era's name reads the number in the latest era it writes that holds it (`both`: a deck that
    writes four-digit years too reads it in that era, the 2000s, or the `nearest` anchor above the figure); four-digit
    years alone: the 2000s; nothing: none."""
    if o["anchor"] == "four" or (o["anchor"] == "both" and both == "western"):
        return "western"
    if o["anchor"] == "both" and both == "nearest":
        return o["nearest"]
    held = [e for e in ("reiwa", "heisei", "showa") if e in o["eras"] and e in readings(o["n"])]
    return held[0] if held else None


def _unanchored(o: Row, western: bool, era_over_century: bool = False) -> str | None:
    """A text with no anchor: the 2000s for a news credit (`western`), else the latest era holding all its numbers,
    none where the 2000s hold them too (the product's unanchored_base)."""
    top = max(o["numbers"] | {o["n"]})
    if western and o["news"] and 2000 + top <= _REFERENCE:
        return "western"
    if 2000 + top <= _REFERENCE and not era_over_century:
        return None
    return "reiwa" if _REIWA + top <= _REFERENCE else "heisei" if top <= 31 else None


def _strategy(both: str, tail: str) -> Strategy:
    """The deck's anchor read by _era_first (`both`); a text with none: unread, or _unanchored (`tail`)."""
    def reading(o: Row) -> str | None:
        if o["anchor"] != "nothing":
            return _era_first(o, both)
        return _unanchored(o, tail.endswith("news")) if tail else None
    return reading


STRATEGIES: dict[str, Strategy] = {
    "unread": lambda o: None,
    "western_always": lambda o: "western",
    "heisei_always": lambda o: "heisei" if o["n"] <= 31 else None,
    **{f"anchor({b}){tail}": _strategy(b, tail) for tail in ("", "+latest_era", "+latest_era+news")
       for b in ("era", "western", "nearest")},
    "anchor(era)+latest_era_always": lambda o: _unanchored(o, False, True) if o["anchor"] == "nothing"
    else _era_first(o),
    "anchor(era)+latest_era_always+news": lambda o: _unanchored(o, True, True) if o["anchor"] == "nothing"
    else _era_first(o),
    "anchor(nearest)+western_if_none": lambda o: "western" if o["anchor"] == "nothing" else _era_first(o, "nearest"),
    "anchor(nearest)+heisei_if_none": lambda o: ("heisei" if o["n"] <= 31 else None) if o["anchor"] == "nothing"
    else _era_first(o, "nearest"),
}


#: only fill a figure the output left with none (never re-read a year it gave): the increment on top of an output whose
#: own reading is finer than a strategy's (today's main reads the nearest anchor, a span, a title's edition)
FILL_ONLY = {"on": False}


def fill(name: str, o: Row) -> int | None:
    """The figure's year under the strategy: kept where the output gave a year no reading of the number explains."""
    reading = STRATEGIES[name](o)
    year = readings(o["n"]).get(reading) if reading else None
    options = set(readings(o["n"]).values())
    if o["per"] or (o["pfy"] is not None and (o["pfy"] not in options or FILL_ONLY["on"])):
        return o["pfy"]
    return year if year is not None else o["pfy"]


def tally(name: str, rs: list[Row]) -> collections.Counter[str]:
    """right / wrong / none of the figures whose gold has a year, gold-null figures given a year; against the output:
    fixed (its year was not the gold's), broken (it was) and gold-null figures newly given a year."""
    c: collections.Counter[str] = collections.Counter()
    for o in rs:
        y = fill(name, o)
        if o["gfy"] is None:
            c["null_given"] += y is not None
            c["newly_given"] += y is not None and o["pfy"] is None
        else:
            c["right" if y == o["gfy"] else "none" if y is None else "wrong"] += 1
            c["fixed"] += y == o["gfy"] != o["pfy"]
            c["broken"] += y != o["gfy"] == o["pfy"]
            c["misfilled"] += y is not None and y != o["gfy"] and y != o["pfy"]
    return c


def _net(c: collections.Counter[str]) -> int:
    return c["fixed"] - c["broken"] - c["misfilled"] - c["newly_given"]


def _f1(src: str, sets: list[str]) -> str:
    """The fiscal_year kind's F1 over the sets' matched outputs (matched pairs against gold and predicted counts)."""
    pairs = gold = pred = 0
    for s in sets:
        d = json.loads(Path(src, f"{s}.json").read_text())
        pairs += sum(g["kind"] == "fiscal_year" for g, _ in d["pairs"])
        gold += sum(g["kind"] == "fiscal_year" for g in d["gold"])
        pred += sum(p["kind"] == "fiscal_year" for p in d["pred"])
    return f"{2 * pairs / (gold + pred):.3f}" if gold + pred else "."


def where(rs: list[Row]) -> list[str]:
    """Per anchor and the reading that gives the gold year: figures (output none / wrong) and rounds; then the decks
    whose figures beside such a year the gold leaves with none."""
    out = ["| deck's anchor | reading that gives the gold year | figures | output none / wrong | rounds | where |",
           "|---|---|---|---|---|---|"]
    cat: dict[tuple[str, str], list[Row]] = collections.defaultdict(list)
    for o in rs:
        right = [k for k, v in readings(o["n"]).items() if v == o["gfy"]]
        if o["gfy"] is not None and right and o["pfy"] != o["gfy"]:
            cat[(o["anchor"] + (" (news credit)" if o["news"] else ""), "/".join(right))].append(o)
    for (anchor, reading), got in sorted(cat.items(), key=lambda kv: -len(kv[1])):
        none = sum(o["pfy"] is None for o in got)
        decks = sorted({f"{o['set']} `{o['form']}`" for o in got})
        out.append(f"| {anchor} | {reading} | {len(got)} | {none} / {len(got) - none} | {len({o['round'] for o in got})}"
                   f" | {', '.join(decks[:6])} |")
    left = collections.Counter((o["set"], o["doc"], o["anchor"]) for o in rs if o["gfy"] is None)
    out += ["", "Figures the output dated by such a year whose gold has no year (the gold leaves them out), two or more:", ""]
    out += [f"- {s} `{doc}` ({anchor}): {n}" for (s, doc, anchor), n in sorted(left.items()) if n >= 2]
    return out


def loro(src: str, rounds: dict[str, str]) -> list[str]:
    """Each round held out: the strategy chosen on the others, the held round's fy as output and under it."""
    rs = rows(src, rounds)
    by_round = sorted(set(rounds.values()), key=lambda r: min(s for s, x in rounds.items() if x == r))
    out = ["| round (sets) | fy as output (figures beside such a year) | with the reading | fixed / made or left wrong by "
           "the reading / gold-null newly given | fiscal_year F1 | chosen on the rest |", "|---|---|---|---|---|---|"]
    total: collections.Counter[str] = collections.Counter()
    # (the output's own year stands where no strategy moves it: "unread" is the output)
    for r in by_round:
        rest, held = [o for o in rs if o["round"] != r], [o for o in rs if o["round"] == r]
        # (a tie goes to the strategy of fewer parts: a part that moves nothing on the other rounds is not chosen)
        best = max(STRATEGIES, key=lambda n: (_net(tally(n, rest)), -n.count("+"), n == "unread"))
        before, after = tally("unread", held), tally(best, held)
        fixed, broken, given = after["fixed"], after["broken"] + after["misfilled"], after["newly_given"]
        total.update({"b": before["right"], "a": after["right"], "n": sum(o["gfy"] is not None for o in held),
                      "f": fixed, "w": broken, "g": given})
        k = sum(o["gfy"] is not None for o in held)
        sets = sorted(s for s, x in rounds.items() if x == r)
        out.append(f"| {r} ({' '.join(x.removeprefix('fresh') for x in sets)}) | {before['right']}/{k} | {after['right']}/{k}"
                   f" | {fixed} / {broken} / {given} | {_f1(src, sets)}"
                   f" | {best} |")
    out.append(f"| all | {total['b']}/{total['n']} | {total['a']}/{total['n']} | {total['f']} / {total['w']}"
               f" / {total['g']} | {_f1(src, sorted(rounds))} | |")
    return out


def main(src: str, rounds_file: str) -> None:
    rounds = rounds_of(rounds_file)
    rs = rows(src, rounds)
    print("\n".join(where(rs)), "\n")
    for name in STRATEGIES:
        c = tally(name, rs)
        print(f"- {name}: right {c['right']} wrong {c['wrong']} none {c['none']} gold-null given {c['null_given']};"
              f" fixed {c['fixed']} broken {c['broken']} misfilled {c['misfilled']} null newly given {c['newly_given']} (net {_net(c)})")
    print()
    print("\n".join(loro(src, rounds)))


if __name__ == "__main__":
    FILL_ONLY["on"] = "--fill-only" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0], args[1] if len(args) > 1 else ROUNDS)
