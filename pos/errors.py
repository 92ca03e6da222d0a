"""Errors a user can act on, as opposed to bugs.

Everything raised as a ``MelaError`` carries one sentence that a stall manager can read;
the command line prints it alone and exits non-zero, the app shows it in a message box.
Any other exception is a bug: it is logged with its traceback.
"""

from __future__ import annotations


class MelaError(Exception):
    """A problem with the user's input or environment, explained in one sentence."""

    exit_code = 2


class InputError(MelaError):
    """Bad input (a malformed file, a negative quantity, a wrong PIN...). Nothing was changed."""


class NotFound(InputError):
    """A SKU, invoice number, lead or staff member that does not exist."""


class PermissionDenied(MelaError):
    """The signed-in staff member may not do this without a manager's PIN."""


class StorageError(MelaError):
    """The stall database cannot be used; the file itself is left untouched."""

    exit_code = 3


class DiskFull(StorageError):
    """No space left on the device holding the data folder."""


class DatabaseLocked(StorageError):
    """Another program holds the database for longer than the busy timeout."""


class DatabaseCorrupt(StorageError):
    """The file is damaged or is not a Mela POS database."""


class SchemaTooNew(StorageError):
    """The database was written by a newer Mela POS than this one."""


class PrinterError(MelaError):
    """The printer is off, missing, out of paper or refused the job; the sale is saved."""

    exit_code = 4
