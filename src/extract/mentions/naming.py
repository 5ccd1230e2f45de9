"""After roles and scope: the programme each budget figure belongs to, named from its line, its outline
owner or the deck's title (the `program` and `ministry` of amounts)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..context import outline as ol
from ..context import programs as progs
from ..context import respective, roles, row_cells, scope
from ..context.bracketed_names import bracketed_item
from ..context.column_kinds import labelled_item
from ..context.figure_lines import figure_lines, figure_owner, item_name
from ..context.inline_items import marked_item_name
from ..context.inline_names import boxed_above, broken_name, line_head, owner_before, paragraph_head
from ..context.inline_outline import item_name as inline_item
from ..context.labels import budget_label, label_role
from ..context.line_parts import local_body, office_bracket
from ..context.line_totals import sums_another
from ..context.ministry_figures import measure_name
from ..context.ministry_names import (
    after_ministry,
    block_ministries,
    bureau_ministries,
    lead_ministry,
    ministry_figure,
    ministry_total,
    named_ministry,
    row_ministry,
    tail_ministry,
)
from ..context.name_phrase import figure_label, label_word, noun_phrase, quoted_with_labels, uncut, year_only
from ..context.noted_items import between_figures, glossed_item, noted_item
from ..context.owned_figures import level_name, owned_name
from ..context.page_names import document_programme, label_led, title_whole
from ..context.programs import ProgramSpan
from ..context.prose_roles import appropriation_name
from ..context.prose_totals import labelled_whole, topic_name, unnamed_in_prose, unnamed_total
from ..context.prose_wholes import class_name
from ..context.quoted_names import kind_adverb_name, quoted_name, quoted_topic
from ..context.title_names import names_document
from ..context.topic_names import class_topic, paragraph_topic, segment_subject, topic_programme, year_series
from ..context.totals import total_words
from ..context.whole_clauses import budget_document, changed_work, label_owner, placed_work, spoken_work, without_place
from ..dictionary import load
from ..model import Line, Mention
from ..normalize import normalize
from .field_names import field_name
from .label_names import NUMBERING, heading_reach, label_alone, label_only, measure_heading, row_label, stage_heading, title_programme


def assign_programs(infos: list[roles.LineInfo], programs: list[list[ProgramSpan]]) -> None:
    """Each mention belongs to the closest programme named before it: on its own line, else on the
    nearest line above within `lines_above` non-blank lines (a slide's title or a block's heading)."""
    window = int(load("programs")["lines_above"])
    recent: list[tuple[int, str]] = []  # (non-blank line count when seen, name)
    seen = 0
    for info, names in zip(infos, programs):
        if info.norm.strip():
            seen += 1
        for m in info.mentions:
            before = [p.name for p in names if p.end <= m.raw_start]
            if before:
                m.program = before[-1]
            elif recent and seen - recent[-1][0] <= window:
                m.program = recent[-1][1]
        if names:
            recent.append((seen, names[-1].name))


def _item_name(line: Line, info: roles.LineInfo, m: Mention) -> str | None:
    """The name on an item line as written, up to its budget label if one follows
    (`海外特別研究員事業 令和６年度予算額（案） ：`)."""
    if roles.item_head(info, m) is None:
        if not scope.named_figure(info, m):  # `特別定額給付金給付事業(7,115,000千円)`: the name before the bracket
            return None
        name = progs.clean_name(line.text[:m.raw_start]).rstrip(" \u3000(（").strip()
        return name if len(name) >= 2 and not progs.referring(name) else None
    cut = min([f.raw_start for f in info.fiscal_years if f.start < m.start] + [info.amounts[0].raw_start])
    name = progs.clean_name(line.text[:cut]).rstrip(" \u3000:：").strip()
    if len(name) < 2 or progs.referring(name) or name in load("programs")["generic"] or _total_label(name):
        return None
    return name


def _total_label(name: str) -> bool:
    """A sheet's total row label (`(合計)`, `計`, `総額`) or a budget label alone (`要求額`, `予算額（案）`): the line
    states the sheet's programme's figure, it names none."""
    core = name.strip(progs.BOX_EDGES)
    label = label_role(core)
    return core in total_words()[1] or label is not None and not core[label[1]:].strip(progs.BOX_EDGES + "案:：")


#: a name never ends inside an open bracket: `住民税非課税世帯給付金(事業費` was cut at the figure in its bracket
_OPEN_TAIL = re.compile(r"[(（【][^()（）【】]*$")

#: a bracketed note after the name's colon, set before the figure (`住宅建設等支援補助事業:(被災者向け)8,900万円`): it says whom
#: the figure is for, no part of the programme's name
_FIGURE_NOTE = re.compile(r"[ \u3000]*[:：][ \u3000]*[(（][^()（）]{1,20}[)）]$")

@lru_cache(maxsize=1)
def _equated_tail() -> re.Pattern[str]:
    """An item's `=` before its figure, with the state's share said (`▽堤防の強化=国費640億円`, roles.json
    cost_bases.public): no part of the name."""
    return re.compile(r"[ \u3000]*[=＝][ \u3000]*(?:" + "|".join(load("roles")["cost_bases"]["public"]) + ")?$")


#: a `|` table's cell separators and the spaces beside them frame a cell: no part of the name it holds (`地方特例交付金 |`)
_CELL_EDGE = " \u3000|｜"

def _owner_name(tree: ol.Outline, m: Mention, owner: ol.Node | None, alone: bool = False) -> str | None:
    """The name of the item that owns the figure in the outline (its label boxes, markers and figure left out);
    a heading's only over a figure `alone` on its line (`(2)司書教諭講習の実施` over `21,433 千円(21,431 千円)`)."""
    if owner is None or owner.kind not in ("item", "heading") and not (owner.kind == "body" and owner.line_index != m.line_index):
        return None  # an item, the name line right above a figure alone (context/outline.py), or the heading over it
    # (`■拡充 「こども医療費助成事業」 3億円(対前年度+…)`: a label word and the quote around the name are no part of it)
    name = quoted_with_labels(label_word().sub("", _without_label_tail(tree.full_name(owner).strip())))
    # `■ 子育て支援事業 5,000万円`: a heading that states its own figure, a name (not a sentence that quotes one)
    own_line = owner.line_index == m.line_index and progs.is_name(name)
    if owner.kind == "heading" and (name in load("programs")["generic"] or progs.names_breakdown(name)
                                    or _total_label(name) or not (alone or own_line)):
        return None  # `（１）事業の概要`, `[特定財源の内訳]`: a section of the sheet, no programme
    return name if len(name) >= 2 and not progs.referring(name) else None


