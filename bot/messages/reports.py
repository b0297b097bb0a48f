"""Wording of scorecards, initiative returns, the bonus plan and the role homes."""

from __future__ import annotations

from bot.i18n import N_, Plural

# --- /cms bonus --------------------------------------------------------------------------

BONUS_USAGE = N_(
    "`/cms bonus` shows the plan; admins set one with "
    "`/cms bonus set from 2027-01-01 bands 0-10m:5 10m-50m:8 50m+:10 mandate 100 currency USD` "
    "(rates in basis points; bands of verified assets gathered in a period, applied marginally) "
    "or remove one not yet in force with `/cms bonus cancel 2027-01-01`."
)
BONUS_BAD_AMOUNT = N_(
    "“{word}” is not an amount; write digits with an optional k, m or bn (10m, 250k)."
)
BONUS_BAD_RATE = N_(
    "“{word}” is not a rate for the {what}; give basis points from 0 to 10000 (5 means 0.05%)."
)
BONUS_NEEDS = N_("The plan needs {part}.")
BONUS_TWICE = N_("`{word}` appears twice; give it once.")
BONUS_UNEXPECTED = N_("I didn't expect “{word}” there.")
BONUS_BAD_CURRENCY = N_("“{word}” is not a currency code; use three letters such as USD or EUR.")
BONUS_BAD_DATE = N_("“{word}” is not a date; write the first day the plan applies as YYYY-MM-DD.")
BONUS_BAD_BAND = N_(
    "“{word}” is not a band; write LOW-HIGH:BP (0-10m:5) or LOW+:BP for the top one."
)
BONUS_EMPTY_BAND = N_(
    "The band “{word}” ends where it starts or before; its top must be above its bottom."
)
BONUS_AFTER_OPEN = N_("“{word}” comes after the open top band; the band ending in + must be last.")
BONUS_GAP = N_(
    "The band “{word}” should start at {expected}, where the one before ends (bands start at 0)."
)
BONUS_NO_TOP = N_(
    "The last band stops at {top}; end with an open band such as {top}+:10 so every amount has a rate."
)
BONUS_PAST = N_(
    "A plan can't start on {day}, in the past (today is {today}): pay already earned would change. "
    "Start it today or later."
)
BONUS_NO_PLAN_ON = N_("There is no bonus plan starting on {day}.")
BONUS_CANNOT_CANCEL = N_(
    "The plan from {day} has already applied, so it can't be removed; set a new plan instead."
)
BONUS_SET = N_(
    "Bonus plan set from {day}: {summary}. It applies to claims verified from that date."
)
BONUS_REPLACED = N_(
    "Bonus plan replaced from {day}: {summary}. It applies to claims verified from that date."
)
BONUS_CANCELLED = N_("The bonus plan from {day} was removed; it had not applied yet.")
BONUS_NONE = N_("No bonus plan is set yet.")
BONUS_ADMINS_ONLY = N_("Only admins can change the bonus plan; ask an admin.")

# --- /cms scorecard, /cms roi ---------------------------------------------------------------

SCORECARD_USAGE = "scorecard [@rep] [period] [chart]"  # typed words: not translated
SCORECARD_SUMMARY = N_(
    "contacts, cadence, follow-ups, claims, assets and the formula bonus for a period "
    "(default this quarter: also last month, 2026 Q3, ytd, since 1 July…); reps see their own, "
    "managers their team, admins everyone; `chart` adds a chart"
)
ROI_USAGE = "roi [period] [chart]"
ROI_SUMMARY = N_(
    "managers and admins: per initiative cost, contacts, prospects, attributed assets and fees, return on cost"
)
NOT_YOUR_REP = N_("You can see your own scorecard and your team's; <@{user}> is in neither.")
ROI_NOT_ALLOWED = N_(
    "Initiative returns are for managers, admins, marketing and compliance; ask your manager."
)
NO_PAY_FIGURES = N_(
    "Scorecards and bonuses are for reps, their managers and admins; "
    "`/client NAME` shows a client's card."
)
NO_REPS = N_("There is nobody to report on: no reps in this scope yet.")
CHART_SENT_DM = N_(
    "I've sent the chart to our direct messages: charts of people's numbers are only shared privately."
)
CHART_TITLE_ASSETS = N_("Verified assets by month, {period}")
CHART_TITLE_ROI = N_("Initiative cost vs attributed assets, {period}")
CHART_EMPTY = N_("Nothing to chart for {period}.")

