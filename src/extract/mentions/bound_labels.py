"""A cap or floor named by a LABEL, not by a word right next to its figure (issue 21, the grant shape): the GUIDE's
`Amounts in a table whose header says 上限/交付上限 are caps`, wherever the label stands relative to its figures.

A bound noun (qualifiers.json bound_labels.nouns: 上限, 限度 -> at_most; 下限 -> at_least), read as a label (what
follows it is a label's: a space, a colon, a bracket, は, the figure; not `を撤廃`, `に達し`, `を超える`), bounds:
- the figures after it on its own line, as far as its reach: a cell's bullets (`補助限度額 ・500万円 ・…については、
  700万円。 ・…100万円。`), a section's items (`(2)交付上限額 … 国費:2億円 … 国費:0.5億円 … (3)`), prose's clause
  (`上限額を、1回あたり5,000円から7,000円へ`) — up to a sentence's end, the next section of its own marker, a note (※),
  another bound noun, a budget's word (roles.json budget_clause: `上限は事業費の…`), or a figure of another kind;
- the figures of the lines under a label line of its own (`補助限度額` / `50万円`; `補助金額(1事業年度当たりの補助上限額)`
  over `○…22,000,000円` items), by column where the label line is a table's header (`事業実施主体 補助率 補助限度額`
  over `市町村 1/2 10万円`: the third cell only);
- the figure a wrapped label cell closes (`・50万円 費の下限`: a flattened table's label `補助対象事業費の下限` split
  around its value).
A label ending in 額 / 金額 (`上限額`, `限度額`) bounds money only: `補助上限額` over a row's `5件` leaves the count.
Only a single value that no word of its own bounds takes the label's bound (a range keeps both its ends)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ..context.labels import LineInfo
from ..context.qualifiers import apply_open_ends
from ..dictionary import load, words
from ..model import Mention

#: the kinds a bare bound noun may bound (a date or a fiscal year has its own deadline words)
_KINDS = ("amount", "count", "duration", "percent")
#: how far a label's reach runs on its line at most (a long line stays linear: a reach ends at the next bound noun)
_REACH = 400
#: how many lines under a label line its figures may run
_ROWS = 30
#: a label line of its own is short and no sentence
_LABEL_LINE = 48


#: a label followed by a figure of its own opens its cell; it closes no figure before it
_OWN_VALUE = re.compile(r"[\s　・･:：]*[0-9０-９]")


class _Words(NamedTuple):
    noun: re.Pattern[str]  # a bound noun and its money tail
    nouns: dict[str, str]  # the noun -> its bound
    follow: re.Pattern[str]  # what may follow a noun read as a label
    stop: re.Pattern[str]  # what ends a label's reach (a sentence's end, a note, a budget's word)
    token: re.Pattern[str]  # a reach's tokens: a section marker, a bracket, a stop
    closing: re.Pattern[str]  # a wrapped label cell closing a figure (`50万円 費の下限`)
    bullets: re.Pattern[str]  # a sentence's end going on into the next bullet of its cell
    negated: re.Pattern[str]  # a noun saying there is no bound (`上限は撤廃`, `上限 なし`)
    aside: re.Pattern[str]  # a bracket opening another year's or a result's figure (`（前年度 300万円）`)
    own: re.Pattern[str]  # a row's own label that names no bound (a rate, a base)
    result: re.Pattern[str]  # another year's or a result's word (`実績`, `前年度`): a line of it names no band
    particles: tuple[str, ...]  # a clause's particle closing the words before a figure (`上限額は`): no band's name


@lru_cache(maxsize=1)
def _words() -> _Words:
    t = load("qualifiers")["bound_labels"]
    nouns = words(t["nouns"])
    alt = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    tails = "|".join(map(re.escape, sorted(t["money_tails"], key=len, reverse=True)))
    budget = "|".join(map(re.escape, sorted(load("roles")["budget_clause"], key=len, reverse=True)))
    stop = rf"{t['stop']}|{budget}"
    return _Words(
        noun=re.compile(rf"({alt})({tails})?"), nouns=nouns, follow=re.compile(t["follow"]), stop=re.compile(stop),
        token=re.compile(rf"(?P<mark>{t['marker']})|(?P<open>\()|(?P<close>\))|(?P<stop>{stop})"),
        closing=re.compile(rf"\s+[^\s\d、。,()をがはに]{{0,6}}?({alt})(?:{tails})?(?=\s|$)"),
        bullets=re.compile(t["bullet_after"]),
        negated=re.compile(r"\s*[はがを]?\s*(?:" + "|".join(map(re.escape, t["negations"])) + ")"),
        aside=re.compile(r"[^()。]{0,10}?(?:" + "|".join(map(re.escape, t["bracket_stops"])) + ")"),
        own=re.compile("|".join(map(re.escape, t["own_labels"]))),
        result=re.compile("|".join(map(re.escape, t["bracket_stops"]))), particles=tuple(t["clause_particles"]))


def apply(infos: list[LineInfo], which: str) -> None:
    """Bound each line's figures by the labels of one bound (`at_most`: caps, `at_least`: floors) that govern them (see
    the module's doc). Caps are read before the roles (a cap is a grant's: support), floors after them (a floor read
    as a threshold would make a grant's floor `other`; the roles read a floor's own 下限 word themselves)."""
    for i, info in enumerate(infos):
        if not info.norm or not _has_noun(info.norm):
            continue
        if info.mentions:
            bands = _same_line(info, which)
            if bands is not None:
                _bands_under(infos, i, bands, which)
        if _label_line(info) and not _rows_under(infos, i, which):
            _flattened(infos, i, which)


def _has_noun(text: str) -> bool:
    return any(n in text for n in words(load("qualifiers")["bound_labels"]["nouns"]))


def _bound(m: Mention, qual: str, money: bool, which: str) -> None:
    """Give `m` the label's bound where it is a single value no word of its own bounds."""
    if qual != which or m.kind not in _KINDS or (money and m.kind != "amount"):
        return
    if "at_most" in m.qualifiers or "at_least" in m.qualifiers or m.min is None or m.min != m.max:
        return
    m.qualifiers.append(qual)
    m.min, m.max = apply_open_ends(m.min, m.max, m.qualifiers)