def _without_label_tail(name: str) -> str:
    """`文化財の保存・活用の推進 要求額`: a budget label set apart after the name says which figure follows, no part of it."""
    parts = re.split(r"\s+(?=\S+$)|(?=【[^【】]+】$)", name.strip(), maxsplit=1)  # (`感染拡大防止【補正額】`: a boxed label)
    return parts[0].strip() if len(parts) == 2 and len(parts[0].strip()) >= 2 and label_only(parts[1].strip("【】")) else name


#: what a line of figures alone may hold besides them
_FIGURE_LINE = re.compile(r"[\s　()（）\[\]【】:：|｜、,，]*")


def _figures_alone(info: roles.LineInfo) -> bool:
    """The line holds its figures and nothing but brackets and separators (`21,433 千円(21,431 千円)`);
    asked per figure, found once per line (a long line stays linear)."""
    known = info.memo.get("figures_alone")
    if isinstance(known, bool):
        return known
    rest, at = [], 0
    for x in info.mentions:
        rest.append(info.norm[at:x.start])
        at = max(at, x.end)
    rest.append(info.norm[at:])
    alone = bool(info.amounts) and _FIGURE_LINE.fullmatch("".join(rest)) is not None
    info.memo["figures_alone"] = alone
    return alone


def _title_after_label(tree: ol.Outline, infos: list[roles.LineInfo]) -> str | None:
    """A one-programme sheet's document title: its budget label, a space, then the programme it is about
    (`令和3年度当初予算 都市小河川改良費`); a title that goes on about the budget (`令和6年度 当初予算案の概要`) names none."""
    node = next((n for n in tree.nodes if n.kind == "title"), None)
    parts = re.split(r"[ \u3000]+", node.text.strip()) if node is not None else []
    if len(parts) >= 2 and names_document("".join(parts[1:])) and progs.strong(head := progs.clean_name(parts[0]).strip("「」『』")):
        return head  # `地域公共交通確保維持改善事業 令和8年度予算の概要`: the programme, then the document about its budget
    year_only = bool(parts) and re.fullmatch(load("program_names")["year_prefix"], normalize(parts[0]).text) is not None
    if node is None or budget_label(infos[node.line_index]) is None and not year_only:
        return None  # (`令和8年度 地域公共交通確保維持改善事業`: the year alone before the programme, as a label is)
    name = progs.clean_name(parts[-1])
    if len(parts) < 2 or "予算" in name or not progs.is_name(name) or progs.names_breakdown(name):
        return None
    return name


