"""The status of the decks per speaker, for `pechakucha check SESSION`: who has sent what.

Organisers keep this table by hand from e-mails and deadlines: each talk's speaker and
organisation, when the deck arrived (the file's date) and whether it is ready, has problems,
is still pending (no deck given yet) or missing (the file is not where the session says).
A pending or missing deck makes `check` exit 1; the other decks are still checked.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Any

from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.preflight import DeckReport
from pechakucha.core.session.model import Session
from pechakucha.core.session.plan import MISSING, PENDING, deck_state, received_on

STATES = {  # the words of each state, in the "check" context
    "ready": QT_TRANSLATE_NOOP("check", "ready"),
    "problems": QT_TRANSLATE_NOOP("check", "problems"),
    "error": QT_TRANSLATE_NOOP("check", "cannot be loaded"),
    PENDING: QT_TRANSLATE_NOOP("check", "pending: no deck yet"),
    MISSING: QT_TRANSLATE_NOOP("check", "missing: the file is not there"),
}
TEXTS = {
    "heading": QT_TRANSLATE_NOOP("check", "{path}: the decks, speaker by speaker"),
    "received": QT_TRANSLATE_NOOP("check", "received {date}"),
    "nobody": QT_TRANSLATE_NOOP("check", "(no speaker named)"),
}


@dataclass(frozen=True)
class SpeakerStatus:
    """One talk of a session: who gives it, its deck and the deck's state."""

    number: int  # the segment's number, from 1
    speaker: str
    organisation: str
    deck: str | None
    state: str  # ready | problems | error | pending | missing
    received: dt.datetime | None

    def as_dict(self) -> dict[str, Any]:
        """Plain data for `check --json`."""
        received = None if self.received is None else self.received.isoformat(timespec="minutes")
        return {
            "segment": self.number,
            "speaker": self.speaker,
            "organisation": self.organisation,
            "deck": self.deck,
            "status": self.state,
            "received": received,
        }


def speaker_statuses(session: Session, reports: list[DeckReport]) -> list[SpeakerStatus]:
    """Every talk of `session` with its deck's state (`reports`: the decks checked)."""
    by_path = {os.path.abspath(report.path): report for report in reports}
    statuses = []
    for index, segment in enumerate(session.segments):
        if segment.kind != "talk":
            continue
        state = deck_state(segment)
        if state not in (PENDING, MISSING):
            report = by_path.get(os.path.abspath(str(segment.deck)))
            state = "error" if report is None else report.status
        statuses.append(
            SpeakerStatus(
                number=index + 1,
                speaker=segment.speaker or segment.title,
                organisation=segment.organisation,
                deck=None if segment.deck is None else str(segment.deck),
                state=state,
                received=received_on(segment) if state not in (PENDING, MISSING) else None,
            )
        )
    return statuses


def not_arrived(statuses: list[SpeakerStatus]) -> bool:
    """True if any deck is pending or missing (`check` then exits 1 at least)."""
    return any(status.state in (PENDING, MISSING) for status in statuses)


def speaker_lines(path: str, statuses: list[SpeakerStatus]) -> list[str]:
    """The table in words, in the installed language (one line per talk)."""
    from PySide6.QtCore import QCoreApplication

    from pechakucha.qt.app.i18n import time_of_day

    def tr(text: str) -> str:
        return QCoreApplication.translate("check", text)

    lines = [tr(TEXTS["heading"]).format(path=path)]
    for status in statuses:
        who = " — ".join(part for part in (status.speaker, status.organisation) if part)
        parts = [f"  {status.number:>2}  {who or tr(TEXTS['nobody'])}: {tr(STATES[status.state])}"]
        if status.received is not None:
            date = _local_date(status.received) + " " + time_of_day(status.received)
            parts.append(tr(TEXTS["received"]).format(date=date))
        if status.deck is not None:
            parts.append(os.path.basename(status.deck))
        lines.append(" · ".join(parts))
    return lines


def _local_date(moment: dt.datetime) -> str:
    """A date the interface language's short way ("28/11/2026")."""
    from PySide6.QtCore import QDate, QLocale

    date = QDate(moment.year, moment.month, moment.day)
    return QLocale().toString(date, QLocale.ShortFormat)
