"""Find every mention in a deck: rules per line (`lines.py`), then roles, scope and fiscal years over the
deck's outline, then the programme each budget figure belongs to (`naming.py`)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from ..context import (
    charts,
    elided_years,
    headline_echoes,
    month_spans,
    no_programme,
    prose_wholes,
    roles,
    scope,
    sourced,
    unowned,
    year_pairs,
)
from ..context import outline as ol
from ..dictionary import load
from ..model import Deck, Line, Mention
from ..normalize import normalize
from ..rules import date
from ..rules.date_parts import not_event
from ..rules.engine import Pattern, RuleContext
from ..rules.eras import era_regex, gregorian
from ..rules.fragments import alternation
from ..rules.registry import REGISTRY
from . import bound_labels, label_names
from .line_shares import read_lines
from .lines import CONTEXT_CHARS, LineReader, context_window
from .naming import assign_programs, name_budget_figures
from .period_columns import period_cells
from .weekdays import weekday_year, weekdays_refute

__all__ = ["CONTEXT_CHARS", "all_patterns", "chart_reading", "context_window", "deck_date", "deck_year", "extract_deck",
           "extract_deck_beside", "extract_deck_outline", "extract_lines", "extract_lines_outline", "lines_outline", "name_year",
           "warm_up"]
T = TypeVar("T")


def all_patterns() -> tuple[Pattern, ...]:
    """Every registered kind's rule table, in one tuple (order does not decide priority: see engine.pick)."""
    return REGISTRY.patterns()


_DOC_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(?:0[1-9]|1[0-2])(?!\d)")

_DOTTED_DATE = re.compile(r"(?<![\d.])((?:19|20)\d{2})([./-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d.])")


def deck_year(deck: Deck, as_of: dt.date | None = None) -> int | None:
    """The deck's own year, for year-less dates (`４月10～11日`): its first full date near the top, else its name's
    year and month, else its first era year near the top, else its name's year word (name_year), else the year its
    dates' weekdays fall in, the latest not after the
    reference date `as_of` (weekdays.py; the run's as-of date: without one no year is inferred)."""
    return _dated(deck, as_of)[0]


def _dated(deck: Deck, as_of: dt.date | None) -> tuple[int | None, int]:
    """deck_year, and the stage of the budget of that fiscal year the deck is written at (_year_near_top)."""
    top = _top_date(deck)
    year, stage, where = _year_near_top(deck)
    if top is not None and not (stage and where < top[3]):  # a staged fiscal year heading the deck wins
        return top[0], 0
    m2 = _DOC_DATE.search(deck.doc)
    if m2:
        return int(m2.group(1)), 0
    if year is not None:
        return year, stage
    # a text that writes no year: the year word of the deck's name (docs/judgement_calls.md, call 2), where the
    # weekdays its days carry agree with it
    texts = [normalize(ln.text).text for ln in deck.lines[:400]]
    named = name_year(deck.doc, as_of)
    if named is not None and not weekdays_refute(texts, named):
        return named, stage
    if as_of is None:
        return None, stage
    # a name's year-like word that is no year of a document (`_s3_`, a part) or that its weekdays refute still marks a
    # notice of one year: its weekdays date it, one day enough
    return weekday_year(texts, as_of, 1 if _name_words(deck.doc) else 2), 0


#: the era years a file name's word may read as (`r7`, `h22`, `s63`): a recent document's (昭和 from 50, 平成 whole,
#: 令和 to the as-of date's); a lower `s3` or `h45` is a section's or part's label
_NAME_ERAS = {"s": (50, 64), "h": (1, 31), "r": (1, 99)}


def _name_words(doc: str) -> list[tuple[str, int]]:
    """The words of a deck's file name that read like a year: (era letter or "", number)."""
    found = []
    for word in re.split(r"[-_.\s]+", doc.lower()):
        m = re.fullmatch(r"(?:(?P<era>[rhs])(?P<y>\d{1,2})|(?P<g>(?:19|20)\d{2}))", word)
        if m:
            found.append((m.group("era") or "", int(m.group("y") or m.group("g"))))
    return found


