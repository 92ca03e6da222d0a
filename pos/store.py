"""The stall database: one SQLite file per laptop, owned by this module.

Opening checks the file before touching it (a damaged or foreign file is reported and left
byte-for-byte as it was), sets the pragmas a point of sale needs (WAL so readers never block
the till, ``synchronous=FULL`` so a printed receipt survives a power cut), and applies the
migrations in ``pos.schema``. SQLite failures caused by the machine (disk full, locked,
corrupt) become ``StorageError`` subclasses with a sentence for the user; anything else is a
bug and propagates unchanged.

Every business action writes inside ``with store.write(db):`` which takes the write lock at
the start (``BEGIN IMMEDIATE``), so two tills never deadlock upgrading a read lock.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pos import schema
from pos.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DiskFull,
    SchemaTooNew,
    StorageError,
)

DB_FILENAME = "stall.sqlite"
BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"

# SQLite primary result codes (the low byte of extended codes).
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT = 8, 10, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 13, 14, 26

if TYPE_CHECKING:
    import sqlite_utils


class Database:
    """One connection to the stall file, as every ``pos`` function takes it.

    The till needs ``execute`` and ``conn`` only, so this is plain ``sqlite3`` and the
    app's start-up does not import sqlite-utils (40-45 ms of click, dateutil and pluggy
    before the first paint). sqlite-utils' API (its migrations, ``db["table"]``,
    ``db.query``) is one step away: ``utils``, or any attribute not defined here, goes to a
    ``sqlite_utils.Database`` on the same connection, made on first use.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils on this same connection (imported on first use)."""
        if self._utils is None:
            import sqlite_utils

            # No plugins are used: loading them scans every installed package's entry
            # points (about 30 ms).
            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
                ) -> sqlite3.Cursor:
        """Run one statement. The connection is in autocommit mode (``isolation_level``
        None): a statement outside ``write`` commits by itself, inside it joins the
        transaction."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def table_names(self) -> list[str]:
        """The tables in the file (not views, not SQLite's own)."""
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("conn", "_utils"):
            raise AttributeError(name)
        return getattr(self.utils, name)

    def __getitem__(self, table: str) -> Any:
        return self.utils[table]


def db_path(data_dir: Path) -> Path:
    """The database file inside a data folder."""
    return Path(data_dir) / DB_FILENAME


