"""The business day: open it with a cash float, close it by counting the drawer.

Closing follows the order a stall manager works in: count the notes by denomination and the
coins, see expected against counted and the variance, preview the Z report, approve with a
manager PIN, then the day is closed, the Z report can be printed and an end-of-day sync
starts. Rendering and closing run in workers; the counting grid is instant.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos import days
from pos.errors import MelaError
from pos.ids import to_ist
from ui import forms, pdfimage, printjobs, safekeeping, syncworker
from ui.forms import MessageLine, RupeeEdit, inr


class CashCount(QGroupBox):
    """The denomination grid: how many of each note, and the coins as an amount."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashCount")
        grid = QGridLayout(self)
        self.spins: dict[int, QSpinBox] = {}
        self._line_labels: dict[int, QLabel] = {}
        notes = [d for d in days.DENOMINATIONS if d >= 1000]
        for row, paise in enumerate(notes):
            name = QLabel(inr(paise).replace(".00", ""), self)
            name.setStyleSheet("font-weight: bold;")
            spin = QSpinBox(self)
            spin.setObjectName(f"count{paise // 100}")
            spin.setRange(0, 9999)
            spin.setMinimumHeight(34)
            spin.setMinimumWidth(90)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            line = QLabel(inr(0), self)
            line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            line.setMinimumWidth(120)
            grid.addWidget(name, row, 0)
            grid.addWidget(QLabel("×", self), row, 1)
            grid.addWidget(spin, row, 2)
            grid.addWidget(line, row, 3)
            self.spins[paise] = spin
            self._line_labels[paise] = line
            spin.valueChanged.connect(self._update)
        self.coins_label = QLabel(self)
        self.coins = RupeeEdit(self)
        self.coins.setObjectName("coinsInput")
        self.coins.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.coins.textChanged.connect(self._update)
        coins_row = len(notes)
        grid.addWidget(self.coins_label, coins_row, 0, 1, 2)
        grid.addWidget(self.coins, coins_row, 2, 1, 2)
        self.total_caption = QLabel(self)
        self.total_label = QLabel(inr(0), self)
        self.total_label.setObjectName("countedTotal")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        grid.addWidget(self.total_caption, coins_row + 1, 0, 1, 2)
        grid.addWidget(self.total_label, coins_row + 1, 2, 1, 2)
        grid.setRowStretch(coins_row + 2, 1)  # keep the rows together at the top
        self.coins_error = False
        self.retranslate()

    def counted(self) -> dict[str, int]:
        """The count in the form ``pos.days`` stores: note counts by paise, coins in paise.

        Raises:
            InputError: the coins amount is not an amount.
        """
        counted: dict[str, int] = {str(p): s.value() for p, s in self.spins.items()}
        counted["coins"] = self.coins.paise()
        return counted

    def total(self) -> int | None:
        """The counted cash in paise, or None while the coins amount is not readable."""
        try:
            return days.count_cash(self.counted())
        except MelaError:
            return None

    def clear(self) -> None:
        """Start a new count."""
        for spin in self.spins.values():
            spin.setValue(0)
        self.coins.clear()

    def _update(self) -> None:
        for paise, spin in self.spins.items():
            self._line_labels[paise].setText(inr(paise * spin.value()))
        total = self.total()
        self.coins_error = total is None
        self.coins.setStyleSheet(
            "" if total is not None else f"border: 2px solid {forms.BAD_COLOUR};"
        )
        self.total_label.setText(inr(total) if total is not None else "—")

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Count the cash drawer"))
        self.coins_label.setText(self.tr("Coins (amount in ₹)"))
        self.total_caption.setText(self.tr("Counted"))


