"""Methods: one file per method, registered by name in :data:`benchmark.registry.METHODS`."""

from methods import blind, epalm, fromage, limber, lora, magma, mapl, promptfuse  # noqa: F401  (each module registers its methods)