def translate(exc: sqlite3.Error, path: Path | str | None = None) -> Exception:
    """Map an SQLite error to a user-facing ``StorageError``, or return it unchanged (a bug)."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if primary == _SQLITE_FULL or "disk is full" in text:
        return DiskFull(
            f"The disk holding the stall data is full{where}; free some space and try again. "
            "Nothing was saved by the last action."
        )
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseLocked(
            f"The stall database is busy in another program{where}; close it and try again."
        )
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or (
        "not a database" in text
    ):
        return DatabaseCorrupt(
            f"The stall database is damaged or is not a Mela POS file{where}. "
            "It was left untouched; restore a backup or contact the office."
        )
    if primary in (_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_IOERR):
        return StorageError(f"The stall database cannot be written{where}: {exc}.")
    return exc


@contextlib.contextmanager
def storage_errors(path: Path | str | None = None) -> Iterator[None]:
    """Re-raise environment SQLite errors as ``StorageError``; let bugs through."""
    try:
        yield
    except sqlite3.Error as exc:
        mapped = translate(exc, path)
        if mapped is exc:
            raise
        raise mapped from exc


def connect(path: Path, *, readonly: bool = False) -> Database:
    """A new connection with the stall's pragmas. Each thread opens its own."""
    with storage_errors(path):
        if readonly:
            conn = sqlite3.connect(
                f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
            )
        else:
            conn = sqlite3.connect(
                str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    return Database(conn)


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite at all, before SQLite touches it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not the stall database. It was left untouched.")
    if size == 0:
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(f"Cannot read the stall database {path}: {exc.strerror}.") from exc
    if header != _SQLITE_HEADER:
        raise DatabaseCorrupt(
            f"{path} is not a Mela POS database (not an SQLite file). It was left untouched."
        )


def integrity_problems(db: Database, *, full: bool = False) -> list[str]:
    """Run SQLite's own check; an empty list means the file is sound."""
    pragma = "integrity_check" if full else "quick_check"
    rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    return [] if rows == ["ok"] else rows


def check_integrity(data_dir: Path | str) -> None:
    """SQLite's ``quick_check`` of the stall file on its own read-only connection.

    Raises:
        DatabaseCorrupt: the check found damage (the file is not touched).
        StorageError: the file cannot be read.
    """
    path = db_path(Path(data_dir))
    db = connect(path, readonly=True)
    try:
        with storage_errors(path):
            problems = integrity_problems(db)
    finally:
        db.close()
    if problems:
        raise DatabaseCorrupt(_damaged(path, problems))


def _raise_if_damaged(db: Database, path: Path, full: bool) -> None:
    problems = integrity_problems(db, full=full)
    if problems:
        raise DatabaseCorrupt(_damaged(path, problems))


def _damaged(path: Path, problems: list[str]) -> str:
    return (f"The stall database {path} failed its integrity check "
            f"({problems[0]}). It was left untouched; restore a backup.")


def _check_ownership(db: Database, path: Path) -> set[str]:
    """A file with tables but no Mela POS migrations is someone else's: leave it alone.

    Returns the names of the migrations already applied."""
    tables = set(db.table_names())
    applied = set(schema.applied_names(db))
    if tables and not applied:
        raise DatabaseCorrupt(
            f"{path} is an SQLite file but not a Mela POS database. It was left untouched."
        )
    unknown = applied - schema.MIGRATION_NAMES
    if unknown:
        raise SchemaTooNew(
            f"{path} was written by a newer Mela POS (schema step {sorted(unknown)[-1]}). "
            "Install the newer version to open it; the file was left untouched."
        )
    return applied


def open_store(data_dir: Path | str, *, migrate: bool = True, full_check: bool = False,
               defer_check: bool = False) -> Database:
    """Open (or create) the stall database in ``data_dir``, check it and bring it up to date.

    ``defer_check=True`` (the app's start-up) skips SQLite's ``quick_check`` here: it reads the
    whole file (35 ms at 20,000 products, 0.27 s at 100,000), so the app runs it through
    ``check_integrity`` in a worker right after its first paint and locks itself if it fails.
    The header, the schema and the migrations table are still checked before opening.

    Raises:
        StorageError: the file is damaged, foreign, newer than this app, locked, or the
            disk is full. The file is not modified in any of these cases.
    """
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Cannot create the data folder {data_dir}: {exc.strerror}.") from exc
    path = db_path(data_dir)
    _check_header(path)
    db = connect(path)
    try:
        with storage_errors(path):
            if defer_check:
                applied = _check_ownership(db, path)
                if migrate and schema.MIGRATION_NAMES - applied:
                    _raise_if_damaged(db, path, full_check)  # a migration will write it
            else:
                _raise_if_damaged(db, path, full_check)
                _check_ownership(db, path)
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(f"Cannot switch {path} to WAL mode (got {mode}).")
            if migrate:
                schema.migrate(db)
    except BaseException:
        db.close()
        raise
    return db


@contextlib.contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A nested block inside an open transaction: undone alone if it fails."""
    conn.execute("SAVEPOINT nested_write")
    try:
        yield
    except BaseException:
        # A RAISE(ROLLBACK) trigger may already have ended the whole transaction.
        if conn.in_transaction:
            conn.execute("ROLLBACK TO nested_write")
            conn.execute("RELEASE nested_write")
        raise
    conn.execute("RELEASE nested_write")


@contextlib.contextmanager
def write(db: Database) -> Iterator[Database]:
    """One business action: everything inside commits together or not at all.

    The outermost block takes the write lock at once (``BEGIN IMMEDIATE``); nested blocks
    become savepoints.
    """
    path = None
    if db.conn.in_transaction:
        with storage_errors(path), _savepoint(db.conn):
            yield db
        return
    with storage_errors(path):
        db.conn.execute("BEGIN IMMEDIATE")
    try:
        with storage_errors(path):
            yield db
    except BaseException:
        if db.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.conn.execute("ROLLBACK")
        raise
    try:
        with storage_errors(path):
            db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                db.conn.execute("ROLLBACK")
        raise


def get_setting(db: Database, key: str, default: object = None) -> object:
    """A value from the settings table (stored as JSON)."""
    import json

    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else json.loads(row[0])


def set_setting(db: Database, key: str, value: object) -> None:
    """Store one setting as JSON, replacing any earlier value."""
    import json

    with write(db):
        db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )
