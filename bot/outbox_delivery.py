"""The outbox's entry points, kept here for their callers (handlers, the console, tests).

The one sender is ``bot.delivery``: ``bot.delivery.outbox`` delivers owed posts,
``bot.delivery.engine`` sends each, ``bot.delivery.kinds`` is the registry.
"""

from bot.delivery.outbox import Report, deliver_due, deliver_job, deliver_keys

__all__ = ["Report", "deliver_due", "deliver_job", "deliver_keys"]
