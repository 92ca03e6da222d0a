"""Keeping the stall's data safe from the app: a backup to a chosen folder, the log folder.

``BackupBox`` sits in Settings: "Back up now…" asks for a folder (a USB stick), copies the
live database there in a worker (SQLite's online backup, safe while selling) and says
where the copy went; "Open log folder" opens the folder of the rotating log in the
system's file manager. ``backup_reminder`` is the sentence the day screen shows at close
when the stall has not synced today.

"Restore…" (managers only) checks the chosen backup in a worker with every check of
``pos.backup.check_restore`` while the till keeps its database open; only after the
manager confirms does it stop the workers, close the database, restore (sales made since
the backup are carried over) and close the app, to be started again on the restored file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos import backup, logsetup
from pos.errors import MelaError
from ui import workers
from ui.forms import MessageLine


def _tr(text: str) -> str:
    return QCoreApplication.translate("Safekeeping", text)


def backup_reminder(db: Any) -> str | None:
    """What to tell the manager at day close, or None when the hub already has the day."""
    if backup.synced_today(db):
        return None
    return _tr("This stall has not synced with the hub today, so this laptop holds the only "
               "copy of today's sales. Back up to a USB stick now: Settings → Back up now.")


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager; False if it could not be opened."""
    folder = logsetup.active_file().parent
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class BackupBox(QGroupBox):
    """Back up now, and open the log folder."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupBox")
        self._services = services
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupButton")
        self.backup_button.setMinimumHeight(40)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setMinimumHeight(40)
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("openLogFolderButton")
        self.log_button.setMinimumHeight(40)
        self.message = MessageLine(self)
        self.message.setObjectName("backupMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.backup_button.clicked.connect(lambda _checked=False: self.choose_and_back_up())
        self.restore_button.clicked.connect(lambda _checked=False: self.choose_and_restore())
        self.log_button.clicked.connect(lambda _checked=False: self.open_logs())
        self.retranslate()

    def choose_and_back_up(self) -> None:
        """Ask for a folder, then back up into it."""
        folder = QFileDialog.getExistingDirectory(self, _tr("Back up to which folder?"))
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, folder: Path) -> None:
        """Copy the live database into ``folder`` in a worker (the till keeps working)."""
        self.backup_button.setEnabled(False)
        self.message.ok(_tr("Backing up…"))
        data_dir = self._services.data_dir

        def copy(db: Any) -> backup.BackupInfo:
            return backup.make_backup(data_dir, folder / backup.suggested_name(db))

        self._services.run(self, copy, self._done, self._failed, lane="io")

    def _done(self, info: backup.BackupInfo) -> None:
        self.backup_button.setEnabled(True)
        self.message.ok(_tr("Backup saved: %1 (%2 MB), with its checksum file beside it.")
                        .replace("%1", str(info.path))
                        .replace("%2", f"{info.size / 1_048_576:.1f}"))

    def _failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.message.error(str(exc) if isinstance(exc, MelaError)
                           else _tr("The backup failed (%1); see the log.")
                           .replace("%1", type(exc).__name__))

    # -- restore -----------------------------------------------------------------------
    def choose_and_restore(self) -> None:
        """Ask for a backup file, then check it (managers only)."""
        if not getattr(self._services, "is_manager", False):
            self.message.error(_tr("Only a manager can restore a backup."))
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, _tr("Restore which backup?"), "",
            _tr("Mela POS backups (*.sqlite *.bak *.db);;All files (*)"))
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        """Check the backup in a worker; ask to confirm when every check passes."""
        self.restore_button.setEnabled(False)
        self.message.ok(_tr("Checking the backup…"))
        data_dir = self._services.data_dir

        def check(_db: Any) -> backup.RestorePlan:
            return backup.check_restore(data_dir, path)

        self._services.run(self, check, lambda plan: self._confirm(path, plan),
                           self._restore_refused, lane="io")

    def _restore_refused(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        if isinstance(exc, MelaError):
            self.message.error(str(exc))
        else:
            self.message.error(_tr("The backup could not be checked (%1); see the log.")
                               .replace("%1", type(exc).__name__))

    def _confirm(self, path: Path, plan: backup.RestorePlan) -> None:
        self.restore_button.setEnabled(True)
        self.message.clear_message()
        answer = QMessageBox.question(
            self, _tr("Restore a backup"),
            _tr("Restore %1?\n\nSales made since this backup are kept. The database "
                "it replaces is kept beside it. Mela POS closes afterwards; start it "
                "again.").replace("%1", path.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_now(path)

    def restore_now(self, path: Path) -> None:
        """Stop every worker, close the database, restore, and close the app."""
        services = self._services
        sync = getattr(services, "_sync_worker", None)
        if sync is not None:
            sync.stop()  # a sync job holds its own connection to the file being replaced
        workers.wait_all(30_000)
        services.db.close()
        try:
            result = backup.restore_backup(services.data_dir, path)
        except MelaError as exc:
            text = _tr("Nothing was restored: %1\n\nMela POS closes now; start it again.")
            QMessageBox.warning(self, _tr("Restore a backup"), text.replace("%1", str(exc)))
        else:
            kept = sum(result.carried.values())
            text = _tr("Backup restored; %1 records made since it were kept. The replaced "
                       "database is kept as %2.\n\nMela POS closes now; start it again.")
            QMessageBox.information(self, _tr("Restore a backup"), text.replace(
                "%1", str(kept)).replace("%2", str(result.replaced_path)))
        # The window's widgets still point at the closed connection: leave cleanly.
        window = self.window()
        if window is not self:
            window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def open_logs(self) -> None:
        """Open the log folder, or say where it is when no file manager answers."""
        if not open_log_folder():
            self.message.error(_tr("Could not open the log folder; it is %1")
                               .replace("%1", str(logsetup.active_file().parent)))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(_tr("Backup and log"))
        self.explain.setText(_tr(
            "A backup copies the stall database (safe while selling) to a folder you choose, "
            "such as a USB stick. Restoring keeps every sale made since the backup."
        ))
        self.backup_button.setText(_tr("Back up now…"))
        self.restore_button.setText(_tr("Restore…"))
        self.log_button.setText(_tr("Open log folder"))
