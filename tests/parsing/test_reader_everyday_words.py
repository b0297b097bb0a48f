"""Everyday words reps type that the reader misread: a follow-up's "1/5", Hinglish "kal
follow up karna hai", Swedish "ville", Malay "sarapan".

Now is Thursday 10 December 2026, 16:45 UTC. Only ``parse_contact`` runs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.parsing import parse_contact

NOW = datetime(2026, 12, 10, 16, 45, tzinfo=UTC)


def test_a_small_month_and_day_after_a_follow_up_cue_is_a_day_not_a_fraction() -> None:
    parsed = parse_contact(
        "Daniel Okonjo in office Tues 10am, fee $425k, f/u 1/5",
        now=NOW,
        timezone="America/New_York",
        locale="en-US",
    )
    assert parsed.follow_up_on == date(2027, 1, 5)
    assert "1/5" not in parsed.notes()


def test_a_small_fraction_elsewhere_stays_in_the_notes() -> None:
    parsed = parse_contact(
        "Jane Doyle call, 1/3 in bonds", now=NOW, timezone="America/New_York", locale="en-US"
    )
    assert (parsed.day, parsed.follow_up_on) == (None, None)
    assert "1/3 in bonds" in parsed.notes()


def test_hinglish_kal_before_follow_up_karna_hai_is_tomorrow() -> None:
    parsed = parse_contact(
        "Anil Joshi phone kiya aaj raat 9 baje, 15 lakh deposit, kal follow up karna hai",
        now=NOW,
        timezone="Asia/Kolkata",
        locale="hi-IN",
    )
    assert (parsed.day, parsed.follow_up_on) == (date(2026, 12, 10), date(2026, 12, 11))


def test_swedish_ville_is_no_mistyped_veille() -> None:
    parsed = parse_contact(
        "Bo Lundgren telefon i måndags kl 9.30, ville bo kvar i huset",
        now=NOW,
        timezone="Europe/Stockholm",
        locale="sv-SE",
    )
    assert parsed.unclear == ()
    assert parsed.day == date(2026, 12, 7)


def test_malay_sarapan_is_a_meeting_in_person() -> None:
    parsed = parse_contact(
        "Tan Boon Keat sarapan pagi Isnin, bincang pelan 10 tahun",
        now=NOW,
        timezone="Asia/Kuala_Lumpur",
        locale="ms-MY",
    )
    assert parsed.channel == "in_person"


def test_videoconf_is_a_video_call_and_fedexd_a_parcel() -> None:
    video = parse_contact(
        "Radu Avram videoconf ieri 16:30", now=NOW, timezone="Europe/Bucharest", locale="ro-RO"
    )
    parcel = parse_contact(
        "Chase Whitman fedex'd signed docs 12/8",
        now=NOW,
        timezone="America/New_York",
        locale="en-US",
    )
    assert (video.channel, parcel.channel) == ("video", "mail")


def test_malay_pindah_a_sum_into_a_named_account_is_a_deposit() -> None:
    parsed = parse_contact(
        "Tan Boon Keat zoom Khamis, pindah SGD 400k ke ACC-7412",
        now=NOW,
        timezone="Asia/Kuala_Lumpur",
        locale="ms-MY",
    )
    assert [(c.kind, c.currency, c.account) for c in parsed.claims] == [
        ("deposit", "SGD", "ACC-7412")
    ]


def test_hindi_a_sum_before_mandate_fee_is_the_mandates_fee() -> None:
    parsed = parse_contact(
        "Rohit Malhotra mulaqat 3 din pehle, 5 crore ka mandate fee tay hua",
        now=NOW,
        timezone="Asia/Kolkata",
        locale="hi-IN",
    )
    assert [(c.kind, c.amount) for c in parsed.claims] == [("mandate", 50_000_000)]
    assert parsed.unclear == ()
