"""Programme names with spaCy: Sudachi tokens (split mode C) and a Matcher over noun compounds that end
in 事業 / プログラム / 制度 / 基金 / タイプ …, with an optional bracketed acronym: `世界トップレベル研究拠点プログラム（WPI）`.

SudachiPy is not thread-safe, so each thread gets its own pipeline (`pipeline()`); nothing is built at import.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from ..dictionary import load

_local = threading.local()
# parts of a name: nouns, adjectival nouns, prefixes and suffixes (数詞 only inside, see _patterns)
_NAME_TAG = r"^(名詞-(普通|固有)|形状詞|接頭辞|接尾辞)"
_INNER_TAG = r"^(名詞|形状詞|接頭辞|接尾辞)"


@dataclass(frozen=True)
class ProgramSpan:
    name: str
    start: int  # character offsets in the text given to find_programs
    end: int


def _patterns() -> list[list[dict[str, Any]]]:
    suffix = "(" + "|".join(map(re.escape, load("programs")["suffixes"])) + ")$"
    # the first token is a word (not kana-only like よう, not a symbol)
    body = [{"TAG": {"REGEX": _NAME_TAG}, "TEXT": {"REGEX": r"^[^\u3041-\u309f]"}, "IS_PUNCT": False},
            {"TAG": {"REGEX": _INNER_TAG}, "OP": "*"}]
    end = {"TEXT": {"REGEX": suffix}}
    acronym = [{"TEXT": {"IN": ["（", "("]}}, {"TEXT": {"REGEX": r"^[A-Za-z][A-Za-z0-9\-]+$"}}, {"TEXT": {"IN": ["）", ")"]}}]
    return [[*body, end, *acronym], [*body, end]]


def pipeline() -> tuple[Any, Any]:
    """This thread's (nlp, matcher), built on first use."""
    if getattr(_local, "nlp", None) is None:
        import spacy
        from spacy.matcher import Matcher

        nlp = spacy.blank("ja", config={"nlp": {"tokenizer": {"split_mode": "C"}}})
        matcher = Matcher(nlp.vocab)
        matcher.add("PROGRAM", _patterns(), greedy="LONGEST")
        _local.nlp, _local.matcher = nlp, matcher
    return _local.nlp, _local.matcher


def might_name_program(text: str) -> bool:
    """Cheap pre-check so spaCy runs only on lines that could hold a name."""
    return any(s in text for s in load("programs")["suffixes"])


def find_programs(text: str) -> list[ProgramSpan]:
    """Programme names in one line of text, left to right, longest match at each place."""
    if not might_name_program(text):
        return []
    nlp, matcher = pipeline()
    doc = nlp(text[:8000])  # one Doc holds at most 49,149 bytes (STACK.md); a slide line is far shorter
    from spacy.util import filter_spans

    spans = filter_spans([doc[s:e] for _, s, e in matcher(doc)])
    out = []
    for sp in sorted(spans, key=lambda s: s.start_char):
        name = re.sub(r"^[^\w（(]+", "", sp.text).strip()
        name = re.split(r"\s+", name)[-1]  # a name never spans a gap between text boxes
        if len(name) >= 4 and name not in load("programs")["suffixes"] and name not in load("programs")["generic"]:
            out.append(ProgramSpan(name, sp.start_char, sp.end_char))
    return out
