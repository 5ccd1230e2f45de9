"""Era-less fiscal years (`4年度補正614億円`, `24年度補正予算では`): news and local documents write a year's era or
century once (`令和5年度`, `2025年度`) and then only its last digits. Such a year is no fiscal_year mention (GUIDE: a
year written without an era name or four digits), yet a reader reads it in the era or century the text fixed before
it, and it labels the figures beside it as a written year does (`5年度予算7億円、4年度補正614億円`: 2023's budget,
2022's supplementary).

`read(lines, infos)` adds each such year, read so, to its line's mentions for the context passes (roles, scope,
fiscal years); the published mentions never hold it. The year that fixes the era is the nearest fiscal year or date
written before it with an era or four digits (the title's edition year, `平成28年版 防災白書`, else the deck's first such year
where none stands before; an open span's bound too, `2017年度までの`); under a four-digit
year an era's reading counts too (`2024年5月` then `5年度補正`). Where none is written, or the reading lands further from
that year than a document's own span of years (`11年度の運用開始` after `令和4年度`), or two readings are as near, the
year stays unread: no fy rather than a guess. A text that writes no era and no four-digit year anywhere (a publisher's
digest, `27 年度の国立大学法人運営費交付金は、…`) is read against the run's reference year (`as_of_year`, the run's
as-of date: never the clock): all its such years in the later of the two latest eras that holds them all, none past
that year (`27年度` in 2026: 平成27, not 令和27), where the 2000s do not hold them as well (a paper's `18年度からの3カ年
事業`: 平成18 or 2018, no guess); neither holding them (`35年度までに`, a plan's target), or no reference year: unread.
A Diet record's short lines break such a year, or a relative one, before its 年度 (`…比較いたしますと、三十` / `年度一千五十一億…`,
`…、前` / `年度二百八十九億…`): the 年度 opening the line is read so too, but added only once the roles are settled
(`add_broken`: it dates the figure after it, it heads no section). A year in kanji with its era (`昭和三十一`) fixes the era.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import eras, load
from ..model import Line, Mention
from ..normalize import normalize
from ..numbers import parse_kanji
from ..rules.eras import era_regex
from . import quoted_years
from .fiscal_marks import elapsed_start, single
from .fiscal_marks import written as written_year
from .labels import LineInfo
from .page_stamps import page_stamp
from .unanchored_years import short_years_western, unanchored_base


@lru_cache(maxsize=1)
def _elided() -> re.Pattern[str]:
    """An era-less year of 年度: one or two digits with no era, digit, ordinal or letter before them (`第3年度`, `R5年度`,
    `2025年度` are not), and no count of years around them (fiscal_scope.json elided_counts: `5年度目`, `6年度ぶり`,
    `過去5年度で`, `3年度間`)."""
    counts = load("fiscal_scope")["elided_counts"]
    before = "".join(f"(?<!{re.escape(w)})" for w in counts["before"])
    after = "|".join(re.escape(w) for w in sorted(counts["after"], key=len, reverse=True))
    # (`3年度分の費用`: one numeral is a count; `23年度分が…`, `08年度分の`: a two-digit year's portion, its year; not
    # one of several, `24・25年度分`)
    portion = "|".join(re.escape(w) for w in counts["after_single"])
    single = rf"(?![\d{_KANJI}]\s?年度(?:{portion}))(?:(?<!・)|(?![\d{_KANJI}]{{1,3}}\s?年度(?:{portion})))"
    # (`令和6・7年度`: a list after an era's name is written; its later numbers stay the era-less years they were)
    single += "(?:" + "".join(f"(?<!{re.escape(n + sp)})" for n in eras() if not n.isascii() for sp in ("", " ")) + r"|(?!\d{1,2}・))"
    stages = "|".join(re.escape(w) for w in load("roles")["stage_marks"])
    # (`28補正地方創生拠点整備交付金`, `29当初…`: a compilation's year written before its stage word, 年度 left out)
    # (`24=5億834万円`: a year keyed to its figure; not one of several keys, `25・26=各3億円`; `24・25年度`: a span)
    keyed = r"(?<!・\d)(?<!・\d\d)((?:・\d{1,2})*)(?=\s?=\s?各?\s?\d)"
    # (`十三年度要求額`: a speech's kanji year, read as digits; the `N年度` form alone: _number)
    return re.compile(rf"(?<![\d.,A-Za-z第同{_KANJI}百千〇]){before}{single}(\d{{1,2}}|[{_KANJI}]{{1,3}})"
                      rf"(?:((?:・\d{{1,2}})*)\s?年度(?!{after})|(?=(?:{stages}))|{keyed})")


#: the kanji numerals an era-less year is written in (`十三年度`, `五十六年度`)
_KANJI = "一二三四五六七八九十"


def _number(e: re.Match[str]) -> int | None:
    """The era-less year a match writes: its digits, or its kanji numeral before 年度 (not before a stage word or a key)."""
    n = e.group(1)
    if n.isdigit():
        return int(n)
    # (the era's count, `十三`, `五十六`, `九`; not positional digits, `一一年度` beside `二〇一二年度`: a paper's short
    # Western year, whose reading moved a request's figures off its year in a way not yet traced)
    return parse_kanji(n) if "年度" in e.group(0) and (len(n) == 1 or "十" in n) else None


@lru_cache(maxsize=1)
def _written() -> re.Pattern[str]:
    return re.compile(era_regex("a"))


def _reach() -> int:
    return int(load("fiscal_scope")["elided_reach"])


def _anchor(m: Mention) -> tuple[int, int] | None:
    """(year, base) of a mention whose year is written with an era (base: the era's year 0) or four digits (base:
    its century)."""
    bound = m.min if m.min is not None else m.max  # (`2017年度までの期間`: an open span's bound is written all the same)
    if m.kind not in ("fiscal_year", "date") or bound is None:
        return None
    text = normalize(m.text).text
    found = _written().search(text)
    if found is None:  # (`昭和三十一`: a Diet record's year in kanji numerals, written with its era all the same)
        name = next((n for n in eras() if not n.isascii() and text.startswith(n)), None)
        return (int(str(bound)[:4]), eras()[name]) if name is not None else None
    if found.group("ag"):
        year = int(found.group("ag"))
        return year, year // 100 * 100
    name = (found.group("aera") or "").replace(" ", "")
    year = int(str(bound)[:4])
    return (year, eras()[name]) if name in eras() else None


def _fixes(info: LineInfo, m: Mention, anchor: tuple[int, int] | None) -> tuple[int, int] | None:
    """The anchor the mention fixes, but a page's stamp once an anchor is fixed (`平成22年 大野町の給与…` then
    `[2014年11月17日]`: the page was posted in 2014, its `21年度` is still 平成21; context/page_stamps.py)."""
    if elapsed_start(info, m):
        return None  # (`2006年の市町合併から20年`: an event's year, not the text's; its `20年度` is no 平成20 for it)
    return None if anchor is not None and page_stamp(info, m) else _anchor(m)


def _reading(n: int, anchor: tuple[int, int], spans: Sequence[tuple[int, int]] = ()) -> int | None:
    """The year `n` reads as under the anchor: in its era; under a four-digit year, in its century where a span of years
    the text writes holds that reading (`2021年度~30年度` then `30年度には11億円`: 2030, not 平成30) or it is within a
    document's reach, or within a plan's reach where no era's reading is (a run of years `2025年度 26年度 … 29年度`), else
    in the century or an era nearest to it (`2024年5月` then `5年度補正`: 令和5; `2020年` then `29年度決算`: 平成29); None
    when too far, or when two readings are as near."""
    year, base = anchor
    if base % 100:
        options = {base + n}
    else:
        century = min((base - 100 + n, base + n, base + 100 + n), key=lambda y: abs(y - year))
        options = {century} | {e + n for e in set(eras().values())}
        era_near = any(abs(y - year) <= _reach() for y in options - {century})
        far = abs(century - year) > int(load("fiscal_scope")["elided_century_reach"])
        if any(a <= century <= b for a, b in spans) or abs(century - year) <= _reach() or not (era_near or far):
            return century
    near = sorted((abs(y - year), y) for y in options if abs(y - year) <= _reach())
    if not near or len(near) > 1 and near[0][0] == near[1][0]:
        return None
    return near[0][1]


def _earlier(n: int, seen: Sequence[tuple[int, int]]) -> int | None:
    """`n` in the century of an earlier four-digit year, latest first, within a document's reach of it, where the nearest
    reads it as nothing (`2017年度の維持費`, then `1997年度の建設。17年度にかかった…`: 2017)."""
    readings = ((b + n + 100 * round((y - b - n) / 100), y) for y, b in reversed(seen))  # (the century's nearest reading)
    return next((r for r, y in readings if abs(r - y) <= _reach()), None)


def hidden(line: Line, start: int, end: int, year: int, last: int, source: str = "elided") -> Mention:
    """A fiscal year the context passes read at start..end of the line's normalized text, never published."""
    a, b = normalize(line.text).raw_span(start, min(end, len(normalize(line.text).text)))
    return Mention(doc="", kind="fiscal_year", text=line.text[a:b], min=year, max=last, unit=None, page=line.page,
                   line=line.line_at(a), line_index=line.index, start=start, end=end, raw_start=a, source=source)