def _programme_heading(tree: ol.Outline, m: Mention, measure: bool = False) -> str | None:
    """The innermost heading or item over the figure that names a programme (`■子育て支援拠点整備事業`), else None;
    `measure`: any marked heading that reads as a name (`(1)国土強靱化の推進` over `28年度予算額` / `164百万円`: the figure's
    own label line under it says the money is the measure's), not a section of a sheet (`事業の概要`)."""
    node = tree.at(m.line_index, m.raw_start)
    for n in tree.chain(node) if node is not None else []:
        if n.kind in ("heading", "page_title", "item") and n.line_index != m.line_index:
            name = tree.full_name(n).strip()
            if measure and n.kind != "page_title" and n.marker and measure_heading(name) \
                    and name not in load("programs")["generic"] and not progs.names_breakdown(name):
                return name
            if measure and n.kind == "heading" and n.marker and not measure_heading(name):
                continue  # a section's sentence (`(3)奨学生へは…報告を求める。`): the label's money is the heading's over it
            return name if progs.strong(name) and progs.is_name(name) else None
    return None


def _label_heading(tree: ol.Outline, m: Mention, measure: bool = False) -> str | None:
    """The programme's heading over a label line's figure (_programme_heading), its ministry's box the figure's ministry
    (`【文部科学省】国際共同研究推進事業` over `令和6年度予算額 12億円`)."""
    name = _programme_heading(tree, m, measure)
    node = tree.at(m.line_index, m.raw_start)
    if name is not None and m.ministry is None and node is not None:
        m.ministry = next((n.ministry for n in tree.chain(node) if n.ministry), None)
    return name


def _labelled_heading(tree: ol.Outline, infos: list[roles.LineInfo], i: int, m: Mention) -> str | None:
    """The heading over a figure its budget label heads, the label beside it (`令和6年度予算額 3億円`) or alone on the line
    right above (`28年度予算額` / `164百万円` under `(1)国土強靱化の推進`; label_names.heading_reach: when any marked heading
    that reads as a name owns it, as over `【補正額】 2億7千万円` right under `⑴医療提供、検査体制の充実`)."""
    reach = heading_reach(tree, infos, i)
    return None if reach is None else _label_heading(tree, m, reach)


