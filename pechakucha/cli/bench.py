"""`pechakucha bench`: measure this machine — timing lateness, launch, render speed, memory.

Every number comes from running the real thing: the real app in a subprocess (offscreen, with a
virtual laptop + projector), its journal for lateness, `wait4` for peak memory.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pechakucha.cli.bench_preflight import PREFLIGHT_TARGETS, preflight_figures

TARGETS = {
    "lateness_p99_ms": 5.0,
    "lateness_max_ms": 16.0,
    "launch_to_console_s": 0.5,
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
    """Run the app in a subprocess; returns (exit code, rusage as dict)."""
    # Its own settings folder: the benchmark's made-up screens are not the user's projector.
    env = dict(os.environ, QT_QPA_PLATFORM=platform, XDG_CONFIG_HOME=str(deck.parent / "config"))
    burners = [
        multiprocessing.Process(target=_burn, args=(time.monotonic() + 120,))
        for _ in range(busy_cores)
    ]
    for burner in burners:
        burner.start()
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "pechakucha", str(deck), *extra],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        output = child.stdout.read().decode()
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        for burner in burners:
            burner.terminate()
    return os.waitstatus_to_exitcode(status), {"maxrss_kb": usage.ru_maxrss, "stdout": output}


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


def bench_launch(deck: Path, folder: Path, runs: int = 5) -> dict:
    """Process start to the console's first paint (median of `runs`)."""
    times = []
    for _ in range(runs):
        started = time.monotonic()
        _, result = run_app(deck, screens_config(folder, (1920, 1080)), ["--bench-launch"])
        painted = float(result["stdout"].split()[-1])
        times.append(painted - started)
    return {"launch_to_console_s": round(statistics.median(times), 3)}


def bench_memory(deck: Path, folder: Path) -> dict:
    """Peak RSS presenting a 20-slide deck on a 3840×2160 projector plus the console."""
    _, usage = run_app(
        deck,
        screens_config(folder, (3840, 2160)),
        ["--start", "--quit-at-end", "--seconds-per-slide", "0.3"],
    )
    return {"peak_rss_4k_mb": round(usage["maxrss_kb"] / 1024, 1)}


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


def run_bench(as_json: bool) -> int:
    """Run every benchmark, print the numbers against their targets."""
    with tempfile.TemporaryDirectory(prefix="pechakucha-bench-") as tmp:
        folder = Path(tmp)
        deck = make_photo_deck(folder / "photos.pdf")
        results = bench_render(deck)
        results |= preflight_figures(folder, deck)
        results |= bench_launch(deck, folder)
        results |= bench_memory(deck, folder)
        results |= bench_lateness(deck, folder, seconds=2.0, slides=20)
    targets = TARGETS | PREFLIGHT_TARGETS
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
