"""Listeners for Slack's actions surface, one module per feature."""

from __future__ import annotations

import importlib
import pkgutil

from slack_bolt import App

from bot.deps import Deps


def register(app: App, deps: Deps) -> None:
    """Import every module here; each module with ``register(app, deps)`` adds its listeners."""
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(app, deps)
