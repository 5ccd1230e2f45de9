"""A deck-keyed table typed by what changed (issue 25: publishing works on what changed, not on everything).

Typing a table (`tables.typed`: every cell to the dictionary's type) is a Python step per cell; in a run
that changed a few of 5,000 decks it was the largest part of publishing. The previous generation's Parquet
file holds every table typed; a deck this run did not touch has the same rows in a deck-keyed table (its
rows are a function of its own mentions, read back as they were published), so its typed rows are read
back from that file and only the touched decks' rows are typed. The columns a run computes across decks
(`CROSS_DECK_COLUMNS`: a programme's id may move when another deck adds a name) are typed whole.

Nothing is reused unless the file's schema is the table's schema as this code writes it and each kept
deck's rows come back in the same number; otherwise the table is typed whole, as before."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..schema import TABLES
from ..tables import typed

#: tables whose rows of one deck are a function of that deck's mentions, cells and checks alone
DECK_TABLES = ("mentions", "amounts", "durations", "counts", "budgets", "held_back", "outline", "cells")
#: the columns of those tables computed across decks: typed whole every run
CROSS_DECK_COLUMNS = {"amounts": ("program_id",), "budgets": ("program_id",)}
#: tables only ever appended to, by run (`changes`: the last generation's rows, then this run's), and the column
#: naming a row's run: every run's rows in the last generation's file are kept as typed there
RUN_TABLES = {"changes": "run_id"}


def _runs(keys: np.ndarray) -> tuple[pd.MultiIndex, np.ndarray, np.ndarray]:
    """The runs of one key in a column (`keys`, objects): each run as (key, its occurrence in the table: a
    table may hold one deck's rows in two runs), its first row and its number of rows; found with numpy
    and pandas, without a step per deck."""
    n = len(keys)
    starts = np.concatenate([[0], np.flatnonzero(keys[1:] != keys[:-1]) + 1]) if n else np.zeros(0, dtype=np.int64)
    lens = np.diff(np.append(starts, n))
    first = pd.Series(keys[starts], dtype=object)
    occurrence = first.groupby(first.to_numpy(), sort=False).cumcount().to_numpy()
    return pd.MultiIndex.from_arrays([first.to_numpy(), occurrence]), starts, lens


def _positions(old_keys: np.ndarray, new_keys: np.ndarray, touched: set[str]) -> tuple[np.ndarray, np.ndarray]:
    """For each row of the new table, its position in the old one (>= 0), or, as -1 - i, its position i among
    the rows typed again: those of runs `touched`, not in the old table, or not as many rows as there. With
    the new rows typed again (positions in the new table)."""
    old, old_starts, old_lens = _runs(old_keys)
    new, new_starts, new_lens = _runs(new_keys)
    at = old.get_indexer(new) if len(old) else np.full(len(new), -1)
    kept = (at >= 0) & ~new.get_level_values(0).isin(list(touched))
    kept &= np.where(at >= 0, old_lens[np.maximum(at, 0)], -1) == new_lens
    fresh_lens = np.where(kept, 0, new_lens)
    fresh_first = np.cumsum(fresh_lens) - fresh_lens  # a typed run's first row among the typed rows
    source = np.where(kept, old_starts[np.maximum(at, 0)], -1 - fresh_first)
    step = np.where(kept, 1, -1)  # positions typed here count down from -1
    n = int(new_lens.sum())
    within = np.arange(n) - np.repeat(new_starts, new_lens)
    return np.repeat(source, new_lens) + np.repeat(step, new_lens) * within, np.flatnonzero(np.repeat(~kept, new_lens))


def read_arrow(path: Path, table: str) -> Any:
    """The typed table as the Parquet file at `path` holds it (an Arrow table, its schema metadata as
    `formats.arrow_table` gives it); None when there is no such file or its schema is not this table's as
    written now (`formats.arrow_schema`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .formats import arrow_schema

    try:
        got = pq.read_table(path)
    except (OSError, pa.ArrowException):
        return None
    want = arrow_schema(table)
    meta = {k: v for k, v in (got.schema.metadata or {}).items() if k != b"pandas"}  # pandas adds its own
    if meta != want.metadata or not got.schema.remove_metadata().equals(want.remove_metadata(), check_metadata=True):
        return None
    return got


def frame_of(arrow: Any, table: str) -> pd.DataFrame:
    """An Arrow table of `table` (`read_arrow`) as pandas, with the dtypes `tables.typed` gives."""
    import pyarrow as pa

    kinds = {pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(), pa.string(): pd.StringDtype()}
    df = arrow.to_pandas(types_mapper=kinds.get)
    for c in TABLES[table].columns:
        if c.type == "datetime":
            df[c.name] = df[c.name].astype("datetime64[us, UTC]")
    return df


def read_typed(path: Path, table: str) -> pd.DataFrame | None:
    """`read_arrow` as pandas (`frame_of`)."""
    got = read_arrow(path, table)
    return None if got is None else frame_of(got, table)


def typed_by_deck(df: pd.DataFrame, table: str, prev: Any, touched: set[str] | None) -> pd.DataFrame:
    """`typed(df, table)`, the rows of decks not in `touched` taken from `prev` (the previous generation's
    typed table as Arrow, `read_arrow`). `touched`: the decks whose rows this run wrote or removed (None:
    unknown, every row typed)."""
    return typed_pair(df, table, prev, touched)[0]


def typed_pair(df: pd.DataFrame, table: str, prev: Any, touched: set[str] | None) -> tuple[pd.DataFrame, Any]:
    """`typed_by_deck`, and the same rows as the Arrow table `formats.arrow_table` makes of them (None when
    every row was typed here: the caller converts the frame as before). The kept rows are taken in Arrow and
    converted to pandas once: no pandas concatenation of every row, no conversion back for Parquet and DuckDB."""
    return typed_kept(df, table, prev, touched)[:2]


def typed_kept(df: pd.DataFrame, table: str, prev: Any, touched: set[str] | None
               ) -> tuple[pd.DataFrame, Any, np.ndarray | None]:
    """`typed_pair`, and for each row its position in `prev` when it is that row as typed there, every column
    alike (taken from `prev`, its `CROSS_DECK_COLUMNS` computed again to the same values), else -1 (None: no
    row was taken, or a run table's). A kept deck's run is the previous table's run of the same deck and
    occurrence, row for row (`_positions`). The segments keep a kept deck's digest without hashing its rows (segments.py)."""
    if prev is None or touched is None or table not in (*DECK_TABLES, *RUN_TABLES) or not len(df):
        return typed(df, table), None, None
    by = RUN_TABLES.get(table, "doc")
    touched = set() if table in RUN_TABLES else touched  # a run's rows never change once published
    if not prev.num_rows:
        return typed(df, table), None, None
    at, fresh = _positions(prev.column(by).to_numpy(zero_copy_only=False), df[by].to_numpy(dtype=object), touched)
    arrow = _taken(prev, typed(df.iloc[fresh], table), at, table)
    if arrow is None:
        return typed(df, table), None, None
    at = np.where(at >= 0, at, -1)
    cross = CROSS_DECK_COLUMNS.get(table, ())
    if cross:
        again = typed(df, table, only=cross)  # typed whole every run
        for col in cross:
            i = arrow.schema.get_field_index(col)
            arrow = arrow.set_column(i, arrow.schema.field(i), _column(again, col, arrow.schema.field(i).type))
            at = np.where(_same_at(prev.column(col), arrow.column(col), at), at, -1)
    # a deck's runs are matched by (doc, occurrence) as the segments key them; a run table's are not
    return frame_of(arrow, table), arrow, None if table in RUN_TABLES else at


def _same_at(old: Any, new: Any, at: np.ndarray) -> np.ndarray:
    """For each row of `new` (an Arrow column), whether it equals `old`'s row `at` (a null equal to a null);
    False where `at` < 0."""
    import pyarrow as pa
    import pyarrow.compute as pc

    taken = old.take(pa.array(np.maximum(at, 0), type=pa.int64()))
    equal = pc.fill_null(pc.equal(taken, new), False)
    both_null = pc.and_(pc.is_null(taken), pc.is_null(new))
    return (at >= 0) & pc.or_(equal, both_null).to_numpy(zero_copy_only=False).astype(bool)


def _column(data: pd.DataFrame, col: str, kind: Any) -> Any:
    import pyarrow as pa

    return pa.chunked_array([pa.Array.from_pandas(data[col].array, type=kind)], type=kind)


def _taken(prev: Any, new: pd.DataFrame, at: np.ndarray, table: str) -> Any:
    """The rows `at` of `prev` then `new` (as in `typed_pair`) as one Arrow table of one chunk per column, under
    `prev`'s schema; None when `new` does not convert to that very schema (then nothing is taken from `prev`)."""
    import pyarrow as pa

    from .formats import arrow_schema

    fresh = pa.Table.from_pandas(new, schema=arrow_schema(table), preserve_index=False)
    if not fresh.schema.equals(prev.schema, check_metadata=True):
        return None
    both = pa.concat_tables([prev, fresh]) if len(new) else prev
    return both.take(pa.array(np.where(at >= 0, at, prev.num_rows + (-1 - at)), type=pa.int64())).combine_chunks()


#: the generation's segments index (`segments.json`) keeps under this key what its typed rows depend on
SIGNATURE_KEY = "typed_by_deck"


def typing_signature() -> str:
    """What a deck's typed rows depend on besides its mentions: the code deriving the tables from them
    (tables.py), the schema, pandas and pyarrow. A generation written under another is not reused."""
    import hashlib
    from importlib import resources

    import pyarrow as pa

    from ..schema import SCHEMA_VERSION

    code = resources.files("extract").joinpath("tables.py").read_bytes()
    return hashlib.sha256(code + f"{SCHEMA_VERSION}:{pd.__version__}:{pa.__version__}".encode()).hexdigest()[:16]


def typed_from(prev_dir: Path | None, df: pd.DataFrame, table: str, touched: set[str] | None) -> pd.DataFrame:
    """`typed(df, table)`, the untouched decks' rows read from the previous generation `prev_dir`'s Parquet."""
    return typed_pair_from(prev_dir, df, table, touched)[0]


def typed_pair_from(prev_dir: Path | None, df: pd.DataFrame, table: str, touched: set[str] | None
                    ) -> tuple[pd.DataFrame, Any]:
    """`typed_from`, with its Arrow table when it has one (`typed_pair`)."""
    return typed_kept_from(prev_dir, df, table, touched)[:2]


def typed_kept_from(prev_dir: Path | None, df: pd.DataFrame, table: str, touched: set[str] | None
                    ) -> tuple[pd.DataFrame, Any, np.ndarray | None]:
    """`typed_pair_from`, with each row's position in the previous Parquet when it is that row (`typed_kept`)."""
    if prev_dir is None or touched is None or table not in (*DECK_TABLES, *RUN_TABLES):
        return typed(df, table), None, None
    return typed_kept(df, table, read_arrow(Path(prev_dir) / f"{table}.parquet", table), touched)
