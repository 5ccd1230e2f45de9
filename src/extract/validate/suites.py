"""Great Expectations suites from `expectations/*.json`, run on an ephemeral context, with Data Docs.

Each expectation carries `meta.severity` (`error` keeps rows out of the published tables, `warning` is
only reported), `meta.scope` (what an error holds back: `row` the rows that fail it, `group` every
mention a failing cross-row group stands for, `deck` the whole deck, `table` every deck of the batch:
a column of the wrong type is our bug, not the deck's) and `meta.why` (the reason, with the real-world
fact behind a bound). Checks that no column holds directly are computed first as `_`-columns or
derived frames (checks.py), so they show up in the same Great Expectations results and Data Docs.

One batch per table per run: the frame holds every deck's rows, and each failing row comes back by
its position (`unexpected_index_list` of result format COMPLETE), so a failure is attributed to its
exact deck and row.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

DOCS_SITE = "deck_to_data"
#: the scope of an expectation whose `meta.scope` is not written: a column's type concerns the whole
#: batch, a uniqueness failure the rows that collide, anything else the failing row
DEFAULT_SCOPES = {"expect_column_values_to_be_in_type_list": "table", "expect_compound_columns_to_be_unique": "group",
                  "expect_column_values_to_be_unique": "group"}


@dataclass
class ExpectationResult:
    table: str
    expectation: str
    column: str | None
    severity: str
    success: bool
    unexpected_count: int | None
    why: str = ""
    examples: list[Any] = field(default_factory=list)
    scope: str = "row"
    #: columns the expectation reads (one, or a compound key)
    columns: tuple[str, ...] = ()
    #: positions (0-based, in the validated frame) of the rows that fail it
    rows: list[int] = field(default_factory=list)
    #: the share of rows that must pass (GX's `mostly`; None: every row)
    mostly: float | None = None

    def label(self) -> str:
        return f"{self.table}.{self.column or ''}: {self.why or self.expectation}"


@dataclass
class TableValidation:
    table: str
    results: list[ExpectationResult]
    rows: int = 0
    docs_page: str | None = None  # relative to the Data Docs folder

    @property
    def errors(self) -> list[ExpectationResult]:
        return [r for r in self.results if not r.success and r.severity == "error"]

    @property
    def warnings(self) -> list[ExpectationResult]:
        return [r for r in self.results if not r.success and r.severity != "error"]

    @property
    def passed(self) -> int:
        return sum(r.success for r in self.results)

    @property
    def success(self) -> bool:
        return not self.errors

    def summary(self) -> dict[str, Any]:
        return {"table": self.table, "rows": self.rows, "passed": self.passed, "failed": len(self.errors),
                "warnings": len(self.warnings), "docs_page": self.docs_page,
                "failures": [r.label() for r in self.errors], "warning_list": [r.label() for r in self.warnings]}


def _positions(index_list: Any) -> list[int]:
    """Row positions from `unexpected_index_list` (plain labels of a RangeIndex; dicts when GX is told
    index columns)."""
    out = []
    for x in index_list or []:
        out.append(int(x["index"] if isinstance(x, dict) else x))
    return out


def load_suites(folder: Path) -> dict[str, dict[str, Any]]:
    """The suite files, by table name (`meta.table`, else the file stem)."""
    suites = {}
    for path in sorted(Path(folder).glob("*.json")):
        d = with_registered_kinds(json.loads(path.read_text(encoding="utf-8")))
        suites[d.get("meta", {}).get("table", path.stem)] = d
    if not suites:
        raise FileNotFoundError(f"no expectation suites in {folder}")
    return suites


def with_registered_kinds(suite: dict[str, Any]) -> dict[str, Any]:
    """The suite with its closed set of kinds (a `kind` in-set check naming every built-in kind) widened to
    every registered rule kind (`rules.registry`): a kind registered at run time is validated like the others."""
    from ..model import KINDS
    from ..rules.registry import REGISTRY

    for e in suite.get("expectations", []):
        kw = e.get("kwargs", {})
        if e.get("type") == "expect_column_values_to_be_in_set" and kw.get("column") == "kind" \
                and set(KINDS) <= set(kw.get("value_set", ())):
            kw["value_set"] = [*kw["value_set"], *(k for k in REGISTRY.names() if k not in kw["value_set"])]
    return suite


@contextmanager
def _no_bar_monitor() -> Iterator[None]:
    """GX makes a progress bar per validation, shown or not (tqdm, which comes with GX); tqdm starts a
    monitor thread for the first bar and never stops it when the bar is a disabled one. No bar is shown
    here, so none needs watching, and a thread left running would keep the run from forking its report
    beside publishing (`ingest.page_readers.can_fork`)."""
    from tqdm import tqdm

    was, tqdm.monitor_interval = tqdm.monitor_interval, 0
    try:
        yield
    finally:
        tqdm.monitor_interval = was


class Validator:
    """One ephemeral Great Expectations context and its suites; one checkpoint per table.

    Validation results stay in the context until `build_docs(folder)` renders them as Data Docs."""

    def __init__(self, suites_dir: Path) -> None:
        import great_expectations as gx
        from great_expectations.core import ExpectationSuite
        from great_expectations.data_context.types.base import ProgressBarsConfig

        for name in ("great_expectations", "great_expectations.data_context.types.base"):
            logging.getLogger(name).setLevel(logging.ERROR)
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        source = self.context.data_sources.add_pandas("decks")
        self.checkpoints: dict[str, Any] = {}
        for table, d in load_suites(suites_dir).items():
            body = {k: v for k, v in d.items() if k in ("name", "expectations", "meta", "notes")}
            suite = self.context.suites.add(ExpectationSuite(**body))
            batch_def = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe(table)
            vd = self.context.validation_definitions.add(gx.ValidationDefinition(data=batch_def, suite=suite, name=table))
            self.checkpoints[table] = self.context.checkpoints.add(gx.Checkpoint(
                name=f"check_{table}", validation_definitions=[vd], actions=[],
                result_format={"result_format": "COMPLETE", "partial_unexpected_count": 5}))

    @property
    def tables(self) -> list[str]:
        return list(self.checkpoints)

    def validate(self, table: str, df: pd.DataFrame, run_name: str = "run") -> TableValidation:
        """One checkpoint run over `df`; failing rows come back as positions in `df`."""
        from great_expectations.core.run_identifier import RunIdentifier

        df = df.reset_index(drop=True)  # index labels are the positions failures are reported by
        with _no_bar_monitor():
            run = self.checkpoints[table].run(batch_parameters={"dataframe": df}, run_id=RunIdentifier(run_name=run_name))
        (identifier, res), = run.run_results.items()
        results = []
        for r in res.results:
            cfg = r.expectation_config
            meta = cfg.meta or {}
            out = r.result or {}
            column = cfg.kwargs.get("column")
            columns = (column,) if column else tuple(cfg.kwargs.get("column_list") or ())
            results.append(ExpectationResult(
                table=table, expectation=cfg.type, column=column or ("+".join(columns) or None),
                severity=meta.get("severity", "error"), success=bool(r.success),
                unexpected_count=out.get("unexpected_count"), why=meta.get("why", ""),
                examples=[str(x) for x in list(out.get("partial_unexpected_list") or [])[:5]],
                scope=meta.get("scope") or DEFAULT_SCOPES.get(cfg.type, "row"), columns=columns,
                rows=_positions(out.get("unexpected_index_list")), mostly=cfg.kwargs.get("mostly"),
            ))
        page = "validations/" + "/".join(identifier.to_tuple()) + ".html"
        return TableValidation(table, results, rows=len(df), docs_page=page)

    def build_docs(self, folder: Path) -> Path:
        """Render Data Docs for every validation run on this context into `folder`, self-contained."""
        folder = Path(folder).resolve()
        if DOCS_SITE not in (self.context.get_site_names() or []):
            self.context.add_data_docs_site(site_name=DOCS_SITE, site_config={
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(folder)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            })
        self.context.build_data_docs(site_names=[DOCS_SITE])
        from .offline import make_offline

        make_offline(folder)  # the pages open offline: no CDN scripts, stylesheets or logo
        return folder / "index.html"