def _covered(info: LineInfo, e: re.Match[str]) -> bool:
    """The match overlaps a mention of the line (by bisection: a long line stays linear, test_long_lines)."""
    spans = info.memo.get("elided_spans")
    if not isinstance(spans, tuple):
        ordered = sorted((m.start, m.end) for m in info.mentions)
        reach, ends = 0, []
        for _, end in ordered:  # the furthest end of the mentions starting up to each one
            reach = max(reach, end)
            ends.append(reach)
        spans = info.memo["elided_spans"] = ([s for s, _ in ordered], ends)
    starts, ends = spans
    k = bisect_left(starts, e.end())  # the mentions that start before the match ends
    return k > 0 and ends[k - 1] > e.start()


#: a span of fiscal years whose start is written in four digits (`(2021〜25年度)`, `2021年度~30年度`): its start fixes the
#: century
_SPAN = re.compile(r"((?:19|20)\d{2})\s*(?:年度)?\s*[〜~～\-－]\s*(\d{1,4})\s*年度")


def _span_anchor(infos: Sequence[LineInfo]) -> tuple[int, int] | None:
    """Where no mention fixes the century, a span of years that writes its start in four digits does (the span itself may
    be no mention: `(2021〜25年度)`, its end written short)."""
    for info in infos:
        found = _SPAN.search(info.norm) if "年度" in info.norm else None
        if found is not None:
            year = int(found.group(1))
            return year, year // 100 * 100
    return None


