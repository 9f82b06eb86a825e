"""The engine: what every command that trains or scores a model shares.

config (typed run configuration) -> data (splits, subsets) and media (decoding) -> feature_cache
(frozen encoder features on disk) -> model (the frozen LM wrapped with a method's modules) -> trainer
(accelerate) and evaluation (batched generation, task metric) -> checkpoint, io (atomic writes) and
tracking (MLflow and the run folder). runner builds a run from these: plan -> context -> train ->
test -> record.
"""
