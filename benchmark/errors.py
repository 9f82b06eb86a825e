"""User-facing errors.

Every problem a user can cause (an unknown name, a missing dataset, a corrupt image, an impossible
combination) raises a subclass of :class:`BenchError` whose message says what was expected. The CLI
prints the message without a traceback and exits non-zero.
"""

from __future__ import annotations


class BenchError(Exception):
    """An error whose message is meant for the user; the CLI prints it and exits with code 2."""

    exit_code = 2


class UnknownNameError(BenchError, KeyError):
    """A registry lookup failed; the message lists close matches and every known name."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class ConfigError(BenchError):
    """A configuration value is malformed or names an impossible combination."""


class DataError(BenchError):
    """A dataset is missing, incomplete or corrupt; the message names the files expected."""


class TrainingDivergedError(BenchError):
    """The loss became NaN or infinite; training stops instead of writing garbage."""

    exit_code = 3
