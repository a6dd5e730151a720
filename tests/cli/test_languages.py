"""No English left in what `check`, `plan`, `proof` and the editor say in es, fr and pt_BR.

NEEDS THE COMPILED TRANSLATIONS: the new messages arrive as
resources/translations/pending/organiser.tsv; run `python resources/translations/update.py`
to put them into the .ts files and compile the .qm files. Until then these tests skip, saying so.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from tests.cli.week import run, write_week

LANGUAGES = ("es", "fr", "pt_BR")
# Words that only English output would hold ("slide" is pt_BR too, "error" es: not listed).
ENGLISH = re.compile(
    r"\b(the|has|is|not|there|deck|decks|ready|pending|missing|received|problems?|"
    r"warning|segment|changeover|budget|speaker|talk|yet|planned|written|proof|Commentary|"
    r"Talk|Card|Running|order|Planned|Audience|Print|line|unknown|key)\b"
)


def compiled(language: str) -> bool:
    """True when `language`'s .qm has this branch's messages (update.py has run)."""
    folder = resources.files("pechakucha.resources") / "translations"
    translator = QTranslator()
    if not translator.load(str(folder / f"pechakucha_{language}.qm")):
        return False
    return bool(translator.translate("check", "pending: no deck yet"))


def english_in(text: str, *known: str) -> list[str]:
    """The English words in `text` once the `known` names (paths, people) are taken out."""
    for name in known:
        text = text.replace(str(name), "")
    return ENGLISH.findall(text)


@pytest.fixture(params=LANGUAGES)
def language(request) -> str:
    """Each language, skipped (saying why) until its translations are compiled."""
    if not compiled(request.param):
        pytest.skip("needs compiled translations: run python resources/translations/update.py")
    return request.param


def test_check_plan_and_proof_say_nothing_in_english(language, tmp_path):
    """check, plan (--lang before the subcommand too) and proof of the week: no English."""
    week = write_week(tmp_path)
    outputs = [
        run("check", week, lang=language),
        run("--lang", language, "plan", week),
        run("plan", week, "--pdf", tmp_path / "ro.pdf", lang=language),
        run("proof", week, "-o", tmp_path / "out", lang=language),
    ]
    for result in outputs:
        assert "Traceback" not in result.stderr
        assert english_in(result.stdout + result.stderr, tmp_path) == [], result.stdout


def test_the_pdfs_say_nothing_in_english(language, tmp_path):
    """The running order and a proof, read back: no English."""
    import pymupdf

    week = write_week(tmp_path)
    run("plan", week, "--pdf", tmp_path / "ro.pdf", lang=language)
    run("proof", week, "-o", tmp_path / "out", lang=language)
    for path in [tmp_path / "ro.pdf", *sorted((tmp_path / "out").iterdir())]:
        with pymupdf.open(path) as document:
            text = " ".join(page.get_text() for page in document)
        # "Slide 3" printed on the test deck's own pages is the speaker's text, not ours.
        text = re.sub(r"slide \d+", "", text)
        assert english_in(text, "Esc", "Space", "PageDown", "PageUp", "Shift") == [], path.name


def test_the_editor_says_nothing_in_english(language, qtbot, tmp_path):
    """The editor on the week: every label, button, row and warning in the language."""
    from pechakucha.qt.app.i18n import install_translator
    from pechakucha.qt.editor.window import SessionEditor

    week = write_week(tmp_path)
    install_translator(language)
    try:
        editor = SessionEditor(week)
        qtbot.addWidget(editor)
        editor.show()
        texts = []
        for row in range(4):
            editor.select_segment(row)
            texts += [w.text() for w in editor.findChildren(QLabel) if w.isVisible()]
            texts += [w.text() for w in editor.findChildren(QAbstractButton) if w.isVisible()]
            texts += [w.placeholderText() for w in editor.findChildren(QLineEdit)]
        view = editor.segments_view
        for row in range(view.topLevelItemCount()):
            texts += [view.topLevelItem(row).text(column) for column in range(4)]
        found = english_in("\n".join(texts), week, "week.toml", "ana.pdf", "joao.pdf")
        assert found == [], found
    finally:
        install_translator("en")


def test_a_session_file_error_names_line_and_segment_in_the_language(language, tmp_path):
    """ "line 6 … segment 1 (talk)" of a file that cannot be read: translated too."""
    bad = tmp_path / "s.toml"
    bad.write_text('[session]\nbudget = "60:00"\n[[segment]]\nkind = "talk"\nspeed = 3\n')
    for result in (run("check", bad, lang=language), run("plan", bad, lang=language)):
        assert result.returncode == 2 and "Traceback" not in result.stderr
        text = (result.stdout + result.stderr).replace("speed", "")
        assert english_in(text, tmp_path) == [], text
