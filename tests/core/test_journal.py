"""The journal as a witness: torn files are read around, a refusing disk never raises, and
once the disk takes writes again the file holds every entry, byte for byte."""

from __future__ import annotations

import errno
import json
import os

import pytest

from pechakucha.core.journal import Journal, load_journal, read_journal
from tests.faults.disk import FailingDisk

GOOD = '{"event": "start", "t": 1.0, "wall": 5.0}\n'


def entries_on_disk(path):
    """Entries of the file, asserting that no line of it is torn or unreadable."""
    read = load_journal(path)
    assert read.skipped == []
    return read.entries


@pytest.mark.parametrize(
    "tail",
    [
        b'{"event": "advance", "t": 2',  # cut mid-line
        b'{"e": "\xc3',  # cut mid-character: the repro
        b"\x00\xff\xfegarbage\x80\n\xc3(\n",  # garbage tail
    ],
    ids=["mid-line", "mid-utf8", "garbage"],
)
def test_a_torn_tail_is_skipped_and_reported_by_line(tmp_path, tail):
    path = tmp_path / "j.jsonl"
    path.write_bytes(GOOD.encode() + tail)
    read = load_journal(path)
    assert read.entries == [{"event": "start", "t": 1.0, "wall": 5.0}]
    assert read.skipped[0] == 2


def test_lines_that_are_json_but_not_events_are_skipped(tmp_path):
    path = tmp_path / "j.jsonl"
    lines = ["3", "[]", '{"t": 1}', '{"event": "x", "t": "soon"}', '{"event": "x", "t": NaN}']
    path.write_text(GOOD + "\n".join(lines) + "\n\n" + GOOD, encoding="utf-8")
    read = load_journal(path)
    assert len(read.entries) == 2
    assert read.skipped == [2, 3, 4, 5, 6]  # the blank line 7 is not a problem


def test_after_a_torn_last_line_the_next_entry_starts_on_a_new_line(tmp_path):
    path = tmp_path / "j.jsonl"
    path.write_bytes(GOOD.encode() + b'{"e": "\xc3')
    journal = Journal(path, wall_clock=lambda: 9.0)
    journal.write("recovered", 3.0, segment=0)
    journal.close()
    read = load_journal(path)
    assert [e["event"] for e in read.entries] == ["start", "recovered"]
    assert read.skipped == [2]


def test_a_full_disk_never_raises_and_the_backlog_lands_whole_once_there_is_room(
    tmp_path, monkeypatch
):
    """ENOSPC from the 3rd entry on (the first write short, as a disk filling mid-line): the
    journal keeps every entry in memory, says why it is not saved, and once the disk has room
    the file holds exactly the entries, in order, with no torn line."""
    path = tmp_path / "j.jsonl"
    disk = FailingDisk(monkeypatch, path)
    journal = Journal(path)
    journal.write("a", 1.0)
    journal.write("b", 2.0)
    disk.fail(errno.ENOSPC)
    for k in range(3, 8):
        journal.write("advance", float(k), slide=k, deck="Sesión/ñandú.pdf")
    assert not journal.saved and journal.problem == os.strerror(errno.ENOSPC)
    assert disk.refused > 0 and len(journal.entries) == 7
    assert not journal.retry()
    disk.heal()
    assert journal.retry() and journal.saved and journal.problem is None
    assert entries_on_disk(path) == journal.entries
    journal.write("after", 9.0)
    assert entries_on_disk(path) == journal.entries
    journal.close()


def test_a_failing_fsync_is_retried_without_writing_the_line_twice(tmp_path, monkeypatch):
    path = tmp_path / "j.jsonl"
    disk = FailingDisk(monkeypatch, path)
    journal = Journal(path)
    journal.write("a", 1.0)
    disk.fail(errno.EIO, sync_only=True)
    journal.write("b", 2.0)
    assert not journal.saved and journal.problem == os.strerror(errno.EIO)
    disk.heal()
    assert journal.retry()
    assert [e["event"] for e in entries_on_disk(path)] == ["a", "b"]