def _labels(text: str, mentions: list[Mention]) -> Iterator[tuple[int, int, str, bool]]:
    """The bound nouns of `text` read as labels: where each starts and ends, its bound, and whether it bounds money
    only. A noun right after a figure, a particle at most between, is that figure's (`3か年を限度`, `20万円が上限`)."""
    w = _words()
    ends = sorted(m.end for m in mentions)
    for hit in w.noun.finditer(text):
        k = bisect_right(ends, hit.start())
        if k and _OWN_GAP.fullmatch(text, ends[k - 1], hit.start()):
            continue
        if w.follow.match(text, hit.end()) is None or w.negated.match(text, hit.end()):
            continue
        yield hit.start(), hit.end(), w.nouns[hit.group(1)], hit.group(2) is not None


#: what may stand between a figure and the bound noun that is its own
_OWN_GAP = re.compile(r"\s?[をがの]?\s?")


def _same_line(info: LineInfo, which: str) -> tuple[str, str] | None:
    """The figures in each label's reach on its own line; the figure a wrapped label cell closes. Returns the last
    label's bound and its figures' kind where its reach runs to the line's end over a band's figure (`補助上限額:従業員5人以下
    200万円`): the lines under it may go on with the list's further bands."""
    w = _words()
    text = info.norm
    labels = list(_labels(text, info.mentions))
    starts = [s for s, _, _, _ in labels]
    figures = sorted((m for m in info.mentions if m.kind in _KINDS), key=lambda m: m.start)
    at = [m.start for m in figures]
    bands: tuple[str, str] | None = None
    for n, (start, end, qual, money) in enumerate(labels):
        limit = min(starts[n + 1] if n + 1 < len(starts) else len(text), end + _REACH)
        marker = _marker_before(text, start)
        cut = _reach_end(text, end, limit, marker)
        kind, last, first = ("amount" if money else None), None, None
        reach = figures[bisect_left(at, end):bisect_left(at, cut)]
        for k, m in enumerate(reach):  # the reaches never overlap: linear
            if money and m.kind != "amount" or _names_band(text, m, reach[k + 1:k + 2], kind):
                continue  # (`上限: 5人以下 200万円`: the count names the band, the money is the cap)
            kind = kind or m.kind
            if m.kind != kind or last is not None and _clause_between(text, last, m.start):
                break  # `上限50万円、20件程度を採択`: the first figure's kind's; `上限10万円の…制度に、3,000万円を計上`: its clause's
            _bound(m, qual, money, which)
            first, last = first or m, m.end
        bands = None
        if first is not None and last is not None and cut == limit == len(text) and _TAIL.fullmatch(text, last):
            bands = (qual, first.kind) if _band_name(text[end:first.start]) else None
    for m in info.mentions:
        hit = w.closing.match(text, m.end) if m.kind in _KINDS else None
        if hit is not None and not _OWN_VALUE.match(text, hit.end()):  # (not `総額 3,000万円 補助限度額 ・500万円`: its own)
            _bound(m, w.nouns[hit.group(1)], False, which)
    return bands