SCORECARD_FOOTER = N_(
    "Dates are read in {tz}. Assets and mandates count when verified (on the verification date); "
    "pledges only once funded. Claims raised count by the day raised, pending ones as of now. "
    "Follow-ups count by the date promised: kept if a covering rep contacted the client by then, "
    "late if after, missed if not yet and the date has passed. Over-contacts came within the "
    "cadence's minimum days of the previous contact. Cadence is as of {as_of}. Bonus: bands applied "
    "marginally to the period's running total, each claim at the plan in force on its verification "
    "date, rounded once to the cent (half up). Every amount is in {currency}, converted at the "
    "rate of its booking date (the proving booking's, else the decision's; the nearest earlier "
    "rate within 7 days); one without a rate is listed as not converted and left out of every total."
)
ROI_FOOTER = N_(
    "A claim belongs to the initiative of the contact that raised it. Contacts count by when they "
    "happened, claims when verified (pledges once funded). New prospects: clients whose first "
    "recorded contact was one of the initiative's. Return on cost = (verified assets + mandate fees) "
    "÷ cost, all in {currency}: claims converted at the rate of their booking date, costs at their "
    "start date; an amount without a rate is listed as not converted and left out. "
    "Dates are read in {tz}."
)

# --- App Home -------------------------------------------------------------------------------

HOME_THIS_QUARTER = N_("*This quarter's numbers* ({period})")
HOME_PENDING_CLAIMS = N_("*Your pending claims*")
HOME_NO_PENDING_CLAIMS = N_("No claims waiting for a controller.")
HOME_QUEUE = N_("*Claims waiting for a controller* — oldest first")
HOME_QUEUE_EMPTY = N_("The queue is empty.")
HOME_TEAM = N_("*Your team this quarter* ({period})")
HOME_ADMIN = N_("*The firm at a glance*")
HOME_NO_TEAM = N_(
    "*Your team*\nNo one reports to you yet; an admin adds them with "
    "`/cms admin manager @rep @you`."
)
HOME_MARKETING = N_(
    "*Initiatives*\n`/cms roi` shows every initiative's return, as counts and totals; "
    "`/cms initiative` creates and edits them."
)
HOME_SERVICE = N_(
    "*Client service*\n`/client NAME` shows the card of a client your team serves; "
    "`/logcontact` logs a service contact (it counts toward no cadence and no pay)."
)
HOME_COMPLIANCE = N_(
    "*Compliance*\n`/client NAME` reads any client's card; `cmsbot export client EXT_ID` "
    "writes its whole record with the audit trail. Every read of a client is recorded."
)
HOME_NOT_SET_UP = N_(
    "You're not set up in the contact system yet. Ask an admin to add you (`cmsbot import reps`)."
)

# --- scorecard lines ------------------------------------------------------------------------

