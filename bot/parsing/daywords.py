"""Day and time words of the six languages reps write in (en, fr, sv, ro, ms, hi), all at once.

A rep writes in their own language, in English, or both in one line, whatever
their Slack locale says, so every table applies to every line; the locale only
breaks ties (day/month order of "11/3"). Keys are folded as tokens are
(``tokens.fold``: lower case, Latin accents and the Devanagari nukta removed),
so "förrgår" is written "forrgar" and "दोपहर" matches with or without signs.
Multi-word entries are tuples of folded words.
"""

from __future__ import annotations

from bot.parsing.tokens import fold


def _keys(words: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in words.split())


def words_in(*tables: object) -> frozenset[str]:
    """Every single word of the tables' keys (a multi-word key gives each of its words)."""
    found: set[str] = set()
    for table in tables:
        for key in table:  # type: ignore[attr-defined]
            found.update(key if isinstance(key, tuple) else (key,))
    return frozenset(found)


def _table(entries: dict[str, object]) -> dict[tuple[str, ...], object]:
    """``"i går": -1`` -> ``{("i", "gar"): -1}``; ``|`` separates spellings of one entry."""
    table: dict[tuple[str, ...], object] = {}
    for spellings, value in entries.items():
        for spelling in spellings.split("|"):
            key = _keys(spelling)
            table[key] = value
            if len(key) > 1:  # "azi-dimineață", "ieri-seară": one word with a hyphen
                table[("-".join(key),)] = value
    return table


# Days counted from today. A pair (past, future) is a word whose direction the
# context decides: in a log Hindi "कल" is yesterday, after "follow up" tomorrow.
RELATIVE_DAYS = _table(
    {
        "today|tdy|2day|2dy|tday|earlier today|ajd|aujd|just now|aujourd'hui|aujourdhui|aujourd hui|auj"
        "|tout à l'heure|à l'instant|idag|i dag|nyss|azi|astăzi|astazi|tocmai|hari ini|hr ini"
        "|tadi|baru tadi|aaj|आज|अभी|abhi|ce jour|en ce jour|în această zi|hari ni": 0,
        "yesterday|yday|y'day|yest|ystd|ystrdy|hier|igår|i går|ieri|semalam|smlm|semlm": -1,
        "day before yesterday|the day before yesterday|avant-hier|avant hier|avt-hier|förrgår"
        "|i förrgår|alaltăieri|alaltaieri": -2,
        "tomorrow|tmrw|tmr|tmw|2moro|2morrow|2mrw|tmrow|dem1|2m1|demain|imorn|imorrn|imorgon|i morgon|mâine|esok|besok": 1,
        "day after tomorrow|après-demain|apres demain|i övermorgon|övermorgon|poimâine|lusa": 2,
        "kal|कल": (-1, 1),
        "parso|parson|parsoon|परसों|परसो": (-2, 2),
    }
)
# Read differently by different speakers: asked, never guessed ("kelmarin" is
# yesterday in the dictionary and the day before in much Malaysian usage).
AMBIGUOUS_DAYS = _table(
    {
        "kelmarin|the other day|recently|lately|earlier this week|this week|this weekend"
        "|last weekend|over the weekend|the weekend|l'autre jour|récemment|cette semaine"
        "|ce week-end|le week-end dernier|le week-end|häromdagen|nyligen|i helgen|förra helgen"
        "|denna vecka|den här veckan|zilele trecute|recent|săptămâna asta|weekendul trecut"
        "|weekendul acesta|baru-baru ini|minggu ini|hujung minggu|hujung minggu lepas"
        "|हाल ही में|इस हफ्ते|पिछले वीकेंड|वीकेंड|is hafte|pichhle weekend|la veille"
        # A weekend with a word that makes it the time of the contact: "în weekend la Snagov",
        # "weekend pe mili thi", "at the weekend", "över helgen", "en fin de semaine".
        "|în weekend|in weekend|la weekend|pe weekend|în weekendul|at the weekend"
        "|on the weekend|past weekend|this past weekend|weekend pe|weekend par|weekend ko"
        "|weekend mein|ce weekend|en fin de semaine|la fin de semaine|cette fin de semaine"
        "|över helgen|under helgen|i weekenden|pada hujung minggu"
        # "This weekend" in each language's own forms: "weekendul ăsta", "i helg", "is weekend".
        "|weekendul ăsta|weekendul acesta|weekend-ul ăsta|weekendul|weekend-ul"
        "|le weekend|this wknd|this wkend|this w/e|the wkend|the wknd|over the wkend|last wkend"
        "|at the wkend|on the wkend|i helg|nu i helgen|denna helg|den här helgen"
        "|hujung minggu ini|hujung minggu ni|is weekend|iss weekend|इस वीकेंड|इस सप्ताहांत"
        "|सप्ताहांत": "day",
    }
)
# A vague count: "a few days ago", "il y a quelques jours", "beberapa hari lepas".
VAGUE_COUNTS = frozenset(
    map(
        fold,
        "few couple several some quelques plusieurs några flera câteva cateva beberapa "
        "kuch कुछ".split(),
    )
)

