"""Image decks: a folder of images, one image, or a list of images, decoded with Pillow.

Opening a deck only reads each image's header (size and EXIF orientation), so it is fast and
finds broken or oversized files at once; pixels are decoded when a slide is rendered, at the
reduced size the screen needs. A slide is a sheet of paper: transparency is composited over
white, as PowerPoint, Keynote and image viewers do (the letterbox around it stays black).

One image that cannot be read (a 0-byte file, a truncated download) is one failed slide, not a
failed deck: the other slides still show, and preflight names the broken one.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from pechakucha.core.geometry import Rect, fit_rect
from pechakucha.decks.base import Pixels, SlideSize
from pechakucha.decks.errors import (
    DeckError,
    DeckNotFound,
    EmptyFile,
    FileUnreadable,
    ImagesInSubfolder,
    ImageTooLarge,
    NoSlides,
    UnreadableImage,
)
from pechakucha.decks.naturalsort import natural_sorted
from pechakucha.decks.preflight.transparency import transparency_effect

MAX_PIXELS = 100_000_000
"""Images above this many pixels are refused (decompression-bomb guard): 100 megapixels."""

IMAGE_EXTENSIONS = frozenset(
    {".png", ".jpg", ".jpeg", ".jpe", ".jfif", ".webp", ".gif", ".bmp", ".dib", ".tif", ".tiff"}
)
"""File name endings (lower case) that a folder deck treats as slides; other files are skipped."""

IMAGE_FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "BMP", "DIB", "TIFF")
"""The Pillow decoders a deck may use (JPEG also covers camera MPO files)."""

UNSHOWN_EXTENSIONS = frozenset({".svg", ".svgz", ".heic", ".heif"})
"""Pictures a folder deck cannot show (preflight names them, so none is skipped unsaid)."""

SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini"})
"""Files that operating systems leave in folders (lower case); dotfiles are skipped as well."""

_ORIENTATION_TAG = 0x0112
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_SIXTEEN_BIT_MODES = frozenset({"I;16", "I;16L", "I;16B", "I;16N"})
_ALPHA_MODES = frozenset({"RGBA", "LA", "La", "PA", "RGBa"})
WHITE = (255, 255, 255)


def _open(path: Path) -> Image.Image:
    """Image.open limited to the deck formats, without Pillow's bomb warning on stderr
    (it warns from ~89 megapixels; refuse_image_bomb is the guard that decides). The warning
    filter is restored on return; if two threads race here the worst outcome is that this one
    warning stays silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        return Image.open(path, formats=IMAGE_FORMATS)


def refuse_image_bomb(path: str | Path, width: int, height: int, limit: int = MAX_PIXELS) -> None:
    """Raise ImageTooLarge (naming `path`) if a `width`×`height` image exceeds `limit` pixels.

    Call it with the size read from the file's header, before decoding a single pixel, so a
    small file that claims to be 20000×20000 (a decompression bomb) is never allocated.
    """
    if width * height > limit:
        raise ImageTooLarge(path, width * height)


def is_ignored_name(name: str) -> bool:
    """True for hidden and system files (`.DS_Store`, `._slide1.png`, `Thumbs.db`, …)."""
    return name.startswith(".") or name.casefold() in SYSTEM_FILES


@dataclass(frozen=True)
class ImageSlide:
    """One image of a deck, as read from its header: oriented size and EXIF orientation."""

    path: Path
    width: int
    height: int
    orientation: int = 1
    transparent: bool = False  # the file has an alpha channel or a transparent colour
    animated: bool = False  # more than one frame (GIF, APNG, WebP): shown as the first only
    error: DeckError | None = None  # why the image cannot be read, for a failed slide


def read_image_slide(path: Path) -> ImageSlide:
    """Read `path`'s header: its size as shown (EXIF orientation applied) and orientation.

    Raises UnreadableImage if Pillow cannot identify it, ImageTooLarge if it is a bomb.
    """
    try:
        with _open(path) as img:
            refuse_image_bomb(path, *img.size)
            orientation = _orientation(img)
            width, height = img.size
            transparent = img.mode in _ALPHA_MODES or "transparency" in img.info
            animated = bool(getattr(img, "is_animated", False))
    except DeckError:
        raise
    except Image.DecompressionBombError as error:
        raise ImageTooLarge(path) from error
    except Exception as error:  # Pillow raises OSError, SyntaxError, ValueError, struct.error…
        raise _unreadable(path) from error
    if orientation >= 5:  # 5–8 turn the picture a quarter: width and height swap
        width, height = height, width
    return ImageSlide(path, width, height, orientation, transparent, animated)


