"""Generators added per family, one module each (so that several authors can add tasks at once
without editing one file). Importing this package registers them all in `generators.GENERATORS`."""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
