"""Rendering speed, measured side by side in one run (``make bench``).

1. Whole process: ``giaoban render`` of the example (minutes and press report, docx
   and md), a record never rendered before with the template cache warm, against a
   bare docxtpl script rendering a 2-page template once (goal <= 0.9x, issue 16), and
   against pandoc turning the same press text from Markdown into .docx (stretch goal
   <= 1.5x; only when pandoc is installed).
   The same on an empty template cache, a new one each run (goal <= 1.2x).
   Each with the resident giaoban running (giaoban.resident, started and warmed before
   timing: what a user's every command after the first meets; the goals) and in its own
   process (GIAOBAN_RESIDENT=0), side by side; and the first call, which finds no
   resident giaoban and starts one.
2. In process, per document: giaoban's compiled template against docxtpl rendering
   the same template with the same context and filters (goal <= 0.5x).

Runs alternate between the contenders; medians are reported, and their ratios.
"""

from __future__ import annotations

import io
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import figure

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "nam-song-hau-2022.yaml"
GIAOBAN = str(Path(sys.executable).with_name("giaoban"))

WHAT = "giaoban render of the example (minutes, press .docx and .md)"
BARE = "a bare docxtpl script rendering a 2-page template"
PANDOC = "pandoc turning the press .md into .docx"

# What any giaoban render imports before doing anything (click, pydantic, PyYAML, Jinja,
# Babel, zipfile): the floor under the whole-process figure with these libraries.
DEPENDENCIES = "import click, jinja2, yaml, zipfile, babel.numbers; from pydantic import BaseModel"

BARE_DOCXTPL = """
import json, sys
from docxtpl import DocxTemplate
template = DocxTemplate(sys.argv[1])
template.render(json.load(open(sys.argv[2], encoding="utf-8")), autoescape=True)
template.save(sys.argv[3])
"""


def _plain_template(folder: Path) -> tuple[Path, Path]:
    """A 2-page template with plain tags, and its context, for the bare docxtpl script."""
    import json

    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(14)
    context = {}
    for index in range(28):
        document.add_paragraph(f"{{{{ heading{index} }}}}: {{{{ text{index} }}}}")
        context[f"heading{index}"] = f"Mục {index}"
        context[f"text{index}"] = "Mặt trận Tổ quốc các địa phương chủ động hơn nữa " * 3
    template = folder / "plain.docx"
    document.save(str(template))
    data = folder / "context.json"
    data.write_text(json.dumps(context, ensure_ascii=False), encoding="utf-8")
    return template, data


