"""The sentences of preflight's findings, by code: English templates with named fields, marked
for translation in the "preflight" context (the Qt layer translates them when it shows them).
"""

from __future__ import annotations

from pechakucha.core.i18n import QT_TRANSLATE_NOOP

MESSAGES = {
    "slide-count": QT_TRANSLATE_NOOP(
        "preflight", "has {slides} slides; the talk needs exactly {expected}"
    ),
    "mixed-aspect": QT_TRANSLATE_NOOP(
        "preflight", "slide is {aspect} while most slides are {majority}"
    ),
    "aspect-mismatch": QT_TRANSLATE_NOOP(
        "preflight", "slides are {aspect}; the projector is {projector}, so they get black bands"
    ),
    "mixed-aspects": QT_TRANSLATE_NOOP("preflight", "slides come in {count} shapes: {groups}"),
    "low-resolution": QT_TRANSLATE_NOOP(
        "preflight", "image is {width}×{height}, small for a {projector} projector: it will blur"
    ),
    "stretched-image": QT_TRANSLATE_NOOP(
        "preflight",
        "picture of {width}×{height} pixels is stretched {factor}× on a {projector} projector: "
        "it will blur",
    ),
    "stretched-image-soft": QT_TRANSLATE_NOOP(
        "preflight",
        "picture of {width}×{height} pixels is stretched {factor}× on a {projector} projector: "
        "slightly soft, not blurred",
    ),
    "low-resolution-soft": QT_TRANSLATE_NOOP(
        "preflight",
        "image is {width}×{height}, stretched {factor}× on a {projector} projector: slightly "
        "soft, not blurred",
    ),
    "transparency": QT_TRANSLATE_NOOP("preflight", "transparent areas show as white, like paper"),
    "transparency-hides": QT_TRANSLATE_NOOP(
        "preflight",
        "light parts are drawn on transparency: on the white page they vanish",
    ),
    "blank-slide": QT_TRANSLATE_NOOP("preflight", "slide is blank (one flat colour)"),
    "page-number-only": QT_TRANSLATE_NOOP("preflight", "slide is blank but for its page number"),
    "near-blank-slide": QT_TRANSLATE_NOOP(
        "preflight", "slide is nearly blank: the audience would see almost nothing"
    ),
    "duplicate-slide": QT_TRANSLATE_NOOP("preflight", "slide looks identical to the previous one"),
    "render-failed": QT_TRANSLATE_NOOP("preflight", "slide cannot be drawn: {reason}"),
    "repaired": QT_TRANSLATE_NOOP(
        "preflight",
        "the file is damaged and was repaired to open it — export the deck again; these slides "
        "may not look as intended: {slides}",
    ),
    "repaired-unknown": QT_TRANSLATE_NOOP(
        "preflight",
        "the file is damaged and was repaired to open it — export the deck again, or look at "
        "every slide",
    ),
    "damaged-slide": QT_TRANSLATE_NOOP(
        "preflight", "slide is damaged in the file and may not look as intended"
    ),
    "not-drawn": QT_TRANSLATE_NOOP(
        "preflight",
        "the talk shows only the first {drawn} slides: the audience will not see the others",
    ),
    "converted": QT_TRANSLATE_NOOP("preflight", "converted from {kind} with LibreOffice"),
    "hidden-slides": QT_TRANSLATE_NOOP(
        "preflight", "slides hidden in the presentation were left out: {slides}"
    ),
    "lossy-conversion": QT_TRANSLATE_NOOP(
        "preflight",
        "converted from {kind} with LibreOffice, which likely lost parts of it (text, "
        "backgrounds, fonts) — export a PDF from {app} itself and use that",
    ),
    "overprinted-text": QT_TRANSLATE_NOOP(
        "preflight", "text is printed over other text: the conversion went wrong on this slide"
    ),
    "font-substituted": QT_TRANSLATE_NOOP(
        "preflight",
        "font {font} is not installed here: {substitute} replaces it, with other letter "
        "widths, so text may not fit as designed (slides {slides})",
    ),
    "font-replaced": QT_TRANSLATE_NOOP(
        "preflight",
        "font {font} is not installed here: another font replaces it, so text may not fit "
        "as designed (slides {slides})",
    ),
    "heavy-slide": QT_TRANSLATE_NOOP(
        "preflight",
        "slide is too heavy to draw in time ({shapes} shapes drawn one by one): the projector "
        "would wait for it — export it as a picture",
    ),
    "animation-lost": QT_TRANSLATE_NOOP(
        "preflight", "animated GIFs show as still pictures on slides {slides}"
    ),
    "files-skipped": QT_TRANSLATE_NOOP(
        "preflight",
        "files in the folder that are not shown: {files} — save them as PNG to show them",
    ),
    "overlays-beamer": QT_TRANSLATE_NOOP(
        "preflight",
        "these {pages} pages are {frames} frames: each overlay step (\\pause, \\only, "
        "\\uncover) became a page — add the handout option, "
        "\\documentclass[handout]{{beamer}}, for one page per frame",
    ),
    "build-steps": QT_TRANSLATE_NOOP(
        "preflight",
        "these {pages} pages are {frames} slides: each build or animation step became a "
        "page — export again without build stages",
    ),
    "notes-pages": QT_TRANSLATE_NOOP(
        "preflight",
        "pages show the slide above the speaker's notes: the audience would read the notes "
        "— export the slides only",
    ),
    "printed-document": QT_TRANSLATE_NOOP(
        "preflight",
        "pages are {aspect} and full of running text: this is a document for print, not slides",
    ),
    "closing-slide": QT_TRANSLATE_NOOP(
        "preflight",
        "a closing page (“{words}”) past the {expected} slides of the talk: drop it",
    ),
    "no-talks": QT_TRANSLATE_NOOP("preflight", "the session has no talk with a deck"),
    "load-failed": QT_TRANSLATE_NOOP("preflight", "{reason}"),
}

