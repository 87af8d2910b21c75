"""Nothing the user edited is lost: ``render`` and ``diff -o`` keep a document that
giaoban did not write there last, as ``export`` and ``followup -o`` do (one mechanism:
the output folder's manifest, ``giaoban.export.write_tracked``), until ``--force``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.conftest import EXAMPLE_2022, run

MINUTES = "nam-song-hau-2022-bien-ban.docx"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _edit(path: Path) -> str:
    """What Word does to a saved document, as far as giaoban can tell: other bytes."""
    path.write_bytes(path.read_bytes() + b"\0edited by hand")
    return _sha(path)


def test_render_again_replaces_its_own_documents(examples):
    assert run("render", EXAMPLE_2022, "-o", "out").exit_code == 0
    first = _sha(examples / "out" / MINUTES)
    again = run("render", EXAMPLE_2022, "-o", "out")
    assert again.exit_code == 0, again.output
    assert f"out/{MINUTES}" in again.stdout
    assert _sha(examples / "out" / MINUTES) == first  # the same record, the same document


def test_render_keeps_a_document_edited_by_hand_until_force(examples):
    assert run("render", EXAMPLE_2022, "-o", "out").exit_code == 0
    minutes = examples / "out" / MINUTES
    edited = _edit(minutes)
    result = run("render", EXAMPLE_2022, "-o", "out")
    assert result.exit_code == 1
    assert _sha(minutes) == edited  # the hand edit is still there
    assert f"giữ nguyên out/{MINUTES}" in result.stderr
    assert "--force" in result.stderr and "đổi tên" in result.stderr
    assert "Traceback" not in result.output
    # the other documents are written all the same
    assert "nam-song-hau-2022-tin-bai.docx" in result.stdout
    assert MINUTES not in result.stdout
    forced = run("render", EXAMPLE_2022, "-o", "out", "--force")
    assert forced.exit_code == 0, forced.output
    assert _sha(minutes) != edited


def test_render_keeps_a_file_it_never_wrote(examples):
    (examples / "out").mkdir()
    mine = examples / "out" / MINUTES
    mine.write_bytes(b"my own minutes")
    result = run("--lang", "en", "render", EXAMPLE_2022, "-o", "out")
    assert result.exit_code == 1
    assert mine.read_bytes() == b"my own minutes"
    assert f"kept out/{MINUTES}" in result.stderr and "--force" in result.stderr


def test_render_into_an_export_keeps_what_the_export_keeps(examples):
    """F19: the export's manifest knows the document was edited; render knows it too,
    in a sub-folder of the export as well."""
    (examples / "arch" / "sub").mkdir(parents=True)
    (examples / "arch" / "sub" / EXAMPLE_2022).write_bytes((examples / EXAMPLE_2022).read_bytes())
    (examples / "arch" / "sub" / "giaoban.yaml").write_bytes(
        (examples / "giaoban.yaml").read_bytes()
    )
    assert run("export", "arch", "-o", "xuat").exit_code == 0
    minutes = examples / "xuat" / "sub" / MINUTES
    # not edited: render replaces the export's own document without --force
    plain = run("render", f"arch/sub/{EXAMPLE_2022}", "-o", "xuat/sub")
    assert plain.exit_code == 0, plain.output
    edited = _edit(minutes)
    kept = run("export", "arch", "-o", "xuat")
    assert "giữ nguyên" in kept.output and _sha(minutes) == edited
    result = run("render", f"arch/sub/{EXAMPLE_2022}", "-o", "xuat/sub")
    assert result.exit_code == 1
    assert _sha(minutes) == edited
    assert f"giữ nguyên xuat/sub/{MINUTES}" in result.stderr
    assert not (examples / "xuat" / "sub" / ".giaoban").exists()  # the export's manifest


def test_diff_output_keeps_an_existing_file_until_force(examples):
    notes = examples / "notes.md"
    notes.write_text("ghi chú quan trọng của tôi\n", encoding="utf-8")
    args = ["diff", EXAMPLE_2022, "nam-song-hau-2023.yaml", "--format", "md", "-o", "notes.md"]
    result = run(*args)
    assert result.exit_code == 2
    assert notes.read_text(encoding="utf-8") == "ghi chú quan trọng của tôi\n"
    assert "giữ nguyên notes.md" in result.stderr and "--force" in result.stderr
    forced = run(*args, "--force")
    assert forced.exit_code in (0, 1), forced.output  # diff: 1 = the directives changed
    assert "ghi chú" not in notes.read_text(encoding="utf-8")
    # giaoban's own diff is replaced without --force, an edited one is kept
    assert run(*args).exit_code in (0, 1)
    notes.write_text(notes.read_text(encoding="utf-8") + "\nmy note\n", encoding="utf-8")
    assert run(*args).exit_code == 2
    assert notes.read_text(encoding="utf-8").endswith("my note\n")
