"""A spaCy component: the project's quantities on any Japanese pipeline.

    nlp = spacy.blank("ja")                 # or GiNZA, or any pipeline with a Japanese tokenizer
    nlp.add_pipe("deck_quantities")         # found through the package's `spacy_factories` entry point
    doc = nlp("令和6年度予算額 19億円（前年度予算額 18億円）")
    for span in doc.spans["quantities"]:
        span.label_, span._.min, span._.max, span._.unit, span._.role, span._.fy

The component runs the extraction a run uses on a text deck (`mentions.extract_deck` over the lines of
`doc.text`, split as `ingest.text` splits a deck), so a span holds exactly a `mentions` row's values: no
rule lives here. Each mention becomes a span of `doc.spans[spans_key]` labelled with its kind, widened to
whole tokens where the tokenizer's words and the mention's ends differ (`span._.written` keeps the
mention exactly as written). Importing this module costs nothing but spaCy's own import: spaCy loads
every installed factory when any pipeline is created.
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

FACTORY = "deck_quantities"
SPANS_KEY = "quantities"
#: the span extensions set on every quantity: a `mentions` row's values (see docs/tables.md)
EXTENSIONS = ("kind", "min", "max", "unit", "qualifiers", "per", "role", "fy", "program", "parent", "written", "line")


def set_extensions() -> None:
    """Register the span extensions once (each a plain attribute, None by default)."""
    for name in EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
            continue
        default, method, getter, setter = Span.get_extension(name)
        if method is not None or (getter is not None and setter is None):
            raise ValueError(f"{FACTORY}: another component registered Span._.{name} as a method or read-only "
                             "property; the quantities need it as a plain attribute")


class Quantities:
    """Sets `doc.spans[spans_key]`: one span per quantity the rules find, with its normalized values."""

    def __init__(self, name: str = FACTORY, spans_key: str = SPANS_KEY, deck_year: int | None = None,
                 doc_name: str = "doc") -> None:
        self.name, self.spans_key, self.deck_year, self.doc_name = name, spans_key, deck_year, doc_name
        set_extensions()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        text = doc.text  # built from the tokens on every access: once
        for start, end, record in quantities(text, self.deck_year, self.doc_name):
            span = doc.char_span(start, end, label=record["kind"], alignment_mode="expand")
            if span is None:  # only where the text has no token at all (whitespace): nothing to point at
                continue
            for name in EXTENSIONS:
                span._.set(name, record.get(name))
            span._.set("written", text[start:end])
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


def quantities(text: str, deck_year: int | None = None, doc_name: str = "doc") -> list[tuple[int, int, dict[str, Any]]]:
    """(start, end, mentions row) of every quantity in `text`, offsets in `text`: what a run finds in a
    text deck holding `text` (its year-less dates read in `deck_year` when given, else in the deck's
    own year, as a run reads it from the text and the deck's name)."""
    from .ingest.text import text_lines
    from .mentions import extract_deck, extract_lines
    from .model import Deck
    from .rules.engine import RuleContext

    lines = text_lines(text)
    if deck_year is None:
        found = extract_deck(Deck(doc_name, "", "", "txt", 1, lines))
    else:
        found = extract_lines(doc_name, lines, RuleContext(deck_year=deck_year))
    starts = [0]
    for part in text.split("\n"):
        starts.append(starts[-1] + len(part) + 1)
    out = []
    for m in found:
        line = lines[m.line_index]
        rest = line.text[m.raw_start:]
        a = m.raw_start + len(rest) - len(rest.lstrip())  # the written text was stripped of spaces
        if not line.text.startswith(m.text, a):
            a = line.text.find(m.text, m.raw_start)
        if a < 0:
            continue
        record = m.record()
        out.append((starts[m.line_index] + a, starts[m.line_index] + a + len(m.text), record))
    return out


@Language.factory(FACTORY, default_config={"spans_key": SPANS_KEY, "deck_year": None, "doc_name": "doc"})
def make_quantities(nlp: Language, name: str, spans_key: str, deck_year: int | None, doc_name: str) -> Quantities:
    """The `deck_quantities` factory (entry point `spacy_factories`)."""
    return Quantities(name, spans_key, deck_year, doc_name)
