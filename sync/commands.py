"""``mela-pos enroll``, ``mela-pos sync`` and ``mela-pos status``.

Registered by the launcher (``ui/cli.py``) next to the ``pos`` commands, with the same
``register(sub, common)`` / ``run(args, ctx)`` interface.
"""

from __future__ import annotations

import argparse
import math
import sys
import time

from pos.commands import Context
from pos.ids import to_ist
from sync import client
from sync.monitor import HubMonitor


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the sync commands to the ``mela-pos`` parser."""
    p = sub.add_parser("enroll", parents=[common], help="pair this laptop with a hub")
    p.add_argument("hub_url", metavar="HUB_URL", help="e.g. https://hub.example.org")
    p.add_argument("code", metavar="CODE", help="one-time code from `mela-hub enroll-code`")
    p.set_defaults(run=run_enroll)

    p = sub.add_parser("sync", parents=[common], help="send sales, receive the catalogue")
    p.add_argument("--once", action="store_true",
                   help="sync once and exit (default: keep syncing while the hub is reachable)")
    p.add_argument("--interval", type=interval_seconds, default=60.0, metavar="SECONDS",
                   help="time between syncs when running continuously (default 60)")
    p.add_argument("--retry-rejected", nargs="*", metavar="RECORD_ID", default=None,
                   help="send parked records again (all, or the ids given) before syncing")
    p.set_defaults(run=run_sync)

    p = sub.add_parser("status", parents=[common], help="what is waiting to be sent")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=run_status)


MAX_INTERVAL = 86_400   # a day; time.sleep overflows on huge values


def interval_seconds(text: str) -> float:
    """``--interval``: a positive number of seconds up to a day (``time.sleep`` refuses
    negative, NaN and huge values, and 0 would hammer the hub)."""
    try:
        value = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"invalid float value: {text!r}") from exc
    if not math.isfinite(value) or not 0 < value <= MAX_INTERVAL:
        raise argparse.ArgumentTypeError(
            f"the interval must be a positive number of seconds, at most {MAX_INTERVAL} "
            f"(a day); got {text!r}")
    return value


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Dispatch to the chosen sync command."""
    handler = args.run
    return int(handler(args, ctx))


def run_enroll(args: argparse.Namespace, ctx: Context) -> int:
    """Pair with a hub; future invoices use the device code the hub gives."""
    answer = client.enroll(ctx.db(), args.hub_url, args.code)
    print(f"enrolled as {answer.device_code} with {args.hub_url.rstrip('/')}")
    return 0


class TerminalProgress:
    """A one-line progress bar on a terminal; plain lines when output is redirected."""

    WIDTH = 30

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.phase = ""

    def __call__(self, phase: str, done: int, total: int) -> None:
        """Draw the bar for one progress report."""
        if not self.tty:
            if phase != self.phase:
                print(f"{phase}…", file=sys.stderr)
                self.phase = phase
            return
        filled = int(self.WIDTH * done / total) if total else self.WIDTH
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        print(f"\r{phase:<9}[{bar}] {done}/{total}", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)


def _summary(report: client.SyncReport) -> str:
    parts = [f"{report.sent} record(s) sent"]
    if report.duplicates:
        parts.append(f"{report.duplicates} already at the hub")
    if report.rejected:
        parts.append(f"{report.rejected} rejected (see `mela-pos status`)")
    parts.append(f"{report.changes} catalogue change(s) received")
    if report.pictures:
        parts.append(f"{report.pictures} picture(s)")
    if report.full_copy:
        parts.append("full catalogue copy")
    return ", ".join(parts)


def run_sync(args: argparse.Namespace, ctx: Context) -> int:
    """One sync, or keep syncing whenever the hub is reachable until interrupted."""
    db = ctx.db()
    if args.retry_rejected is not None:
        count = client.requeue_rejected(db, args.retry_rejected or None)
        print(f"{count} parked record(s) queued again")
    progress = TerminalProgress()
    if args.once:
        with client.SyncClient(db, on_progress=progress, lock_wait=30) as c:
            report = c.sync()
        print(_summary(report))
        return 1 if report.rejected else 0
    hub_url = client.get_state(db, "hub_url") or ""
    monitor = HubMonitor(hub_url)
    while True:
        if monitor.poll():
            try:
                with client.SyncClient(db, on_progress=progress, lock_wait=30) as c:
                    print(_summary(c.sync()), flush=True)
            except (client.HubUnreachable, client.SyncBusy) as exc:
                print(f"not synced: {exc}", file=sys.stderr)
                monitor.mark_down()
        time.sleep(min(args.interval, monitor.seconds_until_next_probe())
                   if not monitor.reachable else args.interval)


def run_status(args: argparse.Namespace, ctx: Context) -> int:
    """Pending records, last sync and the records the hub refused."""
    info = client.status(ctx.db())
    if args.json:
        print(client.dumps_status(info))
        return 0
    hub = info["hub_url"] or "not paired (run `mela-pos enroll HUB_URL CODE`)"
    print(f"device:     {info['device_code']} ({info['device_id']})")
    print(f"hub:        {hub}")
    print(f"waiting:    {info['pending']} record(s)")
    last = info["last_sync_at"]
    print(f"last sync:  {to_ist(last).strftime('%d %b %Y %H:%M IST') if last else 'never'}")
    if info["last_error"]:
        print(f"last error: {info['last_error']}")
    print(f"rejected:   {len(info['rejected'])} record(s)")
    for r in info["rejected"]:
        print(f"  {r['kind']} {r['record_id']}: {r['reason']}")
    return 0