def _names_band(text: str, m: Mention, after: list[Mention], kind: str | None) -> bool:
    """Figure `m` (a count, a duration …) names a band whose money follows it, its bound word and a space between at
    most (`5人以下 200万円`, `3年 100万円`): the money is the cap, not the band's size."""
    if not after or after[0].kind != "amount" or m.kind == "amount" or kind not in (None, "amount"):
        return False
    return _BAND_GAP.fullmatch(text, m.end, after[0].start) is not None


#: between a band's naming figure and the band's own figure: the first one's bound word (`以下`), a space
_BAND_GAP = re.compile(r"[^\s\d、。,]{0,3}\s+")


#: what may follow a band's figure to its line's end: a short bracketed note (`(税抜)`), a closing bracket
_TAIL = re.compile(r"\s*+(?:\([^()]{0,8}\))?[\s)]*+")  # (possessive: a run of spaces stays linear)
#: a band's name before its figure: a bullet or a separator, then a few words (`従業員5人以下`, `6~20人`, `一般枠`)
_BAND = re.compile(r"[\s:・･、,]*(?P<name>[^\s。、,:]{1,16}(?:\s[^\s。、,:]{1,16})?)\s*[:]?\s*")


def _band_name(between: str) -> bool:
    """The words between a label and its first figure name a band of a list (`:従業員5人以下 `), not a clause (`は、`)."""
    hit = _BAND.fullmatch(between)
    return hit is not None and _words().stop.search(between) is None and not hit.group("name").endswith(
        _words().particles)


def _bands_under(infos: list[LineInfo], i: int, bound: tuple[str, str], which: str) -> None:
    """A cap's list of bands that goes on under its label's line (`補助上限額:従業員5人以下 200万円` / `6~20人 500万円`
    / `21人以上 1,000万円`): every band is a cap. A line goes on the list where it is a band's name and one figure of
    the kind bound, nothing after it; the list ends at the first other line (a budget's line, a sentence, a label, a
    past result: `令和5年度 12団体 280万円`, `昨年度実績 280万円`)."""
    for row in infos[i + 1:i + 1 + _ROWS]:
        text = row.norm.rstrip()
        figures = [m for m in row.mentions if m.kind == bound[1]]
        if row.page != infos[i].page or len(figures) != 1 or _has_noun(text) or _words().own.search(text):
            return
        m = figures[0]
        if not _TAIL.fullmatch(text, m.end) or not _band_name(text[:m.start]) or "。" in text:
            return
        if any(not _names_class(o) for o in row.mentions if o is not m) or _words().result.search(text, 0, m.start):
            return
        _bound(m, bound[0], False, which)


def _names_class(m: Mention) -> bool:
    """A figure in a band's name names a class of applicant or size (`6~20人`, `21人以上`, `従業員5人以下`): a bounded or
    ranged count, area, duration; not a year (`令和5年度`) nor a plain count (`12団体`: how many bodies had a result)."""
    return m.kind in _KINDS and (m.min != m.max or "at_most" in m.qualifiers or "at_least" in m.qualifiers)


def _clause_between(text: str, end: int, start: int) -> bool:
    """A clause closes between two figures of a reach (words, then a comma, with no new bullet of the cell): prose goes on
    to other money (`上限10万円の改修費を補助する制度に、3,000万円を計上`); a list (`単独申請 1,000万円、共同申請 3,000万円`)
    and a cell's bullets (`・…については、450万円`) do not."""
    between = text[end:start]
    comma = between.find("、")
    return comma > 0 and bool(between[:comma].strip()) and not any(b in between for b in "・･")


