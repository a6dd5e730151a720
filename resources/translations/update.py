"""Refresh the translations: collect every marked string into the .ts files, compile the .qm.

Run with the project's virtual environment, from anywhere:

    python resources/translations/update.py          # update every .ts, compile every .qm
    python resources/translations/update.py --todo   # list what is left to translate; exit 1 if any

Translations may also arrive as tables: every `pending/*.tsv` (UTF-8, one message a line:
`context<TAB>English source<TAB>es<TAB>fr<TAB>pt_BR`, optionally `<TAB>en` for the English plural
forms; the forms of a "%n" message joined by " || "; `\\n` for a line break) fills the
messages it names that are still unfinished. Once the .ts files hold them, the tables can be
deleted.

New strings appear in each `pechakucha_<language>.ts` as unfinished: translate them (Qt
Linguist, or by hand in the file), then run this again to compile the `.qm` files that ship
inside the wheel. `pechakucha_en.ts` holds only the plural forms of English ("1 slide").

A message whose English text has "%n" is plural (translated with tr(text, "", n)). lupdate's
Python reader only notices that for some calls, so this script marks every such message
plural itself and keeps its translated forms across runs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("en", "es", "fr", "pt_BR")  # as in pechakucha/core/i18n.py
PLURAL_FORMS = 2  # every language above has two: one / many (French and Brazilian: 0 is one)
Key = tuple[str, str]  # (context, source)


def tool(name: str) -> str:
    """Path of a PySide6 Linguist tool (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install the project (it comes with PySide6)")
    return found


def ts_file(language: str) -> Path:
    """The translation source of `language`."""
    return HERE / f"pechakucha_{language}.ts"


def messages(path: Path) -> list[tuple[str, ElementTree.Element]]:
    """(context name, message element) for every message of a .ts file."""
    root = ElementTree.parse(path).getroot()
    return [(c.findtext("name"), m) for c in root.iter("context") for m in c.iter("message")]


def forms(message: ElementTree.Element) -> list[str]:
    """The translated texts of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    plural = translation.findall("numerusform")
    return [f.text or "" for f in plural] if plural else [translation.text or ""]


def unfinished(path: Path) -> list[Key]:
    """(context, source) of every message of `path` not translated yet."""
    return [
        (context, message.findtext("source"))
        for context, message in messages(path)
        if message.find("translation").get("type") == "unfinished"
        or not all(text.strip() for text in forms(message))
    ]


def mark_plurals(path: Path, kept: dict[Key, list[str]], plurals_only: bool) -> None:
    """Make every "%n" message plural, with the forms `kept` from before lupdate ran."""
    root = ElementTree.parse(path).getroot()
    for context in list(root.iter("context")):
        name = context.findtext("name")
        for message in list(context.iter("message")):
            source = message.findtext("source")
            if "%n" not in source:
                if plurals_only:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            old = message.find("translation")
            texts = kept.get((name, source)) or [old.text or ""] * PLURAL_FORMS
            done = old.get("type") != "unfinished" or (name, source) in kept
            message.remove(old)
            translation = ElementTree.SubElement(message, "translation")
            if not done or not all(t.strip() for t in texts):
                translation.set("type", "unfinished")
            for text in texts:
                ElementTree.SubElement(translation, "numerusform").text = text
        if context.find("message") is None:
            root.remove(context)
    path.write_text(ts_text(root), encoding="utf-8")


def ts_text(root: ElementTree.Element) -> str:
    """A .ts document written the way lupdate writes it."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    return "\n".join(lines + _element_lines(root, 0)) + "\n"


def _element_lines(element: ElementTree.Element, depth: int) -> list[str]:
    """<TS> and <context> at the margin, everything inside indented by four per level."""
    pad = "    " * max(depth - 1, 0)
    attributes = "".join(f' {k}="{_text(v)}"' for k, v in element.items())
    if element.tag == "location":
        return [f"{pad}<location{attributes}/>"]
    if len(element) == 0:
        return [f"{pad}<{element.tag}{attributes}>{_text(element.text)}</{element.tag}>"]
    lines = [f"{pad}<{element.tag}{attributes}>"]
    for child in element:
        lines += _element_lines(child, depth + 1)
    return [*lines, f"{pad}</{element.tag}>"]


def _text(text: str | None) -> str:
    return escape(text or "", {'"': "&quot;", "'": "&apos;"})


TABLE_COLUMNS = ("es", "fr", "pt_BR", "en")  # after context and source, in this order


def pending_translations(language: str) -> dict[Key, list[str]]:
    """(context, source) → the forms of `language` given in the pending/*.tsv tables."""
    column = TABLE_COLUMNS.index(language) + 2
    found: dict[Key, list[str]] = {}
    for table in sorted((HERE / "pending").glob("*.tsv")):
        for line in table.read_text(encoding="utf-8").splitlines():
            cells = [cell.replace("\\n", "\n") for cell in line.split("\t")]
            if len(cells) > column and cells[column].strip():
                found[(cells[0], cells[1])] = cells[column].split(" || ")
    return found


def fill_pending(path: Path, language: str) -> None:
    """Fill the unfinished messages of `path` that a pending table translates."""
    table = pending_translations(language)
    if not table:
        return
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            texts = table.get((name, message.findtext("source")))
            translation = message.find("translation")
            if texts is None or translation.get("type") != "unfinished":
                continue
            del translation.attrib["type"]
            plural = message.get("numerus") == "yes"
            for form in translation.findall("numerusform"):
                translation.remove(form)
            if plural:
                for text in (texts * PLURAL_FORMS)[:PLURAL_FORMS] if len(texts) == 1 else texts:
                    ElementTree.SubElement(translation, "numerusform").text = text
            else:
                translation.text = texts[0]
    path.write_text(ts_text(root), encoding="utf-8")


def update(language: str, sources: list[str]) -> None:
    """Refresh one language's .ts from the sources and compile its .qm."""
    path = ts_file(language)
    kept = {}
    if path.exists():
        kept = {
            (context, m.findtext("source")): forms(m)
            for context, m in messages(path)
            if m.get("numerus") == "yes" and m.find("translation").get("type") != "unfinished"
        }
    lupdate = [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-target-language", language]
    subprocess.run([*lupdate, "-ts", str(path)], check=True, capture_output=True)
    mark_plurals(path, kept, plurals_only=language == "en")
    fill_pending(path, language)
    subprocess.run(
        [tool("pyside6-lrelease"), str(path), "-qm", str(path.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main(argv: list[str]) -> int:
    """Update every .ts and .qm; with --todo, only list what is left to translate."""
    if "--todo" in argv:
        left = {language: unfinished(ts_file(language)) for language in LANGUAGES}
        for language, keys in left.items():
            print(f"{language}: {len(keys)} to translate")
            for context, source in keys:
                print(f"    [{context}] {source}")
        return 1 if any(left.values()) else 0
    sources = sorted(str(p) for p in (ROOT / "pechakucha").rglob("*.py"))
    for language in LANGUAGES:
        update(language, sources)
    return main(["--todo"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
