"""Great Expectations suites from `expectations/*.json`, run on an ephemeral context, with Data Docs.

Each expectation carries `meta.severity`: `error` blocks publishing, `warning` is only reported.
Checks that no column holds directly are computed first as `_`-columns or derived frames (checks.py),
so they show up in the same Great Expectations results and Data Docs.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

DOCS_SITE = "deck_to_data"


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


def load_suites(folder: Path) -> dict[str, dict[str, Any]]:
    """The suite files, by table name (`meta.table`, else the file stem)."""
    suites = {}
    for path in sorted(Path(folder).glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        suites[d.get("meta", {}).get("table", path.stem)] = d
    if not suites:
        raise FileNotFoundError(f"no expectation suites in {folder}")
    return suites


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
                result_format={"result_format": "SUMMARY", "partial_unexpected_count": 5}))

    @property
    def tables(self) -> list[str]:
        return list(self.checkpoints)

    def validate(self, table: str, df: pd.DataFrame, run_name: str = "run") -> TableValidation:
        from great_expectations.core.run_identifier import RunIdentifier

        run = self.checkpoints[table].run(batch_parameters={"dataframe": df}, run_id=RunIdentifier(run_name=run_name))
        (identifier, res), = run.run_results.items()
        results = []
        for r in res.results:
            cfg = r.expectation_config
            meta = cfg.meta or {}
            results.append(ExpectationResult(
                table=table, expectation=cfg.type, column=cfg.kwargs.get("column"),
                severity=meta.get("severity", "error"), success=bool(r.success),
                unexpected_count=(r.result or {}).get("unexpected_count"), why=meta.get("why", ""),
                examples=[str(x) for x in list((r.result or {}).get("partial_unexpected_list") or [])[:5]],
            ))
        page = "validations/" + "/".join(identifier.to_tuple()) + ".html"
        return TableValidation(table, results, rows=len(df), docs_page=page)

    def build_docs(self, folder: Path) -> Path:
        """Render Data Docs for every validation run on this context into `folder`."""
        folder = Path(folder).resolve()
        if DOCS_SITE not in (self.context.get_site_names() or []):
            self.context.add_data_docs_site(site_name=DOCS_SITE, site_config={
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(folder)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            })
        self.context.build_data_docs(site_names=[DOCS_SITE])
        return folder / "index.html"