def _whole_or_heading(tree: ol.Outline, infos: list[roles.LineInfo], i: int, m: Mention, title: progs.Title | None) -> bool:
    """A figure no rule named that states a whole (`総額` then the figure alone; a sentence whose words name a whole,
    context/prose_totals.py: total_of, no programme's row), a sentence's figure its opening topic names (`保育所整備事業は、
    …円を計上`), or a sentence's figure under a programme's own heading or item (`■子育て支援事業` over `本事業の予算額は
    3,000万円です`: that programme's budget). Whether it settled the figure; else the title names it (the default)."""
    whole = labelled_whole(infos, i, m)
    if whole is None:
        if not unnamed_in_prose(infos[i], m):
            return False
        named = respective.work(infos[i], m) or topic_name(infos[i], m) or spoken_work(infos[i], m) or label_owner(infos[i], m)
        if named is not None:
            m.program = named
            return True
        if (ministry := ministry_figure(infos[i], m)) is not None and title is not None and title.index < i:
            m.ministry = m.ministry or ministry  # `厚生労働省が…80億円を要求` under its sheet's title: that programme's requester
        elif ministry is not None and (measure := measure_name(infos[i], m)) is not None:
            m.ministry = m.ministry or ministry  # `…老朽化対策では、国交省が5440億円`: the measure's figure, its requester
            if progs.is_name(measure) and not progs.referring(measure) and "予算" not in measure:
                m.program = measure  # (`今年度予算案では、国交省が…`: the budget is no measure; its title names it)
                return True
        elif ministry is not None:
            # `観光庁が670億円を計上` with no title over it (a title below names none of it): the ministry's budget
            m.program, m.total_of, m.ministry = None, ministry, m.ministry or ministry
            return True
        if title is not None and progs.strong(title.name):
            return False
        whole = unnamed_total(infos[i], m)
        heading = _programme_heading(tree, m)
        if heading is not None or whole is not None:
            m.program, m.total_of = (heading, None) if heading else (None, whole)
            return True
        return False
    m.program, m.total_of = None, whole
    return True


def _phrase(infos: list[roles.LineInfo], i: int, m: Mention, name: str | None) -> str | None:
    """The name a rule found, as the noun phrase the figure is for (see name_budget_figures)."""
    info = infos[i]
    if name is None or label_only(name) or budget_document(name):  # `…強化には当初11億円`: the work before the particle
        name = kind_adverb_name(info, m) or placed_work(info, m) or name  # (`…は24年度予算案に500万円`: placed_work)
    if name is not None and figure_label(name) and not label_only(name):
        name = None  # `事業費 8億円` under `事業名：…事業`: the figure's label, no name (the field names it)
    if name is not None and not label_only(name):  # a label alone is settled later (label_names.settle)
        # the noun phrase alone (no particle, kind word or verb that ties it to the figure), uncut where a rule cut it at
        # a comma inside its own brackets or figures
        name = noun_phrase(without_place(uncut(info.norm[:m.start], _without_label_tail(name))))
    return broken_name(infos, i, name) if name is not None else None  # (`うち青年就農給` / `付金 122億円`: a line break)


def _topic_or_target(info: roles.LineInfo, m: Mention) -> str | None:
    """The programme a sentence opens with as its topic (`…整備事業として、…工事等に8億円`), unless the clause before the figure
    names a programme of its own (`…プログラムでは、受け入れ環境の整備事業に2億円`: that programme's figure)."""
    target = level_name(info, m) or appropriation_name(info, m)  # (`「…」が同7%増の4億円`: the programme whose level it is)
    if target is not None and progs.strong(target):
        return target
    return topic_programme(info, m) or class_topic(info, m, target) or target  # (`…は工事費で…`: the topic's)


