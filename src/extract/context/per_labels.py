"""A rate named at the head of a figure's label, not right before it (`各年の補助額:4百万円`, `年間の委託料:120万円`,
`1件当たりの補助上限額:500万円`): the label's first words say the figure is per year, per month or per project, the
noun after them what it is (GUIDE: per-recipient and per-period sizes carry `per`). The figure on the next line that
stands alone under it, a variant of the same size (`5.4百万円(15年リースの場合)` under `各年の補助額:4百万円(20年リースの
場合)`), is the same rate. Words as data (roles.json per_label_heads); a figure a rate was read for already keeps it.
Each line is read once.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..dictionary import load
from ..model import Mention
from .labels import LineInfo

#: a label is short: the rate's words, `の`, the noun, a colon
_LABEL_MAX = 24


@lru_cache(maxsize=1)
def _head() -> re.Pattern[str]:
    heads = load("roles")["per_label_heads"]
    alt = "|".join(re.escape(w) for w in sorted(heads, key=len, reverse=True))
    return re.compile(rf"^[\s・\-－]*(?P<w>{alt})\s*の\s*[^\s、。,，:：]{{1,12}}\s*[:：]\s*(?:約|最大)?\s*$")


@lru_cache(maxsize=1)
def _rate_of_cap() -> re.Pattern[str]:
    """A rate's words right before a grant's amount or cap word, inside a label (`税相当額年間上限額`, `1事業年度当たりの
    補助上限額`, `各年度の交付限度額`); not a count of years (`3年間の補助上限額`: the cap over three years)."""
    roles = load("roles")
    heads = "|".join(re.escape(w) for w in sorted(roles["per_label_heads"], key=len, reverse=True))
    caps = "|".join(re.escape(w) for w in sorted({*roles["support_own"], *roles["cap_terms"]["caps"]}, key=len, reverse=True))
    return re.compile(rf"(?<![0-9０-９一二三四五六七八九十数])(?P<w>{heads})\s*の?\s*[^\s、。,，:：()（）]{{0,4}}?(?:{caps})")


#: a list's label line is short
_LIST_LABEL_MAX = 48
#: a `|` table's rule under its header (`---|---|`)
_SEPARATOR = re.compile(r"[\s|｜:：\-－]+")
#: how many bracket-closed cells make a glued header
_GLUED_CELLS = 3


def _list_rate(info: LineInfo) -> str | None:
    """The rate a label line of its own (no figure) gives the rows under it: `補助金額(1事業年度当たりの補助上限額)` over
    `○オンサイト方式…22,000,000円`, a table's header `… 税相当額年間上限額` over its rows (per year)."""
    if info.amounts or len(info.norm.strip()) > _LIST_LABEL_MAX or "。" in info.norm:
        return None
    found = _rate_of_cap().search(info.norm)
    return load("roles")["per_label_heads"][found.group("w")] if found else None


@lru_cache(maxsize=1)
def _rate_words() -> dict[str, str]:
    """The rate words a header cell may end with (qualifiers.json per_prefix: `月額`, `年額`, `1人当たり`); a one-character
    period (`月`, `年`) names no column."""
    return {w: p for w, p in load("qualifiers")["per_prefix"].items() if len(w) >= 2}


@lru_cache(maxsize=1)
def _any_rate() -> re.Pattern[str]:
    """Any rate word: most lines hold none, and one search tells (a per-cell, per-word test of every line was slow)."""
    return re.compile("|".join(re.escape(w) for w in sorted(_rate_words(), key=len, reverse=True)))


def _cell_rate(cell: str) -> str | None:
    """The rate a header cell names: its bracket (`金額(月額)`, `保険料（年額）`) or its end (`支給月額`, `手当月額`)."""
    text = cell.strip(" |｜")
    inner = re.search(r"\(([^()]{1,8})\)\s*$", text)
    word = inner.group(1).strip() if inner else text
    return next((p for w, p in _rate_words().items() if word.endswith(w) and len(word) <= _LIST_LABEL_MAX), None)


def _glued(info: LineInfo) -> list[str] | None:
    """A header whose cells were glued with no space (`役職議員報酬(月額)期末手当(6月)期末手当(12月)年額`: an HTML table's
    text), cut after each closing bracket; None for any other line."""
    text = info.norm.strip()
    if info.amounts or not text or re.search(r"[\s|｜。]", text) or len(text) > 2 * _LIST_LABEL_MAX:
        return None
    cells = [c for c in re.split(r"(?<=[)）])", text) if c]
    return cells if len(cells) >= _GLUED_CELLS else None


