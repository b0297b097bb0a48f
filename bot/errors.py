"""Errors the services raise; handlers and the CLI turn them into sentences.

Every user-facing refusal is a ``CmsError`` whose ``str()`` already says what to
fix, so callers catch only ``CmsError`` and show ``str(error)``.
"""

from __future__ import annotations

# Raised by storage (which imports nothing above it); shown like a CmsError.
from storage.schema import SchemaNotCurrent as SchemaNotCurrent


class CmsError(Exception):
    """Base of every error a user can fix."""


class SettingsError(CmsError):
    """A required setting is missing or malformed."""


class NotFound(CmsError):
    """Something named does not exist."""


class ClientNotFound(NotFound):
    """No client matches what was typed."""


class RepNotFound(NotFound):
    """No rep with that Slack user id or name."""


class InitiativeNotFound(NotFound):
    """No initiative with that tag."""


class ClaimNotFound(NotFound):
    """No claim with that id."""


class InteractionNotFound(NotFound):
    """No interaction with that id (or it was undone)."""


class AmbiguousClient(CmsError):
    """Several clients match; the caller offers a choice."""

    def __init__(self, message: str, candidates: list) -> None:
        super().__init__(message)
        self.candidates = candidates


class AmbiguousRep(CmsError):
    """Several people answer to the name given; the message asks which one."""

    def __init__(self, message: str, candidates: list) -> None:
        super().__init__(message)
        self.candidates = candidates


class NotAllowed(CmsError):
    """The actor's roles do not allow this."""


class NotCovered(NotAllowed):
    """The actor does not cover the client (nor manage anyone who does)."""


class AlreadyDecided(CmsError):
    """A claim was decided before this decision arrived."""


class UnreadableDate(CmsError):
    """A date or time could not be read."""


class FutureDate(CmsError):
    """A contact cannot have happened in the future."""


class InvalidInput(CmsError):
    """A value is malformed; ``field`` names the form field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ImportFailed(CmsError):
    """A bulk import found bad rows; nothing was written."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


class UndoExpired(CmsError):
    """The undo window has passed."""