def _cleaned(m: Mention, owner: ol.Node | None, name: str | None) -> str | None:
    """A name as a rule found it without a table's cell edges, numbering, a label word, a figure's note and a ministry's
    column read into it (`厚生労働省 保育人材確保対策事業`: the figure's ministry)."""
    if not name:
        return name
    name = label_word().sub("", NUMBERING.sub("", _OPEN_TAIL.sub("", name).strip(_CELL_EDGE))) or None
    name = _equated_tail().sub("", _FIGURE_NOTE.sub("", name)) or None if name else name
    if name:
        lead, name = lead_ministry(name)
        tail, name = tail_ministry(name)  # `交通安全施設等の整備(国土交通省)`: a table row label's ministry column
        m.ministry = m.ministry or lead or tail
        parts = name.split(maxsplit=1)  # `提案内容 在パラオ…派遣等経費`: a field's label set apart before the name
        name = parts[1] if len(parts) == 2 and parts[0] in load("programs")["generic"] else name
        name = office_bracket().sub("", name) or name  # `企画事務費【企画政策課】`: the office in charge, no part of the name
        name = re.sub(load("program_names")["article_note"], "", name).strip() or name  # (`…の給付(定款第4条第1号)`)
    if owner is not None and owner.kind in ("item", "heading") and name and owner.name and name != owner.name \
            and name.endswith(owner.name):
        name = owner.name  # a marker the item line's own cleaning keeps (`① …`)
    return None if name and year_only(name) else name  # (`三十一年度一千九十六億円`: a year's total, no work's)


def _document_whole(m: Mention, name: str) -> bool:
    """A figure named by the budget document's title (`国土交通省関係 第3次補正予算の概要 1兆8,353億円`, context/title_names.py)
    states the document's whole: a total, no programme's row; so does a class of the account alone (`普通建設事業749億円`:
    context/prose_wholes.class_name). Whether it did."""
    if not names_document(name) and not sums_another(name) and not class_name(name):  # (`政策経費が2368億円`: a class)
        return False
    m.program, m.total_of = None, name
    return True


def _recipient_share(tree: ol.Outline, m: Mention, name: str) -> bool:
    """A figure named by a local body under a heading that breaks a programme down (`【電源立地地域対策交付金内訳】` over
    `鳥取市(佐治町):19,277千円`: outline.json breakdown_heads, local_body): one recipient's share of that programme, no
    row (a theme's breakdown into works keeps its rows). Whether it was."""
    node = tree.at(m.line_index, m.raw_start)
    heading = next((n for n in tree.chain(node) if n.kind == "heading" and n.line_index != m.line_index), None) \
        if node is not None else None
    if heading is None or not progs.names_breakdown(tree.full_name(heading)) or not local_body(name):
        return False
    m.program, m.total_of = None, "(breakdown)"
    return True


def _deck_ministries(lines: list[Line], infos: list[roles.LineInfo]) -> list[str | None]:
    """Per line, the ministry of the compilation's block it stands in, else the one its page's bureau box names (a
    one-programme sheet: context/ministry_names.py)."""
    pages = [line.page for line in lines]
    bureaus = bureau_ministries(infos, pages)
    return [block or bureaus.get(page) for block, page in zip(block_ministries(infos, pages), pages)]


def _title_whole(m: Mention, title: str) -> bool:
    """A title over an unnamed figure that names the budget document (_document_whole) or a stage of its making
    (`市長復活査定`: label_names.stage_heading): the figure is the whole, no programme's row. Whether it was."""
    if _document_whole(m, title):
        return True
    if not stage_heading(title):
        return False
    m.program, m.total_of = None, m.total_of or title
    return True


def _ministry_whole(m: Mention, name: str) -> bool:
    """A figure named by a ministry alone (`▽文科省3523億円`: context/ministry_names.py named_ministry) is that ministry's
    total: no programme's row, its ministry set. Whether it was."""
    if (whole := named_ministry(name)) is None:
        return False
    m.program, m.total_of, m.ministry = None, whole, m.ministry or whole
    return True


def _last_resort(infos: list[roles.LineInfo], i: int, m: Mention) -> str | None:
    """The name of a figure the item, label and phrase rules left unnamed: the words around it as a reader would take them
    (a quoted topic, a bracketed item, a field, the line's head, a box above), or its row's label in a table the text
    flattened one cell a line (context/row_cells.py)."""
    info = infos[i]
    return quoted_topic(info, m) or bracketed_item(info, m) or field_name(infos, i) or marked_item_name(info, m) \
        or owner_before(info, m) or line_head(info, m) or boxed_above(infos, i, m) or paragraph_head(infos, i, m) \
        or paragraph_topic(info, m) or between_figures(info, m) or _cleaned(m, None, row_cells.row_label(infos, i, m))


