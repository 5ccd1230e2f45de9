"""A figure with no label on its own line takes what its column's header says (GUIDE: a year in a table's column header
sets the fy of the amounts in that column; a header says what its column is the way a label beside the figure does).
Two layouts of a table flattened to text, the header's cells one or a few a line:

- a header BLOCK over rows: the column headers stacked one cell a line, a column's year and its label often on two
  lines (`平成30年度` / `当初予算額` / `令和元年度` / `当初予算額` / … / `増減額` / `平成30年度` / `決算`), then rows that open
  with a name and hold their figures in column order, a figure's unit and note wrapped onto the lines after it
  (`(2) 交通安全施設等の整備 1,667,694` / `百万円` / `の内数※` / `1,785,752` / …). A column starts at a cell that writes a
  year, or at a cell after a column that is already labelled; the cells before the first column's (`事項`) name the
  rows. The k-th figure of a row is the k-th column's (the flattened text shows no empty cell: a row's figures fill
  its first columns);
- an EXECUTION block: no year, a budget's column beside what was collected or spent (`会計名 予算現額` / `A` / `収入済額`
  / `B` / `支出済額` / … / `執行率`, a half year's status): those columns' figures `other`, the budget's left to its scope;
- a LABEL CELL above a lone figure (`28年度予算額` / `164百万円`): the label line right above is the figure's header.

A column's label is read as every table's header cell is (context/column_header.py cell_kind: the role labels,
roles.json: `当初予算額` budget; its settlement and change words, `決算`, `増減額`: `other`); the year it writes is its figures'
fy. In a block, the budget column of the year before the block's latest budget year holds the previous year's budgets
(`previous_budget`); an older year's budget column keeps `budget` with its own year (a background year of the
comparison). A column whose header names no kind of money (`件数`, `金額(実績)` is a settlement's) gives no budget role.
Text decks only (a PDF's tables are read from its cells' boxes)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .column_header import PipeRow, cell_kind, previous_columns, under_headers, unit_only
from .fiscal_marks import single
from .labels import LineInfo, label_role
from .stage_marks import broken_cell

#: a header cell is a label, not a sentence
_CELL_MAX = 16
#: a header line of three cells, however widely spaced, is shorter
_LINE_MAX = 160
#: a row's name may be longer (`(4) 改築事業による交通安全対策(国土交通省)`)
_NAME_MAX = 48
#: the roles a column's figure may take from its header and replace (a figure's own line or a rule said nothing)
_OPEN = ("fallback", "under", "", "column", "scope")
_BUDGET = ("budget", "previous_budget", "supplementary_budget")


@dataclass
class _Column:
    year: int | None = None
    kind: str | None = None  # a budget role, "support" (a scale's), "settled" (a settlement's), "change", "ratio"


def _completes(before: str, cell: str) -> bool:
    """`当初` / `予算額`, `前年度` / `予算額`: a bare budget label (roles.json bare_budget_labels) finishing the cell before
    it, a stage or a relative year with no money noun of its own: one column's header over two lines."""
    bare = load("roles")["bare_budget_labels"]
    return cell in bare and cell_kind(before) in _BUDGET and not before.endswith(("額", *bare))


@lru_cache(maxsize=1)
def _marked() -> re.Pattern[str]:
    """A heading's or an item's marker opening a line (outline.json: `■令和5年度補正予算`, `○道路整備事業`): an outline's
    line, no table's cell."""
    o = load("outline")
    return re.compile("(?:" + "|".join((o["headings"]["square"], *o["items"].values())) + ")")


def _short(info: LineInfo) -> bool:
    """A line that may hold header cells: no figure, no sentence, no outline marker, one to three words of a cell's
    length."""
    if info.amounts or len(info.norm) > _LINE_MAX or "|" in info.norm or "。" in info.norm:
        return False  # (a long line is passed over at once)
    if _marked().match(info.norm.lstrip()):
        return False
    words = info.norm.split(None, 3)
    return 0 < len(words) <= 3 and all(len(w) <= _CELL_MAX for w in words)


def _cells(info: LineInfo) -> list[tuple[str, int | None]]:
    """The header cells of a short line (its words, each with the year it writes)."""
    out: list[tuple[str, int | None]] = []
    for w in re.finditer(r"\S+", info.norm):
        years = {y for f in info.fiscal_years if w.start() <= f.start < w.end() and (y := single(f)) is not None}
        out.append((w.group(), years.pop() if len(years) == 1 else None))
    return out


