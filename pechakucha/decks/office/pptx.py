"""A .pptx read for what its PDF conversion loses: hidden slides, the fonts that draw text
on each shown slide, animated GIFs. A run of text without a font of its own takes the
master's (title or body), which may name the theme's major or minor font."""

from __future__ import annotations

import zipfile

from pechakucha.decks.office.archive import read_xml
from pechakucha.decks.office.presentation import (
    Element,
    Presentation,
    attribute,
    is_animated_gif,
    local,
    record,
    resolve,
)

_TITLES = frozenset({"title", "ctrTitle"})


def read_pptx(archive: zipfile.ZipFile, names: set[str]) -> Presentation:
    """Hidden slides, fonts by shown slide, shown slides with an animated GIF."""
    parts = _slide_parts(archive)
    hidden, fonts, animated = [], {}, []
    shown = 0
    for number, part in enumerate(parts, 1):
        slide = read_xml(archive, part)
        if attribute(slide, "show") in ("0", "false"):
            hidden.append(number)
            continue
        shown += 1
        relations = _relations(archive, part, names)
        defaults = _defaults(archive, part, relations, names)
        _record_runs(slide, defaults, shown, fonts)
        media = [t for t in relations.values() if t in names]
        if any(is_animated_gif(archive, target) for target in media):
            animated.append(shown)
    used = {font: tuple(sorted(slides)) for font, slides in fonts.items()}
    return Presentation(tuple(hidden), used, tuple(animated))


def _slide_parts(archive: zipfile.ZipFile) -> list[str]:
    presentation = read_xml(archive, "ppt/presentation.xml")
    relations = read_xml(archive, "ppt/_rels/presentation.xml.rels")
    targets = {attribute(r, "Id"): attribute(r, "Target") or "" for r in relations}
    order = [  # each slide's r:id (sldId also has a plain numeric id)
        next((v for k, v in e.attrib.items() if k.endswith("}id")), None)
        for e in presentation.iter()
        if local(e.tag) == "sldId"
    ]
    return [resolve("ppt/presentation.xml", targets.get(r) or "") for r in order]


def _relations(archive: zipfile.ZipFile, part: str, names: set[str]) -> dict[str, str]:
    folder, name = part.rsplit("/", 1)
    rels = f"{folder}/_rels/{name}.rels"
    if rels not in names:
        return {}
    return {
        attribute(r, "Id") or "": resolve(part, attribute(r, "Target") or "")
        for r in read_xml(archive, rels)
        if attribute(r, "TargetMode") != "External"
    }


def _defaults(
    archive: zipfile.ZipFile, part: str, relations: dict[str, str], names: set[str]
) -> dict[str, str | None]:
    """The fonts a run without its own takes: "title", "body", and the theme's "+mj-lt",
    "+mn-lt", found through the slide's layout, its master and the master's theme."""
    found: dict[str, str | None] = {"title": "+mj-lt", "body": "+mn-lt"}
    layout = next((t for t in relations.values() if "slideLayout" in t), None)
    master_rels = _relations(archive, layout, names) if layout in names else {}
    master = next((t for t in master_rels.values() if "slideMaster" in t), None)
    if master in names:
        styles = read_xml(archive, master)
        for element in styles.iter():
            kind = {"titleStyle": "title", "bodyStyle": "body"}.get(local(element.tag))
            latin = next((e for e in element.iter() if local(e.tag) == "latin"), None)
            if kind and latin is not None and attribute(latin, "typeface"):
                found[kind] = attribute(latin, "typeface")
        theme = next((t for t in _relations(archive, master, names).values() if "theme" in t), None)
        if theme in names:
            for element in read_xml(archive, theme).iter():
                key = {"majorFont": "+mj-lt", "minorFont": "+mn-lt"}.get(local(element.tag))
                latin = next((e for e in element if local(e.tag) == "latin"), None)
                if key and latin is not None:
                    found[key] = attribute(latin, "typeface")
    return found


def _record_runs(slide: Element, defaults: dict[str, str | None], number: int, fonts: dict) -> None:
    for shape in slide.iter():
        if local(shape.tag) not in ("sp", "graphicFrame"):
            continue
        placeholder = next((e for e in shape.iter() if local(e.tag) == "ph"), None)
        title = placeholder is not None and attribute(placeholder, "type") in _TITLES
        default = defaults["title" if title else "body"]
        for run in shape.iter():
            if local(run.tag) not in ("r", "fld"):
                continue
            text = "".join(t.text or "" for t in run if local(t.tag) == "t")
            if not text.strip():
                continue
            latin = next((e for e in run.iter() if local(e.tag) == "latin"), None)
            face = attribute(latin, "typeface") if latin is not None else None
            face = face or default
            record(
                fonts, defaults.get(face, face) if face and face.startswith("+") else face, number
            )
