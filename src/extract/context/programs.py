"""Programme names from Sudachi tokens (split mode C, through spaCy's Japanese tokenizer): noun compounds that end
in 事業 / プログラム / 制度 / 基金 / タイプ …, with an optional bracketed acronym: `世界トップレベル研究拠点プログラム（WPI）`.

SudachiPy is not thread-safe, so each thread gets its own pipeline (`pipeline()`); nothing is built at import.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..dictionary import load
from ..model import Line

_local = threading.local()
# parts of a name: nouns, adjectival nouns, prefixes and suffixes (数詞 only inside, see _patterns)
_NAME_TAG = r"^(名詞-(普通|固有)|形状詞|接頭辞|接尾辞)"
_INNER_TAG = r"^(名詞|形状詞|接頭辞|接尾辞)"
_ACRONYM_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9\-]+$")


@dataclass(frozen=True)
class ProgramSpan:
    name: str
    start: int  # character offsets in the text given to find_programs
    end: int


def pipeline() -> tuple[Any, None]:
    """This thread's spaCy Japanese pipeline (Sudachi, split mode C), built on first use; the second
    element is kept for callers that unpack (nlp, matcher)."""
    if getattr(_local, "nlp", None) is None:
        import spacy

        _local.nlp = spacy.blank("ja", config={"nlp": {"tokenizer": {"split_mode": "C"}}})
    return _local.nlp, None


@lru_cache(maxsize=1)
def _suffix_regex() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, load("programs")["suffixes"])))


def might_name_program(text: str) -> bool:
    """Cheap pre-check so spaCy runs only on lines that could hold a name."""
    return _suffix_regex().search(text) is not None


@lru_cache(maxsize=1)
def _name_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    suffix = re.compile("(" + "|".join(map(re.escape, load("programs")["suffixes"])) + ")$")
    return re.compile(_NAME_TAG), re.compile(_INNER_TAG), suffix


def find_programs(text: str) -> list[ProgramSpan]:
    """Programme names in one line of text, left to right: a noun compound (Sudachi tokens, split mode
    C) whose first word is a noun, adjectival noun, prefix or suffix not written in hiragana, whose inner
    words are nominal, and whose last word ends in a programme word (事業, プログラム, 基金 …), with an
    optional bracketed acronym (`世界トップレベル研究拠点プログラム（WPI）`). At each start the longest
    match; overlapping matches keep the longer. (Matched on Sudachi's tokens directly: a spaCy Doc and
    Matcher gave the same spans at several times the cost.)"""
    if not might_name_program(text):
        return []
    first, inner, suffix = _name_regexes()
    toks = _token_tags(text[:2000])
    starts, pos = [], 0
    for surface, _ in toks:
        starts.append(pos)
        pos += len(surface)
    n = len(toks)
    spans: list[tuple[int, int]] = []
    for i, (surface, tag) in enumerate(toks):
        if not first.match(tag) or not surface.strip() or "\u3041" <= surface[0] <= "\u309f":
            continue
        best = None
        for k in range(i + 1, n):
            sk, tk = toks[k]
            if suffix.search(sk):
                e = k + 1
                if e + 2 < n and toks[e][0] in ("（", "(") and _ACRONYM_WORD.match(toks[e + 1][0]) \
                        and toks[e + 2][0] in ("）", ")"):
                    e += 3
                best = e
            if not (inner.match(tk) or not sk.strip()):  # a gap between words does not end a compound here
                break
        if best is not None:
            spans.append((i, best))
    taken: set[int] = set()
    kept: list[tuple[int, int]] = []
    for a, b in sorted(spans, key=lambda se: (se[0] - se[1], se[0])):  # longest first, then leftmost
        if not taken.intersection(range(a, b)):
            taken.update(range(a, b))
            kept.append((a, b))
    out = []
    for a, b in sorted(kept):
        start, end = starts[a], starts[b - 1] + len(toks[b - 1][0])
        name = re.sub(r"^[^\w（(]+", "", text[start:end]).strip()
        name = re.split(r"\s+", name)[-1]  # a name never spans a gap between text boxes
        if len(name) >= 4 and name not in load("programs")["suffixes"] and name not in load("programs")["generic"]:
            out.append(ProgramSpan(name, start, end))
    return out


# ----------------------------------------------------------------------------------------------
# Budget figures: which programme a reader would say a figure is for.
#
# 1. the item's own line: `○ 企業誘致活動強化事業　5,604,000 千円` (the name before the figure);
# 2. PDFs: the slide's title, set larger and near the top of the same page;
# 3. the nearest title-like line of the same slide (page) above or below the figure: a line that
#    is a noun phrase by itself (Sudachi tokens), not a sentence, a scheme-diagram label, a
#    referring word (`本事業`) or a section heading (`事業概要`).

#: a list number before a name (`1 交通環境の整備`, `2．…`), or a sub-item's small letter set apart from Japanese words
#: (`a 鉄道施設総合安全対策事業`, `B 地下鉄の耐震補強`, `ｃ．…`, `d) …`: a table's sub-rows under `(7) …`); a letter glued
#: to its word (`eラーニング`) or before Latin (`e Tax`) is part of the name
LIST_NUMBER = re.compile(r"^(?:[0-9０-９]{1,2}(?:[ \u3000]+|[.．](?![0-9０-９]))(?=[^\s\u30000-9０-９])"
                         r"|[a-zA-Zａ-ｚＡ-Ｚ](?:[ \u3000]+|[.．)）][ \u3000]*)(?=[^\x00-\x7f\s\u3000ａ-ｚＡ-Ｚ０-９]))")


@lru_cache(maxsize=1)
def class_rank() -> str:
    """A budget's class number and rank as a regex (`２款`, `第4項`, `第一目`: totals.json book_class_ranks): the heading of a
    class of the account (no_programme.py) and a table's rank column (mentions/label_names.py)."""
    ranks = "".join(load("totals")["book_class_ranks"])
    return rf"第?\s*(?:[0-9０-９]{{1,3}}|[一二三四五六七八九十]{{1,3}})\s*[{re.escape(ranks)}]"


