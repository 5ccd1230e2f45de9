"""What the terminal shows while a run works: the run's `extract.progress` events (its plan, each deck
starting and done, each stage) as a row per deck under an overall bar, or one plain line per event."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


class ProgressHandler(logging.Handler):
    """Turns the flow's `extract.progress` events into calls of `on(event, record)`."""

    def __init__(self, on: Callable[[str, logging.LogRecord], None]) -> None:
        super().__init__(logging.INFO)
        self.on = on

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.on(getattr(record, "event", record.getMessage()), record)
        except Exception:  # a display problem must never fail the run
            pass


class Display:
    """What the terminal shows while a run works: on a terminal a row per deck (spinner/bar, pages,
    mentions, time) under an overall bar; otherwise (a pipe, a log file, -v) one plain line per event."""

    def __init__(self, console: Console, quiet: bool, live: bool) -> None:
        self.console, self.quiet, self.live = console, quiet, live
        self.decks: list[str] = []
        self.progress: Any = None
        self.rows: dict[str, Any] = {}
        if quiet or not live:
            return
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
        from rich.table import Column

        name_w = max(18, console.width // 3)
        info_w = max(10, console.width - name_w - 20 - 16)
        self.progress = Progress(
            SpinnerColumn(finished_text=" "),
            TextColumn("{task.description}", table_column=Column(width=name_w, no_wrap=True, overflow="ellipsis")),
            BarColumn(bar_width=20), TimeElapsedColumn(),
            TextColumn("{task.fields[info]}", table_column=Column(max_width=info_w, no_wrap=True, overflow="ellipsis")),
            console=console, transient=True)
        self.overall = self.progress.add_task("starting Prefect", total=None, info="")
        self.progress.start()

    def planned(self, f: dict[str, Any]) -> None:
        """The run's own plan (its `plan` event): one line, and a row per deck it extracts."""
        self.decks = list(f.get("decks") or [])
        what = f"{len(self.decks)} to extract, {f.get('unchanged', 0)} unchanged"
        what += f", {f['removed']} removed" if f.get("removed") else ""
        what += f", {len(f['settling'])} still being written (next run)" if f.get("settling") else ""
        self.console.print(f"[bold]{what}[/]")
        if self.progress is None:
            return
        self.progress.update(self.overall, description="extracting", total=len(self.decks) + 4)
        for name in self.decks:
            self.rows[name] = self.progress.add_task(f"  {name}", total=1, start=False, info="waiting")

    def on(self, event: str, record: logging.LogRecord) -> None:
        f = record.__dict__
        if self.quiet:
            return
        if event == "plan":
            self.planned(f)
            return
        if self.progress is None:
            if event == "deck_done":
                self.console.print(f"{'✗' if f.get('error') else '✓'} {f['deck']}: " + self._info(f), highlight=False)
            elif event == "stage":
                self.console.print(f"… {f['stage']}", highlight=False)
            return
        if event == "deck_start" and f["deck"] in self.rows:
            self.progress.start_task(self.rows[f["deck"]])
            self.progress.update(self.rows[f["deck"]], total=None, info="reading")
        elif event == "deck_done" and f["deck"] in self.rows:
            row = self.rows[f["deck"]]
            mark = "[red]✗[/]" if f.get("error") else "[green]✓[/]"
            self.progress.update(row, total=1, completed=1, info=f"{mark} {self._info(f)}")
            self.progress.stop_task(row)
            self.progress.advance(self.overall)
        elif event == "stage":
            self.progress.update(self.overall, description=f"{f['stage']}", advance=1)

    @staticmethod
    def _info(f: dict[str, Any]) -> str:
        from rich.markup import escape

        if f.get("error"):
            return f"[red]{escape(f['error'])}[/]"
        pages = f"{f['pages']} page{'s' if f['pages'] != 1 else ''}, " if f.get("pages") else ""
        return f"{pages}{f['mentions']} mentions"

    def stop(self) -> None:
        if self.progress is not None:
            self.progress.update(self.overall, description="done", completed=len(self.decks) + 4)
            self.progress.stop()
            self.progress = None  # stopped once, however the run ends
