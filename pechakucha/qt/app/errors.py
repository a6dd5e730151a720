"""No error is silent: an unexpected exception in any window is said in one sentence and logged.

PySide6 hands an exception raised in a slot or an overridden event handler to `sys.excepthook`
(and would only print it); a Python thread's goes to `threading.excepthook`. `install()` (called
by startup.application for every window) routes both here:

- the traceback goes to a size-limited log in the data folder (`logs/pechakucha.log`, rotated
  at LOG_BYTES, LOG_BACKUPS old files kept) and to stderr when there is one;
- the operator reads one sentence in their language (error_views): in a message box that never
  blocks (`open()`, not `exec()`) over the window in front on the laptop's screen; during a show
  (a console registered with `during_show`, as ScreenPlacer does) a note on the console instead,
  so no dialog ever covers the projector or waits for a click while slides advance;
- the window and what was being edited stay as they were: the exception only ended one action.

Code that expects a failure handles it where it happens (the editor's save says which file was
not saved); `log_exception` gives such code the same log.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.qt.app.error_views import ErrorViews
from pechakucha.qt.app.folders import data_folder
from pechakucha.qt.app.i18n import error_text

LOG_NAME = "pechakucha.log"
LOG_BYTES = 1_000_000  # then pechakucha.log.1 …: a looping error cannot fill the disk
LOG_BACKUPS = 3
DESCRIBE_LIMIT = 160  # characters of an error's own text in the sentence
# The same error again within this many seconds (a paint handler failing on every frame) is
# neither logged nor said again: the first time is there, the show and the disk are spared.
REPEAT_SECONDS = 10.0

UNEXPECTED = QT_TRANSLATE_NOOP(
    "errors",
    "An unexpected error interrupted this action ({error}); your work is still open and the "
    "details are in {log}.",
)
UNEXPECTED_UNLOGGED = QT_TRANSLATE_NOOP(
    "errors",
    "An unexpected error interrupted this action ({error}); your work is still open.",
)
DURING_SHOW = QT_TRANSLATE_NOOP(
    "errors", "Unexpected error ({error}): the show goes on; details in {log}."
)

_LOGGER = logging.getLogger("pechakucha.errors")
_LOGGER.propagate = False  # the details go to our log (and stderr by the hook), not the root's
_state: dict[str, object] = {}  # "handler", "reporter"


# -- the log --------------------------------------------------------------------------------
def log_path() -> Path:
    """Where the error log is written: logs/pechakucha.log in the data folder."""
    return data_folder() / "logs" / LOG_NAME


def log_exception(error: BaseException, where: str = "") -> Path | None:
    """Write `error`'s traceback to the log (and `where` it happened); return the log's path,
    or None if no log can be written there (the folder refuses it)."""
    path = _open_log()
    if path is None:
        return None
    details = (type(error), error, error.__traceback__)
    _LOGGER.error("unexpected error%s", f" in {where}" if where else "", exc_info=details)
    for handler in _LOGGER.handlers:
        handler.flush()
    return path


def _open_log() -> Path | None:
    """Attach the rotating log file for the current data folder (once per folder)."""
    path = log_path()
    current = _state.get("handler")
    if isinstance(current, RotatingFileHandler) and Path(current.baseFilename) == path:
        return path
    if current is not None:
        _LOGGER.removeHandler(current)  # the data folder changed (--data-dir, a test)
        current.close()
        _state.pop("handler")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _LOGGER.addHandler(handler)
    _state["handler"] = handler
    return path


# -- the sentence ---------------------------------------------------------------------------
def describe(error: BaseException) -> str:
    """What went wrong, short: the error's own sentence if it has one in the operator's
    language (DeckError, SessionError, FileInUse), else its kind and first line."""
    if getattr(error, "template", None) is not None:
        text = error_text(error)
    else:
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        text = f"{type(error).__name__}: {first}" if first else type(error).__name__
    text = text.rstrip(". ")
    return text if len(text) <= DESCRIBE_LIMIT else text[: DESCRIBE_LIMIT - 1] + "…"


def unexpected_message(error: BaseException, log: Path | None, during_show: bool = False) -> str:
    """The one sentence the operator reads about an unexpected `error` logged in `log`."""
    translate = QCoreApplication.translate
    if log is None:
        return translate("errors", UNEXPECTED_UNLOGGED).format(error=describe(error))
    template = DURING_SHOW if during_show else UNEXPECTED
    return translate("errors", template).format(error=describe(error), log=log)


# -- the hooks ------------------------------------------------------------------------------
class ErrorReporter(QObject):
    """Receives every unexpected exception (any thread), logs it, and tells the operator on
    the GUI thread (through `arrived`, queued when it comes from another thread)."""

    arrived = Signal(object, object)  # the exception, the log's path (or None)
    reported = Signal(str)  # every sentence said, for listeners and tests

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views = ErrorViews()
        self.clock = time.monotonic  # tests replace it
        self._last_seen: dict[tuple[str, ...], float] = {}
        self._lock = threading.Lock()
        self.arrived.connect(self._tell)

    def excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """sys.excepthook: an exception nothing caught (a slot, an event handler)."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.receive(error, "the application")

    def threading_hook(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook: an exception that ended a Python thread."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a thread"
        self.receive(args.exc_value, f"thread {name}")

    def receive(self, error: BaseException, where: str) -> None:
        """Print and log `error`, then say it on the GUI thread (unless it is a repeat)."""
        if self._repeated(error):
            return
        if sys.stderr is not None:  # a windowed bundle on Windows has no stderr
            with contextlib.suppress(Exception):
                traceback.print_exception(type(error), error, error.__traceback__)
        log = log_exception(error, where)
        self.arrived.emit(error, log)

    def forget(self) -> None:
        """Forget the errors seen (the next of each kind is said and logged again)."""
        with self._lock:
            self._last_seen.clear()

    def _repeated(self, error: BaseException) -> bool:
        """True if the same error (kind, text, place) came less than REPEAT_SECONDS ago."""
        frames = traceback.extract_tb(error.__traceback__)[-1:]
        place = (frames[0].filename, str(frames[0].lineno)) if frames else ("", "")
        key = (type(error).__name__, str(error), *place)
        now = self.clock()
        with self._lock:
            last = self._last_seen.get(key)
            if last is not None and now - last < REPEAT_SECONDS:
                return True
            if len(self._last_seen) > 1000:  # a long session of ever-new errors
                self._last_seen.clear()
            self._last_seen[key] = now
        return False

    def _tell(self, error: BaseException, log: Path | None) -> None:
        try:
            during_show = self.views.show_running()
            message = unexpected_message(error, log, during_show)
            self.views.say(message)
            self.reported.emit(message)
        except Exception:  # saying it failed: never loop back into the hook
            sys.__excepthook__(*sys.exc_info())


def install() -> ErrorReporter:
    """Route unexpected exceptions of every window and thread to the reporter (once; again
    after someone else replaced the hooks). Call with the QApplication made."""
    reporter = _state.get("reporter")
    if not isinstance(reporter, ErrorReporter):
        reporter = ErrorReporter(QCoreApplication.instance())
        _state["reporter"] = reporter
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.threading_hook
    return reporter


def during_show(console: QWidget) -> None:
    """From now on (until `console` is gone), unexpected errors are a note on the show's
    `console` on the laptop screen, never a dialog: the show is running."""
    install().views.set_console(console)
