"""Every fy miss of the blind-time outputs, by where the gold year is written, and what filling each category would
cost on the figures whose gold has no year (issue 21, session 24, years31).

A miss is an amount whose gold has a year and whose output has none or another. Categories, first match wins (a year
read with fy_sources' plain era / four-digit pattern, dates included):
- scope_report: a report's scope names the gold year on the line or up to 30 above, or in the opening three lines
  (`令和4年度決算`, `2021年度実績`, `平成30年度事業報告`, `令和5年度の決算`)
- business_year: a business year by its closing month (`2014年3月期`, `31年3月決算`) whose fiscal year is the gold's
- own_line: the figure's line writes it
- above_1_3 / above_1_3_others: a line 1-3 above writes it, with no other year between / with another year between
- header: a line 4-30 above writes it and other years (a text table's header of years)
- above_4_30 / above_4_30_others: a line 4-30 above writes it alone, with no other year between / with one between
- title: the opening three lines write it (a title, a lead)
- relative: the figure's line or 1-3 above says the year in words (`昨年度`, `前期`, `今年度`, `今期`, `来年度`) next to a
  year written in the deck one off from it
- eraless: only an era-less or two-digit year gives it (`30年度`, `21年3月期`)
- below / never

    python bench/fy_misses31.py /tmp/bt [--show CATEGORY] [--fill] [--now /tmp/bt_now24] [--sets a,b]
    python bench/fy_misses31.py --compare /tmp/bt_now24 OUT   # a tree's blind_rounds.py --code OUT against today's
"""
from __future__ import annotations

import collections
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import fy_sources as F  # bench/ is the script's own folder on sys.path
from blind_rounds import ROUNDS, rounds_of

_SCOPE = re.compile(r"(令和|平成|昭和|(?<![A-Za-z])[RHS](?=\s*\d))?\s*(\d{1,4}|元)\s*年度?\s*(?:の|\(.{0,12}\))?\s*"
                    r"(?:決算|実績|事業報告|事業実績|収支決算|決算報告|決算見込)")
_RELATIVE = re.compile(r"昨年度|前年度|前期|前年|今年度|本年度|今期|当期|当年度|来年度|次年度|翌年度")
_ROUND_NO = {c: i + 11 for i, c in enumerate(dict.fromkeys(rounds_of(ROUNDS).values()))}


def scope_years(line: str) -> set[int]:
    """The years a report's scope names (`令和4年度決算` -> 2022); four-digit or with an era only."""
    return {y for m in _SCOPE.finditer(line) if (y := F._western(m[1], m[2])) and (m[1] or y >= 1900)}


_WITH_ERA = re.compile(r"((?:19|20)\d\d)\s*[(（]\s*(?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*(?:年度?)?\s*[)）]\s*(年度?)?")


def unbracket(line: str) -> str:
    """`2020(令和2)年度` -> `2020年度`: the plain pattern reads a four-digit year only with its `年` right after it."""
    return _WITH_ERA.sub(lambda m: m[1] + (m[2] or "年"), line)


def category(lines: list[str], at: int, fy: int) -> str:
    above30, opening = lines[max(0, at - 30):at + 1], lines[:3]
    if any(fy in scope_years(s) for s in above30 + opening):
        return "scope_report"
    if any(fy in F.business_years(s) for s in above30 + opening):
        return "business_year"
    if fy in F.years(lines[at]):
        return "own_line"
    for k in range(at - 1, max(-1, at - 31), -1):
        ys = F.years(lines[k])
        if fy not in ys:
            continue
        between = set().union(*(F.years(s) for s in lines[k + 1:at + 1])) - {fy}
        if at - k <= 3:
            return "above_1_3_others" if between else "above_1_3"
        if len(ys) > 1:
            return "header"
        return "above_4_30_others" if between else "above_4_30"
    if any(fy in F.years(s) for s in opening):
        return "title"
    near = " ".join(lines[max(0, at - 3):at + 1])
    written = set().union(*(F.years(s) for s in lines))
    if _RELATIVE.search(near) and (fy - 1 in written or fy + 1 in written):
        return "relative"
    if any(fy in F.eraless(s) for s in above30 + opening):
        return "eraless"
    if any(fy in F.years(s) for s in lines[at + 1:]):
        return "below"
    return "never"


