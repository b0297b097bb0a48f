"""Moved to ``bot.delivery.pacing``; these names stay for the console (``bot.terminal``)."""

from bot.delivery.pacing import BURST, INTERVAL, Pacer, Slot, Steady

__all__ = ["BURST", "INTERVAL", "Pacer", "Slot", "Steady"]
