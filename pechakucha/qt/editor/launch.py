"""`pechakucha edit [SESSION.toml]`: open the session editor; bad input is one sentence."""

from __future__ import annotations

import argparse

from pechakucha.core.session.read import SessionError
from pechakucha.qt.app.i18n import error_text
from pechakucha.qt.app.startup import application, fail
from pechakucha.qt.editor.window import SessionEditor


def run_editor(args: argparse.Namespace) -> int:
    """`pechakucha edit [SESSION.toml]`: open the editor and run until it is closed."""
    app = application(args.lang)
    try:
        editor = SessionEditor(args.session)
    except SessionError as error:
        return fail(error_text(error), "edit")
    editor.show()
    return app.exec()