def _spans(infos: Sequence[LineInfo]) -> list[tuple[int, int]]:
    """The spans of years the text writes with a four-digit start (`2021年度~30年度`: 2021-2030), first and last year."""
    got = []
    for info in infos:
        for found in _SPAN.finditer(info.norm) if "年度" in info.norm else ():
            start, end = int(found.group(1)), int(found.group(2))
            end = end if end >= 1000 else start // 100 * 100 + end + (100 if start % 100 > end else 0)
            got.append((start, end))
    return got


#: a title's year written with its era and no mention of its own (a white paper's edition: `平成28年版 防災白書`)
_TITLE_YEAR = re.compile(r"(?P<era>[^\W\d_]{2})\s*(?P<n>\d{1,2}|元)\s*年版")


def _title_anchor(infos: Sequence[LineInfo]) -> tuple[int, int] | None:
    """The era the deck's title fixes by an edition's year (`平成28年版`): it stands before every line of the deck."""
    title = next((info.norm for info in infos if info.norm.strip()), "")
    found = _TITLE_YEAR.search(title)
    if found is None or found.group("era") not in eras():
        return None
    base = eras()[found.group("era")]
    return base + (1 if found.group("n") == "元" else int(found.group("n"))), base


def _read_near(n: int, anchor: tuple[int, int] | None, title: tuple[int, int] | None,
               spans: Sequence[tuple[int, int]]) -> int | None:
    """The year `n` reads as under the nearest anchor, else under the title's year (a white paper's `平成18年…決定` in its
    text does not move `28年度予算額` away from its edition's year)."""
    y = _reading(n, anchor, spans) if anchor is not None else None
    return y if y is not None or title is None else _reading(n, title, spans)


def _era_before(info: LineInfo, e: re.Match[str]) -> int | None:
    """The year 0 of a full era name written right before the number (`「昭和35年度`: a quoted title's year left open over a
    line break, no mention): the year is written, not era-less."""
    before = info.norm[max(0, e.start() - 3):e.start()].rstrip()
    return next((base for name, base in eras().items() if not name.isascii() and before.endswith(name)), None)


