"""``mela-hub``: run the hub and administer it from the office.

Every command takes ``--db FILE`` (or ``$MELA_HUB_DB``). A problem prints one line and exits
non-zero; no traceback reaches the terminal.
"""

from __future__ import annotations

import argparse
import csv
import errno
import logging
import os
import socket
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from pos.commands import CommandParser
from pos.files import replacing
from pos.ids import to_ist
from pos.money import rupees
from pos.salesexport import write_csv
from sync import protocol
from sync.hub.store import HubError, HubStore, is_busy

DB_ENV = "MELA_HUB_DB"
SETTLEMENT_DAYS = 15
log = logging.getLogger(__name__)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _bounded(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"invalid int value: {text!r}") from exc
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} must be from {low} to {high}, "
                                             f"not {text}")
        return value
    return parse


def _parser() -> argparse.ArgumentParser:
    # CommandParser: a usage error is one line, as in mela-pos (subparsers inherit it).
    common = CommandParser(add_help=False)
    common.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS,
                        help=f"hub database (default: ${DB_ENV})")
    parser = CommandParser(prog="mela-hub", parents=[common],
                           description="The Mela POS hub: central catalogue and sales.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("serve", parents=[common], help="serve the hub API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=_bounded(1, 65535, "the port"), default=8765)
    p.add_argument("--max-body", type=_bounded(1024, protocol.MAX_INT, "the size"),
                   default=protocol.MAX_BATCH_BYTES, metavar="BYTES",
                   help="largest push accepted (default 8 MiB); larger ones get 413")

    p = sub.add_parser("import-catalogue", parents=[common], help="load a catalogue file")
    p.add_argument("file", type=Path)

    p = sub.add_parser("enroll-code", parents=[common], help="a one-time code for a laptop")
    p.add_argument("--device-name", required=True)

    p = sub.add_parser("revoke", parents=[common], help="revoke a device's token")
    p.add_argument("device", help="device code (M03), id or name")

    sub.add_parser("devices", parents=[common], help="list enrolled devices")

    p = sub.add_parser("retire", parents=[common], help="stop selling products everywhere")
    p.add_argument("skus", nargs="+", metavar="SKU")
    p.add_argument("--undo", action="store_true", help="list them for sale again")

    p = sub.add_parser("allocate", parents=[common], help="send stock to a stall")
    p.add_argument("--device", required=True)
    p.add_argument("--sku", required=True)
    p.add_argument("--qty", type=int, required=True)
    p.add_argument("--note")

    sub.add_parser("leads", parents=[common], help="buyers waiting for delivery or a call")

    p = sub.add_parser("stock", parents=[common], help="a stall's stock as the hub sees it")
    p.add_argument("--device", required=True)

    sub.add_parser("rejected", parents=[common], help="records the hub refused, newest first")

    p = sub.add_parser("report", parents=[common], help="reports")
    rsub = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    r = rsub.add_parser("artisans", parents=[common], help="what each artisan is owed")
    r.add_argument("--from", dest="date_from", type=_date, required=True)
    r.add_argument("--to", dest="date_to", type=_date, required=True)
    r.add_argument("--out", type=Path, help="write CSV here instead of a table")

    p = sub.add_parser("export", parents=[common], help="exports")
    esub = p.add_subparsers(dest="export", metavar="WHAT", required=True)
    e = esub.add_parser("sales", parents=[common], help="sales CSV, one row per bill line")
    e.add_argument("--from", dest="date_from", type=_date, required=True)
    e.add_argument("--to", dest="date_to", type=_date, required=True)
    e.add_argument("--out", type=Path, required=True)
    e.add_argument("--device", help="one stall only (code, id or name): its file then equals "
                                    "that stall's own export")

    p = sub.add_parser("compact", parents=[common], help="compact the catalogue change log")
    p.add_argument("--below", type=_bounded(0, protocol.MAX_INT, "the op id"),
                   help="op id floor (default: the newest op)")

    p = sub.add_parser("audit", parents=[common], help="check every device's audit chain")
    return parser


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port``; a port in use or not allowed is one clear line
    (uvicorn would log it with a traceback)."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    except (socket.gaierror, UnicodeError) as exc:
        raise HubError(f"cannot serve on host {host!r}: {exc}") from exc
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            why = "is already in use (is a hub already running?); pick another with --port"
        elif exc.errno == errno.EACCES:
            why = "is not allowed for this user (ports below 1024 need admin rights)"
        else:
            why = f"cannot be used: {exc.strerror or exc}"
        raise HubError(f"port {port} on {host} {why}") from exc
    return sock


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.hub.app import create_app

    sock = _listen(args.host, args.port)
    try:
        app = create_app(args.db, max_body=args.max_body)
        try:
            uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[sock])
        finally:
            app.state.store.close()
    finally:
        sock.close()
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        return _serve(args)
    store = HubStore(args.db)
    try:
        return _admin(args, store)
    finally:
        store.close()


