"""`pechakucha bench`: measure this machine — timing lateness, launch, render speed, memory.

Every number comes from running the real thing: the real app in a subprocess (offscreen, with a
virtual laptop + projector), its journal for lateness, /proc for the memory of all its processes
(the app and its render process), sampled every 10 ms. `PECHAKUCHA_RENDER_PORTABLE=1 pechakucha
bench` measures the portable way to a slide (what Windows and macOS take); `render_path` says which.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from pechakucha.cli.bench_cpu import CPU_TARGETS, cpu_figures
from pechakucha.cli.bench_preflight import PREFLIGHT_TARGETS, preflight_figures
from pechakucha.qt.pixels.transport import path_name

TARGETS = {
    "lateness_p50_ms": 2.0,
    "lateness_p99_ms": 5.0,
    "lateness_max_ms": 16.0,
    "launch_text_pdf_s": 0.25,
    "launch_photo_folder_s": 0.4,
    "launch_photo_pdf_4k_s": 1.0,
    "late_after_heavy_ms": 16.0,
    "late_max_while_heavy_ms": 16.0,
    "peak_rss_4k_mb": 300.0,
}


def screens_config(folder: Path, projector: tuple[int, int]) -> str:
    """QT_QPA_PLATFORM value for an offscreen laptop (1366×768) plus a projector."""
    screens = [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "projector", "x": 1366, "y": 0, "width": projector[0], "height": projector[1]},
    ]
    for screen in screens:
        screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
    path = folder / f"screens-{projector[0]}.json"
    path.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return f"offscreen:configfile={path}"


def make_photo_deck(path: Path, slides: int = 20) -> Path:
    """A 16:9 PDF whose pages each carry a full-page noisy photo-like image plus text."""
    import pymupdf
    from PIL import Image

    document = pymupdf.open()
    for number in range(slides):
        page = document.new_page(width=960, height=540)
        noise = Image.effect_noise((1600, 900), 40 + number).convert("RGB")
        photo = Image.merge(
            "RGB",
            (
                noise.getchannel(0),
                Image.linear_gradient("L").resize((1600, 900)),
                noise.getchannel(2),
            ),
        )
        page.insert_image(page.rect, stream=_jpeg_bytes(photo))
        page.insert_text((60, 90), f"Slide {number + 1}", fontsize=48, color=(1, 1, 1))
    document.save(path)
    document.close()
    return path


def _jpeg_bytes(image) -> bytes:
    import io

    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def _burn(stop_at: float) -> None:
    while time.monotonic() < stop_at:
        pass


def run_app(deck: Path, platform: str, extra: list[str], busy_cores: int = 0) -> tuple[int, dict]:
    """Run the app in a subprocess (journals in a data folder, settings in a config folder,
    beside the deck: the benchmark's made-up screens are not the user's projector); returns
    (exit code, {"maxrss_kb": the app's own peak, "tree_kb": peak of all its processes
    together, "stdout"})."""
    folder = deck.parent
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=platform,
        PECHAKUCHA_DATA_DIR=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        PECHAKUCHA_CONFIG_DIR=str(folder / "config" / "pechakucha"),  # macOS, Windows too
    )
    burners = [
        multiprocessing.Process(target=_burn, args=(time.monotonic() + 120,))
        for _ in range(busy_cores)
    ]
    for burner in burners:
        burner.start()
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "pechakucha", str(deck), "--resume", "no", *extra],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        sampler = TreeMemory(child.pid)
        output = child.stdout.read().decode()
        sampler.stop()
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        for burner in burners:
            burner.terminate()
    result = {"maxrss_kb": usage.ru_maxrss, "tree_kb": sampler.peak_kb, "stdout": output}
    return os.waitstatus_to_exitcode(status), result


def bench_lateness(deck: Path, folder: Path, seconds: float, slides: int) -> dict:
    """Advance lateness over a whole talk with both cores busy, from the app's own journal."""
    log = folder / "lateness.jsonl"
    log.unlink(missing_ok=True)
    run_app(
        deck,
        screens_config(folder, (1920, 1080)),
        [
            "--start",
            "--quit-at-end",
            "--slides",
            str(slides),
            "--seconds-per-slide",
            str(seconds),
            "--log",
            str(log),
        ],
        busy_cores=os.cpu_count() or 2,
    )
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    advances = [e for e in entries if e["event"] == "advance" and e["slide"] > 1]
    late = sorted(e["late_ms"] for e in advances)
    first, last = advances[0], advances[-1]
    drift = (last["due"] - first["due"]) - (last["slide"] - first["slide"]) * seconds
    return {
        "advances": len(late),
        "lateness_p50_ms": statistics.median(late),
        "lateness_p99_ms": late[min(len(late) - 1, int(len(late) * 0.99))],
        "lateness_max_ms": late[-1],
        "drift_ms": round(drift * 1000, 3),
    }


