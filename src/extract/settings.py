"""Where a run's options come from, besides flags: a config file and environment variables, with the
flags' names, defaults and checks (every option is defined once, in `options.RunOptions`).

Highest first:
  1. a flag on the command line (`--deck-timeout 60`)
  2. an environment variable: DECK_TO_DATA_ and the flag's name (`DECK_TO_DATA_DECK_TIMEOUT=60`,
     `DECK_TO_DATA_OUT=/srv/tables`, `DECK_TO_DATA_RAW=/srv/decks` for the input)
  3. the config file: `--config FILE` (or DECK_TO_DATA_CONFIG), else `deck-to-data.toml` in the input
     folder or in the output folder (one of them: both is an error); keys are the flags' names
     (`deck-timeout = 60` or `deck_timeout = 60`, `out = "tables"`); relative paths are relative to the file
  4. the option's default

A value from a file or the environment goes through the same checks as a flag (`RunOptions`), and an
unknown key or variable name is an error naming it, as an unknown flag is.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import MISSING, Field, dataclass, fields
from pathlib import Path
from typing import Any

from .options import RunOptions

CONFIG_FILE = "deck-to-data.toml"
ENV_PREFIX = "DECK_TO_DATA_"
CONFIG_ENV = ENV_PREFIX + "CONFIG"
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")

HELP = f"""where settings come from (highest first):
  1. flags on the command line
  2. environment variables: {ENV_PREFIX} and the flag's name, e.g.
     {ENV_PREFIX}DECK_TIMEOUT=60, {ENV_PREFIX}OUT=tables, {ENV_PREFIX}RAW=decks
  3. a config file: --config FILE (or {CONFIG_ENV}), else {CONFIG_FILE}
     in the input folder or the output folder, with the flags' names as keys:
       out = "tables"
       deck-timeout = 60
     (relative paths are relative to the file)
  4. the defaults shown above
"""


class SettingsError(ValueError):
    """A config file or variable that cannot be used: the message names it."""


def flag_name(f: Field[Any]) -> str:
    """The option's name on the command line, without dashes (`out` for out_dir, `deck-timeout`)."""
    if f.name == "raw":
        return "raw"
    return (f.metadata.get("flag") or "--" + f.name.replace("_", "-")).lstrip("-")


def env_name(f: Field[Any]) -> str:
    return ENV_PREFIX + flag_name(f).replace("-", "_").upper()


def _default(f: Field[Any]) -> Any:
    return f.default if f.default is not MISSING else None


def convert(f: Field[Any], value: Any, where: str, base: Path | None = None) -> Any:
    """`value` (text from the environment, or a TOML value) as the option's type; a relative path is
    taken from `base` (the config file's folder)."""
    kind = str(f.type).replace(" | None", "")
    try:
        if kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in _TRUE or text in _FALSE:
                return text in _TRUE
            raise ValueError(f"not a yes/no value: {value!r}")
        if isinstance(value, bool):  # TOML's true is no number of workers
            raise ValueError(f"not {'an integer' if kind == 'int' else 'a ' + kind.lower()}: {value!r}")
        if kind == "int":
            if isinstance(value, float) and not value.is_integer():
                raise ValueError(f"not an integer: {value!r}")
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "Path":
            p = Path(str(value)).expanduser()
            return base / p if base is not None and not p.is_absolute() else p
        return str(value)
    except (TypeError, ValueError) as e:
        raise SettingsError(f"{where}: {e}") from None


def _keys() -> dict[str, Field[Any]]:
    """Every name an option goes by in a config file: the flag's (with - or _) and the field's."""
    out: dict[str, Field[Any]] = {}
    for f in fields(RunOptions):
        out[flag_name(f)] = out[flag_name(f).replace("-", "_")] = out[f.name] = f
    return out