def name_year(doc: str, as_of: dt.date | None = None) -> int | None:
    """The year a deck's file name carries as a word of its own (`mura_h22_soukai`, `sabae_2021_gomi`, `kosaka_r7_…`:
    an era letter and its year, or four digits), the first one plausible for a document (_NAME_ERAS; four digits from
    1950; neither past the year after `as_of`'s); None where the name has none."""
    last = as_of.year + 1 if as_of is not None else 9999
    for era, n in _name_words(doc):
        lo, hi = _NAME_ERAS.get(era, (1950, 9999))
        year = gregorian({"aera": era.upper() or None, "ay": str(n), "ag": None if era else str(n)}, "a")
        if lo <= n <= hi and year is not None and year <= (last if not era else last - 1):
            return year
    return None


def _top_date(deck: Deck) -> tuple[int, int, int | None, int] | None:
    """The deck's first calendar date near its top that holds a year and a month (`令和6年5月9日`; not a disaster
    named by it, `令和5年7月豪雨`), else its first dotted or dashed full date (`2022.10.06`, `2018-01-17`: a post's
    own date): year, month, day, and the index of its line."""
    pat = re.compile(era_regex("a") + r"\s?年\s?(?P<m>\d{1,2})\s?月(?:\s?(?P<d>\d{1,2})\s?日)?" + not_event())
    for i, line in enumerate(deck.lines[:40]):
        m = pat.search(normalize(line.text).text)
        year = gregorian(m.groupdict(), "a") if m else None
        if m and year is not None:
            return year, int(m.group("m")), int(m.group("d")) if m.group("d") else None, i
    for i, line in enumerate(deck.lines[:40]):
        m1 = _DOTTED_DATE.search(normalize(line.text).text)
        if m1:
            return int(m1.group(1)), int(m1.group(3)), int(m1.group(4)), i
    return None


def deck_date(deck: Deck, as_of: dt.date | None = None) -> RuleContext:
    """The deck's year (deck_year) and, where its first full date near the top holds the year, that date's
    month and day: the date a report or a speech is given on, which 先月21日 and 去る11月17日 count from.
    A deck dated only by the fiscal year of the budget it compiles (`2015年度予算の概算要求`, `予算案を閣議決定`)
    is written in that fiscal year's run-up: its year-less April to December fall in the year before, its
    January to March in the fiscal year's own (RuleContext.fiscal_start); one dated by the fiscal year whose
    settled accounts it reports (`令和5年度決算`) is written the year after (決算 is passed in the autumn)."""
    year, stage = _dated(deck, as_of)
    if year is not None:
        year += stage
    top = _top_date(deck)  # the month and day of a full date of the deck's own year (`令和7年8月29日` under 令和8年度概算要求)
    month, day = (top[1], top[2]) if top is not None and top[0] == year else (None, None)
    lead = month if month is not None or year is None or stage else _announced_month(deck, year)
    return RuleContext(deck_year=year, deck_month=month, deck_day=day, lead_month=lead, fiscal_start=stage < 0,
                       as_of_year=as_of.year if as_of is not None else None,
                       year_written=_first_year(deck) if year is None else None)


_FULL_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})\s?年")


def _first_year(deck: Deck) -> int | None:
    """The first four-digit year (`2016年`) the deck writes in its first 400 lines."""
    for line in deck.lines[:400]:
        m = _FULL_YEAR.search(normalize(line.text).text)
        if m:
            return int(m.group(1))
    return None


def _announced_month(deck: Deck, year: int) -> int | None:
    """The month the budget of fiscal year `year` named near the deck's top is announced in (anchors.json
    announced: `2022年度当初予算` in February), for a news item that writes its days without their month."""
    table, pat = _announced()
    for line in deck.lines[:40]:
        m = pat.search(normalize(line.text).text)
        if m and gregorian(m.groupdict(), "a") == year:
            return int(table[next(w for w in table if w in m.group(0))])
    return None