class Screen(QWidget):
    """Open the day, or count, check and close it."""

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayScreen")
        self._services = services
        self.approval: QWidget | None = None  # the open manager PIN dialog, if any
        self._day: Any = None
        self._expected: int | None = None
        self._z_pdf: bytes | None = None
        self._z_date = ""  # the business date of the report in the preview
        self.closed_day_id: str | None = None

        self.state_label = QLabel(self)
        self.state_label.setObjectName("dayState")
        self.state_label.setStyleSheet("font-size: 14pt; font-weight: bold;")

        # Opening ------------------------------------------------------------------------
        self.open_box = QGroupBox(self)
        self.float_input = RupeeEdit(self.open_box)
        self.float_input.setObjectName("floatInput")
        self.open_button = QPushButton(self.open_box)
        self.open_button.setObjectName("openDayButton")
        self.open_button.setMinimumHeight(44)
        self.float_caption = QLabel(self.open_box)
        open_row = QHBoxLayout(self.open_box)
        open_row.addWidget(self.float_caption)
        open_row.addWidget(self.float_input)
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)

        # Closing ------------------------------------------------------------------------
        self.count = CashCount(self)
        self.summary_box = QGroupBox(self)
        summary = QFormLayout(self.summary_box)
        self.float_value = QLabel(self.summary_box)
        self.expected_value = QLabel(self.summary_box)
        self.expected_value.setObjectName("expectedCash")
        self.counted_value = QLabel(self.summary_box)
        self.counted_value.setObjectName("countedCash")
        self.variance_value = QLabel(self.summary_box)
        self.variance_value.setObjectName("variance")
        self._summary_captions = [QLabel(self.summary_box) for _ in range(4)]
        for caption, value in zip(
            self._summary_captions,
            (self.float_value, self.expected_value, self.counted_value, self.variance_value),
            strict=True,
        ):
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setStyleSheet("font-size: 13pt;")
            summary.addRow(caption, value)
        self.preview_button = QPushButton(self.summary_box)
        self.preview_button.setObjectName("zPreviewButton")
        self.close_button = QPushButton(self.summary_box)
        self.close_button.setObjectName("closeDayButton")
        self.close_button.setMinimumHeight(48)
        self.close_button.setStyleSheet("font-weight: bold;")
        self.print_button = QPushButton(self.summary_box)
        self.print_button.setObjectName("zPrintButton")
        self.sync_note = QLabel(self.summary_box)
        self.sync_note.setObjectName("endOfDaySync")
        self.sync_note.setWordWrap(True)
        self.message = MessageLine(self.summary_box)
        self.message.setObjectName("dayMessage")
        for widget in (self.preview_button, self.close_button, self.print_button):
            widget.setMinimumHeight(max(widget.minimumHeight(), 40))
            summary.addRow(widget)
        summary.addRow(self.message)
        summary.addRow(self.sync_note)

        self.preview_box = QGroupBox(self)
        self.preview = QLabel(self.preview_box)
        self.preview.setObjectName("zPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self.preview_box)
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(scroll)

        columns = QHBoxLayout()
        columns.addWidget(self.count, 3)
        columns.addWidget(self.summary_box, 3)
        columns.addWidget(self.preview_box, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.open_box)
        layout.addLayout(columns, 1)

        self.open_button.clicked.connect(self.open_day)
        for spin in self.count.spins.values():
            spin.valueChanged.connect(self._update_summary)
        self.count.coins.textChanged.connect(self._update_summary)
        self.preview_button.clicked.connect(self.preview_z)
        self.close_button.clicked.connect(self.ask_close)
        self.print_button.clicked.connect(self.print_z)
        services.changed.connect(self._on_changed)
        forms.shortcut(self, "Ctrl+P", self.print_z, self.print_button)
        forms.shortcut(self, "F5", self.preview_z, self.preview_button)
        self.retranslate()
        self.refresh()

    # -- state -------------------------------------------------------------------------
    def title(self) -> str:
        """The toolbar and window title of this screen."""
        return self.tr("Day")

    def activated(self) -> None:
        """The screen came to the front: show fresh figures."""
        self.refresh()

    def refresh(self) -> None:
        """Re-read the open day and its expected cash (short reads)."""
        self._day = days.current_day(self._services.db)
        self._expected = (
            days.expected_cash(self._services.db, self._day.id) if self._day else None
        )
        has_day = self._day is not None
        self.open_box.setVisible(not has_day)
        for widget in (self.count, self.close_button, self.preview_button):
            widget.setEnabled(has_day)
        self.print_button.setEnabled(self._z_pdf is not None)
        self._update_state()
        self._update_summary()

    def _on_changed(self, what: str) -> None:
        # A hidden screen catches up in activated(); re-reading on every sale would be waste.
        if what in ("sale", "day", "refund", "void", "preorder") and self.isVisible():
            self.refresh()

    def _update_state(self) -> None:
        if self._day is None:
            if self.closed_day_id:
                self.state_label.setText(self.tr("The day is closed. Open a new day to sell."))
            else:
                self.state_label.setText(self.tr("No day is open. Count the float to open one."))
            return
        opened = to_ist(self._day.opened_at).strftime("%d-%m-%Y %H:%M")
        business_date = date.fromisoformat(self._day.business_date).strftime("%d-%m-%Y")
        self.state_label.setText(
            self.tr("Day %1 open since %2").replace("%1", business_date).replace("%2", opened)
        )

    def _update_summary(self) -> None:
        if self._day is None:
            for value in (self.float_value, self.expected_value, self.counted_value,
                          self.variance_value):
                value.setText("—")
            return
        self.float_value.setText(inr(self._day.opening_float_paise))
        self.expected_value.setText(inr(self._expected or 0))
        counted = self.count.total()
        if counted is None:
            self.counted_value.setText("—")
            self.variance_value.setText("—")
            return
        self.counted_value.setText(inr(counted))
        variance = counted - (self._expected or 0)
        sign = "+" if variance > 0 else ""
        self.variance_value.setText(sign + inr(variance))
        colour = forms.OK_COLOUR if variance == 0 else forms.BAD_COLOUR
        self.variance_value.setStyleSheet(f"font-size: 13pt; font-weight: bold; color: {colour};")

    # -- actions -----------------------------------------------------------------------
    def open_day(self) -> None:
        """Open today's business day with the float that was counted into the drawer."""
        staff = self._services.staff
        try:
            float_paise = self.float_input.paise(allow_empty=False)
            days.open_day(
                self._services.db, staff_id=staff.id if staff else "", float_paise=float_paise
            )
        except MelaError as exc:
            self.message.error(str(exc))
            return
        self.float_input.clear()
        self.closed_day_id = None
        self._z_pdf = None
        self.preview.clear()
        self.message.ok(self.tr("Day opened."))
        self._services.notify_changed("day")
        self.refresh()

    def preview_z(self) -> None:
        """Render the Z report of the open day (figures so far) in a worker and show it."""
        if self._day is not None:
            self._render_z(self._day.business_date)

    def _render_z(self, business_date: str) -> None:
        self.message.ok(self.tr("Preparing the Z report…"))

        self._z_date = business_date

        def render(db: Any) -> tuple[bytes, list[bytes]]:
            pdf = printjobs.z_report_pdf(db, business_date)
            return pdf, pdfimage.pdf_pages_png(pdf, width_px=520, max_pages=3)

        self._services.run(self, render, self._show_z, self._failed, lane="io")

    def _show_z(self, result: tuple[bytes, list[bytes]]) -> None:
        self._z_pdf, pages = result
        pixmap = QPixmap()
        if pages:
            pixmap.loadFromData(pages[0], "PNG")
        self.preview.setPixmap(pixmap)
        self.print_button.setEnabled(True)
        self.message.clear_message()

    def ask_close(self) -> None:
        """Check the count, then ask a manager's PIN before closing the day."""
        if self._day is None:
            return
        try:
            counted = self.count.counted()
        except MelaError as exc:
            self.message.error(str(exc))
            return
        day_id, business_date = self._day.id, self._day.business_date
        self.approval = forms.ask_manager(
            self, self._services, "day_close",
            self.tr("Close the day with %1 counted.").replace("%1", inr(days.count_cash(counted))),
            lambda manager_id: self._close(day_id, business_date, counted, manager_id),
        )

    def _close(self, day_id: str, business_date: str, counted: dict[str, int],
               manager_id: str) -> None:
        staff = self._services.staff
        staff_id = staff.id if staff else ""
        self.close_button.setEnabled(False)
        self._z_date = business_date
        self.message.ok(self.tr("Closing the day…"))

        def close(db: Any) -> tuple[Any, bytes, list[bytes]]:
            closed = days.close_day(
                db, day_id, counted=counted, staff_id=staff_id, approved_by=manager_id
            )
            pdf = printjobs.z_report_pdf(db, business_date)
            return closed, pdf, pdfimage.pdf_pages_png(pdf, width_px=520, max_pages=3)

        self._services.run(self, close, self._closed, self._failed)

    def _closed(self, result: tuple[Any, bytes, list[bytes]]) -> None:
        _closed, pdf, pages = result
        self.closed_day_id = self._day.id if self._day else None
        self._show_z((pdf, pages))
        self.count.clear()
        self.message.ok(self.tr("Day closed. Print the Z report for the file."))
        self._services.notify_changed("day")
        self.refresh()
        self._end_of_day_sync()

    def _end_of_day_sync(self) -> None:
        sync = syncworker.for_services(self._services)
        if not syncworker.read_state(self._services.db).paired:
            self.sync_note.setText(
                self.tr("End-of-day sync: this stall is not paired with a hub yet "
                        "(Settings → Hub pairing). The records stay safe on this laptop.")
                + self._backup_reminder()
            )
            return
        self.sync_note.setText(self.tr("End-of-day sync started…"))
        sync.finished.connect(self._sync_done)
        sync.sync_now()

    def _sync_done(self, ok: bool, text: str) -> None:
        syncworker.for_services(self._services).finished.disconnect(self._sync_done)
        if ok:
            self.sync_note.setText(self.tr("End-of-day sync done: %1").replace("%1", text))
        else:
            self.sync_note.setText(
                self.tr("End-of-day sync did not finish (%1); it will retry by itself.")
                .replace("%1", text) + self._backup_reminder()
            )

    def _backup_reminder(self) -> str:
        """The USB-stick reminder when the hub has nothing from today (else empty)."""
        reminder = safekeeping.backup_reminder(self._services.db)
        return f"\n\n{reminder}" if reminder else ""

    def print_z(self) -> None:
        """Send the Z report to the configured printer, in a worker."""
        if self._z_pdf is None:
            return
        pdf = self._z_pdf
        name = f"Z-report-{self._z_date}"
        self.message.ok(self.tr("Printing the Z report…"))

        def send(db: Any) -> str:
            return printjobs.send_report(db, pdf, name=name)

        self._services.run(
            self, send, lambda done: self.message.ok(self.tr("Z report: %1.").replace("%1", done)),
            self._failed, lane="io",
        )

    def _failed(self, exc: BaseException) -> None:
        self.close_button.setEnabled(self._day is not None)
        if isinstance(exc, MelaError):
            self.message.error(str(exc))
        else:
            self.message.error(self.tr("Something went wrong (%1); see the log.")
                               .replace("%1", type(exc).__name__))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.open_box.setTitle(self.tr("Open the day"))
        self.float_caption.setText(self.tr("Opening float (₹)"))
        self.open_button.setText(self.tr("Open day"))
        self.summary_box.setTitle(self.tr("Expected and counted"))
        for caption, text in zip(
            self._summary_captions,
            (self.tr("Opening float"), self.tr("Expected cash"), self.tr("Counted cash"),
             self.tr("Variance")),
            strict=True,
        ):
            caption.setText(text)
        self.preview_button.setText(self.tr("Preview Z report"))
        self.close_button.setText(self.tr("Close the day (manager PIN)"))
        self.print_button.setText(self.tr("Print Z report"))
        self.preview_box.setTitle(self.tr("Z report"))
        self.count.retranslate()
        self._update_state()
