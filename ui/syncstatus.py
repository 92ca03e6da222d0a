"""The sync indicator in the status bar, always visible.

It says, in the fewest words: offline, how many records wait for the hub, a sync in
progress (with a bar), when the last sync finished, and how many records the hub refused.
Refused records are parked, never retried blindly; a click lists them with the hub's reason
so the manager can call the office.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos import records
from pos.ids import to_ist
from pos.money import format_number
from ui import syncworker
from ui.firstpaint import after_first_paint
from ui.tablemodel import Column, RecordsModel


class RejectedDialog(QDialog):
    """The records the hub refused, with its reasons."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectedDialog")
        self.setWindowTitle(self.tr("Records the hub refused"))
        self.resize(760, 360)
        self.model = RecordsModel(
            [
                Column(lambda: self.tr("Kind"), lambda r: r.kind),
                Column(lambda: self.tr("Record"), lambda r: r.record_id),
                Column(lambda: self.tr("Made"),
                       lambda r: to_ist(r.created_at).strftime("%d-%m-%Y %H:%M")),
                Column(lambda: self.tr("Reason"), lambda r: r.reason),
            ],
            self,
        )
        self.model.set_rows(syncworker.parked(services.db))
        self.table = QTableView(self)
        self.table.setObjectName("rejectedTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        note = QLabel(
            self.tr("These records stay on this laptop. Tell the office the record numbers; "
                    "nothing else is held up."),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class SyncStatus(QWidget):
    """The status-bar indicator; a click on the refused count opens the list."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._services = services
        self._worker = syncworker.for_services(services)
        self._syncing = False
        self._progress_text = ""
        self._state: syncworker.SyncState | None = None
        self.label = QLabel(self)
        self.label.setObjectName("syncLabel")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("syncProgress")
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(16)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.rejected_button = QPushButton(self)
        self.rejected_button.setObjectName("syncRejectedButton")
        self.rejected_button.setFlat(True)
        self.rejected_button.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.rejected_button.hide()
        self.rejected_button.clicked.connect(self.show_rejected)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.rejected_button)
        self._worker.stateChanged.connect(self._on_state)
        self._worker.started.connect(self._on_started)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._state = syncworker.SyncState(
            records.pending_count(services.db), records.rejected_count(services.db),
            False, None, None,
        )
        self._render()
        # The first probe imports the sync client (httpx, pydantic) in the worker; after the
        # first paint, so that it does not slow the window's start-up.
        after_first_paint(self, self._worker.start)

    def show_rejected(self) -> RejectedDialog:
        """Open the list of refused records."""
        dialog = RejectedDialog(self._services, self.window())
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _on_state(self, state: syncworker.SyncState) -> None:
        self._state = state
        self._render()

    def _on_started(self) -> None:
        self._syncing = True
        self._progress_text = ""
        self.bar.setRange(0, 0)
        self.bar.show()
        self._render()

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self._progress_text = f"{self._phase_name(phase)} {done}/{total}"
        self._render()

    def _on_finished(self, ok: bool, text: str) -> None:
        self._syncing = False
        self.bar.hide()
        self._render()

    def _phase_name(self, phase: str) -> str:
        names = {"push": self.tr("sending"), "pull": self.tr("receiving"),
                 "pictures": self.tr("pictures")}
        return names.get(phase, phase)

    def text(self) -> str:
        """The indicator's words, as shown (for tests and tooltips)."""
        return self.label.text()

    def _render(self) -> None:
        state = self._state
        parts: list[str] = []
        if self._syncing:
            parts.append(self.tr("Syncing…") + (f" {self._progress_text}" if
                                                self._progress_text else ""))
        elif state is not None and state.paired and state.reachable is False:
            parts.append(self.tr("Offline"))
        elif state is not None and not state.paired:
            parts.append(self.tr("Not paired"))
        if state is not None:
            if state.pending:
                parts.append(self.tr("%1 waiting").replace("%1", format_number(state.pending)))
            elif not self._syncing:
                parts.append(self.tr("all sent"))
            if state.last_synced_at:
                when = to_ist(state.last_synced_at).strftime("%d-%m %H:%M")
                parts.append(self.tr("last synced %1").replace("%1", when))
            if state.rejected:
                self.rejected_button.setText(
                    self.tr("%1 refused").replace("%1", format_number(state.rejected))
                )
            self.rejected_button.setVisible(bool(state.rejected))
        self.label.setText(" · ".join(parts))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        """Re-render on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
