"""Records the fourth trial found wrong yet valid (s4-trial F88-F92, F99): each now an
error or a warning at its file:line, or a document that says the fact right."""

from __future__ import annotations

from tests.conftest import EXAMPLES, edited, line_of, run

EXAMPLE_2023 = EXAMPLES / "nam-song-hau-2023.yaml"


def test_an_absent_person_cannot_preside_present_or_sign(tmp_path):
    """F89: the Cà Mau chairman marked absent still opened, presented and signed CHỦ TRÌ;
    one error at his attendance line lists each of those places."""
    record = edited(
        EXAMPLE_2023,
        tmp_path / "r.yaml",
        "    roles: [chủ trì, báo cáo]\n",
        "    roles: [chủ trì, báo cáo]\n    attendance: vắng có lý do\n",
    )
    result = run("validate", str(record))
    assert result.exit_code == 1
    line = line_of(record, "attendance: vắng có lý do")
    (error,) = [e for e in result.stderr.splitlines() if "vắng có lý do' nhưng" in e]
    assert error.startswith(f"{record}:{line}:5: attendees, mục 3, attendance: Trần Văn Phước")
    for said in (
        "vai trò chủ trì, báo cáo",
        "trình bày báo cáo (report.presenter, dòng",
        "ký CHỦ TRÌ (minutes.presiding, dòng",
        "phát biểu (speeches, mục",
    ):
        assert said in error
    # the secretary marked absent signs THƯ KÝ: the same error
    record = edited(
        EXAMPLE_2023,
        tmp_path / "s.yaml",
        "    roles: [thư ký]\n",
        "    roles: [thư ký]\n    attendance: vắng\n",
    )
    result = run("validate", str(record))
    assert "ký THƯ KÝ (minutes.secretary" in result.stderr
    # the example's absent Kiên Giang delegate, who does nothing, stays valid
    assert run("validate", str(EXAMPLE_2023)).exit_code == 0
