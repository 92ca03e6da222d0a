"""``mela-pos restore FILE``: put a verified backup in place, keeping every later sale.

Close the app first. The replaced database is kept as ``stall.sqlite.replaced-<time>``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pos import backup
from pos.commands import Context


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``restore`` command."""
    parser = sub.add_parser(
        "restore", parents=[common], help="restore a backup (close the app first)",
        description="Check a backup (checksum, integrity, device) and make it the stall "
        "database. Sales made since the backup are carried into it; the replaced file "
        "is kept beside it.",
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="the backup file")
    parser.add_argument("--force-other-device", action="store_true",
                        help="accept a backup made on another laptop (this laptop replaces it)")
    parser.add_argument("--replace-damaged", action="store_true",
                        help="the current database is damaged: set it aside unread")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Restore and report what was kept."""
    result = backup.restore_backup(
        ctx.data_dir, args.file, other_device=args.force_other_device,
        replace_damaged=args.replace_damaged,
    )
    print(f"restored {args.file} into {ctx.data_dir}")
    if result.replaced_path is not None:
        print(f"the replaced database is kept as {result.replaced_path}")
    kept = {k: n for k, n in result.carried.items() if n}
    if kept:
        print("carried over from after the backup: "
              + ", ".join(f"{n} {table}" for table, n in kept.items()))
    return 0
