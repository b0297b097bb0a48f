"""What the console prints: the bot's recorded Web API calls, as the acting user would see them.

Nothing here knows a feature: it reads the stand-in's calls (``response_url``
replies, ``chat.*``, ``views.*``) and renders their Block Kit with
``standin.blockkit_text``, remembering the last thing shown so its numbered
buttons can be pressed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from standin.blockkit_text import Control, controls, render, render_view
from standin.server import Call

DIVIDER = "-" * 60


@dataclass
class Shown:
    """The last thing with buttons on screen: a message (``channel``/``ts``) or a view."""

    blocks: list[dict[str, Any]]
    message: dict[str, Any] | None = None
    view: dict[str, Any] | None = None
    response_url: str | None = None

    @property
    def controls(self) -> list[Control]:
        return controls(self.blocks)


@dataclass
class Screen:
    """New calls turned into printable text, plus what they leave pressable or to fill in."""

    lines: list[str] = field(default_factory=list)
    shown: Shown | None = None
    modal: dict[str, Any] | None = None
    others: dict[str, int] = field(default_factory=dict)


def is_dm_for(channel: str, user: str) -> bool:
    return channel in (user, f"D{user}")


def read_calls(
    calls: list[Call],
    *,
    me: str,
    controllers: str | None,
    names: dict[str, str],
    show_home: bool = False,
) -> Screen:
    """Render what ``me`` sees among ``calls``; DMs to others are counted (or shown in a tick)."""
    screen = Screen()
    for call in calls:
        if call.failed or not call.ok:
            continue
        args, method = call.args, call.method
        if method == "response_url":
            if args.get("delete_original") in (True, "true"):
                screen.lines.append("(the bot deleted that message)")
                continue
            where = "only visible to you" if args.get("response_type") != "in_channel" else "posted"
            if args.get("replace_original") in (True, "true"):
                where = "message replaced"
            _show(screen, f"[{where}]", args, message={"channel": None, **_content(args)})
        elif method in ("chat.postMessage", "chat.update"):
            channel = str(args.get("channel") or call.response.get("channel") or "")
            ts = str(call.response.get("ts") or args.get("ts") or "")
            verb = "updated" if method == "chat.update" else "new"
            message = {"channel": channel, "ts": ts, **_content(args)}
            if is_dm_for(channel, me) or channel == f"D{me}":
                _show(screen, f"[DM from cmsbot, {verb}]", args, message=message)
            elif controllers and channel == controllers:
                _show(screen, f"[#controllers, {verb}]", args, message=message)
            else:
                who = names.get(channel.removeprefix("D"), channel)
                screen.others[who] = screen.others.get(who, 0) + 1
        elif method == "chat.postEphemeral" and args.get("user") == me:
            _show(screen, "[only visible to you]", args, message={"channel": args.get("channel")})
        elif method in ("views.open", "views.push") and call.response.get("view"):
            screen.modal = call.response["view"]
        elif method == "views.update" and call.response.get("view"):
            view = call.response["view"]
            if view.get("type") == "modal":
                screen.modal = view
        elif method == "views.publish" and args.get("user_id") == me and not show_home:
            screen.lines.append("(your App Home was refreshed; :home shows it)")
        elif method == "views.publish" and args.get("user_id") == me:
            view = call.response.get("view") or {}
            screen.lines += ["[App Home updated]", render_view(view, users=names)]
            screen.shown = Shown(list(view.get("blocks") or []), view=view)
    return screen


def tick_report(calls: list[Call], *, names: dict[str, str]) -> list[str]:
    """Every DM the bot sent during a scheduler tick, by recipient: the nudges each rep got."""
    lines: list[str] = []
    for call in calls:
        if call.method != "chat.postMessage" or not call.ok:
            continue
        channel = str(call.args.get("channel") or "")
        who = names.get(channel.removeprefix("D"), channel)
        lines += [
            DIVIDER,
            f"→ {who}:",
            render(call.args.get("blocks"), users=names, text=str(call.args.get("text") or "")),
        ]
    return lines or ["(nobody was due anything at that time)"]


def _content(args: dict[str, Any]) -> dict[str, Any]:
    return {"text": args.get("text") or "", "blocks": list(args.get("blocks") or [])}


def _show(screen: Screen, header: str, args: dict[str, Any], *, message: dict[str, Any]) -> None:
    blocks = list(args.get("blocks") or [])
    text = render(blocks, text=str(args.get("text") or ""))
    screen.lines += [DIVIDER, header, text]
    if controls(blocks):
        screen.shown = Shown(blocks, message=message)


# -- input: modal fields and typed lines --------------------------------------------------

Ask = Callable[[str], str | None]
# Options the bot offers for what was typed into an external select (its block, the text).
Suggest = Callable[[dict[str, Any], str], list[dict[str, Any]]]


def ask_fields(
    view: dict[str, Any],
    answers: dict[str, Any],
    errors: dict[str, str],
    *,
    ask: Ask,
    say: Callable[[str], None],
    suggest: Suggest | None = None,
) -> dict[str, Any] | None:
    """Prompt each input of a modal by its label (Enter keeps the shown value); None cancels.

    For a type-ahead (external select) the typed text goes to the bot, as Slack
    sends it while someone types; its one match is taken, or its matches are
    listed to pick from by number.

    With ``errors`` (Slack's ``response_action: errors``, by block id) only the
    fields in error are asked again, each with its message.
    """
    say(DIVIDER)
    say(render_view(view))
    say("(fill in the form: Enter keeps the value shown, :clear empties it, :cancel closes it)")
    answers = dict(answers)
    for block in view.get("blocks") or []:
        if block.get("type") != "input":
            continue
        element = block.get("element") or {}
        action_id = str(element.get("action_id"))
        if errors and block.get("block_id") not in errors:
            continue
        if errors:
            say(f"  ! {errors[str(block.get('block_id'))]}")
        label = str((block.get("label") or {}).get("text", action_id))
        options = _options(element)
        for number, option in enumerate(options, 1):
            say(f"    {number}. {option['text'].get('text')}")
        shown = answers.get(action_id, _initial(element))
        got = ask(f"{label} [{_as_shown(element, shown)}]: ")
        if got is None or got.strip() == ":cancel":
            return None  # end of input closes the form, as a user would
        typed = got.strip()
        if not typed:
            continue
        if typed == ":clear":
            answers[action_id] = None  # Slack sends an emptied field as null
            continue
        if options and typed.isdigit() and 1 <= int(typed) <= len(options):
            typed = str(options[int(typed) - 1]["value"])
        elif options and not multi_of(element):
            known = {str(o["value"]).lower(): str(o["value"]) for o in options}
            known.update({str(o["text"].get("text")).lower(): str(o["value"]) for o in options})
            if typed.lower() not in known:
                say("  ! not one of the choices: type its number; the field is left as it was")
                continue
            typed = known[typed.lower()]
        elif suggest is not None and element.get("type") == "external_select":
            picked = _pick(suggest(block, typed), ask=ask, say=say)
            if picked is None:
                continue
            typed = picked
        multi = multi_of(element)
        answers[action_id] = [t.strip() for t in typed.split(",")] if multi else typed
    return answers


def _pick(offered: list[dict[str, Any]], *, ask: Ask, say: Callable[[str], None]) -> str | None:
    """The value of the one option offered, or of the one picked by number; None: none."""
    if not offered:
        say("  ! nothing matches that; the field is left as it was")
        return None
    if len(offered) == 1:
        say(f"    → {offered[0]['text'].get('text')}")
        return str(offered[0]["value"])
    for number, option in enumerate(offered, 1):
        say(f"    {number}. {option['text'].get('text')}")
    got = (ask("  pick a number: ") or "").strip()
    if got.isdigit() and 1 <= int(got) <= len(offered):
        return str(offered[int(got) - 1]["value"])
    say("  ! not one of the numbers; the field is left as it was")
    return None


def choose_option(options: list[dict[str, Any]], typed: str | None) -> dict[str, Any] | None:
    """The option ``typed`` names: its number, its label as Slack shows it, or its value."""
    if not typed:
        return None
    if typed.isdigit() and 1 <= int(typed) <= len(options):
        return options[int(typed) - 1]
    wanted = typed.strip().lower()
    for option in options:
        if str((option.get("text") or {}).get("text", "")).lower() == wanted:
            return option
    return next((o for o in options if o.get("value") == typed), None)


def _as_shown(element: dict[str, Any], value: Any) -> str:
    """A field's value as Slack shows it: a select's label, not its value."""
    if value is None:
        return ""
    offered = [*_options(element), *filter(None, [element.get("initial_option")])]
    by_value = {str(o.get("value")): str(o["text"].get("text")) for o in offered}
    if isinstance(value, list):
        return ", ".join(by_value.get(str(v), str(v)) for v in value)
    return by_value.get(str(value), str(value))


def multi_of(element: dict[str, Any]) -> bool:
    return bool(element.get("type", "").startswith("multi_") or element.get("type") == "checkboxes")


def _options(element: dict[str, Any]) -> list[dict[str, Any]]:
    options = list(element.get("options") or [])
    for group in element.get("option_groups") or []:
        options += group.get("options") or []
    return options


def _initial(element: dict[str, Any]) -> Any:
    for key in ("initial_value", "initial_date", "initial_time", "initial_user"):
        if element.get(key):
            return element[key]
    option = element.get("initial_option")
    return option.get("value") if option else None


def line_reader(stdin: TextIO, stdout: TextIO, *, words: list[str]) -> Callable[[str], str | None]:
    """Read a line after a prompt; None at end of input.

    On a terminal: prompt_toolkit with history in ``~/.cmsbot_history`` and
    completion of commands, verbs and client names. Otherwise (a script on
    standard input) plain lines, echoed after the prompt so the transcript reads.
    """
    if stdin.isatty() and stdout.isatty():
        from pathlib import Path

        from prompt_toolkit import PromptSession
        from prompt_toolkit.completion import WordCompleter
        from prompt_toolkit.history import FileHistory

        session: PromptSession[str] = PromptSession(
            history=FileHistory(str(Path.home() / ".cmsbot_history")),
            completer=WordCompleter(words, ignore_case=True, sentence=True),
        )

        def interactive(prompt: str) -> str | None:
            try:
                return session.prompt(prompt)
            except EOFError:
                return None

        return interactive

    def plain(prompt: str) -> str | None:
        line = stdin.readline()
        if not line:
            return None
        print(prompt + line.rstrip("\n"), file=stdout, flush=True)
        return line.rstrip("\n")

    return plain