def _glued_rates(infos: Sequence[LineInfo]) -> None:
    """The rows under a glued header (`議長382,000円991,672円991,672円6,567,344円`): where a row holds one figure per header
    cell, each figure takes its cell's rate (`(月額)` the first, `年額` the last, none for `期末手当(6月)`)."""
    rates: list[str | None] | None = None
    for info in infos:
        cells = _glued(info)
        if cells is not None:
            found = [_cell_rate(c) for c in cells]
            rates = found if any(found) else None
            continue
        if rates is None or not info.amounts or "。" in info.norm:
            rates = None if not info.amounts else rates
            continue
        if len(info.amounts) == len(rates):
            for m, rate in zip(info.amounts, rates):
                if m.per is None:
                    m.per = rate


def _header_rate(info: LineInfo) -> tuple[int, int, str, bool] | None:
    """A header of its own (no figure) with a cell that names a rate: (that cell's index, the header's cells, the rate,
    whether the header opens with a bar: only then may a row break over lines); a glued header is read cell by cell
    (_glued_rates)."""
    if info.amounts or "。" in info.norm or len(info.norm.strip()) > _LIST_LABEL_MAX or not _any_rate().search(info.norm) \
            or _glued(info) is not None:
        return None
    cells = [c for c in re.split(r"[|｜]" if "|" in info.norm or "｜" in info.norm else r"\s+", info.norm) if c.strip()]
    found = [(k, r) for k, c in enumerate(cells) if (r := _cell_rate(c)) is not None]
    if "|" not in info.norm and "｜" not in info.norm and any(_averages(cells[k]) for k, _ in found):
        return None  # `年平均` over a flattened table's lines: its column is lost, the total below is no average
    outer = info.norm.lstrip()[:1] in "|｜"
    return (found[0][0], len(cells), found[0][1], outer) if len(found) == 1 else None


def _averages(cell: str) -> bool:
    """The cell names an average (qualifiers.json per_own_line: `年平均`), a rate only its own column of a `|` table gives."""
    return any(w in cell for w in load("qualifiers")["per_own_line"])


def _column_figures(info: LineInfo, header: tuple[int, int, str, bool], carried: int) -> tuple[list[Mention], int]:
    """The figures of a row under a rate header that stand in its rate's column, and the `|` cell the row is in at the
    line's end: a `|` row's cell of the header's index, counted on from the line before where the row broke over lines
    (`| 第1段階 |` / `・生活保護受給者の方 |` / `基準額×0.257 |` / `18,600円 (軽減前:30,840円) |`: a line opening with `|` or a row
    whose cells are all told starts anew); a row under a header of one cell, all; under a spaced header whose last cell
    names the rate, the row's last figure outside brackets (`低所得1 住民税非課税世帯で…年収80万円以下のかた 0円`: the 80万円
    is another column's words). One walk of the line (a long line stays linear)."""
    k, n, _, _ = header
    bars = "|" in info.norm or "｜" in info.norm
    if not bars and n == 1:
        return list(info.amounts), 0
    if not bars and k != n - 1:
        return [], 0
    starts = {m.start: m for m in info.amounts}
    cell = -1 if info.norm.lstrip()[:1] in "|｜" else carried if carried < n else 0
    if not header[3]:  # a header with no outer bars (`区分 | 保育料(月額)`): each line is a row of its own
        cell = 0
    depth, out = 0, []
    for pos, ch in enumerate(info.norm):
        if ch in "|｜":
            cell += 1
        elif ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        m = starts.get(pos)
        if m is not None and (cell == k if bars else depth == 0):
            out.append(m)
    return (out, cell) if bars else (out[-1:], 0)