def _marker_before(text: str, start: int) -> str | None:
    """The section marker the label opens with (`(2)交付上限額`): its kind, for the next section of the same kind."""
    m = re.search(load("qualifiers")["bound_labels"]["marker"] + r"\s?[^\s\d]{0,12}\Z", text[max(0, start - 20):start])
    return None if m is None else _marker_kind(m.group(1))


def _marker_kind(mark: str) -> str:
    return re.sub(r"\d+", "N", mark)


def _reach_end(text: str, end: int, limit: int, marker: str | None) -> int:
    """Where a label's reach ends: the first stop after it (a sentence's end outside brackets that no bullet of the
    same cell follows, a note, a budget's word), the bracket it stands in closing (`1/3(上限15万円) 100.0億円`), the next
    section of the label's own marker; else `limit`. One scan of the reach."""
    w = _words()
    depth = 0
    for tok in w.token.finditer(text, end, limit):
        if tok.group("mark") is not None:
            if depth == 0 and marker is not None and _marker_kind(tok.group("mark")) == marker:
                return tok.start()
        elif tok.group("open") is not None:
            if depth == 0 and w.aside.match(text, tok.end()):
                return tok.start()  # (`補助上限額 500万円（前年度 300万円）`: last year's figure is no cap)
            depth += 1
        elif tok.group("close") is not None:
            if depth == 0:
                return tok.start()
            depth -= 1
        elif tok.group() != "。":
            return tok.start()
        elif depth == 0 and not w.bullets.match(text, tok.end()):
            return tok.start()
    return limit


def _label_line(info: LineInfo) -> bool:
    """A line of its own that names a cap or floor and holds no figure: a heading or a table's header (short, no
    sentence), or a list's lead (`補助金の上限額は次のとおりです。`: roles.json list_lead)."""
    text = info.norm.strip()
    if any(m.kind in _KINDS for m in info.mentions) or not text:
        return False
    return (len(text) <= _LABEL_LINE and "。" not in text) or _lead(text)


def _lead(text: str) -> bool:
    lead = load("roles")["list_lead"]
    body = text.rstrip("。:： ")
    for end in lead["polite_endings"]:
        body = body.removesuffix(end)
    return body.endswith(tuple(lead["introducers"]))


def _rows_under(infos: list[LineInfo], i: int, which: str) -> bool:
    """The figures of the lines under label line i, to the first line without one; by column under a header. False where
    no line with a figure stands right under it."""
    text = infos[i].norm
    labels = list(_labels(text, []))
    if not labels:
        return True
    header = list(re.finditer(r"\S+", text))
    rows = _rows(infos, i)
    if not rows:
        return False
    if len(header) == 1:
        for row in rows:
            first = _own_label(row.norm)
            for m in row.mentions:
                if m.start <= first:
                    _bound(m, labels[0][2], labels[0][3], which)
        return True
    grid = [list(re.finditer(r"\S+", row.norm)) for row in rows]
    odd = next((k for k, cells in enumerate(grid) if len(cells) != len(header)), len(grid))
    if odd < len(grid) and (odd == 0 or "。" not in rows[odd].norm):
        return True  # a table whose rows split otherwise (merged cells, two tables side by side) is read by no column
    rows, grid = rows[:odd], grid[:odd]  # (a sentence after the table's rows: `本補助金の予算額は1,200万円です。`)
    for row, cells in zip(rows, grid):
        for m in row.mentions:
            col = next((k for k, c in enumerate(cells) if c.start() <= m.start < c.end()), None)
            own = [lab for lab in labels if header[col].start() <= lab[0] < header[col].end()] if col is not None else []
            if own:
                _bound(m, own[0][2], own[0][3], which)
    return True


def _rows(infos: list[LineInfo], i: int) -> list[LineInfo]:
    """The lines under line i that hold figures, to the first line without one (blank lines looked past), on its page."""
    rows: list[LineInfo] = []
    for row in infos[i + 1:i + 1 + _ROWS]:
        if row.page != infos[i].page:
            break
        if not row.norm.strip() or _RULE.fullmatch(row.norm.strip()):
            continue  # (a blank line, a `|---|---|` table's rule)
        if not any(m.kind in _KINDS for m in row.mentions):
            break
        rows.append(row)
    return rows


