"""The reader's language: gettext catalogs (Babel), the six locales, who is reading now.

Every word a person reads goes through ``_()`` (or ``ngettext()`` for a count) at the
moment it is rendered, in the language of whoever will read it. Who that is is set
once per unit of work with ``speaking(locale)`` — the clicker of a button, the typer
of a command, the owner of a Home tab or a DM; ``CMS_DEFAULT_LOCALE`` for a shared
channel — and read from a context variable, so services and the kit need no extra
argument. Constants written at import time are marked with ``N_()`` (extracted, not
translated) and translated where they are used: ``_(text.NUDGE_MORE)``.

The catalogs are ``bot/locale/<code>/LC_MESSAGES/cms.po`` in the repository; each
is compiled to a ``.mo`` the first time it is needed (and written beside the
``.po`` when the directory is writable), so a clean clone needs no build step.
Adding a language: README.md, "Languages".
"""

from __future__ import annotations

import contextvars
import io
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TypeVar

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

log = logging.getLogger(__name__)
T = TypeVar("T")

DOMAIN = "cms"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
ENGLISH = "en"
# The languages the bot speaks, English first (the msgids are English).
LOCALES = ("en", "fr", "sv", "ro", "ms", "hi")
# Each language's own name, for `/cms language` and the console.
NAMES = {
    "en": "English",
    "fr": "Français",
    "sv": "Svenska",
    "ro": "Română",
    "ms": "Bahasa Melayu",
    "hi": "हिन्दी",
}
# Slack locales outside the six that a reader of one of them reads most easily.
NEAREST = {
    "nb": "sv",  # Norwegian Bokmål and Nynorsk, Danish: Scandinavian, closest to Swedish
    "nn": "sv",
    "no": "sv",
    "da": "sv",
    "id": "ms",  # Indonesian and Malay are mutually intelligible
    "mo": "ro",  # Moldovan is Romanian
    "ur": "hi",  # spoken Hindustani; Urdu readers of Hindi are common in banking
}

_speaking: contextvars.ContextVar[str] = contextvars.ContextVar("cms_locale", default=ENGLISH)


def resolve(locale: str | None) -> str:
    """The nearest of the six to a Slack locale (``fr-FR``, ``sv_SE``, ``hi-IN``), else English.

    >>> resolve("fr-CA"), resolve("nb-NO"), resolve("ja-JP"), resolve(None)
    ('fr', 'sv', 'en', 'en')
    """
    primary = (locale or "").strip().replace("_", "-").split("-")[0].lower()
    if primary in LOCALES:
        return primary
    return NEAREST.get(primary, ENGLISH)


def chosen(language: str | None, slack_locale: str | None) -> str:
    """A rep's language: their ``/cms language`` override, else what their Slack locale says."""
    if language in LOCALES:
        return language  # type: ignore[return-value]
    return resolve(slack_locale)


def current() -> str:
    """The language of whoever is reading what is being rendered now."""
    return _speaking.get()


@contextmanager
def speaking(locale: str | None) -> Iterator[str]:
    """Render in ``locale`` (any Slack locale or one of the six) until the block ends."""
    code = resolve(locale)
    token = _speaking.set(code)
    try:
        yield code
    finally:
        _speaking.reset(token)


def set_speaking(locale: str | None) -> str:
    """Render in ``locale`` for the rest of this thread's (or context's) work."""
    code = resolve(locale)
    _speaking.set(code)
    return code


def rendered_in(locale: str | None, render: Callable[[], T]) -> Callable[[], T]:
    """``render`` made to run in ``locale`` whenever (and on whichever thread) it is called:
    a message owed now and rendered when it is sent speaks its reader's language."""

    def run() -> T:
        with speaking(locale):
            return render()

    return run


def catalog_path(code: str) -> Path:
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def compile_catalog(code: str) -> bytes:
    """The ``.mo`` bytes of ``code``'s catalog (fuzzy entries left out, as msgfmt does)."""
    with catalog_path(code).open("rb") as po:
        catalog = read_po(po, locale=code, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


@cache
def translations(code: str) -> NullTranslations:
    """``code``'s compiled catalog; English (the msgids themselves) for ``en`` or a missing one."""
    if code == ENGLISH or not catalog_path(code).is_file():
        return NullTranslations()
    po = catalog_path(code)
    mo = po.with_suffix(".mo")
    if mo.is_file() and mo.stat().st_mtime >= po.stat().st_mtime:
        data = mo.read_bytes()
    else:
        data = compile_catalog(code)
        try:  # atomically: another worker may be reading it
            partial = mo.with_suffix(f".{os.getpid()}.tmp")
            partial.write_bytes(data)
            os.replace(partial, mo)
        except OSError:  # an installed, read-only package: the compiled bytes are kept in memory
            log.debug("could not write %s; using the catalog compiled in memory", mo)
    return Translations(io.BytesIO(data), domain=DOMAIN)


def _(message: str) -> str:
    """``message`` (an English msgid) in the reader's language."""
    return translations(current()).ugettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of ``singular``/``plural`` the reader's language uses for ``count`` (CLDR rules)."""
    return translations(current()).ungettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """``message`` in the reader's language, where English uses one word for two meanings."""
    return translations(current()).upgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it (a module constant)."""
    return message


class Plural:
    """A sentence with a count, kept as its two English forms; called, it is translated.

    ``NUDGE_FALLBACK = Plural("{count} client needs …", "{count} clients need …")`` then
    ``NUDGE_FALLBACK(n).format(count=n)``. Extracted by the ``Plural:1,2`` keyword.
    """

    __slots__ = ("singular", "plural")

    def __init__(self, singular: str, plural: str) -> None:
        self.singular = singular
        self.plural = plural

    def __call__(self, count: int) -> str:
        return ngettext(self.singular, self.plural, count)

    def __repr__(self) -> str:
        return f"Plural({self.singular!r}, {self.plural!r})"


def babel_locale(code: str | None = None) -> Locale:
    """Babel's ``Locale`` for ``code`` (default: the reader's), for numbers, money and dates."""
    try:
        return Locale.parse(code or current())
    except (UnknownLocaleError, ValueError):
        return Locale.parse(ENGLISH)


__all__ = [
    "ENGLISH",
    "LOCALES",
    "NAMES",
    "N_",
    "Plural",
    "_",
    "babel_locale",
    "chosen",
    "current",
    "ngettext",
    "pgettext",
    "rendered_in",
    "resolve",
    "set_speaking",
    "speaking",
    "translations",
]