def _columns(cells: list[tuple[str, int | None]]) -> list[_Column] | None:
    """The columns of a header block's cells, in order (see the module's docstring), where two at least write a year."""
    cols: list[_Column] = []
    for n, (text, year) in enumerate(cells):
        if year is None and _COLUMN_MARK.fullmatch(text):
            continue  # `A`, `(B)`, `B/A×100`: a column's mark or formula under its label, no column of its own
        kind = cell_kind(text)
        if kind == "change" and cols and cols[-1].kind == kind and cols[-1].year is None or unit_only(text):
            continue  # `比較` / `増減額`: one column's header over two lines; `(千円)`, `(%)`: its unit (`収入率` / `執行率`: two)
        if year is None and cols and n and _completes(cells[n - 1][0], text):
            continue  # `令和6年度` / `当初` / `予算額`: the stage's cell finished on the next line
        if year is not None or cols and cols[-1].kind is not None and kind is not None:
            cols.append(_Column(year, kind))
        elif cols and cols[-1].kind is None:
            cols[-1].kind = kind  # `平成30年度` / `当初予算額`: the year's cell, then its label's
        elif cols or kind is not None:
            cols.append(_Column(None, kind))  # `増減額` after a labelled column: a column of its own
    if not any(year is not None for _, year in cells):
        return _execution([text for text, _ in cells])
    if sum(c.year is not None for c in cols) < 2 or not any(c.kind is not None for c in cols):
        return None
    return _previous(cols)


#: a column's mark or formula written as a header cell of its own (`A`, `（B）`, `B/A×100`, `C=A-B`)
_COLUMN_MARK = re.compile(r"[(（]?[A-Za-zＡ-Ｚ](?:[/÷×*+\-－=:：][A-Za-zＡ-Ｚ0-9０-９.×]+)*[)）]?")


def _execution(cells: list[str]) -> list[_Column] | None:
    """A block that writes no year but sets a budget's column beside a settlement's or an execution's (`会計名 予算現額 /
    収入済額 / 支出済額 / 収入率 / 執行率`: a half year's execution status): its columns run from the first budget cell, each
    cell a column but a mark or a unit (the cells before it name the rows or caption the table). The executed, change and
    ratio columns' figures are `other`; a budget column gives nothing (its figures keep their scope's reading: a revenue
    line's estimate is no budget). None for any other block, or where a cell names no kind."""
    kinds = [cell_kind(c) for c in cells]
    first = next((k for k, kind in enumerate(kinds) if kind in _BUDGET), None)
    if first is None:
        return None
    cols = [kind for c, kind in zip(cells[first:], kinds[first:]) if not _COLUMN_MARK.fullmatch(c) and not unit_only(c)]
    if None in cols or "settled" not in cols:
        return None
    return [_Column(None, None if kind in _BUDGET else kind) for kind in cols]


def _previous(cols: list[_Column]) -> list[_Column]:
    """The budget column of the year before the latest budget column's holds the previous year's (as `前年度予算額`), and
    a previous year's column with no year that year (column_header.previous_columns)."""
    return [_Column(y, k) for k, y in previous_columns([(c.kind, c.year) for c in cols])]


def _name(info: LineInfo) -> bool:
    """The line opens a row: a name before its first figure, or a name alone (a row with no figure)."""
    cells = _row_cells(info, True)
    head = info.norm[:cells[0][0] if cells else len(info.norm)].strip()
    return bool(head) and len(head) <= _NAME_MAX and "。" not in head and bool(re.search(r"[^\d\s(),.（）]", head))


#: the rest of a figure wrapped onto its own line: its unit, an envelope's `の内数`, a note mark
_WRAP = re.compile(r"(?:[千百十]?万円|[千万億兆]?円)?の?(?:内数)?[※*＊]?[0-9０-９]?")


def _wrapped(info: LineInfo) -> bool:
    """A line that continues a row: its figures alone, or a figure's unit or note (`百万円`, `の内数※`)."""
    if info.amounts:
        return not info.norm[:info.amounts[0].start].strip()
    text = "".join(info.norm.split())
    return bool(text) and (_WRAP.fullmatch(text) is not None or all(_NUMBER.fullmatch(w) for w in info.norm.split()))


def _give(m: Mention, col: _Column, open_roles: tuple[str, ...] = _OPEN) -> None:
    if col.year is not None and (m.fy is None or m.role_source in open_roles):
        m.fy = col.year
    if col.kind is not None and m.role_source in open_roles and m.per is None and "at_most" not in m.qualifiers:
        m.role, m.role_source = (col.kind if col.kind in (*_BUDGET, "support") else "other"), "header"


