"""Frozen backbones: language-model and encoder presets, loading (hub, local, offline packages)
and meta-device construction for parameter counting."""