_BULLETS = "○◯〇●・◆◇■□▶▷➢►*✓✔⚫◼⃝ "
_BRACKETED = re.compile(r"[(（〈<＜「『【][^()（）〈〉<>＜＞「」『』【】]*[)）〉>＞」』】]")
_ACRONYM = re.compile(r"[(（][A-Za-z][A-Za-z0-9\-]+[)）]")
_PAGE_NUMBER = re.compile(r"\d{1,3}|-\s?\d{1,3}\s?-|\d{1,3}\s?/\s?\d{1,3}")
_BRACKET_LINE = re.compile(r"[(（][^()（）]{1,20}[)）]")
_SENTENCE = re.compile(r"[。、，,:：;；!?？！→⇒※]|です|ます|した$|する$")
#: in a text deck a title may be this many non-blank lines from its figure
_WINDOW = 12


def _tags(text: str) -> list[tuple[str, str]]:
    return list(_token_tags(text))


@lru_cache(maxsize=4096)
def _token_tags(text: str) -> tuple[tuple[str, str], ...]:
    nlp, _ = pipeline()
    # the Sudachi tokenizer under spaCy's (split mode C): its tags as spaCy writes them (名詞-普通名詞-一般),
    # without building a Doc, which costs five times the tokenizing on a short line
    sudachi = nlp.tokenizer.tokenizer
    return tuple((mo.surface(), "-".join(p for p in mo.part_of_speech()[:4] if p != "*"))
                 for mo in sudachi.tokenize(text[:2000]))


def referring(name: str) -> bool:
    """`本事業`, `本交付金`, `同プログラム`, `当該事業`: words that point back to a name, not names."""
    return re.fullmatch(load("programs")["referring"], name) is not None


