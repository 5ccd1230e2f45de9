"""The column dictionary: every published table's columns, types, descriptions and allowed values.

Everything downstream is generated from here: the pandas dtypes, the Parquet and DuckDB types,
`output/datapackage.json` and the table reference (docs/tables.md). A change to a name, type or order
bumps SCHEMA_VERSION (tests compare the dictionary with a checked-in snapshot of this version).
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import KINDS, PERS, QUALIFIERS, ROLES, STRICT

SCHEMA_VERSION = "2.1.0"  # 2.1.0: mentions and amounts gain ref (Office provenance), source and confidence
# (OCR); decks gain reader_notes and the source types pptx, xlsx, docx, pdf_ocr; mentions, amounts, durations
# and counts gain strict; per gains month, week, day, hour, occasion, person; an outline table; mentions,
# amounts and budgets gain ministry, mentions and amounts total_of; a cells table (the numbers of tables);
# budgets gain origin (mention or cell).
# 2.0.0: budgets keyed by (doc, seq), one row per figure, with parent, role, account and
# bounding box; mentions gain parent; decks gain encoding, file_sha256 and rows_held_back, and file is relative to
# the input folder; a held_back table. 1.1.0: bounding boxes (x0, top, x1, bottom) of PDF mentions

DECK_STATUSES = ("published", "quarantined", "failed", "removed", "no_text_layer", "encrypted", "skipped", "waiting")
CHANGES = ("added", "removed", "value_changed")
#: the tables whose checks can hold a row back (the cross-row ones are validation frames, not published)
CHECKED_TABLES = ("mentions", "amounts", "budgets", "breakdowns", "budget_pairs", "cells")
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
PROGRAM_ID = _c("program_id", "string", "the programme across decks (programs.program_id): the same programme in "
                "another deck or year has the same id; empty where no budgets row names it")
CONTEXT = _c("context", "string", "the source line around the mention: at most 120 characters each side, "
                                  "`…` where the line was cut (a deck written as one long line would otherwise "
                                  "repeat the whole line in every mention's row), line breaks made spaces",
             required=True)
FY = _c("fy", "integer", "amounts: the fiscal year (Gregorian) it belongs to, where the deck states it")
MINISTRY = _c("ministry", "string", "amounts: the ministry the figure's label box names, expanded (`【総】` -> 総務省, "
              "`（文：約２億円）` -> 文部科学省); the deck's issuer is on `decks`")
TOTAL_OF = _c("total_of", "string", "amounts: set where the figure sums a group (the whole deck, a pillar or heading "
              "over items with their own figures): what it totals. Such figures are not in `budgets`")
BBOX = (
    _c("x0", "number", "PDF and slide decks: left edge of the mention's text on its page (points from the left)"),
    _c("top", "number", "PDF decks: top edge (points from the top of the page)"),
    _c("x1", "number", "PDF decks: right edge"),
    _c("bottom", "number", "PDF decks: bottom edge"),
)
#: issue 23: strict and non-strict bounds kept apart (`qualifiers` stays as the GUIDE has it: 未満 and 以下 are at_most)
STRICT_COL = _c("strict", "string", "the end a strict bound word excludes: max for 未満 (`10人未満`: fewer than 10), min for 超 "
                "(`3年超`: more than 3), both where both ends of one range are strict; empty where every written end is included "
                "(以上, 以下, 以内, まで). `5%超10%未満` is two mentions, min on the first, max on the second",
                STRICT)

OCR = (
    _c("ref", "string", "Office files: where its line is in the file: `shape 4 ¶2` on a slide (shape id, paragraph), "
       "`Sheet1!C7` in a workbook, `¶12` or `table 1 R2C3` in a document"),
    _c("source", "string", "how its line was read where not from the file's text: `ocr` (Tesseract, a PDF page without "
       "a text layer); empty otherwise", ("ocr",)),
    _c("confidence", "number", "OCR: Tesseract's mean word confidence (0-100) of its line; rows under 60 are held back"),
)
SOURCE_TYPES = ("pdf", "txt", "pptx", "xlsx", "docx", "pdf_ocr")

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
        _c("parent", "string", "amounts: the programme a sub-item's programme belongs to (the heading it is listed under)"),
        *OCR,
        STRICT_COL,
        MINISTRY, TOTAL_OF,
    ), primary_key=("doc", "seq")),
    Table("amounts", "Money amounts, in yen.", (
        DOC, SEQ, PAGE, LINE, TEXT,
        _c("yen_min", "integer", "lower end in yen (empty: open, e.g. a cap 最大…)"),
        _c("yen_max", "integer", "upper end in yen (empty: open, e.g. a floor …以上)"),
        QUALS, _c("per", "string", "the rate it is given per", PERS),
        _c("role", "string", "budget, previous_budget, supplementary_budget, support (grants) or other", ROLES, required=True),
        FY, PROGRAM, PROGRAM_ID, CONTEXT, *BBOX, *OCR,
        STRICT_COL,
        MINISTRY, TOTAL_OF,
    ), primary_key=("doc", "seq")),
    Table("durations", "Durations, in their written unit and in days.", (
        DOC, SEQ, PAGE, LINE, TEXT,
        _c("unit", "string", "the unit (the smaller one for a mixed range): year, month, week, day, hour, or another unit "
                            "of dictionary/durations.json", required=True),
        _c("min", "number", "lower end in `unit`"), _c("max", "number", "upper end in `unit`"),
        _c("days_min", "number", "lower end in days (year = 365.25, month = 30.4375)"),
        _c("days_max", "number", "upper end in days"),
        QUALS, PROGRAM, CONTEXT, *BBOX,
        STRICT_COL,
    ), primary_key=("doc", "seq")),
    Table("counts", "Counts with their counter.", (
        DOC, SEQ, PAGE, LINE, TEXT,
        _c("counter", "string", "the counter as written after NFKC (件, 人, か国 …) or the counted noun", required=True),
        _c("min", "number", "lower end"), _c("max", "number", "upper end"),
        QUALS, PROGRAM, CONTEXT, *BBOX,
        STRICT_COL,
    ), primary_key=("doc", "seq")),
    Table("budgets", "One row per budget figure a deck states for a programme or measure (budget or supplementary "
          "budget), beside the previous year's figure where the deck pairs one. Keyed by the figure's mention or "
          "table cell (doc, origin, seq): one programme may have two figures for one year (a budget and a "
          "supplementary, two agencies' shares).", (
        DOC,
        _c("seq", "integer", "the budget figure's seq in the mentions table (its position in the deck's reading order)", required=True),
        _c("program", "string", "the programme or measure the figure is for, as the deck names it (its item line, or the "
           "slide or section title); empty where the deck names none near the figure"),
        PROGRAM_ID,
        _c("parent", "string", "for a sub-item of a programme (a breakdown listed under the programme's heading): that programme"),
        _c("fy", "integer", "the fiscal year (Gregorian), from the figure's line, its label, a table header or the "
           "document's title; empty where the deck states none for it"),
        _c("role", "string", "budget or supplementary_budget", ("budget", "supplementary_budget"), required=True),
        _c("account", "string", "the account written with the figure (一般会計, 特別会計, 財政投融資 …), where written"),
        _c("budget_yen", "integer", "the budget figure in yen", required=True),
        _c("previous_budget_yen", "integer", "the previous year's figure in yen, where the deck gives it"),
        _c("change_pct", "number", "change from the previous year, in percent"),
        PAGE, LINE,
        _c("text", "string", "the budget figure as written", required=True),
        _c("previous_text", "string", "the previous year's figure as written"),
        *BBOX,
        MINISTRY,
        _c("origin", "string", "mention: a figure of the text (seq in mentions); cell: a figure of a table (seq in cells, "
           "never also a mention)", ("mention", "cell"), required=True),
    ), primary_key=("doc", "origin", "seq")),
    Table("decks", "One row per deck seen.", (
        DOC,
        _c("file", "string", "the file's path relative to the input folder (non-UTF-8 bytes shown as \\xNN)", required=True),
        _c("sha256", "string", "sha256 of the bytes its published rows were extracted from (the earlier file's "
                              "when the latest one failed or was held back and its rows stayed published)"),
        _c("file_sha256", "string", "sha256 of the file as last seen in the raw folder; `status` and `error` "
                                   "describe what happened to it (differs from sha256 when earlier rows are kept)"),
        _c("source_type", "string", "the reader that ran: pdf, txt, pptx, xlsx, docx, or pdf_ocr (a PDF with pages "
           "read by OCR)", SOURCE_TYPES),
        _c("pages", "integer", "pages (1 for a text deck)"),
        _c("mentions", "integer", "mentions published for it"),
        _c("rows_held_back", "integer", "mentions held back by validation (listed in held_back, in no other table)"),
        _c("status", "string", "what happened to it", DECK_STATUSES, required=True),
        _c("error", "string", "why it failed, or the expectations it failed"),
        _c("rule_version", "string", "the extractor version its rows come from"),
        _c("extracted_at", "datetime", "when its published rows were extracted (UTC)"),
        _c("encoding", "string", "text decks: the encoding its bytes were decoded from (utf-8, cp932, euc_jp, utf-16 …)"),
        _c("issuer", "string", "the government or ministry its title names (小樽市, 茨城県 …), where it names one: "
                              "programmes of different issuers are never linked"),
        _c("reader_notes", "string", "what the reader skipped or changed, joined with `; `: hidden sheets or rows, "
           "macros dropped, pages read by OCR, blank pages"),
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


#: The outline of every deck (issue 21): what scopes each figure's role, fiscal year and programme.
TABLES["outline"] = Table("outline", "The outline of every deck: its title, headings, items, label lines and body, one "
                          "row per line or segment (a PDF line is cut where it jumps to another row or column), "
                          "with its level and parent, so a reader can see which scope gave a figure its role, year "
                          "and programme.", (
    DOC,
    _c("seq", "integer", "the node's position in its deck's outline (0-based)", required=True),
    PAGE, LINE,
    _c("level", "integer", "depth: 0 for the document's title; each heading or item marker one level, in the order "
       "the deck first uses it (headings above items)", required=True),
    _c("kind", "string", "title, page_title, heading, label (a budget label line with no figure), item, body",
       ("title", "page_title", "heading", "label", "item", "body"), required=True),
    _c("marker", "string", "the marker that made it a heading or item: dai (第１), num_dot (１．), paren_num (（１）), "
       "circled (①), kana, square (■), hollow (□ under a ■), bracket_head (【…】), large (PDF: larger type), circle (○), dot (・), "
       "arrow, dash, label (a label box such as 【総】), label (a budget label line)"),
    _c("text", "string", "the line or segment as written", required=True),
    _c("name", "string", "what it names: without markers, label boxes and figures (an item's programme name)"),
    _c("labels", "string", "the label boxes on it (【総】, 【新】, [新]), joined with |"),
    _c("ministry", "string", "the ministry its label box names, expanded (【総】 -> 総務省)"),
    _c("parent", "integer", "the seq of the node it stands under (a wrapped line: the item whose name it continues)"),
    _c("x0", "number", "PDF decks: left edge (points)"), _c("top", "number", "PDF decks: top edge (points)"),
    _c("size", "number", "PDF decks: type size (median character height, points)"),
), primary_key=("doc", "seq"))


TABLES["cells"] = Table("cells", "Every number of every table a deck prints (ruled or aligned), with its value in base "
    "units, its unit and its row and column labels. Cells are not mentions: a figure is in one or the other.", (
    DOC,
    _c("seq", "integer", "the cell's position among its deck's cells (page, table, row, column order)", required=True),
    PAGE, LINE,
    _c("table", "integer", "0-based index of the table on its page (text decks: in the deck)", required=True),
    _c("row", "integer", "0-based row in the table's grid", required=True),
    _c("col", "integer", "0-based column in the table's grid", required=True),
    _c("text", "string", "the cell as printed", required=True),
    _c("value", "number", "the number in base units: yen for money (千円 × 1000), percent as the number of percent, "
       "the count for a counter; △/▲ negative", required=True),
    _c("unit", "string", "yen, percent, or the counter (人, 件 …), from the cell, else its column header, else the "
       "table's unit header (`（単位：千円）`); empty where none is written"),
    _c("row_label", "string", "the row's header path, outermost first, joined with ` / `"),
    _c("col_label", "string", "the column's header path, top first, joined with ` / `"),
    _c("reader", "string", "how the table was found: pdf_ruled, pdf_aligned, text, pptx, docx, xlsx"),
    _c("ref", "string", "Office files: where the cell is: `Sheet1!C7` in a workbook (page = the sheet's number), "
       "`shape 5 R2` on a slide, `table 1 R2C3` in a document; a budgets row from a cell (origin cell) joins "
       "here by doc and seq"),
    *BBOX,
), primary_key=("doc", "seq"))

#: Cross-deck tables (issue 16), built over everything published (extract.linking), not per deck.
TABLES.update({t.name: t for t in [  # across decks: built from every published deck's rows
    Table("programs", "One row per programme across all published decks: its name, the other names it goes by "
          "in the decks, the fiscal years and decks it appears in, and why names were (not) linked.", (
        _c("program_id", "string", "stable id: a short hash of the issuer and the programme's earliest normalized "
           "name (re-runs give the same ids)", required=True),
        _c("issuer", "string", "the government or ministry whose decks name it (names of different issuers "
           "are never linked)"),
        _c("program", "string", "the name as the most recent deck writes it", required=True),
        _c("aliases", "string", "the other names decks write for it, joined with |"),
        _c("acronym", "string", "its bracketed acronym (SATREPS, WPI …), where a deck gives one"),
        _c("fiscal_years", "string", "the fiscal years its rows state, joined with |"),
        _c("docs", "string", "the decks that name it, joined with |"),
        _c("names", "integer", "how many differently written names were linked into it", required=True),
        _c("linked_by", "string", "why names were linked: `name (deck) ~ name (deck): rule`, joined with |"),
        _c("not_linked", "string", "links refused and why (two names of one deck read alike; different "
           "bracketed parts), joined with |"),
    ), primary_key=("program_id",), deck_key=False),
    Table("budget_history", "One row per programme × fiscal year × role: the figure, the deck it comes from, "
          "and every other deck that states a figure for the same programme and year (a later deck's "
          "previous-year figure states the earlier year's).", (
        _c("program_id", "string", "the programme (programs.program_id)", required=True),
        _c("program", "string", "the programme's name (programs.program)"),
        _c("fy", "integer", "the fiscal year (Gregorian)", required=True),
        _c("role", "string", "budget or supplementary_budget", ("budget", "supplementary_budget"), required=True),
        _c("budget_yen", "integer", "the figure in yen: its own year's deck first, a top-level item before a "
           "sub-item", required=True),
        _c("stated_as", "string", "budget (the year's own figure) or previous_year (only a later deck's "
           "previous-year figure states it)", ("budget", "previous_year"), required=True),
        DOC, PAGE, LINE,
        _c("text", "string", "the figure as written (empty for a previous-year figure given without its text)"),
        _c("other_docs", "string", "every other deck that states a figure for it, joined with |"),
        _c("other_statements", "string", "every other statement: `deck line N: yen (as written)`, joined with |"),
        _c("statements", "integer", "how many figures the decks state for it", required=True),
        _c("cross_deck", "string", "agree: every other deck's figure for it agrees within rounding; differ: one "
           "does not (see the cross_deck check); empty: no other deck states it", ("agree", "differ")),
    ), primary_key=("program_id", "fy", "role"), deck_key=False),
]})
#: the tables built across decks (programme identity), for code that names them
CROSS_DECK_TABLES: dict[str, Table] = {k: TABLES[k] for k in ("programs", "budget_history")}

def markdown() -> str:
    """The table reference (docs/tables.md), generated from the dictionary (a test keeps it in step)."""
    out = [f"Schema version {SCHEMA_VERSION}. Every table is published as `<table>.csv`, `<table>_excel.csv`, "
           "`<table>.json`, `<table>.parquet`, as a table of `decks.duckdb` and as a sheet of `tables.xlsx`.", ""]
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
