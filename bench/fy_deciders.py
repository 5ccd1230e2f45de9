"""What decides the gold year of a figure whose year is written 4-30 lines above it (issue 21, session 23, years29): the
figures of the blind-time outputs (`/tmp/bt/<set>.json`) that `fy_sources.py` puts in near_4_30 / far_heading /
header_row (left with no year, or a wrong one), split by the line that writes the gold year:

- range_header: that line writes a span of dates or years (`令和4年4月1日~令和5年3月31日`, `2024年度から26年度`).
- column_header: it writes several years (a text table's header row) or nothing but a year (a table's row header).
- title: it is one of the deck's first three lines.
- heading: a heading or table caption (a heading mark `■ ● 【 (1) 1.`, a caption with its status date
  `市債残高(平成23年度末現在)`, or a short line with no figure).
- note: a note or an as-of remark (`※`, `(注)`, `期末(令和4年度末)時点の…`, `数値は…`).
- lead: a sentence that announces what follows (`令和2年度の公売実績は次の通りです。`, `次表のとおり`, `以下の…`).
- prose: a sentence of the text, none of the above.

    python bench/fy_deciders.py /tmp/bt [--show DECIDER] [--fill]
"""
from __future__ import annotations

import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

import fy_sources as F  # bench/ is the script's own folder on sys.path
from blind_rounds import ROUNDS, rounds_of

_CATS = ("near_4_30", "far_heading", "header_row")
_RANGE = re.compile(r"(年度?|月|日)\s*(?:から|~|〜|～|-|－|―)\s*(?:令和|平成|昭和)?\s*(?:\d|元)")
_NOTE = re.compile(r"^\s*(?:※|\*|[(（]?注[)）\d:：])|時点|数値は|金額は|単位")
_STATUS = re.compile(r"[(（][^()（）]*(?:年度末?|日)\s*現在[)）]")
_HEAD = re.compile(r"^\s*(?:[■□●○◆◇▼▽【<〈《]|[(（]\s*\d+\s*[)）]|\d+\s*[.．、]|第\s*\d+)")
_LEAD = re.compile(r"次の(?:通り|とおり)|次表|下表|以下の|のとおり")
_YEAR_ONLY = re.compile(r"^\s*(?:(?:令和|平成|昭和)\s*(?:\d{1,2}|元)|(?:19|20)\d\d)\s*年度?\s*$")
_FIGURE = re.compile(r"\d[\d,]*\s*(?:千|万|億|百万)?円")


def decider(lines: list[str], k: int) -> str:
    """What the line `k` that writes the gold year is."""
    s = lines[k]
    if _RANGE.search(s):
        return "range_header"
    if len(F.years(s)) > 1 or _YEAR_ONLY.match(s):
        return "column_header"
    if k < 3:
        return "title"
    if _HEAD.match(s) or _STATUS.search(s) and "。" not in s or len(s.strip()) <= 30 and not _FIGURE.search(s):
        return "heading"
    if _NOTE.search(s):
        return "note"
    return "lead" if _LEAD.search(s) else "prose"


def rows(src: Path) -> list[dict[str, object]]:
    rounds = rounds_of(ROUNDS)
    out: list[dict[str, object]] = []
    for wrong in (False, True):
        for r in F.misses(src, rounds, wrong):
            if r["cat"] not in _CATS:
                continue
            lines = unicodedata.normalize("NFKC", (F._DECKS / r["set"] / f"{r['doc']}.txt").read_text()).split("\n")
            at = r["line"] - 1
            k = next(k for k in range(at - 4, max(-1, at - 31), -1) if r["fy"] in F.years(lines[k]))
            out.append({**r, "wrong": wrong, "decider": decider(lines, k), "src": lines[k][:80], "src_line": k + 1})
    return out


def main(argv: list[str]) -> None:
    if "--fill" in argv:
        print_fills(Path(argv[0]))
        return
    found = rows(Path(argv[0]))
    order = list(dict.fromkeys(rounds_of(ROUNDS).values()))
    for wrong in (False, True):
        part = [r for r in found if r["wrong"] == wrong]
        by = collections.Counter((r["decider"], r["round"]) for r in part)
        docs = collections.defaultdict(set)
        for r in part:
            docs[r["decider"]].add((r["set"], r["doc"]))
        print(f"\n{'wrong year' if wrong else 'no year'} ({len(part)} figures)\n")
        print("| decider | figures | decks | rounds | " + " | ".join(c[:7] for c in order) + " |")
        print("|---|---|---|---|" + "---|" * len(order))
        for c, n in collections.Counter(r["decider"] for r in part).most_common():
            per = [by[(c, o)] for o in order]
            print(f"| {c} | {n} | {len(docs[c])} | {sum(1 for x in per if x)} | " + " | ".join(map(str, per)) + " |")
    if "--show" in argv:
        want, seen = argv[argv.index("--show") + 1], set()
        for r in found:
            if r["decider"] == want and (r["set"], r["doc"], r["src_line"]) not in seen:
                seen.add((r["set"], r["doc"], r["src_line"]))
                print(r["set"], r["doc"][:30], f"L{r['src_line']}->L{r['line']}", r["fy"], r["pred"], "|", r["src"])


