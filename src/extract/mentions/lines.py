"""Reading one line of a deck for mentions: the line joined with the start of the next (a mention may
end there), normalized, its rule candidates picked and filtered, each turned into a `Mention` with its
qualifiers, rate and open ends, and the state carried from line to line (`LineReader`)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..context import roles
from ..context.programs import ProgramSpan, find_programs
from ..context.qualifiers import (
    apply_open_ends,
    kind_suffix,
    per_in_brackets,
    prefix_per,
    prefix_qualifiers,
    strict_end,
    suffix_context,
    topic_bound,
)
from ..dictionary import load
from ..model import Line, Mention
from ..normalize import Normalized, normalize
from ..rules import stacked
from ..rules.date_schedule import into_fiscal_year, programme_line
from ..rules.engine import Candidate, RuleContext, candidates, may_match, pick
from ..rules.filters import ends_with_era_name, era_head, era_name_split, keep
from ..rules.fiscal_year import letter_era_name
from ..rules.registry import REGISTRY
from . import column_wrap, header_units, legend_units, line_end, page_counters, row_end_counts
from .axis_ticks import drop_axis_ticks
from .continuation import SHORT as _SHORT
from .continuation import column_below, column_rest, next_line
from .name_counts import inside_name
from .wrapped_qualifiers import qualifiers_below
from .written_ranges import band, close_ranges, join_parts

_CONTINUATION = 24

#: characters of the source line kept on each side of a mention in `context`: enough to read the phrase
#: it stands in, and bounded, so that a deck written as one long line gives output linear in its size
CONTEXT_CHARS = 120
#: what CSV readers, spreadsheets or str.splitlines() would take for the end of a record or a line
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")


def context_window(text: str, a: int, b: int, width: int = CONTEXT_CHARS) -> str:
    """`text` around its span [a, b): at most `width` characters each side, `…` where the line was cut,
    line separators made spaces (the published cell is one line)."""
    lo, hi = max(0, a - width), min(len(text), max(a, b) + width)
    window = _LINE_BREAKS.sub(" ", text[lo:hi])
    window = "…" + window if lo > 0 else window.lstrip()
    return window + "…" if hi < len(text) else window.rstrip()


def _bbox(line: Line, a: int, b: int) -> tuple[float | None, ...]:
    """The union of the characters' boxes of line.text[a:b] (PDF decks), rounded to 0.1 pt."""
    boxes = [bx for bx in (line.boxes or ())[a:b] if bx is not None]
    if not boxes:
        return (None, None, None, None)
    return (round(min(bx[0] for bx in boxes), 1), round(min(bx[1] for bx in boxes), 1),
            round(max(bx[2] for bx in boxes), 1), round(max(bx[3] for bx in boxes), 1))


def _joiner(text: str, nxt: Line | None) -> str | None:
    """How to join a line with the next: a space between two numbers (full-width too) or a number and `H17`, else directly; None: not."""
    if nxt is None or not text.strip() or not nxt.text:
        return None
    return " " if text[-1:].isdigit() and (nxt.text[:1].isdigit() or re.match(r"[A-Za-z]\d", nxt.text)) else ""


_OPEN_AT_END = re.compile(r"\s?~\s*\Z")
_LONE_NUMBER = re.compile(r"\s*[\d,.]+\s*")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]")
#: a number (and its unit) just before から: `3年から5年以内` is a range of periods, `発表から６月以内` a period after an event
_NUMBER_THEN_KARA = re.compile(r"[\d一二三四五六七八九十][^\d\s]{0,4}\s?から\Z")
# a mention holds a numeral on the line where it starts (`2019年（平` + next line `成31年）`: the `平` is none)
_HAS_NUMERAL = re.compile(r"[0-9０-９〇一二三四五六七八九十百千万億兆元数]")
# an era name printed alone labels the short lines after it: `昭和` then `35年`, `40年` … (a chart's axis)
_AXIS_LINE = 12
_ERA_YEAR = re.compile(r"\d{1,2}\s?年\Z")


