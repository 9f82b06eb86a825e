"""The Optuna RDB storage that sweeps and tuning studies share (SQLite beside the runs by default,
PostgreSQL or MySQL for several machines), and the one-caller-only *claim* both rely on."""

from __future__ import annotations

import contextlib
import random
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmark.engine.io import file_lock
from benchmark.errors import ConfigError


def open_storage(url: str, heartbeat_s: float | None = None, grace_s: float | None = None):
    """An Optuna RDBStorage for ``url`` (SQLite files get a parent folder and a long lock timeout)."""
    import optuna
    from sqlalchemy.exc import ArgumentError

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    engine: dict[str, Any] = {}
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
        engine = {"connect_args": {"timeout": 120}}
    else:
        engine = {"pool_pre_ping": True}
    kwargs: dict[str, Any] = {}
    if heartbeat_s:
        kwargs = {
            "heartbeat_interval": max(1, int(heartbeat_s)),
            "grace_period": max(2, int(grace_s or 3 * heartbeat_s)),
        }
    from sqlalchemy.exc import DBAPIError

    try:
        # heartbeats are marked experimental; the sweep relies on them knowingly. A new SQLite file is
        # created (tables, migrations) by one process at a time; on a server, workers that create the
        # tables at the same moment collide once ("duplicate key"), and the retry finds them made.
        for attempt in range(5):
            try:
                with warnings.catch_warnings(), sqlite_claim_lock(url):
                    warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
                    return optuna.storages.RDBStorage(url, engine_kwargs=engine, **kwargs)
            except DBAPIError:
                if attempt == 4:
                    raise
                time.sleep(0.5 + random.random())
    except (ArgumentError, ImportError, ValueError) as exc:
        raise ConfigError(
            f"cannot open the sweep storage {url!r}: {exc}. Expected sqlite:///FILE, "
            "postgresql://USER:PASS@HOST/DB or mysql+pymysql://..."
        ) from None
    except Exception as exc:
        raise ConfigError(f"cannot open the sweep storage {url!r}: {type(exc).__name__}: {exc}") from None


def shown_url(url: str) -> str:
    """``url`` as shown in messages: a server URL without its password."""
    if url.startswith("sqlite:"):
        return url
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def missing_storage(url: str) -> str | None:
    """Why there is no Optuna storage at ``url`` yet (``"no storage at PATH"``), or None when there is
    one. Creates nothing: a SQLite file that does not exist is not opened, and a server's database is
    only inspected for Optuna's tables."""
    if url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///") :])
        if not path.is_file():
            return f"no storage at {path}"
    from sqlalchemy import create_engine, inspect

    try:
        engine = create_engine(url)
        try:
            has_tables = inspect(engine).has_table("studies")
        finally:
            engine.dispose()
    except Exception as exc:
        first = (str(exc).strip().splitlines() or [""])[0]
        raise ConfigError(f"cannot open the sweep storage {shown_url(url)!r}: {type(exc).__name__}: {first}") from None
    return None if has_tables else f"no storage at {shown_url(url)} (no Optuna tables)"


def retrying(action: Callable[[], Any], attempts: int = 20) -> Any:
    """Run a storage action, retrying transient lock errors (SQLite under concurrent writers)."""
    from sqlalchemy.exc import OperationalError

    for i in range(attempts):
        try:
            return action()
        except OperationalError:
            if i == attempts - 1:
                raise
            time.sleep(0.2 + 0.1 * i)


def claim(storage, key: str) -> bool:
    """True for exactly one caller per ``key`` across every worker sharing ``storage``."""
    from optuna.exceptions import DuplicatedStudyError
    from optuna.study import StudyDirection

    try:
        retrying(lambda: storage.create_new_study([StudyDirection.MAXIMIZE], study_name=key))
        return True
    except DuplicatedStudyError:
        return False


@contextlib.contextmanager
def sqlite_claim_lock(url: str) -> Iterator[None]:
    """Serialise taking a cell on a SQLite storage. Python's sqlite3 driver begins a transaction at
    the first write, not at the read before it, so two processes could both read a trial as WAITING
    and both move it to RUNNING; a file lock beside the database closes that window (SQLite is for
    workers on one machine; PostgreSQL and MySQL lock the trial's row instead)."""
    if not url.startswith("sqlite:///"):
        yield
        return
    path = Path(url[len("sqlite:///") :]).resolve()
    with file_lock(path.with_name(path.name + ".claim-lock")):
        yield