# --- the fills of this round's four rules, simulated on the blind-time outputs (python bench/fy_deciders.py /tmp/bt
# --fill): a figure the output left with no year (no per, no year on its own line) that a rule would date, right / wrong /
# gold-null, per round. The rules (the product: context/dated_scopes.py, cell_columns.py, deck_years.py):
# - lead_caption: the nearest dated line above (no sentence between; a sentence figure only on the next line) is one
#   sentence announcing what follows (fiscal_scope.json caption_lead) that writes one fiscal year and no figure;
# - status_caption: the nearest dated line above (within 40) is a short caption that closes on its bracketed status date
#   (`貸借対照表 (令和5年3月31日現在)`): the fiscal year that day falls in;
# - count_rows: a spaced header of year columns with a corner cell (`区分 令和元年度 令和2年度 …`) above, only rows of
#   counts or numbers between, and the figure's row writes one figure a column;
# - business_year: the opening two lines name one business year by its closing month (`2014年3月期`).
_FY_WORD = re.compile(r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年度|(?<!\d)((?:19|20)\d\d)\s*年度")
_SENT = re.compile(r"。|です|ます")
_DAY = re.compile(r"(令和|平成|昭和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*(?:末|時点)?\s*(?:現在|時点)\s*[)）]\s*$")
_SCOPE_WORDS = json.loads((F._DECKS.parents[2] / "src/extract/dictionary/fiscal_scope.json").read_text())
_BUSINESS = re.compile(r"(令和|平成|昭和)?\s*(\d{4}|\d{1,2}|元)\s*年\s*(\d{1,2})\s*月" + _SCOPE_WORDS["business_year_after"])
_COUNT_ROW = re.compile(r"^\s*(?:\S+\s+)?(?:[△▲-]?\d[\d,.]*(?:(?![年月日])[^\s\d]){0,2}\s*)+$")


def _fy_words(s: str) -> list[int]:
    return [F._ERA[m[1]] + F._num(m[2]) if m[1] else int(m[3]) for m in _FY_WORD.finditer(s)]


def _dated(s: str) -> bool:
    return bool(F.years(s) or F.month_years(s))


def _lead_caption(lines: list[str], at: int) -> int | None:
    caption = re.compile(_SCOPE_WORDS["caption_lead"])
    for k in range(at - 1, max(-1, at - 41), -1):
        s = lines[k].strip()
        if _dated(s):
            one = len(set(_fy_words(s))) == 1 and len(F.years(s)) == 1
            ok = caption.search(s) and one and len(s) <= 60 and "。" not in s.rstrip("。 ") and not re.search(r"\d\s*(?:円|件|人|%)", s)
            if ok and (k == at - 1 or not _SENT.search(lines[at])):
                return _fy_words(s)[0]
            return None
        if _SENT.search(s):
            return None
    return None


def _status_caption(lines: list[str], at: int) -> int | None:
    for k in range(at - 1, max(-1, at - 41), -1):
        s = lines[k].strip()
        if _dated(s):
            m = _DAY.search(s)
            if m and "。" not in s and len(s) <= 32 and m.start() > 0:
                return F._ERA[m[1]] + F._num(m[2]) - (int(m[3]) < 4)
            if len(s) <= 32 and "。" not in s:
                return None  # (a caption of its own, nearer)
    return None


def _count_rows(lines: list[str], at: int, text: str) -> int | None:
    money = [m.group() for m in F._MONEY.finditer(lines[at])]
    for k in range(at - 1, max(-1, at - 31), -1):
        s = lines[k]
        words = s.split()
        ys = _fy_words(s)
        if len(ys) >= 2 and len(words) == len(ys) + 1 and not F._MONEY.search(s) and not _FY_WORD.match(words[0]):
            if len(ys) != len(money):
                return None
            return next((y for m, y in zip(money, ys) if text.replace(" ", "") in m.replace(" ", "")), None)
        if not (_COUNT_ROW.match(s) and not F._MONEY.search(s)) and len(F._MONEY.findall(s)) != len(money):
            return None
    return None


def _business(lines: list[str], at: int) -> int | None:
    ys = {y - (int(m[3]) < 4) for s in lines[:2] for m in _BUSINESS.finditer(s) if (y := F._western(m[1], m[2]))}
    return ys.pop() if len(ys) == 1 else None


def fills(src: Path) -> dict[tuple[str, str], list[int]]:
    out: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for s, r in sorted(rounds_of(ROUNDS).items()):
        d, cache = json.loads((src / f"{s}.json").read_text()), {}
        for g, p in d["pairs"]:
            if g["kind"] != "amount" or p.get("fy") is not None or g.get("per"):
                continue
            if g["doc"] not in cache:
                cache[g["doc"]] = unicodedata.normalize("NFKC", (F._DECKS / s / f"{g['doc']}.txt").read_text()).split("\n")
            lines = cache[g["doc"]]
            at = min(max((g["line"] or 1) - 1, 0), len(lines) - 1)
            if F.years(lines[at]):
                continue
            text = unicodedata.normalize("NFKC", g["text"])
            for name, y in (("lead_caption", _lead_caption(lines, at)), ("status_caption", _status_caption(lines, at)),
                            ("count_rows", _count_rows(lines, at, text)), ("business_year", _business(lines, at))):
                if y is not None:
                    out[(name, r)][0 if g.get("fy") == y else 1 if g.get("fy") is not None else 2] += 1
    return out


def print_fills(src: Path) -> None:
    res, order = fills(src), list(dict.fromkeys(rounds_of(ROUNDS).values()))
    print("| rule | " + " | ".join(o[:7] for o in order) + " | all |")
    print("|---|" + "---|" * (len(order) + 1))
    for name in ("lead_caption", "status_caption", "count_rows", "business_year"):
        cells = [res.get((name, o), [0, 0, 0]) for o in order]
        total = [sum(c[i] for c in cells) for i in range(3)]
        print(f"| {name} | " + " | ".join("/".join(map(str, c)) if any(c) else "." for c in cells)
              + f" | {'/'.join(map(str, total))} |")


if __name__ == "__main__":
    main(sys.argv[1:])
