"""Settings from a config file and from environment variables, with the flags' names, defaults and checks."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

import pytest

from deck_to_data_flows.cli import main, options_from, parse_args
from extract.options import RunOptions
from extract.settings import CONFIG_ENV, CONFIG_FILE, SettingsError, convert, env_name, flag_name, resolve


@pytest.fixture
def folders(tmp_path, monkeypatch):
    for name in [k for k in os.environ if k.startswith("DECK_TO_DATA_")]:
        monkeypatch.delenv(name)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    out.mkdir()
    return raw, out


def test_a_config_file_in_the_input_folder_changes_a_setting(folders):
    raw, out = folders
    (raw / CONFIG_FILE).write_text('deck-timeout = 7\nworkers = 3\n', encoding="utf-8")
    s = resolve({"raw": str(raw), "out_dir": str(out)}, environ={})
    assert s.options.deck_timeout == 7.0 and s.options.workers == 3 and s.config == raw / CONFIG_FILE
    assert s.options.settle_seconds == RunOptions().settle_seconds  # the others keep their defaults
    assert s.origins["deck_timeout"] == f"config file ({raw / CONFIG_FILE})" and s.origins["settle_seconds"] == "default"


def test_a_config_file_in_the_output_folder_or_named(folders, tmp_path):
    raw, out = folders
    (out / CONFIG_FILE).write_text('settle_seconds = 0\n', encoding="utf-8")
    assert resolve({"raw": str(raw), "out_dir": str(out)}, environ={}).options.settle_seconds == 0
    named = tmp_path / "elsewhere.toml"
    named.write_text('settle-seconds = 2.5\n', encoding="utf-8")
    assert resolve({"raw": str(raw), "out_dir": str(out)}, environ={}, config=named).options.settle_seconds == 2.5
    assert resolve({"raw": str(raw), "out_dir": str(out)}, environ={CONFIG_ENV: str(named)}).options.settle_seconds == 2.5


def test_an_environment_variable_changes_a_setting(folders):
    raw, _ = folders
    s = resolve({"raw": str(raw)}, environ={"DECK_TO_DATA_DECK_TIMEOUT": "9", "DECK_TO_DATA_OUT": "tables", "HOME": "/x"})
    assert s.options.deck_timeout == 9.0 and s.options.out_dir == Path("tables")
    assert s.origins["out_dir"] == "environment (DECK_TO_DATA_OUT)"


@pytest.mark.parametrize("flag,env,file,expected", [
    (None, None, None, RunOptions().deck_timeout),
    (None, None, "5", 5.0),
    (None, "6", "5", 6.0),
    ("7", "6", "5", 7.0),
    ("7", None, "5", 7.0),
])
def test_flags_over_environment_over_file_over_default(folders, flag, env, file, expected):
    raw, out = folders
    if file:
        (raw / CONFIG_FILE).write_text(f"deck-timeout = {file}\n", encoding="utf-8")
    argv = ["run", str(raw), "--out", str(out)] + (["--deck-timeout", flag] if flag else [])
    environ = {"DECK_TO_DATA_DECK_TIMEOUT": env} if env else {}
    from extract.settings import given_flags

    assert resolve(given_flags(parse_args(argv)), environ=environ).options.deck_timeout == expected


def test_the_command_reads_them(folders, monkeypatch):
    raw, out = folders
    (out / CONFIG_FILE).write_text('workers = 4\npasswords = "secret/pw.json"\n', encoding="utf-8")
    monkeypatch.setenv("DECK_TO_DATA_LOCK_TIMEOUT", "12")
    opts = options_from(parse_args(["run", str(raw), "--out", str(out)]))
    assert (opts.workers, opts.lock_timeout) == (4, 12.0)
    assert opts.passwords_file == out / "secret" / "pw.json"  # relative to the file, not to the working folder


def test_the_input_folder_from_a_file_when_not_given(folders, monkeypatch, tmp_path):
    raw, out = folders
    named = tmp_path / "site.toml"
    named.write_text(f'raw = "{raw}"\nout = "{out}"\n', encoding="utf-8")
    opts = options_from(parse_args(["run", "--config", str(named)]))
    assert (opts.raw, opts.out_dir) == (raw, out)


@pytest.mark.parametrize("content,message", [
    ("deck-timeout = -1\n", "deck_timeout must be > 0"),
    ("deck-timeout = 'soon'\n", "deck-timeout"),
    ("workers = 1.5\n", "not an integer"),
    ("workers = true\n", "not an integer"),
    ("deck-timout = 5\n", "unknown setting 'deck-timout'"),
    ("out = 'a'\nout_dir = 'b'\n", "a second time"),
    ("deck-timeout = \n", CONFIG_FILE),
])
def test_a_bad_file_is_an_error_that_names_it(folders, content, message):
    raw, out = folders
    (raw / CONFIG_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        resolve({"raw": str(raw), "out_dir": str(out)}, environ={})


@pytest.mark.parametrize("environ,message", [
    ({"DECK_TO_DATA_DECK_TIMEOUT": "0"}, "deck_timeout must be > 0"),
    ({"DECK_TO_DATA_WORKERS": "two"}, "DECK_TO_DATA_WORKERS"),
    ({"DECK_TO_DATA_DECK_TIMEOT": "5"}, "unknown environment variable DECK_TO_DATA_DECK_TIMEOT"),
    ({CONFIG_ENV: "/nonexistent/x.toml"}, "config file not found"),
])
def test_a_bad_variable_is_an_error_that_names_it(folders, environ, message):
    raw, _ = folders
    with pytest.raises(SettingsError, match=message):
        resolve({"raw": str(raw)}, environ=environ)


def test_two_config_files_are_refused(folders):
    raw, out = folders
    (raw / CONFIG_FILE).write_text("workers = 1\n", encoding="utf-8")
    (out / CONFIG_FILE).write_text("workers = 2\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="two config files"):
        resolve({"raw": str(raw), "out_dir": str(out)}, environ={})


def test_a_bad_setting_exits_with_the_usage_code(folders, capsys):
    raw, out = folders
    (raw / CONFIG_FILE).write_text("deck-timeout = 0\n", encoding="utf-8")
    assert main(["run", str(raw), "--out", str(out)]) == 2
    assert CONFIG_FILE in capsys.readouterr().err


def test_every_option_has_one_flag_name_and_one_variable():
    names = [flag_name(f) for f in fields(RunOptions)]
    assert len(set(names)) == len(names)
    assert len({env_name(f) for f in fields(RunOptions)}) == len(names)


@dataclass
class _Typed:
    flag: bool = field(default=False)


@pytest.mark.parametrize("value,expected", [("1", True), ("yes", True), ("TRUE", True), ("0", False), ("no", False),
                                            (True, True), (False, False)])
def test_yes_no_values(value, expected):
    (f,) = fields(_Typed)
    assert convert(f, value, "X") is expected


@pytest.mark.parametrize("value", ["maybe", "2", 3])
def test_yes_no_values_refuse_others(value):
    (f,) = fields(_Typed)
    with pytest.raises(SettingsError, match="X"):
        convert(f, value, "X")


@pytest.mark.parametrize("command", ["run", "serve"])
def test_help_says_where_settings_come_from(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = capsys.readouterr().out
    assert "--config FILE" in text and "where settings come from (highest first)" in text
    for source in ("flags", "DECK_TO_DATA_DECK_TIMEOUT", CONFIG_FILE, "defaults"):
        assert source in text
