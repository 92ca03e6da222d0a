"""The ``mela-pos`` command line: a parser built from command modules.

Each module in this package (and any extra module the launcher passes, such as the app and
the sync commands) defines ``register(subparsers, common)``; ``common`` is the parent parser
that gives every command ``--data-dir``. A command's handler is ``run(args, ctx) -> int``.
User errors (``MelaError``) print one line and exit non-zero; bugs are logged with their
traceback and reported in one line too, never as a traceback on the terminal.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import logging.handlers
import pkgutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import NoReturn

from pos import resources
from pos.errors import MelaError
from pos.store import Database, open_store

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace, "Context"], int]


@dataclass
class Context:
    """What a command needs from its surroundings: the data folder and its database."""

    data_dir: Path
    _db: Database | None = field(default=None, repr=False)

    def db(self) -> Database:
        """The stall database, opened (and migrated) on first use."""
        if self._db is None:
            self._db = open_store(self.data_dir)
        return self._db

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._db is not None:
            self._db.close()
            self._db = None


def pos_command_modules() -> list[ModuleType]:
    """Every command module in this package, in name order."""
    return [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
        if not info.name.startswith("_")
    ]


class CommandParser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, like every other error."""

    def error(self, message: str) -> NoReturn:
        """Print ``prog: error: message`` alone (the usage is one ``--help`` away); exit 2."""
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def out_file(text: str) -> Path:
    """The argument type of every ``--out``: a file name (never empty), ``~`` expanded.

    An empty name would otherwise reach ``Path("")``, which is the current folder.
    """
    if not text.strip():
        raise argparse.ArgumentTypeError("needs a file name, such as receipt.pdf or sales.csv")
    return Path(text).expanduser()


def common_parser() -> argparse.ArgumentParser:
    """The options every command accepts."""
    common = CommandParser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help=f"stall data folder (default: ${resources.DATA_ENV} or the user data folder)",
    )
    return common


def build_parser(
    prog: str, description: str, modules: Sequence[ModuleType]
) -> argparse.ArgumentParser:
    """The full parser: top-level options plus one sub-command per registered command."""
    common = common_parser()
    parser = CommandParser(prog=prog, description=description, parents=[common])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in modules:
        module.register(sub, common)
    return parser


def _one_line(exc: BaseException) -> str:
    """An error's message folded onto one line (some libraries write several)."""
    return " ".join(line.strip() for line in str(exc).splitlines() if line.strip())


def _log_to_file(prog: str) -> str:
    """Send log records to a rotating file in the user log folder; returns where.

    Without a handler, Python's logging prints a logged traceback on stderr, which is
    exactly what a user must not see. A caller that set up logging (the app, pytest) keeps
    its own handlers.
    """
    root = logging.getLogger()
    if root.handlers:
        return "the log"
    path = resources.log_dir() / f"{prog}.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        where = str(path)
    except OSError:
        handler, where = logging.NullHandler(), "nowhere: the log folder cannot be written"
    root.addHandler(handler)
    return where


def run(
    argv: Sequence[str] | None,
    *,
    prog: str,
    description: str,
    modules: Sequence[ModuleType],
    default: Handler | None = None,
    configure: Callable[[argparse.ArgumentParser], None] | None = None,
) -> int:
    """Parse ``argv``, run the chosen command and turn errors into one line and an exit code."""
    parser = build_parser(prog, description, modules)
    if configure is not None:
        configure(parser)
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "run", None) or default
    if handler is None:
        parser.print_help()
        return 2
    return dispatch(prog, handler, args)


def dispatch(prog: str, handler: Handler, args: argparse.Namespace) -> int:
    """Run one parsed command in its context; errors become one line and an exit code."""
    ctx = Context(resources.data_dir(getattr(args, "data_dir", None)))
    try:
        return handler(args, ctx)
    except MelaError as exc:
        print(f"{prog}: error: {_one_line(exc)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: keep the traceback in the log, one line for the user
        where = _log_to_file(prog)
        log.exception("unexpected error in %s", prog)
        print(f"{prog}: internal error: {type(exc).__name__}: {_one_line(exc)} "
              f"(details in {where})",
              file=sys.stderr)
        return 70
    finally:
        ctx.close()
