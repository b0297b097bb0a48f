"""Slack listeners, one package per surface; ``register`` attaches them all."""

from __future__ import annotations

from slack_bolt import App

from bot.deps import Deps


def register(app: App, deps: Deps) -> None:
    from handlers import (
        actions,
        clean_input,
        commands,
        errors,
        home,
        options,
        request_log,
        shortcuts,
        views,
    )

    request_log.register(app)
    errors.register(app)
    clean_input.register(app)
    commands.register(app, deps)
    actions.register(app, deps)
    views.register(app, deps)
    shortcuts.register(app, deps)
    options.register(app, deps)
    home.register(app, deps)
