"""The data that flows between stages: a deck's lines in, mentions out. Nothing else lives here."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

KINDS: tuple[str, ...] = ("amount", "duration", "count", "percent", "rank", "fiscal_year", "date")
ROLES: tuple[str, ...] = ("budget", "previous_budget", "supplementary_budget", "support", "other")
PERS: tuple[str, ...] = ("year", "project", "project_year")
#: issue 23: rates the GUIDE does not name (月額, 日額, 時給, 1回あたり, 1人あたり), after its three
PERS += ("month", "week", "day", "hour", "occasion", "person")
#: which written end a strict bound word excludes (未満: max, 超: min); 以上/以下 include theirs
STRICT: tuple[str, ...] = ("min", "max", "both")
QUALIFIERS: tuple[str, ...] = ("approx", "at_most", "at_least", "part_of", "draft")


@dataclass(frozen=True)
class Line:
    """One line of a deck's text with its provenance: `page` for PDFs, `line` for text decks."""

    text: str
    page: int | None
    line: int | None
    #: position of this line in the deck's reading order (0-based), for neighbour lookups
    index: int
    #: PDF decks: one (x0, top, x1, bottom) per character of `text` (None for a space put between words)
    boxes: tuple[tuple[float, float, float, float] | None, ...] | None = None
    #: how the text was got where it is not a text layer: "ocr" (Tesseract on a page without one)
    source: str | None = None
    #: OCR: the mean word confidence of the line, 0-100 (Tesseract's)
    confidence: float | None = None
    #: Word headings: the heading level (1 = Heading 1); slide titles: 0
    level: int | None = None
    #: where in an Office file the line is: `shape 4 ¶2` on a slide, `Sheet1!A3` in a workbook, `¶12` in a document
    ref: str | None = None
    #: text decks read as sentences (ingest/broken_prose.py): where in `text` each later original line starts
    breaks: tuple[int, ...] = ()

    def line_at(self, offset: int) -> int | None:
        """The original line number of the character at `offset` (a joined line spans several)."""
        return None if self.line is None else self.line + bisect_right(self.breaks, offset)

    def break_after(self, offset: int) -> int | None:
        """Where the original line holding `offset` ends in `text` (None: at the text's end)."""
        k = bisect_right(self.breaks, offset)
        return self.breaks[k] if k < len(self.breaks) else None


@dataclass(frozen=True)
class GridCell:
    """One cell of a table as its reader found it: grid position, text as printed, where it sits."""

    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1
    #: PDF/slide decks: (x0, top, x1, bottom) on the page, in points
    bbox: tuple[float, float, float, float] | None = None
    #: how a reader finds the cell besides page and bbox: `Sheet1!C7` in a workbook, a shape id on a slide
    ref: str | None = None
    #: typed sources (spreadsheets): the cell's number as stored, `text` being what its format shows
    number: float | None = None


@dataclass(frozen=True)
class TableGrid:
    """A table on one page (slide, sheet) as a grid of cells, before units and labels are resolved."""

    page: int
    #: 0-based index of the table on its page
    index: int
    cells: tuple[GridCell, ...]
    #: which reader found it: "pdf_ruled", "pdf_aligned", "text", "pptx", "docx", "xlsx"
    reader: str
    bbox: tuple[float, float, float, float] | None = None
    #: lines printed right above the table (its title, `（単位：千円）`), nearest last
    caption: tuple[str, ...] = ()


@dataclass
class Deck:
    """A deck as read: its identity, its lines in reading order, and how many pages it has."""

    doc: str
    path: str
    sha256: str
    source_type: str  # "pdf" | "txt"
    pages: int
    lines: list[Line]
    #: PDF pages with no text layer (image-only): not extracted, reported
    pages_without_text: list[int] = field(default_factory=list)
    #: text decks: the encoding the bytes were decoded from ("utf-8", "cp932", "euc_jp", "utf-16", …)
    encoding: str | None = None
    #: the path relative to the input folder, displayable (undecodable bytes as \xNN); `path` is the
    #: real path for reopening and may hold surrogate escapes: never print or serialize `path`
    file: str = ""
    #: tables found by the deck's reader (cells are not mentions: see the `cells` table)
    tables: list[TableGrid] = field(default_factory=list)
    #: slide decks: the speaker notes of each slide (page -> text); kept apart, never read for mentions
    speaker_notes: dict[int, str] = field(default_factory=dict)
    #: what the reader skipped or changed, said to the user (hidden sheets, macros dropped, OCR'd pages)
    notes: list[str] = field(default_factory=list)


@dataclass
class Mention:
    """One quantity found in a deck: the GUIDE record plus context and programme."""

    doc: str
    kind: str
    text: str
    min: Any
    max: Any
    unit: str | None
    page: int | None = None
    line: int | None = None
    qualifiers: list[str] = field(default_factory=list)
    per: str | None = None
    role: str | None = None
    fy: int | None = None
    program: str | None = None
    #: a sub-item's programme: the programme heading it is listed under
    parent: str | None = None
    context: str = ""
    #: PDF decks: the mention's bounding box on its page
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    #: reading-order index of the line the mention starts on, and its span in that line
    line_index: int = 0
    start: int = 0
    end: int = 0
    #: where the mention's text starts in the raw line
    raw_start: int = 0
    #: the end(s) a strict bound word excludes (`10人未満`: max; `3年超`: min), else None
    strict: str | None = None
    #: for a named share of a total (`JST :44,000百万円` under `…補正予算 50,050百万円`): that total
    total: Mention | None = field(default=None, repr=False, compare=False)
    #: "ocr" where the line was read by OCR (else None: the text layer or the file's own text)
    source: str | None = None
    #: OCR: the confidence (0-100) of the line the mention was read from
    confidence: float | None = None
    #: Office files: where its line is in the file (Line.ref)
    ref: str | None = None
    #: the ministry the figure's label box names, expanded (`【総】` -> 総務省)
    ministry: str | None = None
    #: a figure that sums a group (the deck, a pillar, a ministry): what it totals; not a programme's figure
    total_of: str | None = None
    #: how the role was decided: "line" (a label on its own line), "fallback" (nothing said it), … (not published)
    role_source: str = field(default="", repr=False, compare=False)

    def record(self) -> dict[str, Any]:
        """The published record (GUIDE fields + program + context)."""
        return {
            "doc": self.doc, "kind": self.kind, "page": self.page, "line": self.line,
            "text": self.text, "min": self.min, "max": self.max, "unit": self.unit,
            "qualifiers": list(self.qualifiers), "per": self.per, "role": self.role,
            "fy": self.fy, "program": self.program, "context": self.context,
            "x0": self.x0, "top": self.top, "x1": self.x1, "bottom": self.bottom, "parent": self.parent,
            "source": self.source, "confidence": self.confidence, "ref": self.ref,
            "strict": self.strict, "ministry": self.ministry, "total_of": self.total_of,
        }


