"""s4-trial F75's rest: a template reached through a link, or a path, leading out of the
folder it is named in is refused with one message; giaoban never prints that file.

An archive shared as a .zip or a git repository carries symbolic links: ``evil.j2 ->
/etc/hostname`` beside the record made the press report print this machine's name.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_2022, run
from tests.test_editor_templates import _defaults_naming, _defaults_naming_press

SECRET = "MẬT KHẨU CỦA MÁY"


def _secret(examples: Path, name: str) -> Path:
    """A file outside the archive (beside the examples folder), holding SECRET."""
    elsewhere = examples.parent / "ngoai"
    elsewhere.mkdir(exist_ok=True)
    path = elsewhere / name
    if name.endswith(".docx"):
        path.write_bytes((examples / "mau" / "bien-ban.docx").read_bytes())
    else:
        path.write_text(SECRET + "\n", encoding="utf-8")
    return path


def _nothing_printed(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():  # the link itself is the user's
            assert SECRET.encode() not in path.read_bytes(), path


def test_a_press_template_linked_out_of_the_archive_is_refused_at_its_line(examples: Path):
    assert run("templates", "copy", "mau").exit_code == 0
    (examples / "evil.j2").symlink_to(_secret(examples, "hostname.j2"))
    line = _defaults_naming_press(examples, "evil.j2")
    for command in (["validate", EXAMPLE_2022], ["export", ".", "-o", "out", "--zip"]):
        result = run(*command)
        assert result.exit_code == 1, result.stderr
        start = f"giaoban.yaml:{line}:3: press.template: 'evil.j2' nằm ngoài"
        first = next(said for said in result.stderr.splitlines() if said.startswith(start))
        assert str(examples.parent / "ngoai" / "hostname.j2") in first  # where it leads
        assert "Chép tệp mẫu vào thư mục hồ sơ (như mau/evil.j2)" in first  # the fix
    _nothing_printed(examples)


@pytest.mark.parametrize("section", ["press", "minutes"])
def test_a_template_named_by_a_path_out_of_the_archive_is_refused(examples: Path, section: str):
    """By absolute path or climbing ``../``: the .j2 (or .docx) elsewhere on the disk."""
    assert run("templates", "copy", "mau").exit_code == 0
    name = "tin-bai.j2" if section == "press" else "luong.docx"
    secret = _secret(examples, name)
    for where in (str(secret), f"../ngoai/{name}"):
        text = (examples / "giaoban.yaml").read_text(encoding="utf-8")
        naming = _defaults_naming_press if section == "press" else _defaults_naming
        line = naming(examples, where)
        result = run("validate", EXAMPLE_2022)
        assert result.exit_code == 1, result.stderr
        assert f"giaoban.yaml:{line}:3: {section}.template: '{where}' nằm ngoài" in result.stderr
        (examples / "giaoban.yaml").write_text(text, encoding="utf-8")


def test_a_template_inside_the_archive_still_works_through_a_link(examples: Path):
    """The control: a link that stays inside the folder is an ordinary template."""
    assert run("templates", "copy", "mau").exit_code == 0
    (examples / "mau" / "tin-bai.j2").write_text(
        (examples / "mau" / "tin-bai.j2").read_text(encoding="utf-8") + "\nTHỬ LIÊN KẾT\n",
        encoding="utf-8",
    )
    os.symlink("mau/tin-bai.j2", examples / "tin-bai-chung.j2")
    _defaults_naming_press(examples, "tin-bai-chung.j2")
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "press", "--format", "md")
    assert result.exit_code == 0, result.stderr
    assert "THỬ LIÊN KẾT" in next((examples / "out").glob("*.md")).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["tin-bai.j2", "tin-bai.md.j2", "bien-ban.docx"])
def test_a_templates_folder_holding_a_link_out_of_it_is_refused(examples: Path, name: str):
    """``--templates DIR``: each kind of file giaoban reads from it (the wording, a layout,
    the Word minutes)."""
    assert run("templates", "copy", "mau").exit_code == 0
    target = _secret(examples, name)
    (examples / "mau" / name).unlink()
    (examples / "mau" / name).symlink_to(target)
    result = run("render", EXAMPLE_2022, "-o", "out", "--templates", "mau")
    assert result.exit_code == 1, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert f"mau/{name}: mẫu này là liên kết trỏ ra ngoài thư mục mẫu" in last, last
    assert f"(tới {target})" in last and "Thay liên kết bằng chính tệp mẫu" in last
    assert "Traceback" not in result.stderr
    _nothing_printed(examples)


def test_an_included_template_linked_out_of_the_folder_is_refused(examples: Path):
    assert run("templates", "copy", "mau").exit_code == 0
    (examples / "mau" / "phan-cuoi.j2").symlink_to(_secret(examples, "phan-cuoi.j2"))
    article = examples / "mau" / "tin-bai.j2"
    article.write_text(
        article.read_text(encoding="utf-8") + '\n{% include "phan-cuoi.j2" %}\n', encoding="utf-8"
    )
    result = run("render", EXAMPLE_2022, "-o", "out", "--templates", "mau", "--only", "press")
    assert result.exit_code == 1, result.stderr
    assert "phan-cuoi.j2: mẫu này là liên kết trỏ ra ngoài thư mục mẫu" in result.stderr
    _nothing_printed(examples)
