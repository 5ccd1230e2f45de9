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

import numpy as np
import pandas as pd

from ..schema import TABLES
from ..tables import typed
from .segments import deck_runs

#: tables whose rows of one deck are a function of that deck's mentions, cells and checks alone
DECK_TABLES = ("mentions", "amounts", "durations", "counts", "budgets", "held_back", "outline", "cells")
#: the columns of those tables computed across decks: typed whole every run
CROSS_DECK_COLUMNS = {"amounts": ("program_id",), "budgets": ("program_id",)}


def _keyed(runs: list[tuple[str, int, int]]) -> dict[tuple[str, int], tuple[int, int]]:
    """Each run by (doc, its occurrence in the table): a table may hold one deck's rows in two runs."""
    seen: dict[str, int] = {}
    out = {}
    for doc, a, b in runs:
        k = seen.get(doc, 0)
        seen[doc] = k + 1
        out[(doc, k)] = (a, b)
    return out


def read_typed(path: Path, table: str) -> pd.DataFrame | None:
    """The typed table as the Parquet file at `path` holds it, with the dtypes `tables.typed` gives; None
    when there is no such file or its schema is not this table's as written now (`formats.arrow_schema`)."""
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
    kinds = {pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(), pa.string(): pd.StringDtype()}
    df = got.to_pandas(types_mapper=kinds.get)
    for c in TABLES[table].columns:
        if c.type == "datetime":
            df[c.name] = df[c.name].astype("datetime64[us, UTC]")
    return df


def typed_by_deck(df: pd.DataFrame, table: str, prev: pd.DataFrame | None, touched: set[str] | None) -> pd.DataFrame:
    """`typed(df, table)`, the rows of decks not in `touched` taken from `prev` (the previous generation's
    typed table, `read_typed`). `touched`: the decks whose rows this run wrote or removed (None: unknown,
    every row typed)."""
    if prev is None or touched is None or table not in DECK_TABLES or not len(df):
        return typed(df, table)
    old = _keyed(deck_runs(prev["doc"].to_numpy(dtype=object)))
    take: list[np.ndarray] = []  # positions in prev (>= 0) or, as -1 - i, the i-th row typed here
    fresh: list[int] = []
    for key, (a, b) in _keyed(deck_runs(df["doc"].to_numpy(dtype=object))).items():
        got = old.get(key)
        if key[0] not in touched and got is not None and got[1] - got[0] == b - a:
            take.append(np.arange(got[0], got[1]))
        else:
            take.append(-1 - np.arange(len(fresh), len(fresh) + b - a))
            fresh += range(a, b)
    if not fresh and len(old) == 0:
        return typed(df, table)
    new = typed(df.iloc[fresh], table) if fresh else prev.iloc[:0]
    both = pd.concat([prev, new], ignore_index=True)
    at = np.concatenate(take)
    out = both.take(np.where(at >= 0, at, len(prev) + (-1 - at))).reset_index(drop=True)
    for col in CROSS_DECK_COLUMNS.get(table, ()):
        out[col] = typed(df, table, only=(col,))[col].array
    return out


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
    if prev_dir is None or touched is None or table not in DECK_TABLES:
        return typed(df, table)
    return typed_by_deck(df, table, read_typed(Path(prev_dir) / f"{table}.parquet", table), touched)
