"""A programme's name as the noun phrase a budget figure is for, without the words that tie it to the figure.

Whatever rule found a figure's name (its item line, its clause in prose, a heading), the words right before a figure
often carry the sentence around the name: the particle that says what the money goes to (`…助成金として`, `…推進に`),
the budget's kind used as an adverb (`…に当初`, `…に補正で`), a rounding (`…として約`), the verb of a sentence that
closes with the figure in brackets (`人件費を計上しました(…円)`, `…車両を購入します(…円)`), a quote around the name
(`大型予算を組み「…対策」に当初`). A reader names the programme by the noun phrase alone (GUIDE: the item's name as
printed, without list markers and the figure). One step for every name, read on Sudachi's tags (a particle is a tag,
not a character: `子ども` keeps its `も`); its words are data (programs.json name_phrase).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..dictionary import eras, load
from ..word_lists import alternation
from .labels import label_role
from .name_lists import listed_before, unpaired
from .programs import BOX_EDGES, _token_tags, clean_name, strong
from .stage_words import kind_words

#: list marks, dashes and list numbers set before a name (`- 会計年度任用職員の…`, `▽…`, `(1)…`, `①…`): no part of it
_LEAD = re.compile(r"^(?:[\-‐－―–—−・▽▼◎☆★※\s\u3000]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）](?![0-9０-９])|[①-⑳])+")
#: the particles that tie a phrase to what follows (case, topic, conjunctive); an adverbial one stays (`…事業など`)
_TIES = re.compile(r"^助詞-(?:格助詞|係助詞|接続助詞)")
#: a topic and its comma inside a phrase before a figure: the phrase is a sentence about the topic
_TOPIC_COMMA = re.compile(r"(?:については|では|は)[、，,]")
#: a list number and nothing else
_NUMBER_ONLY = re.compile(r"([(（]?[0-9０-９]{1,2}[)）.．]?)[\s\u3000]*(?:には|に|へ|で|は)?")
#: how many words may be taken off a name's end (each pass takes one particle, kind word or verb phrase)
_PASSES = 6


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    return dict(load("programs")["name_phrase"])


def _cut_verb(name: str, toks: tuple[tuple[str, str], ...]) -> str | None:
    """A phrase that ends with a verb (`人件費を計上しました`, `車両を購入します`): the object before its last `を`/`が`;
    a verb that only appropriates (roles.json prose.appropriate: `計上`) leaves the object alone (`人件費`), another
    action is kept as its noun (`…車両の購入`). None where no object stands before the verb."""
    at, cut = 0, None
    for k, (surface, tag) in enumerate(toks):
        if tag.startswith("助詞-格助詞") and surface in _words()["object_particles"]:
            cut = (at, k)
        at += len(surface)
    if cut is None or cut[0] == 0:
        return None
    obj, k = name[:cut[0]], cut[1]
    if _label_alone(obj):
        return None  # `予算を増額します`: the budget itself is the object, no work is named
    action = toks[k + 1] if k + 1 < len(toks) else None
    if action is None or not action[1].startswith("名詞-普通名詞-サ変"):
        return obj
    if any(action[0].startswith(v) for v in load("roles")["prose"]["appropriate"]):
        return obj
    return f"{obj}の{action[0]}"


def _appropriates(toks: tuple[tuple[str, str], ...]) -> bool:
    """The phrase ends with an appropriating verb (roles.json prose.appropriate: `計上する`, `充てる`, `盛り込む`)."""
    verbs = tuple(load("roles")["prose"]["appropriate"])
    last = toks[-1][0]
    before = toks[-2][0] if len(toks) > 1 else ""
    return last.startswith(verbs) or before.startswith(verbs) and toks[-2][1].startswith("名詞")


def _strip_tail(name: str) -> str | None:
    """The name without the particles, kind words, rounding and verb that tie it to the figure after it."""
    kinds = kind_words()
    for _ in range(_PASSES):
        name = name.rstrip(" \u3000、，,")
        # (a rounding word as written: the tagger may split `およそ`)
        compound = next((c for c in (*_words()["compound_particles"], *_words()["rounding"]) if name.endswith(c)), None)
        if compound is not None:
            name = name[:-len(compound)]
            continue
        toks = _token_tags(name) if name else ()
        if not toks:
            return None
        surface, tag = toks[-1]
        before = toks[-2][1] if len(toks) > 1 else ""
        # a kind word after a particle that ties (`…に当初`), not after `の` (`…経費の補正`: a noun phrase)
        adverb = surface in kinds and before.startswith("助詞") and toks[-2][0] != "の"
        if _TIES.match(tag) or surface in _words()["rounding"] or adverb:
            name = name[:-len(surface)]
        elif surface == "で" and before.startswith("名詞"):  # `…に補正で`: the copula's `で` after a noun ties as a particle
            name = name[:-1]
        elif tag.startswith("助動詞") or tag.startswith("動詞") and _appropriates(toks):
            # a sentence's finite verb (`…を購入します`, `…を計上しました`) or an appropriating one (`…を計上する`): the
            # object; with no object, the words as printed
            name = _cut_verb(name, toks) or name
            if _token_tags(name)[-1][1].startswith(("動詞", "助動詞")):
                return name
        elif tag.startswith("動詞"):
            return name  # `一時預かり`, `学び直し` (a verb's noun form), `子どもを守る` (a heading's own words): as printed
        else:
            return name
    return name


def quoted_with_labels(name: str) -> str:
    """`「町産材活用促進事業」継続事業・`: a quoted name with only label words beside it (program_names.json annotations:
    `新規`, `拡充事業`, `継続事業`) is the quote's words."""
    found = re.fullmatch(r"([^「」『』]*)[「『]([^「」『』]{2,})[」』]([^「」『』]*)", name)
    if found is None:
        return name
    rest = found.group(1) + found.group(3)
    for w in sorted(load("program_names")["annotations"], key=len, reverse=True):
        rest = rest.replace(w, "")
    return found.group(2).strip() if not rest.strip(" \u3000・･、，,:：()（）[]【】<>＜＞") else name


