"""Projector cards in the audience's languages, one above the other, the first largest —
whatever language the operator's console speaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPainter

from pechakucha.core.clock import FakeClock
from pechakucha.core.runner.runner import SessionRunner
from pechakucha.core.session.model import Segment, Session
from pechakucha.qt.app.i18n import install_translator
from pechakucha.qt.show.audience import Card, paint_card
from pechakucha.qt.show.cards import card_for


@pytest.fixture
def operator_in_english(qapp):
    """The console speaks English; the test sets the audience's languages on the session."""
    install_translator("en")
    yield
    install_translator("en")


def runner_for(segments: list[Segment], audience: tuple[str, ...]) -> SessionRunner:
    session = Session(title="Sesión Dos", budget=1800, segments=segments, audience=audience)
    return SessionRunner(session, FakeClock())


def talk() -> Segment:
    return Segment("talk", speaker="Ana Pérez", organisation="FAMSI", deck=Path("x.pdf"))


def test_up_next_speaks_every_audience_language_first_one_largest(operator_in_english):
    runner = runner_for([talk()], ("es", "fr", "pt_BR"))
    card = card_for(runner.snapshot(), runner.session)
    assert card.title == "A continuación"
    assert card.title_also == ("À suivre", "A seguir")
    assert card.subtitle == "Ana Pérez" and card.subtitle_also == ()  # names are not translated


def test_qa_and_synthesis_cards_in_two_languages_while_the_console_stays_english(
    operator_in_english,
):
    segments = [talk(), Segment("qa", duration=300), Segment("commentary", duration=300)]
    runner = runner_for(segments, ("fr", "en"))
    runner.start()
    runner.next_segment()  # the talk ends: Q&A
    qa = card_for(runner.snapshot(), runner.session)
    assert (qa.title, qa.title_also) == ("Questions-réponses", ("Questions & answers",))
    assert qa.subtitle == "Ana Pérez"
    runner.next_segment()  # the synthesis is announced
    announced = card_for(runner.snapshot(), runner.session)
    assert (announced.subtitle, announced.subtitle_also) == (
        "Synthèse finale",
        ("Closing synthesis",),
    )
    runner.start()
    synthesis = card_for(runner.snapshot(), runner.session)
    assert (synthesis.title, synthesis.title_also) == ("Synthèse finale", ("Closing synthesis",))
    assert synthesis.clock == "5:00"


def test_without_audience_languages_cards_speak_the_interface_language(qapp):
    install_translator("pt_BR")
    try:
        runner = runner_for([talk()], ())
        card = card_for(runner.snapshot(), runner.session)
        assert (card.title, card.title_also) == ("A seguir", ())
    finally:
        install_translator("en")


def test_the_closing_card_thanks_in_each_language(operator_in_english):
    runner = runner_for([Segment("qa", duration=60.0)], ("es", "pt_BR"))  # no closing card
    runner.start()
    runner.next_segment()
    card = card_for(runner.snapshot(), runner.session)
    assert (card.title, card.subtitle, card.subtitle_also) == (
        "Sesión Dos",
        "Gracias",
        ("Obrigado",),
    )


def test_every_language_line_is_painted_under_the_first(qapp):
    """More languages, more lines: each drawn line leaves ink lower down the card."""

    def lowest_ink(card: Card) -> int:
        image = QImage(1280, 800, QImage.Format_RGB32)
        painter = QPainter(image)
        paint_card(painter, image.rect(), card, qapp.font())
        painter.end()
        background = image.pixel(0, 0)
        return max(
            y
            for y in range(0, 800, 2)
            if any(image.pixel(x, y) != background for x in range(0, 1280, 4))
        )

    one = Card("A continuación", "Ana Pérez")
    three = Card("A continuación", "Ana Pérez", title_also=("À suivre", "A seguir"))
    assert lowest_ink(three) > lowest_ink(one) + 60
