"""Placing documents on paper: roll paper as long as its content, and cut sheets.

A roll document (``Roll``) is first laid out (every line measured and wrapped, nothing
drawn), so its height is known; then a page exactly that tall is made and the recorded steps
are drawn. Widths come from the paper: 80 mm rolls print 72 mm (576 dots at 203 dpi), 58 mm
rolls 48 mm (384 dots), so the margins are what the printer cannot reach anyway.

Cut-sheet documents (``Sheet``, A5 and A4) are written top-down and flow onto new pages,
numbered "Page n of N" once the count is known (``NumberedCanvas``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos.documents import fonts
from pos.documents.fonts import Align
from pos.documents.qr import draw_qr
from pos.errors import InputError
from pos.files import write_atomic


@dataclass(frozen=True)
class Paper:
    """A roll width and what is printable on it."""

    name: str
    width: float  # points
    printable: float  # points
    dots: int  # printer dots across the printable width
    body: float  # body text size, points

    @property
    def margin(self) -> float:
        """Unprintable strip on each side, points."""
        return (self.width - self.printable) / 2


ROLL80 = Paper("roll80", 80 * mm, 72 * mm, 576, 8.0)
ROLL58 = Paper("roll58", 58 * mm, 48 * mm, 384, 7.0)
PAPERS = {p.name: p for p in (ROLL80, ROLL58)}
MAX_PAGE = 14_400.0  # points: 200 inches, the longest page PDF readers are required to show

Step = Callable[[Canvas, float], None]  # draws given the page height


class Roll:
    """Collects measured lines top-down, then renders one page that fits them."""

    def __init__(self, paper: Paper, *, top: float = 4 * mm, bottom: float = 8 * mm) -> None:
        fonts.register_fonts()
        self.paper = paper
        self.left = paper.margin
        self.right = paper.width - paper.margin
        self.width = paper.printable
        self.y = top  # distance from the top of the page to the next line's top
        self.bottom = bottom
        self._steps: list[Step] = []

    # -- text -------------------------------------------------------------------------

    def text(self, text: str, size: float | None = None, *, bold: bool = False,
             align: Align = "left", indent: float = 0) -> None:
        """Wrapped text across the printable width."""
        size = size or self.paper.body
        for line in fonts.wrap(text, self.width - indent, size, bold=bold):
            self._line(line, size, bold, align, indent)

    def _line(self, line: str, size: float, bold: bool, align: Align, indent: float) -> None:
        leading = size * 1.32
        baseline = self.y + size * 1.02
        x = {"left": self.left + indent, "right": self.right,
             "centre": (self.left + indent + self.right) / 2}[align]
        self._put(x, baseline, line, size, bold, align)
        self.y += leading

    def _put(self, x: float, baseline: float, text: str, size: float, bold: bool,
             align: Align) -> None:
        def step(c: Canvas, h: float) -> None:
            fonts.draw_text(c, x, h - baseline, text, size, bold=bold, align=align)

        self._steps.append(step)

    def pair(self, left: str, right: str, size: float | None = None, *, bold: bool = False,
             indent: float = 0) -> None:
        """Left text (wrapped) with a right-aligned value on its first line."""
        size = size or self.paper.body
        value_width = fonts.text_width(right, size, bold=bold)
        room = self.width - indent - value_width - size * 0.8
        if room < self.width * 0.3:
            # No room beside the label (a long invoice range on 58 mm): the label on its
            # line, then the value right-aligned below it, wrapped if it is wider still.
            if left:
                self.text(left, size, bold=bold, indent=indent)
            for line in fonts.wrap(right, self.width - indent, size, bold=bold):
                self._line(line, size, bold, "right", indent)
            return
        lines = fonts.wrap(left, room, size, bold=bold) if left else [""]
        top = self.y
        for line in lines:
            self._line(line, size, bold, "left", indent)
        baseline = top + size * 1.02
        self._put(self.right, baseline, right, size, bold, "right")

    def columns(self, cells: list[tuple[str, float, Align]], size: float | None = None, *,
                bold: bool = False) -> None:
        """One line of cells; each cell is (text, right or left edge x offset, align)."""
        size = size or self.paper.body
        baseline = self.y + size * 1.02
        for text, offset, align in cells:
            self._put(self.left + offset, baseline, text, size, bold, align)
        self.y += size * 1.32

    # -- furniture --------------------------------------------------------------------

    def gap(self, height: float) -> None:
        """Empty space."""
        self.y += height

    def rule(self, *, dashed: bool = True, weight: float = 0.6) -> None:
        """A horizontal line across the printable width."""
        y = self.y + 2

        def draw(c: Canvas, h: float) -> None:
            c.saveState()
            c.setLineWidth(weight)
            if dashed:
                c.setDash(2, 1.5)
            c.line(self.left, h - y, self.right, h - y)
            c.restoreState()

        self._steps.append(draw)
        self.y += 5

    def qr(self, payload: str, size: float, caption: str | None = None) -> None:
        """A centred QR code, with an optional caption under it."""
        top = self.y
        x = (self.left + self.right - size) / 2
        self._steps.append(lambda c, h: draw_qr(c, x, h - top - size, size, payload))
        self.y += size
        if caption:
            self.text(caption, self.paper.body - 1, align="centre")

    def custom(self, height: float, draw: Callable[[Canvas, float, float], None]) -> None:
        """A block of ``height`` points drawn by ``draw(canvas, x_left, y_bottom)``."""
        top = self.y
        self._steps.append(lambda c, h: draw(c, self.left, h - top - height))
        self.y += height

    # -- output -----------------------------------------------------------------------

    @property
    def height(self) -> float:
        """The page height the content needs."""
        return self.y + self.bottom

    def render(self, out: str | Path | None = None, *, title: str = "") -> bytes:
        """Draw everything on one page; returns the PDF bytes (and writes ``out`` if given)."""
        height = self.height
        if height > MAX_PAGE:
            raise InputError("This document is too long for roll paper (over 5 metres); "
                             "print it as an A5 invoice instead.")
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(self.paper.width, height), pageCompression=1)
        canvas.setTitle(title)
        canvas.setCreator("Mela POS")
        for step in self._steps:
            step(canvas, height)
        canvas.showPage()
        canvas.save()
        data = buffer.getvalue()
        if out is not None:
            write_atomic(Path(out), data)
        return data


class NumberedCanvas(Canvas):
    """A canvas that writes "Page n of N" on every page once N is known (at save)."""

    def __init__(self, *args: object, footer: str = "", **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, object]] = []
        self._footer = footer

    def showPage(self) -> None:
        """Keep the page's state; it is drawn at save time, when the count is known."""
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Number every page, then write the file."""
        count = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            text = f"Page {self._pageNumber} of {count}"
            if self._footer:
                text = f"{self._footer} · {text}"
            fonts.draw_text(self, width / 2, 14, text, 6.5, align="centre")
            super().showPage()
        super().save()


class Sheet:
    """Top-down writing on cut-sheet pages (A5, A4) that flows onto new pages.

    ``header`` is called on every new page to draw the running head and returns the y
    (from the bottom) where content starts.
    """

    def __init__(
        self,
        pagesize: tuple[float, float],
        *,
        margin: float = 10 * mm,
        footer: str = "",
        header: Callable[[Sheet], float] | None = None,
        title: str = "",
    ) -> None:
        fonts.register_fonts()
        self.buffer = io.BytesIO()
        self.canvas = NumberedCanvas(self.buffer, pagesize=pagesize, footer=footer,
                                     pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setCreator("Mela POS")
        self.width, self.height = pagesize
        self.margin = margin
        self.left = margin
        self.right = self.width - margin
        self.bottom = margin + 8  # room for the page footer
        self.header = header
        self.y = self._start()

    def _start(self) -> float:
        top = self.height - self.margin
        if self.header is not None:
            self.y = top
            return self.header(self)
        return top

    def new_page(self) -> None:
        """Finish this page and start the next."""
        self.canvas.showPage()
        self.y = self._start()

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit on this one."""
        if self.y - height < self.bottom:
            self.new_page()

    def text(self, text: str, size: float, *, x: float | None = None,
             width: float | None = None, bold: bool = False, align: Align = "left") -> None:
        """Wrapped text from the cursor downwards."""
        x = self.left if x is None else x
        width = (self.right - x) if width is None else width
        for line in fonts.wrap(text, width, size, bold=bold):
            self.ensure(size * 1.3)
            anchor = {"left": x, "right": x + width, "centre": x + width / 2}[align]
            fonts.draw_text(self.canvas, anchor, self.y - size, line, size, bold=bold,
                            align=align)
            self.y -= size * 1.3

    def rule(self, weight: float = 0.5) -> None:
        """A line across the page."""
        self.canvas.setLineWidth(weight)
        self.canvas.line(self.left, self.y - 2, self.right, self.y - 2)
        self.y -= 5

    def render(self, out: str | Path | None = None) -> bytes:
        """Close the last page and return the PDF (written to ``out`` too if given)."""
        self.canvas.showPage()
        self.canvas.save()
        data = self.buffer.getvalue()
        if out is not None:
            write_atomic(Path(out), data)
        return data


def save_document(out: str | Path, data: bytes) -> Path:
    """Write a rendered document for a user command; a bad path is one clear InputError."""
    path = Path(out).expanduser()
    if not path.parent.is_dir():
        raise InputError(f"The folder {path.parent} does not exist.")
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise InputError(f"Cannot write {path}: {exc.strerror}.") from exc
    return path
