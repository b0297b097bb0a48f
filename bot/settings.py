"""Settings from the environment and a ``.env`` file, as DESIGN.md tables them."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from dotenv import dotenv_values

from bot.errors import SettingsError
from bot.i18n import ENGLISH, LOCALES

SLACK_API_DEFAULT = "https://slack.com/api/"
DATABASE_DEFAULT = "sqlite:///cms.sqlite3"
DEFAULT_REPORTING_TIMEZONE = "UTC"
DEFAULT_REPORTING_CURRENCY = "USD"
DEFAULT_MAX_FILE_MB = 25
DEFAULT_EVIDENCE_OVERRIDE = "allowed"
EVIDENCE_OVERRIDES = ("allowed", "forbidden")

# Which settings each way of running needs, so start-up names the missing one.
REQUIRED = {
    "http": ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"),
    "socket": ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"),
}


@dataclass(frozen=True)
class Settings:
    bot_token: str | None = None
    signing_secret: str | None = None
    app_token: str | None = None
    api_url: str = SLACK_API_DEFAULT
    database_url: str = DATABASE_DEFAULT
    controllers_channel: str | None = None
    nudge_hour: int = 9
    # The zone pay periods are cut in (scorecards, bonus, ROI): one for the firm,
    # so a rep, their manager and an export agree on every figure.
    reporting_timezone: str = DEFAULT_REPORTING_TIMEZONE
    # The currency every pay figure is shown in, and a claim's when nothing else says.
    reporting_currency: str = DEFAULT_REPORTING_CURRENCY
    # The language of shared channels (the controllers'): one of bot.i18n.LOCALES.
    default_locale: str = ENGLISH
    # May a controller verify a deposit, a pledge's funding or a mandate without a
    # booking, by writing why (``allowed``), or never (``forbidden``)?
    evidence_override: str = DEFAULT_EVIDENCE_OVERRIDE
    # The audit trail (bot.audit): the chain's HMAC key, or a path to a file holding
    # it (unset: a public development key, which `cmsbot doctor` warns about); the
    # Ed25519 key file that signs checkpoints; the channel they are posted to.
    audit_chain_key: str | None = None
    audit_signing_key: str | None = None
    audit_channel: str | None = None
    # The largest document (in MB) the "Add to client file" shortcut keeps.
    max_file_mb: int = DEFAULT_MAX_FILE_MB

    def require(self, mode: str) -> None:
        """Raise ``SettingsError`` naming the first setting ``mode`` needs and lacks."""
        values = {
            "SLACK_BOT_TOKEN": self.bot_token,
            "SLACK_SIGNING_SECRET": self.signing_secret,
            "SLACK_APP_TOKEN": self.app_token,
        }
        for name in REQUIRED[mode]:
            if not values[name]:
                raise SettingsError(f"{name} is not set: put it in the environment or in .env.")


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: str | Path | None = ".env"
) -> Settings:
    """Read settings; the environment wins over ``.env``.

    Raises ``SettingsError`` when a value is malformed.
    """
    values: dict[str, str | None] = {}
    if env_file is not None and Path(env_file).is_file():
        values.update(dotenv_values(env_file))
    # An empty variable counts as unset at each layer, so `FOO=` in the
    # environment does not hide a value that .env gives.
    environment = os.environ if environ is None else environ
    values.update((name, value) for name, value in environment.items() if value.strip())

    def get(name: str) -> str | None:
        value = values.get(name)
        return value.strip() if value and value.strip() else None

    hour_text = get("CMS_NUDGE_HOUR") or "9"
    try:
        nudge_hour = int(hour_text)
    except ValueError:
        raise SettingsError(
            f"CMS_NUDGE_HOUR must be an hour from 0 to 23, not {hour_text!r}."
        ) from None
    if not 0 <= nudge_hour <= 23:
        raise SettingsError(f"CMS_NUDGE_HOUR must be an hour from 0 to 23, not {nudge_hour}.")

    reporting_timezone = get("CMS_REPORTING_TIMEZONE") or DEFAULT_REPORTING_TIMEZONE
    try:
        ZoneInfo(reporting_timezone)
    except (KeyError, ValueError):
        raise SettingsError(
            f"CMS_REPORTING_TIMEZONE must be an IANA time zone like America/New_York, "
            f"not {reporting_timezone!r}."
        ) from None

    reporting_currency = (get("CMS_REPORTING_CURRENCY") or DEFAULT_REPORTING_CURRENCY).upper()
    if not re.fullmatch(r"[A-Z]{3}", reporting_currency):
        raise SettingsError(
            f"CMS_REPORTING_CURRENCY must be a three-letter ISO 4217 code like USD or EUR, "
            f"not {reporting_currency!r}."
        )

    default_locale = (get("CMS_DEFAULT_LOCALE") or ENGLISH).lower()
    if default_locale not in LOCALES:
        raise SettingsError(
            f"CMS_DEFAULT_LOCALE must be one of {', '.join(LOCALES)}, not {default_locale!r}."
        )

    max_file_text = get("CMS_MAX_FILE_MB") or str(DEFAULT_MAX_FILE_MB)
    if not max_file_text.isdigit() or not 1 <= int(max_file_text) <= 1024:
        raise SettingsError(
            f"CMS_MAX_FILE_MB must be a whole number of megabytes from 1 to 1024, "
            f"not {max_file_text!r}."
        )

    evidence_override = (get("CMS_EVIDENCE_OVERRIDE") or DEFAULT_EVIDENCE_OVERRIDE).lower()
    if evidence_override not in EVIDENCE_OVERRIDES:
        raise SettingsError(
            f"CMS_EVIDENCE_OVERRIDE must be allowed or forbidden, not {evidence_override!r}."
        )

    api_url = get("SLACK_API_URL") or SLACK_API_DEFAULT
    if not api_url.endswith("/"):
        api_url += "/"
    return Settings(
        bot_token=get("SLACK_BOT_TOKEN"),
        signing_secret=get("SLACK_SIGNING_SECRET"),
        app_token=get("SLACK_APP_TOKEN"),
        api_url=api_url,
        database_url=get("DATABASE_URL") or DATABASE_DEFAULT,
        controllers_channel=get("CMS_CONTROLLERS_CHANNEL"),
        nudge_hour=nudge_hour,
        reporting_timezone=reporting_timezone,
        reporting_currency=reporting_currency,
        default_locale=default_locale,
        evidence_override=evidence_override,
        audit_chain_key=get("CMS_AUDIT_CHAIN_KEY"),
        audit_signing_key=get("CMS_AUDIT_SIGNING_KEY"),
        audit_channel=get("CMS_AUDIT_CHANNEL"),
        max_file_mb=int(max_file_text),
    )