SCORECARD_HEADER = N_("Scorecard — {who} — {period}")
TEAM_HEADER = N_("Scorecards — {who} — {period}")
TEAM_WHO = {"team": N_("your team"), "everyone": N_("everyone")}
LINE_CONTACTS = N_("*Contacts:* {total}{channels}")
LINE_OVER = N_(
    "*Over-contacts:* {count} (within the cadence's minimum days of the previous contact)"
)
LINE_CADENCE = N_(
    "*Clients covered:* {covered} — {share} within cadence ({within} of {covered}){median}"
)
# A rep who covered nobody in the period: no share to show.
LINE_CADENCE_NONE = N_("*Clients covered:* none, so no cadence to keep")
LINE_MEDIAN = N_("; median {days} days overdue")
LINE_FOLLOW_UPS = N_("*Follow-ups:* {kept} kept on time · {late} late · {missed} missed{open}")
LINE_FOLLOW_UPS_OPEN = N_(" ({count} not due yet)")
LINE_CLAIMS = N_(
    "*Claims:* {raised} raised · {verified} verified · {rejected} rejected · {pending} pending"
    "{withdrawn}"
)
LINE_ASSETS = N_(
    "*Verified assets gathered:* {total} (deposits {deposits}, funded pledges {pledges})"
)
LINE_OTHER_CURRENCIES = N_(
    "Also verified in other currencies, not counted toward the bonus: {amounts}"
)
LINE_UNFUNDED = N_("Pledges verified but not yet funded (not counted): {amounts}")
LINE_HOUSEHOLD_ASSETS = N_(
    "*Household assets under coverage:* {start} at the start → {end} at the end"
)
HOUSEHOLD_NO_POSITIONS = N_("no positions")  # no position imported for that day yet
LINE_MANDATES = N_("*Mandates won:* {count}, fees {fees}")
LINE_OVERRIDES = N_(
    "Verified by override, with no booking behind them: {count} (each with its written reason)"
)
LINE_BONUS_IN = N_("*Formula bonus:* *{total}* (the plan is in {currency})")
LINE_BONUS = N_("*Formula bonus:* *{total}*")
LINE_NO_PLAN = N_("*Formula bonus:* no bonus plan applies to this period")
LINE_BONUS_BAND = N_("• from {plan_from}: {band} @ {rate} bp on {base} = {amount}")
LINE_BONUS_MANDATE = N_("• from {plan_from}: mandate fees @ {rate} bp on {base} = {amount}")
LINE_BEFORE_PLAN = N_("Verified before any plan applied (earns nothing): {amount}")
JUDGEMENT_HEADER = N_("*For the judgement part*")
LINE_TIMELINESS = N_("Follow-up timeliness: {kept} of {due} due were kept on time ({share})")
LINE_NO_FOLLOW_UPS = N_("Follow-up timeliness: no follow-ups fell due")
LINE_WEEKLY = Plural(
    "Activity by week ({first} – {last}): `{spark}` — {total} contact, busiest week {peak}",
    "Activity by week ({first} – {last}): `{spark}` — {total} contacts, busiest week {peak}",
)
# The busiest week, by the day it starts ("w/c": week commencing).
LINE_WEEK_OF = N_("w/c {day} ({count})")
TABLE_NOTE = N_("Showing the top {shown} of {total}; `cmsbot report scorecard` lists everyone.")
DETAIL_HINT = N_("`/cms scorecard @rep {period}` shows one rep in full.")
TABLE_COLUMNS = (
    "#",
    N_("Rep"),
    N_("Contacts"),
    N_("Cadence"),
    N_("FU kept/late/missed"),
    N_("Over"),
    N_("Claims r/v/x/p"),
    N_("Assets"),
    N_("Bonus"),
)

# --- initiative returns ---------------------------------------------------------------------

ROI_HEADER = N_("Initiative returns — {period}")
ROI_MORE = Plural(
    "…and {count} more initiative; `cmsbot report roi` lists them all.",
    "…and {count} more initiatives; `cmsbot report roi` lists them all.",
)
ROI_NONE = N_("No initiatives ran or had tagged contacts in {period}.")
ROI_LINE = N_(
    "*#{tag}* {name} — cost {cost}\n"
    "{contacts} contacts · {clients} clients · {households} households · {prospects} new prospects\n"
    "Verified assets {assets} · {mandates} mandates, fees {fees} · return on cost {ratio}"
)
ROI_COST_CONVERTED = N_("{cost} ({converted})")

# --- bonus plan -----------------------------------------------------------------------------

BONUS_IN_FORCE = N_("*Bonus plan in force* (from {day}, {currency}): {summary}")
BONUS_NONE_IN_FORCE = N_("*No bonus plan is in force today.*")
BONUS_UPCOMING = N_("*Upcoming:* from {day} ({currency}): {summary}")
BONUS_RULES = N_(
    "Bands are of verified assets gathered in a period (deposits; pledges once funded), applied "
    "marginally to the running total; each claim is paid at the plan in force on the day it was "
    "verified; mandate fees at the mandate rate; rounded once, to the cent."
)

# --- conversion into the reporting currency (bot.reports.conversion) ------------------------

NOT_CONVERTED = N_("not converted: no {currency} rate on or before {day}")
NOT_CONVERTED_LINE = N_("{what} {ref} {amount} {reason}")
EXCLUDES_NOT_CONVERTED = Plural(
    "excludes {count} amount not converted (no rate; `cmsbot import rates`)",
    "excludes {count} amounts not converted (no rate; `cmsbot import rates`)",
)
MORE_NOT_CONVERTED = N_("…and {count} more (`cmsbot report scorecard` lists them all).")
NOT_CONVERTED_TITLE = N_("*Not converted* (left out of every total above):")
OVERRIDE_MARK = N_("override")
