"""Small pacing charts, drawn with QPainter: one run per slide, and the runs over time.

The vertical axis is the tap's offset from the moment the slide ended: below the line the
speaker finished early (dead air), above it they ran out of time by that much (red, up to half a
slide), and at the top a red mark means no tap at all. The band just below the line is "on
pace" (the last 15 % of the slide).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pechakucha.core.rehearsal.history import RehearsalRun
from pechakucha.core.rehearsal.pacing import late_window_for, tolerance_for
from pechakucha.qt.app import i18n

ON_PACE, EARLY, RAN_OUT = QColor("#3fb950"), QColor("#f0a020"), QColor("#f04040")
AXIS, GRID, TEXT, BAND = (
    QColor("#59626c"),
    QColor("#2a2f36"),
    QColor("#9aa4ae"),
    QColor(63, 185, 80, 40),
)
LINE = QColor("#58a6ff")
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 46, 10, 24, 22


class _OffsetAxes(QWidget):
    """Shared frame: slides along x, offset in seconds along y (early down, ran out on top)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seconds_per_slide = 20.0
        self.numbers: list[int] = []
        self.setMinimumSize(320, 150)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    @property
    def tolerance(self) -> float:
        """Half-width of the on-pace band in seconds."""
        return tolerance_for(self.seconds_per_slide)

    def plot_rect(self) -> QRectF:
        """Where the data goes."""
        return QRectF(self.rect()).adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)

    @property
    def late_window(self) -> float:
        """The latest a tap can be counted, in seconds after the change."""
        return late_window_for(self.seconds_per_slide)

    def y_for(self, offset: float | None) -> float:
        """Pixel row of an offset (None: the no-tap row at the top)."""
        area = self.plot_rect()
        top, bottom = 1.6 * self.late_window, -self.seconds_per_slide
        if offset is None:
            return area.top()
        clamped = min(max(offset, bottom), self.late_window)
        return area.top() + (top - clamped) / (top - bottom) * area.height()

    def x_for(self, position: int) -> float:
        """Centre of the `position`-th slide column."""
        area = self.plot_rect()
        step = area.width() / max(1, len(self.numbers))
        return area.left() + step * (position + 0.5)

    def column_width(self) -> float:
        """Width of one slide's column."""
        return self.plot_rect().width() / max(1, len(self.numbers))

    def paint_frame(self, painter: QPainter, title: str) -> None:
        """Background, on-pace band, zero line, y ticks, slide numbers and the title."""
        painter.fillRect(self.rect(), QColor("#1c2026"))
        area = self.plot_rect()
        band = QRectF(area.left(), self.y_for(0.0), area.width(), 0).united(
            QRectF(area.left(), self.y_for(-self.tolerance), area.width(), 0)
        )
        painter.fillRect(band, BAND)
        font = QFont(self.font())
        font.setPixelSize(11)
        painter.setFont(font)
        for seconds in _ticks(self.seconds_per_slide):
            y = self.y_for(-seconds)
            painter.setPen(QPen(AXIS if seconds == 0 else GRID, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(TEXT)
            label = "0" if seconds == 0 else f"−{i18n.number(seconds)}s"
            painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 6, 16), Qt.AlignRight, label)
        painter.setPen(RAN_OUT)
        late = f"+{i18n.number(self.late_window)}s"
        y = self.y_for(self.late_window)
        painter.drawText(QRectF(0, y - 8, MARGIN_LEFT - 6, 16), Qt.AlignRight, late)
        painter.drawText(QRectF(0, area.top() - 8, MARGIN_LEFT - 6, 16), Qt.AlignRight, "✕")
        self._paint_numbers(painter, area)
        painter.setPen(TEXT)
        painter.drawText(QRectF(MARGIN_LEFT, 2, area.width(), MARGIN_TOP - 4), Qt.AlignLeft, title)

    def _paint_numbers(self, painter: QPainter, area: QRectF) -> None:
        every = max(1, round(22 / max(1.0, self.column_width())))
        painter.setPen(TEXT)
        for position, number in enumerate(self.numbers):
            if position % every == 0 or position == len(self.numbers) - 1:
                x = self.x_for(position)
                box = QRectF(x - 14, area.bottom() + 3, 28, MARGIN_BOTTOM - 3)
                painter.drawText(box, Qt.AlignHCenter | Qt.AlignTop, str(number))


