"""Writing the files a user names (``--out``, the receipts folder): whole or not at all.

Every document, label sheet and export is written under a temporary ``.part`` name and
renamed into place, so a crash or a full disk never leaves a half-written PDF where a good
one was. A rename replaces whatever has the target's name, though: ``--out /dev/null`` run
as root would swap the device for a regular file, and a named pipe would vanish. So only a
missing target or a regular file is ever replaced.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


def check_target(path: Path) -> None:
    """Refuse a target that a new regular file must not replace.

    Raises:
        IsADirectoryError: ``path`` is a folder (or has no file name at all).
        FileExistsError: ``path`` exists and is a device, pipe, socket or the like.
    """
    if not path.name or path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder; give a file name", str(path))
    if path.exists() and not path.is_file():
        raise FileExistsError(errno.EEXIST, "exists and is not a regular file", str(path))


@contextmanager
def replacing(path: Path, mode: str = "wb", **open_args: Any) -> Iterator[IO[Any]]:
    """Open a temporary file that replaces ``path`` when the block ends without an error.

    On any error (or interruption) the temporary file is removed and ``path`` is untouched.
    ``open_args`` go to ``open`` (``encoding``, ``newline`` for text modes).

    Raises:
        OSError: the target is refused by ``check_target`` or cannot be written.
    """
    path = Path(path)
    check_target(path)
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open(mode, **open_args) as fh:
            yield fh
            fh.flush()
            # Without the fsync a power cut soon after the rename can leave an empty file
            # under the good name on some filesystems.
            os.fsync(fh.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through ``replacing`` (see there for what is refused)."""
    with replacing(path) as fh:
        fh.write(data)