def read(lines: Sequence[Line], infos: Sequence[LineInfo], as_of_year: int | None = None) -> None:
    """Add every era-less fiscal year the text fixes the era of to its line's mentions (see the module's docstring);
    `as_of_year`: the run's reference year, for a text that fixes no era at all."""
    quoted_years.read(lines, infos)  # (`「平成23年度…計画」`: a quoted title's year, an anchor as any written year)
    first = next((a for info in infos for m in info.mentions if (a := _fixes(info, m, None)) is not None), None)
    title = _title_anchor(infos)
    anchor = title or first or _span_anchor(infos)
    if anchor is None and as_of_year is not None:
        _read_unanchored(lines, infos, as_of_year)
        return
    spans = _spans(infos)
    seen: list[tuple[int, int]] = []  # the four-digit years written so far (_earlier)
    for k, (line, info) in enumerate(zip(lines, infos)):
        info.memo["era_anchor"] = anchor  # (the era the text fixed before the line: reading_at)
        events: list[tuple[int, Mention | re.Match[str]]] = [(m.start, m) for m in info.mentions]
        events += [(e.start(), e) for e in _elided().finditer(info.norm) if not _covered(info, e)]
        if k and (broken := _broken_year(infos[k - 1], info, anchor, (title, spans))) is not None:
            info.memo["broken_year"] = hidden(line, *broken, broken[2])  # (added after the roles: add_broken)
        if len(events) == len(info.mentions):
            anchor = next((a for m in reversed(info.mentions) if (a := _fixes(info, m, anchor)) is not None), anchor)
            continue
        added: list[Mention] = []
        for _, ev in sorted(events, key=lambda x: x[0]):
            if isinstance(ev, Mention):
                anchor = _fixes(info, ev, anchor) or anchor
                seen += [anchor] if anchor is not None and anchor[1] == anchor[0] // 100 * 100 else []
            elif _keyed_label(info, ev):
                continue
            elif (n := _number(ev)) is not None and (y := _padded(ev, anchor) or _read_near(n, anchor, title, spans)
                                                     or _earlier(n, seen)) is not None:
                keys = ev.group(2) or ev.group(3)  # (`24・25年度分`, `25・26=`: several years, the span they make)
                last = _read_near(int(keys.rsplit("・", 1)[-1]), anchor, title, spans) if keys else y
                if last is not None and last >= y:  # (`25・26=各3億円`: a key of several years, none of them alone)
                    added.append(hidden(line, ev.start(), ev.end(), y, last))
        add(info, added)


#: the rest of a year's word that a line break cut off (`年度` opening the line)
_OPENS_YEAR = re.compile(r"\s*年度")
#: how much of the line above a year's number broken off its 年度 is asked (the number and what stands before it)
_TAIL = 12


def _broken_year(above: LineInfo, info: LineInfo, anchor: tuple[int, int] | None,
                 near: tuple[tuple[int, int] | None, Sequence[tuple[int, int]]]) -> tuple[int, int, int] | None:
    """(start, end) of the 年度 opening the line and the year it reads as, where a line break cut its number or its
    relative word off it (`三十` / `年度…`, `前` / `年度…`); None where none is, or it reads as nothing."""
    found = _broken(above, info)
    if found is not None:
        y = _read_near(found[2], anchor, *near)
        return None if y is None else (found[0], found[1], y)
    found = _broken_relative(above, info)
    return None if found is None or anchor is None else (found[0], found[1], anchor[0] + found[2])


def _broken_relative(above: LineInfo, info: LineInfo) -> tuple[int, int, int] | None:
    """A relative year's word whose head closes the line above and whose 年度 opens this one (`…に比較して、前` /
    `年度二百八十九億…`; anchors.json fiscal: `前年度`, `本年度`, `翌年度` …): (start, end) of the 年度 and its offset from the
    year the text fixed before it (the record's own). A head glued to a word before it (`…日本` / `年度`) is none."""
    head = _OPENS_YEAR.match(info.norm)
    tail = above.norm.rstrip()
    if head is None:
        return None
    for word, offset in load("anchors")["fiscal"].items():
        first = word.removesuffix("年度")
        before = tail[:-len(first)]
        if first != word and tail.endswith(first) and not (before and _GLUED.match(before[-1])):
            return head.end() - 2, head.end(), int(offset)
    return None


#: a character a relative word's head would be glued to (a kanji, a letter or a digit: `日本` / `年度` is no `本年度`)
_GLUED = re.compile(r"[\w々〆]")


def _broken(above: LineInfo, info: LineInfo) -> tuple[int, int, int] | None:
    """An era-less year whose number closes the line above and whose 年度 opens this one (a Diet record's short lines:
    `…に比較いたしますと、三十` / `年度一千五十一億…`): (start, end) of the 年度 on this line, and the number. Read as
    `_elided` reads a year on one line (the same words before and after it); a number the line above already holds in a
    mention (`昭和三十一` / `年度歳入歳出予算案`: a written year the rules joined over the break) is none."""
    head = _OPENS_YEAR.match(info.norm)
    if head is None:
        return None
    tail = above.norm.rstrip()
    cut = max(0, len(tail) - _TAIL)
    joined = tail[cut:] + info.norm[:head.end() + _TAIL]
    e = next((e for e in _elided().finditer(joined) if e.end(1) == len(tail) - cut), None)
    if e is None or "年度" not in e.group(0) or (n := _number(e)) is None:
        return None
    at = e.start(1) + cut
    if any(m.start < len(tail) and m.end > at for m in above.mentions):
        return None
    return head.end() - 2, head.end(), n


