"""The indexes the hot statements lean on are the ones their plans use (issue #15).

A plan is the database's choice, so each test asks it the way the code asks:
the probe for a client's last counting contact reads the index alone on both
backends (``kind`` in ``ix_interactions_live_client_rep``: a service contact
counts toward no cadence); a firm-wide ``search_name`` containment look-up
(``LIKE '%…%'``, as ``contains(autoescape=True)`` writes it) is answered from
the pg_trgm index on PostgreSQL (``ix_clients_search_name_trgm``); on SQLite, as
``bot.directory.name_search`` writes it, from the trigram table ``clients_name_fts``
(migration 0018) and the clients read by id, and a piece the trigrams cannot answer
scans the covering ``ix_clients_search_name``, never the clients' rows.
"""

from __future__ import annotations

from sqlalchemy import Engine, and_, or_, select, text

from bot.cadence.rules import counts
from bot.directory.name_search import holding
from storage.models import Client, Interaction


def _plan(engine: Engine, statement: object, *settings: str) -> str:
    with engine.connect() as connection:
        for setting in settings:
            connection.execute(text(setting))
        compiled = statement.compile(  # type: ignore[attr-defined]
            dialect=engine.dialect, compile_kwargs={"literal_binds": True}
        )
        prefix = "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN "
        rows = connection.exec_driver_sql(prefix + str(compiled)).all()
        connection.rollback()
    return "\n".join(str(row[-1]) for row in rows)


# Tables of a fresh test database are empty, so a scan is cheapest; priced out, the
# planner shows which index it would use.
NO_SCANS = ("SET LOCAL enable_seqscan = off", "SET LOCAL enable_bitmapscan = off")


def test_last_counting_contact_probe_reads_the_index_alone(engine: Engine) -> None:
    probe = (
        select(Interaction.occurred_at)
        .where(Interaction.client_id == 7, Interaction.rep_id == 3, counts(Interaction))
        .order_by(Interaction.occurred_at.desc())
        .limit(1)
    )
    if engine.dialect.name == "sqlite":
        plan = _plan(engine, probe)
        assert "USING COVERING INDEX ix_interactions_live_client_rep" in plan, plan
    else:
        plan = _plan(engine, probe, *NO_SCANS)
        assert "Index Only Scan Backward using ix_interactions_live_client_rep" in plan, plan


def test_firm_wide_name_containment_reads_an_index_not_the_rows(engine: Engine) -> None:
    look_up = select(Client.id).where(
        Client.search_name.contains("ashf", autoescape=True),
        Client.search_name.contains("lars", autoescape=True),
    )
    if engine.dialect.name == "sqlite":
        plan = _plan(engine, look_up)
        assert "SCAN clients USING COVERING INDEX ix_clients_search_name" in plan, plan
    else:
        plan = _plan(engine, look_up, "SET LOCAL enable_seqscan = off")
        assert "Bitmap Index Scan on ix_clients_search_name_trgm" in plan, plan


def test_firm_wide_name_look_up_on_sqlite_reads_the_trigram_table_then_clients_by_id(
    engine: Engine,
) -> None:
    for look_up in (holding(and_, ["ashf", "lars"]), holding(or_, ["ashf", "lars"])):
        if engine.dialect.name == "sqlite":
            plan = _plan(engine, look_up)
            assert "SCAN clients_name_fts VIRTUAL TABLE INDEX 0:L0" in plan, plan
            assert "SEARCH clients USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan
        else:
            plan = _plan(engine, look_up, "SET LOCAL enable_seqscan = off")
            assert "Bitmap Index Scan on ix_clients_search_name_trgm" in plan, plan