def _quoted(name: str) -> str:
    """A name the deck quotes at the phrase's end after words of the sentence (`大型予算を組み「漁業収入安定対策」`): the
    quote's words. After a noun the quote is part of the name (`梨「恵水」`, a brand of a product)."""
    if name.endswith(("」", "』")):
        opening = max(name.rfind("「"), name.rfind("『"))
        inner = name[opening + 1:-1].strip()
        lead = name[:opening].strip() if opening >= 0 else ""
        if opening >= 0 and len(inner) >= 2 and not any(q in lead for q in "「」『』") \
                and (not lead or not _token_tags(lead)[-1][1].startswith(("名詞", "接尾辞"))):
            return inner
    return name


#: a figure inside a name: what stands before it is another clause (`地域未来交付金11,722千円の対象となった…備品購入費`)
_FIGURE = re.compile(r"[△▲]?[0-9０-９][0-9０-９,，.．]*[ \u3000]*(?:千|百万|万|億|兆)*[ \u3000]*円")


#: an item's figure in brackets then the list's conjunction before the next item (`…工事(1億7千万円)や`)
_AFTER_BRACKETED_FIGURE = re.compile(r"^.*[(（][^()（）0-9０-９]*[0-9０-９][^()（）]*円[)）][ \u3000]*(?:や|と|及び|および|、)")


def _after_figure(text: str) -> str:
    """The words of a name after the figures and list conjunctions the sentence set before it: past the last figure of
    another programme (a grant that funds the work) and the relative clause it opens (`地域未来交付金11,722千円の対象と
    なった避難所用…費` -> `避難所用…費`), then past a conjunction that joins it to the item before (`及び…利用料等`)."""
    figures = list(_FIGURE.finditer(text))
    last = figures[-1] if figures else None
    # only a figure of another programme (`…交付金11,722千円の…`); a term of the work stays in its name (`1人あたり5千円の…事業`)
    if last is not None and last.end() < len(text) and strong(text[:last.start()].rstrip()):
        rest = text[last.end():]
        toks = _token_tags(rest)
        ends = [k for k, (_, tag) in enumerate(toks) if tag.startswith(("動詞", "助動詞"))]
        at = sum(len(w) for w, _ in toks[:ends[-1] + 1]) if ends else 0
        text = rest[at:] if len(rest[at:].strip()) >= 2 else rest
    listed = _AFTER_BRACKETED_FIGURE.search(text)
    if listed is not None and len(text) - listed.end() >= 4:
        text = text[listed.end():]  # `土木費の町道改良工事(1億7千万円)や町営住宅の改修工事`: the item after the last one listed
    for c in sorted(load("totals")["no_programme"]["expenditure_classes"], key=len, reverse=True):
        if text.startswith(c + "の") and len(text) - len(c) - 1 >= 4:
            text = text[len(c) + 1:]  # `土木費の町道改良工事`: the account's class the work is spent under, no part of its name
            break
    for w in sorted((*_words()["list_conjunctions"], *_words()["lead_adverbs"]), key=len, reverse=True):
        # (`うちわ製作事業`: hiragana after the word goes on with it, no adverb)
        if text.startswith(w) and len(text) > len(w) + 1 and not "\u3041" <= text[len(w)] <= "\u309f":
            return text[len(w):].lstrip(" \u3000、，,")
    return text


