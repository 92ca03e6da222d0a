"""Start the stall app: ``build`` makes the window (for tests and automation), ``main`` runs it.

``build`` opens the stall database, loads the demo catalogue on first run, makes the first
manager, registers the bundled fonts and installs the saved language, and returns the main
window without entering the event loop.
"""

from __future__ import annotations

import importlib
import logging
import logging.handlers
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import ui.qtboot  # noqa: F401  (before our modules: PySide6's import scan made cheap)
from pos import catalogue, resources, staff, store
from pos.errors import MelaError
from ui import crash, fonts, workers
from ui.firstpaint import after_first_paint
from ui.i18n import LANGUAGES, Translations
from ui.mainwindow import MainWindow
from ui.services import LANGUAGE, Services

log = logging.getLogger(__name__)

APP_NAME = "Mela POS"
# Stall files bigger than this get their integrity check after the first paint.
CHECK_LATER_BYTES = 8_000_000


def application() -> QApplication:
    """The running QApplication, made on first use."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Mela POS")
    icon = resources.asset("icons", "mela-pos.png")
    if icon.is_file():  # the window and task-bar mark (the .exe carries the .ico)
        app.setWindowIcon(QIcon(str(icon)))
    return app


# Imported in the background right after start, so the first sale's checkout and receipt
# do not pay for loading reportlab, the shaper and the printer drivers.
WARM_MODULES = ("pos.sales", "pos.printing", "pos.documents.receipt", "escpos.printer")


def _warm_up(window: MainWindow) -> None:
    def load(_db: object) -> None:
        for name in WARM_MODULES:
            try:
                importlib.import_module(name)
            except ImportError:
                log.info("module %s not available", name)
        fonts_module = sys.modules.get("pos.documents.fonts")
        if fonts_module is not None:
            fonts_module.register_fonts()  # parses the TTFs once, off the UI thread

    workers.DbOp(window, window.services.data_dir, load).without_db().lane("io") \
        .run_in_background()


def _check_integrity(window: MainWindow) -> None:
    """DESIGN: integrity check at start-up; a damaged file is reported, never replaced.

    Runs on its own read-only connection while the cashier types the PIN; a damaged file
    locks the till behind the message and the window closes when it is read.
    """
    def check(_db: object) -> None:
        store.check_integrity(window.services.data_dir)

    workers.DbOp(window, window.services.data_dir, check).without_db().lane("io") \
        .failure(lambda exc: report_damage(window, exc)).run_in_background()


def report_damage(window: MainWindow, exc: BaseException) -> None:
    """Lock the till behind the integrity check's message; closing it closes the app."""
    from PySide6.QtWidgets import QMessageBox

    if not isinstance(exc, MelaError):  # a bug in running the check, not a verdict
        log.error("the integrity check could not run: %r", exc)
        return
    if not shiboken6.isValid(window):  # closed while the check ran: the next start says it
        return
    window.lock()
    window.pages.setEnabled(False)  # no sign-in, no sale on a damaged file
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, str(exc),
                      QMessageBox.StandardButton.Close, window)
    box.setObjectName("integrityError")
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.finished.connect(lambda _code: window.close())
    box.open()


def build(data_dir: Path | str) -> MainWindow:
    """The main window on ``data_dir``, ready to show (no event loop is started).

    Raises:
        StorageError: the stall database cannot be opened (the file is left untouched).
    """
    app = application()
    fonts.install(app)
    app.setStyle("Fusion")
    # The quick_check reads the whole file: a big one is checked right after the first
    # paint (35 ms at 20,000 products, 0.27 s at 100,000), a small one (a new stall, about to
    # get the demo catalogue) at once.
    path = store.db_path(Path(data_dir))
    later = path.is_file() and path.stat().st_size > CHECK_LATER_BYTES
    db = store.open_store(Path(data_dir), defer_check=later)
    try:
        catalogue.ensure_demo(db)
        staff.ensure_default_manager(db)
    except BaseException:
        db.close()
        raise
    translations = Translations(app)
    services = Services(Path(data_dir), db, translations, app)
    language = store.get_setting(db, LANGUAGE, "en")
    if language in LANGUAGES and language != "en":
        translations.set_language(str(language))
    window = MainWindow(services)
    # The window owns the app's state: closing and deleting it releases the connection.
    services.setParent(window)
    translations.setParent(window)
    window.resize(1366, 768)
    # After the first paint: the imports would otherwise compete with the window's own.
    if later:
        after_first_paint(window, lambda: _check_integrity(window))
    after_first_paint(window, lambda: _warm_up(window))
    window.destroyed.connect(lambda *_: db.close())
    return window


def _log_to_file() -> None:
    """Errors and bugs go to a rotating file in the user log folder (and to stderr)."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        folder = resources.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "mela-pos.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def main(data_dir: Path | str) -> int:
    """Open the app on ``data_dir`` and run until the window closes. Returns the exit code."""
    _log_to_file()
    app = application()
    crash.install()
    try:
        window = build(data_dir)
    except MelaError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(exc))
        return exc.exit_code
    if window.screen().size().width() <= 1400:
        window.showMaximized()  # the usual fair laptop: use every pixel
    else:
        window.show()
    code = app.exec()
    workers.wait_all(10_000)
    return code
