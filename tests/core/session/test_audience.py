"""`[session] audience = ["es", "fr"]`: the languages of the projector cards, read and saved."""

import pytest

from pechakucha.core.session.read import SessionError, load_session, parse_session
from pechakucha.core.session.write import save_session
from tests.core.sessions import make_decks

TALK = '\n[[segment]]\nkind = "talk"\ndeck = "barcelona.pdf"\n'


@pytest.fixture
def folder(tmp_path):
    """A folder with the sample decks in it."""
    make_decks(tmp_path)
    return tmp_path


def session_with(folder, audience: str):
    text = f'[session]\nbudget = "30:00"\n{audience}\n' + TALK
    return parse_session(text, folder / "s.toml").session


def test_audience_languages_are_read_in_order_and_spelled_as_the_app_spells_them(folder):
    session = session_with(folder, 'audience = ["es", "fr-FR", "pt-BR", "en", "es"]')
    assert session.audience == ("es", "fr", "pt_BR", "en")


def test_no_audience_key_means_the_interface_language(folder):
    assert session_with(folder, "").audience == ()
    assert session_with(folder, "audience = []").audience == ()


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('audience = "es"', ['"audience"', "[session]", "a list of languages", "text"]),
        ("audience = [1]", ['"audience"', "a list of languages", "a list"]),
        ('audience = ["es", "de"]', ['"audience"', '"de"', "en, es, fr, pt_BR"]),
    ],
)
def test_a_bad_audience_is_one_sentence_naming_file_line_and_key(folder, line, words):
    with pytest.raises(SessionError) as raised:
        session_with(folder, line)
    message = str(raised.value)
    assert message.startswith(f"{folder / 's.toml'}, line 3: ")
    assert all(word in message for word in words), message


def test_audience_is_saved_after_the_other_session_keys_and_loads_back(folder):
    path = folder / "s.toml"
    path.write_text('[session]\nbudget = "30:00"  # the whole session\n' + TALK, encoding="utf-8")
    session = load_session(path).session
    session.audience = ("fr", "es")
    save_session(session, path)
    text = path.read_text(encoding="utf-8")
    assert 'budget = "30:00"  # the whole session\naudience = ["fr", "es"]\n' in text
    assert load_session(path).session.audience == ("fr", "es")
    session.audience = ()
    save_session(session, path)
    assert "audience" not in path.read_text(encoding="utf-8")
