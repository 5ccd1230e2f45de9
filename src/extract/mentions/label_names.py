"""A programme name that is only a budget label, or that ends with one (`4年度補正`, `…の整備等に5年度予算`): the label
says which budget the figure is, not what it is spent on (GUIDE: `program` is the item's name, without labels).

- `…の整備等に5年度予算 7億円`: the work before `に` is the programme; the label after it is cut off.
- `…の整備等に5年度予算7億円、4年度補正614億円を計上`: a figure whose only name is a label, listed after another figure
  of its sentence, is another budget of that figure's programme (the gold READMEs' "one programme, two budgets":
  a year's budget and the last year's supplementary, the same programme name).
- An item line that lists several works with their figures (`○基本姿勢「…」☆A事業(4万円)☆B事業(749万円)`, `- A対策2500万円や
  B改良3700万円、C改良3000万円`): each figure is the work written right before it, after the figure before it and the last
  inline mark (`☆`, `▽`, a bracketed group label `「…」`), not the item's whole line.
- A `|` table's row (`| 新学校給食センター整備事業 | 12億3,000万円 | … |`): a figure in a later cell is the work its first
  cell names (a flattened 主な事業 table; classes and accounts in the first cell are no programme's: no_programme.py).
- A figure named by a list number alone (`…では、(1)に0.7億円、(2)に4.8億円`) refers back to the work the same number opened
  earlier on its line: the programme of the first budget figure after that number. A name that points back (`同経費`,
  `本事業`: programs.json referring) is the programme of the last budget figure named a few lines above or before it.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from ..context import outline as ol
from ..context import programs as progs
from ..context.labels import BUDGET_ROLES, LineInfo, label_patterns, label_role
from ..context.line_parts import strip_markers
from ..context.ministry_names import block_ministry
from ..context.name_phrase import figure_label, noun_phrase
from ..context.stage_marks import bare_label
from ..dictionary import load
from ..model import Line, Mention


@lru_cache(maxsize=1)
def _budget_number() -> re.Pattern[str]:
    """A budget's own number (`補正予算額(第1号)`, `第2次補正予算`): an ordinal of the label (GUIDE), no name; its
    counters are data (totals.json budget_number_counters)."""
    counters = "|".join(map(re.escape, load("totals")["budget_number_counters"]))
    return re.compile(rf"[(（]?第[0-9０-９一二三四五六七八九十]{{1,3}}(?:{counters})[)）]?")


def label_only(name: str) -> bool:
    """The name is a budget label and nothing else (`4年度補正`, `令和6年度当初予算額`, `補正予算額(第1号)`), a topic
    particle and the budget's own number aside."""
    core = _budget_number().sub("", name.strip()).strip().rstrip("はがで:：")
    return bool(core) and not label_patterns().part.sub("", core)


def without_label(name: str) -> str:
    """The name without a label after the work it names (`…の整備等に5年度予算` -> `…の整備等`)."""
    cut = label_patterns().tail.search(name)
    return name[:cut.start()].rstrip() if cut is not None and cut.start() >= 2 else name


_OPEN, _CLOSE = "(（", ")）"
#: what closes the figure before (its bracket, a list's comma or conjunction) or opens this figure (its bracket, `約`)
_SEGMENT_EDGES = re.compile(r"^[\s)）】、，,]*(?:や|と|及び|および)?|[\s(（【約:：]*$")


def _segment(info: LineInfo, start: int, m: Mention) -> str:
    """The work written right before figure m, from `start` (the figure before it ends there, or the line starts)."""
    text = _SEGMENT_EDGES.sub("", info.norm[start:m.start])
    text = strip_markers(text)[2] if start == 0 else text  # the line's own list marker (`- `, `○`)
    depth, cut = 0, 0
    for k, c in enumerate(text):  # the last mark outside brackets (`…化(エレベーター・スロープ…)`: no mark)
        depth += (c in _OPEN) - (c in _CLOSE)
        if depth == 0 and c in label_patterns().inline_marks:  # an inline mark opens a work's name
            cut = k + 1
    return text[cut:].strip()


#: a change rate (`6%増`, `3.1%減`): what a segment cut at a decimal's `・` leaves, no work's name
_CHANGE = re.compile(r"[0-9.]+\s*%\s*[増減]")