def _unreadable(path: Path, slide: int | None = None) -> DeckError:
    """The most precise error for an image Pillow could not read: gone, empty, or damaged."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return DeckNotFound(path)
    except OSError as error:
        return FileUnreadable(path, error.strerror or "")
    return EmptyFile(path) if size == 0 else UnreadableImage(path, slide)


def _orientation(img: Image.Image) -> int:
    """EXIF orientation 1–8 of an open image, 1 when absent or invalid; never decodes pixels."""
    if img.format == "PNG" and "exif" not in img.info:
        return 1  # Pillow's PNG getexif() would decode the whole image to look further
    try:
        value = img.getexif().get(_ORIENTATION_TAG, 1)
    except Exception:  # a corrupt EXIF block must not hide a good picture
        return 1
    return value if value in _TRANSPOSE else 1


class ImageDeck:
    """A deck whose slides are image files, in the order given. Not thread-safe by contract,
    though it holds no open file: each render opens, decodes and closes its image."""

    def __init__(self, path: Path, slides: Sequence[ImageSlide]) -> None:
        """Use open_image_folder / open_image_files; `slides` must hold one readable image."""
        self.path = path
        self.skipped_files: tuple[str, ...] = ()  # pictures of the folder it cannot show
        self._slides = list(slides)
        good = next(slide for slide in self._slides if slide.error is None)
        self._fallback = SlideSize(good.width, good.height)

    def __len__(self) -> int:
        """Number of slides."""
        return len(self._slides)

    def __enter__(self) -> ImageDeck:
        """Use the deck in a `with` block; it is closed on leaving."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the deck."""
        self.close()

    def slide_size(self, index: int) -> SlideSize:
        """Oriented pixel size of slide `index`, as the audience sees it (a failed slide gets
        the first good slide's shape, without a pixel size)."""
        slide = self._slides[index]
        if slide.error is not None:
            return self._fallback
        return SlideSize(slide.width, slide.height, (slide.width, slide.height))

    def slide_label(self, index: int) -> str:
        """The image's file name."""
        return self._slides[index].path.name

    def slide_path(self, index: int) -> Path:
        """The image file behind slide `index`."""
        return self._slides[index].path

    def render(self, index: int, width: int, height: int) -> Pixels:
        """Slide `index` fitted into `width`×`height`, centred on black; RGB bytes.

        Raises UnreadableImage (naming the file and slide) if the image cannot be decoded.
        """
        if width <= 0 or height <= 0:
            raise ValueError(f"render size must be positive, not {width}×{height}")
        slide = self._readable(index)
        box = fit_rect(slide.width, slide.height, width, height)
        canvas = Image.new("RGB", (width, height))
        try:
            _draw_fitted(slide, box, canvas)
        except DeckError:
            raise
        except Image.DecompressionBombError as error:
            raise ImageTooLarge(slide.path) from error
        except Exception as error:  # truncated or corrupt data surfaces only when decoding
            raise _unreadable(slide.path, index + 1) from error
        return Pixels(width, height, canvas.tobytes())

    @property
    def animated_slides(self) -> tuple[int, ...]:
        """Slides (1-based) whose image is animated but shows as its first frame."""
        return tuple(n for n, slide in enumerate(self._slides, 1) if slide.animated)

    def transparency(self, index: int) -> str | None:
        """How transparency shows on slide `index`: None if it has none that shows; "shown"
        if transparent areas appear as white paper; "hides" if light parts drawn on
        transparency vanish on that white (they were only visible on a dark background)."""
        slide = self._slides[index]
        if slide.error is not None or not slide.transparent:
            return None
        try:
            with _open(slide.path) as img:
                img.draft("RGB", (320, 320))
                picture = _normalise_mode(img)
        except Exception:  # render() reports unreadable images; this is only a detail
            return None
        return transparency_effect(picture)

    def _readable(self, index: int) -> ImageSlide:
        """Slide `index`, read again if it failed when the deck was opened (a file still being
        copied then may be whole now); raises its DeckError if it still cannot be read."""
        slide = self._slides[index]
        if slide.error is None:
            return slide
        try:
            self._slides[index] = slide = read_image_slide(slide.path)
        except DeckError as error:
            raise replace_slide(error, index) from None
        return slide

    def close(self) -> None:
        """Nothing to release: images are opened only while rendering."""


