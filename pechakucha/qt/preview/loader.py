"""Loading a preview in the background: open every deck, then preflight each one, all on the
render worker (PyMuPDF is not thread-safe), with results handed to the GUI thread by signal."""

from __future__ import annotations

from concurrent.futures import Future
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from pechakucha.core.formats import TalkFormat
from pechakucha.core.geometry import DEFAULT_PROJECTOR
from pechakucha.core.preflight import failed_report
from pechakucha.qt.app.i18n import error_text
from pechakucha.qt.pixels.relay import FutureRelay
from pechakucha.qt.pixels.render import SlideRenderer
from pechakucha.qt.preview.contact_sheet import DeckEntry


def preview_entries(path: str, fmt: TalkFormat) -> tuple[str, list[DeckEntry]]:
    """A title and the decks to preview: the deck at `path`, or every talk deck of a session
    file (.toml). Raises SessionError for a session file that cannot be used."""
    if not path.lower().endswith(".toml"):
        return Path(path).name, [DeckEntry("", path, fmt)]
    from pechakucha.core.session.read import load_session

    session = load_session(path).session
    entries = [
        DeckEntry(segment.label, str(segment.deck), session.talk_format(segment))
        for segment in session.segments
        if segment.kind == "talk" and segment.deck is not None
    ]
    return session.title or Path(path).name, entries


class PreviewLoader(QObject):
    """Fills in `entries`: `opened(i)` once deck i is open (or failed to open), `checked(i)`
    once its preflight report is in, `finished()` when every deck is done."""

    opened = Signal(int)
    checked = Signal(int)
    finished = Signal()

    def __init__(
        self,
        renderer: SlideRenderer,
        entries: list[DeckEntry],
        projector: tuple[int, int] = DEFAULT_PROJECTOR,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.renderer, self.entries, self.projector = renderer, entries, projector
        self.relay = FutureRelay(self)
        self._to_open = self._to_check = 0
        self.done = False

    def start(self) -> None:
        """Queue the opening of every deck; preflight follows once all are open."""
        self._to_open = len(self.entries)
        if not self.entries:
            self._finish()
        for index, entry in enumerate(self.entries):
            future = self.renderer.open_async(entry.path)
            self.relay.watch(future, partial(self._on_opened, index))

    def cancel(self) -> None:
        """Drop the work not started yet (the window is closing)."""
        self.relay.cancel_pending()

    def _on_opened(self, index: int, future: Future) -> None:
        entry = self.entries[index]
        error = future.exception()
        if error is None:
            entry.info = future.result()
        else:
            entry.error = error_text(error)
            entry.report = failed_report(entry.path, str(error))
        self.opened.emit(index)
        self._to_open -= 1
        if self._to_open == 0:
            self._check_all()

    def _check_all(self) -> None:
        # Queued after every thumbnail request made on `opened`, so thumbnails come first.
        from pechakucha.decks.inspect import check_path

        waiting = [i for i, entry in enumerate(self.entries) if entry.error is None]
        self._to_check = len(waiting)
        if not waiting:
            self._finish()
        for index in waiting:
            entry = self.entries[index]
            fmt = entry.format
            future = self.renderer.submit(
                check_path, entry.path, fmt.slides, self.projector, fmt.name
            )
            self.relay.watch(future, partial(self._on_checked, index))

    def _on_checked(self, index: int, future: Future) -> None:
        entry = self.entries[index]
        error = future.exception()
        entry.report = future.result() if error is None else failed_report(entry.path, str(error))
        self.checked.emit(index)
        self._to_check -= 1
        if self._to_check == 0:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()