#: a text table's rule line under its header (`|---|:---:|`)
_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?")


def _own_label(text: str) -> int:
    """Where the row's own words start to name its figures otherwise (a budget's word, a bound noun of its own, a rate's
    label): a figure after it keeps its own reading. Read once per row (a long row stays linear)."""
    w = _words()
    first = [hit.start() for hit in (w.noun.search(text), w.own.search(text)) if hit is not None]
    first += [next((h.start() for h in w.stop.finditer(text) if h.group() != "。"), len(text))]
    return min(first)


#: a flattened table's header cells, one a line: short, no sentence
_CELL_LINE = 20
#: a cell of money alone on its line, a short label of its own at most (`2,500万円`, `(事業費ベース:5,000万円)`)
_MONEY_CELL = re.compile(r"[(（]?\s*(?:[^\d()（）:：。、\s]{1,8}\s*[:：]\s*)?\x00\s*[)）]?")


def _flattened(infos: list[LineInfo], i: int, which: str) -> None:
    """A flattened table (fresh17a's 木津川市: `種類` / `概要` / `事業計画期間` / `交付限度額`, then each row's cells one a
    line): the money cells of its rows are the cap column's when the cap cell is the header's only money cell. Read to
    the first line with money in prose, or with a figure of another kind than the cells' (a date: the next section)."""
    text = infos[i].norm.strip()
    labels = list(_labels(text, []))
    if not labels or not labels[0][3] or len(text) > _CELL_LINE or " " in text:
        return
    heads = _header_run(infos, i)
    header = [infos[j].norm.strip() for j in heads]
    if len(header) < 2 or any(_money_cell_name(c) for c in header if " " not in c):  # (a title: `…補助金 制度と実績`)
        return
    if any(infos[j].norm.strip() == text for j in heads[:-1]):
        return  # the cap's cell twice (two tables side by side, each with its cap, read a line a cell): no column to tell
    capped, later, run = False, False, 0
    for row in infos[i + 1:i + 1 + _ROWS]:
        if row.page != infos[i].page:
            break
        if any(m.kind not in _KINDS for m in row.mentions):
            break
        money = [m for m in row.mentions if m.kind == "amount"]
        if len(money) != 1:
            if money:
                break
            if row.norm.strip() == text:
                return  # the cap's cell again (a second table's header, read a line a cell): no column to tell the cells by
            # another money column after the cap's (`交付実績`): a row's first money cell is the cap's, the next ones its;
            # a row's own cells (`会場費・広報費`) name its expenses, no column
            later = later or not capped and _money_cell_name(row.norm.strip())
            run = 0
            continue
        capped, run = True, run + 1
        a = money[0]
        if later and run > 1:
            continue
        if _MONEY_CELL.fullmatch((row.norm[:a.start] + "\x00" + row.norm[a.end:]).strip()):
            _bound(a, labels[0][2], True, which)
        elif len(row.norm.strip()) > _CELL_LINE or "。" in row.norm:
            break  # money in prose: the table has ended (a short cell the text layer split is looked past)


def _header_run(infos: list[LineInfo], i: int) -> list[int]:
    """The header cells above label line i, one a line (short, no figure, no sentence), the label's line last."""
    run = [i]
    for j in range(i - 1, max(-1, i - 1 - _ROWS), -1):
        text = infos[j].norm.strip()
        if infos[j].page != infos[i].page or infos[j].mentions or not text or len(text) > _CELL_LINE or "。" in text:
            break
        run.insert(0, j)
    return run


def _money_cell_name(text: str) -> bool:
    """A header cell naming money of another column (`予算額`, `事業費`, `交付実績`: qualifiers.json bound_labels.money_cell),
    not the cap's own (`交付限度額`), nor a column of a row's own words (`補助率`, `対象経費`: own_labels)."""
    w = _words()
    if w.noun.search(text) or w.own.search(text):
        return False
    cell = load("qualifiers")["bound_labels"]["money_cell"]
    budget = load("roles")["budget_clause"]
    return text.endswith(tuple(cell["endings"])) or any(x in text for x in (*cell["words"], *budget))