def _line_candidates(norm: Normalized, boundary: int, ctx: RuleContext, buckets: bool = False,
                     reach: int | None = None) -> list[Candidate]:
    # a counter read by Sudachi must stand on the number's own line (not the next line's first word), and a
    # number alone on its line (a subscript, a list or page number) is no count or duration with the next line
    lone = _LONE_NUMBER.fullmatch(norm.text[:boundary]) is not None and not line_end.counter_line(norm.text[boundary:reach])
    # but a counted noun broken by the line break (`400自治` / `体`, `６万１千世` / `帯`) goes on to the next line
    # (not in a column of vertical text: `調６調` / `査` are fragments)
    broken = (len("".join(norm.text[:boundary].split())) > _SHORT and _WORD_CHAR.match(norm.text, boundary - 1) is not None
              and not line_end.ends_on_multiplier(norm.text[:boundary]))  # `予定価格 34億2700万` / `最低制限価格`
    more = line_end.counted_at_end(norm.text, boundary, ctx) + line_end.money_at_end(norm.text, boundary, ctx)
    more += line_end.counted_above_column(norm.text, reach, boundary, ctx) if reach is not None else []
    cands = [c for c in candidates(norm.text, REGISTRY.patterns(), ctx, boundary) + more
             if c.start < boundary and keep(norm.text, c) and not letter_era_name(norm.text, c, boundary)
             and (c.end <= boundary
                  or not ((c.pattern == "open_counter" and not broken) or (lone and c.kind in ("count", "duration"))))
             # open buckets (`100万円～` / `200万円～`) are no range with the next line; a bracket pair (`45(38)団体`)
             # stands on one line (`… 100` / `(8) 地域鉄道`: a row's last cell, the next row's numbering)
             and not (buckets and c.end > boundary) and not (c.pattern == "bracket_pair" and c.end >= boundary)]
    return drop_axis_ticks(norm.text, page_counters.drop(norm.text[:boundary], pick(cands, REGISTRY.priorities())))


_BARE_MONTH = re.compile(r"(\d{1,2})月")
_TIMELINE_GAP = 3  # lines between a timeline's month headings


class _Timeline:
    """A timeline's column headings, each a short line: a year and month (`2022年11` / `月`), then bare months
    (`12月`, then `2023年1月`, `2月`). A bare month heading is a date of the heading year (rolled over when the
    months go back); every heading maps its month to its year on that page, and a year-less `M/D` of the same
    page takes the year of its month's heading, not the deck's (issue 23: slashed timeline dates)."""

    def __init__(self, doc: str) -> None:
        self.doc = doc
        self.year: int | None = None
        self.month = 0
        self.at = -10
        self.page: int | None = None
        self.years: dict[tuple[int | None, int], int] = {}  # (page, month) -> year

    def read(self, line: Line, found: list[Mention], short: bool) -> Mention | None:
        if line.page != self.page:
            self.page, self.year = line.page, None
        if not short:
            return None
        ym = [m for m in found if m.kind == "date" and isinstance(m.min, str) and len(m.min) == 7 and m.min == m.max]
        if len(found) == 1 and ym:
            self._heading(int(ym[0].min[:4]), int(ym[0].min[5:7]), line.index)
            return None
        if found or ("月" not in line.text and "⽉" not in line.text):
            return None
        dense = "".join(normalize(line.text).text.split())
        bare = _BARE_MONTH.fullmatch(dense)
        if found or bare is None or self.year is None or line.index - self.at > _TIMELINE_GAP:
            return None
        month = int(bare.group(1))
        if not 1 <= month <= 12:
            return None
        year = self.year + (1 if month < self.month else 0)
        self._heading(year, month, line.index)
        iso = f"{year:04d}-{month:02d}"
        text = line.text.strip()
        a = line.text.index(text)
        box = _bbox(line, a, a + len(text))
        return Mention(doc=self.doc, kind="date", text=text, min=iso, max=iso, unit=None, page=line.page, line=line.line,
                       context=context_window(line.text, a, a + len(text)), line_index=line.index, start=a,
                       end=a + len(text), raw_start=a, x0=box[0], top=box[1], x1=box[2], bottom=box[3])

    def _heading(self, year: int, month: int, at: int) -> None:
        self.year, self.month, self.at = year, month, at
        self.years[(self.page, month)] = year

    def give_years(self, slashed: list[Mention]) -> None:
        for m in slashed:
            year = self.years.get((m.page, int(str(m.min)[5:7])))
            if year is not None and m.min == m.max:
                m.min = m.max = f"{year:04d}{str(m.min)[4:]}"


# -- one line after another -------------------------------------------------------------------------------

@dataclass
class Window:
    """One line as the rules read it: joined with the start of the next line of its page (`nxt`, with
    `sep` between), normalized; a mention starts before `boundary` (in `norm`) and ends by `reach` (raw)."""

    line: Line
    nxt: Line | None
    sep: str | None
    norm: Normalized
    boundary: int
    reach: int
    #: the next line of its page also ends in an open `～`: a list of open buckets, each on its own line
    buckets: bool


