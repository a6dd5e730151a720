"""`pechakucha proof SESSION -o DIR`: one PDF per speaker whose deck has arrived — their slides
as the projector will show them, each finding with how to fix it, their place in the running
order and the format's rules (qt/paper/proof.py draws it). Decks still pending or missing are
named and skipped. Exit 0 every proof written and every deck ready, 1 some deck has problems or
has not arrived, 2 the session cannot be read or a proof cannot be written.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

from pechakucha.core.i18n import QT_TRANSLATE_NOOP
from pechakucha.core.preflight import READY
from pechakucha.core.session.model import Session
from pechakucha.core.session.plan import RECEIVED, deck_state

TEXTS = {
    "written": QT_TRANSLATE_NOOP("proof", "{name}: proof written to {path}"),
    "skipped": QT_TRANSLATE_NOOP("proof", "{name}: no proof, the deck is {state}"),
    "pending": QT_TRANSLATE_NOOP("proof", "pending (not sent yet)"),
    "missing": QT_TRANSLATE_NOOP("proof", "missing (not where the session file says)"),
    "cannot_write": QT_TRANSLATE_NOOP("proof", "cannot write {path} ({reason})."),
    "no_folder": QT_TRANSLATE_NOOP("proof", "{path} is not a folder."),
}
THUMB_PIXELS = 640  # width of each slide's picture in the proof (about 90 dpi at 180 pt)


def proof_command(args: argparse.Namespace) -> int:
    """Write the proofs; print one line per speaker; return the exit code."""
    from PySide6.QtCore import QCoreApplication

    from pechakucha.core.session.read import SessionError, load_session
    from pechakucha.qt.app.i18n import command_language, error_text, install_translator
    from pechakucha.qt.paper.page import paper_app

    _app = paper_app(sys.argv[0])
    install_translator(command_language(args.lang))

    def say(key: str, **params: object) -> str:
        return QCoreApplication.translate("proof", TEXTS[key]).format(**params)

    try:
        session = load_session(args.session, require_decks=False).session
    except SessionError as error:
        print(f"pechakucha proof: {error_text(error)}", file=sys.stderr)
        return 2
    folder = Path(args.output)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        print("pechakucha proof: " + say("no_folder", path=folder), file=sys.stderr)
        return 2
    code = 0
    for index, segment in enumerate(session.segments):
        if segment.kind != "talk":
            continue
        name = segment.speaker or segment.label
        state = deck_state(segment)
        if state != RECEIVED:
            print(say("skipped", name=name, state=say(state)))
            code = max(code, 1)
            continue
        path = folder / f"{index + 1:02d}-{_slug(name)}.pdf"
        try:
            ready = _write_one(session, index, path, args)
        except OSError as error:
            reason = error.strerror or str(error)
            print(
                "pechakucha proof: " + say("cannot_write", path=path, reason=reason),
                file=sys.stderr,
            )
            return 2
        print(say("written", name=name, path=path))
        code = max(code, 0 if ready else 1)
    return code


def _write_one(session: Session, index: int, path: Path, args: argparse.Namespace) -> bool:
    """Check and draw the talk at `index`; write its proof; True if its deck is ready."""
    from pechakucha.decks.inspect import check_path
    from pechakucha.qt.paper.proof import SpeakerProof, write_proof

    segment = session.segments[index]
    fmt = session.talk_format(segment)
    report = check_path(str(segment.deck), fmt.slides, args.projector, fmt.name)
    slides, size = _slides(segment.deck, fmt.slides, args.projector)
    proof = SpeakerProof(session, index, report, slides, args.projector, size)
    write_proof(proof, path, args.paper)
    return report.status == READY


def _slides(deck_path: Path, count: int, projector: tuple[int, int]):
    """The first `count` slides drawn by the deck's own render at the projector's aspect, as
    QImages by number (a slide that cannot be drawn is left out: its finding says so), and
    the first slide's natural size."""
    from PySide6.QtGui import QImage

    from pechakucha.decks import open_deck
    from pechakucha.decks.errors import DeckError

    width = THUMB_PIXELS
    height = round(width * projector[1] / projector[0])
    images: dict[int, QImage] = {}
    try:
        deck = open_deck(deck_path)
    except DeckError:
        return images, (float(projector[0]), float(projector[1]))
    try:
        first = deck.slide_size(0) if len(deck) else None
        for index in range(min(count, len(deck))):
            try:
                pixels = deck.render(index, width, height)
            except DeckError:
                continue
            data = bytes(pixels.data)
            image = QImage(data, pixels.width, pixels.height, pixels.stride, QImage.Format_RGB888)
            images[index + 1] = image.copy()
    finally:
        deck.close()
    size = (first.width, first.height) if first else (float(projector[0]), float(projector[1]))
    return images, size


def _slug(text: str) -> str:
    """A file-name friendly form of a name: "Ana Pérez" → "ana-perez"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40] or "talk"