@pytest.mark.parametrize("how", ["folder is a file", "read-only folder"])
def test_a_journal_that_cannot_be_opened_keeps_entries_and_opens_when_it_can(
    tmp_path, monkeypatch, how
):
    """At launch the data folder refuses the file: no exception, entries in memory; once the
    folder is usable, the first retry writes the whole backlog."""
    if how == "folder is a file":
        blocker = tmp_path / "data"
        blocker.write_text("not a folder")
        path = blocker / "journals" / "j.jsonl"
    else:
        path = tmp_path / "data" / "journals" / "j.jsonl"
        FailingDisk(monkeypatch, path).fail(errno.EROFS, refuse_open=True)
    journal = Journal(path)
    journal.write("session_open", 1.0)
    journal.write("start", 2.0)
    assert not journal.saved and journal.problem
    assert [e["event"] for e in journal.entries] == ["session_open", "start"]
    if how == "folder is a file":
        blocker.unlink()
    else:
        monkeypatch.undo()
    assert journal.retry()
    assert entries_on_disk(path) == journal.entries


def test_the_copy_failing_does_not_stop_the_main_journal(tmp_path):
    path, copy = tmp_path / "j.jsonl", tmp_path / "file" / "copy.jsonl"
    (tmp_path / "file").write_text("")
    journal = Journal(path, copy=copy)
    journal.write("start", 1.0)
    assert entries_on_disk(path) == journal.entries
    assert not journal.saved


def test_a_journal_on_a_really_full_device_goes_on_in_memory(tmp_path):
    """/dev/full answers every write with ENOSPC: a real full disk, no stand-in."""
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    path = tmp_path / "j.jsonl"
    path.symlink_to("/dev/full")
    journal = Journal(path)
    journal.write("start", 1.0)
    journal.write("advance", 2.0, slide=1)
    assert not journal.saved and journal.problem == os.strerror(errno.ENOSPC)
    assert len(journal.entries) == 2
    journal.close()


def test_a_file_name_that_is_not_unicode_is_written_as_escapes_and_read_back(tmp_path):
    """A deck path with undecodable bytes (surrogate escapes) and a NUL: a valid UTF-8 line."""
    path = tmp_path / "j.jsonl"
    name = os.fsdecode(b"/talks/caf\xe9\x00.pdf")
    journal = Journal(path)
    journal.write("start", 1.0, deck=name)
    journal.close()
    raw = path.read_bytes()
    raw.decode("utf-8")  # valid UTF-8, whatever the name
    assert b"\x00" not in raw
    assert read_journal(path)[0]["deck"] == name
    assert json.loads(raw)["deck"] == name


def test_a_journal_that_is_a_fifo_neither_blocks_the_reader_nor_the_writer(tmp_path):
    """Nobody reads the FIFO: reading it is refused at once, and writing goes on in memory
    once the pipe is full, instead of hanging the show."""
    path = tmp_path / "j.jsonl"
    os.mkfifo(path)
    with pytest.raises(OSError, match="not a regular file"):
        load_journal(path)
    journal = Journal(path)
    for k in range(2000):  # far more than a pipe holds
        journal.write("advance", float(k), slide=k, padding="x" * 100)
    assert not journal.saved and journal.problem == os.strerror(errno.EAGAIN)
    assert len(journal.entries) == 2000
    journal.close()


def test_a_background_journal_with_nothing_to_retry_does_not_wake_its_writer(tmp_path):
    """The console asks retry() at every repaint: with every line on disk the writer thread
    stays asleep (it used to wake ten times a second in a Q&A for nothing)."""
    journal = Journal(tmp_path / "run.jsonl", background=True)
    journal.write("start", 1.0)
    assert journal.drain(timeout=30)
    writer = journal._writer
    writer.wake.clear()
    assert journal.retry() is True
    assert not writer.wake.is_set()
    journal.close()
