"""Free text of /logcontact -> a ``ParsedContact``; dates go through ``bot.parsing.dates``.

Pure code: no Slack, no database. The caller matches ``client_text`` (and the
whole line) against the rep's clients with ``bot.parsing.client_match.match_client``.
"""

from bot.parsing.contact import ClaimDraft, ParsedContact, parse_contact
from bot.parsing.dates import read_when, warm_up

__all__ = ["ClaimDraft", "ParsedContact", "parse_contact", "read_when", "warm_up"]
