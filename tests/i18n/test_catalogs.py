"""The catalogs themselves: complete, faithful to their placeholders, plural forms by CLDR.

Each ``bot/locale/<code>/LC_MESSAGES/cms.po`` is parsed as it is in the repository
and compared with the template the code extracts to (``./scripts/messages``).
"""

from __future__ import annotations

import re
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot import i18n
from bot.i18n import LOCALES, ngettext, speaking

REPO = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in LOCALES if code != "en"]
MARKUP = re.compile(r"`[^`]*`|<[^>]+>|:[a-z0-9_+-]+:")


def catalog(code: str):  # type: ignore[no-untyped-def]
    with i18n.catalog_path(code).open("rb") as po:
        return read_po(po, locale=code)


def placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def emoji(text: str) -> list[str]:
    return sorted(re.findall(r":[a-z0-9_+-]+:", text))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_and_none_is_fuzzy(code: str) -> None:
    untranslated = [
        message.id
        for message in catalog(code)
        if message.id and (not message.string or not all(message.string) or message.fuzzy)
    ]
    assert untranslated == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_translation_keeps_the_placeholders_and_emoji_of_its_english(code: str) -> None:
    wrong = []
    for message in catalog(code):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        expected = placeholders(ids[-1])
        expected_emoji = emoji(ids[0])
        for translated in strings:
            # A singular form may name the count in words ("un client"): the plural's
            # placeholders minus ``count`` are the least it must keep.
            found = placeholders(translated)
            if isinstance(message.id, tuple):
                ok = set(expected) - {"count"} <= set(found) <= set(expected)
            else:
                ok = found == expected
            if not ok or emoji(translated) != expected_emoji:
                wrong.append((message.id, translated))
    assert wrong == []


def test_the_catalogs_hold_every_string_the_code_marks(tmp_path: Path) -> None:
    """What ``./scripts/messages`` would extract now is exactly what each catalog holds."""
    template = tmp_path / "cms.pot"
    subprocess.run(
        [
            str(Path(sys.executable).with_name("pybabel")),
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            *("-k", "N_", "-k", "Plural:1,2", "-k", "ngettext:1,2", "-k", "pgettext:1c,2"),
            "--no-location",
            "-o",
            str(template),
            ".",
        ],
        cwd=REPO,
        check=True,
    )
    with template.open("rb") as pot:
        wanted = {message.id for message in read_po(pot) if message.id}
    for code in TRANSLATED:
        held = {message.id for message in catalog(code) if message.id}
        assert wanted - held == set(), f"{code} lacks these; run ./scripts/messages"


# Plural forms by CLDR, at 0, 1, 2 and 5: which of a message's forms each count takes.
PLURALS = {
    "en": ("clients", "client", "clients", "clients"),
    "fr": ("client", "client", "clients", "clients"),  # French: 0 and 1 are singular
    "sv": ("kunder", "kund", "kunder", "kunder"),
    "ro": ("clienți", "client", "clienți", "clienți"),
    "ms": ("pelanggan", "pelanggan", "pelanggan", "pelanggan"),  # Malay: one form
    "hi": ("ग्राहक", "ग्राहक", "ग्राहक", "ग्राहक"),
}


@pytest.mark.parametrize("code", LOCALES)
def test_plural_forms_at_zero_one_two_and_five(code: str) -> None:
    with speaking(code):
        forms = [
            ngettext("{count} client", "{count} clients", n).format(count=n) for n in (0, 1, 2, 5)
        ]
    assert forms == [f"{n} {word}" for n, word in zip((0, 1, 2, 5), PLURALS[code], strict=True)]


@pytest.mark.parametrize(
    ("code", "counts"),
    [
        # Romanian: "1 client", "2 clienți", "20 de clienți" (CLDR "other" takes "de").
        (
            "ro",
            {
                1: "1 client",
                2: "2 clienți",
                19: "19 clienți",
                20: "20 de clienți",
                101: "101 clienți",
            },
        ),
        # French: "1 000 000 de clients" (CLDR "many").
        ("fr", {0: "0 client", 1: "1 client", 2: "2 clients", 1000000: "1000000 de clients"}),
    ],
)
def test_romanian_and_french_take_their_third_form(code: str, counts: dict[int, str]) -> None:
    with speaking(code):
        got = {n: ngettext("{count} client", "{count} clients", n).format(count=n) for n in counts}
    assert got == counts


def test_a_catalog_compiles_from_its_po_without_a_build_step(tmp_path: Path) -> None:
    """A clean clone has only .po files: the first read compiles them."""
    for code in TRANSLATED:
        data = i18n.compile_catalog(code)
        assert data[:4] in (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")  # gettext's magic number