class DeckError(Exception):
    """A deck that cannot be read; the message is the one-line reason shown to users."""

    def __init__(self, reason: str, status: str = "failed") -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


#: statuses whose rows enter the published tables
PUBLISHED_STATUSES: tuple[str, ...] = ("published", "no_text_layer")


@dataclass
class DeckResult:
    """One deck after ingest and extraction, then after validation."""

    doc: str
    file: str
    sha256: str | None
    source_type: str
    pages: int | None
    line_count: int  # how many lines the deck has (its mentions are in `records`)
    records: list[dict[str, Any]]
    #: (total, [named shares]) as indexes into `records`, for the cross-row sum check
    links: list[tuple[int, list[int]]] = field(default_factory=list)
    status: str = "extracted"
    error: str | None = None
    validation: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: PDF pages without a text layer (not extracted; the deck is published as `no_text_layer`)
    pages_without_text: list[int] = field(default_factory=list)
    #: text decks: the encoding the bytes were decoded from
    encoding: str | None = None
    #: the government or ministry the deck's title names (programmes of different issuers are never linked)
    issuer: str | None = None
    #: `held_back` rows: mentions validation kept out of the published tables (one per failed check)
    held_back: list[dict[str, Any]] = field(default_factory=list)
    #: what the reader skipped or changed (see Deck.notes)
    notes: list[str] = field(default_factory=list)
    #: `outline` rows: the deck's title, headings, items, label lines and body (context/outline.py)
    outline: list[dict[str, Any]] = field(default_factory=list)
    #: the numbers of the deck's tables (`cells` records; see extract.cells) and the budgets rows read from them
    cells: list[dict[str, Any]] = field(default_factory=list)
    cell_budgets: list[dict[str, Any]] = field(default_factory=list)
    #: cells of tables whose sums do not hold, with the reason (kept out of `cells`)
    cells_held: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rows_held_back(self) -> int:
        """Mentions held back (a mention failing two checks counts once)."""
        return len({r["seq"] for r in self.held_back})

    @property
    def publishable(self) -> bool:
        """Its rows go into the published tables (all of them, or those of the pages with text)."""
        return self.status in PUBLISHED_STATUSES

    def deck_row(self) -> dict[str, Any]:
        return {"doc": self.doc, "file": self.file, "sha256": self.sha256, "source_type": self.source_type,
                "pages": self.pages, "mentions": len(self.records) if self.publishable else 0,
                "rows_held_back": self.rows_held_back if self.publishable else 0,
                "status": self.status, "error": self.error, "encoding": self.encoding, "issuer": self.issuer,
                "reader_notes": "; ".join(self.notes) or None}


@dataclass
class RunOutcome:
    """What a run did: every deck's row (with `action`: extracted, unchanged, removed, settling, kept),
    each deck's latest validation, the report and the files written."""

    out_dir: str
    decks: list[dict[str, Any]]
    validation: dict[str, dict[str, dict[str, Any]]]
    tables: list[str]
    report: str | None
    outputs: list[str]
    run: dict[str, Any] = field(default_factory=dict)

    @property
    def all_published(self) -> bool:
        """Every deck present in the raw folder is published."""
        return all(d["status"] == "published" for d in self.decks if d["action"] not in ("removed", "kept"))


# -- typed names (issue 26): the closed sets above as StrEnums. A member is its string (`Status.FAILED ==
# "failed"`, JSON and CSV write the string), so published rows do not change; code compares with members.

class Status(StrEnum):
    """A deck's status in `decks` (and in the manifest)."""

    EXTRACTED = "extracted"  # read, not validated yet
    PUBLISHED = "published"
    NO_TEXT_LAYER = "no_text_layer"
    QUARANTINED = "quarantined"
    FAILED = "failed"
    ENCRYPTED = "encrypted"
    SKIPPED = "skipped"
    WAITING = "waiting"
    REMOVED = "removed"


class Kind(StrEnum):
    """The built-in rule kinds (`KINDS`; a kind registered at run time is a plain string: rules/registry.py)."""

    AMOUNT = "amount"
    DURATION = "duration"
    COUNT = "count"
    PERCENT = "percent"
    RANK = "rank"
    FISCAL_YEAR = "fiscal_year"
    DATE = "date"


class Role(StrEnum):
    """An amount's role (`ROLES`)."""

    BUDGET = "budget"
    PREVIOUS_BUDGET = "previous_budget"
    SUPPLEMENTARY_BUDGET = "supplementary_budget"
    SUPPORT = "support"
    OTHER = "other"

#: a box on a page: x0, top, x1, bottom (points)
Box = tuple[float, float, float, float]
