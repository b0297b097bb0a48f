"""What the admins' Home, their alert DM and ``cmsbot doctor`` say about problems.

Each problem is one sentence saying what is wrong and one saying what to do.
Channel and user ids are filled in by the surface (a ``<#C…>`` mention on
Slack, the bare id on the command line).
"""

from __future__ import annotations

from bot.i18n import N_, Plural

HOME_TITLE = N_("*Problems*")
HOME_NONE = N_("None: every owed post went out, and the scheduled jobs run on time.")
HOME_RETRY = N_("Retry refused posts")
HOME_RETRIED = Plural(
    "Retried {count} refused post at {at}; if it is still refused it is listed again.",
    "Retried {count} refused posts at {at}; any still refused are listed again.",
)
HOME_MORE = N_("…and {count} more.")
ONLY_ADMINS = N_("Only admins can retry refused posts; ask an admin to.")
ALERT_TEXT = N_("Slack refused some of the bot's posts, and will keep refusing them until fixed")
ALERT_HEAD = N_(
    "*Slack refused some of the bot's posts* and will keep refusing them until "
    "this is fixed. They are kept, not lost:"
)
ALERT_FOOT = N_("When it is fixed, press *{button}* under *Problems* on the bot's Home tab.")

DEAD = Plural(
    "{count} post to {channel} refused since {since}: `{reason}` (`{key}`).",
    "{count} posts to {channel} refused since {since}: `{reason}` (e.g. `{key}`).",
)
FIX_NOT_IN_CHANNEL = N_(
    "Invite the bot to {channel} (type `/invite @contacts` there), then retry them."
)
FIX_CHANNEL_NOT_FOUND = N_(
    "Check the channel id {channel} (CMS_CONTROLLERS_CHANNEL): the channel must exist, and a "
    "private channel must have the bot invited; then retry them."
)
FIX_ARCHIVED = N_(
    "{channel} is archived: unarchive it, or point CMS_CONTROLLERS_CHANNEL at a live channel "
    "and restart the bot; then retry them."
)
FIX_PERSON = N_(
    "{channel} cannot get messages from the bot (left the workspace, or the app's Messages "
    "tab is off); retry once that is fixed, or leave them."
)
FIX_MESSAGE = N_(
    "Slack refused the message itself, a fault in the bot: report it with the post's key; "
    "retrying will not help until the bot is fixed."
)
FIX_OTHER = N_("Fix what Slack names, then retry them.")

BACKLOG = Plural(
    "{count} post owed to Slack (`{key}`) since {since}{error}.",
    "{count} posts owed to Slack, the oldest (`{key}`) since {since}{error}.",
)
BACKLOG_ERROR = N_("; last error: {error}")
FIX_BACKLOG = N_(
    "Check that the bot is running and can reach Slack; `cmsbot doctor` checks the token, "
    "the scopes and the controllers' channel."
)

NO_SCHEDULER = N_("No scheduler has ever run the bot's jobs (nudges, owed posts, the digest).")
FIX_NO_SCHEDULER = N_("Start the bot: `cmsbot run` (Socket Mode) or `cmsbot serve` (HTTP).")
JOB_NEVER_RAN = N_("The {job} job has not run since a scheduler started at {since}.")
JOB_STOPPED = N_("The {job} job last ran at {since}; it runs every {minutes} min.")
FIX_JOB_STOPPED = N_("Check that the bot is running (`cmsbot run` or `cmsbot serve`) and its log.")
JOB_FAILED = N_("The {job} job failed at {since}: {error}")
FIX_JOB_FAILED = N_("See the bot's log for the traceback; the job tries again at its next tick.")
