"""``response_url``: what Slack accepts on one, and what it answers when it does not.

Slack: "You can use ``response_url`` to publish up to 5 times within 30 minutes
of receiving the payload" (https://docs.slack.dev/interactivity/handling-user-interaction,
"Message responses"; the same for slash commands,
https://docs.slack.dev/interactivity/implementing-slash-commands, "Sending
delayed responses"). A ``response_url`` is an incoming-webhook-style URL: an
error is an HTTP 4xx with a plain-text body naming it, not a JSON ``ok: false``
(https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks:
400 ``invalid_payload``, 403 ``action_prohibited``, 404 ``channel_not_found``,
410 ``channel_is_archived``, the body a plain string). Content Slack refuses is
a 400 with the Web API's error name (``invalid_blocks``, ``no_text``; Slack's
staff on a webhook's "400 invalid_blocks": slackapi/java-slack-sdk#1017).

Slack does not document the body for a URL past its 30 minutes or its 5 uses;
the stand-in answers 404 ``expired_url`` and 404 ``used_url``, and 404
``no_service`` for a URL it never issued (Slack's answer for an unknown hook).
Every request to a live URL counts as a use, refused or not.
"""

from __future__ import annotations

from dataclasses import dataclass

RESPONSE_URL_TTL = 30 * 60.0
RESPONSE_URL_USES = 5


@dataclass
class ResponseLink:
    """Where a ``response_url`` answers: a channel, the message it came from, the user."""

    channel: str | None
    message_ts: str | None
    user: str | None
    issued_at: float
    uses: int = 0

    @property
    def target(self) -> tuple[str | None, str | None, str | None]:
        return self.channel, self.message_ts, self.user

    def use(self, now: float) -> str | None:
        """Count one use at ``now``; the plain-text error when the URL no longer answers."""
        if now - self.issued_at > RESPONSE_URL_TTL:
            return "expired_url"
        if self.uses >= RESPONSE_URL_USES:
            return "used_url"
        self.uses += 1
        return None