def _block(infos: Sequence[LineInfo], i: int) -> tuple[list[_Column] | None, int]:
    """The columns of a header block starting at line `i` (None: no block) and the line after its cells."""
    j = i
    while j < len(infos) and _short(infos[j]):
        j += 1
    if j == i or j >= len(infos) or not _name(infos[j]) or not _row_cells(infos[j], True):
        return None, max(j, i + 1)  # (the first row: a name and its cells, mentions or bare)
    cells = [c for k in range(i, j) for c in _cells(infos[k])]
    return _columns(cells) or _scale(cells, len(_row_cells(infos[j], True))), j


def _scale_cell(text: str) -> bool:
    """A cell that names a project's scale as a whole (`事業規模`, GUIDE: `support`), for a block's cells and a `|` row's."""
    return (found := label_role(text)) is not None and found[0] == "support" and _whole(text)


def _scale(cells: list[tuple[str, int | None]], width: int) -> list[_Column] | None:
    """A block that writes no year and heads a column with a project's scale (`(財政支出) (事業規模)` over a package's
    pillars; GUIDE: 事業規模 is `support`): the last `width` cells (as many as the first row's figures; a caption or the
    rows' name before them) are the columns, the scale's figures `support`; None where a cell writes a year or none is a scale's."""
    if any(year is not None for _, year in cells):
        return None
    texts = [text for text, _ in cells if not _COLUMN_MARK.fullmatch(text) and not unit_only(text)][-width:]
    kinds = ["support" if _scale_cell(t) else None for t in texts]  # (a scale's column, the others' left to their reading)
    return [_Column(None, kind) for kind in kinds] if len(texts) == width >= 2 and any(kinds) else None


def _scale_header(row: PipeRow) -> list[bool] | None:
    """A `|` header row that writes no year and heads a column with a project's scale (`| 施策 | 予算額 | 事業規模 |`): which
    of its columns are the scale's, as `_scale` reads a block's cells; else None."""
    scale = [_scale_cell(c.label) for c in row.cells]
    return scale if any(scale) and all(c.year is None for c in row.cells) else None


#: a table cell of a figure: a number, signed or not (`▲1,075` is a cell though no mention), its unit may follow; not a
#: row's list number written against its name (`1)新型コロナ対策`)
_NUMBER = re.compile(r"[▲△+＋\-－]?(?![0-9０-９]{1,2}[)）][^\d\s])[0-9０-９][^\s]*")


def _figure_cell(word: str) -> bool:
    """A word that fills a figure's cell: a number, or a dash or `皆減` where the row has no figure in that column
    (table_words.json blank: `－`, `―`, `…`)."""
    word = word.split(None, 1)[0]  # (its unit written apart: `1,234 千円`)
    return _NUMBER.fullmatch(word) is not None or word in _blanks()


@lru_cache(maxsize=1)
def _blanks() -> frozenset[str]:
    """The dash cells as a line's text writes them (NFKC: `…` is `...`)."""
    return frozenset(unicodedata.normalize("NFKC", b) for b in load("table_words")["blank"])


def _row_cells(info: LineInfo, named: bool) -> list[tuple[int, int]]:
    """The spans of a row line's figure cells: the run of cells that ends a named line (`1 交通環境の整備 78,288 … ▲1,075
    51,058`: the row's number is its name's), every cell of a wrapped line. A unit written apart (`1,234 千円`) is its
    figure's cell."""
    words: list[tuple[int, int]] = []
    for w in re.finditer(r"\S+", info.norm):
        if words and unit_only(w.group()) and _NUMBER.fullmatch(info.norm[words[-1][0]:words[-1][1]]):
            words[-1] = (words[-1][0], w.end())
        else:
            words.append((w.start(), w.end()))
    first = len(words)
    while first > 0 and _figure_cell(info.norm[words[first - 1][0]:words[first - 1][1]]):
        first -= 1
    if named:
        return words[first:]
    # a wrapped line: its numbers; its dashes too where the line is cells alone (a note's `*` or `・` is no cell)
    return words if first == 0 else [w for w in words if _NUMBER.fullmatch(info.norm[w[0]:w[1]].split(None, 1)[0])]


