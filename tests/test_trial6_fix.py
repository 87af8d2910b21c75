"""The s6 trial's findings (H-numbers, /work/notes/s6-trial.md on the build machine): each
a record a secretary wrote that giaoban took without a word, or a message that led her
astray. Records are the project's examples changed as she changed hers."""

from __future__ import annotations

import re
from pathlib import Path

from giaoban import vietnamese as vn
from giaoban.record import load_record
from tests.conftest import line_of, run
from tests.docx_text import paragraphs

EXAMPLE_2023 = "nam-song-hau-2023.yaml"


def _changed(examples: Path, *changes: tuple[str, str], name: str = "hoi-nghi.yaml") -> Path:
    """The 2023 example with ``changes`` made (each must occur), as ``name``."""
    text = (examples / EXAMPLE_2023).read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    (examples / name).write_text(text, encoding="utf-8")
    return Path(name)


def _keys(path: Path, key: str) -> list:
    return [w for w in load_record(path).warnings if w.key == key]


# --- H14: the secretary is the person who presides ---------------------------------------


def test_the_secretary_who_also_presides_is_a_warning_at_secretary(examples: Path, tmp_path):
    """s6-trial H14: minutes.secretary set to the chair's id (picked from the list by
    mistake): the biên bản said "Chủ trì: … Trần Văn Phước" and "Thư ký: … Trần Văn
    Phước", and he signed both THƯ KÝ and CHỦ TRÌ, without a word."""
    path = _changed(examples, ("  secretary: thu-ky\n", "  secretary: chu-tich-ca-mau\n"))
    (warning,) = _keys(path, "warning_secretary_presides")
    assert (warning.line, warning.column) == (line_of(path, "  secretary: chu-tich-ca-mau"), 3)
    assert "Trần Văn Phước" in warning.message and "CHỦ TRÌ" in warning.message
    assert "thu-ky" in warning.message  # the one with the role thư ký, offered as the fix
    result = run("render", str(path), "-o", str(tmp_path / "out"), "--only", "minutes")
    assert result.exit_code == 0
    assert f"hoi-nghi.yaml:{warning.line}:3: cảnh báo: minutes.secretary" in result.output
    # a role "thư ký" given to the person who presides: the same slip, said at the roles
    roles = _changed(
        examples,
        ("roles: [chủ trì, báo cáo]", "roles: [chủ trì, báo cáo, thư ký]"),
        ("  secretary: thu-ky\n", ""),
        ("    roles: [thư ký]\n", "    roles: [dự]\n"),
        name="roles.yaml",
    )
    (warning,) = _keys(roles, "warning_secretary_presides")
    assert warning.line == line_of(roles, "roles: [chủ trì, báo cáo, thư ký]")
    assert not _keys(Path(EXAMPLE_2023), "warning_secretary_presides")


# --- H23: a status suggested by its meaning, never by its spelling ------------------------


def _status_message(examples: Path, written: str) -> str:
    path = _changed(examples, ("    status: đã hoàn thành\n", f"    status: {written}\n"))
    result = run("validate", str(path))
    assert result.exit_code == 1, result.output
    (line,) = [x for x in result.output.splitlines() if ", status: " in x]
    assert line.startswith(f"hoi-nghi.yaml:{line_of(path, 'status: ' + written)}:5:")
    return line


def test_a_status_in_her_own_words_is_offered_the_status_it_means(examples: Path):
    """s6-trial H23: "Đã thực hiện" (done) was answered "Có phải ý bạn là 'đang thực
    hiện'?" (under way): the nearest spelling, which flips the meaning; taken as offered,
    a finished directive stayed open in `followup` for years."""
    meant = {
        "Đã thực hiện": "đã hoàn thành",
        "đã xong": "đã hoàn thành",
        "hoàn thành": "đã hoàn thành",
        "Da thuc hien": "đã hoàn thành",
        "đang triển khai": "đang thực hiện",
        "tiếp tục thực hiện": "đang thực hiện",
        "chưa triển khai": "chưa thực hiện",
        "dừng thực hiện": "không còn phù hợp",
    }
    for written, status in meant.items():
        line = _status_message(examples, written)
        assert line.endswith(f"Có phải ý bạn là '{status}'?"), line
    # "chưa hoàn thành" is under way or not begun: both offered, neither chosen
    line = _status_message(examples, "chưa hoàn thành")
    assert "'đang thực hiện' hay 'chưa thực hiện'" in line, line
    # words that say nothing of how far it went: the four listed, no guess
    line = _status_message(examples, "thực hiện")
    assert "Có phải ý bạn" not in line and "không còn phù hợp" in line, line