def _lines(s: str, doc: str, cache: dict[tuple[str, str], list[str]]) -> list[str]:
    if (s, doc) not in cache:
        text = unicodedata.normalize("NFKC", (F._DECKS / s / f"{doc}.txt").read_text())
        cache[(s, doc)] = [unbracket(x) for x in text.split("\n")]
    return cache[(s, doc)]


def amounts(src: Path, sets: set[str] | None = None) -> list[dict[str, Any]]:
    """Every matched amount of the outputs in `src`: set, round, gold and predicted year, the deck's lines, its line."""
    out: list[dict[str, Any]] = []
    cache: dict[tuple[str, str], list[str]] = {}
    for s, r in sorted(rounds_of(ROUNDS).items()):
        f = src / f"{s}.json"
        if not f.exists() or sets and s not in sets:
            continue
        for g, p in json.loads(f.read_text())["pairs"]:
            if g["kind"] != "amount":
                continue
            lines = _lines(s, g["doc"], cache)
            at = min(max((g["line"] or 1) - 1, 0), len(lines) - 1)
            out.append({"set": s, "round": _ROUND_NO[r], "doc": g["doc"], "at": at, "lines": lines, "gold": g.get("fy"),
                        "pred": p.get("fy"), "per": g.get("per"), "role": g.get("role"), "text": g["text"]})
    return out


def table(rows: list[dict[str, Any]], key: Callable[[dict[str, Any]], str], title: str) -> None:
    rounds = sorted(set(_ROUND_NO.values()))
    by = collections.Counter((key(r), r["round"]) for r in rows)
    cats = collections.Counter(key(r) for r in rows)
    print(f"\n{title}\n\n| category | figures | decks | rounds | " + " | ".join(map(str, rounds)) + " |")
    print("|---|---|---|---|" + "---|" * len(rounds))
    for c, n in cats.most_common():
        per = [by[(c, o)] for o in rounds]
        decks = len({(r["set"], r["doc"]) for r in rows if key(r) == c})
        print(f"| {c} | {n} | {decks} | {sum(1 for x in per if x)} | " + " | ".join(str(x or ".") for x in per) + " |")


# --- fills: what each category's year would give a figure left with none (no per), read without the gold ---
def _one(ys: set[int]) -> int | None:
    return next(iter(ys)) if len(ys) == 1 else None


def _fill_own(lines: list[str], at: int) -> int | None:
    return _one(F.years(lines[at]))


def _fill_above(lines: list[str], at: int, reach: int, alone: bool) -> int | None:
    for k in range(at - 1, max(-1, at - reach - 1), -1):
        if ys := F.years(lines[k]):
            return _one(ys) if not alone or len(ys) == 1 else None
    return None


def _fill_title(lines: list[str], at: int) -> int | None:
    return _one(set().union(*(F.years(s) for s in lines[:3])))


def _fill_scope(lines: list[str], at: int) -> int | None:
    return _one(set().union(*(scope_years(s) for s in lines[max(0, at - 30):at + 1] + lines[:3])))


def _fill_business(lines: list[str], at: int) -> int | None:
    return _one(set().union(*(F.business_years(s) for s in lines[max(0, at - 30):at + 1] + lines[:3])))