def _boundary(norm: Normalized, joined: int, own: int) -> int:
    """Where the line's own `own` characters end in the normalized joined text."""
    if len(norm.text) == joined:  # one character for one: the line ends where it did
        return own
    return bisect.bisect_left(norm.src, own)  # the first character from the next line's (src never decreases)


def window(lines: list[Line], i: int, below: stacked.StackedUnits, unit: str | None = None) -> Window:
    line = lines[i]
    nxt = next_line(lines, i)
    # only the start of the next line can finish a mention begun on this one
    sep = _joiner(line.text, nxt)
    joined = line.text + (sep + nxt.text[:_CONTINUATION] if nxt is not None and sep is not None else "")
    reach = len(joined)  # a mention ends by here; what column_below adds is read for qualifiers only
    if nxt is not None and sep is not None:
        below_col = column_below(lines, i, _CONTINUATION)
        joined += below_col
        if era_head(line.text, column_rest(line.text, nxt.text[:_CONTINUATION] + below_col)):
            reach = len(joined)  # `令` / `和 ６ 年` / `度`: an era year read down a column of vertical text
    norm = normalize(joined)
    boundary = _boundary(norm, len(joined), len(line.text))
    if (below.money or below.fiscal_year) and stacked.has_bare_numbers(norm.text[:boundary]):
        norm, boundary = stacked.attach(norm, boundary, below)
    norm, boundary = legend_units.attach(norm, boundary, legend_units.units_under(lines, i))
    norm, boundary = header_units.attach(norm, boundary, unit)  # `100億 437 |` under `(単位:万円)`
    buckets = nxt is not None and _OPEN_AT_END.search(norm.text, 0, boundary) is not None \
        and _OPEN_AT_END.search(normalize(nxt.text).text) is not None
    return Window(line, nxt, sep, norm, boundary, reach, buckets)


def _after_kara(text: str, c: Candidate) -> bool:
    """The mention is the second end of `XからY`. A period after an event is not (`発表から６月以内`, `通知から30日以内`:
    its cap stays): a duration closes a range only after a number."""
    before = text[max(0, c.start - 10):c.start].rstrip()
    if not before.endswith(tuple(load("anchors")["from_words"])):  # から, より (GUIDE: から/より give a point)
        return False
    return c.kind != "duration" or _NUMBER_THEN_KARA.search(before) is not None


#: a bracket opened right after a word, the mention first in it: `平均所得金額（524万2千円）`
_GLOSS_OPEN = re.compile(r"[\u4e00-\u9fff\u30a1-\u30fa]\s?\(\s?\Z")


def _mention(doc: str, c: Candidate, a: int, b: int, w: Window) -> Mention:
    """The mention of candidate `c` (raw span [a, b) of the joined text): its qualifiers, rate, open end."""
    norm, line = w.norm, w.line
    quals = list(c.parsed.qualifiers)
    quals += prefix_qualifiers(norm.text, c.start) or topic_bound(norm.text, c.start)
    # まで closing a range (XからYまで, 80億～1,200億トークンまで) adds no cap, nor does 未満 or 以下
    # and so does the まで of `XからYまで` (GUIDE: two points): the から ends the mention just before
    closed = "から" in norm.text[c.start:c.end] or _after_kara(norm.text, c) or (
        c.parsed.min is not None and c.parsed.max is not None and c.parsed.min != c.parsed.max
        and not (c.kind == "date" and norm.text.startswith("期", c.end)))  # 4-6月期まで: one term, bounded
    bound_words: list[str] = []
    more, per, open_end = suffix_context(norm.text, c.end, with_per=c.kind == "amount", closed_range=closed,
                                         words=bound_words, glossed=_GLOSS_OPEN.search(norm.text, max(0, c.start - 4), c.start) is not None)
    if c.kind == "amount" and per is None:
        per = prefix_per(norm.text, c.start) or per_in_brackets(norm.text, c.end)
    # `250万円～` ending its line is an open bucket, whatever the next line starts with
    open_end = open_end or (c.end <= w.boundary and _OPEN_AT_END.fullmatch(norm.text, c.end, w.boundary) is not None)
    # a cap closing a written range (5%以上10%未満, 200～300万円未満) adds no qualifier: both ends are given
    quals += [q for q in more if not ((c.parsed.closed or closed) and q == "at_most")
              and not (q == "at_most" and bound_words == ["まで"] and "at_least" in quals)]  # 最短8年まで短縮: a target
    quals = list(dict.fromkeys(quals + kind_suffix(c.kind, norm.text, c.end)))  # unique, in order
    lo, hi = apply_open_ends(c.parsed.min, c.parsed.max, quals)
    if open_end:
        hi = None
    end = min(b, len(line.text), line.break_after(a) or len(line.text))  # a joined line: the part on its own line
    box = _bbox(line, a, end)
    strict = strict_end(bound_words) if not c.parsed.strict else c.parsed.strict
    return Mention(
        doc=doc, kind=c.kind, text=line.text[a:end].strip(), min=lo, max=hi, unit=c.parsed.unit, strict=strict,
        page=line.page, line=line.line_at(a), qualifiers=quals, per=per, context=context_window(line.text, a, end),
        line_index=line.index, start=c.start, end=min(c.end, w.boundary), raw_start=a,
        x0=box[0], top=box[1], x1=box[2], bottom=box[3], source=line.source, confidence=line.confidence, ref=line.ref,
    )