@lru_cache(maxsize=1)
def label_word() -> re.Pattern[str]:
    """A label box's word written without its box before the name (`新規 学校給食無償化事業`, `拡充　公民館改修事業`)."""
    words = sorted(load("outline")["label_words"], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(map(re.escape, words)) + r")[ \u3000]+(?=\S{2})")


def _after_purpose(text: str) -> str:
    """A programme's name after the purpose or capacity clause the sentence set before it (`生活者支援のためプレミアム付商品券
    …補助金`, `…対策としてLED照明設備を導入する…補助金`): the words after the last such clause where they end as a programme's
    name (programs.json suffixes); `…のための…` is part of the name."""
    for w in sorted(_words()["purpose_leads"], key=len, reverse=True):
        at = text.rfind(w)
        rest = text[at + len(w):].lstrip(" \u3000、，,") if at > 0 else ""
        if rest and not rest.startswith("の") and len(rest) >= 4 and strong(rest):
            return rest
    return text


#: a mark box before a name (`『新』`, `《新》`, `『レ』`, `【拡】`): a label word (outline.json label_words) or a letter boxed
#: before the name says the work is new, raised or expanded (a label box), never the start of its name (`『絆』…事業` keeps its
#: word); round brackets are left (`（仮称）…センター`)
_LEAD_MARK = re.compile(r"^[『《〈【［\[]([^『』《》〈〉【】［］\[\]]{1,4})[』》〉】］\]][ \u3000]*(?=\S{2})")
#: a mark box after a name: a quote-like box of a short code (`…まちづくり『3C』`: the deck's mark for a policy's theme)
_TAIL_MARK = re.compile(r"(?<=\S{2})[ \u3000]*[『《〈][0-9A-Za-z０-９Ａ-Ｚａ-ｚ]{1,3}[』》〉]$")
_LETTER = re.compile(r"[\u30a1-\u30faA-Za-zＡ-Ｚａ-ｚ]")
#: a boxed name and the label of its figure after it (`【配水施設整備事業】事業費:`): the box holds the programme's name
_BOXED_NAME = re.compile(r"^【([^【】]{2,})】[ \u3000]*([^【】]*)$")


def _without_marks(name: str) -> str:
    """The name without the mark boxes set around it (`『新』魅力ある公園整備`, `…の実施『3C』`, `…事業(新規)`: a label word
    in brackets after it), a count in brackets after it (`…修繕事業(13路線)`), and a boxed name without the figure's label
    after its box (`【…事業】事業費`)."""
    for _ in range(2):  # (`【新】『レ』…`)
        mark = _LEAD_MARK.match(name)
        if mark is None or not (mark.group(1) in load("outline")["label_words"] or _LETTER.fullmatch(mark.group(1))):
            break
        name = name[mark.end():]
    name = _TAIL_MARK.sub("", name)
    boxed = _BOXED_NAME.match(name)
    if boxed is not None and figure_label(boxed.group(2)):
        return boxed.group(1).strip()
    count = _COUNT_NOTE.search(name)
    if count is not None and _counted(count.group(1)):
        return name[:count.start()].rstrip()  # `町道維持修繕事業(13路線)`: how many it covers, a note, no part of its name
    for w in sorted(load("outline")["label_words"], key=len, reverse=True):
        for a, b in ("()", "（）"):
            if name.endswith(a + w + b) and len(name) > len(w) + 4:
                return name[:-len(w) - 2].rstrip()
    return name


