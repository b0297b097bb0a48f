"""Everything the bot sends Slack, exactly once: one sender, two ledgers, one registry.

- ``kinds``: the kinds of owed message and ``Kinds``, the registry the
  composition root builds (``bot.app.delivery_kinds``) with the kit's renderers;
- ``engine``: the one sender — the look back for a post whose answer was lost,
  the pace, the call, the triage of Slack's answer;
- ``outbox`` (with ``owed``, where services enqueue): posts owed from the
  database, leased row by row, retried with back-off;
- ``nudge_ledger``: the morning DMs, one claimed row per rep, day and kind;
- ``dead``: posts refused for good, kept, retried on request, told to admins;
- ``slack`` and ``pacing``: the Web API clients and failures; Slack's pace.

Services (``bot/``) owe messages here and never import ``handlers``.
"""