def _draw_fitted(slide: ImageSlide, box: Rect, canvas: Image.Image) -> None:
    """Decode `slide` at the size of `box` and paste it there on `canvas`, over black."""
    oriented = (box.width, box.height)
    stored = (box.height, box.width) if slide.orientation >= 5 else oriented
    with _open(slide.path) as img:
        refuse_image_bomb(slide.path, *img.size)  # the file may have changed since opening
        if img.format in ("JPEG", "MPO"):
            img.draft("RGB", stored)  # the JPEG decoder scales by 1/2, 1/4 or 1/8 for free
        picture = _normalise_mode(img)
        if picture.size != stored:
            # reducing_gap: Image.reduce() by an integer factor first, then LANCZOS the rest.
            picture = picture.resize(stored, Image.Resampling.LANCZOS, reducing_gap=3.0)
        if slide.orientation in _TRANSPOSE:
            picture = picture.transpose(_TRANSPOSE[slide.orientation])
        if picture.mode == "RGBA":  # a sheet of paper: transparency is white
            paper = Image.new("RGB", picture.size, WHITE)
            paper.paste(picture, (0, 0), picture.getchannel("A"))
            picture = paper
        canvas.paste(picture, (box.x, box.y))


def _normalise_mode(img: Image.Image) -> Image.Image:
    """`img` as 8-bit RGB, or RGBA when it has any transparency (decodes the pixels)."""
    mode = img.mode
    if mode in ("RGB", "RGBA"):
        img.load()
        return img
    if mode in _SIXTEEN_BIT_MODES or mode == "I":
        # Pillow's own conversion clips 16-bit values at 255 (a white slide): scale instead.
        return img.convert("I").point(lambda value: value * (1 / 257)).convert("RGB")
    if mode == "F":
        _low, high = img.getextrema()
        scale = 255.0 if high <= 1.0 else 1.0  # floating point images are 0–1 or 0–255
        return img.point(lambda value: value * scale).convert("RGB")
    if mode in ("LA", "La", "PA", "RGBa") or "transparency" in img.info:
        return img.convert("RGBA")
    return img.convert("RGB")  # 1, L, P, CMYK, YCbCr, LAB, HSV


def replace_slide(error: DeckError, index: int) -> DeckError:
    """`error` about an image, naming it as slide `index + 1` where the message can say so."""
    if isinstance(error, UnreadableImage):
        return UnreadableImage(error.path, index + 1)
    return error


def open_image_files(paths: Iterable[str | Path], deck_path: Path | None = None) -> ImageDeck:
    """A deck of the given image files, in the given order (natural_sorted them if you wish).

    `deck_path` names the deck (default: the first file's folder). Each file's header is read
    now; a file that cannot be read (UnreadableImage, ImageTooLarge, DeckNotFound, EmptyFile)
    becomes a failed slide that names it, unless no file at all can be read: then the first
    file's DeckError is raised. An empty `paths` raises NoSlides.
    """
    files = [Path(path) for path in paths]
    if not files:
        raise NoSlides(deck_path or Path.cwd(), "no image files were given")
    slides = []
    for index, file in enumerate(files):
        try:
            slides.append(read_image_slide(file))
        except DeckError as error:
            slides.append(ImageSlide(file, 0, 0, error=replace_slide(error, index)))
    if all(slide.error is not None for slide in slides):
        raise slides[0].error
    return ImageDeck(deck_path or files[0].parent, slides)


def list_image_files(folder: Path) -> list[Path]:
    """The slide images in `folder` (not its subfolders), in natural order of file name.

    Hidden and system files, subfolders, and files without an image extension are skipped.
    """
    try:
        entries = list(folder.iterdir())
    except OSError as error:
        raise FileUnreadable(folder, error.strerror or "") from error
    files = [
        entry
        for entry in entries
        if not is_ignored_name(entry.name)
        and entry.suffix.lower() in IMAGE_EXTENSIONS
        and entry.is_file()
    ]
    return natural_sorted(files, key=lambda entry: entry.name)


def open_image_folder(folder: Path) -> ImageDeck:
    """A deck of the images in `folder`, in natural order of file name (see list_image_files).

    Raises NoSlides if the folder has no images, or the DeckError naming a bad image.
    """
    files = list_image_files(folder)
    if not files:
        _refuse_empty_folder(folder)
    deck = open_image_files(files, folder)
    deck.skipped_files = tuple(
        natural_sorted(
            (
                entry.name
                for entry in folder.iterdir()
                if entry.suffix.lower() in UNSHOWN_EXTENSIONS and not is_ignored_name(entry.name)
            ),
            key=str,
        )
    )
    return deck


def _refuse_empty_folder(folder: Path) -> None:
    """Raise ImagesInSubfolder naming a subfolder that holds the images, else NoSlides."""
    try:
        subfolders = natural_sorted(
            (
                entry
                for entry in folder.iterdir()
                if entry.is_dir() and not is_ignored_name(entry.name)
            ),
            key=lambda entry: entry.name,
        )
    except OSError:
        subfolders = []
    for subfolder in subfolders:
        try:
            count = len(list_image_files(subfolder))
        except DeckError:
            continue
        if count:
            raise ImagesInSubfolder(folder, subfolder.name, count)
    raise NoSlides(folder, "the folder has no images")
