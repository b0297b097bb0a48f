"""Moved to ``bot.delivery.slack``; these names stay for ``bot.doctor``."""

from bot.delivery.slack import SlackFailure, describe_failure, find_earlier_post, posting_client

__all__ = ["SlackFailure", "describe_failure", "find_earlier_post", "posting_client"]
