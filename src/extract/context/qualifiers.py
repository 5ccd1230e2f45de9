"""Qualifiers written next to a mention (約, 最大, 程度, 以上, の内数 ...) and per-rates (／年・課題)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..dictionary import eras, load, words
from ..model import Mention


@lru_cache(maxsize=1)
def _tables() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    q = load("qualifiers")
    per = load("roles")["per"]

    def by_len(d: dict[str, str]) -> list[tuple[str, str]]:
        return sorted(((k, v) for k, v in d.items() if not k.startswith("_")), key=lambda kv: -len(kv[0]))

    # a rate after a slash: roles.json's (／年・課題) and the other periods (／月, ／人)
    more = {k.lstrip("/"): v for k, v in q.get("per_suffix", {}).items()}
    return by_len(q["prefix"]), by_len(q["suffix"]), by_len({**more, **per})


@lru_cache(maxsize=1)
def _per_prefix() -> tuple[list[tuple[str, str]], dict[str, str]]:
    q = load("qualifiers")
    table = sorted(q.get("per_prefix", {}).items(), key=lambda kv: -len(kv[0]))
    return table, dict(q.get("strict", {}))


@lru_cache(maxsize=1)
def _ends() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The prefix qualifiers' words and the per-prefix words, each for one `endswith` test of them all."""
    return tuple(w for w, _ in _tables()[0]), tuple(w for w, _ in _per_prefix()[0])


def prefix_per(text: str, start: int) -> str | None:
    """The rate written before an amount (`月額200,000円` -> month, `1回あたり 3万円` -> occasion), a
    qualifier (`月額最大`) or a colon may stand between; a one-character period (`月`, `年`) only where no
    digit precedes it (`4月 1万円` is a month's figure, not a monthly one)."""
    table, _ = _per_prefix()
    prefix, _, _ = _tables()
    head = text[max(0, start - 16):start].rstrip(" :")
    for word, _q in prefix if head.endswith(_ends()[0]) else ():
        if head.endswith(word):
            head = head[:-len(word)].rstrip(" :")
            break
    for word, per in table if head.endswith(_ends()[1]) else ():
        if head.endswith(word):
            if len(word) == 1 and head[-2:-1].isdigit():
                return None
            return per
    return None


def per_in_brackets(text: str, end: int) -> str | None:
    """`200,000円（月額）`: a rate word alone in the bracket right after the amount."""
    m = re.match(r"\s?\(([^()]{1,6})\)", text[end:end + 10])
    if m is None:
        return None
    return dict(_per_prefix()[0]).get(m.group(1).strip())


def strict_end(words: list[str]) -> str | None:
    """The end the written bound words exclude: `未満` -> max, `超` -> min (qualifiers.json `strict`)."""
    _, strict = _per_prefix()
    ends = {strict[w] for w in words if w in strict}
    return None if not ends else ends.pop() if len(ends) == 1 else "both"


def prefix_qualifiers(text: str, start: int) -> list[str]:
    """Qualifiers standing just before `start` (spaces and a colon may sit between): `最大 １億円`, `約5,100人`;
    a rate's period may stand between the first of them and the number (`最低月2回`)."""
    prefix, _, _ = _tables()
    found: list[str] = []
    window = text[max(0, start - 24):start]  # qualifiers are short words right before the number
    pos = len(window)
    while True:
        head = window[:pos].rstrip(" :")
        period = _PERIOD.search(head) if not found else None
        if period is None and not head.endswith(_ends()[0]):
            return found  # no prefix word ends the text (one test in C, not one per word)
        for word, qual in prefix:
            if head.endswith(word) or (period and head[:period.start()].endswith(word)):
                if _record(head[:head.rfind(word)], word):
                    return found  # 過去最大73.7億円: a record, no bound
                found.append(qual)
                pos = len(head) - len(word) - (len(period.group()) if period and not head.endswith(word) else 0)
                break
        else:
            return found


def _record(before: str, word: str) -> bool:
    """A superlative that names a record where a record's word stands right before it (qualifiers.json records)."""
    records = load("qualifiers")["records"]
    return word.removesuffix("で") in records["words"] and before.rstrip().endswith(tuple(records["before"]))  # (`過去最高で`)


# a rate's period between a qualifier and its number: 最低月2回, 最大年3回
_PERIOD = re.compile(r"\s?毎?[月年週日]\s?\Z")


