"""Text tables flattened without `|` whose header states a fiscal year per column (GUIDE: a year in a table's column
header sets the fy of the amounts in that column), as context/fiscal_columns.py reads `|` tables:

- cells split by spaces, one row a line (`区分 令和5年度 令和4年度 前年度増減 前年度対比`, then `歳入総額 6,708,881千円
  7,037,601千円 △328,720千円 4.7%減少`): a row's name is its words before the run of numbers that ends it (`1 議会費`
  keeps its number), its other cells one per header cell after the header's first; the table ends at the first line
  that is no such row;
- one cell a line (`区分`, `令和6年度(A)`, `令和5年度(B)`, `増減額(C:A-B)`, then `一般会計`, `241億5,010万円`,
  `232億5,319万7千円`, …): the header runs from the cell before its first year to the cell before the first figure,
  and each row is as many lines as the header, its name first; the table ends at the first row not so made (the
  deck's last row may stop after its last year's cell).

Text decks only (a PDF's tables are read from its cells' boxes). A header cell is a bare year (`令和6年度(A)`,
`R5決算`), a bare relative year (`本年度`, `前年度(B)`: the year of the figure's scope moved by it,
dictionary/anchors.json fiscal) or a change's (`増減額(C:A-B)`, `比較`: roles.json column_change_words, the scope
year's change); a header holds two years at least and no figure, its bracketed column marks (`令和7年度 (A)`) joined
to the cell before them. A figure counts where its cell is the figure alone."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..dictionary import load
from ..word_lists import change_words
from .fiscal_marks import single, words
from .labels import LineInfo

#: a header cell's year: ("year", 2024) where it writes it (("settled", 2024) for a settlement's, `令和6年度決算`),
#: ("offset", -1) where it is relative (`前年度`), ("change", 0) for a change's column
Cell = tuple[str, int]
#: a figure's column: its header cell's (kind, n) and its row (the line its row starts on)
Column = tuple[str, int, int]

_WORD = re.compile(r"\S+(?:\s+[(（][A-Za-zＡ-Ｚ0-9０-９:：+＋\-－÷×]{1,8}[)）])*")
_DIGIT = re.compile(r"[0-9０-９]")
#: a header row has a few columns (a long line of years and words is running text, and read so it stays linear)
_HEADER_MAX = 16
#: a cell of its own that joins two years into a period
_RANGE_MARKS = ("～", "~", "〜", "-", "－", "―", "から", "まで")
#: a header cell of a table one cell a line is a label, not a sentence
_CELL_MAX = 16
#: a row's name one cell a line may be longer (`都市核地区土地区画整理事業特別会計`)
_NAME_MAX = 40
_SEP = "|"


def bare_year(info: LineInfo, a: int, b: int) -> int | None:
    """The year of a header cell (`令和5年度`, `R6決算`, `令和6年度(A)`: a fiscal year with a word or two at most), else None."""
    fys = [f for f in info.fiscal_years if a <= f.start < b]
    rest = info.norm[a:b]
    for f in sorted(fys, key=lambda f: -f.start):  # by its span: the mention's text is as written (`令和５年度`), not NFKC
        rest = rest[:f.start - a] + rest[min(f.end, b) - a:]
    bare = len(fys) == 1 and single(fys[0]) is not None and len(rest.strip()) <= words().bare_rest
    return single(fys[0]) if bare else None


def header_cell(info: LineInfo, a: int, b: int) -> Cell | None:
    """A header cell's year: a bare year, else a bare relative year (`本年度`, `前年度(B)`, `前年度当初`), else None."""
    year = bare_year(info, a, b)
    if year is not None:  # (`令和6年度決算`: a settlement's column, its figures `other`; roles.json settlement_words)
        settled = any(w in info.norm[a:b] for w in load("roles")["settlement_words"])
        return ("settled" if settled else "year"), year
    cell = info.norm[a:b].strip()
    for word, offset in sorted(load("anchors")["fiscal"].items(), key=lambda w: -len(w[0])):
        rest = re.sub(r"[\W_]", "", cell[len(word):])
        if cell.startswith(word) and len(rest) <= words().bare_rest and not re.search(r"[\u3041-\u309f]", rest) \
                and not _names_change(rest):
            return "offset", int(offset)
    ended = _month_end(info, a, b)
    if ended is not None:
        return "year", ended
    if len(cell) <= _CELL_MAX and _names_change(cell):
        return "change", 0  # `増減額(C:A-B)`, `比較`: the change of the scope year's figure
    return None


