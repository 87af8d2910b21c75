"""The wheel works outside the source tree: templates and data ship inside it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from tests.conftest import EXAMPLES, ROOT


def test_installed_wheel_runs_from_another_folder(tmp_path: Path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("giaoban-*.whl")
    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    # The new environment sees the test environment's dependencies (a plain path line,
    # so the source tree's editable install is not among them), and only the wheel's giaoban.
    site = Path(
        subprocess.check_output(
            [
                str(bin_dir / "python"),
                "-c",
                "import sysconfig; print(sysconfig.get_paths()['purelib'])",
            ],
            text=True,
        ).strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(bin_dir / "python"),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    work = tmp_path / "elsewhere"
    shutil.copytree(EXAMPLES, work)
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH"}}

    where = subprocess.run(
        [
            str(bin_dir / "python"),
            "-c",
            "import giaoban, importlib.resources as r; print(giaoban.__file__);"
            "print(sorted(p.name for p in r.files('giaoban.templates').iterdir()))",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert str(target) in where[0]
    for shipped in ("bien-ban.docx", "tin-bai.docx", "tin-bai.j2", "tin-bai.md.j2"):
        assert shipped in where[1]
    data = subprocess.run(
        [
            str(bin_dir / "python"),
            "-c",
            "import importlib.resources as r;"
            "print(sorted(p.name for p in r.files('giaoban').joinpath('data').iterdir()))",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for shipped in ("gazetteer.yaml", "gazetteer.json", "mttq.yaml", "mttq.json"):
        assert shipped in data  # the JSON read at start-up, made from the YAML (make data)

    done = subprocess.run(
        [str(bin_dir / "giaoban"), "validate", "."],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "3 hồ sơ và 1 tệp thiết lập chung (giaoban.yaml) hợp lệ." in done.stdout
    cache = tmp_path / "never-used-cache"
    rendered = subprocess.run(
        [str(bin_dir / "giaoban"), "render", "nam-song-hau-2022.yaml", "-o", "out"],
        cwd=work,
        env=env | {"GIAOBAN_CACHE_DIR": str(cache)},
        capture_output=True,
        text=True,
    )
    assert rendered.returncode == 0, rendered.stderr
    assert (work / "out" / "nam-song-hau-2022-bien-ban.docx").is_file()
    # the default Word templates came compiled inside the wheel (giaoban/render/shipped.py)
    assert not list(cache.glob("*.code"))


def _system_deps(tmp_path: Path, uid: str, apt_get: bool) -> subprocess.CompletedProcess:
    """``make system-deps`` on a machine with no LibreOffice, as user ``uid``."""
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    if apt_get:  # it must not be called: it would fail without root
        (fake / "apt-get").write_text("#!/bin/sh\necho apt-get was called >&2\nexit 100\n")
    for script in fake.iterdir():
        script.chmod(0o755)
    make = shutil.which("make")
    assert make is not None
    return subprocess.run(
        [make, "-s", "-C", str(ROOT), "system-deps"],
        env={"PATH": str(fake), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_root_make_test_says_what_to_install(tmp_path: Path):
    done = _system_deps(tmp_path, "1000", apt_get=True)
    assert done.returncode != 0
    assert "apt-get was called" not in done.stderr
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    packages = makefile.split("SYSTEM_PACKAGES := ", 1)[1].split("\n", 1)[0].strip()
    assert "libreoffice-writer-nogui fonts-liberation2 poppler-utils python3-uno" in packages
    command = f"  sudo apt-get update && sudo apt-get install -y {packages}\n"
    assert command in done.stdout


def test_without_apt_get_make_test_says_what_to_install(tmp_path: Path):
    done = _system_deps(tmp_path, "0", apt_get=False)
    assert done.returncode != 0
    assert "Install them as root, then run make test again:" in done.stdout


# LibreOffice's own Python bridge, from the system's LibreOffice, imported only where
# giaoban.pdf.bridge looks for it (never a pip dependency)
_SYSTEM_MODULES = {"uno", "com"}


def _imported_top_modules(package: Path) -> set[str]:
    import ast

    found: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"giaoban"} - _SYSTEM_MODULES


def _installed_by(requirements: list[str]) -> set[str]:
    """The distributions (normalised names) that installing ``requirements`` brings,
    following each one's own requirements and the extras asked for."""
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    seen: set[str] = set()
    todo = [(Requirement(text), "") for text in requirements]
    while todo:
        requirement, extra = todo.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(requirement.name)
        extras = sorted(requirement.extras)
        key = f"{name}[{','.join(extras)}]"
        if key in seen:
            continue
        seen.add(key)
        for text in metadata.requires(requirement.name) or []:
            for wanted in ["", *extras]:
                todo.append((Requirement(text), wanted))
    return {key.split("[")[0] for key in seen}


def test_every_library_giaoban_imports_comes_with_its_own_dependencies():
    # s6-trial H3: rapidfuzz was only in the [test] extra, so `--templates` failed with
    # ModuleNotFoundError after README's `make demo` (pip install -e .), never under
    # `make test`, which installs .[test]. Installing giaoban alone must bring every
    # library its code imports.
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    # giaoban's own requirements as installed (pyproject.toml's dependencies): those
    # that no extra asks for
    own = [
        text
        for text in metadata.requires("giaoban") or []
        if not (Requirement(text).marker and "extra" in str(Requirement(text).marker))
    ]
    installed = _installed_by(own)
    providers = metadata.packages_distributions()
    missing = {
        module: sorted(providers.get(module, ["(chưa cài)"]))
        for module in _imported_top_modules(ROOT / "giaoban")
        if not {canonicalize_name(dist) for dist in providers.get(module, [])} & installed
    }
    assert missing == {}
