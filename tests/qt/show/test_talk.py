"""A single deck (a one-talk session) on the audience window and console: timing, keys,
blackout, journal."""

from PySide6.QtCore import Qt

from pechakucha.core.journal import read_journal


def audience_slide(show):
    key = show.audience.slide_view.key()
    return key.index if key else None


def test_audience_is_black_before_start_and_console_previews_slide_one(make_show):
    show = make_show()
    assert show.audience.mode == "black"
    assert show.console.current_view.key().index == 0
    assert show.console.next_view.key().index == 1
    assert "READY" in show.console.state_label.text()


def test_F5_starts_and_audience_shows_each_slide_in_turn_then_black(make_show, qtbot):
    show = make_show(seconds=0.15, slides=4)
    qtbot.keyClick(show.audience, Qt.Key_F5)
    assert show.audience.mode == "slide"
    qtbot.waitUntil(lambda: len(show.events("segment_end")) > 0, timeout=5000)
    assert show.events("segment_end")[0]["reason"] == "talk_over"
    assert show.audience.mode == "black"
    advances = show.events("advance")  # a slide painted too late for its turn is skipped
    slides = [a["slide"] for a in advances]
    assert slides == sorted(set(slides)) and set(slides) <= {1, 2, 3, 4}
    assert all(a["shown"] >= a["due"] and a["screen"] == "projector" for a in advances)


def test_slide_k_is_due_at_start_plus_k_seconds_per_slide(make_show, qtbot):
    show = make_show(seconds=0.2, slides=5)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: len(show.events("segment_end")) > 0, timeout=5000)
    origin = show.talk.schedule.origin
    assert show.events("advance")
    for advance in show.events("advance"):
        assert abs(advance["due"] - (origin + (advance["slide"] - 1) * 0.2)) < 1e-6


def test_stray_PageDown_during_a_talk_does_not_advance_but_is_shown(make_show, qtbot):
    show = make_show(seconds=5.0)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.keyClick(show.console, Qt.Key_PageDown)
    qtbot.keyClick(show.audience, Qt.Key_Space)
    assert audience_slide(show) == 0
    assert "ignored" in show.console.keypress_label.text()
    assert len(show.events("key_ignored")) == 2


def test_manual_mode_lets_PageDown_advance(make_show, qtbot):
    show = make_show(seconds=5.0, manual=True)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.keyClick(show.console, Qt.Key_PageDown)
    assert audience_slide(show) == 1
    qtbot.keyClick(show.console, Qt.Key_PageUp)
    assert audience_slide(show) == 0


def test_B_blacks_out_and_W_whites_out_without_losing_the_slide(make_show, qtbot):
    show = make_show(seconds=5.0)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.keyClick(show.console, Qt.Key_B)
    assert show.audience.mode == "black"
    assert "BLACKED OUT" in show.console.state_label.text()
    qtbot.keyClick(show.console, Qt.Key_Period)
    assert show.audience.mode == "slide"
    qtbot.keyClick(show.console, Qt.Key_W)
    assert show.audience.mode == "white"
    qtbot.keyClick(show.console, Qt.Key_Comma)
    assert show.audience.mode == "slide"


def test_P_pauses_and_keeps_the_slide_remaining_time(make_show, qtbot):
    show = make_show(seconds=2.0)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.keyClick(show.console, Qt.Key_P)
    left = show.talk.schedule.slide_remaining(show.talk.clock.now())
    qtbot.wait(300)
    assert show.talk.schedule.slide_remaining(show.talk.clock.now()) == left
    assert "PAUSED" in show.console.state_label.text()
    qtbot.keyClick(show.console, Qt.Key_P)
    events = [e["event"] for e in show.journal.entries if e["event"] in ("pause", "resume")]
    assert events == ["pause", "resume"]


def test_Esc_during_a_talk_asks_for_confirmation_then_stops(make_show, qtbot):
    show = make_show(seconds=5.0)
    qtbot.keyClick(show.console, Qt.Key_F5)
    with qtbot.assertNotEmitted(show.operator.quit_requested):
        qtbot.keyClick(show.console, Qt.Key_Escape)
    assert "Esc again" in show.console.keypress_label.text()
    with qtbot.waitSignal(show.operator.quit_requested, timeout=1000):
        qtbot.keyClick(show.console, Qt.Key_Escape)


def test_console_countdown_ring_shows_the_slide_seconds_left(make_show, qtbot):
    show = make_show(seconds=20.0)
    qtbot.keyClick(show.console, Qt.Key_F5)
    show.controller.refresh()
    assert show.console.ring.text() == "0:20"
    assert "Slide 1 / 5" in show.console.current_caption.text()


def test_journal_file_has_one_json_line_per_event_flushed_during_the_talk(make_show, qtbot):
    show = make_show(seconds=5.0, slides=3)
    qtbot.keyClick(show.console, Qt.Key_F5)
    qtbot.waitUntil(lambda: len(show.events("advance")) > 0, timeout=5000)
    assert show.journal.drain(5.0)  # the writer thread puts it on disk during the talk
    on_disk = read_journal(show.journal.path)
    assert on_disk == show.journal.entries[: len(on_disk)]
    assert [e["event"] for e in on_disk if e["event"] in ("start", "advance")] == [
        "start",
        "advance",
    ]