def _header_rates(infos: Sequence[LineInfo]) -> None:
    """A column header that names a rate (`上限額(月額)`, `| 保険料(年額) |`, `手当月額 |`) gives it to its column's figures,
    down to a sentence, a blank line, a heading of another money (`所得制限限度額`, table_words.json block_heads) or the next
    header (GUIDE: per-recipient and per-period sizes carry `per`)."""
    header: tuple[int, int, str, bool] | None = None
    carried, served = 0, False
    columns: tuple[int, ...] = ()
    for info in infos:
        text = info.norm.strip()
        if not text or "。" in text:
            header = None
            continue
        found = _header_rate(info)
        if found is not None:
            header, carried, columns, served = found, 0, (found[0], *_references(info, found[0])), False
            continue
        if header is None:
            continue
        if not info.amounts and "|" not in text and "｜" not in text:
            if text.endswith(tuple(load("table_words")["block_heads"]["tails"])):
                header = None  # a heading that names another money: what follows is another block's
            continue
        if not info.amounts and served and _SEPARATOR.fullmatch(text) is None \
                and len([c for c in re.split(r"[|｜]", text) if c.strip()]) >= max(2, header[1]):
            header = None  # a new table's full header row after the rows this one served (`| 区分 | 報酬 |`): its own rates
            continue
        served = served or bool(info.amounts)
        before = carried
        for k in columns:  # the rate's column, and the reference columns of the same measure right after it
            figures, carried = _column_figures(info, (k, *header[1:]), before)
            for m in figures:
                if m.per is None:
                    m.per = header[2]


def _references(info: LineInfo, k: int) -> tuple[int, ...]:
    """The `|` header's cells right after the rate's cell that give the same measure for reference (`| 給料月額 | (参考)類似
    団体の最高額 | (参考)類似団体の最低額 |`: the peers' monthly pay; table_words.json reference_heads)."""
    if "|" not in info.norm:
        return ()
    cells = [c.strip() for c in info.norm.split("|") if c.strip()]
    out: list[int] = []
    for j in range(k + 1, len(cells)):
        if not cells[j].startswith(tuple(load("table_words")["reference_heads"])):
            break
        out.append(j)
    return tuple(out)


def _bracket_rates(info: LineInfo) -> None:
    """A rate in brackets closing the figure's own label (`自宅通学(月額) 15,000円以内`): the label names the rate."""
    end = 0
    for m in info.amounts:
        label = info.norm[end:m.start].rstrip(" \u3000:：")
        end = m.end
        inner = re.search(r"\(([^()]{1,8})\)$", label)
        if m.per is None and inner is not None:
            m.per = _rate_words().get(inner.group(1).strip())


def _cell_rates(info: LineInfo) -> None:
    """A `|` row's cell that is a rate alone right before the figure's cell (`市長 | 月額 | 113万8000円 | 平成26年4月1日 |`,
    `農業委員 | 月額 | 3万8000円 |`): the row names its figure's rate (a one-character period names none, nor a rate the GUIDE
    has no per for: `補充員 | 日額 | 9600円 |`, qualifiers.json cell_per_none)."""
    if "|" not in info.norm:
        return
    none = set(load("qualifiers")["cell_per_none"])
    for m in info.amounts:
        head = info.norm[:m.start].rstrip()
        if m.per is not None or not head.endswith("|"):
            continue
        cell = head[head.rfind("|", 0, len(head) - 1) + 1:-1].strip()
        rate = _rate_words().get(cell)
        m.per = None if rate in none else rate


def apply(infos: Sequence[LineInfo]) -> None:
    """Set `per` of each amount whose label opens with a rate's words, and of the lone figure right under it; and of the
    rows under a list's label line that names a rate of a grant's cap; and of the figures under a header cell or beside a
    bracketed label that names a rate."""
    for info in infos:
        _bracket_rates(info)
        _cell_rates(info)
    _glued_rates(infos)
    _header_rates(infos)
    heads = load("roles")["per_label_heads"]
    above: str | None = None  # the rate of the line above's labelled figure
    listed: str | None = None  # the rate the label line over this list's rows gives
    for info in infos:
        if not info.norm.strip():
            continue
        if not info.amounts:
            listed = _list_rate(info)
        elif listed is not None:
            for m in info.amounts:
                if m.per is None:
                    m.per = listed
        rate, own, ends = None, None, 0
        for k, m in enumerate(info.amounts):
            label = info.norm[ends:m.start]
            ends = m.end
            found = _head().match(label) if len(label) <= _LABEL_MAX else None
            if found is not None:
                rate = own = heads[found.group("w")]
            elif k == 0 and above is not None and not label.strip():
                rate = above  # the lone variant under it
            else:
                continue
            if m.per is None:
                m.per = rate
        above = own if len(info.amounts) == 1 else None  # the line's own label: an inherited rate goes no further down
