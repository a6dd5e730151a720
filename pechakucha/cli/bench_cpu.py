"""`pechakucha bench`, CPU part (issue 20): what a show costs the laptop.

CPU is user + system time of the whole process tree — the app (GUI process) and its render
process — read from /proc/<pid>/stat every 50 ms while it runs, each process's last reading
kept after it ends (`os.times` or `resource` would only see children once they exit). Wake-ups
are the voluntary context switches of every thread (/proc/<pid>/task/*/status): each is one
sleep that ended. Both are **Linux-only** (/proc); elsewhere the figures are left out, said so.

Figures (each the median of RUNS runs, with the spread `[min, max]`):
- CPU per slide of a 20 × 2 s talk, launch included and slides 5–20 only, on a light vector
  deck and on a photo deck, split into GUI and render process;
- CPU per minute of a ticking Q&A countdown (once the next talk, drawn ahead during its first
  seconds, is ready), and the same for the commentator's synthesis and an idle Up next card;
- slide 1's shortfall: how much less than its full time slide 1 stayed on the projector
  (journal: seconds per slide − (slide 2 shown − slide 1 shown));
- wake-ups per second of each process in each of those phases.
Lateness under load and launch times are in bench.py (`lateness_*`, `launch_*`).
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

LINUX_PROC = Path("/proc/self/stat").exists()
RUNS = 3
SECONDS = 2.0
SLIDES = 20
STEADY_FROM = 5  # "slides 5–20 only": the talk after its first slides are drawn and cached
SETTLE_S = 12.0  # a Q&A's first seconds draw the next talk ahead; measured apart
WINDOW_S = 30.0  # then this long, scaled to a minute
CPU_TARGETS = {"qa_cpu_s_per_min": 0.6}  # below 1 % of one core (issue 20)
Reading = dict[int, tuple[float, int]]  # pid → (CPU seconds, wake-ups) so far


def read_process(pid: int) -> tuple[float, int] | None:
    """(user + system CPU seconds, voluntary context switches of all threads) of `pid`, or
    None if it is gone (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        threads = os.listdir(f"/proc/{pid}/task")
    except (OSError, IndexError):
        return None
    wakeups = 0
    for thread in threads:
        try:
            status = Path(f"/proc/{pid}/task/{thread}/status").read_text()
        except OSError:
            continue
        line = next((r for r in status.splitlines() if r.startswith("voluntary_ctxt")), "x 0")
        wakeups += int(line.split()[1])
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks, wakeups


class TreeSampler:
    """Samples CPU and wake-ups of a process and its descendants every `interval` seconds;
    `samples` is a list of (monotonic time, Reading), each process's last reading carried on
    once it has ended."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        from pechakucha.cli.bench import process_tree

        self.root, self.samples = pid, []
        self._tree = process_tree
        self._last: Reading = {}
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(interval,), daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Take a last sample and stop."""
        self._stopped.set()
        self._thread.join()

    def sample(self) -> None:
        """Read the tree now."""
        for pid in self._tree(self.root):
            reading = read_process(pid)
            if reading is not None:
                self._last[pid] = reading
        self.samples.append((time.monotonic(), dict(self._last)))

    def _run(self, interval: float) -> None:
        self.sample()
        while not self._stopped.wait(interval):
            self.sample()
        self.sample()


def reading_at(samples: list[tuple[float, Reading]], when: float) -> Reading:
    """The last sample taken at or before `when` (the first one if none)."""
    chosen = samples[0][1]
    for taken, reading in samples:
        if taken > when:
            break
        chosen = reading
    return chosen


def usage_between(samples: list, root: int, start: float, end: float) -> dict[str, float]:
    """CPU seconds and wake-ups of the GUI process (`root`) and of the rest of the tree (the
    render process) between two monotonic times."""
    before, after = reading_at(samples, start), reading_at(samples, end)
    used = {"gui_cpu": 0.0, "render_cpu": 0.0, "gui_wakeups": 0, "render_wakeups": 0}
    for pid, (cpu, wakeups) in after.items():
        cpu0, wakeups0 = before.get(pid, (0.0, 0))
        side = "gui" if pid == root else "render"
        used[f"{side}_cpu"] += cpu - cpu0
        used[f"{side}_wakeups"] += wakeups - wakeups0
    return used


def phase_figures(samples: list, root: int, start: float, end: float, per: float) -> dict:
    """CPU (total, GUI, render) divided by `per`, and wake-ups per second, in [start, end]."""
    used = usage_between(samples, root, start, end)
    seconds = max(end - start, 1e-9)
    return {
        "cpu": (used["gui_cpu"] + used["render_cpu"]) / per,
        "gui_cpu": used["gui_cpu"] / per,
        "render_cpu": used["render_cpu"] / per,
        "gui_wakeups_per_s": used["gui_wakeups"] / seconds,
        "render_wakeups_per_s": used["render_wakeups"] / seconds,
    }


def shown_times(journal: list[dict]) -> dict[int, float]:
    """Slide number → when it reached a screen (journal `advance` entries)."""
    return {e["slide"]: e["shown"] for e in journal if e.get("event") == "advance"}


def slide1_shortfall_ms(journal: list[dict], seconds: float) -> float | None:
    """How much less than `seconds` slide 1 was on screen: seconds − (shown 2 − shown 1)."""
    shown = shown_times(journal)
    if 1 not in shown or 2 not in shown:
        return None
    return round((seconds - (shown[2] - shown[1])) * 1000, 1)


def median_spread(key: str, values: list[float], digits: int = 3) -> dict:
    """{key: median, key_spread: [min, max]} of repeated runs, rounded."""
    return {
        key: round(statistics.median(values), digits),
        f"{key}_spread": [round(min(values), digits), round(max(values), digits)],
    }


# -- running the app ------------------------------------------------------------------------


def spawn(target: Path, folder: Path, log: Path, extra: list[str]) -> subprocess.Popen:
    """Start the app on `target` offscreen (laptop + 1080p projector), journal in `log`."""
    from pechakucha.cli.bench import screens_config

    env = dict(
        os.environ,
        QT_QPA_PLATFORM=screens_config(folder, (1920, 1080)),
        PECHAKUCHA_DATA_DIR=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
    )
    log.unlink(missing_ok=True)
    command = [sys.executable, "-m", "pechakucha", str(target), "--resume", "no"]
    command += ["--log", str(log), *extra]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def watch(child: subprocess.Popen, stop_after: float | None) -> tuple[float, TreeSampler]:
    """Sample `child`'s tree until it exits (or for `stop_after` seconds, then end it);
    returns its start time and the sampler."""
    started = time.monotonic()
    sampler = TreeSampler(child.pid)
    try:
        child.wait(timeout=stop_after if stop_after else 300)
    except subprocess.TimeoutExpired:
        sampler.sample()
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    sampler.stop()
    return started, sampler


def read_journal(log: Path) -> list[dict]:
    """The journal's entries (none if the app wrote none)."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


def talk_run(deck: Path, folder: Path) -> dict:
    """One 20 × 2 s talk started at launch: CPU per slide (whole run, slides 5–20), slide 1's
    shortfall, wake-ups per second during the talk."""
    log = folder / "cpu-talk.jsonl"
    timing = ["--slides", str(SLIDES), "--seconds-per-slide", str(SECONDS)]
    child = spawn(deck, folder, log, ["--start", "--quit-at-end", *timing])
    started, sampler = watch(child, None)
    shown = shown_times(read_journal(log))
    samples, root = sampler.samples, sampler.root
    ended = samples[-1][0]
    talk_end = shown.get(1, started) + SLIDES * SECONDS
    whole = phase_figures(samples, root, started, ended, SLIDES)
    steady_from = shown.get(STEADY_FROM, talk_end)
    steady = phase_figures(samples, root, steady_from, talk_end, SLIDES - STEADY_FROM + 1)
    launch = phase_figures(samples, root, started, shown.get(1, started), 1)
    return {
        "cpu_per_slide_s": whole["cpu"],
        "gui_cpu_per_slide_s": whole["gui_cpu"],
        "render_cpu_per_slide_s": whole["render_cpu"],
        "cpu_per_slide_5_20_s": steady["cpu"],
        "gui_cpu_per_slide_5_20_s": steady["gui_cpu"],
        "render_cpu_per_slide_5_20_s": steady["render_cpu"],
        "launch_cpu_s": launch["cpu"],
        "launch_gui_cpu_s": launch["gui_cpu"],
        "launch_render_cpu_s": launch["render_cpu"],
        "talk_gui_wakeups_per_s": steady["gui_wakeups_per_s"],
        "talk_render_wakeups_per_s": steady["render_wakeups_per_s"],
        "slide1_shortfall_ms": slide1_shortfall_ms(read_journal(log), SECONDS),
    }


def make_session(folder: Path, kind: str, deck: Path) -> Path:
    """A session whose first segment is a long `kind` ("qa", "commentary"), then a talk of
    `deck` (drawn ahead while the first one runs); kind "up_next" is the talk alone."""
    parts = ['[session]\ntitle = "CPU bench"\nbudget = "60:00"\n']
    if kind != "up_next":
        parts.append(f'[[segment]]\nkind = "{kind}"\nduration = "20:00"\n')
    parts.append(f'[[segment]]\nkind = "talk"\nspeaker = "Bench"\ndeck = "{deck.name}"\n')
    path = folder / f"cpu-{kind}.toml"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def quiet_after(samples: list, root: int, start: float, span: float = 2.0) -> float:
    """The first sample time from `start` on after which the render process (every process
    but `root`) used no CPU for `span` seconds: the talk ahead is drawn. `start` if never."""
    for taken, _ in samples:
        if taken >= start + span:
            used = usage_between(samples, root, taken - span, taken)
            if used["render_cpu"] == 0:
                return taken - span
    return start


def segment_run(kind: str, deck: Path, folder: Path) -> dict:
    """A session sitting in one phase: CPU per minute and wake-ups per second over WINDOW_S,
    once the next talk is drawn ahead (at least SETTLE_S after the phase began; `quiet_s`:
    when the render process went quiet; `settle_cpu_s`: CPU of the first SETTLE_S)."""
    session = make_session(folder, kind, deck)
    log = folder / f"cpu-{kind}.jsonl"
    extra = [] if kind == "up_next" else ["--start"]
    child = spawn(session, folder, log, extra)
    started, sampler = watch(child, SETTLE_S + WINDOW_S + 10.0)
    journal = read_journal(log)
    event = "session_open" if kind == "up_next" else "segment_start"
    begun = next((e["t"] for e in journal if e.get("event") == event), started + 2.0)
    samples, root = sampler.samples, sampler.root
    settle = phase_figures(samples, root, begun, begun + SETTLE_S, 1)
    quiet = quiet_after(samples, root, begun + SETTLE_S)
    end = min(quiet + WINDOW_S, samples[-1][0])
    scale = 60.0 / max(end - quiet, 1e-9)
    window = phase_figures(samples, root, quiet, end, 1)
    return {
        f"{kind}_cpu_s_per_min": window["cpu"] * scale,
        f"{kind}_gui_cpu_s_per_min": window["gui_cpu"] * scale,
        f"{kind}_render_cpu_s_per_min": window["render_cpu"] * scale,
        f"{kind}_first_{SETTLE_S:g}s_cpu_s": settle["cpu"],
        f"{kind}_quiet_s": quiet - begun,
        f"{kind}_gui_wakeups_per_s": window["gui_wakeups_per_s"],
        f"{kind}_render_wakeups_per_s": window["render_wakeups_per_s"],
    }


def repeated(run, runs: int = RUNS) -> dict:
    """Run `run()` `runs` times; each figure as its median, and `<figure>_spread`."""
    results = [run() for _ in range(runs)]
    figures = {}
    for key in results[0]:
        values = [r[key] for r in results if r.get(key) is not None]
        if values:
            figures |= median_spread(key, values)
    return figures


def cpu_figures(folder: Path, photo_deck: Path, runs: int = RUNS) -> dict:
    """Every CPU figure of issue 20 (Linux-only: an explanation elsewhere)."""
    from pechakucha.cli.bench import make_text_deck

    if not LINUX_PROC:
        return {"cpu": "not measured: CPU of the process tree is read from /proc (Linux only)"}
    light = make_text_deck(folder / "light.pdf")
    figures = {"cpu_note": f"Linux /proc; median of {runs} runs, [min, max] in *_spread"}
    for name, deck in (("light", light), ("photo", photo_deck)):
        measured = repeated(lambda deck=deck: talk_run(deck, folder), runs)
        figures |= {f"{name}_{key}": value for key, value in measured.items()}
    for kind in ("qa", "commentary", "up_next"):
        figures |= repeated(lambda kind=kind: segment_run(kind, photo_deck, folder), runs)
    return figures


def issue_figures(folder: Path, photo_deck: Path, runs: int = RUNS) -> dict:
    """Issue 20's whole table: the CPU figures, then lateness with every core busy and launch
    to slide 1 (text PDF, photo folder), each `runs` times (bench.py runs them once)."""
    from pechakucha.cli.bench import (
        bench_lateness,
        launch_seconds,
        make_photo_folder,
        make_text_deck,
    )

    figures = cpu_figures(folder, photo_deck, runs)
    figures |= repeated(lambda: bench_lateness(photo_deck, folder, SECONDS, SLIDES), runs)
    text, photos = make_text_deck(folder / "text.pdf"), make_photo_folder(folder / "photos")
    launches = {"launch_text_pdf_s": text, "launch_photo_folder_s": photos}
    return figures | repeated(
        lambda: {
            key: launch_seconds(deck, folder, (1920, 1080), 1) for key, deck in launches.items()
        },
        runs,
    )


def main(argv: list[str] | None = None) -> int:
    """`python -m pechakucha.cli.bench_cpu [--json] [--runs N] [--cpu-only]`: issue 20's
    figures alone, each the median of N runs."""
    import argparse
    import tempfile

    from pechakucha.cli.bench import make_photo_deck

    parser = argparse.ArgumentParser(prog="pechakucha-bench-cpu")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--cpu-only", action="store_true")
    args = parser.parse_args(argv)
    measure = cpu_figures if args.cpu_only else issue_figures
    with tempfile.TemporaryDirectory(prefix="pechakucha-bench-cpu-") as tmp:
        folder = Path(tmp)
        figures = measure(folder, make_photo_deck(folder / "photos.pdf"), args.runs)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:40} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