def _time(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


OWN = {"GIAOBAN_RESIDENT": "0"}  # the command in its own process, no resident giaoban


class Resident:
    """A resident giaoban (giaoban.resident) of the bench's own: a private runtime folder,
    so that no other server is found and none is left behind (:meth:`stop`)."""

    def __init__(self) -> None:
        self.runtime = Path(tempfile.mkdtemp(prefix="gbb-", dir="/tmp"))  # a short socket path
        self.runtime.chmod(0o700)

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        base = dict(os.environ) if base is None else base
        return base | {"XDG_RUNTIME_DIR": str(self.runtime), "GIAOBAN_RESIDENT": "1"}

    def start(self) -> None:
        """Start it and wait until it listens (it imports and warms first)."""
        done = subprocess.run(
            [GIAOBAN, "resident", "start"], env=self.env(), capture_output=True, text=True
        )
        if done.returncode:
            raise SystemExit(f"resident giaoban did not start: {done.stdout}{done.stderr}")

    def stop(self) -> None:
        """End every server started in this runtime folder, warming or listening."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pids = []
            for lock in (self.runtime / "giaoban").glob("*.lock"):
                words = lock.read_text().split() if lock.exists() else []
                if words and words[0].isdigit():
                    pids.append(int(words[0]))
            if not pids:
                break
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
            time.sleep(0.05)
            subprocess.run(
                [GIAOBAN, "resident", "status"], env=self.env(), stdout=subprocess.DEVNULL
            )  # removes the files of the servers that ended
        shutil.rmtree(self.runtime, ignore_errors=True)


def _work(folder: str) -> tuple[Path, list[str], list[str]]:
    """A work folder with the examples, the bare docxtpl script and its template; the
    render command and the docxtpl one."""
    work = Path(folder)
    shutil.copytree(ROOT / "examples", work / "examples")
    template, data = _plain_template(work)
    (work / "bare.py").write_text(BARE_DOCXTPL, encoding="utf-8")
    ours = [GIAOBAN, "render", "examples/nam-song-hau-2022.yaml", "-o", "out"]
    bare = [sys.executable, "bare.py", str(template), str(data), "bare-out.docx"]
    return work, ours, bare


RESIDENT_LABEL = ", resident giaoban running (started and warmed before timing)"
OWN_LABEL = ", in its own process (GIAOBAN_RESIDENT=0)"


def whole_process(runs: int = 11) -> dict[str, float]:
    results: dict[str, float] = {}
    resident = Resident()
    try:
        with tempfile.TemporaryDirectory() as folder:
            work, ours, bare = _work(folder)
            served = resident.env()
            own = dict(os.environ) | OWN
            subprocess.run(ours, cwd=work, env=own, check=True, stdout=subprocess.DEVNULL)
            resident.start()
            pandoc = shutil.which("pandoc")
            markdown = work / "out" / "nam-song-hau-2022-tin-bai.md"
            # the interpreter starting and ending with nothing to do: in both numbers
            contenders: dict[str, tuple[list[str], dict[str, str] | None]] = {
                "resident": (ours, served),
                "own": (ours, own),
                "docxtpl": (bare, None),
                "python": ([sys.executable, "-c", "pass"], None),
                "imports": ([sys.executable, "-c", DEPENDENCIES], None),
            }
            if pandoc:
                contenders["pandoc"] = ([pandoc, str(markdown), "-o", "pandoc-out.docx"], None)
            times: dict[str, list[float]] = {name: [] for name in contenders}
            for _ in range(2):
                for command, env in contenders.values():
                    _time(command, work, env)
            for _ in range(runs):
                for name, (command, env) in contenders.items():
                    times[name].append(_time(command, work, env))
    finally:
        resident.stop()
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"whole process, median of {runs} alternating runs")
    for name, value in medians.items():
        print(f"  {name:<8} {value * 1000:7.1f} ms")
    results["render_process_s"] = medians["resident"]
    results["render_own_process_s"] = medians["own"]
    results["vs_bare_docxtpl"] = medians["resident"] / medians["docxtpl"]
    figure(
        "render_warm",
        WHAT + ", template cache warm" + RESIDENT_LABEL,
        medians["resident"],
        BARE,
        medians["docxtpl"],
        0.9,
    )
    figure(
        "render_warm_own_process",
        WHAT + ", template cache warm" + OWN_LABEL,
        medians["own"],
        BARE,
        medians["docxtpl"],
    )
    beyond = {name: (medians[name] - medians["python"]) * 1000 for name in medians}
    print(
        f"  beyond the interpreter's own start: resident {beyond['resident']:.1f} ms, "
        f"own process {beyond['own']:.1f} ms, docxtpl {beyond['docxtpl']:.1f} ms"
    )
    results["imports_vs_bare_docxtpl"] = medians["imports"] / medians["docxtpl"]
    figure(
        "render_floor_imports",
        "giaoban's libraries imported, nothing rendered (the floor under its own process)",
        medians["imports"],
        BARE,
        medians["docxtpl"],
    )
    if "pandoc" in medians:
        results["vs_pandoc"] = medians["resident"] / medians["pandoc"]
        what = WHAT + RESIDENT_LABEL
        figure("render_vs_pandoc", what, medians["resident"], PANDOC, medians["pandoc"], 1.5)
    else:
        print("  pandoc not installed (apt-get install pandoc): comparison not run")
    return results


def empty_cache_process(runs: int = 11) -> dict[str, float]:
    """``giaoban render`` on a machine that never rendered: a new, empty template cache
    (``XDG_CACHE_HOME``) for every run, alternating with the bare docxtpl script
    (goal <= 1.2x, issue 16) and with the same render on a warm cache, with the resident
    giaoban running and in its own process. The default templates come compiled with
    giaoban (giaoban/render/shipped.py), so an empty cache should cost what a warm one
    costs: their ratio is shown too."""
    resident = Resident()
    try:
        with tempfile.TemporaryDirectory() as folder:
            work, ours, bare = _work(folder)
            environment = {k: v for k, v in os.environ.items() if k != "GIAOBAN_CACHE_DIR"}
            warm = work / "warm-cache"
            resident.start()

            def render(cache: Path, served: bool) -> float:
                env = environment | {"XDG_CACHE_HOME": str(cache)}
                return _time(ours, work, resident.env(env) if served else env | OWN)

            def never_rendered(served: bool) -> float:
                cache = Path(tempfile.mkdtemp(dir=work, prefix="cache-"))
                elapsed = render(cache, served)
                shutil.rmtree(cache)
                return elapsed

            contenders = {
                "empty": lambda: never_rendered(True),
                "empty own": lambda: never_rendered(False),
                "warm": lambda: render(warm, True),
                "docxtpl": lambda: _time(bare, work),
            }
            times: dict[str, list[float]] = {name: [] for name in contenders}
            for run in contenders.values():  # the file cache warm, and the warm cache filled
                run()
            for _ in range(runs):
                for name, run in contenders.items():
                    times[name].append(run())
    finally:
        resident.stop()
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"whole process, template cache empty or warm, median of {runs} alternating runs")
    print(f"  empty cache, resident      {medians['empty'] * 1000:7.1f} ms  (a new cache each)")
    print(f"  empty cache, own process   {medians['empty own'] * 1000:7.1f} ms")
    print(f"  warm cache, resident       {medians['warm'] * 1000:7.1f} ms")
    print(f"  docxtpl                    {medians['docxtpl'] * 1000:7.1f} ms")
    empty, bare_s = medians["empty"], medians["docxtpl"]
    what = WHAT + ", template cache empty"
    figure("render_empty_cache", what + RESIDENT_LABEL, empty, BARE, bare_s, 1.2)
    figure("render_empty_cache_own_process", what + OWN_LABEL, medians["empty own"], BARE, bare_s)
    figure(
        "render_empty_vs_warm",
        "the same render on an empty template cache" + RESIDENT_LABEL,
        empty,
        "the same on a warm cache",
        medians["warm"],
    )
    return {"render_empty_cache_s": empty, "empty_cache_vs_bare_docxtpl": empty / bare_s}


def first_call(runs: int = 7) -> dict[str, float]:
    """The first command that finds no resident giaoban: it runs in its own process and
    then starts one in the background (giaoban.resident.client.start_server). Against
    the same command with GIAOBAN_RESIDENT=0 (the cost of starting it) and docxtpl.
    Each run has a new runtime folder; the server it started is stopped, untimed."""
    with tempfile.TemporaryDirectory() as folder:
        work, ours, bare = _work(folder)
        own = dict(os.environ) | OWN

        def finds_none() -> float:
            resident = Resident()
            try:
                return _time(ours, work, resident.env())
            finally:
                resident.stop()

        contenders = {
            "first": finds_none,
            "own": lambda: _time(ours, work, own),
            "docxtpl": lambda: _time(bare, work),
        }
        times: dict[str, list[float]] = {name: [] for name in contenders}
        for run in contenders.values():
            run()
        for _ in range(runs):
            for name, run in contenders.items():
                times[name].append(run())
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"first call, no resident giaoban yet, median of {runs} alternating runs")
    for name, value in medians.items():
        print(f"  {name:<8} {value * 1000:7.1f} ms")
    what = WHAT + ", no resident giaoban yet (it starts one)"
    figure("render_first_call", what, medians["first"], BARE, medians["docxtpl"])
    figure(
        "render_first_call_vs_own",
        what,
        medians["first"],
        "the same in its own process, starting none (GIAOBAN_RESIDENT=0)",
        medians["own"],
    )
    return {"render_first_call_s": medians["first"]}


def in_process(documents: int = 40) -> dict[str, float]:
    from docxtpl import DocxTemplate

    from giaoban.record import load_record
    from giaoban.render.context import build_context
    from giaoban.render.environment import make_environment
    from giaoban.render.minutes import default_templates, word_template

    template = default_templates() / "bien-ban.docx"
    context = build_context(load_record(EXAMPLE).record).as_dict()
    environment = make_environment([template.parent], markup=True)

    def ours() -> None:
        word_template(template).render(context)

    def theirs() -> None:
        document = DocxTemplate(str(template))
        document.render(context, jinja_env=environment, autoescape=True)
        document.save(io.BytesIO())

    ours(), theirs()  # warm: our template is compiled once per process, as in a batch
    times: dict[str, list[float]] = {"giaoban": [], "docxtpl": []}
    for _ in range(documents):
        for name, work in (("giaoban", ours), ("docxtpl", theirs)):
            start = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - start)
    medians = {name: statistics.median(values) for name, values in times.items()}
    ratio = medians["giaoban"] / medians["docxtpl"]
    print(f"in process, per minutes document, median of {documents} alternating")
    print(f"  giaoban  {medians['giaoban'] * 1000:7.2f} ms")
    print(f"  docxtpl  {medians['docxtpl'] * 1000:7.2f} ms  (same template, context, filters)")
    print(f"  ratio    {ratio:7.2f}x  (goal <= 0.5x)")
    figure(
        "render_in_process",
        "one minutes document rendered in process",
        medians["giaoban"],
        "docxtpl, same template, context and filters",
        medians["docxtpl"],
        0.5,
    )
    return {"per_document_s": medians["giaoban"], "vs_docxtpl_in_process": ratio}


def main() -> dict[str, float]:
    return whole_process() | empty_cache_process() | first_call() | in_process()


if __name__ == "__main__":
    from run import installed_like  # as make bench: byte-code cached, as installed

    installed_like()
    os.environ["GIAOBAN_RESIDENT"] = "0"  # as bench/run.py: only where a figure says so
    main()