def _month_end(info: LineInfo, a: int, b: int) -> int | None:
    """A header cell of a balance at a month's end (`前期(3月)末`, `当期(9月)末`, `令和6年3月末`): the fiscal year that month
    falls in (April to March: March's end closes the year before), as a year's column dates its figures."""
    dates = [d for d in info.mentions if d.kind == "date" and a <= d.start and d.end <= b]
    iso = str(dates[0].min or "") if len(dates) == 1 and dates[0].min == dates[0].max else ""
    if not re.fullmatch(r"\d{4}-\d{2}", iso) or re.compile(load("fiscal_scope")["month_ended"]).match(info.norm, dates[0].end) is None:
        return None
    year, month = int(iso[:4]), int(iso[5:7])
    return year - 1 if month < words().start_month else year


def dated_columns(header: list[Cell | None]) -> bool:
    """Two cells of the header at least date their columns (a year, absolute or relative; a change's dates none)."""
    return len({y for y in header if y is not None and y[0] != "change"}) >= 2


def _dated(y: Cell | None) -> bool:
    return y is not None and y[0] != "change"


def _spaced_header(info: LineInfo) -> list[Cell | None] | None:
    if info.amounts or "|" in info.norm:
        return None
    cells = list(_WORD.finditer(info.norm))
    if len(cells) > _HEADER_MAX or any(w.group() in _RANGE_MARKS for w in cells):
        return None  # `計画期間 令和7年度 ～ 令和11年度`: a period, no header of columns
    out = [header_cell(info, w.start(), w.end()) for w in cells]
    return out if dated_columns(out) and out[0] is None else None


def _spaced_row(info: LineInfo, header: list[Cell | None]) -> dict[int, Column] | None:
    """id(figure) -> its column's year for a row under a spaced header, else None (no such row)."""
    words = list(_WORD.finditer(info.norm))
    first = len(words)  # the row's cells: the run of numbers that ends it (`1 議会費 1億円 …`: the 款's number is its name's)
    while first > 0 and _DIGIT.search(words[first - 1].group()):
        first -= 1
    if first == len(words) or first == 0 or len(words) - first != len(header) - 1:
        return None
    out: dict[int, Column] = {}
    for m in info.amounts:
        k = next((k for k, w in enumerate(words) if w.start() <= m.start < w.end()), None)
        if k is None or k < first:
            continue
        y = header[k - first + 1]
        if y is not None and words[k].group().lstrip("△▲-－+＋") == m.text.strip().lstrip("△▲-－+＋"):
            out[id(m)] = (*y, m.line_index)
    return out


def spaced_years(infos: Sequence[LineInfo]) -> dict[int, Column]:
    """id(amount) -> its column's year, for tables split by spaces (see the module's docstring)."""
    out: dict[int, Column] = {}
    header: list[Cell | None] | None = None
    pending = 0  # the cells of a row the page's text broke over lines, so far (0: no broken row open)
    for info in infos:
        if header is not None and (row := _spaced_row(info, header)) is not None:
            out, pending = out | row, 0
            continue
        if header is not None and (cells := _other_row(info, len(header) - 1, pending)) is not None:
            pending = cells  # (`給与・年金 41 22 18 30 26`, `365 344 313`: a row of counts, or one a page's text broke)
            continue
        header, pending = _spaced_header(info), 0
    return out


#: a cell of a row of counts or plain numbers under a spaced header (`41`, `1,234件`, `△5`)
_NUMBER_CELL = re.compile(r"[△▲\-－+＋]?[0-9０-９][0-9０-９,.，．]*(?:(?![年月日])[^\s0-9０-９]){0,2}")


def _other_row(info: LineInfo, n: int, pending: int) -> int | None:
    """A row of the table with no money (counts or plain numbers, at most one a column), or a piece of one that the
    page's text broke over lines: a short name at most, then numbers only; no sentence, no `|`. Returns the cells still
    open of a broken row (0: the row is whole), else None. A line of numbers alone, no name, is a piece only of a row
    broken above it, or a whole row (`790 557 460 455 411`); a lone `12` under the header or a whole row, or a
    page's number (`- 12 -`, `12頁`, `P.12`: fiscal_scope.json page_number), ends the table (the next page's rows)."""
    if info.amounts or _SEP in info.norm or "。" in info.norm or re.fullmatch(load("fiscal_scope")["page_number"], info.norm.strip()):
        return None
    words = [w.group() for w in _WORD.finditer(info.norm)]
    cells = [w for w in words if _NUMBER_CELL.fullmatch(w)]
    if not (0 < len(cells) <= n and len(words) - len(cells) <= 1 and all(_NUMBER_CELL.fullmatch(w) for w in words[-len(cells):])):
        return None
    if len(words) > len(cells):
        count = len(cells)  # a named row (`預貯金 648`), whole or broken
    elif pending and pending + len(cells) <= n:
        count = pending + len(cells)  # a piece of the row broken above (`439`, `365 344 313`)
    elif len(cells) == n:
        count = n  # a whole row with no name (a total's)
    else:
        return None
    return count % n