# Parts of the day. Alone they give no time; with a clock number they set am/pm.
MORNING, NOON, AFTERNOON, EVENING, NIGHT = "morning", "noon", "afternoon", "evening", "night"
PARTS = _table(
    {
        "morning|matin|matinée|morgon|morgonen|förmiddag|förmiddagen|dimineață|dimineata"
        "|dimineața|pagi|subah|सुबह": MORNING,
        "noon|midday|midi|tengah hari|tengahari|tgh hari|dopahar|dopehar|dophar|दोपहर": NOON,
        "afternoon|après-midi|apres-midi|eftermiddag|eftermiddagen|după-amiază|dupa-amiaza"
        "|după amiază|dupa amiaza|după-masă|petang|ptg": AFTERNOON,
        "evening|soir|soirée|kväll|kvällen|seară|seara|shaam|sham|शाम": EVENING,
        "night|nite|nuit|natt|natten|noapte|noaptea|malam|mlm|raat|रात": NIGHT,
    }
)
# Phrases that name a part of a day and the day itself.
DAY_PARTS = _table(
    {
        "this morning|this am|first thing|ce matin|i morse|imorse|i förmiddags|pagi tadi"
        "|pagi ini|pagi ni|aaj subah": (
            0,
            MORNING,
        ),
        "ce midi|tengah hari tadi": (0, NOON),
        "this afternoon|this aft|this arvo|cet après-midi|cet aprem|cet aprèm|i eftermiddag"
        "|i eftermiddags|petang tadi|petang ini|petang ni": (
            0,
            AFTERNOON,
        ),
        "this evening|tonight|tonite|2nite|2night|tnite|ce soir|ce swar|i kväll|ikväll|diseară|diseara|malam ini|malam ni"
        "|mlm ni|mlm ini": (0, EVENING),
        "last night|last nite|lst nite|lastnite|yesterday night|yesterday nite|yday nite"
        "|yest nite|last evening|aseară|aseara|igårkväll|igår kväll|malam tadi|mlm tadi|mlm td": (
            -1,
            NIGHT,
        ),
    }
)

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
WEEKDAYS = _table(
    {
        "monday|mon|lundi|måndag|måndagen|luni|lunea|isnin|somvar|somwar|somvaar|somwaar|सोमवार": MONDAY,
        "tuesday|tue|tues|mardi|tisdag|tisdagen|marți|marti|marțea|martea|selasa|mangalvar"
        "|mangalwar|mangalvaar|mangalwaar|मंगलवार": TUESDAY,
        "wednesday|wed|weds|mercredi|onsdag|onsdagen|miercuri|miercurea|rabu|budhvar"
        "|budhwar|budhvaar|budhwaar|बुधवार": WEDNESDAY,
        "thursday|thu|thur|thurs|jeudi|torsdag|torsdagen|joi|joia|khamis|guruvar|guruwar"
        "|guruvaar|guruwaar|brihaspativar|गुरुवार|बृहस्पतिवार": THURSDAY,
        "friday|fri|vendredi|fredag|fredagen|vineri|vinerea|jumaat|jumat|shukravar"
        "|shukrawar|shukravaar|shukrawaar|शुक्रवार": FRIDAY,
        "saturday|sat|samedi|lördag|lördagen|sâmbătă|sambata|sâmbăta|sabtu|shanivar"
        "|shaniwar|shanivaar|shaniwaar|शनिवार": SATURDAY,
        "sunday|sun|dimanche|söndag|söndagen|duminică|duminica|ahad|ravivar|raviwar|ravivaar|raviwaar|itvaar|itwar|etwar"
        "|रविवार": SUNDAY,
    }
)
# Swedish "i fredags" is last Friday; "på fredag" the coming one.
PAST_WEEKDAYS = _table(
    {
        f"i {day}s": value
        for day, value in (
            ("måndag", MONDAY),
            ("tisdag", TUESDAY),
            ("onsdag", WEDNESDAY),
            ("torsdag", THURSDAY),
            ("fredag", FRIDAY),
            ("lördag", SATURDAY),
            ("söndag", SUNDAY),
        )
    }
)
# Short weekdays of the other languages ("ven. 13", "fre 13/11", "tis 10:00", "tors 11:00"):
# everyday words too ("mer", "sam", "tor"), so weekdays only before a day number, a date or
# a time.
SHORT_WEEKDAYS = {
    fold(word).rstrip("."): day
    for day, spelled in enumerate(
        (
            "lun. mån isn",
            "mar. tis sel",
            "mer. ons mie rab",
            "jeu. tor tors kha",
            "ven. fre vin jum",
            "sam. lör sâm sab",
            "dim. sön dum aha",
        )
    )
    for word in spelled.split()
}
# Weekday abbreviations that are also everyday words ("mon fils", "sat with", "the sun"):
# a weekday only when capitalised or next to another date word.
WEAK_WEEKDAYS = frozenset({"mon", "sat", "sun", "wed"})

