"""Image decks: every format a speaker brings, orientation, colour modes, transparency, bombs."""

from __future__ import annotations

import pytest
from PIL import Image, ImageOps

from pechakucha.decks import open_deck
from pechakucha.decks.errors import (
    EmptyFile,
    ImagesInSubfolder,
    ImageTooLarge,
    NoSlides,
    UnreadableImage,
)
from pechakucha.decks.images import MAX_PIXELS, ImageDeck, refuse_image_bomb
from tests.decks import makers
from tests.decks.conftest import BLUE, GREEN, RED
from tests.decks.helpers import near, pixel

BLACK = (0, 0, 0)
WHITE = (255, 255, 255)


def centre(deck, width=160, height=120, index=0):
    """Colour at the middle of slide `index` rendered at `width`×`height`."""
    return pixel(deck.render(index, width, height), width // 2, height // 2)


def test_open_deck_folder_plays_images_in_natural_order(image_folder):
    """`Slide2` before `Slide10`, case ignored, whatever the extension's case."""
    with open_deck(image_folder) as deck:
        labels = [deck.slide_label(index) for index in range(len(deck))]
    assert labels == [
        "Slide1.png",
        "Slide2.png",
        "Slide3.png",
        "Slide10.png",
        "slide11.JPG",
        "Slide20.png",
    ]


def test_open_deck_folder_ignores_hidden_system_and_non_image_files(image_folder):
    """.DS_Store, ._AppleDouble, Thumbs.db, desktop.ini, dotfiles, .txt, subfolders: skipped."""
    with open_deck(image_folder) as deck:
        assert isinstance(deck, ImageDeck)
        assert deck.path == image_folder
        assert len(deck) == 6


def test_open_deck_folder_without_images_raises_no_slides(tmp_path):
    """A folder holding only litter has no slides, and the message says so."""
    (tmp_path / "notes.txt").write_text("talk notes")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    with pytest.raises(NoSlides, match="the folder has no images"):
        open_deck(tmp_path)


def test_open_deck_folder_with_broken_image_is_one_failed_slide_naming_that_file(image_folder):
    """A file with an image extension that Pillow cannot read is one slide that cannot be
    drawn (named, with its number); the other slides still open and draw."""
    (image_folder / "Slide5.png").write_bytes(b"this is not a PNG at all")
    with open_deck(image_folder) as deck:
        assert len(deck) == 7
        assert deck.slide_label(3) == "Slide5.png"
        with pytest.raises(UnreadableImage, match=r"Slide5\.png \(slide 4\)"):
            deck.render(3, 160, 90)
        assert near(centre(deck, 160, 90, index=4), RED)


def test_open_deck_folder_with_zero_byte_image_fails_that_slide_only(image_folder):
    """A 0-byte image (a copy cut short) fails its own slide, with the EmptyFile sentence."""
    (image_folder / "Slide3.png").write_bytes(b"")
    with open_deck(image_folder) as deck, pytest.raises(EmptyFile, match=r"Slide3\.png"):
        deck.render(2, 160, 90)


def test_render_failed_slide_reads_the_file_again_once_it_is_whole(image_folder, make_image):
    """A slide whose image was still being copied when the deck opened shows once it is whole."""
    (image_folder / "Slide3.png").write_bytes(b"")
    with open_deck(image_folder) as deck:
        make_image("Slide3.png", folder=image_folder, size=(160, 90), colour=GREEN)
        assert centre(deck, 160, 90, index=2) == GREEN


def test_open_deck_folder_whose_images_all_fail_raises_the_first_error(tmp_path):
    """With no readable image at all there is no deck: the first file's error is raised."""
    for name in ("a.png", "b.png"):
        (tmp_path / name).write_bytes(b"")
    with pytest.raises(EmptyFile, match=r"a\.png"):
        open_deck(tmp_path)


def test_open_deck_folder_with_images_in_a_subfolder_names_the_subfolder(tmp_path, make_image):
    """An exported folder whose slides sit in Images/ says where they are."""
    for number in range(3):
        make_image(f"{number}.png", folder=tmp_path / "talk" / "Images")
    with pytest.raises(ImagesInSubfolder, match=r"subfolder “Images” has 3"):
        open_deck(tmp_path / "talk")


def test_render_truncated_jpeg_raises_unreadable_image_naming_file_and_slide(tmp_path):
    """A JPEG cut short passes the header check but fails when decoded, naming file and slide."""
    path = tmp_path / "cut.jpg"
    Image.effect_noise((800, 600), 64).convert("RGB").save(path, quality=95)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with open_deck(path) as deck, pytest.raises(UnreadableImage) as caught:
        deck.render(0, 160, 120)
    assert "cut.jpg" in str(caught.value)
    assert "slide 1" in str(caught.value)


def test_open_deck_single_image_is_a_one_slide_deck_with_its_pixel_size(make_image):
    """One picture opens as one slide; its size is its pixel size."""
    with open_deck(make_image("only.png", size=(640, 480))) as deck:
        assert len(deck) == 1
        size = deck.slide_size(0)
        assert (size.width, size.height, size.pixels) == (640, 480, (640, 480))
        assert deck.slide_label(0) == "only.png"


def test_open_deck_list_of_images_keeps_the_given_order(make_image):
    """A list is played as listed: the caller chose the order."""
    paths = [make_image("b.png", colour=BLUE), make_image("a.png", colour=GREEN)]
    with open_deck(paths) as deck:
        assert [deck.slide_label(0), deck.slide_label(1)] == ["b.png", "a.png"]
        assert near(centre(deck, index=1), GREEN)


def exif_rotated_jpeg(make_image, tmp_path):
    """A 40×20 JPEG, left half red and right half blue, tagged Orientation=6 (turn 90° CW)."""
    image = Image.new("RGB", (40, 20), RED)
    image.paste(BLUE, (20, 0, 40, 20))
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "phone.jpg"
    image.save(path, exif=exif, quality=95)
    return path


def test_open_deck_jpeg_with_exif_orientation_6_reports_swapped_size(make_image, tmp_path):
    """A phone photo stored landscape but tagged 'rotate 90°' is a portrait slide."""
    with open_deck(exif_rotated_jpeg(make_image, tmp_path)) as deck:
        size = deck.slide_size(0)
        assert (size.width, size.height, size.pixels) == (20, 40, (20, 40))


def test_render_jpeg_with_exif_orientation_6_turns_the_pixels(make_image, tmp_path):
    """Turned 90° clockwise, the stored left (red) half is on top and the blue one below."""
    with open_deck(exif_rotated_jpeg(make_image, tmp_path)) as deck:
        slide = deck.render(0, 20, 40)
    assert near(pixel(slide, 10, 5), RED, 40)
    assert near(pixel(slide, 10, 35), BLUE, 40)


def test_render_cmyk_jpeg_shows_the_right_colour(make_image):
    """Print-ready CMYK JPEGs (0 % cyan, full magenta and yellow) show red, not inverted."""
    path = make_image("print.jpg", mode="CMYK", colour=(0, 255, 255, 0), quality=95)
    with open_deck(path) as deck:
        assert near(centre(deck), RED, 12)


def test_render_16_bit_greyscale_png_is_scaled_not_clipped_to_white(make_image):
    """A 16-bit mid grey (32768) shows as 8-bit mid grey (~128), not as white."""
    path = make_image("deep.png", mode="I;16", colour=32768)
    with Image.open(path) as check:  # Pillow < 10.3 reads 16-bit grey PNGs as 32-bit "I"
        assert check.mode in ("I;16", "I")
    with open_deck(path) as deck:
        assert near(centre(deck), (128, 128, 128), 2)


def test_render_palette_png_shows_palette_colour(make_image):
    """Indexed-colour PNGs are looked up in their palette."""
    image = Image.new("RGB", (64, 48), GREEN).convert("P", palette=Image.Palette.ADAPTIVE)
    path = make_image("indexed.png", size=(1, 1))
    image.save(path)
    with open_deck(path) as deck:
        assert centre(deck) == GREEN


def test_render_rgba_png_composites_transparency_over_white(make_image, tmp_path):
    """A slide is paper: opaque pixels keep their colour, transparent ones are white,
    half-transparent black is half grey."""
    image = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    image.paste((0, 255, 0, 255), (0, 0, 100, 100))
    image.paste((0, 0, 0, 128), (200, 0, 300, 100))
    path = tmp_path / "logo.png"
    image.save(path)
    with open_deck(path) as deck:
        slide = deck.render(0, 300, 100)
    assert pixel(slide, 50, 50) == GREEN
    assert pixel(slide, 150, 50) == WHITE
    assert near(pixel(slide, 250, 50), (127, 127, 127), 2)


def test_render_dark_ink_on_transparency_stays_visible_and_letterbox_stays_black(tmp_path):
    """The real failure: a title drawn in dark ink on a transparent PNG. Over white it shows
    (over black it vanished); the bands beside a 4:3 slide stay black."""
    path = makers.transparent_slide(tmp_path / "slide.png", 3, size=(1600, 1200))
    with open_deck(path) as deck:
        slide = deck.render(0, 1920, 1080)
    assert pixel(slide, 100, 540) == BLACK  # letterbox
    assert pixel(slide, 1600, 100) == WHITE  # transparent paper, right of the title
    assert near(pixel(slide, 483, 396), (30, 40, 60), 6)  # the first bar's ink (scaled 0.9)


def test_render_greyscale_with_alpha_png_composites_over_white(make_image):
    """LA images: a fully transparent black is white paper, not black."""
    with open_deck(make_image("la.png", mode="LA", colour=(0, 0))) as deck:
        assert centre(deck) == WHITE


def test_transparency_says_shown_for_dark_ink_hides_for_white_ink_none_when_opaque(tmp_path):
    """Transparency that changes what is seen is reported: "hides" when white ink vanishes on
    the white page, "shown" when the transparent areas just become white, None without it."""
    dark = makers.transparent_slide(tmp_path / "dark.png", 1, size=(640, 360))
    light = makers.light_ink_slide(tmp_path / "light.png", size=(640, 360))
    opaque = tmp_path / "opaque.png"
    Image.new("RGBA", (640, 360), (10, 20, 30, 255)).save(opaque)
    with open_deck([dark, light, opaque]) as deck:
        assert [deck.transparency(i) for i in range(3)] == ["shown", "hides", None]


def test_render_palette_gif_with_transparent_index_is_white_behind(make_image, tmp_path):
    """A GIF's transparent colour is composited over white."""
    image = Image.new("P", (40, 40), 1)
    image.putpalette([255, 255, 255, 255, 0, 0])
    path = tmp_path / "hole.gif"
    image.save(path, transparency=1)
    with open_deck(path) as deck:
        assert centre(deck) == WHITE


def test_render_animated_gif_shows_the_first_frame(tmp_path):
    """Only the first frame of an animation is the slide."""
    frames = [Image.new("RGB", (40, 30), colour) for colour in (RED, GREEN, BLUE)]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    with open_deck(path) as deck:
        assert near(centre(deck), RED, 4)


@pytest.mark.parametrize(
    ("name", "save"),
    [
        ("slide.webp", {"lossless": True}),
        ("slide.bmp", {}),
        ("slide.tif", {"compression": "tiff_lzw"}),
        ("slide.tiff", {}),
        ("slide.jpeg", {"quality": 95}),
        ("slide.png", {}),
    ],
)
def test_render_each_image_format_shows_its_colour(make_image, name, save):
    """WebP, BMP, TIFF, JPEG and PNG all open and render their content."""
    with open_deck(make_image(name, colour=BLUE, **save)) as deck:
        assert near(centre(deck), BLUE, 6)


def test_open_deck_png_named_jpg_opens_by_its_content(make_image):
    """The bytes decide, not the extension."""
    with open_deck(make_image("really-a-png.jpg", colour=GREEN, image_format="PNG")) as deck:
        assert centre(deck) == GREEN


def test_open_deck_decompression_bomb_png_raises_image_too_large(make_bilevel_png):
    """A few-kilobyte PNG claiming 20000×20000 pixels is refused before decoding."""
    path = make_bilevel_png("bomb.png", 20_000, 20_000)
    assert path.stat().st_size < 200_000
    with pytest.raises(ImageTooLarge, match=r"bomb\.png"):
        open_deck(path)


def test_open_deck_image_above_100_megapixels_raises_image_too_large(make_bilevel_png):
    """12000×10000 is under Pillow's own error threshold but over ours."""
    path = make_bilevel_png("poster.png", 12_000, 10_000)
    with pytest.raises(ImageTooLarge, match=r"poster\.png.*120 megapixels"):
        open_deck(path)


def test_open_deck_folder_with_bomb_fails_that_slide_naming_the_file(
    image_folder, make_bilevel_png
):
    """A bomb hidden among good slides is found when the folder opens, and never decoded."""
    bomb = make_bilevel_png("bomb.png", 20_000, 20_000)
    bomb.rename(image_folder / "Slide4.png")
    with open_deck(image_folder) as deck, pytest.raises(ImageTooLarge, match=r"Slide4\.png"):
        deck.render(3, 160, 90)


def test_refuse_image_bomb_accepts_up_to_the_limit_and_refuses_above():
    """The guard compares the header's pixel count with the limit (100 megapixels)."""
    refuse_image_bomb("ok.png", 10_000, 10_000)
    assert MAX_PIXELS == 100_000_000
    with pytest.raises(ImageTooLarge, match=r"big\.png"):
        refuse_image_bomb("big.png", 10_001, 10_000)
    with pytest.raises(ImageTooLarge):
        refuse_image_bomb("small-limit.png", 100, 100, limit=9_999)


def test_render_image_4_3_into_1080p_has_black_bands_of_the_right_width(make_image):
    """400×300 fits as 1440×1080: 240-pixel black bands each side, slide colour inside."""
    with open_deck(make_image("four-three.png", size=(400, 300))) as deck:
        slide = deck.render(0, 1920, 1080)
    assert pixel(slide, 239, 540) == BLACK
    assert pixel(slide, 240, 540) == RED
    assert pixel(slide, 1679, 540) == RED
    assert pixel(slide, 1680, 540) == BLACK
    assert pixel(slide, 960, 540) == RED


def test_render_big_jpeg_is_reduced_to_the_fitted_size(make_image):
    """A 4000×3000 photo renders to a 1080p screen, letterboxed, colour intact."""
    path = make_image("photo.jpg", size=(4000, 3000), colour=(200, 100, 50), quality=90)
    with open_deck(path) as deck:
        slide = deck.render(0, 1920, 1080)
    assert len(slide.data) == 1920 * 1080 * 3
    assert pixel(slide, 100, 540) == BLACK
    assert near(pixel(slide, 960, 540), (200, 100, 50), 6)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (333, 777), (1, 1)])
def test_render_image_returns_exactly_width_times_height_times_3_bytes(make_image, size):
    """Whatever the aspects, the pixels are tightly packed RGB of exactly the asked size."""
    with open_deck(make_image("slide.png", size=(401, 299))) as deck:
        slide = deck.render(0, *size)
    assert (slide.width, slide.height) == size
    assert len(slide.data) == size[0] * size[1] * 3


@pytest.mark.parametrize("orientation", range(1, 9))
def test_render_every_exif_orientation_matches_pillow_exif_transpose(tmp_path, orientation):
    """All eight EXIF orientations give the same picture as ImageOps.exif_transpose."""
    image = Image.new("RGB", (60, 30), RED)
    image.paste(GREEN, (0, 0, 20, 10))
    image.paste(BLUE, (40, 20, 60, 30))
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / f"o{orientation}.png"
    image.save(path, exif=exif)
    with Image.open(path) as stored:
        expected = ImageOps.exif_transpose(stored).convert("RGB")
    with open_deck(path) as deck:
        size = deck.slide_size(0)
        slide = deck.render(0, int(size.width), int(size.height))
    assert (slide.width, slide.height) == expected.size
    assert slide.data == expected.tobytes()