def header_line(info: LineInfo) -> bool:
    """The line is a spaced header row of years or a header cell of a year alone on its line."""
    return _spaced_header(info) is not None or _cell(info) is not None and not info.amounts and _dated(_line_cell(info))


def _span(info: LineInfo, most: int = _CELL_MAX) -> tuple[int, int] | None:
    """The span of the line's one cell (a label of `most` characters at most, no sentence), its closing `|` left out (a
    `|` table flattened one cell a line: `令和5年度(A) |`), else None. A header cell has no space; a row's name may."""
    text = info.norm.rstrip()
    if text.endswith(_SEP):
        text = text[:-1].rstrip()
    a = len(text) - len(text.lstrip())
    cell = text[a:]
    spaced = most == _CELL_MAX and " " in cell
    return (a, len(text)) if cell and len(cell) <= most and not spaced and _SEP not in cell and "。" not in cell else None


def _cell(info: LineInfo) -> str | None:
    span = _span(info)
    return info.norm[span[0]:span[1]] if span else None


def _name(info: LineInfo) -> bool:
    """The line may be a row's name: a label without figures (`都市核地区土地区画整理事業特別会計`)."""
    return not info.amounts and _span(info, _NAME_MAX) is not None


def _void(info: LineInfo) -> bool:
    """A line of such a flattened `|` table that holds no cell: an empty cell's `|` or the row of `---|---|`."""
    text = info.norm.strip()
    return bool(text) and not text.strip("|-: ")


def _alone(info: LineInfo, y: Cell | None = None) -> bool:
    """The line is one figure's cell: the figure alone, or in a change's column followed by a change word (`8億円増`)."""
    span = _span(info, _NAME_MAX) if len(info.amounts) == 1 else None
    if span is None:
        return False
    m = info.amounts[0]  # (its span on the line: a unit the deck's `(単位:万円)` supplied, `45億5,456万円`, is the figure's)
    cell, figure = info.norm[span[0]:span[1]], info.norm[m.start:m.end].strip()
    changes = change_words() if y is not None and y[0] == "change" else ()
    return cell == figure or cell.startswith(figure) and cell[len(figure):].strip() in changes


def _line_cell(info: LineInfo) -> Cell | None:
    span = _span(info)
    return header_cell(info, *span) if span else None


def stacked_years(lines: Sequence[LineInfo]) -> dict[int, Column]:
    """id(amount) -> its column's year, for tables one cell a line (see the module's docstring)."""
    kept = [k for k, info in enumerate(lines) if not _void(info)]  # (a `|` table's empty cells and rule rows hold none)
    infos = [lines[k] for k in kept]
    out: dict[int, Column] = {}
    i = 0
    while i < len(infos):
        year = _line_cell(infos[i]) if _cell(infos[i]) and not infos[i].amounts else None
        if not _dated(year) or i == 0 or _cell(infos[i - 1]) is None or infos[i - 1].amounts:
            i += 1
            continue
        start, end = i - 1, i
        while end < len(infos) and _cell(infos[end]) is not None and not infos[end].amounts:
            end += 1  # the header's cells and the first row's name
        header = [_line_cell(infos[k]) for k in range(start, end - 1)]
        n = len(header)
        if not dated_columns(header) or header[0] is not None:
            i = end
            continue
        row = end - 1
        while row < len(infos) and _name(infos[row]) \
                and all(row + j < len(infos) and _alone(infos[row + j]) for j, y in enumerate(header) if _dated(y)):
            out |= {id(infos[row + j].amounts[0]): (*y, kept[row]) for j, y in enumerate(header)
                    if y is not None and row + j < len(infos) and _alone(infos[row + j], y)}
            row += n
        i = max(row, end)
    return out


#: between a row's figures and after the last: spaces and the brackets around a figure (`(141億6,600万円)(147億4,800万円)`)
_BETWEEN = re.compile(r"[\s()（）]*")


