"""`mysteryshop team init|add-user|list-users|set-role|remove-user`: a team's PostgreSQL
server, its members and their roles (store/team.py; docs/TEAM.md). A password is printed once,
when it was made here, and never written to a log."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from mysteryshop.team_rules import ROLES


def add_parser(commands: Any, common: argparse.ArgumentParser, parser_class: type) -> None:
    team = commands.add_parser(
        "team",
        parents=[common],
        help="a team's PostgreSQL server: roles the database enforces, members",
        description="Set up a team's PostgreSQL server and its members (docs/TEAM.md). "
        "Give the server with --database-url, as its owner or a superuser for init.",
    )
    sub = team.add_subparsers(
        dest="team_command", metavar="ACTION", parser_class=parser_class, required=True
    )
    sub.add_parser(
        "init",
        parents=[common],
        help="migrate the database and install the team's roles, grants and policies "
        "(again: bring them up to date)",
    )
    add = sub.add_parser(
        "add-user", parents=[common], help="a new member: a login role for an observer alias"
    )
    add.add_argument("alias", metavar="ALIAS", help="the member's observer alias (a-z, 0-9, -, _)")
    add.add_argument("--role", required=True, choices=ROLES, help="what the member may do")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (default: make one "
        "and print it once)",
    )
    sub.add_parser("list-users", parents=[common], help="the members: login, alias, role")
    sub.add_parser(
        "whoami",
        parents=[common],
        help="who the URL connects as: the member, their role and what it may do",
    )
    role = sub.add_parser("set-role", parents=[common], help="give a member another role")
    role.add_argument("alias", metavar="ALIAS")
    role.add_argument("role", choices=ROLES)
    remove = sub.add_parser(
        "remove-user",
        parents=[common],
        help="drop a member's login (their visits and history stay)",
    )
    remove.add_argument("alias", metavar="ALIAS")


def run(args: argparse.Namespace) -> int:
    from mysteryshop.cli import EXIT_OK, InputError, _open
    from mysteryshop.store import team

    password: str | None = None
    if args.team_command == "add-user" and args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise InputError("--password-stdin: no password on standard input")
    db = _open(args, write=args.team_command not in ("list-users", "whoami"))
    if args.team_command == "init":
        prefix = team.init_team(db)
        print(f"team server ready: group roles {prefix}_observer, _trainer, _manager, _admin")
    elif args.team_command == "add-user":
        made = team.add_user(db, args.alias, args.role, password)
        login = next(m.login for m in team.list_users(db) if m.alias == args.alias.strip())
        print(f"added {args.alias!r} as {args.role}: login {login}")
        if password is None:
            print(f"password (shown once, keep it safe): {made}")
    elif args.team_command == "whoami":
        from mysteryshop.team_rules import allowed

        member = team.current_member(db)
        if member is None:
            print("no team member: the database's owner (or a laptop) may do everything")
        else:
            print(f"{member.alias}: {member.role} (login {member.login})")
            print(f"may: {', '.join(allowed(member.role))}")
    elif args.team_command == "list-users":
        for member in team.list_users(db):
            print(f"{member.alias}\t{member.role}\t{member.login}")
    elif args.team_command == "set-role":
        member = team.set_role(db, args.alias, args.role)
        print(f"{member.alias!r} is now {member.role}")
    else:
        member = team.remove_user(db, args.alias)
        print(f"removed {member.alias!r}: the login {member.login} can no longer connect")
    return EXIT_OK
