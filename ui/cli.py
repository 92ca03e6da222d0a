"""``mela-pos``: the launcher. With no command it opens the app; otherwise runs a command.

This is the composition root: it lives in ``ui`` because it may start Qt and the sync
client, which ``pos`` must never import. Qt is imported only when the window opens, so
commands like ``mela-pos export`` start fast and work without a display.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from pos import commands
from pos.commands import Context

# Command modules outside pos (they may need Qt or the network); imported if present.
EXTRA_COMMAND_MODULES = ("sync.commands", "ui.commands")


def _modules() -> list[ModuleType]:
    modules = commands.pos_command_modules()
    for name in EXTRA_COMMAND_MODULES:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return modules


def open_app(args: argparse.Namespace, ctx: Context) -> int:
    """Open the stall window on the data folder (loading the demo catalogue on first run)."""
    from ui import app

    return app.main(ctx.data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``mela-pos`` console script."""
    return commands.run(
        argv,
        prog="mela-pos",
        description="Mela POS: point of sale for handicraft stalls. "
        "Run without a command to open the app.",
        modules=_modules(),
        default=open_app,
    )


if __name__ == "__main__":
    sys.exit(main())