@lru_cache(maxsize=1)
def _when() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A time written before a name (`来年1月から`, `25年内に`, `2019年1月から`): its leading clause up to the verb that makes
    it modify the name (`…から再開する`, `…全部施行予定の`), and a time's phrase inside a name (`昨年4月からの`)."""
    w = _words()["when"]
    # (`10月27日に市内で開く…`: a day with its month, no year, as a newspaper dates an event)
    time = rf"(?:{'|'.join(map(re.escape, w['relative']))}|(?:令和|平成)?[0-9０-９]{{1,4}}年度?" \
           rf"|(?=[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日))(?:[0-9０-９]{{1,2}}月)?(?:[0-9０-９]{{1,2}}日)?" \
           rf"(?:{'|'.join(map(re.escape, w['points']))})?"
    ends = "|".join(map(re.escape, sorted(w["clause_ends"], key=len, reverse=True)))
    # (`来年度の参議院選挙`, `令和7年度の…`: a relative time or a year with `の` alone before the name; not `100年の森…`)
    relative = "|".join(map(re.escape, w["relative"]))
    # (a PDF's text layer spaces the number from its era and counter: `平成 29 年度の…`)
    of = rf"(?:{relative}|(?:令和|平成|昭和)\s?[0-9０-９元]{{1,2}}\s?年度?|[0-9０-９]{{4}}\s?年度?|[0-9０-９]{{1,2}}\s?年度)の"
    return re.compile(rf"^(?:{time}(?:から|まで|に)?[^、。，,「」『』()（）]{{0,12}}?(?:{ends})|{of})"), \
        re.compile(rf"{time}(?:から|まで)の")


def _without_when(name: str) -> str:
    """The name without the time the sentence wrapped around it (`来年1月から再開する電気ガス料金への補助` -> `電気ガス料金への
    補助`, `…給与改定に伴う昨年4月からの遡及支給` -> `…給与改定に伴う遡及支給`): when a work starts is no part of its name."""
    lead, inner = _when()
    found = lead.match(name)
    if found is not None and len(name) - found.end() >= 4 and not _token_tags(name[found.end():])[0][1].startswith("助詞"):
        name = name[found.end():]
    cut = inner.sub("", name)
    return cut if len(cut) >= 4 else name


def _after_apposition(name: str) -> str:
    """A name after the clause that says what it is (`…引っ越した後の住まいである仙洞御所の改修費` -> `仙洞御所の改修費`,
    programs.json name_phrase appositions): the work is the noun phrase the clause describes, where it ends as a programme's
    or an expense's name (program_names.json name_endings)."""
    for w in _words()["appositions"]:
        at = name.rfind(w)
        rest = name[at + len(w):] if at > 0 else ""
        # (`重要事項であるサイバー空間の脅威への対処`: a short category word before the clause says what rank the work has)
        short = 0 < at <= _CATEGORY and _token_tags(name[:at])[-1][1].startswith("名詞")
        if len(rest) >= 4 and (strong(rest) or rest.endswith(tuple(load("program_names")["name_endings"])) or short):
            return rest
    return name


#: how long a category word before `である` may be (`重要事項`, `柱`, `目玉`)
_CATEGORY = 6


#: a bracket after a name that holds a number and a word (`(13路線)`, `(2か所)`)
_COUNT_NOTE = re.compile(r"(?<=\S{2})[(（]([0-9０-９][0-9０-９,，]*[^\s()（）0-9０-９]{1,4})[)）]$")


def _counted(text: str) -> bool:
    """A number and one counted noun (`13路線`, `4施設`, `2か所`), not a type (`3,500トン型`) or an ordinal (`2期`: programs.json
    name_phrase ordinal_counters)."""
    toks = _token_tags(text)
    return len(toks) == 2 and toks[0][1].startswith("名詞-数詞") and toks[1][0] not in _words()["ordinal_counters"]


def figure_label(text: str) -> bool:
    """The words only say which figure follows (`事業費`, `予算額:`, a budget's label alone), or there are none."""
    core = re.sub(load("program_names")["year_prefix"], "", text.strip(BOX_EDGES + ":：")).strip(BOX_EDGES)
    for w in sorted(_words()["label_qualifiers"], key=len, reverse=True):
        core = core.removeprefix(w)  # (`本年度事業費`, `令和8年度予算額`: the year's, however written)
    return not core or core in _words()["figure_labels"] or _label_alone(core)


def noun_phrase(name: str | None) -> str | None:
    """The noun phrase of a programme's name (see the module's docstring); None where nothing of a name is left, or
    what is left is a budget's label (`新規予算`, `補正`: the kind of money, no programme) or a generic heading."""
    if not name:
        return name
    number = _NUMBER_ONLY.fullmatch(name.strip())
    if number is not None:
        return number.group(1)  # `(1)`, `(2)に`: a list number alone refers back to its work (label_names.settle)
    text = _after_figure(label_word().sub("", _without_marks(_LEAD.sub("", clean_name(name)))))
    topic = _TOPIC_COMMA.split(text, maxsplit=1)
    if len(topic) == 2 and len(topic[0].strip()) >= 2:
        text = topic[0]  # `道路維持補修事業は、前年度を上回る`: the sentence's topic is the name, the rest a comparison
    stripped = _strip_tail(text)
    if stripped is None:
        return None
    core = _LEAD.sub("", _quoted(quoted_with_labels(_without_when(_after_apposition(_after_purpose(unpaired(stripped.strip()))))))).strip()
    if core and _token_tags(core)[0][1].startswith("助詞"):
        return None  # `は利用者の減少を受けて`: a phrase that opens with a particle is the tail of another, no name
    if len(core) < 2 or core in load("programs")["generic"] or _label_alone(core):
        return None
    return core