def _year_header(info: LineInfo) -> list[int] | None:
    """A header row of years (`令和元年度平成30年度`, glued or spaced), no other cell between them; a corner label may stand
    before them and a change's cell after them (`寄付金総額令和4年度令和3年度前年度対比`: a text layer ran the cells together):
    its years."""
    if info.amounts or len(info.fiscal_years) < 2 or len(info.mentions) != len(info.fiscal_years) or _SEP in info.norm:
        return None
    years = [single(f) for f in info.fiscal_years]
    rest = "".join(info.norm[a.end:b.start] for a, b in zip(info.fiscal_years, info.fiscal_years[1:]))
    last, tail = info.fiscal_years[-1], info.norm[info.fiscal_years[-1].end:]
    if last.min is not None and re.match(load("fiscal_scope")["open_column_after"], tail):
        years[-1], tail = int(last.min), ""  # `令和6年度以降`: the last column's figures are its first year's
    corner = info.norm[:info.fiscal_years[0].start].strip()
    if corner and (len(corner) > _CELL_MAX or " " in corner or "。" in corner or not _changes(tail)):
        return None  # (a corner label only with a change's column after the years: the shape of a comparison table)
    if rest.strip() or tail.strip() and not _changes(tail) or None in years or len(set(years)) != len(years):
        return None  # (`令和6年度～令和10年度`: a period, no header)
    return [y for y in years if y is not None]


def _changes(tail: str) -> bool:
    """The cells after a header's years are a change's column (`前年度対比`, `増減`), nothing else."""
    cell = tail.strip()
    return 0 < len(cell) <= _CELL_MAX and " " not in cell and _names_change(cell)


def _names_change(cell: str) -> bool:
    """The cell names a change of the year's figure (roles.json column_change_words; `前年度増減`, `前年度対比`, `対前年度(A-B)`)."""
    return any(w in cell for w in (*load("roles")["column_change_words"], "比", "対前年"))


def _year_row(info: LineInfo, n: int) -> bool:
    """A row under such a header: a name (on the line before where it wrapped), then one figure a column and nothing
    else (`うち給水収益593億1,300万円595億5,400万円`) but a change's cell after them (`8,089,784円7,981,317円1.4%`,
    `14,850円皆増`)."""
    kind = "amount" if info.amounts else "count"  # (a row of counts, `寄付件数3,236件3,105件4.2%`, is a row all the same)
    a = [m for m in info.mentions if m.kind == kind]
    extra = [m for m in info.mentions if m.kind != kind]
    if not a or len(a) != n or any(m.kind != "percent" or m.start < a[-1].end for m in extra) or any(m.min != m.max for m in a):
        return False
    name = info.norm[:a[0].start].strip(" ()（）")
    gaps = [info.norm[x.end:y.start] for x, y in zip(a, a[1:])]
    tail = info.norm[a[-1].end:]
    return len(name) <= _NAME_MAX and "。" not in name and all(_BETWEEN.fullmatch(g) for g in gaps) \
        and (_BETWEEN.fullmatch(tail) is not None or _change_cell(tail, bool(extra)))


def _change_cell(tail: str, rate: bool) -> bool:
    """What follows a row's figures is a change's cell: its rate (`1.4%`, `△0.5%`), a change word (`増`) or a blank's mark
    (`皆増`, `－`: table_words.json blank)."""
    cell = tail.strip()
    return 0 < len(cell) <= _CELL_MAX and " " not in cell and "。" not in cell \
        and (rate or cell in change_words() or cell in load("table_words")["blank"])


def _label(info: LineInfo) -> bool:
    """A label line between a table's rows (`関連費用支出総額`, `〔役務費〕通信運搬費`): no mention, no sentence, no `|`."""
    text = info.norm.strip()
    return bool(text) and not info.mentions and len(text) <= _NAME_MAX and "。" not in text and _SEP not in text


def year_rows(infos: Sequence[LineInfo]) -> dict[int, Column]:
    """id(amount) -> its column's year, for rows under a header of years alone (no `区分` cell before them, the table
    glued by a page's text layer: `令和元年度平成30年度` over `水道事業収益663億9,600万円731億1,900万円`): the k-th figure of
    a row is the k-th year's; the table ends at the first line that is no such row."""
    out: dict[int, Column] = {}
    header: list[int] | None = None
    for info in infos:
        if header is not None and _year_row(info, len(header)):
            out |= {id(m): ("year", y, m.line_index) for m, y in zip(info.amounts, header)}
            continue
        if header is not None and 0 < len(info.amounts) < len(header) and _year_row(info, len(info.amounts)):
            continue  # a row with an empty cell (`森林環境税(国税) 1,000円`): which column is not told; the table goes on
        if header is not None and _label(info):
            continue  # a group's label between rows (`関連費用支出総額`): the table goes on
        header = _year_header(info)
    return out
