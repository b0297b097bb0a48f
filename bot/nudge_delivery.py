"""The nudge ledger moved to ``bot.delivery.nudge_ledger``; these names stay for older callers."""

from bot.delivery.nudge_ledger import POST_INTERVAL, STALE_CLAIM, Delivery, Recipient, Sender

__all__ = ["POST_INTERVAL", "STALE_CLAIM", "Delivery", "Recipient", "Sender"]
