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
_clock = time.perf_counter  # the line mode's clock (a test can step it)


def get_logger(area: str) -> logging.Logger:
    """The logger of one area of the suite (``bench.<area>``)."""
    return logging.getLogger(f"{ROOT}.{area}")


_active_bars = 0  # tqdm bars on screen: log records are then written above them


class _StderrHandler(logging.StreamHandler):
    """One plain line per record on the *current* ``sys.stderr`` (looked up at each record, so a
    redirection made after setup, such as pytest's capture, is honoured), written above any tqdm bar."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)  # no fixed stream: see ``stream``

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    def emit(self, record: logging.LogRecord) -> None:
        if not _active_bars:
            super().emit(record)
            return
        try:
            from tqdm import tqdm

            tqdm.write(self.format(record), file=sys.stderr)
        except Exception:
            self.handleError(record)


# what ``quiet`` also turns down outside the suite: MLflow's INFO lines, Hugging Face progress bars
_QUIET_ENV = {"MLFLOW_LOGGING_LEVEL": "WARNING", "HF_HUB_DISABLE_PROGRESS_BARS": "1"}
_quieted: dict[str, Any] = {}  # what the last quiet setup changed, to undo on a non-quiet one


def _quiet_third_party(quiet: bool) -> None:
    if quiet and not _quieted:
        _quieted["env"] = [k for k in _QUIET_ENV if k not in os.environ]  # for libraries imported later
        os.environ.update({k: _QUIET_ENV[k] for k in _quieted["env"]})
        mlflow = logging.getLogger("mlflow")  # an import of mlflow after this reads MLFLOW_LOGGING_LEVEL
        _quieted["mlflow"] = mlflow.level
        mlflow.setLevel(max(mlflow.level, logging.WARNING))
        if "huggingface_hub" in sys.modules:
            from huggingface_hub.utils import are_progress_bars_disabled, disable_progress_bars

            _quieted["hf_bars"] = not are_progress_bars_disabled()
            disable_progress_bars()
        if "transformers" in sys.modules:
            import transformers.utils.logging as hf_logging

            _quieted["transformers_bars"] = hf_logging.is_progress_bar_enabled()
            hf_logging.disable_progress_bar()
    elif not quiet and _quieted:
        for key in _quieted["env"]:
            os.environ.pop(key, None)
        logging.getLogger("mlflow").setLevel(_quieted["mlflow"] or logging.INFO)  # INFO: mlflow's default
        if _quieted.get("hf_bars"):
            from huggingface_hub.utils import enable_progress_bars

            enable_progress_bars()
        if _quieted.get("transformers_bars"):
            import transformers.utils.logging as hf_logging

            hf_logging.enable_progress_bar()
        _quieted.clear()


def setup_logging(quiet: bool = False) -> None:
    """Send the suite's log records to stderr, one plain line each (INFO, or WARNING with ``quiet``).

    Idempotent: a second call only changes the level. Third-party loggers keep their own levels,
    except that ``quiet`` also hides MLflow's INFO lines and Hugging Face's progress bars (a later
    call without ``quiet`` restores them)."""
    _quiet_third_party(quiet)
    logger = logging.getLogger(ROOT)
    logger.setLevel(logging.WARNING if quiet else logging.INFO)
    if not any(getattr(h, "_bench", False) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler._bench = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.propagate = False


def is_quiet() -> bool:
    """Whether logging was set up quiet (``setup_logging(quiet=True)``, i.e. ``bench --quiet``): then no
    progress is shown at all. Without any setup, bars still show on a terminal."""
    return logging.getLogger(ROOT).level > logging.INFO


def _fmt_s(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class _LineProgress:
    """A progress "bar" for non-terminals: a log line at most every ``every_s`` seconds, and one at the end
    (unless the last line already said the same).

    A line reads ``desc: pct n/total unit [elapsed, rate unit/s (or s/unit below one a second), ETA eta]
    (postfix)``; the rate counts only the work done here (not ``initial``, e.g. what a cache or an
    earlier attempt already did)."""

    def __init__(
        self, total: int | None, initial: int, desc: str, unit: str, logger: logging.Logger, every_s: float
    ) -> None:
        self.total, self.desc, self.unit, self.logger, self.every_s = total, desc, unit, logger, every_s
        self.n = self.initial = initial
        self.start = self.last = _clock()
        self.postfix = ""
        self.shown: tuple[int, str] | None = None  # (count, postfix) of the last line

    def update(self, n: int = 1) -> None:
        self.n += n
        now = _clock()
        if n and now - self.last >= self.every_s and (self.total is None or self.n < self.total):
            self.last = now
            self._emit(now)

    def set_postfix_str(self, text: str, refresh: bool = True) -> None:
        self.postfix = text

    def line(self, now: float) -> str:
        elapsed = now - self.start
        rate = (self.n - self.initial) / elapsed if elapsed > 0 else 0.0
        total = f"/{self.total}" if self.total else ""
        pct = f" {100 * self.n / self.total:3.0f}%" if self.total else ""
        times = [_fmt_s(elapsed)]
        if rate > 0:  # none when nothing was done here (e.g. everything was cached)
            times.append(f"{1 / rate:.2f} s/{self.unit}" if rate < 1 else f"{rate:.2f} {self.unit}/s")  # as tqdm
            left = self.total - self.n if self.total else 0
            if left > 0:
                times.append(f"ETA {_fmt_s(left / rate)}")
        post = f" ({self.postfix})" if self.postfix else ""
        return f"{self.desc}:{pct} {self.n}{total} {self.unit} [{', '.join(times)}]{post}"

    def _emit(self, now: float) -> None:
        self.shown = (self.n, self.postfix)
        self.logger.info(self.line(now))

    def close(self) -> None:
        if self.n and self.shown != (self.n, self.postfix):
            self._emit(_clock())


class Progress:
    """``with progress(...) as bar: ... bar.update(n)`` or ``for x in progress(items, ...)``."""

    def __init__(
        self,
        iterable: Iterable | None,
        total: int | None,
        initial: int,
        desc: str,
        unit: str,
        enabled: bool,
        logger: logging.Logger,
        every_s: float,
    ) -> None:
        global _active_bars
        self.iterable = iterable
        if total is None and iterable is not None and hasattr(iterable, "__len__"):
            total = len(iterable)  # type: ignore[arg-type]
        self.n = initial
        self.enabled = enabled and not is_quiet()
        self.bar: Any = None
        self._tqdm = False
        if self.enabled:
            if sys.stderr.isatty():
                from tqdm import tqdm

                # leave=None: an outer bar stays on screen when done, a nested one (a cell's training) goes
                self.bar = tqdm(
                    total=total, initial=initial, desc=desc, unit=unit, dynamic_ncols=True, leave=None, file=sys.stderr
                )
                self._tqdm = True
                _active_bars += 1
            else:
                self.bar = _LineProgress(total, initial, desc, unit, logger, every_s)

    def update(self, n: int = 1) -> None:
        self.n += n
        if self.bar is not None:
            self.bar.update(n)

    def update_to(self, n: int) -> None:
        """Set the count to ``n`` (work others did counts too, e.g. cells other workers finished)."""
        if n != self.n:
            self.update(n - self.n)

    def set_postfix(self, text: str) -> None:
        """Text shown after the counts (e.g. the current loss)."""
        if self.bar is not None:
            self.bar.set_postfix_str(text, refresh=False)

    def close(self) -> None:
        global _active_bars
        if self.bar is not None:
            bar, self.bar = self.bar, None
            if self._tqdm:
                _active_bars -= 1
            bar.close()

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
    initial: int = 0,
    desc: str = "",
    unit: str = "it",
    enabled: bool = True,
    area: str = "progress",
    every_s: float = 30.0,
) -> Progress:
    """A progress bar over ``iterable`` (or ``total`` updates, starting at ``initial``): tqdm on a
    terminal, elsewhere a line on the ``bench.<area>`` logger every ``every_s`` seconds and one at the
    end; nothing when ``enabled`` is false or logging is quiet."""
    return Progress(iterable, total, initial, desc, unit, enabled, get_logger(area), every_s)
