"""Methods: one file per method, registered by name in :data:`benchmark.registry.METHODS`.

The registry imports every module of this package on its first lookup (as it does for ``tasks``),
so a new method is one new file with an ``@register_method("name")`` class: nothing to add here.
"""