_MONEY_ON = re.compile(r"\d\s*(?:兆|億|万|千)?\s*円")
#: a caption line of its own: its year alone (`令和5年度`, `・平成28年度`), the year first then a short name
#: (`令和5年度 活用事業`), or a short name closed by its bracketed year (`実績報告(令和5年度)`); no figure on it
_CAPTION_FORMS = {
    "bare": re.compile(r"^[\s・•●■◆○〇□【\[(（<]*(?:令和|平成|昭和|\d{4})\s*(?:\d{1,2}|元)?\s*年度?[\s】\])）>]*$"),
    "year_first": re.compile(r"^[\s・•●■◆○〇□【\[(（<]*(?:令和|平成|昭和|(?:19|20)\d\d)\s*(?:\d{1,2}|元)?\s*年度[^。、,]{0,24}$"),
    "bracket_end": re.compile(r"^[^。、,]{1,24}[(（]\s*(?:令和|平成|昭和|(?:19|20)\d\d)\s*(?:\d{1,2}|元)?\s*年度[^()（）]{0,6}[)）]\s*$"),
    "field": re.compile(r"^[\s・•●■◆○〇□]*(?:対象|実施|事業|会計)?年度\s*[:：]"),
}


def _fill_caption(lines: list[str], at: int, forms: tuple[str, ...], reach: int = 30) -> int | None:
    """The one year of the nearest line above that writes a year, where that line is a caption of its own."""
    for k in range(at - 1, max(-1, at - reach - 1), -1):
        if ys := F.years(lines[k]):
            s = lines[k].strip()
            ok = len(ys) == 1 and not _MONEY_ON.search(s) and any(_CAPTION_FORMS[f].search(s) for f in forms)
            return next(iter(ys)) if ok else None
    return None


_YEAR_ROW = re.compile(r"^[\s・•●■◆○〇□]*(?:令和|平成|昭和|(?:19|20)\d\d)\s*(?:\d{1,2}|元)?\s*年度\s*[\d,.]+\s*(?:千円|万円|円)?\s*$")


def _fill_year_row(lines: list[str], at: int) -> int | None:
    """A multi-year list: the nearest year-writing line above is a year's row with its own total (`令和2年度 29,210`)
    and the figure's line an item under it."""
    for k in range(at - 1, max(-1, at - 31), -1):
        if ys := F.years(lines[k]):
            return next(iter(ys)) if len(ys) == 1 and _YEAR_ROW.search(lines[k]) else None
    return None


FILLS: dict[str, Callable[[list[str], int], int | None]] = {
    "year_row": _fill_year_row,
    **{f"caption_{f}": functools.partial(_fill_caption, forms=(f,)) for f in _CAPTION_FORMS},
    "caption_any": functools.partial(_fill_caption, forms=tuple(_CAPTION_FORMS)),
    "caption_any_10": functools.partial(_fill_caption, forms=tuple(_CAPTION_FORMS), reach=10),
    "own_line": _fill_own,
    "above_1_3": lambda ls, at: _fill_above(ls, at, 3, True),
    "above_4_30": lambda ls, at: _fill_above(ls, at, 30, True),
    "title": _fill_title,
    "scope_report": _fill_scope,
    "business_year": _fill_business,
}


