"""Wording of scorecards, initiative returns, the bonus plan and the role homes."""

from __future__ import annotations

from bot.i18n import N_

# --- /cms bonus --------------------------------------------------------------------------

BONUS_USAGE = (
    "`/cms bonus` shows the plan; admins set one with "
    "`/cms bonus set from 2027-01-01 bands 0-10m:5 10m-50m:8 50m+:10 mandate 100 currency USD` "
    "(rates in basis points; bands of verified assets gathered in a period, applied marginally) "
    "or remove one not yet in force with `/cms bonus cancel 2027-01-01`."
)
BONUS_BAD_AMOUNT = (
    "“{word}” is not an amount; write digits with an optional k, m or bn (10m, 250k)."
)
BONUS_BAD_RATE = (
    "“{word}” is not a rate for the {what}; give basis points from 0 to 10000 (5 means 0.05%)."
)
BONUS_NEEDS = "The plan needs {part}. " + BONUS_USAGE
BONUS_TWICE = "`{word}` appears twice; give it once."
BONUS_UNEXPECTED = "I didn't expect “{word}” there. " + BONUS_USAGE
BONUS_BAD_CURRENCY = "“{word}” is not a currency code; use three letters such as USD or EUR."
BONUS_BAD_DATE = "“{word}” is not a date; write the first day the plan applies as YYYY-MM-DD."
BONUS_BAD_BAND = "“{word}” is not a band; write LOW-HIGH:BP (0-10m:5) or LOW+:BP for the top one."
BONUS_EMPTY_BAND = (
    "The band “{word}” ends where it starts or before; its top must be above its bottom."
)
BONUS_AFTER_OPEN = "“{word}” comes after the open top band; the band ending in + must be last."
BONUS_GAP = (
    "The band “{word}” should start at {expected}, where the one before ends (bands start at 0)."
)
BONUS_NO_TOP = "The last band stops at {top}; end with an open band such as {top}+:10 so every amount has a rate."
BONUS_PAST = (
    "A plan can't start on {day}, in the past (today is {today}): pay already earned would change. "
    "Start it today or later."
)
BONUS_NO_PLAN_ON = "There is no bonus plan starting on {day}."
BONUS_CANNOT_CANCEL = (
    "The plan from {day} has already applied, so it can't be removed; set a new plan instead."
)
BONUS_SET = "Bonus plan {verb} from {day}: {summary}. It applies to claims verified from that date."
BONUS_CANCELLED = "The bonus plan from {day} was removed; it had not applied yet."
BONUS_NONE = "No bonus plan is set yet. " + BONUS_USAGE
BONUS_ADMINS_ONLY = "Only admins can change the bonus plan; ask an admin."

# --- /cms scorecard, /cms roi ---------------------------------------------------------------

SCORECARD_USAGE = "scorecard [@rep] [period] [chart]"
SCORECARD_SUMMARY = (
    "contacts, cadence, follow-ups, claims, assets and the formula bonus for a period "
    "(default this quarter: also last month, 2026 Q3, ytd, since 1 July…); reps see their own, "
    "managers their team, admins everyone; `chart` adds a chart"
)
ROI_USAGE = "roi [period] [chart]"
ROI_SUMMARY = "managers and admins: per initiative cost, contacts, prospects, attributed assets and fees, return on cost"
NOT_YOUR_REP = "You can see your own scorecard and your team's; <@{user}> is in neither."
ROI_NOT_ALLOWED = (
    "Initiative returns are for managers, admins, marketing and compliance; ask your manager."
)
NO_PAY_FIGURES = (
    "Scorecards and bonuses are for reps, their managers and admins; "
    "`/client NAME` shows a client's card."
)
NO_REPS = "There is nobody to report on: no reps in this scope yet."
CHART_SENT_DM = "I've sent the chart to our direct messages: charts of people's numbers are only shared privately."
CHART_TITLE_ASSETS = "Verified assets by month, {period}"
CHART_TITLE_ROI = "Initiative cost vs attributed assets, {period}"
CHART_EMPTY = "Nothing to chart for {period}."