def split_shared(info: LineInfo) -> None:
    """Figures of one line that share one programme name (the item's) each take the work written before them, when every
    one of them has such a work (see the module's docstring)."""
    shared = [m for m in info.amounts if m.role in BUDGET_ROLES and m.program and not m.total_of]
    if len(shared) < 2 or len({m.program for m in shared}) != 1 or len(shared) != len([a for a in info.amounts if not a.total_of]):
        return
    names, start = [], 0
    for m in shared:
        segment = _segment(info, start, m)
        # a budget's name is a noun phrase (`「…事業」は…を受けて、` is none); a previous year's figure names nothing of its own
        names.append(segment if m.role == "previous_budget" else noun_phrase(segment) or "")
        start = m.end
    # (`事業費 8億円（前年度 2億円）`: a figure's label is no work of its own)
    # (`…対策では、国交省が21・6%増の5440億円、農水省が…`: a change rate after the measure is no work either)
    if all(2 <= len(n) <= 60 and "。" not in n and not label_only(n) and not figure_label(n) and not _CHANGE.match(n)
           for n in names) \
            and len(set(names)) == len(names):
        for m, n in zip(shared, names):
            m.program = n


#: a list's number set apart or closed by a period before the name (`1 子育て支援事業 1,200万円`, `3.意匠・商標の…`):
#: numbering, no part of the name

NUMBERING = progs.LIST_NUMBER

_NUMBER_ONLY = re.compile(r"[(（]\s*[0-9０-９]{1,2}\s*[)）]")


#: how many lines above a list number's figure the work it refers to may stand
_REFER_LINES = 3


def _referred(infos: list[LineInfo], i: int, m: Mention) -> str | None:
    """The programme a list number names (`(2)に4.8億円`): the first budget figure's after the number's first place, on the
    figure's line before it or a few lines above."""
    assert m.program is not None
    number = m.program.strip()
    for k in range(i, max(-1, i - _REFER_LINES - 1), -1):
        info = infos[k]
        end = m.start if k == i else len(info.norm)
        at = info.norm.find(number, 0, end)
        if at < 0:
            continue
        after = next((a for a in info.amounts if at < a.start < end and a is not m and a.role in BUDGET_ROLES), None)
        if after is not None and after.program and not _NUMBER_ONLY.fullmatch(after.program):
            return after.program
    return None


def named_above(tree: ol.Outline, m: Mention) -> str | None:
    """The name of the nearest item or heading above the figure's own segment that names a work (not a label alone, not
    the document's title): the figure named by its label alone is that work's budget."""
    owner = tree.owner(m.line_index, m.raw_start)
    for n in tree.chain(owner)[1:] if owner is not None else []:
        if n.kind in ("item", "heading") and n.name and not label_only(n.name):
            return None if stage_heading(n.name) else NUMBERING.sub("", n.name)
    return None


def stage_heading(name: str) -> bool:
    """A heading that names a stage of the budget's making (`財務部長復活査定`, `市長復活要求`: roles.json assessment's assessed
    and requested words at its end), no work: a label's figure under it is the budget's whole."""
    stages = load("roles")["assessment"]
    return name.strip().endswith((*stages["assessed"], *stages["requested"]))


def settle(infos: list[LineInfo], tree: ol.Outline) -> None:
    """Each budget figure's programme without a trailing label; a label-only name takes the programme of the budget figure
    before it in its sentence (the same line, no `。` between), else that of the item or heading it stands under, else it is
    the scope's whole budget."""
    last: tuple[int, str] | None = None  # (line, programme) of the last budget figure with a name of its own
    for i, info in enumerate(infos):
        split_shared(info)
        before: Mention | None = None
        prev_end = 0
        for m in info.amounts:
            if before is not None and "。" in info.norm[prev_end:m.start]:  # between consecutive figures: linear
                before = None
            prev_end = m.end
            if m.role in BUDGET_ROLES and m.program and _NUMBER_ONLY.fullmatch(m.program.strip()):
                m.program = _referred(infos, i, m) or m.program
            if m.role in BUDGET_ROLES and m.program:
                m.program = without_label(m.program)
                if label_only(m.program):
                    if before is not None:
                        m.program = before.program
                    elif (above := named_above(tree, m)) is not None:
                        m.program = above  # `○ 学校施設環境改善交付金` / `・令和7年度予算額 682億円`: the item's budget
                    elif not m.total_of:  # `・2025年度予算案額は7,436億円`: named by its label alone, no item above: the whole
                        m.total_of, m.program = m.program, None
            if m.role in BUDGET_ROLES and m.program and progs.referring(m.program.strip()):
                m.program = last[1] if last is not None and i - last[0] <= _REFER_LINES else m.program
            elif m.role in BUDGET_ROLES and m.program and not label_only(m.program):
                before, last = m, (i, m.program)