def fills(rows: list[dict[str, Any]]) -> None:
    """Right / wrong / gold-null given a year per round, each fill alone on every figure the output left with none."""
    rounds = sorted(set(_ROUND_NO.values()))
    print("\nfills on the figures left with none (right/wrong/gold-null per round)\n")
    print("| fill | all | rounds right | " + " | ".join(map(str, rounds)) + " |")
    print("|---|---|---|" + "---|" * len(rounds))
    for name, fn in FILLS.items():
        res: dict[int, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
        for r in rows:
            if r["pred"] is not None or r["per"]:
                continue
            if (y := fn(r["lines"], r["at"])) is not None:
                res[r["round"]][0 if r["gold"] == y else 1 if r["gold"] is not None else 2] += 1
        tot = [sum(v[i] for v in res.values()) for i in range(3)]
        cells = ["/".join(map(str, res[o])) if o in res else "." for o in rounds]
        print(f"| {name} | {'/'.join(map(str, tot))} | {sum(1 for v in res.values() if v[0])} | " + " | ".join(cells) + " |")


def taken(miss: list[dict[str, Any]], now: Path) -> None:
    """Per category of the blind-time misses: how many today's code (`now`, fitted) gets right, leaves, gets wrong, and
    in how many rounds a miss is left today."""
    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        return (r["set"], r["doc"], r["at"], r["text"], r["gold"])
    today = {key(r): r["pred"] for r in amounts(now)}
    res: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    left: dict[str, set[int]] = collections.defaultdict(set)
    for r in miss:
        p = today.get(key(r), "unmatched")
        k = 0 if p == r["gold"] else 1 if p is None else 3 if p == "unmatched" else 2
        res[r["cat"]][k] += 1
        if k in (1, 2):
            left[r["cat"]].add(r["round"])
    print(f"\nthe blind-time misses read by today's code ({now})\n")
    print("| category | right today | none today | another today | unmatched | rounds still missed |")
    print("|---|---|---|---|---|---|")
    for c, v in sorted(res.items(), key=lambda kv: -sum(kv[1])):
        print(f"| {c} | {v[0]} | {v[1]} | {v[2]} | {v[3]} | {len(left[c])} {sorted(left[c])} |")


def compare(base: Path, new: Path) -> None:
    """Per round, what the tree that wrote `new` changes against `base` (both `blind_rounds.py` outputs): fy fixed,
    broken (right -> none or another), another -> another, gold-null figures newly given a year or newly left with none."""
    def key(r: dict[str, Any]) -> tuple[Any, ...]:
        return (r["set"], r["doc"], r["at"], r["text"], r["gold"])
    before = {key(r): r["pred"] for r in amounts(base)}
    res: dict[int, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for r in amounts(new):
        if (k := key(r)) not in before or before[k] == r["pred"]:
            continue
        b, p, g = before[k], r["pred"], r["gold"]
        what = ("null_given" if p is not None else "null_cleared") if g is None else \
            "fixed" if p == g else "broken" if b == g else "other_change"
        res[r["round"]][what] += 1
        print(what, r["set"], r["doc"][:34], r["at"] + 1, g, b, "->", p, r["text"])
    print("\n| round | fixed | broken | other change | gold-null given | gold-null cleared |\n|---|---|---|---|---|---|")
    for rnd, c in sorted(res.items()):
        print(f"| {rnd} | {c['fixed']} | {c['broken']} | {c['other_change']} | {c['null_given']} | {c['null_cleared']} |")


def main(argv: list[str]) -> None:
    if "--compare" in argv:
        compare(Path(argv[argv.index("--compare") + 1]), Path(argv[argv.index("--compare") + 2]))
        return
    sets = set(argv[argv.index("--sets") + 1].split(",")) if "--sets" in argv else None
    rows = amounts(Path(argv[0]), sets)
    miss = [r for r in rows if r["gold"] is not None and r["pred"] != r["gold"]]
    for r in miss:
        r["cat"] = category(r["lines"], r["at"], int(r["gold"]))
    table([r for r in miss if r["pred"] is None], lambda r: r["cat"], "left with NONE: where the gold year is written")
    table([r for r in miss if r["pred"] is not None], lambda r: r["cat"], "ANOTHER year: where the gold year is written")
    if "--fill" in argv:
        fills(rows)
    if "--now" in argv:
        taken(miss, Path(argv[argv.index("--now") + 1]))
    if "--show" in argv:
        want = argv[argv.index("--show") + 1]
        for r in miss:
            if r["cat"] == want or r["set"] == want:
                print(r["set"], r["doc"][:34], r["at"] + 1, r["gold"], r["pred"], r["role"], r["cat"], r["text"], "|",
                      r["lines"][r["at"]][:80])


if __name__ == "__main__":
    main(sys.argv[1:])