# --- H16: CHỦ TỌA in the signature, "Chủ tọa:" in the body --------------------------------


def test_the_chair_word_of_the_body_follows_chair_label(examples: Path, tmp_path):
    """s6-trial H16: minutes.chair_label: CHỦ TỌA (Mẫu 1.9's word) changed only the
    signature; the body still said "Chủ trì: Ông Trần Văn Phước …" above a CHỦ TỌA block
    (document-format.md §2.1: pick one word and use it throughout)."""
    path = _changed(
        examples,
        (
            "  presiding: chu-tich-ca-mau\n",
            "  presiding: chu-tich-ca-mau\n  chair_label: CHỦ TỌA\n",
        ),
    )
    result = run("render", str(path), "-o", str(tmp_path / "ct"), "--only", "minutes")
    assert result.exit_code == 0, result.output
    texts = paragraphs(tmp_path / "ct" / "hoi-nghi-bien-ban.docx")
    assert any(t.startswith("Chủ tọa: Bà Nguyễn Thị Mai Lan") for t in texts), texts
    assert not any("Chủ trì:" in t for t in texts)
    assert "CHỦ TỌA" in texts and "CHỦ TRÌ" not in texts
    # the default word stays
    result = run("render", EXAMPLE_2023, "-o", str(tmp_path / "ctr"), "--only", "minutes")
    texts = paragraphs(tmp_path / "ctr" / "nam-song-hau-2023-bien-ban.docx")
    assert any(t.startswith("Chủ trì: Bà Nguyễn Thị Mai Lan") for t in texts), texts


# --- H22: a name pasted with its title ---------------------------------------------------


def test_a_name_pasted_with_its_title_is_a_warning_at_name(examples: Path):
    """s6-trial H22: reports write "đồng chí Phạm Anh Tuấn - Phó Chủ tịch Uỷ ban MTTQ …";
    pasted whole into name:, every sentence said the title twice ("… thành phố Hà Nội Phạm
    Anh Tuấn - Phó Chủ tịch Uỷ ban …"), without a word."""
    title = "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang"
    for written in (
        f"Võ Thị Thu Hà - {title}",
        f"đồng chí Võ Thị Thu Hà, {title}",
        f"Võ Thị Thu Hà – {title}",
        f"Võ Thị Thu Hà {title}",
    ):
        path = _changed(examples, ("    name: Võ Thị Thu Hà\n", f"    name: {written}\n"))
        (warning,) = _keys(path, "warning_name_with_title")
        assert warning.line == line_of(path, f"name: {written}"), written
        assert "name: Võ Thị Thu Hà" in warning.message, warning.message
        assert f"«{title}»" in warning.message and "titles" in warning.message
    # names alone, of every shape the examples and the corpus hold, are left alone
    for name in ("Võ Thị Thu Hà", "Nguyễn Thị Mai Lan", "Lê Thị Thu Ba"):
        path = _changed(examples, ("    name: Võ Thị Thu Hà\n", f"    name: {name}\n"))
        assert not _keys(path, "warning_name_with_title")


# --- H19: an id written with spaces ------------------------------------------------------


