"""The `mysteryshop` command: the desktop app by default, and commands for scripts.

Exit status: 0 success, 1 bad input (one line per problem on stderr), 2 wrong usage."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from mysteryshop import __version__, paths
from mysteryshop.confidence import MIN_VISITS
from mysteryshop.vocabulary import LANGUAGES, SOURCE_LANGUAGE, STATUSES

if TYPE_CHECKING:  # imported where used: starting the app does without the reports
    from mysteryshop.reports import ReportOptions

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Wrong use of the command line (exit status 2)."""


class InputError(Exception):
    """Bad input the user can fix (exit status 1); one line per problem."""

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


# --- argument parsing -------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 itself; keep the usage line
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


def _day(text: str) -> date:
    from mysteryshop import intake

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date such as 2026-11-20, got {text!r}"
        ) from None
    problem = intake.day_problem(day, "")
    if problem:  # a day near year 1 or 9999 cannot be turned into the filter's moments
        raise argparse.ArgumentTypeError(problem)
    return day


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def _target(text: str) -> Any:
    from mysteryshop.confidence import Target

    try:
        return Target.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _demo_count(text: str) -> int:
    value = _positive(text)
    from mysteryshop import demo  # only when the option is given: opening the app does without

    if value > demo.MAX_ENCOUNTERS:
        raise argparse.ArgumentTypeError(demo.too_many(value))
    return value


Parser = TypeVar("Parser", bound=argparse.ArgumentParser)


def _add_common_options(common: Parser) -> Parser:
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"use DIR instead of the platform's data folder (env {paths.DATA_DIR_ENV})",
    )
    common.add_argument(
        "--database-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="any SQLAlchemy URL, e.g. a team's postgresql+psycopg://… "
        f"(env {paths.DATABASE_URL_ENV})",
    )
    return common


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        raise UsageError(message)