def from_environment(environ: Mapping[str, str]) -> dict[str, Any]:
    """The options set by DECK_TO_DATA_* variables; an unknown DECK_TO_DATA_ name is an error."""
    by_name = {env_name(f): f for f in fields(RunOptions)}
    out: dict[str, Any] = {}
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX) or name == CONFIG_ENV:
            continue
        if name not in by_name:
            known = ", ".join(sorted(by_name))
            raise SettingsError(f"unknown environment variable {name} (known: {known}, {CONFIG_ENV})")
        f = by_name[name]
        out[f.name] = convert(f, value, name)
    return out


def from_file(path: Path) -> dict[str, Any]:
    """The options a config file sets (TOML, the flags' names as keys)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise SettingsError(f"config file {path}: {e.strerror or e}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise SettingsError(f"config file {path}: {e}") from None
    keys = _keys()
    out: dict[str, Any] = {}
    base = Path(path).parent
    for key, value in data.items():
        if key not in keys:
            names = sorted({flag_name(f) for f in fields(RunOptions)})
            raise SettingsError(f"config file {path}: unknown setting {key!r} (known: {', '.join(names)})")
        f = keys[key]
        if f.name in out:
            raise SettingsError(f"config file {path}: {key!r} sets {flag_name(f)} a second time")
        out[f.name] = convert(f, value, f"config file {path}: {key}", base)
    return out


def find_config(raw: Path, out_dir: Path) -> Path | None:
    """`deck-to-data.toml` in the input folder (a deck's folder, when the input is one deck) or in the
    output folder; None when neither has one; an error when both do."""
    folder = raw if raw.is_dir() or not raw.exists() else raw.parent
    found = [p for p in dict.fromkeys([folder / CONFIG_FILE, Path(out_dir) / CONFIG_FILE]) if p.is_file()]
    if len(found) > 1 and found[0].resolve() != found[1].resolve():
        raise SettingsError(f"two config files, {found[0]} and {found[1]}: keep one, or say which with --config")
    return found[0] if found else None


@dataclass(frozen=True)
class Settings:
    options: RunOptions
    #: the config file read, if any
    config: Path | None
    #: where each option's value came from: "flag", "environment (NAME)", "config file (PATH)" or "default"
    origins: dict[str, str]


def resolve(flags: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None,
            config: Path | str | None = None) -> Settings:
    """The run's options from flags (option name -> value, only those given), the environment and a
    config file (`config`, else DECK_TO_DATA_CONFIG, else one found beside the input or the output)."""
    flags = dict(flags or {})
    environ = os.environ if environ is None else environ
    env = from_environment(environ)
    config = config if config is not None else (environ.get(CONFIG_ENV) or None)
    if config is None:
        def pick(name: str) -> Any:
            f = next(x for x in fields(RunOptions) if x.name == name)
            return Path(flags.get(name) or env.get(name) or _default(f))
        path = find_config(pick("raw"), pick("out_dir"))
    else:
        path = Path(config)
        if not path.is_file():
            raise SettingsError(f"config file not found: {path}")
    in_file = from_file(path) if path is not None else {}
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for f in fields(RunOptions):
        for source, where in ((flags, "flag"), (env, f"environment ({env_name(f)})"), (in_file, f"config file ({path})")):
            if f.name in source:
                values[f.name], origins[f.name] = source[f.name], where
                break
        else:
            origins[f.name] = "default"
    try:
        options = RunOptions.resolve(values)
    except ValueError as e:
        raise SettingsError(f"{e} (from {', '.join(sorted({origins[k] for k in values if k in str(e)}) or ['the settings'])})"
                            ) from None
    return Settings(options, path, origins)


def given_flags(args: Any) -> dict[str, Any]:
    """The options an argparse namespace got from the command line (see options.add_arguments: every
    flag defaults to nothing; the input is positional, so the default's own text counts as not given)."""
    out = {}
    for f in fields(RunOptions):
        if not hasattr(args, f.name):
            continue
        v = getattr(args, f.name)
        if f.name == "raw" and v == str(_default(f)):
            continue
        out[f.name] = v
    return out