def _rows(infos: Sequence[LineInfo], start: int, cols: list[_Column]) -> int:
    """Give the figures of the rows from line `start` their columns'; the line after the table. A row's k-th cell,
    mention or bare (`▲1,075`), is the k-th column's."""
    cells = 0
    j = start
    while j < len(infos):
        info = infos[j]
        named = not _wrapped(info)
        if named and not _name(info):
            break
        spans = _row_cells(info, named)
        cells = len(spans) if named else cells + len(spans)
        if cells > len(cols):
            break  # more cells than columns: no row of this table
        first = cells - len(spans)
        for m in info.amounts:
            k = next((first + n for n, (a, b) in enumerate(spans) if a <= m.start < b), None)
            # a cell holds one figure: a word of two (`4億2,000万円（3,000万円）`, an item and its change) is no cell
            if k is not None and sum(spans[k - first][0] <= o.start < spans[k - first][1] for o in info.amounts) == 1:
                _give(m, cols[k])
        j += 1
    return j


def _whole(cell: str) -> bool:
    """A label cell is its label and nothing more (`28年度予算額`, `前年度予算額(A)`), not a caption that names one
    (`補正予算額の推移`: a chart's title over its figures, stage_marks.bare_label's call too)."""
    found = label_role(cell)
    return found is None or found[1] >= len(re.sub(r"\s*[（(][^（）()]{1,4}[）)]$", "", cell.strip()))


#: a bracket after a figure holding its change against another year (`(平成27年度比▲260千円)`, `（前年度比 +1,200千円）`)
_CHANGE_BRACKET = re.compile(r"\s*[（(][^（）()]{0,16}?(?:比|増減|比較)\s*[:：]?\s*[▲△+＋\-－−][^（）()]*[）)]\s*")


def _lone(info: LineInfo) -> bool:
    """A line that is one figure, its unit and note wrapped after it, or followed by its change in a bracket (the change
    no cell of its own: `7,280千円 (平成27年度比▲260千円)`)."""
    if not info.amounts or not _wrapped(info):
        return False
    first = info.amounts[0]
    return len(info.amounts) == 1 or _CHANGE_BRACKET.fullmatch(info.norm, first.end) is not None


def _label_cells(infos: Sequence[LineInfo]) -> list[tuple[Mention, str, int | None, int | None]]:
    """Each lone figure under a label cell of its own that names a kind of money (`28年度予算額` / `164百万円`): the figure,
    the cell's kind, the year it reads (None: none read) and the year as written (`28`: an era-less year unread)."""
    out: list[tuple[Mention, str, int | None, int | None]] = []
    for k in range(1, len(infos)):
        info, above = infos[k], infos[k - 1]
        if not _lone(info) or above.amounts:
            continue
        text = above.norm.strip()
        two = broken_cell(infos[k - 2], above) if k >= 2 else None
        if two is not None and cell_kind(two) is not None and len(two) <= _CELL_MAX and " " not in two:
            text = two  # `前年度` / `予算額` / `80.8兆円`: the label cell broken over two lines
        kind = cell_kind(text) if text and len(text) <= _CELL_MAX and " " not in text and _whole(text) else None
        if kind is None:
            continue
        years = {y for f in above.fiscal_years if (y := single(f)) is not None}  # (a broken cell's fragment holds none)
        written = re.match(r"\D{0,4}?(\d{1,4})\s?年度", text)
        out.append((info.amounts[0], kind, years.pop() if len(years) == 1 else None, int(written.group(1)) if written else None))
    return out


def _label_above(infos: Sequence[LineInfo]) -> None:
    """A lone figure under a label cell of its own (`28年度予算額` / `164百万円`): the cell is its header; a budget cell of
    the year before the latest such cell's (`31年度当初予算要求額` … `30年度当初予算額`) holds the previous year's budget."""
    cells = _label_cells(infos)
    latest = max((w for _, kind, _, w in cells if kind == "budget" and w is not None), default=None)
    for m, kind, year, written in cells:
        if kind == "budget" and latest is not None and written == latest - 1:
            kind = "previous_budget"
        # the cell says last year's: a scope's budget role and year yield to it (`前年度予算額` over a title's year)
        open_roles = _OPEN if kind == "previous_budget" else _OPEN[:3]
        if kind == "previous_budget" and year is None and m.role_source in open_roles and m.fy is not None \
                and m.role != "previous_budget":
            year = m.fy - 1  # the scope's year was given before the cell said last year's
        _give(m, _Column(year, kind), open_roles)


def _one_cell(info: LineInfo) -> str | None:
    """The line's one cell (`予算現額 |`, `100億 437 |`, `44.1%`), else None."""
    text = info.norm.strip().rstrip("|｜").strip()
    return text if text and len(text) <= _CELL_MAX and "|" not in text and "｜" not in text else None


