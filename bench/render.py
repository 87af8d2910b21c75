"""Rendering speed, measured side by side in one run (``make bench``).

1. Whole process: ``giaoban render`` of the example (minutes and press report, docx
   and md), a record never rendered before with the template cache warm, against a
   bare docxtpl script rendering a 2-page template once (goal <= 0.9x, issue 16), and
   against pandoc turning the same press text from Markdown into .docx (stretch goal
   <= 1.5x; only when pandoc is installed).
   The same on an empty template cache, a new one each run (goal <= 1.2x).
2. In process, per document: giaoban's compiled template against docxtpl rendering
   the same template with the same context and filters (goal <= 0.5x).

Runs alternate between the contenders; medians are reported, and their ratios.
"""

from __future__ import annotations

import io
import os
import shutil
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


def _time(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def whole_process(runs: int = 11) -> dict[str, float]:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copytree(ROOT / "examples", work / "examples")
        template, data = _plain_template(work)
        (work / "bare.py").write_text(BARE_DOCXTPL, encoding="utf-8")
        ours = [GIAOBAN, "render", "examples/nam-song-hau-2022.yaml", "-o", "out"]
        bare = [sys.executable, "bare.py", str(template), str(data), "bare-out.docx"]
        subprocess.run(ours, cwd=work, check=True, stdout=subprocess.DEVNULL)
        pandoc = shutil.which("pandoc")
        markdown = work / "out" / "nam-song-hau-2022-tin-bai.md"
        # the interpreter starting and ending with nothing to do: in both numbers
        contenders = {"giaoban": ours, "docxtpl": bare, "python": [sys.executable, "-c", "pass"]}
        contenders["imports"] = [sys.executable, "-c", DEPENDENCIES]
        if pandoc:
            contenders["pandoc"] = [pandoc, str(markdown), "-o", "pandoc-out.docx"]
        times: dict[str, list[float]] = {name: [] for name in contenders}
        for _ in range(2):
            for command in contenders.values():
                _time(command, work)
        for _ in range(runs):
            for name, command in contenders.items():
                times[name].append(_time(command, work))
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"whole process, median of {runs} alternating runs")
    for name, value in medians.items():
        print(f"  {name:<8} {value * 1000:7.1f} ms")
    results["render_process_s"] = medians["giaoban"]
    results["vs_bare_docxtpl"] = medians["giaoban"] / medians["docxtpl"]
    print(f"  giaoban / bare docxtpl script   {results['vs_bare_docxtpl']:.2f}x  (goal <= 0.9x)")
    figure(
        "render_warm",
        WHAT + ", template cache warm",
        medians["giaoban"],
        BARE,
        medians["docxtpl"],
        0.9,
    )
    beyond = {name: (medians[name] - medians["python"]) * 1000 for name in ("giaoban", "docxtpl")}
    print(
        f"  beyond the interpreter's own start: giaoban {beyond['giaoban']:.1f} ms, "
        f"docxtpl {beyond['docxtpl']:.1f} ms"
    )
    results["imports_vs_bare_docxtpl"] = medians["imports"] / medians["docxtpl"]
    figure(
        "render_floor_imports",
        "giaoban's libraries imported, nothing rendered (the floor under render_warm)",
        medians["imports"],
        BARE,
        medians["docxtpl"],
    )
    if "pandoc" in medians:
        results["vs_pandoc"] = medians["giaoban"] / medians["pandoc"]
        print(f"  giaoban / pandoc md->docx       {results['vs_pandoc']:.2f}x  (stretch <= 1.5x)")
        figure("render_vs_pandoc", WHAT, medians["giaoban"], PANDOC, medians["pandoc"], 1.5)
    else:
        print("  pandoc not installed (apt-get install pandoc): comparison not run")
    return results


def empty_cache_process(runs: int = 11) -> dict[str, float]:
    """``giaoban render`` on a machine that never rendered: a new, empty template cache
    (``XDG_CACHE_HOME``) for every run, alternating with the bare docxtpl script
    (goal <= 1.2x, issue 16) and with the same render on a warm cache. The default
    templates come compiled with giaoban (giaoban/render/shipped.py), so an empty
    cache should cost what a warm one costs: their ratio is shown too."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copytree(ROOT / "examples", work / "examples")
        template, data = _plain_template(work)
        (work / "bare.py").write_text(BARE_DOCXTPL, encoding="utf-8")
        ours = [GIAOBAN, "render", "examples/nam-song-hau-2022.yaml", "-o", "out"]
        bare = [sys.executable, "bare.py", str(template), str(data), "bare-out.docx"]
        environment = {k: v for k, v in os.environ.items() if k != "GIAOBAN_CACHE_DIR"}
        warm = work / "warm-cache"

        def render(cache: Path) -> float:
            start = time.perf_counter()
            subprocess.run(
                ours,
                cwd=work,
                env=environment | {"XDG_CACHE_HOME": str(cache)},
                check=True,
                stdout=subprocess.DEVNULL,
            )
            return time.perf_counter() - start

        def never_rendered() -> float:
            cache = Path(tempfile.mkdtemp(dir=work, prefix="cache-"))
            elapsed = render(cache)
            shutil.rmtree(cache)
            return elapsed

        contenders = {"empty": never_rendered, "warm": lambda: render(warm)}
        contenders["docxtpl"] = lambda: _time(bare, work)
        times: dict[str, list[float]] = {name: [] for name in contenders}
        for run in contenders.values():  # the file cache warm, and the warm cache filled
            run()
        for _ in range(runs):
            for name, run in contenders.items():
                times[name].append(run())
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"whole process, template cache empty or warm, median of {runs} alternating runs")
    print(f"  giaoban, empty cache  {medians['empty'] * 1000:7.1f} ms  (a new XDG_CACHE_HOME each)")
    print(f"  giaoban, warm cache   {medians['warm'] * 1000:7.1f} ms")
    print(f"  docxtpl               {medians['docxtpl'] * 1000:7.1f} ms")
    empty, bare_s = medians["empty"], medians["docxtpl"]
    figure("render_empty_cache", WHAT + ", template cache empty", empty, BARE, bare_s, 1.2)
    figure(
        "render_empty_vs_warm",
        "the same render on an empty template cache",
        empty,
        "the same on a warm cache",
        medians["warm"],
    )
    return {"render_empty_cache_s": empty, "empty_cache_vs_bare_docxtpl": empty / bare_s}


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
    return whole_process() | empty_cache_process() | in_process()


if __name__ == "__main__":
    from run import installed_like  # as make bench: byte-code cached, as installed

    installed_like()
    main()
