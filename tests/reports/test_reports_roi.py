"""Initiative returns against a hand-worked book (2026 Q3, UTC).

golf (cost 50,000, Jun–Sep) tags, in Q3: Jane Jul 6, John Jul 6, Kai Jul 7, Quinn Jul 10,
Pat Aug 20, and an undone contact with Jane (never counts): 5 contacts, 5 clients, 1
household (Jane and John are both Smiths; the others have none). Jane, John and Kai were
contacted in June and Quinn on 5 Jun (untagged): only Pat's first contact was golf's -> 1
new prospect. A June golf contact with Jane also raised a deposit verified on 5 Jul.

Claims, by the contact that raised them: June golf 1m deposit verified Jul 5 (counts: the
claim belongs to the initiative of its contact); Jane 3m deposit verified; John 2m pledge
verified with funding evidence, and 1m pledge verified without (not funded: excluded);
Kai 500k rejected and 400k pending (excluded); Pat mandate fee 100,000 verified; Quinn EUR
200,000 deposit verified (other currency). An untagged contact's 9m deposit is nobody's.
golf: assets USD 6,000,000, 1 mandate, fees 100,000; return (6m + 0.1m) / 50k = 122.00.
museum (cost 0, Jul–Dec) had nothing: listed, return "—". symphony (Jan–Mar) is not listed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session

from bot.errors import NotAllowed
from bot.reports import roi
from bot.reports.periods import read_period
from tests.factories import make_client, make_initiative, make_rep
from tests.reports.test_reports_scorecard import NOW, at, claim, contact


def test_initiative_returns_match_the_hand_count(session: Session) -> None:
    ann = make_rep(session, "UANN", "Ann")
    golf = make_initiative(
        session, "golf", cost=Decimal(50000), starts_on=date(2026, 6, 1), ends_on=date(2026, 9, 30)
    )
    make_initiative(session, "museum", cost=Decimal(0), starts_on=date(2026, 7, 1), ends_on=None)
    make_initiative(session, "symphony", starts_on=date(2026, 1, 1), ends_on=date(2026, 3, 31))
    jane = make_client(session, "Jane", covered_by=[ann], household="Smith")
    john = make_client(session, "John", covered_by=[ann], household="Smith")
    kai = make_client(session, "Kai", covered_by=[ann])
    quinn = make_client(session, "Quinn", covered_by=[ann], kind="prospect")
    pat = make_client(session, "Pat", covered_by=[ann], kind="prospect")
    for client in (jane, john, kai):
        contact(session, ann, client, at(6, 2))
    contact(session, ann, quinn, at(6, 5))
    june = contact(session, ann, jane, at(6, 15), initiative=golf)
    c_jane = contact(session, ann, jane, at(7, 6), initiative=golf)
    c_john = contact(session, ann, john, at(7, 6, 11), initiative=golf)
    c_kai = contact(session, ann, kai, at(7, 7), initiative=golf)
    contact(session, ann, jane, at(7, 8), initiative=golf, deleted=True)
    c_quinn = contact(session, ann, quinn, at(7, 10), initiative=golf)
    c_pat = contact(session, ann, pat, at(8, 20), initiative=golf)
    plain = contact(session, ann, kai, at(8, 21))

    ok = {"status": "verified"}
    claim(session, june, "deposit", "1000000", decided=at(7, 5), **ok)
    claim(session, c_jane, "deposit", "3000000", decided=at(7, 20), **ok)
    claim(session, c_john, "pledge", "2000000", decided=at(8, 1), evidence="DEP9", **ok)
    claim(session, c_john, "pledge", "1000000", decided=at(8, 2), **ok)
    claim(session, c_kai, "deposit", "500000", status="rejected", decided=at(7, 9))
    claim(session, c_kai, "deposit", "400000")
    claim(session, c_pat, "mandate", "100000", decided=at(9, 10), **ok)
    claim(session, c_quinn, "deposit", "200000", currency="EUR", decided=at(7, 11), **ok)
    claim(session, plain, "deposit", "9000000", decided=at(8, 22), **ok)

    report = roi.build(session, period=read_period("2026 Q3", now=NOW, timezone="UTC"), now=NOW)
    assert [row.tag for row in report.rows] == ["golf", "museum"]
    golf_row, museum = report.rows
    assert (golf_row.contacts, golf_row.clients, golf_row.households, golf_row.new_prospects) == (
        5,
        5,
        1,
        1,
    )
    assert golf_row.assets == {"USD": Decimal("6000000.00"), "EUR": Decimal("200000.00")}
    assert (golf_row.mandates, golf_row.mandate_fees) == (1, {"USD": Decimal("100000.00")})
    assert golf_row.attributed == Decimal("6100000.00")
    assert golf_row.return_on_cost == Decimal("122.00")
    assert (museum.contacts, museum.assets, museum.return_on_cost) == (0, {}, None)


def test_roi_is_for_managers_and_admins(session: Session) -> None:
    period = read_period("2026 Q3", now=NOW, timezone="UTC")
    rep = make_rep(session, "UREX", "Rex")
    boss = make_rep(session, "UBOSS", "Boss", roles=("manager",))
    roi.roi_for(session, actor=boss, period=period, now=NOW)
    with pytest.raises(NotAllowed):
        roi.roi_for(session, actor=rep, period=period, now=NOW)