@dataclass
class LineReader:
    """Reads a deck's lines in order, carrying what one line tells the next."""

    doc: str
    lines: list[Line]
    ctx: RuleContext
    tail: int = 0  # characters at the start of this line that finish a mention begun on the line above
    tails: dict[int, int] = field(default_factory=dict)  # the same, by the index of the line they start
    above: str = ""  # the last non-space characters of the lines above on this page (an era name split off)
    era_axis: bool = False  # an era name stood alone above: short `N年` lines below are its years
    #: the text above each short line without numerals since the axis was last settled: whether one of them ends in an
    #: era name is asked only where a short line has a duration to skip (`_axis`), not on every line
    axis_above: list[str] = field(default_factory=list)
    #: every date read, and whether its year is the deck's (a later month in a sequence may roll over)
    dates: list[tuple[Mention, bool]] = field(default_factory=list)
    slashed: list[Mention] = field(default_factory=list)  # year-less M/D dates, which take their year from headings
    moved: set[int] = field(default_factory=set)  # ids of the dates put in a run-up deck's fiscal year (roll_over)
    timeline: _Timeline | None = None  # a timeline's month headings (`2022年11月`, `12月`, `2023年1月`, `2月` …)
    era_ends: dict[str, bool] = field(default_factory=dict)  # the 4 characters above -> ending in an era name

    def __post_init__(self) -> None:
        self.timeline = _Timeline(self.doc)
        # chart labels: a bare number's unit printed on a line below it (rules/stacked.py)
        self.below = stacked.units_below([ln.text for ln in self.lines], [ln.page for ln in self.lines])
        self.units = header_units.in_force([ln.text for ln in self.lines], [ln.page for ln in self.lines])  # `(単位:万円)`

    @staticmethod
    def _column(c: Candidate, text: str, w: Window) -> str:
        """The rest of a column of vertical text an era name's first character starts, where the mention read
        down it closes with its unit (年度, or a month: `令` / `和` / `６ 年` / `1 2 月` is only read as far as
        the year, which is no date of its own)."""
        closed = c.kind == "fiscal_year" or len(str(c.parsed.min or "")) >= 7
        return column_rest(text, w.norm.text[w.boundary:]) if closed else ""

    def _skip(self, c: Candidate, a: int, b: int, w: Window, short: bool, names: list[ProgramSpan]) -> bool:
        text = w.line.text
        if not _HAS_NUMERAL.search(text, a, min(b, len(text))) and not (
                c.kind in ("date", "fiscal_year") and b > len(text) and era_head(text[a:], self._column(c, text, w))):
            return True  # the numbers are all on the next line, which the mention's tail keeps from a reread
            # (but an era name the line break split from its year starts the mention: `令和` / `８年度`)
        if era_name_split(w.norm.text, c, self.above) or (
                short and c.kind == "duration" and self._axis() and _ERA_YEAR.search(w.norm.text, c.start, c.end)):
            return True
        return c.kind == "count" and (row_end_counts.row_end(text, a, b) or any(inside_name(p, a, b, c.parsed.unit, text) for p in names))

    def _candidates(self, w: Window, i: int) -> list[Candidate]:
        """The window's picked candidates; none without a numeral, which every rule reads (engine.may_match: the
        line-end and column readings read parts of the same text)."""
        if not may_match(w.norm.text):
            return []
        reach = bisect.bisect_left(w.norm.src, w.reach) if w.reach < len(w.norm.raw) else None  # src never decreases
        if reach is not None and reach == len(w.norm.src):
            reach = None
        return _line_candidates(w.norm, w.boundary, line_end.with_lead(self.ctx, self.lines, i), w.buckets, reach)

    def read(self, i: int) -> tuple[list[Mention], roles.LineInfo, list[ProgramSpan]]:
        """Line i's mentions, what the roles read of it, and the programme names it writes."""
        line = self.lines[i]
        self.tail = self.tails.pop(line.index, 0)
        if i and self.lines[i - 1].page != line.page:
            self.above, self.era_axis, self.axis_above = "", False, []
        if not line.text.strip():
            return [], self._blank(line), []
        dense = "".join(line.text.split())
        short = len(dense) <= _AXIS_LINE
        w = window(self.lines, i, self.below[i], self.units[i])
        found: list[Mention] = []
        written: list[tuple[object, object, bool]] = []  # each mention's value as written, and whether it ends below
        next_tail = 0
        names = find_programs(line.text)
        programme: bool | None = None  # the line tells the programme's own schedule (asked once, at its first date)
        for c in self._candidates(w, i):
            a, b = w.norm.raw_span(c.start, c.end)
            if b > w.reach or a < self.tail:
                continue  # `4/25` under `2025`, `１月9日` under `2023年`: the tail of the mention above
            if b > len(line.text):
                next_tail = max(next_tail, b - len(line.text) - len(w.sep or ""))
            if self._skip(c, a, b, w, short, names):
                continue
            found.append(_mention(self.doc, c, a, b, w))
            written.append((c.parsed.min, c.parsed.max, b > len(line.text)))
            if c.kind == "date":
                if c.parsed.from_deck_year and self.ctx.fiscal_start:
                    programme = programme_line(line.text) if programme is None else programme
                    if programme and not self._ahead_this_year(found[-1]):
                        into_fiscal_year(found[-1])
                        self.moved.add(id(found[-1]))
                self.dates.append((found[-1], c.parsed.from_deck_year))
                if c.pattern == "slash_md" and c.parsed.from_deck_year:
                    self.slashed.append(found[-1])
        for m in found:
            band(m, w.norm.text)  # 7000億円台
        close_ranges(found, written, w.norm.text, line.text)  # 1千万円以上5億円以下: one range
        join_parts(found, written, line.text)  # 5億円2700万円: one amount
        self._after_line(line, found, written, w, dense, short, next_tail)
        return found, roles.LineInfo(w.norm.text[:w.boundary], found, line.page), names

    def _blank(self, line: Line) -> roles.LineInfo:
        """A line of spaces: no mention starts on it, no name or qualifier stands on it and it joins no next line (what
        `read` and `_after_line` do with it, without the rules' passes): its page and the era axis carry on over it."""
        assert self.timeline is not None
        self.timeline.read(line, [], True)
        self.axis_above.append(self.above)  # a short line without numerals: an era name alone above still heads an axis
        norm = normalize(line.text)
        return roles.LineInfo(norm.text[:_boundary(norm, len(line.text), len(line.text))], [], line.page)

    def _axis(self) -> bool:
        """An era name stood alone above (era_axis), settled from the texts kept in `axis_above`."""
        if not self.era_axis and self.axis_above:
            self.era_axis = any(self._era_end(a) for a in self.axis_above)
        self.axis_above = []
        return self.era_axis

    def _era_end(self, above: str) -> bool:
        if above not in self.era_ends:  # short lines repeat their last characters (an axis, a list)
            self.era_ends[above] = ends_with_era_name(normalize(above).text)
        return self.era_ends[above]

    def _ahead_this_year(self, m: Mention) -> bool:
        """The deck's own date is known and the year-less month comes later in its year (`9月上旬に説明会` in a
        概算要求 summary dated 令和7年8月29日): that month is still ahead, no month of the fiscal year requested."""
        month = self.ctx.deck_month
        return month is not None and isinstance(m.min, str) and len(m.min) >= 7 and month < int(m.min[5:7])

    def _after_line(self, line: Line, found: list[Mention], written: list[tuple[object, object, bool]], w: Window,
                    dense: str, short: bool, next_tail: int) -> None:
        assert self.timeline is not None
        heading = self.timeline.read(line, found, short)
        if heading is not None:
            found.append(heading)
        qualifiers_below(found, written, w.nxt)
        if found and w.nxt is not None and line.index + 1 < len(self.lines) and self.lines[line.index + 1] is w.nxt:
            for row in legend_units.rows_below(self.lines, line.index)[1:]:
                qualifiers_below(found, written, row)  # a wrapped row split onto more lines by the reader
        column_wrap.bound_from_column(self.lines, line.index, found)
        self.above = (self.above + dense)[-4:]
        if not short:
            self.era_axis, self.axis_above = False, []
        elif not _HAS_NUMERAL.search(dense):
            self.axis_above.append(self.above)
        if w.nxt is not None and next_tail:
            self.tails[w.nxt.index] = next_tail
