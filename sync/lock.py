"""One uploader at a time per stall laptop, across threads and processes.

A lock file next to the stall database, held with an OS file lock (``flock`` on POSIX,
``msvcrt.locking`` on Windows). The operating system drops the lock when its holder dies, so
a sync killed mid-way (power cut, SIGKILL) never leaves the laptop unable to sync again, with
no expiry to guess.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

from pos.errors import MelaError


class SyncBusy(MelaError):
    """Another sync of this stall is running."""


class UploaderLock:
    """``with UploaderLock(path):`` holds the stall's sync lock or raises ``SyncBusy``."""

    def __init__(self, path: Path, *, wait: float = 0.0) -> None:
        self.path = Path(path)
        self.wait = wait
        self._fd: int | None = None

    def __enter__(self) -> UploaderLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + self.wait
        while True:
            if _try_lock(fd):
                self._fd = fd
                return self
            if time.monotonic() >= deadline:
                os.close(fd)
                raise SyncBusy("another sync of this stall is already running; "
                               "it will send everything waiting")
            time.sleep(0.05)

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
