"""Experiments built on the engine: sweeps over a grid (sweep_spec, sweep), tuning studies (tune),
the Optuna storage they share (storage), out-of-distribution evaluation of finished runs (ood), scoring
of official results files (scoring), data checks (datacheck), parameter counts (params) and overhead
measurements (perf)."""
