"""What one nudge tick did (or, in a dry run, would do): for the CLI, the logs and tests."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from bot.cadence import ClientStatus, Worklist
from bot.directory.profiles import RefreshReport

if TYPE_CHECKING:
    from bot.delivery.nudge_ledger import Recipient

TEXT_NAMES = 3


@dataclass
class Outcome:
    """One recipient's message: ``sent``, ``would send``, ``nothing due``, ``failed``,
    ``taken`` (another instance claimed it), ``deferred`` (rate limited) or ``pending``."""

    kind: str
    slack_user_id: str
    name: str
    local_date: date
    status: str = "pending"
    due: list[ClientStatus] = field(default_factory=list)
    at_risk: int = 0
    team: list[tuple[str, list[ClientStatus]]] = field(default_factory=list)
    error: str | None = None
    message_ts: str | None = None

    @classmethod
    def for_worklist(cls, recipient: Recipient, worklist: Worklist) -> Outcome:
        return cls(
            kind=recipient.kind,
            slack_user_id=recipient.slack_user_id,
            name=recipient.name,
            local_date=recipient.local_date,
            due=worklist.due,
            at_risk=len(worklist.at_risk),
        )

    @classmethod
    def for_escalation(
        cls, recipient: Recipient, team: Sequence[tuple[Any, Sequence[ClientStatus]]]
    ) -> Outcome:
        return cls(
            kind=recipient.kind,
            slack_user_id=recipient.slack_user_id,
            name=recipient.name,
            local_date=recipient.local_date,
            due=[status for _rep, statuses in team for status in statuses],
            team=[(rep.name, list(statuses)) for rep, statuses in team],
        )

    def as_text(self) -> str:
        head = f"{self.kind:<10} {self.slack_user_id:<12} {self.name[:24]:<24} {self.local_date}  {self.status}"
        if not self.due:
            return head + (f" ({self.error})" if self.error else "")
        names = ", ".join(f"{s.name} ({s.days_since}d)" for s in self.due[:TEXT_NAMES])
        more = f", +{len(self.due) - TEXT_NAMES} more" if len(self.due) > TEXT_NAMES else ""
        risk = f"; {self.at_risk} at risk of over-contact" if self.at_risk else ""
        error = f" ({self.error})" if self.error else ""
        return f"{head}{error}: {len(self.due)} due — {names}{more}{risk}"

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "rep_slack_user_id": self.slack_user_id,
            "rep_name": self.name,
            "local_date": self.local_date.isoformat(),
            "status": self.status,
            "due": [_client_json(status) for status in self.due],
            "at_risk": self.at_risk,
            "team": [{"rep_name": name, "clients": len(s)} for name, s in self.team],
            "error": self.error,
            "message_ts": self.message_ts,
        }


@dataclass
class TickReport:
    at: datetime
    dry_run: bool
    instance: str
    profiles: RefreshReport | None = None
    outcomes: list[Outcome] = field(default_factory=list)

    def summary(self) -> str:
        counts = Counter(outcome.status for outcome in self.outcomes)
        return (
            ", ".join(f"{count} {status}" for status, count in sorted(counts.items()))
            or "nobody due"
        )

    def as_text(self) -> str:
        mode = " (dry run: nothing sent, nothing recorded)" if self.dry_run else ""
        lines = [f"nudge tick at {self.at.isoformat()}{mode}: {self.summary()}"]
        lines.extend(outcome.as_text() for outcome in self.outcomes)
        if self.profiles is not None:
            p = self.profiles
            lines.append(
                f"profiles: {p.refreshed} refreshed, {p.changed} changed, {p.failed} failed"
            )
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "dry_run": self.dry_run,
            "instance": self.instance,
            "summary": self.summary(),
            "nudges": [outcome.as_json() for outcome in self.outcomes],
            "profiles": None
            if self.profiles is None
            else {
                "refreshed": self.profiles.refreshed,
                "changed": self.profiles.changed,
                "failed": self.profiles.failed,
            },
        }


def _client_json(status: ClientStatus) -> dict[str, Any]:
    return {
        "client_id": status.client_id,
        "name": status.name,
        "tier": status.tier,
        "days_since_contact": status.days_since,
        "max_days": status.max_days,
        "last_contact_at": status.last_contact_at.isoformat() if status.last_contact_at else None,
        "last_channel": status.last_channel,
        "follow_up_due": status.follow_up_due.isoformat() if status.follow_up_due else None,
    }