LAST = frozenset(
    map(
        fold,
        "last past previous prev dernier dernière passé passée förra trecut trecută trecuta "
        "lepas lalu pichhle pichle pichhla pichla पिछले पिछला पिछली बीते बीता beete bita गत".split(),
    )
)
NEXT = frozenset(
    map(
        fold,
        "next coming prochain prochaine nästa viitor viitoare următor următoare depan hadapan "
        "agle agla agli अगले अगला अगली".split(),
    )
)
WEEK = frozenset(
    map(
        fold,
        "week wk semaine vecka veckan săptămână săptămâna saptamana minggu mgu hafta hafte "
        "हफ्ता हफ्ते हफ़्ते सप्ताह".split(),
    )
)
MONTH_WORDS = frozenset(
    map(fold, "month mois månad månaden luna lună bulan mahina mahine महीना महीने".split())
)

# Units of a counted span ("in 2 weeks", "il y a 3 jours", "2 hari lepas"): days per unit,
# or "month" for calendar months.
UNITS = {
    **{fold(w): 1 for w in "day days jour jours dag dagar dagen zi zile hari din दिन".split()},
    **{
        fold(w): 7
        for w in (
            "week weeks wk wks semaine semaines vecka veckor veckan săptămână săptămâni "
            "saptamana saptamani minggu hafta hafte हफ्ता हफ्ते सप्ताह"
        ).split()
    },
    **{fold(w): 14 for w in "fortnight fortnights".split()},
    **{
        fold(w): "month"
        for w in "month months mois månad månader luna lună luni bulan mahina mahine "
        "महीना महीने महीनों".split()
    },
}
# "seminggu" is one word for "a week" (Malay se- = one).
ONE_WORD_SPANS = {"seminggu": 7, "sehari": 1, "sebulan": "month", "fortnight": 14}
NUMBER_WORDS = {
    **dict.fromkeys("a an one un une en ett o una unu satu se ek एक".split(), 1),
    **dict.fromkeys("two deux två tva doua două doi dua do दो".split(), 2),
    **dict.fromkeys("three trois tre trei tiga teen तीन".split(), 3),
    **dict.fromkeys("four quatre fyra patru empat char चार".split(), 4),
    **dict.fromkeys("five cinq fem cinci lima paanch पांच पाँच".split(), 5),
    **dict.fromkeys("six sex șase sase enam chhe छह".split(), 6),
    **dict.fromkeys("seven sept sju șapte sapte tujuh saat सात".split(), 7),
    **dict.fromkeys("eight huit åtta opt lapan aath आठ".split(), 8),
    **dict.fromkeys("nine neuf nio nouă noua sembilan nau नौ".split(), 9),
    **dict.fromkeys("ten dix tio zece sepuluh das दस".split(), 10),
    **dict.fromkeys("eleven onze elva unsprezece sebelas gyarah ग्यारह".split(), 11),
    **dict.fromkeys("twelve douze tolv doisprezece barah बारह".split(), 12),
    **dict.fromkeys("fourteen quatorze fjorton paisprezece".split(), 14),
    **dict.fromkeys("fifteen quinze femton cincisprezece pandrah पंद्रह".split(), 15),
    **dict.fromkeys("twenty vingt tjugo douăzeci douazeci bees बीस".split(), 20),
    **dict.fromkeys("thirty trente trettio treizeci tees तीस".split(), 30),
}
NUMBER_WORDS = {fold(k): v for k, v in NUMBER_WORDS.items()}
# Before the count ("in 2 weeks", "om 2 veckor") or after it ("2 minggu lagi", "2 हफ्ते में").
IN_BEFORE = frozenset(map(fold, "in within dans om peste în dalam".split()))
IN_AFTER = frozenset(map(fold, "lagi में mein me बाद baad later".split()))
AGO_BEFORE = _table({"il y a|acum": "ago"})
# Swedish "för 3 dagar sedan": "för" is "for" folded, so it counts only with "sedan".
AGO_FRAME = (fold("för"), fold("sedan"))
AGO_AFTER = frozenset(map(fold, "ago sedan lepas lalu पहले pehle pahle back".split()))
# Two words after the count: Romanian "3 zile în urmă", "cu 3 zile în urmă" (ago).
AGO_AFTER_PAIRS = frozenset({(fold("în"), fold("urmă"))})
# "cu" opens the Romanian span only with "în urmă" closing it: "cu 3 zile în urmă".
AGO_PAIR_OPENER = fold("cu")
# "2 hari yang lalu": a word before the marker.
AGO_FILLERS = frozenset(map(fold, "yang".split()))

