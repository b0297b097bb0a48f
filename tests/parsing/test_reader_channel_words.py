"""How the contact happened, from words reps use that name no medium outright.

Now is Wednesday 2 December 2026, 14:00 UTC; only ``parse_contact`` runs.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.parsing import parse_contact

NOW = datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Summer Whitaker stopped by the office 11/27 at 3:15pm", "en-US"),
        ("Hope Fairley joint review at her home Sun w/ the accountant", "en-GB"),
        ("Ambroise Favre souper mardi avec son notaire, succession", "fr-CH"),
        ("Aarti Joshi ke ghar gaye ravivaar ko, PPF discuss kiya", "hi-IN"),
        ("Vikram Sethi ke office gaya mangalvaar 12 baje", "hi-IN"),
    ],
)
def test_coming_by_or_being_seen_at_home_is_in_person(text: str, locale: str) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/London", locale=locale)
    assert parsed.channel == "in_person"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Ambroise Favre au #art-basel samedi, mandat M&A gagné", "fr-CH"),
        ("Speranța Radu la #monaco-gp duminică, a promis 1 milion de euro", "ro-RO"),
        ("Chase Whitaker at #ryder-cup Sunday", "en-US"),
    ],
)
def test_being_at_an_initiatives_event_is_meeting_in_person(text: str, locale: str) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/London", locale=locale)
    assert parsed.channel == "in_person"


def test_a_tag_alone_names_no_channel() -> None:
    parsed = parse_contact(
        "Chase Whitaker #opera-gala invite, follow up Friday",
        now=NOW,
        timezone="America/New_York",
        locale="en-US",
    )
    assert parsed.channel is None


def test_a_channel_word_wins_over_the_event() -> None:
    parsed = parse_contact(
        "Chase Whitaker emailed at #opera-gala",
        now=NOW,
        timezone="America/New_York",
        locale="en-US",
    )
    assert parsed.channel == "email"


@pytest.mark.parametrize(
    ("text", "locale", "channel"),
    [
        ("Carmen Delgado - sent the Q4 stmts + proxy docs via USPS today", "en-US", "mail"),
        ("Miles Fairley statements by Royal Mail today", "en-GB", "mail"),
        ("Gunnar Lindahl telefon 2026-12-01 kl. 14.10, tog ut 1 mkr", "sv-SE", "phone"),
        ("Ioana Pop telefon 01.12.2026 la 11", "ro-RO", "phone"),
    ],
)
def test_a_carrier_is_the_post_and_a_date_after_telefon_is_no_phone_number(
    text: str, locale: str, channel: str
) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/London", locale=locale)
    assert parsed.channel == channel


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Mawar binti Ismail minum petang Rabu, dia tak jadi deposit RM 300k", "ms-MY"),
        ("Wong Siew Lan minum kopi pagi tadi", "ms-MY"),
        ("Marie Dupont apéro hier soir, parlé succession", "fr-FR"),
        ("Radu Bălan la un ceai ieri", "ro-RO"),
        ("Axel Norling afterwork igår", "sv-SE"),
        ("Arjun Iyer के साथ कल चाय पर बात", "hi-IN"),
    ],
)
def test_a_drink_or_tea_together_is_meeting_in_person(text: str, locale: str) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/London", locale=locale)
    assert parsed.channel == "in_person"


def test_the_tea_of_afternoon_tea_leaves_the_day_part_a_part() -> None:
    """ "minum petang Rabu": Wednesday, and no time (the afternoon is a part of the day)."""
    parsed = parse_contact(
        "Mawar binti Ismail minum petang Rabu, dia tak jadi deposit RM 300k, tunggu bonus",
        now=datetime(2026, 12, 10, 16, 45, tzinfo=UTC),
        timezone="Asia/Kuala_Lumpur",
        locale="ms-MY",
    )
    assert (parsed.channel, parsed.day, parsed.time, parsed.claims) == (
        "in_person",
        datetime(2026, 12, 9).date(),
        None,
        (),
    )
    assert [u for u in parsed.unclear] == []


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Blanche Moreau a signé ce matin en agence", "fr-FR"),
        ("Mihai Dumitru a venit la sediu luni", "ro-RO"),
        ("Tan Boon Hock datang di cawangan semalam", "ms-MY"),
        ("Hope Fairley came in at the branch yesterday", "en-GB"),
        ("Barkha Sethi branch aayi kal", "hi-IN"),
    ],
)
def test_being_seen_at_the_branch_or_head_office_is_in_person(text: str, locale: str) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/London", locale=locale)
    assert parsed.channel == "in_person"


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Vilja Hedlund frukostmöte idag kl 8", "in_person"),
        ("Bo Ek kundmöte igår", "in_person"),
        ("Stig Nyqvist affärslunch i fredags", "in_person"),
        ("Saga Holm kundsamtal igår", "phone"),
        ("Saga Holm teamsmötet igår", "video"),
    ],
)
def test_a_swedish_compound_ending_in_a_meeting_meal_or_call_is_that_contact(
    text: str, channel: str
) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/Stockholm", locale="sv-SE")
    assert parsed.channel == channel


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Saga Holm eftermiddag, ISK-flytt klar", "sv-SE"),
        ("Jane Doyle wants us to promote the fund", "en-GB"),
    ],
)
def test_a_word_only_ending_like_a_compound_names_no_channel(text: str, locale: str) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/Stockholm", locale=locale)
    assert parsed.channel is None


@pytest.mark.parametrize(
    ("text", "locale", "channel"),
    [
        ("Vlad Ionescu dejun sâmbătă, a depus 1 milion lei", "ro-RO", "in_person"),
        ("Radu Pop micul dejun ieri la Athénée", "ro-RO", "in_person"),
        ("sona iyer se fone pe baat aaj 2:45 pm", "hi-IN", "phone"),
        ("Barkha ji ka phone aaya subah", "hi-IN", "phone"),
        ("Priya Rao का फ़ोन आया कल", "hi-IN", "phone"),
    ],
)
def test_romanian_lunch_and_a_call_typed_in_haste_or_that_came_name_their_channel(
    text: str, locale: str, channel: str
) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Asia/Kolkata", locale=locale)
    assert parsed.channel == channel
    assert "aaya" not in parsed.notes() and "आया" not in parsed.notes()


def test_a_number_labelled_tel_is_the_phone_when_they_talked_and_nothing_else_says_how() -> None:
    parsed = parse_contact(
        "agneta ekström tel 070-123 45 67, ring tillbaka imorgon, pratade 10 min i morse",
        now=NOW,
        timezone="Europe/Stockholm",
        locale="sv-SE",
    )
    assert parsed.channel == "phone"
    assert "070-123 45 67" in parsed.notes()


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Sara Nyström ny adress Strandvägen 7, tel 070-123 45 67", None),  # a number alone
        ("Bjorn Lindqvist mejl, pratade om ISK, tel 070-123 45 67", "email"),
    ],
)
def test_a_number_labelled_tel_is_no_channel_alone_nor_beside_another(
    text: str, channel: str | None
) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/Stockholm", locale="sv-SE")
    assert parsed.channel == channel


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Blanche Moreau entretien tel lundi 14h", "fr-FR"),
        ("Blanche Moreau rdv téléphonique lundi", "fr-FR"),
        ("Alina Petrescu convorbire telefonica pe 11.01 la ora 16", "ro-RO"),
        ("Alina Petrescu întâlnire telefonică luni", "ro-RO"),
    ],
)
def test_a_meeting_held_by_phone_is_a_call(text: str, locale: str) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/Paris", locale=locale)
    assert parsed.channel == "phone"


@pytest.mark.parametrize(
    "text",
    ["Pierre Castaing rdv, tel 06 12 34 56 78 changé", "Pierre Castaing rdv tel 06 12 34 56 78"],
)
def test_a_meeting_beside_a_number_labelled_tel_stays_a_meeting(text: str) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/Paris", locale="fr-FR")
    assert parsed.channel == "in_person"
    assert "06 12 34 56 78" in parsed.notes()


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Rohit Malhotra के साथ कल रात 9 बजे टीम्स कॉल, QIP का mandate मिला", "video"),
        ("Rohit Malhotra से टीम्स पर मीटिंग", "video"),
        ("Rohit Malhotra से ज़ूम कॉल कल", "video"),
        ("Rohit Malhotra से गूगल मीट पर बात", "video"),
        ("Rohit Malhotra वीडियो कॉल कल शाम", "video"),
        ("Rohit Malhotra को ईमेल भेजा", "email"),
        ("Rohit Malhotra को मेल किया", "email"),
        ("Rohit Malhotra से टेलीफोन पर बात", "phone"),
        ("Rohit Malhotra को कूरियर से documents भेजे", "mail"),
        ("Rohit Malhotra को स्पीड पोस्ट से KYC", "mail"),
        ("Rohit Malhotra के साथ नाश्ते पर बात", "in_person"),
        ("Rohit Malhotra के साथ बैठक हुई कल", "in_person"),
        ("Rohit Malhotra ke saath baithak kal", "in_person"),
    ],
)
def test_channel_words_transliterated_in_devanagari_name_their_channel(
    text: str, channel: str
) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Asia/Kolkata", locale="hi-IN")
    assert parsed.channel == channel
    assert [span.words for span in parsed.names] == [("Rohit", "Malhotra")]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Jane Smith online meeting yesterday at 4pm", "en-US"),
        ("Jane Smith virtual meeting yesterday", "en-GB"),
        ("Marc Dubois réunion en ligne hier à 15h", "fr-FR"),
        ("Stig Nyqvist digitalt möte igår kl 14", "sv-SE"),
        ("Stig Nyqvist möte online igår", "sv-SE"),
        ("Vlad Ionescu întâlnire online ieri", "ro-RO"),
        ("Tan Mei Ling mesyuarat dalam talian semalam", "ms-MY"),
        ("Rohit Malhotra ऑनलाइन मीटिंग कल", "hi-IN"),
        ("Rohit Malhotra online meeting kal", "hi-IN"),
    ],
)
def test_a_meeting_held_online_is_a_video_contact(text: str, locale: str) -> None:
    parsed = parse_contact(text, now=NOW, timezone="Europe/London", locale=locale)
    assert parsed.channel == "video"
    assert len(parsed.names) == 1


def test_a_meeting_about_something_online_stays_in_person() -> None:
    parsed = parse_contact(
        "Jane Smith meeting yesterday re online banking",
        now=NOW,
        timezone="Europe/London",
        locale="en-GB",
    )
    assert parsed.channel == "in_person"