class PacingChart(_OffsetAxes):
    """One run: a bar per slide from the line to its offset, coloured by how it went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offsets: tuple[float | None, ...] = ()
        self.title = ""

    def set_run(
        self, offsets: tuple[float | None, ...], first: int, seconds_per_slide: float, title: str
    ) -> None:
        """Show a run whose first slide is deck slide `first`."""
        self.offsets, self.seconds_per_slide, self.title = tuple(offsets), seconds_per_slide, title
        self.numbers = list(range(first, first + len(self.offsets)))
        self.update()

    def colour_for(self, offset: float | None) -> QColor:
        """Red: ran out (late or no tap); amber: early beyond the band; green: on pace."""
        if offset is None or offset > 0:
            return RAN_OUT
        return EARLY if offset < -self.tolerance else ON_PACE

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        self.paint_frame(painter, self.title)
        zero = self.y_for(0.0)
        width = max(2.0, self.column_width() * 0.62)
        for position, offset in enumerate(self.offsets):
            x = self.x_for(position)
            top, bottom = sorted((zero, self.y_for(offset)))
            bar = QRectF(x - width / 2, top, width, max(2.0, bottom - top))
            painter.fillRect(bar, self.colour_for(offset))
        painter.end()


class HistoryChart(_OffsetAxes):
    """Every kept run as a line over the slides: the latest bright, older ones fading."""

    MAX_RUNS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[RehearsalRun] = []
        self.title = ""

    def set_runs(self, runs: list[RehearsalRun], title: str) -> None:
        """Show the last few `runs` (oldest first)."""
        self.runs = runs[-self.MAX_RUNS :]
        self.title = title
        if self.runs:
            self.seconds_per_slide = self.runs[-1].seconds_per_slide
            first = min(run.first for run in self.runs)
            self.numbers = list(range(first, max(run.last for run in self.runs) + 1))
        else:
            self.numbers = []
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        self.paint_frame(painter, self.title)
        count = len(self.runs)
        for age, run in enumerate(reversed(self.runs)):
            colour = QColor(LINE)
            colour.setAlphaF(1.0 if age == 0 else max(0.15, 0.55 - 0.08 * age))
            self._paint_run(painter, run, colour, 3.0 if age == 0 else 1.5)
        if count == 0:
            painter.setPen(TEXT)
            painter.drawText(self.plot_rect(), Qt.AlignCenter, self.tr("No runs kept yet"))
        painter.end()

    def _paint_run(
        self, painter: QPainter, run: RehearsalRun, colour: QColor, width: float
    ) -> None:
        path, points = QPainterPath(), []
        for number, offset in run.by_slide().items():
            if number not in self.numbers:
                continue
            point = QPointF(self.x_for(self.numbers.index(number)), self.y_for(offset))
            path.lineTo(point) if points else path.moveTo(point)
            points.append((point, offset))
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(path)
        for point, offset in points:
            if offset is None:
                painter.setPen(Qt.NoPen)
                painter.setBrush(RAN_OUT if width > 2 else QColor(240, 64, 64, colour.alpha()))
                painter.drawEllipse(point, width + 1, width + 1)


def _ticks(seconds_per_slide: float) -> list[float]:
    """Tick values (seconds early) at round steps: 0, 5, 10, 15, 20 for a 20 s slide."""
    for step in (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60):
        if seconds_per_slide / step <= 4.5:
            break
    ticks, value = [], 0.0
    while value <= seconds_per_slide + 1e-9:
        ticks.append(round(value, 3))
        value += step
    return ticks
