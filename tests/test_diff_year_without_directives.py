"""s6-trial H11: `diff ARCHIVE --cluster` with two meetings, one giving no directives.

She was told the cluster "chỉ có 1 …; cần ít nhất hai", which sent her looking for a
missing file or a wrong name; the records that give none are now named, with the
comparison of two records that works (`giaoban diff A B`: new directives, members).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from tests.conftest import EXAMPLES, run


def test_the_meeting_without_directives_is_named_with_the_pairwise_diff(
    tmp_path: Path, monkeypatch
):
    for name in ("giaoban.yaml", "nam-song-hau-2022.yaml", "nam-song-hau-2023.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    record = Path("nam-song-hau-2023.yaml")
    text = record.read_text(encoding="utf-8")
    # 2023 written without its directives: the section, the speech's references to them
    text, removed = re.subn(r"(?ms)^directives:\n.*?(?=^followup:)", "", text)
    assert removed == 1
    text = re.sub(r"(?m)^\s+directives: \[[^\]]*\]\n", "", text)
    text = re.sub(r"(?m)^\s+- verb: đề nghị\n", "", text)
    record.write_text(text, encoding="utf-8")
    assert run("validate", ".").exit_code == 0

    result = run("diff", ".", "--cluster", "Nam Sông Hậu")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "Cụm 'Nam Sông Hậu' có 2 hội nghị trong thư mục nhưng chỉ 1 hội nghị ghi chỉ đạo: "
        "nam-song-hau-2023.yaml (họp ngày 14/12/2023) không ghi chỉ đạo nào. Để so sánh "
        "hai hồ sơ (chỉ đạo mới, thành viên Cụm): giaoban diff "
        '"nam-song-hau-2022.yaml" "nam-song-hau-2023.yaml"'
    )
    # the command it proposes works
    proposed = run("diff", "nam-song-hau-2022.yaml", "nam-song-hau-2023.yaml")
    assert "Traceback" not in proposed.output + proposed.stderr
    assert "nam-song-hau-2023.yaml" in proposed.stderr  # its note: no directive there
    assert proposed.exit_code in (0, 1)
