"""The engine of the suite: registries, typed configs, backbones, the shared model wrapper,
the trainer, the feature cache, checkpoints, tracking and the `bench` command line."""

__version__ = "0.1.0"
