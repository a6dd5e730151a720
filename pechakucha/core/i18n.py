"""Marking user-facing core strings for translation without importing Qt.

Qt's `lupdate` collects every `QT_TRANSLATE_NOOP(context, text)` call by name, so the core can
mark its English templates here and the Qt layer translates them with
`QCoreApplication.translate(context, text)` when it shows them.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as lupdate expects
    """Return `text` unchanged; its only purpose is to be found by lupdate under `context`."""
    return text


def english_plural(text: str, n: int) -> str:
    """`text` with the English plural marks "(s)" resolved for `n` ("1 segment", "2 segments").

    Plural texts are marked with %n and "(s)" in the English source, as Qt expects; a Spanish
    translation has its own forms (no "(s)" left), but English has no translation file, so the
    source is shown and its "(s)" is resolved here."""
    return text.replace("(s)", "" if n == 1 else "s")