def name_budget_figures(lines: list[Line], infos: list[roles.LineInfo], tree: ol.Outline) -> None:
    """Programme and parent of every budget figure, as a reader finds them (context/programs.py):
    the item's own line, the page's title (PDFs), else the nearest title-like line of the same page.
    A heading that repeats an item's name lists that item's sub-items under it, until their figures
    add up to the item's (`外国人材活躍促進事業` then `○ 外国人材の確保　65,000 千円` …)."""
    plain = [all(x.kind == "count" for x in info.mentions) for info in infos]
    items: dict[str, int] = {}  # item name -> its figure
    parent: tuple[str, int] | None = None  # (programme, figure left to break down)
    titles: progs.PageTitles | None = None  # PDFs: each page's title-like lines, found on first need
    under_items = figure_lines(infos, tree)  # an item's cost on the line under its name
    blocks = _deck_ministries(lines, infos)  # per line: its compilation block's ministry, else its sheet's bureau box's
    for i, info in enumerate(infos):
        if plain[i] and info.norm.strip():
            head = progs.clean_name(info.norm)
            if head in items:
                parent = (head, items[head])
        for m in info.amounts:
            if m.role not in ("budget", "supplementary_budget"):
                continue
            m.ministry = m.ministry or row_ministry(info.norm, m.start) or after_ministry(info.norm, m.end) or blocks[i]
            if (whole := ministry_total(info.norm, m.start)) is not None:
                m.program, m.total_of = None, whole  # `文部科学省 計 9,780億円`: the ministry's total, no programme's row
                continue
            pdf = lines[i].boxes is not None
            owner = figure_owner(tree, infos, under_items, i, m, tree.owner(m.line_index, m.raw_start))
            labelled = owner is not None and owner.kind == "item" and bool(owner.labels or owner.ministry)
            name = year_series(info, m) or inline_item(info, m) or glossed_item(infos, i, m) or labelled_item(infos, i, m) \
                or item_name(tree, infos, under_items, i, m) \
                or (_owner_name(tree, m, owner) if pdf or labelled else None) or _item_name(lines[i], info, m) \
                or label_led(info, m) or noted_item(infos, i, m) or _owner_name(tree, m, owner, _figures_alone(info)) \
                or _labelled_heading(tree, infos, i, m) or row_label(info, m) or quoted_name(infos, i, m) \
                or segment_subject(info, m) or _topic_or_target(info, m) or owned_name(info, m)
            name = title_whole(tree, lines, i, _phrase(infos, i, m, _cleaned(m, owner, name)))
            changed = changed_work(info, m)  # `…事業費を前倒しで13億円を追加`: the named work's change, no supplementary's size
            m.total_of, name = (None, changed) if changed else (m.total_of, None if m.total_of else name or _last_resort(infos, i, m))
            if name is not None and (_document_whole(m, name) or _ministry_whole(m, name) or _recipient_share(tree, m, name)):
                continue
            if name is not None:
                m.program, m.ministry = name, m.ministry or ministry_figure(info, m)  # (`文部科学省は…高度化に180億円`)
                if parent is not None and isinstance(m.max, int) and m.max <= parent[1]:
                    m.parent = parent[0]
                    parent = (parent[0], parent[1] - m.max) if m.max < parent[1] else None
                else:
                    parent = None
                if isinstance(m.max, int):
                    items[name] = m.max
                continue
            if titles is None:
                titles = progs.page_titles(lines, plain)
            title = progs.page_title(lines, i, titles) or progs.nearest_title(lines, i, plain)
            if _whole_or_heading(tree, infos, i, m, title):
                continue
            if title is not None and _title_whole(m, title.name):
                continue
            m.program, ministry = title_programme(tree, lines, title) if title is not None \
                else (_title_after_label(tree, infos) or document_programme(tree, lines, i, label_alone(info)), None)
            m.ministry = m.ministry or ministry  # (named nowhere: None)
