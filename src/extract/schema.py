"""The column dictionary: every published table's columns, types, descriptions and allowed values.

Everything downstream is generated from here: the pandas dtypes, the Parquet and DuckDB types,
`output/datapackage.json` and the README's table reference. A change to a name, type or order
bumps SCHEMA_VERSION (tests compare the dictionary with a checked-in snapshot of this version).
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import KINDS, PERS, QUALIFIERS, ROLES

SCHEMA_VERSION = "1.3.0"  # 1.1.0: bounding boxes (x0, top, x1, bottom) of PDF mentions; 1.3.0: held_back, decks.rows_held_back

DECK_STATUSES = ("published", "quarantined", "failed", "removed", "no_text_layer", "encrypted")
CHANGES = ("added", "removed", "value_changed")
#: the tables whose checks can hold a row back (the cross-row ones are validation frames, not published)
CHECKED_TABLES = ("mentions", "amounts", "budgets", "breakdowns", "budget_pairs")
SCOPES = ("row", "group")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # frictionless: string, integer, number, boolean, datetime
    description: str
    enum: tuple[str, ...] | None = None
    required: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    #: foreign keys to `decks.doc` (every per-deck table has one)
    deck_key: bool = True

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(name: str, type_: str, description: str, enum: tuple[str, ...] | None = None, required: bool = False) -> Column:
    return Column(name, type_, description, enum, required)


DOC = _c("doc", "string", "the deck's file name without its extension", required=True)
SEQ = _c("seq", "integer", "the mention's position in its deck's reading order (0-based)", required=True)
PAGE = _c("page", "integer", "1-based page of a PDF deck (empty for text decks)")
LINE = _c("line", "integer", "1-based line of a text deck, split on \\n only (empty for PDF decks)")
TEXT = _c("text", "string", "the mention exactly as written in the source", required=True)
QUALS = _c("qualifiers", "string", "qualifiers written next to it, joined with |: " + ", ".join(QUALIFIERS))
PROGRAM = _c("program", "string", "the programme it belongs to (closest name on its line or above)")
CONTEXT = _c("context", "string", "the source line", required=True)
FY = _c("fy", "integer", "amounts: the fiscal year (Gregorian) it belongs to, where the deck states it")
BBOX = (
    _c("x0", "number", "PDF decks: left edge of the mention's text on its page (points from the left)"),
    _c("top", "number", "PDF decks: top edge (points from the top of the page)"),
    _c("x1", "number", "PDF decks: right edge"),
    _c("bottom", "number", "PDF decks: bottom edge"),
)

TABLES: dict[str, Table] = {t.name: t for t in [
    Table("mentions", "Every quantity found, in reading order (GUIDE.md's record, plus programme, source line and position).", (
        DOC,
        _c("kind", "string", "what kind of quantity", KINDS, required=True),
        PAGE, LINE, TEXT,
        _c("min", "string", "lower end: a number (yen, duration units, count, percent, rank, Gregorian year) "
                           "or an ISO date; empty when open"),
        _c("max", "string", "upper end, as min; empty when open"),
        _c("unit", "string", "yen; year/month/week/day/hour; the counter (件, 人, か国 …); percent; rank; "
                            "empty for fiscal years and dates"),
        QUALS,
        _c("per", "string", "amounts: the rate it is given per", PERS),
        _c("role", "string", "amounts: budget, previous-year budget, supplementary budget, grant (support) or other", ROLES),
        FY, PROGRAM, CONTEXT, SEQ, *BBOX,
    ), primary_key=("doc", "seq")),
    Table("amounts", "Money amounts, in yen.", (
        DOC, SEQ, PAGE, LINE, TEXT,
        _c("yen_min", "integer", "lower end in yen (empty: open, e.g. a cap 最大…)"),
        _c("yen_max", "integer", "upper end in yen (empty: open, e.g. a floor …以上)"),
        QUALS, _c("per", "string", "the rate it is given per", PERS),
        _c("role", "string", "budget, previous_budget, supplementary_budget, support (grants) or other", ROLES, required=True),
        FY, PROGRAM, CONTEXT, *BBOX,
    ), primary_key=("doc", "seq")),
    Table("durations", "Durations, in their written unit and in days.", (
        DOC, SEQ, PAGE, LINE, TEXT,
        _c("unit", "string", "the unit (the smaller one for a mixed range)", ("year", "month", "week", "day", "hour"), required=True),
        _c("min", "number", "lower end in `unit`"), _c("max", "number", "upper end in `unit`"),
        _c("days_min", "number", "lower end in days (year = 365.25, month = 30.4375)"),
        _c("days_max", "number", "upper end in days"),
        QUALS, PROGRAM, CONTEXT, *BBOX,
    ), primary_key=("doc", "seq")),
    Table("counts", "Counts with their counter.", (
        DOC, SEQ, PAGE, LINE, TEXT,
        _c("counter", "string", "the counter as written after NFKC (件, 人, か国 …) or the counted noun", required=True),
        _c("min", "number", "lower end"), _c("max", "number", "upper end"),
        QUALS, PROGRAM, CONTEXT, *BBOX,
    ), primary_key=("doc", "seq")),
    Table("budgets", "One row per (doc, program, fy): the budget figure and the previous year's.", (
        DOC,
        _c("program", "string", "the programme (or `(unnamed, line N)` where no name stands near the figure)", required=True),
        _c("fy", "integer", "the fiscal year (Gregorian)", required=True),
        _c("budget_yen", "integer", "the budget figure in yen", required=True),
        _c("previous_budget_yen", "integer", "the previous year's figure in yen, where the deck gives it"),
        _c("change_pct", "number", "change from the previous year, in percent"),
        PAGE, LINE,
        _c("text", "string", "the budget figure as written", required=True),
        _c("previous_text", "string", "the previous year's figure as written"),
    ), primary_key=("doc", "program", "fy")),
    Table("decks", "One row per deck seen.", (
        DOC,
        _c("file", "string", "the file name in the raw folder", required=True),
        _c("sha256", "string", "sha256 of the file's bytes"),
        _c("source_type", "string", "pdf or txt", ("pdf", "txt")),
        _c("pages", "integer", "pages (1 for a text deck)"),
        _c("mentions", "integer", "mentions published for it"),
        _c("rows_held_back", "integer", "mentions held back by validation (listed in held_back, in no other table)"),
        _c("status", "string", "what happened to it", DECK_STATUSES, required=True),
        _c("error", "string", "why it failed, or the expectations it failed"),
        _c("rule_version", "string", "the extractor version its rows come from"),
        _c("extracted_at", "datetime", "when its published rows were extracted (UTC)"),
    ), primary_key=("doc",), deck_key=False),
    Table("runs", "One row per run: what it found and did.", (
        _c("run_id", "string", "the run's id", required=True),
        _c("started_at", "datetime", "start (UTC)", required=True),
        _c("finished_at", "datetime", "end (UTC)", required=True),
        _c("decks_new", "integer", "decks seen for the first time", required=True),
        _c("decks_changed", "integer", "decks whose bytes changed", required=True),
        _c("decks_unchanged", "integer", "decks reused from the last extraction", required=True),
        _c("decks_failed", "integer", "decks that could not be read", required=True),
        _c("decks_quarantined", "integer", "decks held back by validation", required=True),
        _c("decks_removed", "integer", "decks no longer in the raw folder", required=True),
        _c("rule_version", "string", "the extractor version", required=True),
    ), primary_key=("run_id",), deck_key=False),
    Table("held_back", "Mentions validation held back: each failed an error-level check and is in no other "
          "table, while the rest of its deck is published. One row per mention and failed check.", (
        DOC,
        _c("seq", "integer", "the mention's position in its deck's reading order: its key in mentions, had it "
                             "been published", required=True),
        _c("kind", "string", "what kind of quantity", KINDS, required=True),
        PAGE, LINE, TEXT,
        _c("min", "string", "lower end as extracted (as in mentions)"),
        _c("max", "string", "upper end as extracted"),
        _c("unit", "string", "the unit as extracted (as in mentions)"),
        CONTEXT,
        _c("table", "string", "the table whose check it failed (breakdowns and budget_pairs are the cross-row "
                              "frames: a total with its shares, a budget with its previous-year figure)",
           CHECKED_TABLES, required=True),
        _c("check", "string", "the checked column (derived checks start with _; a compound key is joined with +)",
           required=True),
        _c("expectation", "string", "the Great Expectations expectation that failed", required=True),
        _c("scope", "string", "row: this row failed it; group: a cross-row group it belongs to failed it "
                              "(a total and its shares, a budget and its previous-year figure, a duplicate)",
           SCOPES, required=True),
        _c("observed", "string", "what was observed: the failing value(s), or the group's figures"),
        _c("reason", "string", "what the check asks, and why (the expectation's meta.why)"),
    ), primary_key=("doc", "seq", "table", "check", "expectation")),
    Table("changes", "What each run changed in the published mentions, per deck.", (
        _c("run_id", "string", "the run", required=True),
        DOC,
        _c("change", "string", "added, removed, or value_changed", CHANGES, required=True),
        _c("kind", "string", "the mention's kind", KINDS, required=True),
        PAGE, LINE, TEXT,
        _c("old_min", "string", "before (value_changed, removed)"), _c("old_max", "string", "before"),
        _c("new_min", "string", "after (value_changed, added)"), _c("new_max", "string", "after"),
    ), deck_key=True),
]}


def markdown() -> str:
    """The README's table reference, generated from the dictionary (a test keeps the README in step)."""
    out = [f"Schema version {SCHEMA_VERSION}. Every table is published as `<table>.csv`, `<table>_excel.csv`, "
           "`<table>.json`, `<table>.parquet` and as a table of `decks.duckdb`.", ""]
    for t in TABLES.values():
        key = f" Primary key: {', '.join(t.primary_key)}." if t.primary_key else ""
        out += [f"**{t.name}** — {t.description}{key}", "", "| column | type | description |", "|---|---|---|"]
        for c in t.columns:
            allowed = f" One of: {', '.join(f'`{v}`' for v in c.enum)}." if c.enum else ""
            desc = c.description.replace("|", "\\|")
            out.append(f"| {c.name} | {c.type}{' (required)' if c.required else ''} | {desc}{allowed} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def snapshot() -> dict[str, object]:
    """Names and types of every column, in order: what a schema version promises."""
    return {"version": SCHEMA_VERSION,
            "tables": {t.name: [[c.name, c.type] for c in t.columns] for t in TABLES.values()}}
