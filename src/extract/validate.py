"""Great Expectations suites from `expectations/*.json`, run on an ephemeral context.

Each expectation carries `meta.severity`: `error` blocks publishing, `warning` is only reported.
Checks no column holds directly (text found in its source line, min <= max, a place inside the
deck) are computed here as `_`-prefixed columns of the frame that is validated, so they show up
in the same Great Expectations results.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .model import KINDS, QUALIFIERS

DEFAULT_SUITES = Path(__file__).resolve().parents[2] / "expectations"
_DURATION_UNITS = {"year", "month", "week", "day", "hour"}


@dataclass
class ExpectationResult:
    table: str
    expectation: str
    column: str | None
    severity: str
    success: bool
    unexpected_count: int | None
    examples: list[Any] = field(default_factory=list)


@dataclass
class TableValidation:
    table: str
    results: list[ExpectationResult]
    gx_result: dict[str, Any] = field(default_factory=dict)

    @property
    def errors(self) -> list[ExpectationResult]:
        return [r for r in self.results if not r.success and r.severity == "error"]

    @property
    def warnings(self) -> list[ExpectationResult]:
        return [r for r in self.results if not r.success and r.severity != "error"]

    @property
    def success(self) -> bool:
        return not self.errors


def load_suites(folder: Path = DEFAULT_SUITES) -> dict[str, dict[str, Any]]:
    """The suite files, by table name (`meta.table`, else the file stem)."""
    suites = {}
    for path in sorted(Path(folder).glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        suites[d.get("meta", {}).get("table", path.stem)] = d
    if not suites:
        raise FileNotFoundError(f"no expectation suites in {folder}")
    return suites


def _place_ok(row: pd.Series, limits: dict[str, tuple[int, int]]) -> bool:
    pages, lines = limits.get(row["doc"], (0, 0))
    if pd.notna(row["page"]):
        return 1 <= int(row["page"]) <= pages
    if pd.notna(row["line"]):
        return 1 <= int(row["line"]) <= lines
    return False


def _unit_ok(kind: str, unit: Any) -> bool:
    if kind == "amount":
        return unit == "yen"
    if kind == "duration":
        return unit in _DURATION_UNITS
    if kind in ("percent", "rank"):
        return unit == kind
    if kind in ("fiscal_year", "date"):
        return unit is None or unit != unit
    return isinstance(unit, str) and bool(unit)


def _le(a: Any, b: Any) -> bool:
    if a is None or b is None or a != a or b != b:
        return True
    try:
        return a <= b
    except TypeError:
        return False


def derived_mentions(df: pd.DataFrame, limits: dict[str, tuple[int, int]]) -> pd.DataFrame:
    """The mentions frame plus the computed check columns the suite refers to."""
    out = df.copy()
    out["_qualifiers_known"] = [set(q or []) <= set(QUALIFIERS) for q in df["qualifiers"]]
    out["_text_in_context"] = [bool(t) and str(t) in str(c) for t, c in zip(df["text"], df["context"])]
    out["_min_le_max"] = [_le(a, b) for a, b in zip(df["min"], df["max"])]
    out["_has_place"] = [pd.notna(p) or pd.notna(l) for p, l in zip(df["page"], df["line"])]
    out["_place_in_deck"] = [_place_ok(r, limits) for _, r in df.iterrows()] if len(df) else []
    out["_unit_known"] = [k in KINDS and _unit_ok(k, u) for k, u in zip(df["kind"], df["unit"])]
    out["qualifiers"] = ["|".join(q or []) for q in df["qualifiers"]]  # GX wants hashable cells
    return out


class Validator:
    """One ephemeral Great Expectations context and its suites; validate frames table by table."""

    def __init__(self, suites_dir: Path = DEFAULT_SUITES) -> None:
        import great_expectations as gx
        from great_expectations.core import ExpectationSuite
        from great_expectations.data_context.types.base import ProgressBarsConfig

        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        self.source = self.context.data_sources.add_pandas("decks")
        self.suites: dict[str, Any] = {}
        self.batches: dict[str, Any] = {}
        for table, d in load_suites(suites_dir).items():
            body = {k: v for k, v in d.items() if k in ("name", "expectations", "meta", "notes")}
            self.suites[table] = self.context.suites.add(ExpectationSuite(**body))
            asset = self.source.add_dataframe_asset(table)
            self.batches[table] = asset.add_batch_definition_whole_dataframe(f"{table}_frame")

    def validate(self, table: str, df: pd.DataFrame) -> TableValidation:
        batch = self.batches[table].get_batch(batch_parameters={"dataframe": df})
        res = batch.validate(self.suites[table])
        results = []
        for r in res.results:
            cfg = r.expectation_config
            results.append(ExpectationResult(
                table=table, expectation=cfg.type, column=cfg.kwargs.get("column"),
                severity=(cfg.meta or {}).get("severity", "error"), success=bool(r.success),
                unexpected_count=(r.result or {}).get("unexpected_count"),
                examples=list((r.result or {}).get("partial_unexpected_list") or [])[:5],
            ))
        return TableValidation(table, results, res.to_json_dict())