# How to fix each finding, for a speaker who is not technical (the proof puts it next to the
# slide). A code with no entry needs nothing done.
FIXES = {
    "slide-count": QT_TRANSLATE_NOOP(
        "fixes", "Make the deck exactly {expected} slides: drop or add slides, then export again."
    ),
    "not-drawn": QT_TRANSLATE_NOOP("fixes", "Keep only the {drawn} slides you want shown."),
    "mixed-aspect": QT_TRANSLATE_NOOP(
        "fixes", "Give every slide the same page size ({majority}) in your presentation program."
    ),
    "mixed-aspects": QT_TRANSLATE_NOOP(
        "fixes", "Give every slide the same page size (16:9 fills the screen)."
    ),
    "aspect-mismatch": QT_TRANSLATE_NOOP(
        "fixes", "Optional: a page size of the projector's shape fills the whole screen."
    ),
    "low-resolution": QT_TRANSLATE_NOOP(
        "fixes", "Use an original picture at least as large as the projector ({projector})."
    ),
    "stretched-image": QT_TRANSLATE_NOOP(
        "fixes", "Use an original of this picture {factor} times larger, or show it smaller."
    ),
    "transparency-hides": QT_TRANSLATE_NOOP(
        "fixes", "Put a dark background behind the light parts, or make them dark."
    ),
    "page-number-only": QT_TRANSLATE_NOOP("fixes", "Add the slide's content, or drop the slide."),
    "duplicate-slide": QT_TRANSLATE_NOOP(
        "fixes", "If it is not on purpose, change or drop one of the two."
    ),
    "blank-slide": QT_TRANSLATE_NOOP(
        "fixes", "If it should not be blank, export the deck again and look at this slide."
    ),
    "render-failed": QT_TRANSLATE_NOOP("fixes", "Export the deck again as PDF and send it again."),
    "repaired": QT_TRANSLATE_NOOP("fixes", "Export the deck again as PDF and send it again."),
    "repaired-unknown": QT_TRANSLATE_NOOP(
        "fixes", "Export the deck again as PDF and send it again."
    ),
    "damaged-slide": QT_TRANSLATE_NOOP("fixes", "Export the deck again as PDF and send it again."),
    "converted": QT_TRANSLATE_NOOP(
        "fixes", "Send a PDF export: it will look exactly as you designed it."
    ),
    "hidden-slides": QT_TRANSLATE_NOOP(
        "fixes", "Show them again in your presentation if the audience should see them."
    ),
    "fonts-missing": QT_TRANSLATE_NOOP("fixes", "Send a PDF export: it carries its fonts."),
    "notes-pages": QT_TRANSLATE_NOOP(
        "fixes", "Export the slides only, not the notes pages (one slide per page)."
    ),
    "printed-document": QT_TRANSLATE_NOOP(
        "fixes", "Send the slides: one picture-led slide per page, 20 of them."
    ),
    "closing-slide": QT_TRANSLATE_NOOP("fixes", "Drop the closing page."),
    "build-steps": QT_TRANSLATE_NOOP(
        "fixes", "Export again without build stages: one page per slide."
    ),
}