MONTHS = {
    fold(word): number
    for number, words in enumerate(
        (
            "january jan janvier janv januari ianuarie ian जनवरी",
            "february feb febr fevrier févr fév februari februarie फरवरी फ़रवरी",
            "march mar mars martie mac मार्च",
            "april apr avril avr aprilie अप्रैल",
            "may mai maj mei मई",
            "june jun juin juni iunie iun जून",
            "july jul juillet juil juli iulie iul julai जुलाई",
            "august aug août augusti ogos ogo अगस्त",
            "september sep sept septembre septembrie सितंबर सितम्बर",
            "october oct octobre oktober okt octombrie अक्टूबर अक्तूबर",
            "november nov novembre noiembrie noi नवंबर नवम्बर",
            "december dec décembre decembrie dis disember दिसंबर दिसम्बर",
        ),
        start=1,
    )
    for word in words.split()
}
# Before a month named without a day: "in November", "en novembre", "i november", "în
# noiembrie", "pada bulan November", "early/mid/late Dec", "début novembre", "i slutet av
# november", "la începutul lui noiembrie", "awal November". Not "since March", "depuis
# mars", "sedan mars", "din martie", "sejak Mac": a time since then, not a contact's day.
MONTH_LEADS = frozenset(
    map(
        fold,
        "in during early mid late end start beginning en début fin mi i under början slutet "
        "mitten în luna lui începutul inceputul sfârșitul sfarsitul mijlocul pada bulan awal "
        "akhir pertengahan".split(),
    )
)
# Between such a word and the month: "end of November", "fin de novembre", "slutet av".
MONTH_OF = frozenset(map(fold, "of de d' av lui".split()))
# After a month named without a day: "नवंबर में", "November lepas", "noiembrie trecut".
MONTH_AFTER = frozenset(map(fold, "में mein me ko को".split())) | LAST | NEXT
# Month names that are also common words: a month alone only at the end of a clause.
MONTH_COMMON = frozenset(map(fold, "mai may mar mars".split()))

# After a day of the month: "1st", "8hb" (haribulan), "17 तारीख".
DAY_SUFFIXES = frozenset(map(fold, "hb haribulan tarikh tareekh तारीख तारीख़".split()))

# Words that may sit inside or at the edge of a day phrase without meaning anything.
CONNECTORS = frozenset(
    map(fold, "on the of le la l' de din den på pe pada ke को on the au du".split())
)

# --- clock times -----------------------------------------------------------------

