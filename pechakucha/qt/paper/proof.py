"""A speaker's proof: their slides as the projector will show them, each finding next to its
slide with how to fix it, their place in the running order and the format's rules, on A4 or
Letter pages, light on ink (`pechakucha proof SESSION -o DIR` writes one per speaker).

Slides are drawn by the decks' own `render` — the function the show's render process calls —
at the projector's aspect, so bands, cropping and transparency over white are what the room
will see; only the black bands are printed as a light hatch (ink), labelled as bands.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPen

from pechakucha.core.durations import format_duration
from pechakucha.core.geometry import fit_rect
from pechakucha.core.i18n import QT_TRANSLATE_NOOP, english_plural
from pechakucha.core.preflight import ERROR, WARNING, DeckReport, Finding
from pechakucha.core.preflight_messages import FIXES
from pechakucha.core.session.model import Session
from pechakucha.core.session.plan import plan_rows
from pechakucha.qt.app.i18n import finding_text, localised, time_of_day
from pechakucha.qt.paper.page import GREY, RULE, Sheet, write_pdf

TEXTS = {
    "title": QT_TRANSLATE_NOOP("Proof", "Proof of the slides of {name}"),
    "place": QT_TRANSLATE_NOOP("Proof", "Talk {number} of {talks} in “{session}”."),
    "starts": QT_TRANSLATE_NOOP("Proof", "Planned start of your talk: {time}."),
    "between": QT_TRANSLATE_NOOP("Proof", "Before you: {before}. After you: {after}."),
    "rules": QT_TRANSLATE_NOOP(
        "Proof",
        "The rules: exactly {slides} slides, each shown {seconds} seconds and changing by "
        "itself ({total} in all). The projector is {width}×{height} pixels ({aspect}): a "
        "slide of another shape gets black bands (hatched here, to save ink). Transparent "
        "parts show as white.",
    ),
    "ready": QT_TRANSLATE_NOOP("Proof", "Your deck is ready: nothing to fix."),
    "to_fix": QT_TRANSLATE_NOOP("Proof", "%n thing(s) to fix before the day, marked below."),
    "deck": QT_TRANSLATE_NOOP("Proof", "The whole deck"),
    "slide": QT_TRANSLATE_NOOP("Proof", "Slide {number}"),
    "fine": QT_TRANSLATE_NOOP("Proof", "as the audience will see it"),
    "all": QT_TRANSLATE_NOOP("Proof", "All your slides, as the audience will see them"),
    "fix": QT_TRANSLATE_NOOP("Proof", "To do: {fix}"),
    "nobody": QT_TRANSLATE_NOOP("Proof", "the start"),
    "end": QT_TRANSLATE_NOOP("Proof", "the end"),
}
THUMB_WIDTH = 180.0  # points
TEXT_X = THUMB_WIDTH + 14.0
HATCH = QColor("#c8c8c8")


@dataclass(frozen=True)
class SpeakerProof:
    """What one proof shows: the talk (segment `index` of `session`), its deck's report and
    its slides (QImages at the projector's aspect, black bands included) by number."""

    session: Session
    index: int
    report: DeckReport
    slides: dict[int, QImage]
    projector: tuple[int, int]
    slide_size: tuple[float, float]  # the first slide's natural size, for the bands


def tr(text: str) -> str:
    """`text` in the interface language ("Proof" context)."""
    return QCoreApplication.translate("Proof", text)


def write_proof(proof: SpeakerProof, path: str | Path, paper: str = "a4") -> int:
    """Write `proof` as a PDF at `path` atomically; return its page count."""
    segment = proof.session.segments[proof.index]
    return write_pdf(path, lambda sheet: draw_proof(sheet, proof), paper, segment.label)


def draw_proof(sheet: Sheet, proof: SpeakerProof) -> None:
    """Heading, place in the running order, rules, the deck's own findings, then the slides."""
    segment = proof.session.segments[proof.index]
    name = " — ".join(p for p in (segment.speaker, segment.organisation) if p) or segment.label
    sheet.text(tr(TEXTS["title"]).format(name=name), 15, bold=True)
    for line in _place_lines(proof.session, proof.index):
        sheet.text(line, 9.5, colour=GREY)
    sheet.space(4)
    sheet.text(_rules(proof), 9.5)
    sheet.space(6)
    count = sum(f.severity in (ERROR, WARNING) for f in proof.report.findings)
    verdict = tr(TEXTS["ready"]) if count == 0 else _plural(TEXTS["to_fix"], count)
    sheet.text(verdict, 11, bold=True)
    deck_findings = [f for f in proof.report.findings if not f.slide]
    if deck_findings:
        sheet.rule(3)
        sheet.text(tr(TEXTS["deck"]), 10, bold=True)
        _findings(sheet, deck_findings, left=0.0)
    sheet.rule(4)
    flagged = {f.slide for f in proof.report.findings if f.slide}
    for number in sorted(flagged & proof.slides.keys()):
        _slide_row(sheet, proof, number)
    sheet.space(6)
    sheet.text(tr(TEXTS["all"]), 11, bold=True)
    sheet.space(4)
    _grid(sheet, proof)


def _grid(sheet: Sheet, proof: SpeakerProof) -> None:
    """Every slide, small, four to a row, as the audience will see them."""
    columns, gap = 4, 8.0
    width = (sheet.width - gap * (columns - 1)) / columns
    height = width * proof.projector[1] / proof.projector[0]
    numbers = sorted(proof.slides)
    for start in range(0, len(numbers), columns):
        sheet.ensure(height + 14)
        top = sheet.y
        for column, number in enumerate(numbers[start : start + columns]):
            left = column * (width + gap)
            _thumbnail(sheet, proof.slides[number], QRectF(left, top, width, height), proof)
            sheet.y = top + height + 1
            label = tr(TEXTS["slide"]).format(number=number)
            sheet.text(label, 7.5, colour=GREY, left=left, width=width, advance=False)
        sheet.y = top + height + 14


def _place_lines(session: Session, index: int) -> list[str]:
    """Where the talk is in the running order, and when it starts if a start is planned."""
    talks = [i for i, s in enumerate(session.segments) if s.kind == "talk"]
    place = tr(TEXTS["place"]).format(
        number=talks.index(index) + 1, talks=len(talks), session=session.title
    )
    lines = [place]
    rows = plan_rows(session)
    if rows[index].clock is not None:
        lines.append(tr(TEXTS["starts"]).format(time=time_of_day(rows[index].clock)))
    before = _name(session, index - 1) if index > 0 else tr(TEXTS["nobody"])
    after = _name(session, index + 1) if index + 1 < len(rows) else tr(TEXTS["end"])
    lines.append(tr(TEXTS["between"]).format(before=before, after=after))
    return lines


def _name(session: Session, index: int) -> str:
    """A segment's name for a sentence: its label, or its kind in the interface language."""
    from pechakucha.core.session.messages import KIND_LABELS

    label = session.segments[index].label
    if label in KIND_LABELS.values():
        return QCoreApplication.translate("session", label)
    return label


def _rules(proof: SpeakerProof) -> str:
    """The format's rules in one paragraph."""
    from pechakucha.core.preflight import aspect_name

    fmt = proof.session.talk_format(proof.session.segments[proof.index])
    width, height = proof.projector
    return tr(TEXTS["rules"]).format(
        slides=fmt.slides,
        seconds=localised({"s": float(fmt.seconds_per_slide)})["s"],
        total=format_duration(fmt.duration, hours=False),
        width=width,
        height=height,
        aspect=aspect_name(width, height),
    )


def _slide_row(sheet: Sheet, proof: SpeakerProof, number: int) -> None:
    """The slide as projected on the left; its number and findings (with fixes) beside it."""
    image = proof.slides[number]
    height = THUMB_WIDTH * proof.projector[1] / proof.projector[0]
    findings = [f for f in proof.report.findings if f.slide == number]
    sheet.ensure(height + 8)
    top = sheet.y
    _thumbnail(sheet, image, QRectF(0, top, THUMB_WIDTH, height), proof)
    sheet.text(tr(TEXTS["slide"]).format(number=number), 10, bold=True, left=TEXT_X)
    if findings:
        _findings(sheet, findings, left=TEXT_X)
    else:
        sheet.text(tr(TEXTS["fine"]), 8.5, colour=GREY, left=TEXT_X)
    sheet.y = max(sheet.y, top + height)
    sheet.rule(4)


def _thumbnail(sheet: Sheet, image: QImage, box: QRectF, proof: SpeakerProof) -> None:
    """The projected slide, its black bands printed as a light hatch (ink)."""
    painter = sheet.painter
    inner = fit_rect(*proof.slide_size, image.width(), image.height())
    scale = box.width() / max(1, image.width())
    target = QRectF(
        box.x() + inner.x * scale,
        box.y() + inner.y * scale,
        inner.width * scale,
        inner.height * scale,
    )
    if target.width() < box.width() - 1 or target.height() < box.height() - 1:
        painter.fillRect(box, QBrush(HATCH, Qt.BDiagPattern))
    source = QRectF(inner.x, inner.y, inner.width, inner.height)
    painter.drawImage(target, image, source)
    painter.setPen(QPen(RULE, 0.5))
    painter.drawRect(box)


def _findings(sheet: Sheet, findings: list[Finding], left: float) -> None:
    """Each finding in words, then what to do about it."""
    for finding in findings:
        mark = "!" if finding.severity in (ERROR, WARNING) else "·"
        sheet.text(f"{mark} {finding_text(finding)}", 9, left=left)
        fix = _fix(finding)
        if fix:
            sheet.text(tr(TEXTS["fix"]).format(fix=fix), 9, bold=True, left=left + 8)


def _fix(finding: Finding) -> str:
    """How to fix `finding`, in the interface language ("" when nothing is needed)."""
    template = FIXES.get(finding.code)
    if template is None:
        return ""
    text = QCoreApplication.translate("fixes", template)
    try:
        return text.format(**localised(finding.params))
    except (KeyError, IndexError, ValueError):
        return text


def _plural(text: str, count: int) -> str:
    return english_plural(QCoreApplication.translate("Proof", text, None, count), count)