def test_an_id_written_with_spaces_is_told_how_to_write_it(examples: Path):
    """s6-trial H19: `id: vu thi thanh` and `speaker: vu thi thanh` were each told
    "'vu thi thanh' là họ tên; ở đây ghi mã của người đó trong attendees: 'vu thi
    thanh'": to write what she wrote."""
    path = _changed(
        examples,
        ("  - id: chu-tich-an-giang\n", "  - id: chu tich an giang\n"),
        ("speaker: chu-tich-an-giang", "speaker: chu tich an giang"),
    )
    result = run("validate", str(path))
    assert result.exit_code == 1
    lines = [x for x in result.output.splitlines() if "chu tich an giang" in x]
    assert len(lines) == 2, result.output
    for line in lines:
        assert "hãy viết 'chu-tich-an-giang'" in line, line
        assert "ghi mã của người đó trong attendees: 'chu tich an giang'" not in line
    assert lines[0].startswith(f"hoi-nghi.yaml:{line_of(path, '- id: chu tich an giang')}:")
    # the id written as the person's name without its marks: the trial's very case
    path = _changed(
        examples,
        ("  - id: chu-tich-an-giang\n", "  - id: vo thi thu ha\n"),
        ("speaker: chu-tich-an-giang", "speaker: vo thi thu ha"),
    )
    lines = [x for x in run("validate", str(path)).output.splitlines() if "vo thi thu ha" in x]
    assert len(lines) == 2 and all("hãy viết 'vo-thi-thu-ha'" in x for x in lines), lines


# --- H21: the example's membership left in a copied giaoban.yaml -------------------------

TAY_NGUYEN_2026 = (
    "meeting:\n"
    "  title: Hội nghị giao ban công tác Mặt trận Cụm thi đua các tỉnh Tây Nguyên\n"
    "  date: 2026-12-10\n"
    "  place:\n"
    "    locality: phường Buôn Ma Thuột\n"
    "    province: Đắk Lắk\n"
    "  host: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk\n"
)