# Before the hour ("kl 14", "la 16", "ora 13", "pukul 3", "à 13h", "at 4pm", "@ 10").
# A bare hour after these is read on the 24-hour clock, as their languages write it.
CLOCK_24_CUES = frozenset(map(fold, "kl kl. klockan la ora vers".split())) | {"à"}
# The hour after these may be either half of the day ("at 4", "pukul 3", "3 बजे").
CLOCK_12_CUES = frozenset(map(fold, "at @ around about approx ca ca. cca pukul pkl jam".split()))
AM = frozenset({"am", "a.m.", "a.m", "am."})
PM = frozenset({"pm", "p.m.", "p.m", "pm."})
# After the hour: Hindi "बजे" (o'clock), "h"/"hrs".
HOUR_WORDS = frozenset(map(fold, "बजे baje bje h uhr o'clock oclock".split()))
NOON_TIMES = _table({"noon|midday|à midi|a midi|at noon|at midday": (12, 0)})
MIDNIGHT_TIMES = _table({"midnight|minuit|at midnight|tengah malam": (0, 0)})

# --- follow-up cues --------------------------------------------------------------

FOLLOW_UP = _table(
    {
        "follow up|follow-up|followup|f/u|fu:|follow up on|relancer|relance|à relancer"
        "|a relancer|rappeler|rappel|återkoppla|återkopplar|följ upp|följa upp|följer upp"
        "|ringa igen|ringer igen|revin|revenim|revin pe|hubungi semula|hubungi balik|फॉलो अप"
        "|फॉलो-अप|फॉलोअप|फॉलो|call back|ring back|callback|call-back|call again|circle back"
        "|check in|check back|touch base|reconnect|chase|chase up|next call|next meeting|meet again"
        "|catch up again|recontacter|revoir|prochain rdv|prochain rendez-vous|à rappeler"
        "|ringa tillbaka|ring tillbaka|ringer tillbaka|ring upp|höra av mig|hör av mig|återkommer|nytt möte|ses igen|sun din nou"
        "|sun înapoi|reluăm|revin cu|telefon semula|call balik|jumpa lagi|dobara|phir se"
        "|फिर से|दोबारा|remind|reminder|rappel le|folow up|follw up|follwup|f/up|f-up|fup|suivi"
        "|återkoppling|uppföljning|kontakta igen|ringa upp|höra av sig|urmărire|să revin"
        "|susul|susulan|jumpa semula|call semula|मिलेंगे|de revenit|revenit|de reluat|de sunat"
        # "à revoir", "att följa upp", "perlu susulan": to be done again.
        "|de contactat|revenire|à revoir|att följa upp|perlu susulan|perlu hubungi"
        "|to follow up|to chase": "follow_up",
    }
)
# A Hindi cue follows its date ("2 हफ्ते में फॉलो अप"); the others precede it.
FOLLOW_UP_AFTER_DATE = frozenset(
    key for key in FOLLOW_UP if any("\u0900" <= c <= "\u097f" for word in key for c in word)
)
# Words between a cue and its date ("follow up call on Friday", "följ upp på fredag",
# "follow up w/c 14 Dec": the week commencing on the day named), and the person followed
# up ("chase her Mon", "relancer lui vendredi", "ring henne fredag", "susul dia Isnin").
FOLLOW_UP_FILLERS = frozenset(
    map(
        fold,
        "call meeting email on by before around - : – le pe på i la with avec cu med hari pada"
        " w/c wc her him them lui les henne honom dem dia beliau mereka".split(),
    )
)

# Before a day that is a deadline, not the contact's: "send the forms by Friday".
DEADLINE_BEFORE = frozenset(
    map(fold, "by before until till due avant jusqu'à innan före senast tills până sebelum".split())
)
DEADLINE_AFTER = frozenset(map(fold, "तक tak".split()))
# Before a day that is planned, not the contact's: "lunch booked Friday", "will call Monday".
PLANNED_BEFORE = frozenset(
    map(
        fold,
        "will shall 'll scheduled planned booked prévu prévue planifié planerat bokat planerad "
        "programat programată dijadualkan akan तय".split(),
    )
)
# "Will rang", "Will phoned this morning": no modal comes before a past tense, so the word is
# a name and plans nothing.
_MODALS = frozenset({"will", "shall"})
_IRREGULAR_PAST = frozenset("rang met spoke wrote saw came had sent caught took".split())


def modal_before_past(word: str, following: str) -> bool:
    """``word`` is "will"/"shall" and ``following`` an English past tense ("rang", "emailed")."""
    past = following in _IRREGULAR_PAST or (len(following) > 4 and following.endswith("ed"))
    return word in _MODALS and past