def _label_alone(text: str) -> bool:
    """The words are a budget's label and nothing else (`新規予算`, `当初`, `補正予算`)."""
    core = text.strip(BOX_EDGES)
    if core in kind_words():
        return True
    label = label_role(core)
    return label is not None and not core[label[1]:].strip(BOX_EDGES) and _all_label_words(core[:label[1]])


def _all_label_words(text: str) -> bool:
    """Every word before the label is a budget's label or qualifier (`新規`, `今回`), no name's (`子育て支援予算`)."""
    rest = text
    for w in sorted((*load("roles")["labels"], *_words()["label_qualifiers"]), key=len, reverse=True):
        rest = rest.replace(w, "")
    return not rest.strip(BOX_EDGES)


def particles(kind: str) -> str:
    """One of programs.json name_phrase's particle lists as a regex alternation, the longest first."""
    return "|".join(map(re.escape, sorted(_words()[kind], key=len, reverse=True)))


@lru_cache(maxsize=1)
def _clause_start() -> re.Pattern[str]:
    """Where a clause before a figure begins: a comma or stop (not a thousands comma), a topic or a target particle."""
    return re.compile(rf"(?<![0-9])[、，,。]|(?<=[0-9])[、，,。](?![0-9])|{particles('target_particles')}|{particles('topic_particles')}")


def uncut(before: str, name: str | None) -> str | None:
    """A name some rule cut at a comma inside its own brackets or figures (`10年度就役)の新造` of `大型巡視船1隻(3,500トン型,
    10年度就役)の新造に`) or inside a purpose clause (`ための補助事業` of `…価格を抑えるための補助事業に`): the whole phrase back
    to its clause's start, outside brackets and figures; else the name."""
    if not name:
        return name
    at = before.rfind(name)
    if at <= 0:
        return name
    if (listed := listed_before(before, at, name, _clause_start())) is not None:
        return listed
    inside_number = before[at - 1] in "、，," and at >= 2 and before[at - 2].isdigit() and name[0].isdigit()
    if not inside_number and _unbalanced(name) >= 0 and not name.startswith(_TAIL_OPENINGS):
        return name
    need, depth, start = -_unbalanced(name), 0, 0  # the open brackets the name's close brackets pair with
    for k in range(at - 1, -1, -1):  # back to the clause's start, outside brackets
        c = before[k]
        if c in _CLOSE:
            depth += 1
        elif c in _OPEN:
            need, depth = (need - 1, depth) if depth == 0 and need > 0 else (need, depth - 1)
        elif need == 0 and depth == 0 and not (inside_number and k == at - 1):
            found = _clause_start().match(before, k)
            if found is not None and found.end() <= at:
                start = found.end()
                break
    return before[start:at] + name


_OPEN, _CLOSE = "(（[［【", ")）]］】"
#: words a name never opens with: a rule that cut it there cut a purpose clause in two (`…価格を抑える` + `ための補助事業`)
_TAIL_OPENINGS = ("ための", "ために")


def _unbalanced(text: str) -> int:
    """The lowest bracket depth reached reading text left to right: below 0 where a close bracket has no open one."""
    depth, low = 0, 0
    for c in text:
        depth += (c in _OPEN) - (c in _CLOSE)
        low = min(low, depth)
    return low


@lru_cache(maxsize=1)
def _year_only() -> re.Pattern[str]:
    """A fiscal year and nothing else (`三十一年度`, `令和6年度`, `前年度`): an era name as written out (not `R`, `H`), or a
    relative year (anchors.json year_heads)."""
    names = alternation(n for n in eras() if not n.isascii())
    heads = "".join(map(re.escape, load("anchors")["year_heads"]))
    return re.compile(rf"(?:{names}?[\d０-９一二三四五六七八九十元]+|[{heads}])年度")


def year_only(name: str) -> bool:
    """The name is a fiscal year and nothing else (`三十一年度一千九十六億円`: a year's total, no programme's)."""
    return _year_only().fullmatch(name.strip()) is not None