SCORECARD_FOOTER = (
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
ROI_FOOTER = (
    "A claim belongs to the initiative of the contact that raised it. Contacts count by when they "
    "happened, claims when verified (pledges once funded). New prospects: clients whose first "
    "recorded contact was one of the initiative's. Return on cost = (verified assets + mandate fees) "
    "÷ cost, all in {currency}: claims converted at the rate of their booking date, costs at their "
    "start date; an amount without a rate is listed as not converted and left out. "
    "Dates are read in {tz}."
)

# --- App Home -------------------------------------------------------------------------------

HOME_THIS_QUARTER = "*This quarter's numbers* ({period})"
HOME_PENDING_CLAIMS = "*Your pending claims*"
HOME_NO_PENDING_CLAIMS = "No claims waiting for a controller."
HOME_QUEUE = "*Claims waiting for a controller* — oldest first"
HOME_QUEUE_EMPTY = "The queue is empty."
HOME_TEAM = "*Your team this quarter* ({period})"
HOME_ADMIN = "*The firm at a glance*"
HOME_MARKETING = (
    "*Initiatives*\n`/cms roi` shows every initiative's return, as counts and totals; "
    "`/cms initiative` creates and edits them."
)
HOME_SERVICE = (
    "*Client service*\n`/client NAME` shows the card of a client your team serves; "
    "`/logcontact` logs a service contact (it counts toward no cadence and no pay)."
)
HOME_COMPLIANCE = (
    "*Compliance*\n`/client NAME` reads any client's card; `cmsbot export client EXT_ID` "
    "writes its whole record with the audit trail. Every read of a client is recorded."
)
HOME_NOT_SET_UP = (
    "You're not set up in the contact system yet. Ask an admin to add you (`cmsbot import reps`)."
)

# --- scorecard lines ------------------------------------------------------------------------

SCORECARD_HEADER = "Scorecard — {who} — {period}"
TEAM_HEADER = "Scorecards — {who} — {period}"
TEAM_WHO = {"team": "your team", "everyone": "everyone"}
LINE_CONTACTS = "*Contacts:* {total}{channels}"
LINE_OVER = "*Over-contacts:* {count} (within the cadence's minimum days of the previous contact)"
LINE_CADENCE = (
    "*Clients covered:* {covered} — {share} within cadence ({within} of {covered}){median}"
)
LINE_MEDIAN = "; median {days} days overdue"
LINE_FOLLOW_UPS = "*Follow-ups:* {kept} kept on time · {late} late · {missed} missed{open}"
LINE_FOLLOW_UPS_OPEN = " ({count} not due yet)"
LINE_CLAIMS = (
    "*Claims:* {raised} raised · {verified} verified · {rejected} rejected · {pending} pending"
    "{withdrawn}"
)
LINE_ASSETS = "*Verified assets gathered:* {total} (deposits {deposits}, funded pledges {pledges})"
LINE_OTHER_CURRENCIES = "Also verified in other currencies, not counted toward the bonus: {amounts}"
LINE_UNFUNDED = "Pledges verified but not yet funded (not counted): {amounts}"
LINE_HOUSEHOLD_ASSETS = "*Household assets under coverage:* {start} at the start → {end} at the end"
HOUSEHOLD_NO_POSITIONS = N_("no positions")  # no position imported for that day yet
LINE_MANDATES = "*Mandates won:* {count}, fees {fees}"
LINE_OVERRIDES = (
    "Verified by override, with no booking behind them: {count} (each with its written reason)"
)
LINE_BONUS_IN = "*Formula bonus:* *{total}* (the plan is in {currency})"
LINE_BONUS = "*Formula bonus:* *{total}*"
LINE_NO_PLAN = "*Formula bonus:* no bonus plan applies to this period"
LINE_BONUS_BAND = "• from {plan_from}: {band} @ {rate} bp on {base} = {amount}"
LINE_BONUS_MANDATE = "• from {plan_from}: mandate fees @ {rate} bp on {base} = {amount}"
LINE_BEFORE_PLAN = "Verified before any plan applied (earns nothing): {amount}"
JUDGEMENT_HEADER = "*For the judgement part*"
LINE_TIMELINESS = "Follow-up timeliness: {kept} of {due} due were kept on time ({share})"
LINE_NO_FOLLOW_UPS = "Follow-up timeliness: no follow-ups fell due"
LINE_WEEKLY = (
    "Activity by week ({first} – {last}): `{spark}` — {total} contacts, busiest week {peak}"
)
TABLE_NOTE = "Showing the top {shown} of {total}; `cmsbot report scorecard` lists everyone."
DETAIL_HINT = "`/cms scorecard @rep {period}` shows one rep in full."
TABLE_COLUMNS = (
    "#",
    "Rep",
    "Contacts",
    "Cadence",
    "FU kept/late/missed",
    "Over",
    "Claims r/v/x/p",
    "Assets",
    "Bonus",
)

# --- initiative returns ---------------------------------------------------------------------

ROI_HEADER = "Initiative returns — {period}"
ROI_NONE = "No initiatives ran or had tagged contacts in {period}."
ROI_LINE = (
    "*#{tag}* {name} — cost {cost}\n"
    "{contacts} contacts · {clients} clients · {households} households · {prospects} new prospects\n"
    "Verified assets {assets} · {mandates} mandates, fees {fees} · return on cost {ratio}"
)
ROI_COST_CONVERTED = "{cost} ({converted})"

# --- bonus plan -----------------------------------------------------------------------------

BONUS_IN_FORCE = "*Bonus plan in force* (from {day}, {currency}): {summary}"
BONUS_NONE_IN_FORCE = "*No bonus plan is in force today.*"
BONUS_UPCOMING = "*Upcoming:* from {day} ({currency}): {summary}"
BONUS_RULES = (
    "Bands are of verified assets gathered in a period (deposits; pledges once funded), applied "
    "marginally to the running total; each claim is paid at the plan in force on the day it was "
    "verified; mandate fees at the mandate rate; rounded once, to the cent."
)

# --- conversion into the reporting currency (bot.reports.conversion) ------------------------

NOT_CONVERTED = "not converted: no {currency} rate on or before {day}"
NOT_CONVERTED_LINE = "{what} {ref} {amount} {reason}"
EXCLUDES_NOT_CONVERTED = "excludes {count} amount(s) not converted (no rate; `cmsbot import rates`)"
MORE_NOT_CONVERTED = "…and {count} more (`cmsbot report scorecard` lists them all)."
NOT_CONVERTED_TITLE = "*Not converted* (left out of every total above):"
OVERRIDE_MARK = "override"