#: the most columns a table one cell a line is read with
_COLUMNS_MAX = 12


def _fits(infos: Sequence[LineInfo], row: int, n: int) -> bool:
    """Lines `row`… make a row of `n` cells: a name, then cells of one mention at most, a figure among them."""
    return row + n <= len(infos) and not infos[row].mentions and _one_cell(infos[row]) is not None \
        and all(_one_cell(infos[row + k]) is not None and len(infos[row + k].mentions) <= 1 for k in range(1, n)) \
        and any(infos[row + k].amounts for k in range(1, n))


def _rows_follow(infos: Sequence[LineInfo], row: int, n: int) -> bool:
    """The row at line `row` is one of a table's rows of `n` cells: a second row fits after it, or it is the table's one
    row, a figure in each of its cells and nothing one cell a line after it (`事業名` / `令和5年度予算額` / `前年度予算額` /
    `文化芸術振興事業` / `20,700千円` / `18,900千円`, then the deck's end or a sentence)."""
    if _fits(infos, row + n, n):
        return True
    after = row + n
    return all(infos[row + k].amounts for k in range(1, n)) and (after >= len(infos) or _one_cell(infos[after]) is None)


def _year(info: LineInfo) -> int | None:
    """The one year a header cell writes (`令和6年度予算額`), else None."""
    years = {y for f in info.fiscal_years if (y := single(f)) is not None}
    return years.pop() if len(years) == 1 else None


def _cell_rows(infos: Sequence[LineInfo], i: int) -> int:
    """A table one cell a line whose header names its columns' kinds and no year (`会計名 |` / `予算現額 |` / `収入済額 |` /
    `支出済額 |`, then `一般 |` / `100億 437 |` / …): each row as many lines as the header, its name first; the figure in a
    budget column takes that role, in a settlement's or a change's `other`. The header is the run's last cells before the
    first row's name, as many as make two rows fit (a title cell above it is no column). The line after the table."""
    j = i
    while j < len(infos) and not infos[j].amounts and _one_cell(infos[j]) is not None:  # (a header cell may write its year)
        j += 1
    first = max(i, j - 1 - _COLUMNS_MAX)
    cols = [_Column(_year(infos[k]), cell_kind(_one_cell(infos[k]) or "")) for k in range(first, j - 1)] if j - 1 - i >= 3 else []
    kinds = [c.kind for c in cols]
    if "budget" not in kinds:
        return max(j, i + 1)  # (each cell's kind read once: a run of cells is no table without a budget column)
    for n in range(3, min(_COLUMNS_MAX, j - 1 - i) + 1):
        header = [c.kind for c in cols[len(cols) - n:]]
        if header[0] is not None or "budget" not in header or not (_fits(infos, j - 1, n) and _rows_follow(infos, j - 1, n)):
            continue
        given = _previous([_Column(c.year, c.kind) for c in cols[len(cols) - n:]])  # (`令和6年度予算額` / `令和5年度予算額`)
        # `会計名`: the rows are accounts, each budget figure the whole of its account (no programme's row)
        accounts = any(w in (_one_cell(infos[j - 1 - n]) or "") for w in load("roles")["account_sides"]["account_ends"])
        row = j - 1
        while _fits(infos, row, n):
            for k in range(1, n):
                for m in infos[row + k].amounts:
                    if header[k] is not None:
                        _give(m, given[k], _OPEN if given[k].year is not None else _OPEN[:3])  # (its own year: firm)
                    if accounts and m.role == "budget":
                        m.total_of = m.total_of or _one_cell(infos[row])
            row += n
        return row
    return max(j, i + 1)


def apply(infos: Sequence[LineInfo]) -> None:
    """Give each figure with no label of its own the role and year its column's header states (module docstring)."""
    if any(info.page is not None for info in infos):
        return
    _label_above(infos)
    for m, scale in under_headers(infos, _scale_header):
        if scale:
            _give(m, _Column(None, "support"))  # (a `|` table's scale column, `| 項目 | 事業規模 | 財政支出 |`)
    i = 1  # a deck's first line is its title, no table's header cell (`令和6年度当初予算の概要`)
    while i < len(infos):
        if not _short(infos[i]):
            i += 1
            continue
        cols, j = _block(infos, i)  # (a run of short lines that heads no rows is passed over once: linear)
        i = _rows(infos, j, cols) if cols else j
    i = 0
    while i < len(infos):
        i = _cell_rows(infos, i) if not infos[i].mentions and _one_cell(infos[i]) is not None else i + 1