def _app_options(argv: list[str]) -> argparse.Namespace | None:
    """The options of opening the app (no command), or None when `argv` asks for more (a
    command, --help, --version, a mistake): opening the app then skips building the parsers of
    every command, ~7 ms of each start."""
    parser = _add_common_options(_QuietParser(prog="mysteryshop", add_help=False))
    # Hidden: open the app, show the log over the database and quit (exit status 0), for the
    # standalone build's smoke test, which has no Python to drive the window with.
    parser.add_argument(
        "--smoke-test", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    try:
        options, rest = parser.parse_known_args(argv)
    except UsageError:
        return None  # the full parser says what is wrong, with its usage line
    if rest:
        return None
    options.command = None
    return options


def build_parser() -> argparse.ArgumentParser:
    common = _add_common_options(_Parser(add_help=False))
    filters = _Parser(add_help=False)
    group = filters.add_argument_group("filters")
    group.add_argument("--form", metavar="ID", help="only this form")
    group.add_argument("--location", metavar="NAME", help="only this location")
    group.add_argument("--region", metavar="NAME", help="only this region")
    group.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        type=_day,
        help="visits on or after DATE (YYYY-MM-DD)",
    )
    group.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        type=_day,
        help="visits on or before DATE (YYYY-MM-DD)",
    )
    group.add_argument(
        "--status",
        action="append",
        metavar="S",
        choices=STATUSES,
        help="only this status (repeatable)",
    )
    group.add_argument("--tag", metavar="T", help="only encounters with this tag")

    parser = _Parser(
        prog="mysteryshop",
        description="Mystery shopping: record service encounters, review them, report on them. "
        "Without a command, opens the desktop app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"mysteryshop {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", parents=[common], help="add realistic sample data")
    demo.add_argument(
        "--encounters",
        type=_demo_count,
        default=600,
        metavar="N",
        help="how many encounters (default 600, at most 200,000)",
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="random seed: the same seed gives the same data (default 1)",
    )

    forms = commands.add_parser("forms", parents=[common], help="list, check and import forms")
    forms_commands = forms.add_subparsers(
        dest="forms_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    forms_commands.add_parser("list", parents=[common], help="the forms in the database")
    validate = forms_commands.add_parser(
        "validate",
        parents=[common],
        help="check form files (YAML, or XLSForm .xlsx) without importing them",
    )
    validate.add_argument("files", nargs="+", metavar="FILE")
    form_import = forms_commands.add_parser(
        "import", parents=[common], help="add a form file (YAML, or XLSForm .xlsx) to the database"
    )
    form_import.add_argument("file", metavar="FILE")
    forms_commands.add_parser("schema", help="print the JSON Schema of form files")

    export = commands.add_parser(
        "export", parents=[common, filters], help="write encounters to a bundle or spreadsheet"
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument(
        "--format",
        choices=("json", "zip", "csv", "xlsx"),
        help="json or zip (a bundle; zip also carries attachments), csv or xlsx (a spreadsheet); "
        "default: from the file's extension, else json",
    )
    export.add_argument(
        "--anonymize",
        action="store_true",
        help="leave out observers, staff descriptions and attachments with their names; notes "
        "and other free text stay as written",
    )

    imp = commands.add_parser(
        "import",
        parents=[common],
        help="merge a bundle (.json/.zip) into the database, or add a form (.yaml/.yml, or an "
        "XLSForm .xlsx)",
    )
    imp.add_argument("file", metavar="FILE")

    synced = commands.add_parser(
        "sync",
        parents=[common],
        help="sync this computer's visits with the team's server",
        description="Push your submitted visits and discards to the team's PostgreSQL server "
        "and pull your returned visits, the forms, locations, comment library and calibration "
        "sessions. Safe to repeat and to interrupt: the next sync completes it.",
    )
    synced.add_argument(
        "--team-url",
        metavar="URL",
        help="the team server (default: the one set in the app's Settings); its password comes "
        "from the system keyring",
    )
    synced.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the server's password from the first line of stdin",
    )
    synced.add_argument(
        "--alias", help="whose visits (default: the observer alias set in the app's settings)"
    )
    synced.add_argument(
        "--status",
        action="store_true",
        help="only say when this computer last synced, what waits to go up and the conflicts "
        "(no connection)",
    )
    commands.add_parser(
        "check", parents=[common], help="check the database: integrity, forms and stored scores"
    )
    backup = commands.add_parser(
        "backup", parents=[common], help="copy the database, verified, to FILE or backups/"
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write the copy (default: the data folder's backups/)",
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="put a backup in place of the database (the current file is moved aside, "
        "never deleted)",
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help="the backup to restore")
    which.add_argument(
        "--latest", action="store_true", help="the newest backup in the data folder's backups/"
    )
    purge = commands.add_parser(
        "purge",
        parents=[common],
        help="delete encounters older than the retention period, then reclaim the space",
        description="Delete every encounter visited more than MONTHS months ago, with its "
        "answers, scores, tags, history and attachments (and unsaved work visited before "
        "then), then rewrite the database file so the deleted text does not linger in it. "
        "When another program is reading the database, or the disk is full, the file cannot "
        "be rewritten: the command says so (exit status 1), and `purge --reclaim` does it "
        "later. Backups and database files set aside by a restore, made earlier, still hold "
        "the data until they are pruned; files you exported and reports you wrote are not "
        "touched.",
    )
    purged = purge.add_mutually_exclusive_group(required=True)
    purged.add_argument("--older-than", type=_positive, metavar="MONTHS", help="months to keep")
    purged.add_argument(
        "--reclaim",
        action="store_true",
        help="delete nothing; only rewrite the database file so text deleted earlier is gone "
        "from it (after a purge or erase that could not)",
    )
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase = commands.add_parser(
        "erase",
        parents=[common],
        help="erase everything about one location or one observer alias",
        description="--location deletes the location and every encounter made there (with "
        "their answers, scores, tags, history and attachments). --observer removes the alias "
        "from every encounter and its history and deletes the alias; the encounters stay, "
        "without an observer. Unsaved work about the location is deleted; unsaved work keeps "
        "its text but loses the alias. Then the database file is rewritten so the erased text "
        "does not linger in it (when it cannot be, the command says so and exits with 1). "
        "Backups and database files set aside by a restore, made earlier, still hold it until "
        "they are pruned; files you exported and reports you wrote are not touched.",
    )
    erased = erase.add_mutually_exclusive_group(required=True)
    erased.add_argument("--location", metavar="NAME", help="a location's name (or id)")
    erased.add_argument("--observer", metavar="ALIAS", help="an observer's alias")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    _add_actions_parser(commands, common)
    from mysteryshop import cli_team

    cli_team.add_parser(commands, common, _Parser)

    report = commands.add_parser("report", parents=[common], help="write a PDF report")
    report_commands = report.add_subparsers(
        dest="report_command", metavar="REPORT", parser_class=_Parser, required=True
    )
    visit = report_commands.add_parser(
        "visit", parents=[common], help="one encounter, laid out like its form"
    )
    visit.add_argument("encounter_id", metavar="ID", help="the encounter's id")
    visit.add_argument("-o", "--output", required=True, metavar="FILE")
    visit.add_argument(
        "--anonymize",
        action="store_true",
        help="leave out the observer, the staff description, the reviewer, pictures and "
        "attachment names, and give times only to the hour; notes and other free text stay "
        "as written",
    )
    visit.add_argument(
        "--with-observer",
        action="store_true",
        help="print the observer's alias (left out by default: the report may reach the store)",
    )
    # The reports' languages (reports.i18n.LANGUAGES is vocabulary's; reports stay unimported).
    visit.add_argument(
        "--lang",
        type=_report_language,
        default=SOURCE_LANGUAGE,
        metavar="LANG",
        help=LANG_HELP,
    )
    for name, text in (
        ("summary", "figures, trends and rankings for leadership (no staff descriptions)"),
        (
            "coaching",
            "for trainers: the behaviours most often missed, then each location's most "
            "instructive visits tagged best-practice or needs-coaching",
        ),
        (
            "moments",
            "moments worth repeating: visits tagged best-practice and the notes of clearly "
            "uplifted visits, grouped by location",
        ),
    ):
        sub = report_commands.add_parser(name, parents=[common, filters], help=text)
        sub.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            help="the PDF (or JSON) to write; - writes JSON to standard output",
        )
        sub.add_argument(
            "--period",
            choices=("month", "quarter", "year"),
            help="a calendar month, quarter or year starting on --from (e.g. --period quarter "
            "--from 2026-07-01); without it, --from/--to give the days (a range that is "
            "exactly a month, quarter or year counts as one). A period not over yet is "
            "reported to date",
        )
        sub.add_argument(
            "--per-location",
            metavar="DIR",
            help="also write one report per location into DIR",
        )
        sub.add_argument(
            "--anonymize",
            action="store_true",
            help="leave out observer aliases and staff descriptions; notes and other free text "
            "stay as written",
        )
        sub.add_argument(
            "--lang",
            type=_report_language,
            default=SOURCE_LANGUAGE,
            metavar="LANG",
            help=LANG_HELP,
        )
        if name == "moments":
            _add_moments_options(sub)
            continue
        sub.add_argument(
            "--min-visits",
            type=_positive,
            default=MIN_VISITS,
            metavar="N",
            help=f"rank and compare only locations with at least N visits; figures from fewer "
            f"are marked 'read with care' (default: {MIN_VISITS})",
        )
        sub.add_argument(
            "--target",
            type=_target,
            metavar="SCORE|pNN",
            help="the target score shown on each location's report: a fixed score (80) or "
            "the programme's own percentile of location scores (p75)",
        )
        if name == "summary":
            sub.add_argument(
                "--compare",
                choices=("previous", "year-ago", "none"),
                default="previous",
                help="compare with the previous month, quarter or year (or as many days just "
                "before a custom range), with the same dates a year earlier, or with nothing "
                "(default: previous)",
            )
        if name == "coaching":
            _add_coaching_options(sub)
        sub.add_argument(
            "--format",
            choices=("pdf", "json"),
            help="pdf, or json: the figures the PDF prints, as data (docs/REPORT-JSON.md); "
            "default: from the file's extension, else pdf",
        )
    _add_review_commands(commands, common, filters)
    _add_calibration_parser(commands, common)
    return parser


def _add_review_commands(commands: Any, common: _Parser, filters: _Parser) -> None:
    """review, discard, delete and trash: the trainer's and observer's steps for scripts,
    through the same store functions and state machine as the app."""
    by = _Parser(add_help=False)
    by.add_argument(
        "--by",
        metavar="ALIAS",
        help="who does it (default: the alias set in the app's settings, else a reviewer)",
    )
    review = commands.add_parser("review", parents=[common], help="review submitted encounters")
    review_commands = review.add_subparsers(
        dest="review_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    listed = review_commands.add_parser(
        "list",
        parents=[common, filters],
        help="the encounters to review, oldest first (default: --status submitted)",
    )
    listed.add_argument("--format", choices=("text", "json"), default="text")
    approve = review_commands.add_parser(
        "approve", parents=[common, by], help="approve a submitted or returned encounter"
    )
    approve.add_argument("encounter_id", metavar="ID")
    approve.add_argument("--note", metavar="TEXT", help="the reviewer's note to keep with it")
    returned = review_commands.add_parser(
        "return", parents=[common, by], help="return an encounter to its observer, with a reason"
    )
    returned.add_argument("encounter_id", metavar="ID")
    returned.add_argument("--reason", metavar="TEXT", default="", help="why (required)")
    tag = review_commands.add_parser("tag", parents=[common, by], help="add tags to an encounter")
    tag.add_argument("encounter_id", metavar="ID")
    tag.add_argument("tags", nargs="+", metavar="TAG")

    discard = commands.add_parser(
        "discard",
        parents=[common, by],
        help=f"put a draft in the trash (restorable for {_TRASH_DAYS} days)",
    )
    discard.add_argument("encounter_id", metavar="ID")
    delete = commands.add_parser(
        "delete",
        parents=[common, by],
        help=f"put a submitted, approved or returned encounter in the trash, with a reason kept "
        f"for the audit (restorable for {_TRASH_DAYS} days)",
    )
    delete.add_argument("encounter_id", metavar="ID")
    delete.add_argument("--reason", metavar="TEXT", default="", help="why (required)")

    trash = commands.add_parser(
        "trash",
        parents=[common],
        help=f"list, restore or empty the trash (purged after {_TRASH_DAYS} days)",
    )
    trash_commands = trash.add_subparsers(
        dest="trash_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    trash_list = trash_commands.add_parser("list", parents=[common], help="what is in the trash")
    trash_list.add_argument("--format", choices=("text", "json"), default="text")
    restore = trash_commands.add_parser(
        "restore", parents=[common, by], help="take an encounter out of the trash"
    )
    restore.add_argument("encounter_id", metavar="ID")
    empty = trash_commands.add_parser(
        "empty",
        parents=[common],
        help="delete everything in the trash for good, then reclaim the space",
    )
    empty.add_argument(
        "--expired",
        action="store_true",
        help=f"only what has been in the trash {_TRASH_DAYS} days or more (no confirmation "
        "needed: the trash's own promise)",
    )
    empty.add_argument("--yes", action="store_true", help="do not ask for confirmation")


_TRASH_DAYS = 30  # workflow.TRASH_DAYS, for the help (a test holds them equal)


def _add_calibration_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """`mysteryshop calibration list|report`: observer-calibration sessions and their figures."""
    calibration = commands.add_parser(
        "calibration",
        parents=[common],
        help="observer calibration: do observers score the same visit the same way?",
    )
    actions = calibration.add_subparsers(
        dest="calibration_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    sessions = actions.add_parser("list", parents=[common], help="the calibration sessions")
    sessions.add_argument("--format", choices=("text", "json"), default="text")
    one = actions.add_parser(
        "report",
        parents=[common],
        help="one session's figures: Krippendorff's alpha, each question's agreement, each "
        "observer's leniency and agreement, and their drift across sessions",
    )
    one.add_argument("session", metavar="SESSION", help="the session's id")
    one.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the PDF (or JSON) to write; - or none: JSON to standard output",
    )
    one.add_argument(
        "--format",
        choices=("pdf", "json"),
        help="default: from the file's extension (.json), else pdf; json without -o",
    )
    one.add_argument(
        "--lang",
        type=_report_language,
        default=SOURCE_LANGUAGE,
        metavar="LANG",
        help=LANG_HELP,
    )


def _add_actions_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """`mysteryshop actions list|add|set`: the coaching loop's action items (store/actions.py)."""
    from mysteryshop.vocabulary import ACTION_STATES  # the one list of states

    parser = commands.add_parser(
        "actions", parents=[common], help="action items: what is to be done about a missed standard"
    )
    sub = parser.add_subparsers(
        dest="actions_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    listing = sub.add_parser("list", parents=[common], help="the action items, open ones first")
    listing.add_argument("--location", metavar="NAME", help="a location's name (or id)")
    listing.add_argument("--state", choices=ACTION_STATES, help="only this state")
    listing.add_argument("--overdue", action="store_true", help="only open ones due before today")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    add = sub.add_parser("add", parents=[common], help="make an open action item")
    add.add_argument("--location", required=True, metavar="NAME", help="a location's name (or id)")
    about = add.add_mutually_exclusive_group(required=True)
    about.add_argument("--question", metavar="FORM:QUESTION", help="a form's scored question")
    about.add_argument("--dimension", metavar="D", help="a dimension, such as greeting")
    add.add_argument("--what", required=True, metavar="TEXT", help="what is to be done")
    add.add_argument(
        "--owner", default="", metavar="ROLE", help="who sees to it, by role (store manager)"
    )
    add.add_argument("--due", type=_day, metavar="YYYY-MM-DD", help="the day it is due")
    state = sub.add_parser("set", parents=[common], help="close, drop or reopen an action item")
    state.add_argument("action_id", metavar="ID")
    state.add_argument("state", choices=ACTION_STATES)


COACHING_CASES = 4  # the help's default: report_data.CASES_PER_LOCATION (a test holds it)
MOMENTS_SHOWN = 5  # the help's default: store.moments.PER_LOCATION (a test holds it)


def _add_moments_options(moments: argparse.ArgumentParser) -> None:
    """The moments report's own options: a text search, and how many per location."""
    moments.add_argument(
        "--search",
        metavar="TEXT",
        help="only moments whose notes, staff description, reviewer's note or location "
        "contain TEXT",
    )
    shown = moments.add_mutually_exclusive_group()
    shown.add_argument(
        "--limit",
        type=_positive,
        metavar="N",
        help="at most N moments per location, the best: tagged best-practice first, then "
        f"the clearly uplifted, then the highest score (default: {MOMENTS_SHOWN})",
    )
    shown.add_argument(
        "--all", action="store_true", dest="every_case", help="every moment at every location"
    )


def _add_coaching_options(coaching: argparse.ArgumentParser) -> None:
    """The coaching report's own options: how many visits it shows per location."""
    cases = coaching.add_mutually_exclusive_group()
    cases.add_argument(
        "--limit",
        type=_positive,
        metavar="N",
        help="at most N needs-coaching and N best-practice visits per location, the most "
        "instructive: critical failures, then visits with notes, then the most points missed "
        f"(best practice: the highest score); default: {COACHING_CASES}",
    )
    cases.add_argument(
        "--all",
        action="store_true",
        dest="every_case",
        help="every tagged visit at every location (long for a large organisation)",
    )


# --- commands ---------------------------------------------------------------------------------


def _open(args: argparse.Namespace, *, write: bool) -> Any:
    """Open the chosen database; it is closed when the command ends (main's `args.resources`,
    an ExitStack, however the command ends). A command that only reads opens it read-only
    (it works on a read-only folder or a full disk); one that writes first checks the file
    is whole and can be written (store.opening.check_before_writing)."""
    from mysteryshop.store.opening import check_before_writing, open_database

    url = paths.database_url(getattr(args, "database_url", None), getattr(args, "data_dir", None))
    if write:
        check_before_writing(url)
    db = open_database(url, read_only=not write)
    args.resources.callback(db.close)
    return db


def _filter(args: argparse.Namespace, db: Any, *, check: bool = False) -> Any:
    """The command's filter, over --period's month, quarter or year when given; warns
    (stderr) when --location names no location, or takes in look-alikes: names written
    differently that read the same (names.py). With `check`, a filter naming a location,
    region, form or tag the database does not know, or dates that end before they start,
    is bad input (report_data.filter_problems)."""
    from mysteryshop import periods
    from mysteryshop.store.records import EncounterFilter

    def start_of(day: date | None) -> datetime | None:
        return datetime.combine(day, time()).astimezone() if day else None

    first, last = args.date_from, args.date_to
    kind = getattr(args, "period", None)
    if kind:
        if first is None or last is not None:
            raise UsageError(f"--period {kind} takes --from (its first day) and no --to")
        try:
            period = periods.starting(kind, first)
        except periods.PeriodError as error:
            raise InputError(str(error)) from None
        last = period.last
    f = EncounterFilter(
        form_id=args.form,
        location=args.location,
        region=args.region,
        date_from=start_of(first),
        date_to=start_of(last + timedelta(days=1)) if last else None,
        statuses=tuple(args.status) if args.status else None,
        tag=args.tag,
        text=getattr(args, "search", None) or None,
    )
    if check:
        from mysteryshop.store.report_data import filter_problems

        problems = filter_problems(db, f)
        if problems:
            raise InputError(*problems)
    if args.location:
        _warn_about_location(db, args.location)
    return f


def _warn_about_location(db: Any, typed: str) -> None:
    from mysteryshop import names
    from mysteryshop.store import queries

    found = queries.find_locations(db, typed)
    if not found:
        print(f"warning: no location named {typed!r}", file=sys.stderr)
    alike = names.look_alikes(loc.name for loc in found)
    if alike:
        print(
            f"warning: {typed!r} takes in {len(found)} locations whose names read alike but "
            f"are written differently: {', '.join(names.visible(name) for name in alike)}",
            file=sys.stderr,
        )


def _progress(what: str) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(
            f"\r{what}: {_number(done)} of {_number(total)}", end=end, file=sys.stderr, flush=True
        )

    return show


def cmd_demo(args: argparse.Namespace) -> int:
    from mysteryshop import demo
    from mysteryshop.store import queries
    from mysteryshop.store.shipped import stored_shipped_forms

    db = _open(args, write=True)
    forms = stored_shipped_forms(db)
    data = demo.generate(forms, encounters=args.encounters, seed=args.seed)
    try:
        added = queries.bulk_add_encounters(
            db, data.encounters, data.locations, progress=_progress("adding encounters")
        )
    except Exception as error:
        # Its ids are the seed's: stored already (perhaps by a demo that ran at the same time).
        if "UNIQUE" in str(error).upper():
            raise InputError(
                f"demo data with seed {args.seed} is already in the database; use another --seed"
            ) from None
        raise
    print(
        f"added {_number(added)} demo encounters at {len(data.locations)} locations "
        f"to {_shown(db.url)}"
    )
    return EXIT_OK


def cmd_forms(args: argparse.Namespace) -> int:
    from mysteryshop.forms import FormError, json_schema

    if args.forms_command == "schema":
        import json  # not at the top: opening the app does without it

        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return EXIT_OK
    from mysteryshop.exchange import files

    if args.forms_command == "validate":
        problems: list[str] = []
        for file in args.files:
            try:
                form, warnings = files.read_form_file(file)
            except (FormError, files.UnsupportedFile) as error:
                problems.extend(error.problems)
            else:
                _print_warnings(Path(file), warnings)
                count = sum(1 for _ in form.answerable())
                print(f"{file}: ok ({form.id} version {form.version}, {count} questions)")
        if problems:
            raise InputError(*problems)
        return EXIT_OK
    if args.forms_command == "list":
        from mysteryshop.store import queries

        for info in queries.list_forms(_open(args, write=False)):
            print(
                f"{info.form_id}\tversion {info.version}\t{info.encounters:>7,} encounters"
                f"\t{info.title}"
            )
        return EXIT_OK
    if files.import_kind(args.file) != "form":  # before a database is made for nothing
        raise files.UnsupportedFile(args.file, expected="form")
    _print_outcome(files.import_form_file(_open(args, write=True), args.file))
    return EXIT_OK


def _print_outcome(outcome: Any) -> None:
    """An import's outcome (exchange.files) in English: warnings on stderr, what was done on
    stdout."""
    from mysteryshop.exchange.files import FormImportOutcome

    _print_warnings(outcome.path, outcome.warnings)
    name = outcome.path.name
    if isinstance(outcome, FormImportOutcome):
        which = f"the form “{outcome.title}” ({outcome.form_id}, version {outcome.version})"
        if outcome.created:
            print(
                f"{name}: imported {which} with {_plural(outcome.questions, 'question')} in "
                f"{_plural(outcome.sections, 'section')}"
            )
        else:
            print(f"{name}: {which} is already in the database, unchanged")
        return
    result = outcome.result
    line = (
        f"{name}: {_number(result.added)} encounters added, {_number(result.updated)} updated, "
        f"{_number(result.unchanged)} unchanged, {_number(result.kept_newer)} older versions "
        "kept in history; "
        f"{result.forms_added} forms and {result.locations_added} locations added"
    )
    if outcome.zip:
        line += f"; {_number(result.attachments_added)} attachments added"
    if result.stayed_deleted or result.restored:
        line += (
            f"; {_number(result.stayed_deleted)} deleted here stay deleted, "
            f"{_number(result.restored)} changed since were restored"
        )
    if result.phrases_added:
        line += f"; {_number(result.phrases_added)} phrases added to the comment library"
    if result.conflicts:
        line += (
            f"; {_number(len(result.conflicts))} approved here stay approved (the file's "
            "version would have turned them back; it is kept in their history)"
        )
    print(line)


def _print_warnings(path: Path, warnings: Sequence[Any]) -> None:
    from mysteryshop.exchange.files import ATTACHMENTS_NOT_CARRIED

    for warning in warnings:
        if warning.code == ATTACHMENTS_NOT_CARRIED:
            text = (
                f"{_number(warning.params['count'])} attachments are listed, but a .json bundle "
                "cannot carry files; export a .zip bundle to bring them along"
            )
        else:  # XLSFORM_NOTE: the converter's own words
            text = str(warning.params.get("detail", warning.code))
        print(f"warning: {path.name}: {text}", file=sys.stderr)


LANG_HELP = (
    f"the report's language: {', '.join(LANGUAGES)}, or English with a region such as en_GB "
    "for its dates and numbers (default: en, English in Finland: 72,2 %%, 14.05)"
)


def _report_language(text: str) -> str:
    """--lang: a report language, or one with a region CLDR knows (en_GB)."""
    from mysteryshop import formats

    code, _, region = text.replace("-", "_").partition("_")
    if code.lower() not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"unknown language {text!r} (expected one of: {', '.join(LANGUAGES)})"
        )
    if region:
        try:
            formats.locale_for(text)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None
    return text


def _plural(count: int, word: str) -> str:
    return f"{_number(count)} {word}" + ("" if count == 1 else "s")


def _number(value: int) -> str:
    """A count in a sentence, from CLDR for English in Finland (12 345, a no-break space),
    as the English reports write it. Rows meant for scripts keep ISO dates and plain digits."""
    from mysteryshop import formats

    return formats.integer(value, formats.locale_for(SOURCE_LANGUAGE))


def _date_words(day: date) -> str:
    """A date in a sentence: '2 Dec 2024' (CLDR, English in Finland)."""
    from mysteryshop import formats

    return formats.date_text(day, formats.locale_for(SOURCE_LANGUAGE))


def cmd_export(args: argparse.Namespace) -> int:
    from mysteryshop.exchange import files

    output = Path(args.output)
    fmt = files.export_format(output, args.format)
    if output.is_dir():
        raise InputError(f"{output}: is a folder; give a file name such as export.{fmt}")
    if not output.resolve().parent.is_dir():
        raise InputError(f"{output}: the folder {output.parent} does not exist")
    db = _open(args, write=False)
    f = _filter(args, db)
    count = files.export_file(
        db, output, fmt, f, anonymize=args.anonymize, progress=_progress("exporting")
    )
    print(f"exported {_number(count)} encounters to {output}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from mysteryshop.exchange import files

    if files.import_kind(args.file) is None:  # before a database is made for nothing
        raise files.UnsupportedFile(args.file)
    db = _open(args, write=True)
    _print_outcome(files.import_file(db, args.file, progress=_progress("importing")))
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    """`mysteryshop sync`: the laptop's visits with the team's server (store/sync.py)."""
    from mysteryshop import credentials
    from mysteryshop.store import sync
    from mysteryshop.store.db import ConnectionLostError, server_address
    from mysteryshop.store.opening import open_database

    if args.status:
        state = sync.status(_open(args, write=False))
        when = f"{state.last_synced_at:%Y-%m-%d %H:%M} UTC" if state.last_synced_at else "never"
        print(
            f"last synced: {when}{f' with {state.server}' if state.server else ''}; "
            f"{_number(state.pending)} to push, {_plural(state.conflicts, 'conflict')}"
        )
        return EXIT_OK
    url = (args.team_url or "").strip() or _team_url()
    if not url:
        raise InputError(
            "no team server: give --team-url URL, or set it in the app (Settings, Team)"
        )
    password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
    alias = (args.alias or "").strip() or _by(argparse.Namespace(by=None))
    if not alias:
        raise InputError("no observer alias: give --alias, or set it in the app's settings")
    local = _open(args, write=True)
    server = open_database(credentials.with_password(url, password), migrate=False)
    args.resources.callback(server.close)
    print(f"syncing with {server_address(url)} as {alias}", file=sys.stderr)
    done = [0]

    def progress(current: int, total: int) -> None:
        done[0] = current
        if total and (current == total or current % 50 == 0):
            print(f"  {current}/{total} visits looked at", file=sys.stderr)

    try:
        result = sync.sync(local, server, alias=alias, progress=progress)
    except ConnectionLostError:
        if done[0] == 0:
            raise InputError(sync.OFFLINE) from None
        raise InputError(
            "offline: the connection was lost during the sync; what was synced stays synced "
            "and your visits are safe on this computer: sync again to complete it"
        ) from None
    parts = [f"pushed {_number(result.pushed)}", f"pulled {_number(result.pulled)}",
             _plural(result.conflicts, "conflict")]  # fmt: skip
    line = ", ".join(parts)
    if result.conflict_ids:
        line += ": " + ", ".join(result.conflict_ids)
    print(line)
    for refused in result.refused:
        print(f"refused by the server: {refused}", file=sys.stderr)
    if result.conflicts:
        print(
            "the server's version stands; yours is kept: compare them in the app (Sync)",
            file=sys.stderr,
        )
    return EXIT_OK


def _team_url() -> str:
    """The team server's URL set in the app's settings ("" when none)."""
    try:
        from PySide6.QtCore import QSettings

        from mysteryshop.ui.workspace import Settings
    except ImportError:
        return ""
    return Settings(QSettings(paths.APP_NAME, paths.APP_NAME)).team_url


def cmd_check(args: argparse.Namespace) -> int:
    from mysteryshop.store import health
    from mysteryshop.store.check import check_database
    from mysteryshop.store.db import DamagedDatabaseError

    try:
        db = _open(args, write=False)
    except DamagedDatabaseError as damaged:  # too damaged to open: what SQLite finds, then why
        findings = health.integrity_findings(damaged.path)
        raise InputError(*(f"integrity: {line}" for line in findings), *damaged.problems) from None
    report = check_database(db)
    for line in report.lines:
        print(line)
    if report.problems:
        raise InputError(*report.problems)
    print(f"{_shown(db.url)}: ok")
    return EXIT_OK


def _report_options(args: argparse.Namespace) -> ReportOptions:
    """The report options the command line gave (each report kind has its own)."""
    from mysteryshop.reports import ReportOptions
    from mysteryshop.store.report_data import CASES_PER_LOCATION

    given = {
        "lang": args.lang,
        "anonymize": args.anonymize,
        "with_observer": getattr(args, "with_observer", False),
        "min_visits": getattr(args, "min_visits", MIN_VISITS),
        "target": getattr(args, "target", None),
        "compare": getattr(args, "compare", "previous"),
    }
    # --limit and --all: the coaching report's visits, or the moments, per location.
    shown = "moments" if args.report_command == "moments" else "cases"
    if getattr(args, "every_case", False):
        given[shown] = None
    elif getattr(args, "limit", None) is not None:
        given[shown] = args.limit
    else:
        given["cases"] = CASES_PER_LOCATION
    return ReportOptions(**given)


def cmd_report(args: argparse.Namespace) -> int:
    from mysteryshop import reports

    kind = args.report_command
    output = Path(args.output) if args.output else None
    folder = Path(args.per_location) if getattr(args, "per_location", None) else None
    if output is None and folder is None:
        raise UsageError(f"mysteryshop report {kind}: give -o FILE, --per-location DIR or both")
    to_stdout = args.output == "-"
    fmt = "pdf"
    if kind in ("summary", "coaching"):
        by_name = to_stdout or (output is not None and output.suffix.lower() == ".json")
        fmt = args.format or ("json" if by_name else "pdf")
    if to_stdout and fmt != "json":
        raise UsageError(
            f"mysteryshop report {kind}: -o - writes JSON (report summary and coaching only)"
        )
    if fmt == "json" and (output is None or folder is not None):
        raise UsageError(
            f"mysteryshop report {kind}: --format json writes one file: give -o FILE (or -o -) "
            "and no --per-location"
        )
    if output is not None and not to_stdout:
        if output.is_dir():
            raise InputError(f"{output}: is a folder; give a file name such as report.pdf")
        if not output.resolve().parent.is_dir():
            raise InputError(f"{output}: the folder {output.parent} does not exist")
    if folder is not None and folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    db = _open(args, write=False)
    options = _report_options(args)
    warnings: list[str] = []
    if kind == "visit":
        assert output is not None
        pdf = reports.build_report(
            "visit", db, encounter_id=args.encounter_id, options=options, warnings=warnings
        )
        reports.write_pdf(output, pdf)
        print(f"wrote the visit report to {output}")
        _print_report_warnings(warnings)
        return EXIT_OK
    f = _filter(args, db, check=True)
    if output is not None and fmt == "json":
        text = reports.build_figures(kind, db, f, options)
        if to_stdout:
            sys.stdout.write(text)
        else:
            reports.write_pdf(output, text.encode("utf-8"))
            print(f"wrote the {kind} figures to {output}")
    elif output is not None:
        pdf = reports.build_report(kind, db, f, options=options, warnings=warnings)
        reports.write_pdf(output, pdf)
        print(f"wrote the {kind} report to {output}")
        _print_report_warnings(warnings)
    if folder is not None:
        written = reports.write_per_location(
            kind, db, f, folder, options=options, progress=_progress("locations"), warnings=warnings
        )
        print(f"wrote {_number(len(written))} {kind} reports, one per location, to {folder}")
        _print_report_warnings(warnings)
    return EXIT_OK


def cmd_calibration(args: argparse.Namespace) -> int:
    import json

    from mysteryshop.calibration import CalibrationError
    from mysteryshop.store import calibration

    if args.calibration_command == "list":
        db = _open(args, write=False)
        sessions = calibration.list_sessions(db)
        if args.format == "json":
            print(json.dumps([info.as_json() for info in sessions], indent=2, ensure_ascii=False))
            return EXIT_OK
        if not sessions:
            print("no calibration sessions")
        for info in sessions:
            versions = ", ".join(f"v{version}" for version in info.versions)
            print(
                f"{info.id}\t{info.first.date().isoformat()}\t{info.form_id} {versions}\t"
                f"{_plural(info.observers, 'observer')}\t{_plural(info.encounters, 'encounter')}"
            )
        return EXIT_OK
    output = args.output
    fmt = args.format or (
        "json" if output in (None, "-") or output.lower().endswith(".json") else "pdf"
    )
    if fmt == "pdf" and output in (None, "-"):
        raise UsageError("mysteryshop calibration report: a PDF needs -o FILE.pdf")
    target = Path(output) if output not in (None, "-") else None
    if target is not None and not target.resolve().parent.is_dir():
        raise InputError(f"{target}: the folder {target.parent} does not exist")
    db = _open(args, write=False)
    try:
        found = calibration.calibration_report(db, args.session)
    except CalibrationError as error:
        raise InputError(str(error)) from None
    from mysteryshop import reports

    if fmt == "json":
        text = json.dumps(found.as_json(), indent=2, ensure_ascii=False) + "\n"
        if target is None:
            sys.stdout.write(text)
            return EXIT_OK
        reports.write_pdf(target, text.encode("utf-8"))
        print(f"wrote the calibration figures to {target}")
        return EXIT_OK
    from mysteryshop.reports.calibration import build_calibration

    assert target is not None
    warnings: list[str] = []
    pdf = build_calibration(db, found, lang=args.lang, warnings=warnings)
    reports.write_pdf(target, pdf)
    print(f"wrote the calibration report to {target}")
    _print_report_warnings(warnings)
    return EXIT_OK


def _print_report_warnings(warnings: list[str]) -> None:
    """A report's warnings (text no font could draw …), one line each, on stderr; the list
    is emptied, so that the next report's are printed alone."""
    for line in warnings:
        print(f"warning: {line}", file=sys.stderr)
    warnings.clear()


def cmd_backup(args: argparse.Namespace) -> int:
    from mysteryshop.store.backup import backup

    db = _open(args, write=False)
    target = backup(db, Path(args.output) if args.output else None)
    print(f"backed up to {target} (integrity checked)")
    return EXIT_OK


def _confirm(question: str, yes: bool) -> bool:
    """True with --yes, else the answer to `question` on the terminal (no terminal: refuse)."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise InputError(f"{question} Add --yes to confirm (there is no terminal to ask).")
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def cmd_restore(args: argparse.Namespace) -> int:
    from mysteryshop.store import health
    from mysteryshop.store.db import sqlite_file

    url = paths.database_url(getattr(args, "database_url", None), getattr(args, "data_dir", None))
    database = sqlite_file(url)
    if database is None:
        raise InputError(
            "restore works on the SQLite file; restore a server database with the server's "
            "own tools"
        )
    holder = health.lock_holder(database.parent)
    if holder is not None:
        raise InputError(f"mysteryshop is open (process {holder}); close it, then restore")
    source = health.latest_backup_of(database) if args.latest else Path(args.file)
    if source is None:
        folder = database.parent / health.BACKUP_FOLDER
        if health.backups_of(database):
            raise InputError(
                f"no backup in {folder} that this version can restore: each was made by a "
                "newer version of mysteryshop"
            )
        raise InputError(f"no backups in {folder}")
    result = health.restore_backup(source, database)
    if result.moved_aside is not None:
        print(f"moved the previous database aside to {result.moved_aside}")
    print(f"restored {result.restored_from} to {result.database} (integrity checked)")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from mysteryshop.store import privacy

    db = _open(args, write=True)
    if args.reclaim:
        unreclaimed, detail = privacy.reclaim_space(db)
        if unreclaimed in (privacy.RECLAIMED, privacy.SERVER):
            print(f"reclaimed the space: {_rewritten(unreclaimed)}")
            return EXIT_OK
        raise InputError(_not_reclaimed(args, db, unreclaimed, detail))
    months = args.older_than
    now = datetime.now().astimezone()
    cutoff = privacy.retention_cutoff(months, now)
    count = privacy.count_older_than(db, months, now)
    day = _date_words(cutoff.astimezone().date())
    if count == 0:
        print(f"no encounters visited before {day}; nothing deleted")
        return EXIT_OK
    if not _confirm(
        f"Delete {_number(count)} encounters visited before {day} ({months} months ago), "
        f"with their answers, history and attachments? {_copies_kept(db)}",
        args.yes,
    ):
        print("nothing deleted")
        return EXIT_OK
    result = privacy.purge_older_than(db, months, now)
    deleted = f"deleted {_number(result.encounters)} encounters visited before {day}"
    return _erased(args, db, result, deleted)


def cmd_erase(args: argparse.Namespace) -> int:
    from mysteryshop import names
    from mysteryshop.store import privacy, queries

    db = _open(args, write=True)
    if args.location is not None:
        found = queries.find_locations(db, args.location)
        if not found:
            raise InputError(f"no location named {args.location!r}")
        if len(found) > 1:
            raise InputError(
                f"{len(found)} locations are named {args.location!r}; give one's id:",
                *(
                    f"  {loc.id}  {names.visible(loc.name)} ({loc.region or 'no region'})"
                    for loc in found
                ),
            )
        location = found[0]
        count = privacy.location_encounter_count(db, location.id)
        if not _confirm(
            f"Erase the location {location.name!r} and its {_number(count)} encounters? "
            f"{_copies_kept(db)}",
            args.yes,
        ):
            print("nothing erased")
            return EXIT_OK
        result = privacy.erase_location(db, location.id)
        erased = f"erased the location {result.name!r} and {_number(result.encounters)} encounters"
        return _erased(args, db, result, erased)
    alias = args.observer
    recorded = privacy.observer_encounter_count(db, alias)
    if recorded is None:
        raise InputError(f"no observer with the alias {alias!r}")
    stored = privacy.observers_named(db, alias)
    if stored != [alias]:  # the erase takes every look-alike: say so before asking
        print(
            f"warning: {alias!r} takes in the stored aliases "
            f"{', '.join(names.visible(one) for one in stored)} (they read alike; all go)",
            file=sys.stderr,
        )
    if not _confirm(
        f"Remove the observer alias {alias!r} from {_number(recorded)} encounters and delete it? "
        f"{_copies_kept(db)}",
        args.yes,
    ):
        print("nothing erased")
        return EXIT_OK
    result = privacy.erase_observer(db, alias)
    removed = f"removed the observer alias {alias!r} from {_number(result.encounters)} encounters"
    return _erased(args, db, result, removed)


def _copies_kept(db: Any) -> str:
    """The sentence of a confirmation that names the places erased data stays in."""
    from mysteryshop.store import backup, privacy

    if not db.is_sqlite:
        return "Files you exported and reports you wrote keep it."
    copies = privacy.older_copies(db)
    return (
        f"Copies made earlier keep it until they are pruned ({backup.KEEP_DAYS} days after "
        f"they were made): {_copies(copies)}; so do files you exported and reports you wrote."
    )


def _copies(copies: Any) -> str:
    return (
        f"{_plural(len(copies.backups), 'backup')} and "
        f"{_plural(len(copies.set_aside), 'database file')} set aside by a restore"
    )


def _erased(args: argparse.Namespace, db: Any, result: Any, done: str) -> int:
    """Print what an erasure did and where the data may remain; exit status 1 when the
    database file could not be rewritten (the deletion stands)."""
    from mysteryshop.store import backup, privacy

    reclaimed = result.unreclaimed in (privacy.RECLAIMED, privacy.SERVER)
    print(f"{done}; {_rewritten(result.unreclaimed)}" if reclaimed else done)
    if result.copies.backups or result.copies.set_aside:
        print(
            f"{_copies(result.copies)} made earlier still hold it until they are pruned "
            f"({backup.KEEP_DAYS} days after they were made)"
        )
    if reclaimed:
        return EXIT_OK
    print(_not_reclaimed(args, db, result.unreclaimed, result.detail), file=sys.stderr)
    return EXIT_BAD_INPUT


def _rewritten(unreclaimed: str) -> str:
    from mysteryshop.store import privacy

    if unreclaimed == privacy.SERVER:
        return (
            "the database server marks the space free for reuse "
            "(its VACUUM FULL rewrites its files)"
        )
    return "the database file was rewritten without it"


def _not_reclaimed(args: argparse.Namespace, db: Any, unreclaimed: str, detail: str) -> str:
    """Why the database file still holds deleted text, and the command that removes it."""
    import shlex

    from mysteryshop.store import backup, health, privacy

    again = "mysteryshop purge --reclaim" + "".join(
        f" --{option.replace('_', '-')} {shlex.quote(str(getattr(args, option)))}"
        for option in ("data_dir", "database_url")
        if getattr(args, option, None)
    )
    if unreclaimed == privacy.READERS:
        database = backup.sqlite_path(db)
        holder = health.lock_holder(database.parent) if database is not None else None
        who = f"mysteryshop (process {holder})" if holder else "another program"
        return (
            f"the space was not reclaimed: {who} is reading the database, so the deleted text "
            f"stays in the file until it closes it. Close other mysteryshop windows and "
            f"commands, then run `{again}`"
        )
    if unreclaimed == privacy.DISK_FULL:
        return (
            "the space was not reclaimed: the disk is full, and the deleted text may stay in "
            f"the database file until it is. Free some space, then run `{again}`"
        )
    return f"the space was not reclaimed ({detail}). Run `{again}` later"


def _by(args: argparse.Namespace) -> str | None:
    """Who does a step: --by, else the alias set in the app's settings (None: not set)."""
    given = (getattr(args, "by", None) or "").strip()
    if given:
        return given
    try:
        from PySide6.QtCore import QSettings

        from mysteryshop.ui.workspace import Settings
    except ImportError:
        return None
    return Settings(QSettings(paths.APP_NAME, paths.APP_NAME)).observer_alias or None


def cmd_review(args: argparse.Namespace) -> int:
    from mysteryshop import workflow
    from mysteryshop.store import queries

    if args.review_command == "list":
        return _review_list(args)
    db = _open(args, write=True)
    stored = queries.get_encounter(db, args.encounter_id)
    reviewer = _by(args) or workflow.REVIEWER_ROLE
    if args.review_command == "tag":
        tags = [*stored.tags, *(tag.strip() for tag in args.tags if tag.strip())]
        done = queries.review_encounter(
            db, stored.id, stored.revision, reviewer=reviewer, tags=tags
        )
        print(f"{done.id}: tags {', '.join(done.tags) or '(none)'}")
        return EXIT_OK
    action: Any = args.review_command
    done = queries.review_encounter(
        db,
        stored.id,
        stored.revision,
        reviewer=reviewer,
        action=action,
        reason=getattr(args, "reason", ""),
        note=getattr(args, "note", None),
    )
    print(f"{done.id}: {done.status} by {done.reviewed_by}")
    return EXIT_OK


def _row_json(row: Any) -> dict[str, Any]:
    """A log row (store.listing.EncounterRow) as the list commands' JSON gives it."""
    return {
        "id": row.id,
        "visited_at": row.visited_at.isoformat(),
        "location": row.location,
        "observer": row.observer,
        "status": row.status,
        "score": row.score,
    }


def _print_encounters_json(items: list[dict[str, Any]]) -> None:
    import json  # not at the top: opening the app does without it

    print(json.dumps({"count": len(items), "encounters": items}, ensure_ascii=False, indent=1))


def _review_list(args: argparse.Namespace) -> int:
    from mysteryshop.store import listing, queries

    db = _open(args, write=False)
    if not args.status:
        args.status = ["submitted"]
    f = _filter(args, db, check=True)
    total = queries.count_encounters(db, f)
    rows = listing.list_rows(db, f, descending=False, limit=max(total, 1))
    if args.format == "json":
        _print_encounters_json([_row_json(row) for row in rows])
        return EXIT_OK
    for row in rows:
        score = f"{row.score:.1f}" if row.score is not None else "-"
        print(
            f"{row.id}\t{row.visited_at:%Y-%m-%d %H:%M}\t{row.location}\t{row.observer or '-'}"
            f"\t{row.status}\t{score}"
        )
    print(f"{_number(len(rows))} to review", file=sys.stderr)
    return EXIT_OK


def cmd_discard(args: argparse.Namespace) -> int:
    from mysteryshop import workflow
    from mysteryshop.store import trash

    db = _open(args, write=True)
    trash.discard(db, args.encounter_id, _by(args))
    print(f"{args.encounter_id}: discarded; in the trash for {workflow.TRASH_DAYS} days")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from mysteryshop import workflow
    from mysteryshop.store import trash

    db = _open(args, write=True)
    trash.delete(db, args.encounter_id, _by(args) or workflow.REVIEWER_ROLE, args.reason)
    print(f"{args.encounter_id}: deleted; in the trash for {workflow.TRASH_DAYS} days")
    return EXIT_OK


def cmd_trash(args: argparse.Namespace) -> int:
    from mysteryshop.store import trash

    if args.trash_command == "list":
        db = _open(args, write=False)
        entries = trash.list_trash(db)
        if args.format == "json":
            items = [
                {
                    **_row_json(entry.row),
                    "kind": entry.kind,
                    "deleted_at": entry.deleted_at.isoformat(),
                    "deleted_by": entry.deleted_by,
                    "reason": entry.reason,
                    "purge_at": entry.purge_at.isoformat(),
                    "days_left": entry.days_left(),
                }
                for entry in entries
            ]
            _print_encounters_json(items)
            return EXIT_OK
        for entry in entries:
            print(
                f"{entry.row.id}\t{entry.kind}\t{entry.deleted_at.astimezone():%Y-%m-%d %H:%M}"
                f"\t{entry.deleted_by or '-'}\t{entry.row.location}"
                f"\t{_plural(entry.days_left(), 'day')} left\t{entry.reason}"
            )
        print(f"{_plural(len(entries), 'encounter')} in the trash", file=sys.stderr)
        return EXIT_OK
    db = _open(args, write=True)
    if args.trash_command == "restore":
        trash.restore(db, args.encounter_id, _by(args))
        print(f"{args.encounter_id}: restored")
        return EXIT_OK
    if args.expired:
        result = trash.purge_trash(db)
        if result.encounters == 0:
            print(f"nothing has been in the trash {_TRASH_DAYS} days yet; nothing deleted")
            return EXIT_OK
        return _erased(args, db, result, f"purged {_plural(result.encounters, 'encounter')}")
    count = trash.count_trash(db)
    if count == 0:
        print("the trash is empty")
        return EXIT_OK
    if not _confirm(
        f"Delete the {_plural(count, 'encounter')} in the trash for good? {_copies_kept(db)}",
        args.yes,
    ):
        print("nothing deleted")
        return EXIT_OK
    result = trash.purge_trash(db, days=0)
    return _erased(args, db, result, f"purged {_plural(result.encounters, 'encounter')}")


def cmd_actions(args: argparse.Namespace) -> int:
    from mysteryshop.store import actions, queries

    if args.actions_command == "list":
        db = _open(args, write=False)
        f = actions.ActionFilter(
            location=args.location,
            states=(args.state,) if args.state else None,
            overdue=args.overdue,
        )
        if args.location:
            _warn_about_location(db, args.location)
        items = actions.list_actions(db, f)
        if args.format == "json":
            import json

            print(
                json.dumps([actions.as_json(item) for item in items], indent=2, ensure_ascii=False)
            )
            return EXIT_OK
        for item in items:
            marks = [
                mark for mark, on in (("overdue", item.overdue), ("reopened", item.reopened)) if on
            ]
            about = item.dimension or f"{item.form_id}:{item.question_id}"
            due = item.due_on.isoformat() if item.due_on else "-"
            follow = f"held {item.follow_up.held} of {item.follow_up.n} visits since"
            print(
                "\t".join(
                    [
                        item.id,
                        item.state + "".join(f" ({m})" for m in marks),
                        item.location_name,
                        about,
                        due,
                        item.owner_role or "-",
                        follow,
                        item.what,
                    ]
                )
            )
        return EXIT_OK
    db = _open(args, write=True)
    if args.actions_command == "set":
        actions.set_state(db, args.action_id, args.state)
        print(f"action item {args.action_id} is {args.state}")
        return EXIT_OK
    found = queries.find_locations(db, args.location)
    if not found:
        raise InputError(f"no location named {args.location!r}")
    if len(found) > 1:
        raise InputError(
            f"{args.location!r} names {len(found)} locations; give the id of one: "
            + ", ".join(f"{loc.id} ({loc.region or '-'})" for loc in found)
        )
    form_id = question_id = None
    if args.question is not None:
        form_id, colon, question_id = args.question.partition(":")
        if not colon or not form_id or not question_id:
            raise InputError(f"--question takes FORM:QUESTION, got {args.question!r}")
    action_id = actions.add_action(
        db,
        location_id=found[0].id,
        form_id=form_id,
        question_id=question_id,
        dimension=args.dimension,
        what=args.what,
        owner_role=args.owner,
        due_on=args.due,
    )
    print(f"added action item {action_id}")
    return EXIT_OK


NO_DISPLAY = "no display found (set DISPLAY, or use the command line)"


def missing_display(environ: Mapping[str, str], platform: str) -> bool:
    """Whether a desktop app cannot open a window here: Linux (or another X11/Wayland
    system) with neither a display nor a Qt platform chosen. Told before Qt starts: Qt's
    own message blames a missing xcb-cursor library, and then it aborts with a core dump."""
    if platform in ("win32", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def cmd_app(args: argparse.Namespace) -> int:
    if missing_display(os.environ, sys.platform):
        raise InputError(NO_DISPLAY)
    try:
        from mysteryshop.ui.app import run
    except ImportError as error:
        if error.name and error.name.startswith("mysteryshop.ui"):
            raise InputError(
                "the desktop app is not part of this build yet; "
                "see `mysteryshop --help` for the commands"
            ) from None
        raise InputError(f"cannot start the desktop app: {error}") from None
    return int(run(args))


def cmd_team(args: argparse.Namespace) -> int:
    from mysteryshop import cli_team

    return cli_team.run(args)


def _shown(url: str) -> str:
    from mysteryshop.store.db import redacted_url

    return redacted_url(url)


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_app,
    "demo": cmd_demo,
    "forms": cmd_forms,
    "export": cmd_export,
    "import": cmd_import,
    "check": cmd_check,
    "sync": cmd_sync,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "purge": cmd_purge,
    "erase": cmd_erase,
    "report": cmd_report,
    "review": cmd_review,
    "discard": cmd_discard,
    "delete": cmd_delete,
    "trash": cmd_trash,
    "calibration": cmd_calibration,
    "actions": cmd_actions,
    "team": cmd_team,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        args = _app_options(arguments) or build_parser().parse_args(arguments)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    try:
        with ExitStack() as resources:
            args.resources = resources
            return COMMANDS[args.command](args)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # every failure becomes lines on stderr, never a traceback
        problems = _problems_of(error)
        if problems is None:
            # The type and a scrubbed message only: repr(error) may hold a whole row.
            from mysteryshop import crashlog

            log = crashlog.write(crashlog.report(error))
            problems = [
                f"mysteryshop: unexpected error: {crashlog.describe(error)}"
                + (f" (details in {log})" if log else "")
            ]
        for line in problems:
            print(_redacted(line, args), file=sys.stderr)
        return EXIT_BAD_INPUT


def _redacted(line: str, args: argparse.Namespace) -> str:
    """An error line without the database URL's password (store.db.redact_text): a driver's
    message may quote the URL or a connection string."""
    from mysteryshop.store.db import redact_text

    url = getattr(args, "database_url", None) or os.environ.get(paths.DATABASE_URL_ENV)
    return redact_text(line, url)


def _problems_of(error: Exception) -> list[str] | None:
    from mysteryshop.forms import FormError

    known: tuple[type[Exception], ...] = (InputError, FormError)
    try:
        from mysteryshop.exchange.bundle import BundleError
        from mysteryshop.store.db import StoreError

        known += (StoreError, BundleError)
    except ImportError:
        pass
    if isinstance(error, known):
        return list(getattr(error, "problems", [str(error)]))
    if isinstance(error, OSError):
        where = f"{error.filename}: " if error.filename else ""
        return [f"{where}{error.strerror or error}"]
    return None


if __name__ == "__main__":
    sys.exit(main())
