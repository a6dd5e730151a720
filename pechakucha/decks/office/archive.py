"""Reading a presentation's zip archive with limits: a 2 MB file may unpack to gigabytes (a
zip bomb), so no member is read past a limit and the archive's claimed sizes are checked
before LibreOffice is given the file."""

from __future__ import annotations

import zipfile
from xml.etree import ElementTree

MEMBER_LIMIT = 32 * 2**20
"""Bytes of one XML member read at most (a 20-slide deck's biggest is under 1 MB)."""

ARCHIVE_LIMIT = 2 * 2**30
"""Bytes the whole archive may claim to unpack to (a deck full of videos stays well under)."""

RATIO_LIMIT = 200
"""A member this many times bigger unpacked than packed is a bomb (XML compresses ~10×)."""


class TooBig(ValueError):
    """An archive member is larger than it may be."""


def read_member(archive: zipfile.ZipFile, name: str, limit: int = MEMBER_LIMIT) -> bytes:
    """The bytes of member `name`, or TooBig if it unpacks past `limit` (whatever its header
    claims: the bytes are counted as they come)."""
    with archive.open(name) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise TooBig(name)
    return data


def read_xml(archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    """Member `name` parsed as XML, read within MEMBER_LIMIT."""
    return ElementTree.fromstring(read_member(archive, name))


def is_bomb(archive: zipfile.ZipFile) -> bool:
    """True if the archive claims to unpack past ARCHIVE_LIMIT, or holds a big member that
    compresses better than RATIO_LIMIT (no real picture, font or XML does)."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        big = info.file_size > MEMBER_LIMIT
        if big and info.file_size > RATIO_LIMIT * max(info.compress_size, 1):
            return True
    return total > ARCHIVE_LIMIT