_LETTER = re.compile(r"[^\W\d_]")


def reading_at(info: LineInfo, n: int) -> int | None:
    """The year an era-less `n` on the line reads as, in the era the text fixed before the line (`平成22年 …` then
    `(22年4月1日現在)`: 2010); None where the text fixed none or the reading is too far (`read` keeps the anchors)."""
    anchor = info.memo.get("era_anchor")
    return _reading(n, anchor) if isinstance(anchor, tuple) else None


def _keyed_label(info: LineInfo, e: re.Match[str]) -> bool:
    """A number keyed to a figure by `=` that ends a word (`ケース2 = 3億円`, `案B2=5億円`): a label's number, no year
    (`▽市道改良 24=5億円`: a year stands apart, after a space, a mark or a comma)."""
    return e.group(3) is not None and e.start() > 0 and _LETTER.match(info.norm, e.start() - 1) is not None


def _padded_base(e: re.Match[str], year: int) -> int | None:
    """The year 0 of a year written with a leading zero (`09年度`, `08年度`): a Western year's last two digits (an era's
    count is never so written), in the century of `year`."""
    n = e.group(1)
    return year // 100 * 100 if len(n) == 2 and n.startswith("0") else None


def _padded(e: re.Match[str], anchor: tuple[int, int] | None) -> int | None:
    """A year written with a leading zero, read in the century of a four-digit anchor (`2008年` then `09年度`: 2009);
    under an era's anchor it is the era's count (`令和5年度` then `06年度`: system output's 令和06, 2024)."""
    western = anchor is not None and anchor[1] == anchor[0] // 100 * 100  # (an era's year 0 is never a century)
    base = _padded_base(e, anchor[0]) if anchor is not None and western else None
    return None if base is None else base + int(e.group(1))


def _read_unanchored(lines: Sequence[Line], infos: Sequence[LineInfo], reference: int) -> None:
    """A text with no era mention and no four-digit year: each era-less `N年度` from the one era that holds them all
    (unanchored_base; the `N年度` form alone: a stage word's or a key's number needs an era written); a number right
    after an era's name in that era."""
    found = [[e for e in _elided().finditer(info.norm) if "年度" in e.group(0) and not _covered(info, e)
              and _number(e) is not None] for info in infos]
    base = unanchored_base({_number(e) or 0 for info, got in zip(infos, found) for e in got
                            if _era_before(info, e) is None and _padded_base(e, reference) is None}, reference,
                           short_years_western(infos))
    for line, info, got in zip(lines, infos, found):
        read = [(e, b) for e in got if (b := _era_before(info, e) or _padded_base(e, reference) or base) is not None]
        add(info, [hidden(line, e.start(), e.end(), b + (_number(e) or 0), b + (_number(e) or 0)) for e, b in read])


def add_broken(infos: Sequence[LineInfo]) -> None:
    """Add the years `read` found broken over a line break (`三十` / `年度一千五十一億…`), once the outline is built: the
    line's 年度 dates the figure after it, yet it heads no section (a heading's year would take the line's figures as a
    budget's and the 年度 as their programme's name)."""
    for info in infos:
        found = info.memo.pop("broken_year", None)
        if isinstance(found, Mention):
            add(info, [found])


def add(info: LineInfo, added: list[Mention]) -> None:
    """Add hidden mentions to the line's, in order."""
    if added:
        info.mentions[:] = sorted(info.mentions + added, key=lambda m: m.start)
        info.__post_init__()  # the line's cached views (fiscal years, their starts) include them


def passed_eraless(info: LineInfo, head: int) -> set[int]:
    """The era-less years written before a figure's own words (`head`: after the figure ahead of it or its sentence's start):
    `21年度に設計を進めた北小は、工事費5861万円を計上。…中学校整備では、…工事費1500万円`: such a year dated an earlier
    clause, not this figure. Read once per line; each figure finds its share by bisection (a long line stays linear)."""
    got = info.memo.get("passed_eraless")
    if not isinstance(got, tuple):
        ends = sorted((f.end, y) for f in info.fiscal_years if (y := single(f)) is not None and not written_year(f))
        seen: list[set[int]] = [set()]
        for _, y in ends:
            seen.append(seen[-1] | {y})
        got = info.memo["passed_eraless"] = ([e for e, _ in ends], seen)
    ends_at: list[int] = got[0]
    sets: list[set[int]] = got[1]
    return sets[bisect_right(ends_at, head)]
