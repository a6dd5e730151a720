"""The preview window: a contact sheet of a deck or of every talk deck of a session, to check
them at the desk before the audience arrives.

Thumbnails and preflight run on the render worker, so the window shows the first thumbnails at
once and never freezes. Click or Enter shows a slide large, arrows move, F shows it full screen
on the chosen screen (Esc returns), and the sheet exports as a PNG, or as a PDF of landscape A4
or Letter pages to print.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pechakucha.core.geometry import DEFAULT_PROJECTOR
from pechakucha.core.preflight import READY
from pechakucha.qt.app.screens import keep_geometry, pick_projector, place_full_screen
from pechakucha.qt.app.settings import PROJECTOR, remembered
from pechakucha.qt.app.theme import apply_dark_style
from pechakucha.qt.pixels.cache import PixmapCache
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.preview.contact_sheet import ContactSheet, DeckEntry
from pechakucha.qt.preview.loader import PreviewLoader
from pechakucha.qt.preview.sheet_export import SheetLayout, export_widget
from pechakucha.qt.preview.views import FullScreenSlide, LargeView

SHEET, LARGE = 0, 1


class PreviewWindow(QWidget):
    """Contact sheet + large view + full-screen look of the decks in `entries`.

    Pass a `renderer` (and its `cache`) to share the app's render worker — before the session,
    never during a talk, since preflight keeps the worker busy for a few seconds per deck.
    Otherwise the window makes its own and closes it with itself."""

    loaded = Signal()  # every deck opened and checked

    def __init__(
        self,
        entries: list[DeckEntry],
        title: str = "",
        renderer: SlideRenderer | None = None,
        projector: tuple[int, int] = DEFAULT_PROJECTOR,
        screen: int | None = None,
        cache: PixmapCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pecha Kucha — preview: {title}").format(title=title))
        self._title = title
        self._own_renderer = renderer is None
        self.renderer = renderer or SlideRenderer()
        self.cache = cache or PixmapCache(self.renderer)
        self.entries = entries
        lone_deck = len(entries) == 1 and not entries[0].label  # its header names it
        self.sheet = ContactSheet(self.cache, entries, "" if lone_deck else title)
        self.large = LargeView(self.cache)
        self.full_screen = FullScreenSlide(self.cache)
        self.loader = PreviewLoader(self.renderer, entries, projector, self)
        self._wanted_screen = screen
        self._build()
        self._connect()
        self.resize(1180, 820)
        keep_geometry(self, "preview")

    # -- public -------------------------------------------------------------------------------
    def start(self) -> None:
        """Begin loading thumbnails and checking decks (call once the window is shown)."""
        self.loader.start()
        self._show_status()

    def current(self) -> tuple[int, int] | None:
        """(deck entry, slide index) of the current slide."""
        return self.sheet.current

    def open_large(self, entry_index: int, slide: int) -> None:
        """Show slide `slide` of deck `entry_index` large."""
        self.sheet.set_current(entry_index, slide)
        self.pages.setCurrentIndex(LARGE)
        self.large.setFocus()
        self._show_large()

    def back_to_sheet(self) -> None:
        """Leave the large view (and full screen) for the contact sheet."""
        self.full_screen.hide()
        self.pages.setCurrentIndex(SHEET)
        self.sheet.setFocus()

    def show_full_screen(self) -> None:
        """Show the current slide full screen on the screen chosen in the combo box."""
        if self.sheet.current is None:
            return
        screens = QGuiApplication.screens()
        number = self.screen_combo.currentIndex()
        screen = screens[number] if 0 <= number < len(screens) else screens[0]
        self._show_large()
        place_full_screen(self.full_screen, screen)
        self.full_screen.raise_()
        self.full_screen.activateWindow()
        self.full_screen.setFocus()

    def export(self, path: str | Path, paper: str = "a4") -> None:
        """Write the contact sheet to `path`: one .png image, or a .pdf of landscape pages
        (`paper` "a4" or "letter") to print. Raises OSError."""
        self.cache.fill_now(self.sheet.all_keys())
        self.sheet.set_selection_visible(False)
        try:
            height = self.sheet.content_height()
            export_widget(self.sheet.content, height, path, self.sheet_layout(), paper)
        finally:
            self.sheet.set_selection_visible(True)

    def sheet_layout(self) -> SheetLayout:
        """Where the printed sheet may turn a page (before a deck, between rows of
        thumbnails; a deck's heading stays with its first row), and each deck's name."""
        content = self.sheet.content

        def top(widget: QWidget) -> int:
            return widget.mapTo(content, QPoint(0, 0)).y()

        headers = [top(header) for header in self.sheet.headers]
        rows = {top(thumb) for row in self.sheet.thumbs for thumb in row}
        firsts = {top(row[0]) for row in self.sheet.thumbs if row}
        names = [entry.label or entry.name for entry in self.entries]
        return SheetLayout(
            self._title or self.entries[0].name,
            tuple(sorted({*headers, *(rows - firsts)})),
            tuple(zip(headers, names, strict=True)),
        )

    def ask_export(self) -> None:
        """Ask where to export, then export (the Export… button, Ctrl+E): a PNG image, or a
        PDF of landscape A4 or Letter pages."""
        if not self.loader.done:
            return
        papers = {
            self.tr("PDF, A4 landscape pages (*.pdf)"): "a4",
            self.tr("PDF, Letter landscape pages (*.pdf)"): "letter",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the contact sheet"),
            str(Path.home() / "contact-sheet.pdf"),
            ";;".join([*papers, self.tr("PNG image (*.png)")]),
        )
        if not path:
            return
        try:
            self.export(path, papers.get(chosen, "a4"))
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Cannot export"),
                self.tr("{path}: cannot write the file ({reason}).").format(
                    path=path, reason=error.strerror or error
                ),
            )

    # -- events -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._handle_key(event)

    def closeEvent(self, event) -> None:
        self.full_screen.close()
        self.loader.cancel()
        if self._own_renderer:
            self.renderer.close()
        super().closeEvent(event)

    def _handle_key(self, event: QKeyEvent) -> None:
        key, large = event.key(), self.pages.currentIndex() == LARGE or self.full_screen.isVisible()
        moves = {Qt.Key_Right: 1, Qt.Key_Down: 1, Qt.Key_PageDown: 1, Qt.Key_Space: 1}
        moves |= {Qt.Key_Left: -1, Qt.Key_Up: -1, Qt.Key_PageUp: -1, Qt.Key_Backspace: -1}
        if key == Qt.Key_F:
            self._toggle_full_screen()
        elif key == Qt.Key_Escape and self.full_screen.isVisible():
            self.full_screen.hide()
            self.activateWindow()
        elif key in (Qt.Key_Escape, Qt.Key_Return, Qt.Key_Enter) and large:
            self.back_to_sheet()
        elif key in moves and large:
            self.sheet.move(moves[key])
            self._show_large()
        elif key in (Qt.Key_Return, Qt.Key_Enter) and self.sheet.current is not None:
            self.open_large(*self.sheet.current)

    def _toggle_full_screen(self) -> None:
        if self.full_screen.isVisible():
            self.full_screen.hide()
            self.activateWindow()
        else:
            self.show_full_screen()

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        self.status_label = QLabel(objectName="dim")
        self.screen_combo = QComboBox()
        self.full_button = QPushButton(self.tr("Full screen (F)"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setEnabled(False)
        self.export_button.setToolTip(self.tr("Save the contact sheet as a PNG or a PDF"))
        self._fill_screens()
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.status_label, 1)
        toolbar.addWidget(QLabel(self.tr("Screen:")))
        toolbar.addWidget(self.screen_combo)
        toolbar.addWidget(self.full_button)
        toolbar.addWidget(self.export_button)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.sheet)
        self.pages.addWidget(self.large)
        hints = QLabel(
            self.tr(
                "Arrows: move · Enter or click: see large · F: full screen · "
                "Esc: back · Ctrl+E: export"
            ),
            objectName="dim",
        )
        body = QWidget()  # the dark style on the content: dialogs keep their own look
        apply_dark_style(body, "preview")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        root = QVBoxLayout(body)
        root.addLayout(toolbar)
        root.addWidget(self.pages, 1)
        root.addWidget(hints)

    def _connect(self) -> None:
        self.loader.opened.connect(self._on_opened)
        self.loader.checked.connect(self._on_checked)
        self.loader.finished.connect(self._on_finished)
        self.sheet.activated.connect(self.open_large)
        self.full_button.clicked.connect(self.show_full_screen)
        self.export_button.clicked.connect(self.ask_export)
        self.full_screen.key_pressed.connect(self._handle_key)
        QShortcut(QKeySequence("Ctrl+E"), self, self.ask_export)
        QShortcut(QKeySequence.Close, self, self.close)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._fill_screens)
        app.screenRemoved.connect(self._fill_screens)

    def _fill_screens(self, *_args) -> None:
        screens = QGuiApplication.screens()
        primary, wanted = QGuiApplication.primaryScreen(), self._wanted_screen
        chosen = pick_projector(screens, primary, wanted, remembered(PROJECTOR))
        self.screen_combo.clear()
        for number, screen in enumerate(screens, 1):
            size = screen.geometry().size()
            name = screen.name() or self.tr("screen")
            label = f"{number}: {name} ({size.width()}×{size.height()})"
            self.screen_combo.addItem(label)
        self.screen_combo.setCurrentIndex(screens.index(chosen))

    # -- loading ------------------------------------------------------------------------------
    def _on_opened(self, index: int) -> None:
        if self.entries[index].info is not None:
            self.cache.prefetch(self.sheet.add_slides(index))
        else:
            self.sheet.refresh(index)
        self._show_status()

    def _on_checked(self, index: int) -> None:
        self.sheet.refresh(index)
        if self.pages.currentIndex() == LARGE:
            self._show_large()
        self._show_status()

    def _on_finished(self) -> None:
        self.export_button.setEnabled(True)
        self._show_status()
        self.loaded.emit()

    def _show_status(self) -> None:
        checked = sum(1 for e in self.entries if e.report is not None)
        total, slides = len(self.entries), self.sheet.thumbnail_count()
        count = self.tr("%n slides", "", slides)
        if checked < total:
            text = self.tr("Checking decks: {done} of {total} done · {slides}").format(
                done=checked, total=total, slides=count
            )
        elif total == 1:
            ready = self.entries[0].status == READY
            text = self.tr("{slides}: ready").format(slides=count) if ready else count
        else:
            ready = sum(1 for e in self.entries if e.status == READY)
            text = self.tr("%n decks, {slides}: {ready} ready", "", total).format(
                slides=count, ready=ready
            )
        self.status_label.setText(text)

    def _show_large(self) -> None:
        if self.sheet.current is None:
            return
        entry_index, slide = self.sheet.current
        entry = self.entries[entry_index]
        name = f"{entry.label} — {entry.name}" if entry.label else entry.name
        caption = self.tr("{name} · slide {number} of {count}").format(
            name=name, number=slide + 1, count=len(entry.info)
        )
        marks = self.sheet.thumbs[entry_index][slide].marks
        self.large.show_slide(entry.path, slide, caption, marks)
        self.full_screen.slide_view.set_slide(entry.path, slide)
