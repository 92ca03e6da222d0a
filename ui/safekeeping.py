"""Keeping the stall's data safe from the app: a backup to a chosen folder, the log folder.

``BackupBox`` sits in Settings: "Back up now…" asks for a folder (a USB stick), copies the
live database there in a worker (SQLite's online backup, safe while selling) and says
where the copy went; "Open log folder" opens the folder of the rotating log in the
system's file manager. ``backup_reminder`` is the sentence the day screen shows at close
when the stall has not synced today. Restoring is a command (``mela-pos restore``), run
with the app closed, so it is explained here rather than offered as a button.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos import backup, logsetup
from pos.errors import MelaError
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
        self.log_button = QPushButton(self)
        self.log_button.setObjectName("openLogFolderButton")
        self.log_button.setMinimumHeight(40)
        self.message = MessageLine(self)
        self.message.setObjectName("backupMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.backup_button.clicked.connect(lambda _checked=False: self.choose_and_back_up())
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
            "such as a USB stick. To restore one, close the app and run: mela-pos restore FILE"
        ))
        self.backup_button.setText(_tr("Back up now…"))
        self.log_button.setText(_tr("Open log folder"))
