"""A local stand-in for Slack: the Web API server the bot calls, and a sender of signed requests.

Slack itself cannot be reached from tests or from the console, so the real bot
runs against these: ``SlackStandIn`` answers its Web API calls on 127.0.0.1 and
records them; ``SlackSender`` sends it slash commands, clicks, submissions and
events signed with the signing secret, as Slack does.
"""

from standin.sender import Reply, SlackSender, values_for
from standin.server import Call, Message, SlackStandIn, UploadedFile

__all__ = ["Call", "Message", "Reply", "SlackSender", "SlackStandIn", "UploadedFile", "values_for"]
