"""`pechakucha install-desktop [--remove]`: the app in the applications menu, with its icon.

Writes (or removes) a freedesktop entry for the current user — Linux and BSD desktops:
$XDG_DATA_HOME/applications/pechakucha.desktop (default ~/.local/share) and the icon in the
hicolor theme beside it. No administrator rights, nothing outside the user's data folder.
The entry starts this very installation (the `pechakucha` next to the running Python).
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import resources
from pathlib import Path

from pechakucha.core.atomic import write_atomic, write_text_atomic
from pechakucha.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP

ICON_SIZES = (16, 32, 48, 128, 256)
TEXTS = {
    "comment": QT_TRANSLATE_NOOP(
        "desktop", "Run Pecha Kucha sessions: the slides on the projector, a console for you"
    ),
    "generic": QT_TRANSLATE_NOOP("desktop", "Presentation timer"),
    "installed": QT_TRANSLATE_NOOP("desktop", "Pecha Kucha is in the applications menu ({entry})."),
    "removed": QT_TRANSLATE_NOOP("desktop", "Pecha Kucha is no longer in the applications menu."),
    "nothing": QT_TRANSLATE_NOOP("desktop", "Pecha Kucha was not in the applications menu."),
    "not_here": QT_TRANSLATE_NOOP(
        "desktop",
        "install-desktop is for Linux desktops; on Windows and macOS start the app as the "
        "README says.",
    ),
    "failed": QT_TRANSLATE_NOOP("desktop", "cannot write {path} ({reason})."),
}


def data_home() -> Path:
    """The user's data folder: $XDG_DATA_HOME, else ~/.local/share."""
    chosen = os.environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if os.path.isabs(chosen) else Path.home() / ".local" / "share"


def installed_files(home: Path) -> list[Path]:
    """Every file install-desktop writes under `home`: the entry, then the icons."""
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / "pechakucha.desktop",
        icons / "scalable" / "apps" / "pechakucha.svg",
        *(icons / f"{size}x{size}" / "apps" / "pechakucha.png" for size in ICON_SIZES),
    ]


def launch_command() -> str:
    """The command line of this installation, quoted for an Exec= key."""
    script = Path(sys.executable).parent / ("pechakucha.exe" if os.name == "nt" else "pechakucha")
    parts = [str(script)] if script.exists() else [sys.executable, "-m", "pechakucha"]
    return " ".join(f'"{p}"' if any(c in p for c in ' "\\$`') else p for p in parts)


def desktop_entry(command: str, say) -> str:
    """The text of pechakucha.desktop, its comments in every language the app speaks."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=Pecha Kucha",
        f"GenericName={TEXTS['generic']}",
        f"Comment={TEXTS['comment']}",
    ]
    for language in LANGUAGES[1:]:  # the translated ones; an untranslated line is left out
        for key, text in (("GenericName", TEXTS["generic"]), ("Comment", TEXTS["comment"])):
            translated = say(language)("desktop", text)
            if translated != text:
                lines.append(f"{key}[{language}]={translated}")
    lines += [
        f"Exec={command} %f",
        "Icon=pechakucha",
        "Terminal=false",
        "Categories=Office;Presentation;",
        "MimeType=application/pdf;application/toml;",
        "Keywords=pechakucha;ignite;slides;timer;projector;",
        "StartupWMClass=pechakucha",
    ]
    return "\n".join(lines) + "\n"


def install(home: Path, say) -> Path:
    """Write the entry and the icons under `home`; return the entry's path."""
    entry, scalable, *pngs = installed_files(home)
    icons = resources.files("pechakucha.resources") / "icons"
    for path in (entry, scalable, *pngs):
        path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(entry, desktop_entry(launch_command(), say))
    sources = [icons / "pechakucha.svg", *(icons / f"pechakucha-{s}.png" for s in ICON_SIZES)]
    for source, target in zip(sources, [scalable, *pngs], strict=True):
        data = source.read_bytes()
        write_atomic(target, lambda temp, data=data: Path(temp).write_bytes(data))
    return entry


def remove(home: Path) -> bool:
    """Delete the entry and the icons under `home`; True if there was anything to delete."""
    found = [path for path in installed_files(home) if path.exists()]
    for path in found:
        path.unlink()
    return bool(found)


def install_desktop(args: argparse.Namespace) -> int:
    """`pechakucha install-desktop [--remove]`: 0 when done, 2 (one sentence) when it cannot."""
    from pechakucha.qt.app.i18n import command_language, translator_for

    here = translator_for(command_language(args.lang))
    if sys.platform.startswith(("win", "darwin")):
        print(f"pechakucha: {here('desktop', TEXTS['not_here'])}", file=sys.stderr)
        return 2
    home = data_home()
    if args.remove:
        print(here("desktop", TEXTS["removed" if remove(home) else "nothing"]))
        return 0
    try:
        entry = install(home, translator_for)
    except OSError as error:
        reason = error.strerror or str(error)
        text = here("desktop", TEXTS["failed"]).format(path=error.filename or home, reason=reason)
        print(f"pechakucha install-desktop: {text}", file=sys.stderr)
        return 2
    print(here("desktop", TEXTS["installed"]).format(entry=entry))
    return 0
