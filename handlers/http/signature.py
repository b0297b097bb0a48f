"""Is this request Slack's? The signature check, safe against any header a stranger sends.

Slack's "Verifying requests from Slack"
(https://docs.slack.dev/authentication/verifying-requests-from-slack/): the
``X-Slack-Signature`` is ``v0=`` + HMAC-SHA256 of ``v0:{timestamp}:{raw body}``
keyed with the signing secret; a ``X-Slack-Request-Timestamp`` more than five
minutes from local time is refused, so a captured request cannot be replayed.

``slack_sdk``'s ``SignatureVerifier`` does the arithmetic, but it trusts its
inputs: ``int()`` of a non-numeric timestamp raises, as does decoding a
non-UTF-8 body or comparing a signature with non-ASCII characters in it
(``hmac.compare_digest``). Every header is checked for shape here first, so a
bad one is a refusal, never an exception.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable

from slack_sdk.signature import Clock, SignatureVerifier

# Slack: "If the difference ... is more than five minutes, ... ignore the request."
MAX_AGE_SECONDS = 60 * 5
# Set in a BoltRequest's context once its signature has been checked (HTTP mode).
VERIFIED = "cms_signature_verified"
_LONGEST_TIMESTAMP = 12  # digits; seconds since 1970 have 10 until the year 2286
_SIGNATURE_LENGTH = len("v0=") + 64


class _SystemClock(Clock):
    def __init__(self, now: Callable[[], float]) -> None:
        self._now = now

    def now(self) -> float:
        return self._now()


class SlackSignature:
    """Checks requests against one signing secret; ``now`` is the real clock, in seconds."""

    def __init__(self, signing_secret: str, *, now: Callable[[], float] = time.time) -> None:
        self._secret = signing_secret.encode()
        self._now = now
        self._verifier = SignatureVerifier(signing_secret, clock=_SystemClock(now))

    def header_refusal(self, timestamp: str | None, signature: str | None) -> str | None:
        """Why the headers alone fail (missing, malformed, stale), or ``None``: no body needed."""
        if not timestamp or not signature:
            return "no signature"
        if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > _LONGEST_TIMESTAMP:
            return "malformed timestamp"
        if (
            len(signature) != _SIGNATURE_LENGTH
            or not signature.isascii()
            or not signature.startswith("v0=")
        ):
            return "malformed signature"
        if abs(self._now() - int(timestamp)) > MAX_AGE_SECONDS:
            return "stale timestamp"
        return None

    def refusal(self, body: bytes, timestamp: str | None, signature: str | None) -> str | None:
        """Why the request fails the check, or ``None`` when Slack signed it just now."""
        reason = self.header_refusal(timestamp, signature)
        if reason is not None:
            return reason
        assert timestamp is not None and signature is not None
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            # Not text, so not something SignatureVerifier can hash; the same HMAC over
            # the raw bytes says whether Slack (or someone with the secret) sent it.
            return None if self._bytes_match(body, timestamp, signature) else "wrong signature"
        if self._verifier.is_valid(text, timestamp, signature):
            return None
        return "wrong signature"

    def _bytes_match(self, body: bytes, timestamp: str, signature: str) -> bool:
        base = b"v0:" + timestamp.encode() + b":" + body
        expected = "v0=" + hmac.new(self._secret, base, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected.encode(), signature.encode())
