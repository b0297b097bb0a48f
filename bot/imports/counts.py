"""How many rows of a file were created, updated or left as they were."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, status: str, how_many: int = 1) -> None:
        setattr(self, status, getattr(self, status) + how_many)
