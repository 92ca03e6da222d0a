"""Logging to a rotating file in the user log folder.

One file, ``mela-pos.log``, rotated at 1 MB with five old copies kept, so a fair laptop
never fills its disk with logs and the office can still ask for the last days' story.
Set up once by the launcher; calling it again (the app after the CLI) changes nothing.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from pos import resources

LOG_FILENAME = "mela-pos.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"
_HANDLER_NAME = "mela-pos-file"


def log_file(folder: Path | None = None) -> Path:
    """The current log file."""
    return (folder or resources.log_dir()) / LOG_FILENAME


def active_file() -> Path:
    """The file the log is being written to now (or would be, once set up)."""
    for handler in logging.getLogger().handlers:
        if handler.get_name() == _HANDLER_NAME:
            return Path(getattr(handler, "baseFilename", log_file()))
    return log_file()


def setup(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send every logger's records to the rotating file; returns its path.

    A log folder that cannot be created (read-only home, full disk) must not stop the
    till: logging then goes to stderr only and ``None`` is returned.
    """
    root = logging.getLogger()
    if any(h.get_name() == _HANDLER_NAME for h in root.handlers):
        return active_file()
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    path = log_file(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError as exc:
        print(f"mela-pos: cannot write the log in {path.parent}: {exc}", file=sys.stderr)
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    logging.captureWarnings(True)
    return path


def teardown() -> None:
    """Remove and close the file handler (tests, and before moving the log folder)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
            logging.captureWarnings(False)
