"""Logging and progress for every command: one ``logging`` setup, and progress bars with rate and ETA.

The suite speaks through the ``bench`` logger hierarchy (``logging.getLogger("bench.<area>")``); the
command line calls :func:`setup_logging` once (``--quiet`` shows warnings and errors only). Results a
command prints (tables, JSON) go to stdout; everything else goes to stderr through logging.

:func:`progress` wraps an iterable (or counts ``update`` calls) with a tqdm bar when stderr is a
terminal, and degrades to a log line every ``every_s`` seconds with count, rate and ETA otherwise
(CI logs, files, pipes), so long work always shows where it is without flooding a log.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

ROOT = "bench"
_FORMAT = "%(message)s"


def get_logger(area: str) -> logging.Logger:
    """The logger of one area of the suite (``bench.<area>``)."""
    return logging.getLogger(f"{ROOT}.{area}")


def setup_logging(quiet: bool = False) -> None:
    """Send the suite's log records to stderr, one plain line each (INFO, or WARNING with ``quiet``).

    Idempotent: a second call only changes the level. Third-party loggers keep their own levels."""
    logger = logging.getLogger(ROOT)
    logger.setLevel(logging.WARNING if quiet else logging.INFO)
    if not any(getattr(h, "_bench", False) for h in logger.handlers):
        handler = logging.StreamHandler()  # resolves sys.stderr at emit time (pytest's capture works)
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler._bench = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.propagate = False
    os.environ["BENCH_QUIET"] = "1" if quiet else ""


def is_quiet() -> bool:
    return bool(os.environ.get("BENCH_QUIET")) or not logging.getLogger(ROOT).isEnabledFor(logging.INFO)


def _fmt_s(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class _LineProgress:
    """A progress "bar" for non-terminals: a log line at most every ``every_s`` seconds, and at the end."""

    def __init__(self, total: int | None, desc: str, unit: str, logger: logging.Logger, every_s: float) -> None:
        self.total, self.desc, self.unit, self.logger, self.every_s = total, desc, unit, logger, every_s
        self.n = 0
        self.start = self.last = time.perf_counter()
        self.postfix = ""

    def update(self, n: int = 1) -> None:
        self.n += n
        now = time.perf_counter()
        if now - self.last >= self.every_s and (self.total is None or self.n < self.total):
            self.last = now
            self._emit(now)

    def set_postfix_str(self, text: str, refresh: bool = True) -> None:
        self.postfix = text

    def _emit(self, now: float) -> None:
        elapsed = now - self.start
        rate = self.n / elapsed if elapsed > 0 else 0.0
        total = f"/{self.total}" if self.total else ""
        pct = f" {100 * self.n / self.total:3.0f}%" if self.total else ""
        eta = f", ETA {_fmt_s((self.total - self.n) / rate)}" if self.total and rate > 0 else ""
        post = f" ({self.postfix})" if self.postfix else ""
        self.logger.info(
            f"{self.desc}:{pct} {self.n}{total} {self.unit} [{_fmt_s(elapsed)}, {rate:.2f} {self.unit}/s{eta}]{post}"
        )

    def close(self) -> None:
        if self.n:
            self._emit(time.perf_counter())


class Progress:
    """``with progress(...) as bar: ... bar.update(n)`` or ``for x in progress(items, ...)``."""

    def __init__(
        self,
        iterable: Iterable | None,
        total: int | None,
        desc: str,
        unit: str,
        enabled: bool,
        logger: logging.Logger,
        every_s: float,
    ) -> None:
        self.iterable = iterable
        if total is None and iterable is not None and hasattr(iterable, "__len__"):
            total = len(iterable)  # type: ignore[arg-type]
        self.enabled = enabled and not is_quiet()
        self.bar: Any = None
        if self.enabled:
            if sys.stderr.isatty():
                from tqdm.auto import tqdm

                self.bar = tqdm(total=total, desc=desc, unit=unit, dynamic_ncols=True, leave=False)
            else:
                self.bar = _LineProgress(total, desc, unit, logger, every_s)

    def update(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def set_postfix(self, text: str) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(text, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __iter__(self) -> Iterator:
        try:
            for item in self.iterable or ():
                yield item
                self.update(1)
        finally:
            self.close()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def progress(
    iterable: Iterable | None = None,
    *,
    total: int | None = None,
    desc: str = "",
    unit: str = "it",
    enabled: bool = True,
    area: str = "progress",
    every_s: float = 30.0,
) -> Progress:
    """A progress bar over ``iterable`` (or ``total`` updates): tqdm on a terminal, periodic log lines
    elsewhere, nothing when ``enabled`` is false or logging is quiet."""
    return Progress(iterable, total, desc, unit, enabled, get_logger(area), every_s)
