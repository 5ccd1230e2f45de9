"""Read a deck in a child process under a time limit and a memory limit (see `extract.sandbox`, which
runs any per-deck function that way; the run wraps read + extract + records in it)."""
from __future__ import annotations

from pathlib import Path

from ..model import Deck, DeckError
from ..sandbox import Limits, Passwords, load_passwords, read_passwords, run_limited

__all__ = ["Limits", "Passwords", "load_passwords", "read_deck_limited", "read_passwords"]


def _read(path: str, password: str | None, max_text_mb: float) -> Deck:
    from . import read_deck

    return read_deck(Path(path), password=password, max_text_mb=max_text_mb)


def read_deck_limited(path: Path, limits: Limits | None = None) -> Deck:
    """`read_deck` in a child process; DeckError on timeout, memory exhaustion or a crash of the parser.
    An encrypted deck's reason names a passwords file that could not be used."""
    path = Path(path)
    limits = limits or Limits()
    try:
        return run_limited(_read, (str(path), limits.password_for(path.name), limits.max_text_mb), limits,
                           label=path.name)
    except DeckError as e:
        raise with_password_warning(e, limits) from None


def with_password_warning(e: DeckError, limits: Limits) -> DeckError:
    """An encrypted deck's error, told why the passwords file did not help (when it did not)."""
    if e.status == "encrypted" and limits.password_warning:
        return DeckError(f"{e.reason}; {limits.password_warning}", status=e.status)
    return e
