"""``mela-pos staff``: list the stall's staff, add a cashier or manager, reset a forgotten PIN.

``staff add`` reads the PIN twice from the terminal without echo (``getpass``); scripts pass
``--pin-stdin`` and write the PIN as one line on standard input, so it never shows in the
process list or the shell history. ``staff reset-pin`` is the way back in for a stall whose
only manager forgot the PIN: it prints a random temporary PIN that must be changed at the
next sign-in, and the reset goes into the audit journal.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from pos import staff
from pos.commands import Context
from pos.errors import InputError
from pos.ids import IST, parse_utc, utc_now

VIA = "mela-pos staff reset-pin"


def _status(person: staff.Staff, locked_until: str | None, now: str) -> str:
    notes = ["active" if person.active else "inactive"]
    if locked_until and locked_until > now:
        notes.append(f"locked until {parse_utc(locked_until).astimezone(IST):%H:%M}")
    if person.must_change_pin:
        notes.append("must change PIN")
    return ", ".join(notes)


def list_command(args: argparse.Namespace, ctx: Context) -> int:
    """Print one line per member of staff: name, role, state and id."""
    db = ctx.db()
    people = staff.list_staff(db, active_only=not args.all)
    if not people:
        print("No staff yet: add a manager with `mela-pos staff add --name NAME "
              "--role manager`.")
        return 0
    locks = dict(db.execute("SELECT id, locked_until FROM staff").fetchall())
    now = utc_now()
    width = max(len(p.name) for p in people)
    for person in people:
        print(f"{person.name:<{width}}  {person.role:<8}  "
              f"{_status(person, locks.get(person.id), now):<28}  {person.id}")
    return 0


def _read_pin(from_stdin: bool) -> str:
    """The new PIN: one line of standard input, or typed twice at the terminal unseen."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line.strip():
            raise InputError("--pin-stdin: standard input held no PIN.")
        return line.strip()
    if not sys.stdin.isatty():
        raise InputError("No terminal to type the PIN at; pass --pin-stdin and write the "
                         "PIN on standard input.")
    first = getpass.getpass("New PIN (4 to 6 digits): ")
    if getpass.getpass("Same PIN again: ") != first:
        raise InputError("The two PINs differ; nothing was added.")
    return first


def add_command(args: argparse.Namespace, ctx: Context) -> int:
    """Add a cashier or manager with the PIN they chose."""
    db = ctx.db()
    if args.role != "manager" and not any(p.is_manager for p in staff.list_staff(db)):
        # With staff but no manager the app makes no first-run manager, and nobody could
        # approve a refund or close the day.
        raise InputError("Add a manager first: nobody could approve refunds or close the "
                         "day (mela-pos staff add --name NAME --role manager).")
    pin = _read_pin(args.pin_stdin)
    person = staff.create_staff(db, args.name, args.role, pin)
    print(f"Added {person.role} {person.name} ({person.id}).")
    return 0


def reset_pin_command(args: argparse.Namespace, ctx: Context) -> int:
    """Give someone a temporary PIN, printed once, to be changed at next sign-in."""
    db = ctx.db()
    person = staff.find_staff(db, args.who)
    person, temporary = staff.reset_pin_at_laptop(db, person.id, via=VIA)
    print(f"Temporary PIN for {person.name}: {temporary}")
    print("It must be changed at the next sign-in. The reset was recorded in the audit "
          "journal.")
    return 0


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``staff list | add | reset-pin``."""
    parser = sub.add_parser("staff", parents=[common], help="list and add staff, reset a PIN",
                            description="The people who sign in at this laptop.")
    what = parser.add_subparsers(dest="what", metavar="ACTION", required=True)

    listing = what.add_parser("list", parents=[common], help="everyone who can sign in")
    listing.add_argument("--all", action="store_true", help="include former (inactive) staff")
    listing.set_defaults(run=list_command)

    add = what.add_parser("add", parents=[common], help="add a cashier or manager",
                          description="Add a cashier or manager. The PIN (4 to 6 digits) is "
                          "typed twice at the terminal, or read from standard input with "
                          "--pin-stdin.")
    add.add_argument("--name", required=True, help="the name shown on the sign-in list")
    add.add_argument("--role", required=True, choices=staff.ROLES)
    add.add_argument("--pin-stdin", action="store_true",
                     help="read the PIN as one line from standard input (for scripts)")
    add.set_defaults(run=add_command)

    reset = what.add_parser(
        "reset-pin", parents=[common], help="give a temporary PIN to someone who forgot theirs",
        description="Set a random temporary PIN, printed once, that must be changed at the "
        "next sign-in. For a stall whose only manager forgot the PIN; the reset is audited.",
    )
    reset.add_argument("who", metavar="NAME_OR_ID", help="the staff member's name or id")
    reset.set_defaults(run=reset_pin_command)