# what may stand between a mention and its qualifier: (税抜), a weekday (火), a clock time 17:00
# and 末/初め/半ば before a deadline word (2027年度末までに, 2023年半ばまでに)
# a month span named as one term (4-6月期まで, 10～12月期以来) is bounded as the term it names
_SKIP = re.compile(r"\([^()]{1,6}\)|\d{1,2}:\d{2}|(?:末|初め|半ば|前半|後半|中頃|期)(?=\s?(?:まで|以降|から|以来))")
# a longer note in brackets, or the bracket closing around the mention, is looked past only when a cap
# or floor follows it: `500 万円（税抜き。グローバル枠の場合は、1,000 万円）までを補助上限額`, `400自治体(人口…相当)を超えた`,
# or an open ～ (`2024年3月29日(子育てエコホームは4月2日)~上限に達するまで`: the period runs on from the date)
_NOTE_THEN = re.compile(r"(?:\([^()]{1,40}\)|\))\s?(?=まで|以上|以下|以内|未満|を?超え)|\([^()]{1,40}\)\s?(?=~(?!\s?\d))")


@lru_cache(maxsize=1)
def _open_re() -> re.Pattern[str]:
    """An open `～`: not followed by a number (but an ordinal's) or an era year (the eras are data), nor opening a subtitle set
    in wave dashes (`416億円 ～復興事業の進捗に伴い…～`: words and no number up to the closing ～)."""
    names = "|".join(re.escape(e) for e in sorted(eras(), key=len, reverse=True))
    # (a number that is an ordinal, 2次募集, starts no upper end: 2024年7月19日〜2次募集開始 is open)
    return re.compile(rf"~(?!\s?(?:\d(?!\d{{0,2}}\s?(?:次|回目))|{names}))(?![^~\d]{{1,40}}~)")


def suffix_context(text: str, end: int, with_per: bool, closed_range: bool = False,
                   words: list[str] | None = None, glossed: bool = False) -> tuple[list[str], str | None, bool]:
    """Qualifiers, the per-rate and an open end after `end`: `100百万円／年・課題程度`, `60百万円／年を上限に`,
    `70～100人程度以上`, `2025年7月1日（火）17:00～` (open: the upper end is null). In a closed から…まで range
    the まで is not a cap (`closed_range`). `glossed`: the mention alone in a bracket right after a word (the
    word's value), so a bound after the closing bracket bounds the word, not the figure."""
    _, _, per_words = _tables()
    found: list[str] = []
    per: str | None = None
    open_end = False
    pos = end
    while pos < len(text):
        rest = text[pos:pos + 48]  # a bounded look: a whole 10^5-character line per mention would be quadratic
        stripped = rest.lstrip(" ")
        pos += len(rest) - len(stripped)
        bracket = _bracket_bound().match(stripped) if not found else None
        if bracket:  # 7億2,000万円(上限): the bound named alone in brackets
            found.append(load("qualifiers")["bracket_bound"][bracket.group(1)])
            pos += bracket.end()
            continue
        skip = _SKIP.match(stripped) or _NOTE_THEN.match(stripped)
        if skip and glossed and stripped.startswith(")"):
            break  # 平均所得金額（524万2千円）以下: the bound after the bracket is the glossed word's, not the figure's
        if skip:
            pos += skip.end()
            continue
        if _open_re().match(stripped) and not found:
            open_end = True
            break
        if with_per and per is None and stripped.startswith("/"):
            m = _per_slash().match(stripped)
            if m:
                per = dict(per_words)[m.group(1)]
                pos += m.end()
                continue
        for rx, qual, word in _spaced_suffix():
            w = rx.match(stripped) if stripped.startswith(word[0]) else None  # each word's regex opens with its first character
            if w:
                if _OPPOSITE.get(qual) in found:
                    w = None  # 21日以上 + a legend's 以内 on the next line: one bound a mention, the first
                    break
                if not (closed_range and word == "まで"):
                    found.append(qual)
                if words is not None:
                    words.append(word)  # the bound word as written: its strictness (未満 vs 以下)
                pos += w.end()
                break
        else:
            break
        if w is None:
            break
    return found, per, open_end


_OPPOSITE = {"at_least": "at_most", "at_most": "at_least"}


@lru_cache(maxsize=1)
def _bracket_bound() -> re.Pattern[str]:
    """A bracket holding one bound word and nothing else (qualifiers.json bracket_bound), compiled once."""
    names = sorted(words(load("qualifiers")["bracket_bound"]), key=len, reverse=True)
    return re.compile(r"\(\s?(" + "|".join(map(re.escape, names)) + r")\s?\)")


@lru_cache(maxsize=1)
def _per_slash() -> re.Pattern[str]:
    """A per-rate after a slash (`100百万円／年`), compiled once."""
    _, _, per_words = _tables()
    return re.compile(r"/\s?(" + "|".join(re.escape(w) for w, _ in per_words) + ")")


