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

    python bench/fy_deciders.py /tmp/bt [--show DECIDER]
"""
from __future__ import annotations

import collections
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


if __name__ == "__main__":
    main(sys.argv[1:])
