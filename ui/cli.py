"""``mela-pos``: the launcher. With no command it opens the app; otherwise runs a command.

This is the composition root: it lives in ``ui`` because it may start Qt and the sync
client, which ``pos`` must never import. Qt is imported only when the window opens, so
commands like ``mela-pos export`` start fast and work without a display.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from pos import commands, logsetup
from pos.commands import Context

# Command modules outside pos (they may need Qt or the network); imported if present.
EXTRA_COMMAND_MODULES = ("sync.commands", "ui.commands")


def _modules() -> list[ModuleType]:
    modules = commands.pos_command_modules()
    for name in EXTRA_COMMAND_MODULES:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            # Missing module or missing parent package (a build without sync): skip it;
            # anything the module itself fails to import is a real error.
            if exc.name != name and not name.startswith(f"{exc.name}."):
                raise
    return modules


def add_top_level_options(parser: argparse.ArgumentParser) -> None:
    """Options of ``mela-pos`` itself (not of a command)."""
    parser.add_argument(
        "--self-test", action="store_true",
        help="check this installation end to end in a temporary folder (no display needed)",
    )


def self_test() -> int:
    """Run the self-test, printing to the terminal or, in a windowed build, to a file."""
    from pos import resources, selftest

    if sys.stdout is not None:
        return selftest.run(sys.stdout)
    # A windowed Windows build has no console: leave the report beside the log.
    report = resources.log_dir() / "self-test.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    with report.open("w", encoding="utf-8") as out:
        return selftest.run(out)


def open_app(args: argparse.Namespace, ctx: Context) -> int:
    """Open the stall window on the data folder (loading the demo catalogue on first run)."""
    if getattr(args, "self_test", False):
        return self_test()
    from ui import app

    return app.main(ctx.data_dir)


def _just_the_app(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed options when ``argv`` names no command (open the app), else None.

    Opening the app must not import every command module only to build a parser nobody
    uses: the sync commands, the PDF and printer commands and their libraries (httpx,
    pydantic, reportlab, Pillow) cost about 0.3 s before the window could even start.
    Anything that is not a top-level option (a command, ``--help``, a typo) takes the
    full parser, which knows every command and reports mistakes.
    """
    if any(a in ("-h", "--help") for a in argv):
        return None
    parser = commands.CommandParser(prog="mela-pos", add_help=False,
                                    parents=[commands.common_parser()])
    add_top_level_options(parser)
    args, rest = parser.parse_known_args(list(argv))
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``mela-pos`` console script."""
    logsetup.setup()
    args = _just_the_app(sys.argv[1:] if argv is None else argv)
    if args is not None:
        return commands.dispatch("mela-pos", open_app, args)
    try:
        modules = _modules()
    except Exception as exc:  # a broken install (a module missing from a build): log it
        logging.getLogger("mela-pos").exception("cannot load the commands")
        print(f"mela-pos: this installation is broken ({type(exc).__name__}: {exc}); "
              f"details in {logsetup.active_file()}", file=sys.stderr)
        return 70
    return commands.run(
        argv,
        prog="mela-pos",
        description="Mela POS: point of sale for handicraft stalls. "
        "Run without a command to open the app.",
        modules=modules,
        default=open_app,
        configure=add_top_level_options,
    )


if __name__ == "__main__":
    sys.exit(main())