@lru_cache(maxsize=1)
def _spaced_suffix() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """The suffix words as regexes whose characters may stand apart (`以 上`, `未 満`: PDF text of tables and
    charts often spaces every character), longest first."""
    _, suffix, _ = _tables()
    # a word that only opens a longer one (`余` of 余剰, `強` of 強化: qualifiers.json suffix_not_before) bounds nothing
    blocked = load("qualifiers")["suffix_not_before"]
    # `を少し超える`: an adverb between the particle and the verb (qualifiers.json suffix_adverbs)
    adverbs = "(?:" + "|".join(map(re.escape, load("qualifiers")["suffix_adverbs"])) + ")?"

    def spelled(word: str) -> str:
        chars = r"\s?".join(re.escape(ch) for ch in word)
        return "を" + adverbs + chars[len("を"):] if word.startswith("を") and len(word) > 2 else chars

    return tuple((re.compile(spelled(word) + (f"(?![{re.escape(blocked[word])}])" if word in blocked else "")), qual, word)
                 for word, qual in suffix)


def apply_open_ends(lo: object, hi: object, quals: list[str]) -> tuple[object, object]:
    """A cap leaves min open, a floor leaves max open (GUIDE: `最大100百万円` -> null..10^8, `30%以上` -> 30..null)."""
    if "at_most" in quals and "at_least" not in quals:
        lo = None
    elif "at_least" in quals and "at_most" not in quals:
        hi = None
    return lo, hi


def standalone_qualifier(word: str) -> str | None:
    """The qualifier a suffix word names when it stands alone (`以内` printed under `3日間`), else None."""
    _, suffix, _ = _tables()
    return dict(suffix).get(word)


@lru_cache(maxsize=1)
def _topic_bound_re() -> re.Pattern[str]:
    t = load("qualifiers")["topic_bound"]
    words = "|".join(map(re.escape, sorted(t["words"], key=len, reverse=True)))
    between = "|".join(map(re.escape, sorted(t["between"], key=len, reverse=True)))
    return re.compile(rf"({words})(?:{between}|\s)+\Z")


def topic_bound(text: str, start: int) -> list[str]:
    """`上限は原則2,000万円`, `下限は50万円`: a cap or floor written as the topic just before the figure, with only
    a particle or 原則 between (qualifiers.json topic_bound); `上限2,000万円` is prefix_qualifiers' business."""
    m = _topic_bound_re().search(text[max(0, start - 12):start])
    if m is None or not re.search(r"[はが]", m.group()):
        return []
    return [load("qualifiers")["topic_bound"]["words"][m.group(1)]]


def kind_suffix(kind: str, text: str, end: int) -> list[str]:
    """A bound word whose sense depends on the kind, right after the mention (qualifiers.json kind_suffix):
    `3年よりも前` is at least 3 years, `2020年より前` at most 2020."""
    rest = text[end:end + 8].lstrip()
    return [q for w, q in load("qualifiers")["kind_suffix"].get(kind, {}).items() if rest.startswith(w)][:1]


@lru_cache(maxsize=1)
def _rounded() -> re.Pattern[str]:
    """`余` inside a figure (qualifiers.json figure_floor) or `余`/`余り`/`強` right after it."""
    q = load("qualifiers")
    inner = "|".join(map(re.escape, q["figure_floor"]))
    blocked = q["suffix_not_before"]
    after = "|".join(re.escape(w) + (f"(?![{re.escape(blocked[w])}])" if w in blocked else "")
                     for w, v in sorted(q["suffix"].items(), key=lambda kv: -len(kv[0])) if v == "at_least" and w[0] in "余強")
    return re.compile(rf"(?:{inner})(?=[\s\d]*[万億兆千百十])|\A\s?(?:{after})")


def rounded_floor(text: str, start: int, end: int) -> bool:
    """The floor of the figure at [start, end) of `text` is a rounded sum's (`22億3200余万円`, `36億円余り`, `13億円強`:
    a little over the figure the deck gives, a budgeted sum), not a threshold (`1億円以上`, `300万円超`)."""
    rx = _rounded()
    return rx.search(text, start, end) is not None or rx.match(text[end:end + 3]) is not None


def threshold(text: str, m: Mention) -> bool:
    """The figure's `at_least` is a threshold (`300万円以上の事業`, `1億円超`), not a rounded sum's floor
    (`36億円余り`, `二十二億三千二百余万円`, `13億円強`: a budgeted sum told roughly, which the role rules keep), nor the floor
    of a sum an appropriating verb takes (`…の復旧に3億円以上を計上`: roles.json prose.appropriate)."""
    return "at_least" in m.qualifiers and not rounded_floor(text, m.start, m.end) and not _appropriated_floor().match(text, m.end)


@lru_cache(maxsize=1)
def _appropriated_floor() -> re.Pattern[str]:
    """`以上を計上`, `超を確保` right after a figure, the verb closing its clause: the floor of money put in, no condition (not
    `1億円以上を計上した自治体は3割`, `…を計上した県、市`: a verb that modifies a noun, a threshold of the count; only kana
    inflect the verb before the clause ends)."""
    verbs = "|".join(map(re.escape, load("roles")["prose"]["appropriate"]))
    return re.compile(rf"\s*(?:以上|超)\s*を\s*(?:新たに)?\s*(?:{verbs})[ぁ-ん]{{0,6}}?(?:[、。，,]|$)")