def is_name(text: str) -> bool:
    """A programme or measure name as a reader takes it from a title line: a noun phrase by itself
    (its last word a noun or a nominal suffix; no sentence punctuation, no gap between words), not
    a referring word and not a generic section heading."""
    core = _BRACKETED.sub("", text).strip()
    if not (2 <= len(core) <= 50) or len(text) > 70 or re.search(r"\s", text) or _SENTENCE.search(text):
        return False
    if referring(core) or core in load("programs")["generic"] or text in load("programs")["generic"]:
        return False
    if re.fullmatch(r"[\d\W_]+|[ -~]{1,5}", core):
        return False  # figures, or an agency's acronym alone (JST, AMED)
    tags = [(w, t) for w, t in _tags(core) if not t.startswith(("補助記号", "空白"))]
    if not tags or len(tags) < 2 and len(core) < 4:
        return False
    last, first = tags[-1][1], tags[0][1]
    if not (last.startswith(("名詞", "接尾辞")) and not last.startswith("名詞-数詞")):
        return False
    return not first.startswith(("助詞", "助動詞", "接続詞"))


def strong(name: str) -> bool:
    """A name that says it is a programme: a bracketed acronym or a programme word at its end."""
    core = _BRACKETED.sub("", name).strip()
    return bool(_ACRONYM.search(name)) or core.endswith(tuple(load("programs")["suffixes"]))


#: a bracketed note closing a name that lists the works it holds (`…災害復旧事業(応急工事、復旧工事設計委託等)`,
#: `(照明設備等復旧工事)`); not a part of the name (`JICA運営費交付金(技術協力)`)
_WORKS_NOTE = re.compile(r"\s*[(（][^()（）]{0,30}(?:、|，|等|など)[^()（）]{0,30}[)）]$")


def without_works(phrase: str) -> str:
    """The phrase without a bracketed note of works closing it, where what it leaves names a programme (`…災害復旧事業(応急工事、
    …等)に約8億円`: the programme `…災害復旧事業`); else the phrase as written."""
    bare = _WORKS_NOTE.sub("", phrase)
    return bare if bare != phrase and strong(bare) else phrase


# `約` set apart before a figure qualifies the figure (`・応援事業 約1億円`), it is no part of the name
_APPROX_TAIL = re.compile(r"[\s\u3000]+約$")


# a dot leader between an item and its figure (`・事業名…519万円`, `……`, `・・・`) is no part of the name
_LEADER_TAIL = re.compile(r"[\s\u3000]*(?:[…‥]+|\.{2,}|・{2,}|･{2,})[\s\u3000]*$")


# what the leader must hold: one scan for it spares most names the tail regex tried at each position
_LEADER_CHAR = re.compile(r"[…‥.・･]")


def clean_name(text: str) -> str:
    name = text.strip().lstrip(_BULLETS).strip()
    if "約" in name:
        name = _APPROX_TAIL.sub("", name)
    return _LEADER_TAIL.sub("", name) if _LEADER_CHAR.search(name) else name