@lru_cache(maxsize=1)
def _announced() -> tuple[dict[str, int], re.Pattern[str]]:
    """anchors.json `announced` and the pattern of a fiscal year's budget so named, built once (caches.reset forgets)."""
    table = load("anchors")["announced"]
    return table, re.compile(era_regex("a") + r"\s?年度[^。]{0,16}?" + alternation(list(table)))


def _year_near_top(deck: Deck) -> tuple[int | None, int, int]:
    """A deck that writes no calendar date is dated by the first era year (`令和6年度予算総額は…`: its session dates
    are 2024's) or fiscal year (`2023年度`) near its top: its year-less months (`8月から`, `3月定例会`) fall in it.
    Also the budget stage the words after that fiscal year name (_stage), and the index of its line."""
    era_year = re.compile(era_regex("a") + r"\s?年")
    fiscal = re.compile(era_regex("a") + r"\s?年度")
    for i, line in enumerate(deck.lines[:40]):
        text = normalize(line.text).text
        m = era_year.search(text)
        if m and m.group("aera"):
            return gregorian(m.groupdict(), "a"), _stage(text, m.end()), i
        m = fiscal.search(text)
        if m:
            return gregorian(m.groupdict(), "a"), _stage(text, m.end() - 1), i
    return None, 0, 0


def _stage(text: str, pos: int) -> int:
    """-1 where a word of a budget's run-up follows the fiscal year ending before `pos` (anchors.json compiling:
    `年度予算の概算要求`, not a local 当初予算案 or a 補正予算要求), +1 where its settled accounts do (settling: `年度決算`), else 0."""
    words = load("anchors")
    near = r"\s?度(?:(?!" + alternation(words["own_year_budgets"]) + r")[^。]){0,16}?"
    if re.compile(near + alternation(words["compiling"])).match(text, pos):
        return -1
    return 1 if re.compile(near + alternation(words["settling"])).match(text, pos) else 0


def extract_lines(doc: str, lines: list[Line], ctx: RuleContext) -> list[Mention]:
    """Mentions of a sequence of lines. A mention broken by a line break starts on its first line
    (GUIDE): each line is matched together with the next line of the same page, and only mentions
    that start on it are kept."""
    return extract_lines_outline(doc, lines, ctx)[0]


def extract_lines_outline(doc: str, lines: list[Line], ctx: RuleContext) -> tuple[list[Mention], ol.Outline]:
    """The mentions of a sequence of lines and the outline their roles and programmes were scoped by."""
    found, tree, _ = lines_outline(doc, lines, ctx)
    return found, tree


def lines_outline(doc: str, lines: list[Line], ctx: RuleContext, workers: int = 1, beside: Callable[[], T] | None = None
                  ) -> tuple[list[Mention], ol.Outline, Callable[[], T] | None]:
    """extract_lines_outline, the lines read by up to `workers` processes (line_shares.py; the same result for
    any number), and `beside` (work that needs the lines only) started with them: what gives its result, third."""
    reader = LineReader(doc, lines, ctx)
    (mentions, infos, programs), later = read_lines(reader, workers, beside)
    bound_labels.apply(infos, "at_most")  # caps named by a label (`補助限度額` over `50万円`): before the roles read them
    date.roll_over(reader.dates, ctx.fiscal_start, frozenset(reader.moved))
    assert reader.timeline is not None
    reader.timeline.give_years(reader.slashed)
    elided_years.read(lines, infos, ctx.as_of_year)  # `4年度補正` after `令和5年度`: a year the context passes read, never published
    month_spans.read(lines, infos)  # `昨年度(2017年4月ー18年3月)`: April to March, a fiscal year the context passes read
    roles.assign(infos)
    tree = ol.build(lines, [[ol.Span(m.raw_start, m.raw_start + len(m.text), m.kind) for m in info.mentions]
                            if info.mentions else [] for info in infos])
    year_pairs.apply(infos, tree)  # `令和5年度 42億円 令和4年度 49億円 前年度比…`: the budget and last year's
    scope.apply(lines, infos, tree)
    headline_echoes.apply(infos)  # `待機児童対策124億円 厚労省概算要求`: the role the body's same figure got
    assign_programs(infos, programs)
    name_budget_figures(lines, infos, tree)
    label_names.settle(infos, tree)
    headline_echoes.settle(infos)  # the echo's body figure is the programme's one row: the echo makes none
    no_programme.apply(lines, infos)  # financing sources, classes, headlines, balances, aggregates: no programme's row
    prose_wholes.part_roles(infos)  # `…分野別に見ると、就業・所得分野13兆円`: a budget aggregate's field, the whole's role
    unowned.apply(infos)  # an account's balance, a breakdown's rest, a class's label: no programme's row either
    bound_labels.apply(infos, "at_least")  # floors named by a label (`補助下限額`): after the roles (no threshold's `other`)
    for m in mentions:
        if m.kind != "amount":
            m.role = m.fy = m.per = None
    return mentions, tree, later


