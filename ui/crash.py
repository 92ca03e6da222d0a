"""The crash handler: an unexpected error goes to the log and to one short message.

Installed by the app at start-up. Python exceptions that reach the top (in the main
thread, in a Qt slot, or in a worker thread) are written to the log with their traceback;
the user sees one sentence saying what is safe. Qt's own warnings go to the same log.
Sales are safe by construction, not by this handler: each sale is one SQLite transaction,
committed in full before the receipt prints, so a crash can only lose the bill still in
the cart.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6 import QtCore, QtWidgets

from pos import logsetup

log = logging.getLogger("mela-pos.crash")

CRASH_MESSAGE = (
    "Something went wrong and the last action did not finish.\n\n"
    "Every completed sale is already saved: each bill is written to the stall database "
    "in one piece before its receipt prints. Only a bill still in the cart may need to be "
    "entered again.\n\nThe details are in the log file:\n{log}"
)

_QT_LEVELS = {
    QtCore.QtMsgType.QtDebugMsg: logging.DEBUG,
    QtCore.QtMsgType.QtInfoMsg: logging.INFO,
    QtCore.QtMsgType.QtWarningMsg: logging.WARNING,
    QtCore.QtMsgType.QtCriticalMsg: logging.ERROR,
    QtCore.QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_previous_qt_handler: object = None
_showing = False


def _show(text: str) -> None:
    """A modal message if a window can be shown; never raises, never nests."""
    global _showing
    app = QtWidgets.QApplication.instance()
    if _showing or app is None or QtCore.QThread.currentThread() is not app.thread():
        return
    _showing = True
    try:
        box = QtWidgets.QMessageBox(QtWidgets.QApplication.activeWindow())
        box.setObjectName("crashMessage")
        box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
        box.setWindowTitle("Mela POS")
        box.setText(text)
        box.exec()
    except Exception:  # the handler of last resort must not crash itself
        log.exception("could not show the crash message")
    finally:
        _showing = False


def handle_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook``: log the traceback and tell the user what is safe."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("unhandled %s: %s", kind.__name__, value, exc_info=(kind, value, tb))
    text = QtCore.QCoreApplication.translate("Crash", CRASH_MESSAGE)
    _show(text.format(log=logsetup.active_file()))


def _thread_exception(args: threading.ExceptHookArgs) -> None:
    log.critical(
        "unhandled %s in thread %s", args.exc_type.__name__,
        getattr(args.thread, "name", "?"),
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )


def qt_message(mode: QtCore.QtMsgType, context: QtCore.QMessageLogContext, message: str) -> None:
    """Qt's warnings into our log, then on to whoever handled them before."""
    logging.getLogger("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
    if callable(_previous_qt_handler):
        _previous_qt_handler(mode, context, message)


def install() -> None:
    """Install the hooks (idempotent)."""
    global _previous_qt_handler
    sys.excepthook = handle_exception
    threading.excepthook = _thread_exception
    previous = QtCore.qInstallMessageHandler(qt_message)
    if previous is not qt_message:
        _previous_qt_handler = previous


def uninstall() -> None:
    """Put the previous hooks back (tests)."""
    global _previous_qt_handler
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    QtCore.qInstallMessageHandler(_previous_qt_handler)  # type: ignore[arg-type]
    _previous_qt_handler = None
