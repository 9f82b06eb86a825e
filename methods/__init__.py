"""Methods: one file per method, registered by name in :data:`benchmark.registry.METHODS`."""

from methods import blind, epalm  # noqa: F401  (register "blind", "epalm", "epalm-pt-l")