#: a `|` table's cells
_CELLS = re.compile(r"[|｜]")


def row_label(info: LineInfo, m: Mention) -> str | None:
    """The first cell of the `|` table row a figure stands in a later cell of (`| 事業名 | 予算額 |` rows, also flattened
    without the outer bars: `事業名 | 説明 | 予算額`), else None. A first cell that names a ministry alone (a compilation's
    `府省名` column: context/ministry_names.py) is the row's ministry: the name is the next cell."""
    bars, label, at = _row_cells(info)
    if (not bars or bars[0] > 0) and bisect.bisect_left(bars, m.start) < 2:
        return None
    return label if label is not None and at <= m.start else None  # (the figure in the first cell: no row label)


#: a cell that holds a list number alone (`(4)`, `12`, `③`, `ア`): a table's numbering column
_LIST_CELL = re.compile(r"[(（]?(?:[0-9０-９]{1,3}|[①-⑳]|[ア-ン])[)）.．]?")


def _row_cells(info: LineInfo) -> tuple[list[int], str | None, int]:
    """(where the line's bars stand, a leading bar as -1; its row label; where that label ends): read once per line (memo),
    so a long line is not split per figure."""
    known = info.memo.get("row_cells")
    if isinstance(known, tuple):
        return known
    text = info.norm
    bars = [b.start() for b in _CELLS.finditer(text)]
    if text.lstrip().startswith(("|", "｜")):
        bars[0] = -1  # (a row that opens with its bar: a row whatever stands before the figure)
    cells = _CELLS.split(text.strip().strip("|｜"))
    first = cells[0].strip() if cells else ""
    rank = re.fullmatch(progs.class_rank(), first) if first and len(cells) > 2 else None
    if first and len(cells) > 2 and (block_ministry(first) is not None or _LIST_CELL.fullmatch(first) or rank):
        first = cells[1].strip()  # (`| (4) | 主要な建設改良事業 | 507,186,000円 |`: a numbering column, the label next)
    at = text.find(first) + len(first) if first else -1
    bad = not first or "。" in first or re.fullmatch(r"[\d\W_]+", first)  # a sentence or a number: no row label
    label = None if bad else noun_phrase(first)
    # (`第1款 | 水道事業費用 | …`: a class's rank column, kept before the name so that it reads as the class it is)
    found = (bars, f"{rank.group()} {label}" if rank and label else label, at)
    info.memo["row_cells"] = found
    return found


#: how long a companion figure's own label may be (`前年度予算額`)
_COMPANION_LABEL = 8
#: what a line of figures may hold besides them and a label: brackets and separators
_FIGURE_CHARS = re.compile(r"[\s　()（）\[\]【】:：|｜、,，]*")
#: a companion figure's label that names its change against a stated year (`(平成27年度比▲4,030千円)`, `(R5年度比+2億円)`; the
#: year read as a mention of its own leaves `比`)
_YEAR_CHANGE = re.compile(r"(?:(?:令和|平成|昭和|R|H)?[0-9０-９元]{1,4}年度?)?(?:比|対比)[▲△＋+－-]?")


def label_alone(info: LineInfo) -> bool:
    """The line holds a budget label and its figures (`令和6年度予算額 3億円（前年度 2億円）` under `■ 道路新設改良事業`): the
    heading over it names them, as over figures alone; found once per line."""
    known = info.memo.get("label_alone")
    if isinstance(known, bool):
        return known
    head = info.norm[:info.amounts[0].start].strip(" \u3000・○●■□◆◇-－:：【】") if info.amounts else ""  # (`【補正額】`: a boxed label)
    alone = bool(head) and label_only(head) and _figures_alone_after(info)
    info.memo["label_alone"] = alone
    return alone


def measure_heading(name: str) -> bool:
    """A marked heading's words read as a measure's name: one noun phrase, or two or three joined by `、` (a package's
    measure that pairs its works: `医療提供、検査体制の充実`, `防災・減災、国土強靱化の推進`)."""
    parts = name.split("、")
    return len(parts) <= 3 and all(progs.is_name(p) for p in parts)


