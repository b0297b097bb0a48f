"""What a directory service did, and how it decides that nothing changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

T = TypeVar("T")
Status = Literal["created", "updated", "unchanged"]


@dataclass(frozen=True)
class Change(Generic[T]):
    """What a service did: ``created``, ``updated`` or ``unchanged``, and the row concerned."""

    status: Status
    row: T

    @property
    def changed(self) -> bool:
        return self.status != "unchanged"


def same(before: dict[str, Any] | None, after: dict[str, Any]) -> bool:
    """Equal but for ``updated_at``: applying the same values again writes nothing."""
    if before is None:
        return False
    ignore = {"updated_at"}
    return {k: v for k, v in before.items() if k not in ignore} == {
        k: v for k, v in after.items() if k not in ignore
    }
