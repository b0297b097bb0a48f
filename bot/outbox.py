"""Owing a Slack post: moved to ``bot.delivery.owed``; this name stays for the claims' callers."""

from bot.delivery.owed import enqueue

__all__ = ["enqueue"]