def test_a_meeting_held_and_hosted_outside_its_members_is_a_warning(tmp_path, monkeypatch):
    """s6-trial H21: README's giaoban.yaml copied, `name` and `members` changed to the
    Tây Nguyên cluster, the example's `membership` (from 01/7/2025: Cà Mau, An Giang, Cần
    Thơ) left: a valid 2026 record, hosted by Đắk Lắk, printed "Cụm thi đua các tỉnh Tây
    Nguyên (gồm 3 tỉnh, thành phố: Cà Mau, An Giang và Cần Thơ)" without a word."""
    example = (Path(__file__).parents[1] / "examples" / "giaoban.yaml").read_text("utf-8")
    copied = example.replace("name: Nam Sông Hậu", "name: Tây Nguyên").replace(
        "members: [Bạc Liêu, Cà Mau, An Giang, Hậu Giang, Kiên Giang, Sóc Trăng]",
        "members: [Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông, Lâm Đồng]",
    )
    assert "Tây Nguyên" in copied and "Kon Tum" in copied
    (tmp_path / "giaoban.yaml").write_text(copied, encoding="utf-8")
    (tmp_path / "tn.yaml").write_text(TAY_NGUYEN_2026, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("validate", "tn.yaml")
    assert result.exit_code == 0
    (line,) = [x for x in result.output.splitlines() if "cảnh báo: " in x]
    assert line.startswith("tn.yaml:6:5: cảnh báo: meeting.place.province: "), line
    assert "Đắk Lắk" in line and "Cà Mau, An Giang, Cần Thơ" in line
    assert f"giaoban.yaml:{line_of(tmp_path / 'giaoban.yaml', '- from: 2025-07-01') + 1}" in line
    assert "membership" in line
    # the membership the cluster has after the mergers: nothing to say
    right = copied.replace(
        "[Cà Mau, An Giang, Cần Thơ]", "[Quảng Ngãi, Gia Lai, Đắk Lắk, Lâm Đồng]"
    )
    (tmp_path / "giaoban.yaml").write_text(right, encoding="utf-8")
    assert "cảnh báo: " not in run("validate", "tn.yaml").output


# --- H25: giaoban.yaml saved by Notepad as giaoban.yaml.txt ------------------------------

QUAN_CLUSTER = (
    "meeting:\n  cluster:\n    name: Cụm thi đua số 1\n    member_kind: quận\n"
    "    members: [quận Long Biên, quận Hai Bà Trưng, quận Hoàng Mai]\n"
)
QUAN_RECORD = (
    "meeting:\n  title: Hội nghị ký giao ước thi đua Cụm thi đua số 1\n  date: 2024-02-28\n"
    "  kind: ký kết giao ước thi đua\n"
    "  cluster:\n    chair: quận Long Biên\n    vice_chair: quận Hai Bà Trưng\n"
)


def test_a_defaults_file_saved_as_txt_is_named_by_every_command_reading_a_record(
    tmp_path, monkeypatch
):
    """s6-trial H25: with giaoban.yaml saved by Notepad as giaoban.yaml.txt, `render
    FILE` blamed a right `chair` ("'quận Long Biên' không phải tên tỉnh … Có phải ý bạn là
    'Quảng Bình'?"); only `validate DIR` named the .txt file."""
    (tmp_path / "giaoban.yaml.txt").write_text(QUAN_CLUSTER, encoding="utf-8")
    (tmp_path / "hn.yaml").write_text(QUAN_RECORD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in (["validate", "hn.yaml"], ["render", "hn.yaml", "-o", "out"]):
        result = run(*command)
        assert result.exit_code == 1, result.output
        first = result.output.splitlines()[0]
        assert first.startswith("giaoban.yaml.txt:1:1: "), result.output
        assert "đổi tên thành giaoban.yaml" in first
        # a district's name is not "corrected" to a province
        assert "Quảng Bình" not in result.output and "Có phải ý bạn" not in result.output
        assert "'quận Long Biên' là tên quận" in result.output
    # renamed: valid, and nothing said of it
    (tmp_path / "giaoban.yaml.txt").rename(tmp_path / "giaoban.yaml")
    result = run("validate", "hn.yaml")
    assert result.exit_code == 0 and "txt" not in result.output
    # both there: the .txt is an old copy, and validate DIR names it once
    (tmp_path / "giaoban.yaml.txt").write_text(QUAN_CLUSTER, encoding="utf-8")
    assert run("validate", "hn.yaml").exit_code == 0


# --- H24: "thị trấn" after 1/7/2025 ------------------------------------------------------

TOWN_2026 = (
    "meeting:\n"
    "  title: Hội nghị giao ban Cụm thi đua số 3\n"
    "  date: 2026-03-10\n"
    "  place:\n"
    "    locality: thị trấn Kim Tân\n"
    "    province: Thanh Hóa\n"
    "  host: Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn Kim Tân\n"
    "  sites: [điểm cầu thị trấn Vân Du]\n"
    "  cluster:\n"
    "    name: Cụm thi đua số 3\n"
    "    member_kind: xã, phường\n"
    "    members: [xã Kim Tân, thị trấn Vân Du]\n"
    "attendees:\n"
    "  - id: a\n"
    "    name: Nguyễn Văn An\n"
    "    honorific: Ông\n"
    "    titles: [Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Vân Du]\n"
    "    delegation: thị trấn Vân Du\n"
    "    roles: [chủ trì]\n"
)


def test_a_town_named_after_the_2025_reorganisation_is_a_warning_everywhere(tmp_path):
    """s6-trial H24: "thị trấn" in a 2026 record (place, host, title, delegation,
    member) was never said to be gone since 01/7/2025 (the commune level is xã, phường,
    đặc khu: Nghị quyết 203/2025/QH15); the member_kind advice built "'xã thị trấn Vân
    Du'", and the host warning sent her to hand-write a letterhead for a body gone."""
    record = tmp_path / "tt.yaml"
    record.write_text(TOWN_2026, encoding="utf-8")
    found = load_record(record).warnings
    towns = [w for w in found if w.key == "warning_town_gone"]
    lines = [w.line for w in towns]
    assert lines == [5, 7, 8, 12, 17, 18], [w.format() for w in found]
    assert all("01/7/2025" in w.message and "203/2025/QH15" in w.message for w in towns)
    assert "'thị trấn Kim Tân'" in towns[0].message
    messages = " ".join(w.message for w in found)
    assert "xã thị trấn" not in messages
    assert not [w for w in found if w.key.startswith("warning_letterhead")]
    # the same record before the reorganisation: a town was a commune-level unit then
    record.write_text(TOWN_2026.replace("2026-03-10", "2024-03-10"), encoding="utf-8")
    assert not [w for w in load_record(record).warnings if w.key == "warning_town_gone"]


# --- H20: a {%p for %} closed by {% endfor %} --------------------------------------------


def _edited_minutes_template(tmp_path: Path, old: str, new: str) -> Path:
    """`templates copy`, then bien-ban.docx's first ``old`` tag paragraph made ``new``
    (deleted when ``new`` is None), as she does in Word."""
    import re
    import zipfile

    assert run("templates", "copy", str(tmp_path / "tpl")).exit_code == 0
    template = tmp_path / "tpl" / "bien-ban.docx"
    with zipfile.ZipFile(template) as archive:
        parts = {i.filename: archive.read(i.filename) for i in archive.infolist()}
    xml = parts["word/document.xml"].decode("utf-8")
    if new is None:  # the whole paragraph holding the tag, deleted
        found = re.search(r"<w:p(?: [^>]*)?>(?:(?!</w:p>).)*?" + re.escape(old) + r".*?</w:p>", xml)
        assert found, old
        xml = xml[: found.start()] + xml[found.end() :]
    else:
        assert old in xml, old
        xml = xml.replace(old, new, 1)
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return tmp_path / "tpl"


def test_a_paragraph_block_closed_by_an_inline_tag_is_named_with_its_paragraph_form(
    examples: Path, tmp_path
):
    """s6-trial H20: the grey `{%p endfor %}` deleted was told "thiếu «{% endfor %}»";
    typing exactly that gave "mẫu tạo ra tài liệu Word hỏng (mismatched tag: line 2,
    column 12397)": nothing she can find in Word."""
    deleted = _edited_minutes_template(tmp_path / "a", "{%p endfor %}", None)
    result = run(
        "render", EXAMPLE_2023, "--templates", str(deleted), "-o", "ra", "--only", "minutes"
    )
    assert result.exit_code == 1
    assert "thiếu «{%p endfor %}»" in result.output, result.output
    assert "đoạn riêng" in result.output
    typed = _edited_minutes_template(tmp_path / "b", "{%p endfor %}", "{% endfor %}")
    result = run("render", EXAMPLE_2023, "--templates", str(typed), "-o", "ra", "--only", "minutes")
    assert result.exit_code == 1
    assert "mismatched" not in result.output and "column" not in result.output, result.output
    assert "«{% endfor %}»" in result.output and "«{%p endfor %}»" in result.output
    assert "{%p for line in letterhead_parent %}" in result.output  # the first, as she did
    assert not list(Path("ra").glob("*.docx"))


# --- H17: tin-bai.j2 saved by Notepad --------------------------------------------------


def test_a_press_template_saved_by_notepad_writes_the_same_tin_bai(examples: Path, tmp_path):
    """s6-trial H17: tin-bai.j2 saved as "UTF-8 with BOM" (+CRLF) put a paragraph holding
    only U+FEFF into every tin bài; saved as "Unicode" (UTF-16, which records accept) it
    was refused as "không phải mẫu chữ (UTF-8)"."""
    assert run("templates", "copy", str(tmp_path / "tpl")).exit_code == 0
    plain = (tmp_path / "tpl" / "tin-bai.j2").read_text(encoding="utf-8")
    crlf = plain.replace("\n", "\r\n")
    saved = {
        "bom": b"\xef\xbb\xbf" + crlf.encode("utf-8"),
        "utf16": crlf.encode("utf-16"),  # with its BOM, as Notepad's "Unicode"
        "utf16be": b"\xfe\xff" + crlf.encode("utf-16-be"),
    }
    args = ("--only", "press", "--format", "md", "--format", "txt")
    assert (
        run(
            "render", EXAMPLE_2023, "--templates", str(tmp_path / "tpl"), "-o", "plain", *args
        ).exit_code
        == 0
    )
    expected = Path("plain/nam-song-hau-2023-tin-bai.md").read_text(encoding="utf-8")
    for name, data in saved.items():
        folder = tmp_path / name
        folder.mkdir()
        (folder / "tin-bai.j2").write_bytes(data)
        result = run("render", EXAMPLE_2023, "--templates", str(folder), "-o", name, *args)
        assert result.exit_code == 0, (name, result.output)
        for suffix in ("md", "txt"):
            written = Path(name, f"nam-song-hau-2023-tin-bai.{suffix}").read_text(encoding="utf-8")
            assert "\ufeff" not in written, name
        assert Path(name, "nam-song-hau-2023-tin-bai.md").read_text(encoding="utf-8") == expected


# --- H15: a figure of one member of a commune or quận cluster -------------------------

QUAN_FIGURES = (
    "meeting:\n  title: Hội nghị ký giao ước thi đua Cụm thi đua số 1\n  date: 2024-02-28\n"
    "  kind: ký kết giao ước thi đua\n"
    "  cluster:\n    name: Cụm thi đua số 1\n    member_kind: quận\n"
    "    members: [quận Long Biên, quận Hoàn Kiếm, quận Hoàng Mai]\n"
    "figures:\n"
    "  - id: quy\n    label: Quỹ Vì người nghèo\n    value: 2.5\n    unit: tỷ đồng\n"
    "    province: {province}\n"
)


def test_a_figure_of_one_member_of_a_quan_cluster_names_that_member(tmp_path, monkeypatch):
    """s6-trial H15: in a cluster of quận (or of xã, phường) a figure of one member
    could not be recorded: `province: quận Hoàn Kiếm` → "không phải tên tỉnh … Có phải ý
    bạn là 'Quảng Nam'?"; and followup.provinces said "các huyện của Cụm" for quận."""
    monkeypatch.chdir(tmp_path)
    record = tmp_path / "hn.yaml"
    record.write_text(QUAN_FIGURES.replace("{province}", "quận Hoàn Kiếm"), encoding="utf-8")
    result = run("render", "hn.yaml", "-o", "out", "--only", "minutes")
    assert result.exit_code == 0, result.output
    texts = paragraphs(tmp_path / "out" / "hn-bien-ban.docx")
    assert any("2,5 tỷ đồng (quận Hoàn Kiếm)" in t for t in texts), texts
    # a member written without its kind: told the member's spelling, not a province
    record.write_text(QUAN_FIGURES.replace("{province}", "Hoàn Kiếm"), encoding="utf-8")
    result = run("validate", "hn.yaml")
    assert result.exit_code == 1
    assert (
        "hn.yaml:14:5: figures, mục 1, province: 'Hoàn Kiếm' không có trong các quận của Cụm"
        in result.output
    ), result.output
    assert "Có phải ý bạn là 'quận Hoàn Kiếm'?" in result.output
    assert "Quảng Nam" not in result.output and "huyện" not in result.output


# --- H6: a year summary tells its year ---------------------------------------------------


def test_a_year_summary_tells_only_its_year_and_the_clusters_that_met(examples: Path, tmp_path):
    """s6-trial H6: the 2018 summary listed the Cụm trưởng of 2024 and 2025 and the
    members of 2024–2026, of clusters that did not meet in 2018: a report filed in the
    archive that speaks of the 2025 mergers."""
    import shutil

    shutil.copytree(Path(__file__).parent / "data" / "tay-nguyen", examples / "tay-nguyen")
    result = run("export", ".", "-o", str(tmp_path / "out"), "--year", "2022")
    assert result.exit_code == 0, result.output
    summary = (tmp_path / "out" / "tong-hop-2022.md").read_text(encoding="utf-8")
    rotation = summary.split("## Luân phiên")[1].split("\n## ")[0]
    years = {int(cell) for cell in re.findall(r"^\| [^|]+ \| (\d{4}) \|", rotation, re.M)}
    assert years and max(years) <= 2023, rotation  # 2022 and the handover to 2023
    assert "Tây Nguyên" not in summary  # it met in 2021, not 2022
    members = summary.split("## Thành viên Cụm qua các năm")[1].split("\n## ")[0]
    assert "2026" not in members and "sáp nhập" not in members, members
    # the summary of the last year still tells the history up to it
    result = run("export", ".", "-o", str(tmp_path / "all"), "--year", "2026")
    later = (tmp_path / "all" / "tong-hop-2026.md").read_text(encoding="utf-8")
    assert "| 2022 |" in later.split("## Luân phiên")[1]


# --- H2: TCVN3 / VNI text pasted into a UTF-8 record -------------------------------------


def test_text_typed_in_the_old_fonts_is_a_warning_at_its_line(examples: Path):
    """s6-trial H2: a line copied from an old .doc typed in .VnTime (TCVN3) or VNI-Times
    arrives as Latin-1 letters: "hợp lệ", no warning, and both documents printed the
    mojibake. The words are the trial's (its own record's result line)."""
    tcvn3 = "®æi míi c«ng t¸c tËp hîp ®ång bµo d©n téc, t«n gi¸o; MÆt trËn Tæ quèc ViÖt Nam"
    vni = (
        "ñoåi môùi coâng taùc taäp hôïp ñoàng baøo daân toäc, toân giaùo; "
        "Maët traän Toå quoác Vieät Nam"
    )
    for text, encoding in ((tcvn3, "TCVN3"), (vni, "VNI")):
        path = _changed(
            examples,
            ("    - việc ứng dụng công nghệ thông tin ở cơ sở còn chậm\n", f"    - '{text}'\n"),
        )
        result = run("validate", str(path))
        assert result.exit_code == 0, result.output
        (line,) = [x for x in result.output.splitlines() if "cảnh báo: " in x]
        assert line.startswith(f"hoi-nghi.yaml:{line_of(path, text[:12])}:"), line
        assert f"bảng mã cũ {encoding}" in line and "Unikey" in line, line
    # Vietnamese in Unicode, a foreign name, signs: nothing
    for text in (
        "Đổi mới công tác tập hợp đồng bào dân tộc, tôn giáo",
        "ông Müller",
        "120 m² và 25°C",
    ):
        assert vn.legacy_encoding(text) is None, text


# --- H7: Word's curly quotes around a title ----------------------------------------------


def test_quotes_around_a_whole_title_are_taken_off(examples: Path, tmp_path):
    """s6-trial H7: `title: “Hội nghị …”` copied from an invitation in Word, quotes and
    all, was valid without a word; the lead then put the members inside the quotes and
    the year outside: "tổ chức “Hội nghị … (gồm 6 quận: …)” năm 2024"."""
    title = "Hội nghị giao ban Cụm thi đua Nam Sông Hậu"
    for opening, closing in (("“", "”"), ('\\"', '\\"'), ("«", "»")):
        path = _changed(
            examples, (f"  title: {title}\n", f'  title: "{opening}{title}{closing}"\n')
        )
        assert load_record(path).record.meeting.title == title, (opening, closing)
    # quotes around a part only are the title's own
    inner = "Hội nghị sơ kết Cuộc vận động “Toàn dân đoàn kết”"
    path = _changed(examples, (f"  title: {title}\n", f"  title: {inner}\n"))
    assert load_record(path).record.meeting.title == inner


# --- H1: the tin bài keeps the capital of a body that opens a conclusion -----------------


def test_a_conclusion_opening_with_a_body_keeps_its_capital_in_the_tin_bai(
    examples: Path, tmp_path
):
    """s6-trial H1: "Hội nghị kết luận: ủy ban MTTQ Việt Nam các quận …; ban Thường trực
    Ủy ban MTTQ …", and "thành phố Hồ Chí Minh" (its official name has a capital T, Hiến
    pháp 2013, Điều 110 names it so) in the tin bài; the biên bản kept them."""
    conclusion = (
        "  conclusion:\n"
        "    - Ủy ban Mặt trận Tổ quốc Việt Nam các tỉnh trong Cụm nhất trí với quy chế hoạt động\n"
        "    - Thành phố Hồ Chí Minh và Cần Thơ thống nhất lịch giao ban\n"
        "    - Ban Thường trực giao Cụm trưởng xây dựng kế hoạch\n"
        "    - Tiếp tục đổi mới nội dung giao ban\n"
    )
    text = (examples / EXAMPLE_2023).read_text(encoding="utf-8")
    start = text.index("  conclusion:\n")
    end = text.index("\n", text.index("      của Cụm.", start)) + 1
    (examples / "kl.yaml").write_text(text[:start] + conclusion + text[end:], encoding="utf-8")
    result = run(
        "render", "kl.yaml", "-o", str(tmp_path / "kl"), "--only", "press", "--format", "md"
    )
    assert result.exit_code == 0, result.output
    press = (tmp_path / "kl" / "kl-tin-bai.md").read_text(encoding="utf-8")
    assert (
        "Hội nghị kết luận: Ủy ban Mặt trận Tổ quốc Việt Nam các tỉnh trong Cụm nhất trí với quy "
        "chế hoạt động; Thành phố Hồ Chí Minh và Cần Thơ thống nhất lịch giao ban; Ban Thường "
        "trực giao Cụm trưởng xây dựng kế hoạch; tiếp tục đổi mới nội dung giao ban"
    ) in " ".join(press.split()), press


# --- H26: a title that does not name the cluster -----------------------------------------


def test_a_title_that_names_no_cluster_is_a_warning(examples: Path):
    """s6-trial H26: `title: Hội nghị tổng kết công tác thi đua` (as invitations read):
    headline and lead never said which cluster, and the lead hung "(gồm 4 tỉnh: …)" on
    "công tác thi đua năm 2026"."""
    path = _changed(
        examples,
        (
            "  title: Hội nghị giao ban Cụm thi đua Nam Sông Hậu\n",
            "  title: Hội nghị tổng kết công tác thi đua\n",
        ),
    )
    (warning,) = _keys(path, "warning_title_without_cluster")
    assert warning.line == line_of(path, "title: Hội nghị tổng kết công tác thi đua")
    assert "'Hội nghị tổng kết công tác thi đua Cụm thi đua Nam Sông Hậu'" in warning.message
    # the real titles of the corpus name their cluster, with or without the word "Cụm"
    for title in (
        "Hội nghị giao ban công tác Mặt trận 6 tỉnh Nam Sông Hậu",
        "Hội nghị giao ban Cụm số 2",
    ):
        path = _changed(
            examples,
            ("  title: Hội nghị giao ban Cụm thi đua Nam Sông Hậu\n", f"  title: {title}\n"),
        )
        assert not _keys(path, "warning_title_without_cluster"), title


def test_a_title_naming_another_cluster_is_warned(examples: Path):
    """s6-check K10: "Cụm thi đua Tây Nguyên" in a Nam Sông Hậu record passed without a
    word and was printed in the headline and lead; the record's own name passes."""
    record = Path("nam-song-hau-2023.yaml")
    text = record.read_text(encoding="utf-8")
    own = "  title: Hội nghị giao ban Cụm thi đua Nam Sông Hậu\n"
    assert own in text
    assert "tên hội nghị nói" not in run("validate", record.name).stderr
    record.write_text(text.replace(own, own.replace("Nam Sông Hậu", "Tây Nguyên")), "utf-8")
    said = run("validate", record.name).stderr
    assert (
        "nam-song-hau-2023.yaml:7:3: cảnh báo: meeting.title: tên hội nghị nói 'Cụm thi đua "
        "Tây Nguyên' nhưng Cụm của hồ sơ là 'Nam Sông Hậu'" in said
    )
