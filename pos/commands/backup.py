"""``mela-pos backup --out FILE``: a consistent copy of the live stall database.

Safe while the app is open and selling. Writes FILE, FILE.sha256 and FILE.json.
"""

from __future__ import annotations

import argparse
from typing import Any

from pos import backup
from pos.commands import Context, out_file


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``backup`` command."""
    parser = sub.add_parser(
        "backup", parents=[common], help="copy the stall database (safe while selling)",
        description="Copy the stall database to FILE with a checksum beside it. "
        "Safe while the app is open.",
    )
    parser.add_argument("--out", required=True, type=out_file, metavar="FILE",
                        help="backup file to write, e.g. a path on a USB stick")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write the backup and say where it went."""
    info = backup.make_backup(ctx.data_dir, args.out)
    print(f"backup written: {info.path} ({info.size / 1_048_576:.1f} MB)")
    print(f"checksum: {info.checksum_path} (sha256 {info.sha256[:12]}…)")
    return 0
