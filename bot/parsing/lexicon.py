"""Date words dateparser's own language data lacks, and the words that anchor a date phrase.

dateparser knows "hier", "igår", "ieri", "semalam", "आज"... but not every way a
rep writes them: Romanian "astăzi", Malay "minggu lepas", Hindi "पिछले सप्ताह"
(the oblique form), Swedish "i tisdags", French "15h", nor that Hindi "कल" is
yesterday when we log and tomorrow when we plan. These tables rewrite such
words to a form dateparser reads before it is called. Keys are folded
(lower-case, Latin accents removed) so "derniere" and "dernière" both match.
"""

from __future__ import annotations

from bot.parsing.tokens import fold


def _folded(table: dict[str, str]) -> dict[tuple[str, ...], str]:
    return {tuple(fold(word) for word in key.split()): value for key, value in table.items()}


_WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_WEEKDAYS_SV = ("måndags", "tisdags", "onsdags", "torsdags", "fredags", "lördags", "söndags")
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Rewrites whatever the preference (past for a contact, future for a follow-up).
SYNONYMS: dict[str, dict[tuple[str, ...], str]] = {
    "en": _folded(
        {
            "yday": "yesterday",
            "yest": "yesterday",
            "tmrw": "tomorrow",
            "tmr": "tomorrow",
            "tmw": "tomorrow",
            "earlier today": "today",
            "mon": "monday",
            "tue": "tuesday",
            "tues": "tuesday",
            "wed": "wednesday",
            "thu": "thursday",
            "thur": "thursday",
            "thurs": "thursday",
            "fri": "friday",
            "sat": "saturday",
            "sun": "sunday",
        }
    ),
    "fr": _folded(
        {
            "aujourdhui": "aujourd'hui",
            "aujourd hui": "aujourd'hui",
            "ce matin": "this morning",
            "cet après-midi": "this afternoon",
            "ce soir": "this evening",
            "hier matin": "yesterday morning",
            "hier après-midi": "yesterday afternoon",
            "hier soir": "yesterday evening",
            "la semaine dernière": "last week",
            "la semaine passée": "last week",
            "semaine dernière": "last week",
            "le mois dernier": "last month",
            "la semaine prochaine": "next week",
            **{
                f"{fr} dernier": f"last {en}"
                for fr, en in zip(_WEEKDAYS_FR, _WEEKDAYS_EN, strict=True)
            },
            **{
                f"{fr} prochain": f"next {en}"
                for fr, en in zip(_WEEKDAYS_FR, _WEEKDAYS_EN, strict=True)
            },
        }
    ),
    "sv": _folded(
        {
            "igår": "yesterday",
            "i går": "yesterday",
            "idag": "today",
            "i dag": "today",
            "imorgon": "tomorrow",
            "i morgon": "tomorrow",
            "förra veckan": "last week",
            "förra månaden": "last month",
            "nästa vecka": "next week",
            "i morse": "this morning",
            "i eftermiddag": "this afternoon",
            "i kväll": "this evening",
            "igår kväll": "yesterday evening",
            **{f"i {sv}": f"last {en}" for sv, en in zip(_WEEKDAYS_SV, _WEEKDAYS_EN, strict=True)},
        }
    ),
    "ro": _folded(
        {
            "astăzi": "today",
            "azi": "today",
            "ieri": "yesterday",
            "mâine": "tomorrow",
            "săptămâna trecută": "last week",
            "săpt trecută": "last week",
            "luna trecută": "last month",
            "săptămâna viitoare": "next week",
            "azi dimineață": "this morning",
            "ieri dimineață": "yesterday morning",
            "aseară": "yesterday evening",
            "ieri seară": "yesterday evening",
        }
    ),
    "ms": _folded(
        {
            "semalam": "yesterday",
            "hari ini": "today",
            "esok": "tomorrow",
            "minggu lepas": "last week",
            "minggu lalu": "last week",
            "mgu lepas": "last week",
            "bulan lepas": "last month",
            "bulan lalu": "last month",
            "minggu depan": "next week",
            "pagi ini": "this morning",
            "petang ini": "this afternoon",
            "malam tadi": "last night",
        }
    ),
    "hi": _folded(
        {
            "आज": "today",
            "पिछले सप्ताह": "last week",
            "पिछला सप्ताह": "last week",
            "पिछले हफ्ते": "last week",
            "पिछले हफ़्ते": "last week",
            "पिछला हफ्ता": "last week",
            "पिछले महीने": "last month",
            "अगले सप्ताह": "next week",
            "अगले हफ्ते": "next week",
            "अगले हफ़्ते": "next week",
            "आज सुबह": "this morning",
        }
    ),
}

# Words whose meaning depends on the direction we read in.
BY_PREFERENCE: dict[str, dict[str, dict[tuple[str, ...], str]]] = {
    "hi": {
        "past": _folded({"कल": "yesterday", "कल सुबह": "yesterday morning", "परसों": "2 days ago"}),
        "future": _folded({"कल": "tomorrow", "परसों": "in 2 days"}),
    },
}

# English words that can be part of a date phrase without being one on their own.
EN_MODIFIERS = frozenset({"last", "this", "next", "past", "previous", "coming"})
EN_PARTS_OF_DAY = frozenset(
    {"morning", "afternoon", "evening", "night", "noon", "midnight", "tonight"}
)
EN_STRONG = frozenset(
    {"yesterday", "today", "tonight", "tomorrow", "noon", "midnight", "ago"}
    | set(_WEEKDAYS_EN)
    | {fold(key[0]) for key in SYNONYMS["en"] if len(key) == 1}
)
# Date words that are also plain words ("sat with", "the sun"): part of a phrase, never alone.
EN_WEAK_ONLY = frozenset({"sat", "sun"})
EN_CONNECTORS = frozenset({"at", "on", "the", "of", "in", "a", "an", "around", "about", "@", "by"})
# Words that end a follow-up marker before its date ("follow up call on Friday").
FOLLOW_UP_FILLERS = frozenset(
    {"call", "meeting", "email", "on", "by", "before", "around", "-", ":"}
)

# Spelled-out counts dateparser reads ("in two weeks", "three days ago").
EN_NUMBERS = frozenset(
    "a an one two three four five six seven eight nine ten eleven twelve couple few".split()
)

# Words around a clock time in the rep's language ("kl 15", "ora 3", "3 petang", "3 बजे").
TIME_WORDS = frozenset(
    {"kl", "kl.", "ora", "pagi", "petang", "ptg", "malam", "बजे", "h", "a.m.", "p.m.", "am", "pm"}
)

# Numeric "dates" that are idioms, not dates ("available 24/7").
NOT_DATES = frozenset({"24/7"})