def bench_render(deck: Path) -> dict:
    """Render time per page (median) at 1080p and 4K, and a big JPEG to 1080p."""
    from pechakucha.decks import open_deck

    result = {}
    with open_deck(deck) as opened:
        for name, size in (("render_1080p_ms", (1920, 1080)), ("render_4k_ms", (3840, 2160))):
            times = []
            for index in range(len(opened)):
                started = time.perf_counter()
                opened.render(index, *size)
                times.append(time.perf_counter() - started)
            result[name] = round(statistics.median(times) * 1000, 1)
    return result


# -- rendering out of the GUI process (issue #12, item 4) -------------------------------------

HEAVY_SLIDE = 5  # 0-based: the sixth slide of the heavy deck takes seconds to draw


class TreeMemory:
    """Samples the resident memory of a process and all its descendants (Linux /proc) every
    `interval` seconds; `peak_kb` is the largest sum seen (0 where /proc is missing)."""

    def __init__(self, pid: int, interval: float = 0.01) -> None:
        self.pid, self.peak_kb = pid, 0
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(interval,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop sampling."""
        self._stopped.set()
        self._thread.join()

    def _sample(self, interval: float) -> None:
        while not self._stopped.wait(interval):
            total = sum(_rss_kb(pid) for pid in process_tree(self.pid))
            self.peak_kb = max(self.peak_kb, total)


def process_tree(pid: int) -> list[int]:
    """`pid` and every process below it (children of any of its threads), or [] if gone."""
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    children = []
    for thread in threads:
        try:
            children += Path(f"/proc/{pid}/task/{thread}/children").read_text().split()
        except OSError:
            continue
    return [pid] + [below for child in children for below in process_tree(int(child))]


def _rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    line = next((row for row in status.splitlines() if row.startswith("VmRSS:")), "0 0")
    return int(line.split()[1])


def make_heavy_deck(path: Path, leaf_paths: int, slides: int = 20) -> Path:
    """A 16:9 PDF of plain numbered slides, but slide HEAVY_SLIDE + 1 is 1000 × `leaf_paths`
    stroked vector paths (nested form XObjects: a tiny file that takes long to draw)."""
    import pymupdf

    document = pymupdf.open()
    for number in range(slides):
        page = document.new_page(width=960, height=540)
        page.insert_text((60, 90), f"Slide {number + 1}", fontsize=48)
        if number == HEAVY_SLIDE:
            _add_heavy_drawing(document, page, leaf_paths)
    document.save(path)
    document.close()
    return path


def _add_heavy_drawing(document, page, leaf_paths: int, fanout: int = 10, depth: int = 3) -> None:
    strokes = " ".join(
        f"{i * 37 % 900} {i * 53 % 500} m {i * 37 % 900 + 40} {i * 53 % 500 + 7} l "
        f"{i * 37 % 900 + 13} {i * 53 % 500 + 31} l h S"
        for i in range(leaf_paths)
    )
    child = _form(document, "", f"0.2 0.3 0.8 RG 0.5 w {strokes}")
    for _ in range(depth):  # each level draws the one below `fanout` times
        uses = " ".join(f"q 1 0 0 1 {k % 3} {k % 2} cm /C Do Q" for k in range(fanout))
        child = _form(document, f"/Resources << /XObject << /C {child} 0 R >> >>", uses)
    kind, value = document.xref_get_key(page.xref, "Resources")
    resources, key = (int(value.split()[0]), "XObject") if kind == "xref" else (page.xref, "")
    document.xref_set_key(resources, key or "Resources/XObject", f"<< /Heavy {child} 0 R >>")
    contents = page.get_contents()[0]
    document.update_stream(contents, document.xref_stream(contents) + b"\nq /Heavy Do Q\n")


def _form(document, resources: str, content: str) -> int:
    xref = document.get_new_xref()
    document.update_object(
        xref, f"<< /Type /XObject /Subtype /Form /BBox [0 0 960 540] {resources} >>"
    )
    document.update_stream(xref, content.encode())
    return xref


def heavy_slide_seconds(deck: Path, size: tuple[int, int] = (1920, 1080)) -> float:
    """Time to draw the heavy slide of `deck` at `size`, here, in this process."""
    from pechakucha.decks import open_deck

    with open_deck(deck) as opened:
        started = time.perf_counter()
        opened.render(HEAVY_SLIDE, *size)
        return time.perf_counter() - started


def bench_heavy_slide(folder: Path, seconds: float = 4.0) -> dict:
    """A 20 × 2 s talk whose sixth slide takes `seconds` to draw at 1080p (calibrated on this
    machine): lateness of the slide after it, of every other slide (several are due while it
    is being drawn), and of the heavy slide itself, from the app's journal."""
    probe = heavy_slide_seconds(make_heavy_deck(folder / "probe.pdf", 10, slides=HEAVY_SLIDE + 1))
    deck = make_heavy_deck(folder / "heavy.pdf", max(1, round(10 * seconds / probe)))
    drawn = heavy_slide_seconds(deck)
    log = folder / "heavy.jsonl"
    timing = ["--slides", "20", "--seconds-per-slide", "2", "--log", str(log)]
    run_app(deck, screens_config(folder, (1920, 1080)), ["--start", "--quit-at-end", *timing])
    late = {e["slide"]: e["late_ms"] for e in _journal(log) if e["event"] == "advance"}
    heavy = HEAVY_SLIDE + 1
    others = [ms for slide, ms in late.items() if slide not in (1, heavy)]
    return {
        "heavy_slide_draw_s": round(drawn, 2),
        "late_after_heavy_ms": late.get(heavy + 1),
        "late_max_while_heavy_ms": max(others, default=None),
        "late_heavy_slide_ms": late.get(heavy),
    }


def _journal(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def make_photo_folder(folder: Path, photos: int = 20) -> Path:
    """A folder of `photos` camera-sized (4000 × 3000) JPEG photos."""
    from PIL import Image

    folder.mkdir(exist_ok=True)
    noise = Image.effect_noise((4000, 3000), 60).convert("L")
    for number in range(photos):
        gradient = Image.linear_gradient("L").rotate(number * 17).resize((4000, 3000))
        photo = Image.merge("RGB", (noise, gradient, noise.rotate(180)))
        photo.save(folder / f"photo-{number + 1:02}.jpg", quality=85)
    return folder


def launch_seconds(deck: Path, folder: Path, projector: tuple[int, int], runs: int = 5) -> float:
    """Process start to slide 1 painted on the console (median of `runs`)."""
    times = []
    for _ in range(runs):
        started = time.monotonic()
        _, result = run_app(deck, screens_config(folder, projector), ["--bench-launch"])
        times.append(float(result["stdout"].split()[1]) - started)  # the first "painted T"
    return round(statistics.median(times), 3)


def make_text_deck(path: Path, slides: int = 20) -> Path:
    """A 16:9 PDF of slides with a title and a few lines of text each."""
    import pymupdf

    document = pymupdf.open()
    for number in range(slides):
        page = document.new_page(width=960, height=540)
        page.insert_text((60, 90), f"Slide {number + 1}", fontsize=48)
        for line in range(5):
            page.insert_text((60, 180 + line * 50), f"Point {line + 1} of slide {number + 1}")
    document.save(path)
    document.close()
    return path


def bench_launches(folder: Path, photo_pdf: Path) -> dict:
    """Launch to the first slide: a text PDF and a photo folder at 1080p, a photo PDF at 4K."""
    text = make_text_deck(folder / "text.pdf")
    photos = make_photo_folder(folder / "photos")
    return {
        "launch_text_pdf_s": launch_seconds(text, folder, (1920, 1080)),
        "launch_photo_folder_s": launch_seconds(photos, folder, (1920, 1080)),
        "launch_photo_pdf_4k_s": launch_seconds(photo_pdf, folder, (3840, 2160)),
    }


def bench_memory_all(deck: Path, folder: Path) -> dict:
    """Peak resident memory of all the app's processes together, presenting a 20-slide photo
    deck (1 s a slide) on a 3840×2160 projector plus the console; of the GUI process alone;
    and how many slides reached the projector (a slide never drawn costs no memory)."""
    log = folder / "memory.jsonl"
    _, usage = run_app(
        deck,
        screens_config(folder, (3840, 2160)),
        ["--start", "--quit-at-end", "--seconds-per-slide", "1", "--log", str(log)],
    )
    return {
        "peak_rss_4k_mb": round(usage["tree_kb"] / 1024, 1),
        "peak_rss_4k_gui_mb": round(usage["maxrss_kb"] / 1024, 1),
        "slides_shown_4k": sum(e["event"] == "advance" for e in _journal(log)),
    }


def run_bench(as_json: bool) -> int:
    """Run every benchmark, print the numbers against their targets."""
    with tempfile.TemporaryDirectory(prefix="pechakucha-bench-") as tmp:
        folder = Path(tmp)
        deck = make_photo_deck(folder / "photos.pdf")
        results: dict = {"render_path": path_name()}  # PECHAKUCHA_RENDER_PORTABLE=1: portable
        results |= bench_render(deck)
        results |= preflight_figures(folder, deck)
        results |= bench_launches(folder, deck)
        results |= bench_memory_all(deck, folder)
        results |= bench_lateness(deck, folder, seconds=2.0, slides=20)
        results |= bench_heavy_slide(folder)
        results |= cpu_figures(folder, deck)
    targets = TARGETS | PREFLIGHT_TARGETS | CPU_TARGETS
    verdicts = {key: results[key] <= limit for key, limit in targets.items() if key in results}
    if as_json:
        print(json.dumps({"results": results, "targets": targets, "met": verdicts}, indent=2))
    else:
        for key, value in results.items():
            target = (
                f"  (target ≤ {targets[key]:g}: {'ok' if verdicts[key] else 'MISSED'})"
                if key in targets
                else ""
            )
            print(f"{key:24} {value}{target}")
    return 0 if all(verdicts.values()) else 1


def bench_command(args) -> int:
    """`pechakucha bench [--json]`: run the benchmarks and print them."""
    return run_bench(args.json)
