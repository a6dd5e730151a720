"""Hand the result of work done in the render process back to the GUI thread."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject, Qt, Signal


class FutureRelay(QObject):
    """Calls `callback(future)` on the GUI thread once a render-process future is done.

    The future completes on a reader thread; the relay's signal is queued to the thread the relay
    lives in. Futures still pending when the relay is deleted are dropped quietly."""

    _done = Signal(object, object)  # callback, future

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        self._pending: set[Future] = set()
        self._done.connect(self._call, Qt.QueuedConnection)

    def watch(self, future: Future, callback: Callable[[Future], None]) -> None:
        """Call `callback(future)` on this object's thread when `future` is done."""
        self._pending.add(future)
        future.add_done_callback(lambda done: self._emit(callback, done))

    def cancel_pending(self) -> None:
        """Cancel work not yet started and ignore every result still to come."""
        self._closed = True
        for future in list(self._pending):
            future.cancel()
        self._pending.clear()

    def _emit(self, callback: Callable[[Future], None], future: Future) -> None:
        if self._closed:
            return
        # The relay may have been deleted with its window: then nobody is waiting.
        with contextlib.suppress(RuntimeError):
            self._done.emit(callback, future)

    def _call(self, callback: Callable[[Future], None], future: Future) -> None:
        self._pending.discard(future)
        if not self._closed and not future.cancelled():
            callback(future)