def heading_reach(tree: ol.Outline, infos: Sequence[LineInfo], i: int) -> bool | None:
    """How far the heading over a budget label's line i reaches: None when the line is no label line; True when any marked
    heading that reads as a name owns its figures (the label alone on the line above, label_above; the label beside them
    right under a marked heading or item line with no figure: `⑴医療提供、検査体制の充実` / `【補正額】 2億7千万円`, the label
    says which money, the heading what it is for; not a section of the sheet about the budget, `■要求のポイント`, programs.json
    document_words); False when only a programme's heading does (a label beside them)."""
    if label_alone(infos[i]):
        k = tree.by_line[i][0] - 1 if tree.by_line.get(i) else -1  # the last node of the line before (a line's are contiguous)
        above = tree.item_of(tree.nodes[k]) if k >= 0 and tree.nodes[k].line_index == i - 1 else None
        return above is not None and above.kind in ("heading", "item") and above.marker not in (None, "label") \
            and not above.figures and len(tree.by_line[above.line_index]) == 1 \
            and not tree.full_name(above).endswith(tuple(load("programs")["document_words"]))  # (`■要求のポイント`: a section)
    return True if label_above(infos, i) else None


def label_above(infos: Sequence[LineInfo], i: int) -> bool:
    """Line i holds its figures alone and the line right above holds a budget label alone (a white paper's measure block
    `28年度予算額` / `164百万円` one cell a line, a sheet's `予算額` over `3億円`): as a label beside its figure, the heading over
    both names them."""
    if i == 0 or not infos[i].amounts or infos[i].norm[:infos[i].amounts[0].start].strip(" \u3000・○●■□◆◇-－:："):
        return False
    above = infos[i - 1]
    label = above.norm.strip(" \u3000・○●■□◆◇-－:：")
    # (a section's bare label names no year: `事業予算額` / `20,700千円`, roles.json bare_budget_labels)
    return not above.amounts and (label_only(label) or bare_label(label, False) is not None) and _figures_alone_after(infos[i])


def _figures_alone_after(info: LineInfo) -> bool:
    """After the line's first figure: figures, brackets, separators and labels only (`（前年度 2億円）`), or the share of one
    source of its money (`(一般 9千万円)`: roles.json funding_shares)."""
    rest, at = [], info.amounts[0].start
    for x in info.mentions:
        if x.start >= at:
            rest.append(info.norm[at:x.start])
            at = max(at, x.end)
    rest.append(info.norm[at:])
    left = _FIGURE_CHARS.sub("", "".join(rest))
    role = label_role(left)  # (`（前年度 80億円）`: the companion's own label, as `前年度` or `前年度予算額`)
    return not left or label_only(left) or role is not None and role[1] == len(left) and len(left) <= _COMPANION_LABEL \
        or _YEAR_CHANGE.fullmatch(left) is not None or left in load("roles")["funding_shares"]  # (`(一般 9千万円)`)


#: a box opening a title (`【文部科学省】`, `【新規】`): a ministry's label or a label word, no part of the name
_LEAD_BOX = re.compile(r"^[\s\u3000]*【([^【】]{1,12})】[\s\u3000]*")


def title_programme(tree: ol.Outline, lines: list[Line], title: progs.Title) -> tuple[str, str | None]:
    """(the programme, its ministry) a page's title names: the boxes opening it peeled (`【新規】【文部科学省】GIGA…事業`, a box
    line joined to the name line under it), a ministry's name glued before it, else the title row's ministry box."""
    name, ministry = NUMBERING.sub("", title.name), None
    while (box := _LEAD_BOX.match(name)) is not None and len(name) > box.end() \
            and ((boxed := ol.ministry(f"【{box.group(1)}】")) or box.group(1) in load("outline")["label_words"]):
        ministry, name = ministry or boxed, name[box.end():]  # (`【特定事業】の概要`: a box that names, kept)
    glued, name = progs.strip_ministry(name)
    return name, ministry or glued or progs.strip_ministry(progs.clean_name(lines[title.index].text))[0] \
        or _title_ministry(tree, lines[title.index].page)


def _title_ministry(tree: ol.Outline, page: int | None) -> str | None:
    """A ministry's label box set beside a page's title (its own segment of the title's row)."""
    if page is None:
        return None
    return next((n.ministry or ol.ministry(n.text) for n in tree.nodes
                 if n.page == page and n.kind in ("title", "page_title") and (n.ministry or ol.ministry(n.text))), None)
