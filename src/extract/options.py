"""The options of a run, written out once: their defaults, their checks and their help text. The CLI,
the Prefect flow and `serve` all take a `RunOptions`; command-line flags are derived from its fields."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from collections.abc import Mapping
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote_from_bytes, unquote_to_bytes


def packaged_suites() -> Path:
    """The Great Expectations suites shipped inside the package (`extract/expectations/*.json`)."""
    return Path(str(resources.files("extract").joinpath("expectations")))


#: the least memory a deck's process can work in: it forks from a warmed server of ~670 MB of address
#: space, and Sudachi maps its dictionary (~200 MB) on first use (measured: 896 MB works, 832 MB fails)
MIN_DECK_MEMORY_MB = 1024


#: a path whose name is not UTF-8 travels in JSON (Prefect's parameters) as a percent-encoded file URI
_FS_URI = "file://"


def _json_path(p: Path) -> str:
    """The path as text JSON can carry: itself, or (bytes that are not UTF-8) a `file://` URI."""
    text = str(p)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _FS_URI + quote_from_bytes(os.fsencode(text))
    return text


def _opt(default: Any, help: str, flag: str | None = None, metavar: str | None = None) -> Any:
    return field(default=default, metadata={"help": help, "flag": flag, "metavar": metavar})


@dataclass(frozen=True)
class RunOptions:
    """Everything a run needs to know. `RunOptions.resolve(None | dict | RunOptions)` accepts any of them;
    invalid values raise ValueError with the option's name."""

    raw: Path = _opt(Path("raw"), "a deck file, or a folder of .pdf/.txt decks (subfolders included)")
    out_dir: Path = _opt(Path("output"), "output folder", flag="--out")
    suites_dir: Path | None = _opt(None, "folder of Great Expectations suites (default: the packaged ones)",
                                   flag="--suites")
    lock_timeout: float = _opt(300.0, "seconds to wait for another run on the same output folder")
    settle_seconds: float = _opt(5.0, "skip decks modified this recently: probably still being copied")
    deck_timeout: float = _opt(120.0, "CPU seconds allowed for one deck (reading, rules and tables), counted over "
                                      "its processes: a busy machine does not stop a deck a quiet one reads")
    deck_memory_mb: int = _opt(2048, "memory allowed for one deck, in MB")
    max_text_mb: float = _opt(50.0, "largest .txt deck accepted, in MB")
    passwords_file: Path | None = _opt(None, "JSON file of {deck file name: password} for encrypted PDFs "
                                       "(default: RAW/.passwords.json)", flag="--passwords")
    dask_address: str | None = _opt(None, "run the per-deck tasks on this Dask scheduler (tcp://host:port)")
    dask_local: int | None = _opt(None, "run them on a local Dask cluster of N worker processes", metavar="N")
    workers: int | None = _opt(None, "decks read at the same time, each in its own process, when not on Dask "
                                     "(default: the cores)")
    # -- operations (issue 24) --
    deck_seconds_per_page: float = _opt(1.0, "CPU seconds allowed per page of a PDF deck: its limit is the larger "
                                        "of this times its pages and --deck-timeout")
    deck_wall_factor: float = _opt(10.0, "wall-clock seconds allowed for one deck, in times its CPU limit: stops a "
                                   "deck that hangs without using CPU")
    allow_removal: bool = _opt(False, "publish even when the run removes more than --max-removed-share of the "
                               "published decks (their files are gone on purpose)")
    max_removed_share: float = _opt(0.5, "a run that would remove more than this share of the published decks "
                                    "stops and publishes nothing, unless --allow-removal")
    retry_failed: bool = _opt(False, "extract again the decks that failed, even when nothing about them changed")
    verify: bool = _opt(False, "hash every deck, even those whose size, time stamps and inode are unchanged")
    as_of: str | None = _opt(None, "the run's reference date (YYYY-MM-DD) for a deck that writes no year and whose "
                             "dates carry weekdays: its year is the latest they fit, not after this date's "
                             "(default: the day the run starts; recorded per deck in the manifest)", metavar="DATE")

    def __post_init__(self) -> None:
        for name in ("raw", "out_dir", "suites_dir", "passwords_file"):
            v = getattr(self, name)
            if isinstance(v, str) and v.startswith(_FS_URI):  # a folder name that is not UTF-8 (see to_params)
                v = os.fsdecode(unquote_to_bytes(v[len(_FS_URI):]))
            if v is not None and not isinstance(v, Path):
                object.__setattr__(self, name, Path(v))
        for name in ("lock_timeout", "settle_seconds"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, not {getattr(self, name)}")
        for name in ("deck_timeout", "deck_memory_mb", "max_text_mb", "workers", "deck_wall_factor"):
            if getattr(self, name) is not None and getattr(self, name) <= 0:
                raise ValueError(f"{name} must be > 0, not {getattr(self, name)}")
        if self.deck_memory_mb < MIN_DECK_MEMORY_MB:
            raise ValueError(f"deck_memory_mb must be at least {MIN_DECK_MEMORY_MB} (--deck-memory-mb): a deck's process "
                             f"needs about 900 MB of address space for the parsers and Sudachi's dictionary, "
                             f"not {self.deck_memory_mb}")
        if self.deck_seconds_per_page < 0:
            raise ValueError(f"deck_seconds_per_page must be >= 0, not {self.deck_seconds_per_page}")
        if not 0 <= self.max_removed_share <= 1:
            raise ValueError(f"max_removed_share must be between 0 and 1, not {self.max_removed_share}")
        if self.dask_local is not None and self.dask_local <= 0:
            raise ValueError(f"dask_local must be > 0, not {self.dask_local}")
        if self.dask_address and self.dask_local:
            raise ValueError("give dask_address or dask_local, not both")
        if self.as_of is not None:
            try:
                dt.date.fromisoformat(self.as_of)
            except (TypeError, ValueError):
                raise ValueError(f"as_of must be a date YYYY-MM-DD, not {self.as_of!r}") from None

    @classmethod
    def resolve(cls, value: RunOptions | Mapping[str, Any] | None = None, **overrides: Any) -> RunOptions:
        if value is None:
            base = cls()
        elif isinstance(value, RunOptions):
            base = value
        else:
            unknown = set(value) - {f.name for f in fields(cls)}
            if unknown:
                raise ValueError(f"unknown run options: {', '.join(sorted(unknown))}")
            base = cls(**dict(value))
        return replace(base, **overrides) if overrides else base

    @property
    def as_of_date(self) -> dt.date | None:
        """The reference date given (`as_of`), as a date: a run fills it in from its start (run.run)."""
        return dt.date.fromisoformat(self.as_of) if self.as_of else None

    @property
    def suites(self) -> Path:
        return self.suites_dir if self.suites_dir is not None else packaged_suites()

    @property
    def raw_folder(self) -> Path:
        """The folder the decks are in (the input itself, or a single deck's folder)."""
        return self.raw if self.raw.is_dir() or not self.raw.exists() else self.raw.parent

    @property
    def pool_size(self) -> int:
        """How many decks are read at once: `workers`, else the cores this process may use."""
        if self.workers is not None:
            return self.workers
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)

    def passwords_path(self) -> Path | None:
        if self.passwords_file is not None:
            return self.passwords_file
        default = self.raw_folder / ".passwords.json"
        return default if default.exists() else None

    def to_params(self) -> dict[str, Any]:
        """JSON-ready parameters (absolute paths), e.g. for a served deployment."""
        out: dict[str, Any] = {}
        for k, v in asdict(self).items():
            out[k] = _json_path(Path(v).resolve()) if isinstance(v, Path) else v
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_params(), ensure_ascii=False, sort_keys=True)


def add_arguments(parser: argparse.ArgumentParser, skip: tuple[str, ...] = ()) -> None:
    """Command-line flags for every option (the input folder as a positional argument)."""
    for f in fields(RunOptions):
        if f.name in skip:
            continue
        default = f.default if f.default is not MISSING else None
        helptext = f.metadata["help"] + (f" (default: {default})" if default is not None else "")
        if f.name == "raw":
            parser.add_argument("raw", nargs="?", default=str(default), help=helptext)
            continue
        flag = f.metadata.get("flag") or "--" + f.name.replace("_", "-")
        if str(f.type) == "bool":
            parser.add_argument(flag, dest=f.name, action="store_true", default=argparse.SUPPRESS, help=f.metadata["help"])
            continue
        kind = {"float": float, "int": int, "int | None": int}.get(str(f.type), str)
        parser.add_argument(flag, dest=f.name, type=kind, default=argparse.SUPPRESS, help=helptext,
                            metavar=f.metadata.get("metavar"))


def from_arguments(args: argparse.Namespace) -> RunOptions:
    """The options given on the command line (the others keep their defaults)."""
    names = {f.name for f in fields(RunOptions)}
    return RunOptions.resolve({k: v for k, v in vars(args).items() if k in names})