def extract_deck(deck: Deck, as_of: dt.date | None = None) -> list[Mention]:
    """All mentions of a deck, in reading order; PDF decks' chart value labels read by position (context/charts.py).
    `as_of`: the run's reference date, for a year only weekdays give (deck_year)."""
    return extract_deck_outline(deck, as_of)[0]


def chart_reading(deck: Deck) -> charts.ChartReading | None:
    """The chart value labels of a PDF deck, read by position (context/charts.py); None for other decks. It needs
    the deck's lines only, not their mentions: it may be read beside the line rules (run/reading.py)."""
    if deck.source_type in ("pdf", "pdf_ocr"):  # a scan's boxes are read by position like a text layer's
        return charts.read_charts(deck.doc, deck.lines)
    return None


def extract_deck_outline(deck: Deck, as_of: dt.date | None = None,
                         reading: Callable[[], charts.ChartReading | None] | None = None) -> tuple[list[Mention], ol.Outline]:
    """All mentions of a deck, in reading order (chart value labels of PDF decks included), and the deck's outline.
    `as_of`: the run's reference date (deck_year); `reading`: gives `chart_reading(deck)` when asked, after the line
    rules (default: read here then)."""
    found, tree = extract_lines_outline(deck.doc, deck.lines, deck_date(deck, as_of))
    return _charted(deck, found, reading or (lambda: chart_reading(deck))), tree


def extract_deck_beside(deck: Deck, as_of: dt.date | None, beside: Callable[[], tuple[charts.ChartReading | None, T]],
                        workers: int = 1) -> tuple[list[Mention], ol.Outline, tuple[charts.ChartReading | None, T]]:
    """extract_deck_outline with work that needs the deck's lines only (`beside()`: its chart reading first, then what
    else), done beside the rules with `workers` >= 2 (line_shares.read_lines), and its result, third."""
    found, tree, later = lines_outline(deck.doc, deck.lines, deck_date(deck, as_of), workers, beside)
    assert later is not None
    return _charted(deck, found, lambda: later()[0]), tree, later()


def _charted(deck: Deck, found: list[Mention], reading: Callable[[], charts.ChartReading | None]) -> list[Mention]:
    found = period_cells(deck, found) if deck.tables else found
    got = reading()
    if got is not None:
        found = charts.merge(found, sourced.from_lines(got.mentions, deck.lines), got.ticks)
    return found


def warm_up() -> None:
    """Build what the first deck would otherwise pay for (patterns, spaCy/Sudachi, dictionaries): called
    once in the sandbox's forkserver so every deck's child starts warm."""
    lines = ["令和6年度予算額 19億円（前年度予算額 18億円）海外特別研究員事業 3年間 10件 50% 1位 2024年5月9日"]
    extract_lines("warm-up", [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(lines)],
                  RuleContext(deck_year=2024))