def _size(line: Line) -> float:
    hs = sorted(b[3] - b[1] for b in (line.boxes or ()) if b is not None)
    return hs[len(hs) // 2] if hs else 0.0


def _top(line: Line) -> float:
    tops = [b[1] for b in (line.boxes or ()) if b is not None]
    return min(tops) if tops else 0.0


@dataclass(frozen=True)
class Title:
    name: str
    index: int  # the line it starts on


def line_title(lines: list[Line], i: int, plain: list[bool]) -> Title | None:
    """Line i as a title: by itself, or joined with the next line where a name runs over a line break
    (`地球規模課題対応国際科学技術` + `協力プログラム（SATREPS）`). `plain`: the line holds no
    mention other than counts (a title never states a figure or a year)."""
    if not plain[i] or lines[i].text.lstrip()[:1] in _BULLETS + "•":
        return None  # a bulleted line is a point of the slide's text, not its title
    text = clean_name(lines[i].text)
    if not text:
        return None
    if _continues(lines, plain, i, -1):
        return None
    j = i + 1
    if j < len(lines) and plain[j] and lines[j].page == lines[i].page and lines[j].text.strip() \
            and lines[j].text.lstrip()[:1] not in _BULLETS and len(text) + len(lines[j].text.strip()) <= 50 \
            and not _continues(lines, plain, j, 1) and not strong(text) and _runs_on(lines[i], lines[j]):
        joined = text + lines[j].text.strip()
        if strong(joined) and is_name(joined):
            return Title(joined, i)
    if j < len(lines) and _BRACKET_LINE.fullmatch(lines[j].text.strip()) and _runs_on(lines[i], lines[j]) \
            and not _continues(lines, plain, j, 1) and is_name(text):
        return Title(text + lines[j].text.strip(), i)  # the acronym on the next line: `…プログラム` + `（SATREPS）`
    if _continues(lines, plain, i, 1):
        return None
    if not strong(text) and len(text) < 8 or not is_name(text) or names_breakdown(text):
        return None
    return Title(text, i)


BOX_EDGES = "[]［］【】〔〕<>＜＞()（） 　"


def names_breakdown(text: str) -> bool:
    """A heading that names the breakdown of a figure (`[特定財源の内訳]`, `事業費内訳`): a label over the figure's
    parts (outline.json's breakdown_heads), not the name of a programme."""
    core = text.strip(BOX_EDGES)
    return core.endswith(tuple(load("outline")["breakdown_heads"]))


def _runs_on(a: Line, b: Line) -> bool:
    """PDFs: line b continues line a's text: the same type size, right below it. (Text decks: always.)"""
    if a.boxes is None or b.boxes is None:
        return True
    sa, sb = _size(a), _size(b)
    return abs(sa - sb) <= 0.1 * max(sa, sb) and 0 <= _top(b) - _top(a) <= 1.8 * max(sa, sb)


def _continues(lines: list[Line], plain: list[bool], i: int, step: int) -> bool:
    """Text decks: line i runs on into a neighbouring line of plain text (a wrapped sentence), so it
    is part of a paragraph, not a title standing by itself. (PDF lines have no blank lines between
    blocks: there the page title and bullets decide.)"""
    k = i + step
    if lines[i].page is not None or not 0 <= k < len(lines) or lines[k].page != lines[i].page:
        return False
    if lines[min(i, k)].text.rstrip().endswith(_SENTENCE_ENDS):
        return False  # a finished sentence runs on into nothing: the line after it may be the next block's title
    return bool(lines[k].text.strip()) and plain[k] and not _MARKER_ALONE.fullmatch(lines[k].text.strip())


_SENTENCE_ENDS = ("。", "．")
#: a list's marker alone on its line (a flattened slide's `①`, `・`, `(2)` set apart from its item): no paragraph's text
#: (a bracketed or dotted number, or a marker character; a bare number is a page number or a figure, no marker)
_MARKER_ALONE = re.compile(r"[①-⑳・•○●◎■□◆◇▶▷※]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[)）.．]")


@dataclass
class PageTitles:
    """PDFs: each page's title-like lines with their type size and position, found once per deck."""

    named: dict[int, list[tuple[float, float, Title]]]  # page -> (size, top, title) of programme names
    titled: dict[int, list[tuple[float, float, Title]]]  # page -> (size, top, title) of large titles on top


def page_titles(lines: list[Line], plain: list[bool]) -> PageTitles:
    by_page: dict[int, list[int]] = {}
    for k, line in enumerate(lines):
        if line.page is not None and line.boxes:
            by_page.setdefault(line.page, []).append(k)
    out = PageTitles({}, {})
    for page, same in by_page.items():
        tops = {k: _top(lines[k]) for k in same}
        sizes = {k: _size(lines[k]) for k in same}
        top0 = min(tops.values())
        bottom = max((b[3] for k in same for b in lines[k].boxes or () if b is not None), default=top0)
        ordered = sorted(sizes.values())
        body = ordered[len(ordered) // 2]
        for k in same:
            if not plain[k] or len(lines[k].text) > 80:
                continue
            t = line_title(lines, k, plain)
            if t is None or caption(t.name):
                continue  # a figure's or table's caption (`（図１）…事業`) names no page's programme
            t = Title(strip_ministry(t.name)[1], t.index)
            if strong(t.name) and not legend(t.name):
                out.named.setdefault(page, []).append((sizes[k], tops[k], t))
            elif sizes[k] >= body * 1.2 and tops[k] <= top0 + (bottom - top0) / 3:
                out.titled.setdefault(page, []).append((sizes[k], tops[k], t))
    return out


@lru_cache(maxsize=1)
def _caption() -> re.Pattern[str]:
    return re.compile(load("programs")["caption"])


def caption(name: str) -> bool:
    """`（図１）…`, `表2 …`, `出典：…`: a caption, not a title."""
    return _caption().match(name) is not None


def legend(name: str) -> bool:
    """A chart legend or a table's column header (`一般型タイプ`, `…枠`): a name of a kind of grant, not of the
    page's programme; it is a page title only where it is the page's title."""
    return name.endswith(tuple(load("programs")["legend_endings"]))


@lru_cache(maxsize=1)
def _ministry_prefix() -> re.Pattern[str]:
    return re.compile(load("programs")["ministry_prefix"])


def strip_ministry(name: str) -> tuple[str | None, str]:
    """A ministry's name glued before a title (`厚生労働省介護人材確保推進事業`): (the ministry, the title).
    A name that reads on with a particle (`文部科学省の…`) keeps it."""
    m = _ministry_prefix().match(name)
    rest = name[m.end():].strip() if m else name
    if m is None or len(rest) < 4 or "\u3041" <= rest[0] <= "\u309f":
        return None, name
    return m.group("ministry"), rest


def page_title(lines: list[Line], i: int, titles: PageTitles) -> Title | None:
    """PDFs: the programme the figure's page is about. A title-like line of the page that says it is
    a programme (`戦略的国際共同研究プログラム（SICORP）`), the largest type first, then the nearest;
    else the page's title: the largest type in its top third, set larger than the body."""
    page = lines[i].page
    if page is None or lines[i].boxes is None:
        return None
    here = _top(lines[i])
    named = titles.named.get(page)
    if named:
        return min(named, key=lambda x: (-x[0], abs(x[1] - here)))[2]
    titled = titles.titled.get(page)
    return min(titled, key=lambda x: (-x[0], x[1]))[2] if titled else None


def ends_slide(text: str) -> bool:
    """A page number alone on its line (`12`, `- 12 -`, `12 / 30`): a text deck's slide ends there."""
    return _PAGE_NUMBER.fullmatch(text.strip()) is not None


def nearest_title(lines: list[Line], i: int, plain: list[bool]) -> Title | None:
    """The closest title-like line to line i on the same page (text decks: within _WINDOW non-blank
    lines), above or below; a name that says it is a programme wins over a closer plain one."""
    best: tuple[float, Title] | None = None
    for step in (1, -1):
        k, seen = i + step, 0
        while 0 <= k < len(lines) and lines[k].page == lines[i].page and seen < _WINDOW:
            if ends_slide(lines[k].text):
                break  # a page number alone on its line ends a slide (text decks keep them)
            if lines[k].text.strip():
                seen += 1
                t = line_title(lines, k, plain)
                if t is not None:
                    score = seen + (0 if strong(t.name) else 4) - (0.5 if step == 1 else 0)
                    if best is None or score < best[0]:
                        best = (score, t)
                    break
            k += step
    return best[1] if best else None
