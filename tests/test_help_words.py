"""Help texts without click's English (s2-trial F6, F6b): placeholders, "[required]",
"[x>=1]" in the language chosen; ``check`` says it takes a PDF; ``show`` lists the
follow-ups."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run

ENGLISH_LEFT = re.compile(
    r"\[required\]|x>=|<=x|\b(ARCHIVE|DIRECTORY|FILE|INTEGER|TEXT|SECONDS|RECORDS|PATHS|"
    r"TARGET|DOCUMENTS|RANGE|DATE)\b"
)
COMMANDS = ["validate", "render", "show", "new", "export", "diff", "followup", "check"]
COMMANDS += ["sign", "verify", "metadata", "serve", "schema", "pdf-server"]


@pytest.mark.parametrize("command", COMMANDS)
def test_the_vietnamese_help_has_no_english_placeholder_or_note(command: str):
    result = run(command, "--help")
    assert result.exit_code == 0, result.output
    left = ENGLISH_LEFT.findall(result.output)
    assert not left, (left, result.output)


def test_notes_and_placeholders_in_words():
    export = " ".join(run("export", "--help").output.split())
    assert "export [TÙY CHỌN] THƯ-MỤC-LƯU-TRỮ" in export
    assert "-o, --output THƯ-MỤC Thư mục ghi kết quả [bắt buộc]" in export
    assert "[từ 1 trở lên]" in export and "--jobs SỐ" in export
    assert "(bắt buộc)" not in export  # said once
    server = " ".join(run("serve", "--help").output.split())
    assert "[từ 1 đến 65535]" in server
    english = " ".join(run("--lang", "en", "export", "--help").output.split())
    assert "-o, --output DIRECTORY Output folder [required]" in english
    assert "[at least 1]" in english and "x>=1" not in english
    assert "pdf-server Giữ LibreOffice chạy sẵn để --pdf nhanh hơn" in " ".join(
        run("--help").output.split()
    )


def test_check_help_says_it_takes_a_pdf_and_followup_says_its_default():
    assert "với tệp .pdf" in run("check", "--help").output
    assert "md (mặc định" in " ".join(run("followup", "--help").output.split())


def test_show_lists_the_follow_ups(tmp_path: Path):
    shown = run("show", str(EXAMPLES / "nam-song-hau-2023.yaml"))
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()
    start = next(i for i, line in enumerate(lines) if "Kết quả chỉ đạo trước:" in line)
    assert any("- kien-toan-can-bo (2022): đang thực hiện" in line for line in lines[start:])


def _with_arguments() -> list[tuple[str, ...]]:
    """Every command and sub-command that takes a required argument."""
    import click

    from giaoban.cli import cli

    found = []
    for name, command in cli.commands.items():
        commands = getattr(command, "commands", None)
        for sub, each in (commands or {None: command}).items():
            if any(isinstance(p, click.Argument) and p.required for p in each.params):
                found.append((name,) if sub is None else (name, sub))
    return found


@pytest.mark.parametrize("command", _with_arguments(), ids=" ".join)
def test_a_usage_error_names_what_is_missing_in_vietnamese(command: tuple[str, ...]):
    # click's own "Thiếu tham số 'PATHS...'": the placeholder the help shows, not click's
    result = run(*command)
    assert result.exit_code == 2
    last = result.stderr.splitlines()[-1]
    assert last.startswith("Lỗi: Thiếu tham số '"), last
    assert not ENGLISH_LEFT.findall(last) and not re.search(r"'(RECORD|FOLDER|OLD)", last), last
    help_usage = run(*command, "--help").output.splitlines()[0]
    assert last.removeprefix("Lỗi: Thiếu tham số '").split("'")[0] in help_usage


def test_usage_errors_say_ranges_and_flags_in_words():
    missing = run("validate")
    assert missing.stderr.splitlines()[-1] == "Lỗi: Thiếu tham số 'ĐƯỜNG-DẪN...'."
    port = run("serve", "--port", "0")
    assert port.stderr.splitlines()[-1] == (
        "Lỗi: Giá trị không hợp lệ cho '--port': 0 nằm ngoài giới hạn (từ 1 đến 65535)."
    )
    jobs = run("export", ".", "-o", "out", "--jobs", "0")
    assert jobs.stderr.splitlines()[-1].endswith("0 nằm ngoài giới hạn (từ 1 trở lên).")
    flag = run("validate", "--strict=3", ".")
    assert flag.stderr.splitlines()[-1] == "Lỗi: Tùy chọn '--strict' không nhận giá trị."
    # English keeps click's own sentences
    english = run("--lang", "en", "serve", "--port", "0")
    assert english.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--port': 0 is not in the range 1<=x<=65535."
    )
    assert run("--lang", "en", "validate").stderr.splitlines()[-1] == (
        "Error: Missing argument 'PATHS...'."
    )


def test_a_pdf_asked_as_a_press_layout_is_pointed_to_the_pdf_option():
    result = run("render", "x.yaml", "--format", "pdf")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Lỗi: Giá trị không hợp lệ cho '--format': 'pdf' không phải dạng của tin bài; PDF "
        "của mọi tài liệu Word (cả biên bản) làm bằng --pdf (hoặc --pdfa để lưu trữ lâu dài)."
    )
    assert "'xml' không hợp lệ; chọn một trong" in run("render", "x.yaml", "--format", "xml").stderr
