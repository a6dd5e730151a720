"""Marking user-facing core strings for translation without importing Qt.

Qt's `lupdate` collects every `QT_TRANSLATE_NOOP(context, text)` call by name, so the core can
mark its English templates here and the Qt layer translates them with
`QCoreApplication.translate(context, text)` when it shows them.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as lupdate expects
    """Return `text` unchanged; its only purpose is to be found by lupdate under `context`."""
    return text
