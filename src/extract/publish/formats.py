"""Write the tables into `output/` in every format, atomically: a temporary file in the same folder,
then a rename, so a reader never sees a half-written file.

Per table: `<t>.csv` (RFC 4180: UTF-8, header, CRLF, quoted where needed, every cell exactly as in the
data), `<t>_excel.csv` (the same with a BOM and formula-like text neutralized, for spreadsheets), `<t>.json`
(an array of records), `<t>.parquet`; all tables in `decks.duckdb`; `datapackage.json` describes the CSVs.
"""
from __future__ import annotations

import json
import math
import os
import re
import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from ..fileio import write_unflushed
from ..schema import SCHEMA_VERSION, TABLES
from ..tables import typed

DUCKDB_FILE = "decks.duckdb"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def _plain(v: Any) -> Any:
    """JSON-ready cell: numpy/pandas scalars to Python, NaN/NA to None."""
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, (list, dict, str)):
        return v.item()
    return v


def records_of(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): _plain(v) for k, v in row.items()} for row in df.to_dict(orient="records")]


def neutralize(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`, tab, CR) gets a leading
    apostrophe; plain numbers (`-0.4`) are left alone."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def neutralizes_any(data: pd.DataFrame, table: str) -> bool:
    """Whether the spreadsheet CSV of the typed table `data` differs from its plain CSV in any cell (some
    text would be `neutralize`d); when none would, the two files hold the same rows."""
    for c in TABLES[table].columns:
        if c.type == "string" and any(isinstance(v, str) and neutralize(v) != v for v in data[c.name].tolist()):
            return True
    return False


def csv_frame(df: pd.DataFrame, table: str, excel: bool = False, data: pd.DataFrame | None = None) -> pd.DataFrame:
    """The table as its CSV holds it: text typed, lists joined with |; for the spreadsheet file
    (`excel`), formula-like text neutralized. The plain CSV keeps every cell as it is. `data`: the table
    already typed (`typed(df, table)`), when the caller has it (left as it is)."""
    out = typed(df, table) if data is None else data.copy()
    for c in TABLES[table].columns:
        if c.type == "string" and excel:
            out[c.name] = out[c.name].map(neutralize, na_action="ignore")
        elif c.type == "datetime":
            out[c.name] = out[c.name].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return out


def csv_bytes(df: pd.DataFrame, table: str, excel: bool = False, data: pd.DataFrame | None = None) -> bytes:
    """RFC 4180 text: CRLF between records, so the writer quotes every field holding a CR or an LF
    (with a bare LF terminator a lone CR went unquoted and split the record in two)."""
    text = csv_frame(df, table, excel=excel, data=data).to_csv(index=False, lineterminator="\r\n")
    return ("\ufeff" + text if excel else text).encode("utf-8")


def json_bytes(df: pd.DataFrame) -> bytes:
    """`json.dumps(records_of(df), ensure_ascii=False, indent=1)`, its rows laid out by `json_rows`."""
    from .json_rows import json_rows

    rows = json_rows(df, indent=" ")
    return ("[\n" + ",\n".join(" " + r for r in rows) + "\n]" if rows else "[]").encode("utf-8")


def arrow_schema(table: str) -> Any:
    """The table's Arrow schema: the dictionary's types, descriptions and schema version."""
    import pyarrow as pa

    types = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(),
             "datetime": pa.timestamp("us", tz="UTC")}
    t = TABLES[table]
    return pa.schema([pa.field(c.name, types[c.type], nullable=not c.required,
                               metadata={"description": c.description}) for c in t.columns],
                     metadata={"table": t.name, "description": t.description, "schema_version": SCHEMA_VERSION})


def arrow_table(df: pd.DataFrame, table: str, data: pd.DataFrame | None = None, arrow: Any = None) -> Any:
    """`data`: the table already typed (`typed(df, table)`), when the caller has it; `arrow`: the same as this
    Arrow table already (`typed_reuse.typed_pair`), returned as it is."""
    import pyarrow as pa

    if arrow is not None:
        return arrow
    return pa.Table.from_pandas(typed(df, table) if data is None else data, schema=arrow_schema(table), preserve_index=False)


def parquet_bytes(df: pd.DataFrame, table: str, data: pd.DataFrame | None = None, arrow: Any = None) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = pa.BufferOutputStream()
    pq.write_table(arrow_table(df, table, data, arrow), sink)
    return sink.getvalue().to_pybytes()


def publish_table(out_dir: Path, name: str, df: pd.DataFrame, formats: tuple[str, ...] = ("csv", "json", "parquet"),
                  data: pd.DataFrame | None = None) -> list[Path]:
    """One table in the given formats (CSV brings its `_excel.csv` twin); `data`: `df` typed, when the caller has it."""
    out_dir = Path(out_dir)
    paths = []
    data = typed(df, name) if data is None else data  # once for every format
    if "csv" in formats:
        paths += [out_dir / f"{name}.csv", out_dir / f"{name}_excel.csv"]
        write_unflushed(paths[-2], csv_bytes(df, name, data=data))
        write_unflushed(paths[-1], csv_bytes(df, name, excel=True, data=data))
    if "json" in formats:
        paths.append(out_dir / f"{name}.json")
        write_unflushed(paths[-1], json_bytes(df))
    if "parquet" in formats:
        paths.append(out_dir / f"{name}.parquet")
        write_unflushed(paths[-1], parquet_bytes(df, name, data))
    return paths


#: the generation's segments index keeps under this key a digest of each table across decks, typed
WHOLE_KEY = "whole_tables"


def table_digest(data: pd.DataFrame) -> str:
    """A hash of a typed table's rows (the same rows, types and order: the same digest)."""
    import hashlib

    rows = pd.util.hash_pandas_object(data, index=False).to_numpy() if len(data) else b""
    cols = ",".join(f"{c}:{t}" for c, t in data.dtypes.items())
    return hashlib.blake2b(bytes(rows) + cols.encode(), digest_size=16).hexdigest()


def write_duckdb(out_dir: Path, frames: dict[str, pd.DataFrame], prev_db: Path | None = None,
                 reused: set[str] | frozenset[str] = frozenset(), data: dict[str, pd.DataFrame] | None = None,
                 arrows: dict[str, Any] | None = None) -> Path:
    """Every table in one DuckDB file, with the dictionary's types and descriptions as comments;
    built beside the target and renamed over it. When most tables are `reused`, the previous database
    is copied and only the other tables are replaced. `data`, `arrows`: tables typed already, as pandas and
    as Arrow (`arrow_table`), by name."""
    import duckdb

    target = Path(out_dir) / DUCKDB_FILE
    fd, tmp = tempfile.mkstemp(prefix=f".{DUCKDB_FILE}.", suffix=".tmp", dir=out_dir)
    os.close(fd)
    os.unlink(tmp)  # duckdb wants to create the file itself
    todo = frames
    if prev_db is not None and prev_db.is_file() and reused:
        shutil.copyfile(prev_db, tmp)
        todo = {k: v for k, v in frames.items() if k not in reused}
    try:
        # one thread: the tables are small for DuckDB and the run's other core is busy (two threads took 0.27
        # CPU-s against 0.21 for the same file in a 5,100-deck re-run, `bench/results/issue25_s23_scale.md`)
        con = duckdb.connect(tmp, config={"threads": 1})
        try:
            # one transaction: each statement committed alone flushed DuckDB's log to disk (about 240 flushes
            # for the tables, their comments and their columns' comments: a second of waiting for the disk)
            con.execute("BEGIN TRANSACTION")
            for name, df in todo.items():
                con.execute(f'DROP TABLE IF EXISTS "{name}"')
                arrow = arrow_table(df, name, (data or {}).get(name), (arrows or {}).get(name))  # noqa: F841 (read by the SQL below)
                con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM arrow')
                t = TABLES[name]
                con.execute(f"COMMENT ON TABLE \"{name}\" IS '{t.description.replace(chr(39), chr(39) * 2)}'")
                for c in t.columns:
                    con.execute(f"COMMENT ON COLUMN \"{name}\".\"{c.name}\" IS '{c.description.replace(chr(39), chr(39) * 2)}'")
            con.execute("COMMIT")
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, target)
    except duckdb.IOException as e:  # disk full, folder not writable: the run failed, as for any other file
        raise OSError(f"cannot write {target}: {e}") from e
    finally:
        for leftover in (tmp, tmp + ".wal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
    return target


def datapackage(tables: list[str]) -> dict[str, Any]:
    """A Frictionless Tabular Data Package descriptor for the CSV tables, from the column dictionary."""
    resources = []
    for name in tables:
        t = TABLES[name]
        fields = []
        for c in t.columns:
            f: dict[str, Any] = {"name": c.name, "type": c.type, "description": c.description}
            constraints: dict[str, Any] = {}
            if c.enum:
                constraints["enum"] = list(c.enum)
            if c.required:
                constraints["required"] = True
            if constraints:
                f["constraints"] = constraints
            fields.append(f)
        schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
        if t.primary_key:
            schema["primaryKey"] = list(t.primary_key)
        if t.deck_key and "decks" in tables:
            schema["foreignKeys"] = [{"fields": "doc", "reference": {"resource": "decks", "fields": "doc"}}]
        resources.append({"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                          "description": t.description, "schema": schema})
    return {"name": "deck-to-data", "title": "Quantities from Japanese government slide decks",
            "profile": "tabular-data-package", "version": SCHEMA_VERSION, "resources": resources}


TABLE_SUFFIXES = (".csv", "_excel.csv", ".json", ".parquet")


def _reuse(prev: Path | None, out_dir: Path, name: str) -> list[Path] | None:
    """Hard-link a table's files from the previous generation (it did not change); None if it can't."""
    if prev is None or prev.resolve() == Path(out_dir).resolve():
        return None
    sources = [prev / f"{name}{s}" for s in TABLE_SUFFIXES]
    if not all(p.is_file() for p in sources):
        return None
    targets = [Path(out_dir) / p.name for p in sources]
    for s, t in zip(sources, targets):
        os.link(s, t)
    return targets


def publish_all(out_dir: Path, frames: dict[str, pd.DataFrame], unchanged: set[str] | frozenset[str] = frozenset(),
                prev: Path | None = None, touched: set[str] | None = None, cores: int = 1) -> list[Path]:
    """Every table in every format, the DuckDB file, and the data package descriptor. Tables named in
    `unchanged` are linked from the previous generation `prev` instead of being written again; the CSV and
    JSON files of a table keyed by deck are written by segments (`segments.py`): the bytes of the decks
    whose rows did not change are copied from `prev`. Each table is typed once for every format; with
    `touched` (the decks whose rows this run wrote or removed), only their rows (`typed_reuse.py`). With
    `cores` > 1 the workbook is written by a forked process (`page_readers.aside`) from the typed tables
    while the other files are written here: the same bytes; its error is raised here, and a failure here
    stops it."""
    from ..ingest.page_readers import aside
    from .segments import Segmented, load_index
    from .sheet_reuse import BOOK_KEY
    from .typed_reuse import SIGNATURE_KEY, typing_signature

    out_dir = Path(out_dir)
    by_deck = Segmented(prev if prev is not None and prev.resolve() != out_dir.resolve() else None, load_index(prev))
    sig = typing_signature()
    if by_deck.prev_dir is None or by_deck.prev.get(SIGNATURE_KEY) != sig:
        touched = None  # typed rows written by other code (or none): every row is typed
    todo = _Todo(out_dir, prev, by_deck, same_code=by_deck.prev_dir is not None and by_deck.prev.get(SIGNATURE_KEY) == sig)
    for name, df in frames.items():
        todo.type_or_link(name, df, name in unchanged, touched)
    # the workbook needs every table typed and knows which were linked: started now, beside the writing
    book = aside(partial(publish_workbook, out_dir, frames, todo.reused, prev, todo.data, by_deck), cores)
    try:
        paths = todo.write(frames)
        paths.append(write_duckdb(out_dir, frames, prev_db=(prev / DUCKDB_FILE) if prev else None, reused=todo.reused,
                                  data=todo.data, arrows=todo.arrows))
        workbook, entry = book()
    except BaseException:
        book.stop()  # a workbook still being written (into this generation, which is not published) is stopped
        raise
    paths.append(workbook)
    if entry is not None:
        by_deck.index[BOOK_KEY] = entry
    by_deck.index[SIGNATURE_KEY] = sig
    by_deck.index[WHOLE_KEY] = todo.wholes
    paths.append(by_deck.save(out_dir))
    write_unflushed(out_dir / "datapackage.json",
                    json.dumps(datapackage(list(frames)), ensure_ascii=False, indent=1).encode("utf-8"))
    paths.append(out_dir / "datapackage.json")
    return paths


class _Todo:
    """`publish_all`'s tables: each typed, or linked from the previous generation (`type_or_link`), then the
    files of those not linked written (`write`)."""

    def __init__(self, out_dir: Path, prev: Path | None, by_deck: Any, same_code: bool) -> None:
        self.out_dir, self.prev, self.by_deck, self.same_code = out_dir, prev, by_deck, same_code
        self.paths: list[Path] = []
        self.reused: set[str] = set()
        self.data: dict[str, pd.DataFrame] = {}
        #: the typed tables whose kept rows were taken in Arrow, as Arrow (`typed_reuse.typed_pair`)
        self.arrows: dict[str, Any] = {}
        #: each typed table's rows' positions in the last generation's when they are those rows (`typed_kept`)
        self.same: dict[str, Any] = {}
        #: a digest of each table across decks, typed (kept in the segments index)
        self.wholes: dict[str, str] = {}
        self.to_write: list[str] = []

    def type_or_link(self, name: str, df: pd.DataFrame, unchanged: bool, touched: set[str] | None) -> None:
        from .typed_reuse import typed_kept_from

        linked = _reuse(self.prev, self.out_dir, name) if unchanged else None
        if linked is None:
            self.data[name], arrow, self.same[name] = typed_kept_from(self.by_deck.prev_dir, df, name, touched)
            if arrow is not None:
                self.arrows[name] = arrow
            if "doc" not in TABLES[name].names:
                # a table across decks (programmes) whose typed rows hash as last time is linked, as segments are
                self.wholes[name] = table_digest(self.data[name])
                if self.same_code and self.by_deck.prev.get(WHOLE_KEY, {}).get(name) == self.wholes[name]:
                    linked = _reuse(self.prev, self.out_dir, name)
        if linked is None:
            self.to_write.append(name)
        else:
            self.reused.add(name)
            self.paths += linked

    def write(self, frames: dict[str, pd.DataFrame]) -> list[Path]:
        """The files of the tables not linked; a linked table keeps its segments. Every path so far."""
        for name in self.to_write:
            df, data = frames[name], self.data[name]
            if "doc" in TABLES[name].names:
                self.paths += self.by_deck.write(self.out_dir, name, df, data, self.same.get(name))
                self.paths.append(self.out_dir / f"{name}.parquet")
                write_unflushed(self.paths[-1], parquet_bytes(df, name, data, self.arrows.get(name)))
            else:
                self.paths += publish_table(self.out_dir, name, df, data=data)
        for name in self.reused:
            if name in self.by_deck.prev:
                self.by_deck.index[name] = self.by_deck.prev[name]
        return self.paths


def publish_workbook(out_dir: Path, frames: dict[str, pd.DataFrame], reused: set[str] | frozenset[str] = frozenset(),
                     prev: Path | None = None, data: dict[str, pd.DataFrame] | None = None, by_deck: Any = None
                     ) -> tuple[Path, dict[str, Any] | None]:
    """`tables.xlsx` (publish/workbook.py): linked from the previous generation when no table changed; else
    written with the rows of unchanged decks copied from it (publish/sheet_reuse.py). With its entry for the
    generation's segments index (`by_deck`, `segments.Segmented`; None: none), which the caller keeps (this may
    run in a forked process)."""
    from .sheet_reuse import BOOK_KEY, BookReuse
    from .workbook import WORKBOOK_FILE, write_workbook

    old = prev / WORKBOOK_FILE if prev is not None else None
    if old is not None and old.is_file() and set(frames) <= set(reused) and prev is not None \
            and prev.resolve() != Path(out_dir).resolve():
        os.link(old, Path(out_dir) / WORKBOOK_FILE)
        return Path(out_dir) / WORKBOOK_FILE, by_deck.prev.get(BOOK_KEY) if by_deck is not None else None
    if by_deck is None:
        return write_workbook(out_dir, frames, data), None
    reuse = BookReuse(old if by_deck.prev_dir is not None else None, by_deck.prev.get(BOOK_KEY), by_deck.segs)
    target = write_workbook(out_dir, frames, data, reuse)
    return target, reuse.index(target)
