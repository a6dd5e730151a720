"""←/→ outside a talk: recall the talk's slides during its Q&A, and never throw a segment that
ran away at one press.

In a Q&A, ←/PageUp shows the slides of the talk it follows (a recall: the last slide first,
then one back per press) and →/PageDown steps forward again, back to the Q&A's card after the
last slide; the talk stays done. Going back over a segment that ran (it will run again, and
what ran is kept as "restarted") is a deliberate act: `forgets` names that segment so the
operator's layer asks for a second press.
"""

from __future__ import annotations

from typing import Any

from pechakucha.core.runner.runner import SessionRunner

Events = list[dict[str, Any]]
_ON = ("running", "paused")


def recall_talk(runner: SessionRunner) -> int | None:
    """The talk whose slides ←/→ show now: the one the running Q&A follows (None otherwise,
    or if that talk was skipped)."""
    segment = runner.current
    if segment is None or segment.kind != "qa" or runner.held_phase not in _ON:
        return None
    for index in range(runner.index - 1, -1, -1):
        if runner.session.segments[index].kind == "talk":
            record = runner.records[index]
            return index if record is not None and not record.skipped else None
    return None


def slides_of(runner: SessionRunner, talk: int, deck_slides: int | None = None) -> int:
    """How many slides talk `talk` plays (its format's, capped by its deck's if known)."""
    slides = runner.session.talk_format(runner.session.segments[talk]).slides
    return slides if deck_slides is None else max(1, min(slides, deck_slides))


def step_recall(runner: SessionRunner, step: int, deck_slides: int | None = None) -> Events | None:
    """In a Q&A after a talk, move the recall by `step` slides: ← from the Q&A's card shows the
    talk's last slide, → past its last slide goes back to the card. None when ←/→ mean
    something else here (no such Q&A; → with nothing recalled ends the Q&A as ever). An empty
    list: nothing to do (← on the first slide)."""
    talk = recall_talk(runner)
    if talk is None:
        return None
    recalled = runner.recalled
    if recalled is None:
        if step > 0:
            return None
        return runner.recall(talk, slides_of(runner, talk, deck_slides) - 1)
    shown_talk, slide = recalled
    count = slides_of(runner, shown_talk, deck_slides if shown_talk == talk else None)
    target = slide + step
    if target >= count:
        return runner.clear_recall()
    if target < 0:
        return []
    return runner.recall(shown_talk, target)


def forgets(runner: SessionRunner) -> int | None:
    """The segment that ran which going back now (previous_segment) would forget, or None if
    going back only reopens or loses nothing."""
    if runner.on_hold or runner.phase == "ready":
        return None
    index = runner.index
    if runner.phase in _ON and _ran(runner, index):
        return index
    if index > 0 and runner.session.segments[index - 1].kind == "talk" and _ran(runner, index - 1):
        return index - 1
    return None


def _ran(runner: SessionRunner, index: int) -> bool:
    """True if segment `index` started (it was not skipped, nor never reached)."""
    if index >= len(runner.records):
        return False
    record = runner.records[index]
    return record is not None and not record.skipped