def _admin(args: argparse.Namespace, store: HubStore) -> int:
    cmd = args.command
    if cmd == "import-catalogue":
        from sync.hub.catalogue_import import import_catalogue

        changed = import_catalogue(store, args.file)
        print(", ".join(f"{n} {k}(s) changed" for k, n in changed.items()))
    elif cmd == "enroll-code":
        print(store.create_enroll_code(args.device_name))
    elif cmd == "revoke":
        dev = store.revoke(args.device)
        print(f"revoked {dev.device_code} ({dev.device_name})")
    elif cmd == "devices":
        seen = store.last_seen()
        for dev in store.devices():
            state = "revoked" if dev.revoked else "active"
            when = seen.get(dev.device_id)
            last = to_ist(when).strftime("%Y-%m-%d %H:%M IST") if when else "never"
            print(f"{dev.device_code}\t{dev.device_name}\t{dev.device_id}\t{state}\t"
                  f"last push {last}")
    elif cmd == "retire":
        count = store.retire_products(args.skus, active=args.undo)
        print(f"{count} product(s) {'listed again' if args.undo else 'retired'}")
    elif cmd == "allocate":
        alloc = store.allocate(args.device, args.sku, args.qty, args.note)
        print(f"allocated {args.qty} x {args.sku} to {args.device} ({alloc})")
    elif cmd == "leads":
        writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
        writer.writerow(["phone", "name", "products", "stall", "date", "consent", "kind"])
        for b in store.waiting_buyers():
            writer.writerow([b["phone"], b["name"], ", ".join(str(p) for p in b["products"]),
                             b["stall"], b["date"], "yes" if b["consent"] else "no", b["kind"]])
    elif cmd == "stock":
        for sku, qty in store.stock_of(args.device).items():
            print(f"{sku}\t{qty}")
    elif cmd == "rejected":
        for r in store.rejections():
            code = store.find_device(r["device_id"]).device_code
            print(f"{r['at']}\t{code}\t{r['kind']}\t{r['record_id']}\t{r['reason']}")
    elif cmd == "report":
        _artisans(args, store)
    elif cmd == "export":
        if args.date_from > args.date_to:
            raise HubError("--from is after --to")
        device = store.find_device(args.device).device_id if args.device else None
        count = write_csv(store.sales_rows(args.date_from, args.date_to, device), args.out)
        print(f"{count} line(s) written to {args.out}")
    elif cmd == "compact":
        print(f"{store.compact(args.below)} change(s) removed")
    elif cmd == "audit":
        bad = 0
        for dev in store.devices():
            for no, problem in store.audit_problems(dev.device_id):
                bad += 1
                print(f"{dev.device_code}\tentry {no}\t{problem}")
        if not bad:
            print("every audit chain is intact")
        return 1 if bad else 0
    return 0


def _artisans(args: argparse.Namespace, store: HubStore) -> None:
    if args.date_from > args.date_to:
        raise HubError("--from is after --to")
    pay_by = (args.date_to + timedelta(days=SETTLEMENT_DAYS)).isoformat()
    header = ["artisan_id", "name", "pieces_sold", "sold", "pieces_returned", "returned",
              "net_sales", "gst", "owed", "pay_by"]
    rows = [
        [t["artisan_id"], t["name"], t["pieces_sold"], rupees(t["sold_paise"]),
         t["pieces_returned"], rupees(t["returned_paise"]), rupees(t["net_paise"]),
         rupees(t["gst_paise"]), rupees(t["owed_paise"]), pay_by]
        for t in store.artisan_totals(args.date_from, args.date_to)
    ]
    if args.out:
        with replacing(args.out, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
        print(f"{len(rows)} artisan(s) written to {args.out}")
        return
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``mela-hub`` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None) or os.environ.get(DB_ENV)
    if not args.db:
        print(f"mela-hub: error: give --db FILE or set {DB_ENV}", file=sys.stderr)
        return 2
    try:
        return _run(args)
    except HubError as exc:
        print(f"mela-hub: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"mela-hub: error: {exc.strerror or exc}: {getattr(exc, 'filename', '')}",
              file=sys.stderr)
        return 3
    except sqlite3.Error as exc:
        if is_busy(exc):
            print(f"mela-hub: error: the hub database {args.db} is busy in another program "
                  "(an import, a backup or a stuck process); try again when it is done",
                  file=sys.stderr)
        else:
            print(f"mela-hub: error: the hub database {args.db} cannot be used: {exc}",
                  file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the office, the traceback in the log
        log.exception("unexpected error in mela-hub")
        print(f"mela-hub: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
