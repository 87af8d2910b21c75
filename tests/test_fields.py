"""The lexicon of the fields of the Front's work (giaoban/fields.py, giaoban/data/fields.yaml).

The sentences below are the Law on the Vietnam Fatherland Front's own (Luật Mặt trận Tổ quốc
Việt Nam số 75/2015/QH13; a law's text is no protected work), as given at
https://luatminhkhue.vn/luat-mat-tran-to-quoc-viet-nam-2015.aspx (Điều 3),
https://hethongphapluat.com/luat-mat-tran-to-quoc-viet-nam-2015/chuong-4 (Điều 19, 21) and
http://mattran.org.vn/van-ban-huong-dan/hoat-dong-doi-ngoai-nhan-dan-cua-mat-tran-to-quoc-viet-nam-5796.html
(Điều 13): never the labelled directive pairs the matcher is measured on.
"""

from __future__ import annotations

import pytest

from giaoban import diff
from giaoban import fields as F
from giaoban import gazetteer as gz
from giaoban import vietnamese as vn

# Điều 3. Quyền và trách nhiệm của Mặt trận Tổ quốc Việt Nam, khoản by khoản; Điều 13, 19, 21.
LAW = [
    (
        "Tập hợp, xây dựng khối đại đoàn kết toàn dân tộc, thực hiện dân chủ, tăng cường "
        "đồng thuận xã hội.",
        {"dai-doan-ket"},
    ),
    (
        "Tuyên truyền, vận động Nhân dân thực hiện quyền làm chủ, thực hiện đường lối, chủ "
        "trương của Đảng, chính sách, pháp luật của Nhà nước.",
        {"tuyen-truyen"},
    ),
    ("Đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của Nhân dân.", {"quyen-loi"}),
    ("Tham gia xây dựng Đảng, Nhà nước.", {"xay-dung-dang-nha-nuoc"}),
    ("Thực hiện giám sát và phản biện xã hội.", {"giam-sat-phan-bien"}),
    (
        "Tập hợp, tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân để phản ánh, kiến nghị "
        "với Đảng, Nhà nước.",
        {"quyen-loi"},
    ),
    ("Thực hiện hoạt động đối ngoại nhân dân.", {"doi-ngoai"}),
    (
        "Mặt trận Tổ quốc Việt Nam thực hiện và mở rộng hoạt động đối ngoại nhân dân trong "
        "khu vực và trên thế giới theo đường lối đối ngoại của Đảng và Nhà nước, góp phần "
        "tăng cường tình hữu nghị giữa các dân tộc, vì hòa bình, hợp tác và phát triển.",
        {"doi-ngoai"},
    ),
    (
        "Mặt trận Tổ quốc Việt Nam theo quy định của pháp luật tổ chức hiệp thương, lựa "
        "chọn, giới thiệu người ứng cử đại biểu Quốc hội, đại biểu Hội đồng nhân dân; tham "
        "gia các tổ chức phụ trách bầu cử; phối hợp với cơ quan nhà nước hữu quan tổ chức "
        "hội nghị cử tri ở cấp xã, các cuộc tiếp xúc giữa cử tri với người ứng cử.",
        {"bau-cu"},
    ),
    (
        "Mặt trận Tổ quốc Việt Nam theo quy định của pháp luật tham gia góp ý kiến vào dự "
        "thảo Hiến pháp, dự án luật, pháp lệnh và dự thảo văn bản quy phạm pháp luật khác.",
        {"xay-dung-dang-nha-nuoc"},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LAW, ids=[e[0][:40] for e in LAW])
def test_the_law_names_its_fields(sentence: str, expected: set[str]) -> None:
    assert F.fields(sentence) == frozenset(expected)


def test_the_five_programmes_of_the_ninth_congress() -> None:
    # as baohagiang.vn reports them (see fields.yaml, chuong-trinh-ix)
    # programme 2: its general call to emulation gives way to what it asks to achieve
    assert F.fields(
        "Vận động nhân dân thi đua lao động sáng tạo, thực hiện thắng lợi các mục tiêu "
        "phát triển kinh tế, văn hóa, xã hội"
    ) == {"kinh-te-xa-hoi"}
    assert F.fields("giữ vững quốc phòng, an ninh của đất nước") == {"quoc-phong-an-ninh"}
    assert F.fields("hoàn thành các chỉ tiêu kinh tế - xã hội của huyện") == {"kinh-te-xa-hoi"}
    assert F.fields("Tăng cường đoàn kết quốc tế, mở rộng hoạt động đối ngoại Nhân dân") == {
        "doi-ngoai"
    }


def test_a_campaign_is_its_own_field_not_the_general_one() -> None:
    # "tuyên truyền", "cuộc vận động" open directives about anything: the campaign counts
    assert F.fields(
        'Tuyên truyền, vận động thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"'
    ) == {"hang-viet"}
    assert F.fields(
        'Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"'
    ) == {"nong-thon-moi"}
    assert F.fields("hưởng ứng các phong trào thi đua yêu nước") == {"thi-dua"}


def test_the_fields_added_from_the_fronts_later_work() -> None:
    # the sources of fields.yaml added 2026-11-30 (moi-truong, y-te, chuyen-doi-so,
    # den-on-dap-nghia, nd-93-2021), in the project's own words
    assert F.fields("vận động nhân dân chống rác thải nhựa, ứng phó với biến đổi khí hậu") == {
        "moi-truong"
    }
    assert F.fields("kiến nghị về công tác phòng, chống dịch COVID-19 và vắc xin") == {"y-te"}
    assert F.fields("đẩy mạnh chuyển đổi số, triển khai nền tảng Mặt trận số") == {"chuyen-doi-so"}
    assert F.fields("vận động Quỹ Đền ơn đáp nghĩa, tặng quà gia đình chính sách") == {
        "den-on-dap-nghia"
    }
    assert F.fields("vận động, tiếp nhận nguồn đóng góp tự nguyện cứu trợ") == {"vi-nguoi-ngheo"}
    # the 10th congress's breakthrough (dai-hoi-x): the movement of 2024-2025, in our words
    assert F.fields(
        'hưởng ứng Phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát"'
    ) == {"vi-nguoi-ngheo"}
    assert F.fields("hỗ trợ sinh kế cho hộ đồng bào") == {"vi-nguoi-ngheo"}
    # "môi trường" alone is no field: "tạo môi trường thuận lợi" is about anything
    assert F.fields("tạo môi trường thuận lợi cho doanh nghiệp") == frozenset()


def test_the_longest_term_wins() -> None:
    # "nhà Đại đoàn kết" are houses for the poor; the Ngày hội is its own field
    assert F.fields("hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo") == {"vi-nguoi-ngheo"}
    assert F.fields("tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư") == {"ngay-hoi"}


def test_spelling_that_does_not_count() -> None:
    plain = F.fields("vận động đồng bào các tôn giáo, chức sắc tham gia giám sát")
    assert plain == {"dan-toc-ton-giao", "giam-sat-phan-bien"}
    assert F.fields("VẬN ĐỘNG ĐỒNG BÀO CÁC TÔN GIÁO, CHỨC SẮC THAM GIA GIÁM SÁT") == plain
    assert F.fields("hoà giải ở cơ sở") == F.fields("hòa giải ở cơ sở") == {"quyen-loi"}
    # a syllable inside another word is no term: "an ninh" is not in "an sinh"
    assert F.fields("bảo đảm an sinh xã hội") == {"vi-nguoi-ngheo"}


def test_a_text_of_no_field() -> None:
    assert F.fields("") == frozenset()
    assert F.fields("hoàn thành báo cáo đúng thời hạn") == frozenset()


def test_agreement() -> None:
    a, b = frozenset({"doi-ngoai"}), frozenset({"doi-ngoai", "dan-toc-ton-giao"})
    assert F.agreement(a, a) == 1.0
    assert F.agreement(a, b) == 0.5
    assert F.agreement(a, frozenset({"bau-cu"})) == 0.0
    assert F.agreement(frozenset(), frozenset()) == 0.0


def test_a_general_field_shared_is_no_field_shared() -> None:
    """Two directives whose only field is the general "phong trào thi đua" (it opens
    directives about anything) share no field of work: their words alone decide."""
    first = "đổi mới và nâng cao chất lượng các cuộc vận động, các phong trào thi đua"
    second = "đẩy mạnh phong trào thi đua yêu nước trong đoàn viên, hội viên"
    assert F.fields(first) == F.fields(second) == {"thi-dua"}
    assert F.agreement(F.fields(first), F.fields(second)) == 0.0
    old, new = diff.items([first, second])
    assert diff.field_score(0.3, old, new) == 0.3
    # a specific field shared still counts, a general one beside it does not dilute it
    specific = frozenset({"doi-ngoai"})
    assert F.agreement(specific | {"thi-dua"}, specific) == 1.0
    # and only the specific ones are named to the secretary
    assert F.shared(F.fields(first), F.fields(second)) == []
    assert F.shared(specific | {"thi-dua"}, specific | {"thi-dua"}) == ["doi-ngoai"]


def test_a_pair_to_review_names_no_general_field(tmp_path) -> None:
    from tests.conftest import run
    from tests.test_diff import write

    old = write(tmp_path, "a.yaml", 2022, ["triển khai sâu rộng các phong trào thi đua yêu nước"])
    new = write(
        tmp_path,
        "b.yaml",
        2023,
        ["đẩy mạnh các phong trào thi đua gắn với phục hồi kinh tế sau dịch"],
    )
    lines = run("diff", str(old), str(new)).stdout.splitlines()
    (review,) = [line for line in lines if "cần xem lại:" in line]
    assert review.endswith("sau dịch»")  # no "— cùng lĩnh vực: Vận động Nhân dân thi đua …"


def test_the_lexicon_holds_together() -> None:
    data = gz.shipped_data("fields.yaml")
    keys = [item.key for item in F.lexicon()]
    assert len(keys) == len(set(keys)) >= 13
    for item in F.lexicon():
        assert item.terms, item.key
        assert item.source.split(",")[0].split(";")[0].split(" ")[0] in data["sources"]
        assert F.name(item.key) == item.name
    # a term in two fields would make the field a text is in depend on the file's order
    seen: dict[tuple[str, ...], str] = {}
    for item in F.lexicon():
        for term in item.terms:
            key = tuple(vn.comparison_tokens(term))
            assert seen.setdefault(key, item.key) == item.key, term
    with pytest.raises(KeyError):
        F.name("no-such-field")


# --- the fields in diff's matching -------------------------------------------------------
# Directives written for these tests (not from the labelled pairs): two about đối ngoại
# nhân dân that share few words, two about giám sát that ask for different things.

BACKGROUND = [
    "Tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
    "Vận động ủng hộ Quỹ Vì người nghèo, hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo",
    "Tham gia công tác bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp",
    "Đẩy mạnh Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "Nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân ở xã, phường",
]
FRIENDSHIP = (
    "Đẩy mạnh hoạt động đối ngoại nhân dân, tăng cường tình hữu nghị với nhân dân các nước "
    "láng giềng",
    "Mở rộng quan hệ đối ngoại nhân dân với các tổ chức của nước bạn Lào",
)
OVERSIGHT = (  # the same field, two different tasks: a hard negative
    "Tổ chức giám sát việc thực hiện chính sách hỗ trợ người dân bị ảnh hưởng",
    "Giám sát việc quản lý, sử dụng các nguồn vốn đầu tư xây dựng cơ bản ở xã",
)


def _compare() -> dict[str, diff.Change]:
    """The change of each old directive when the two lists are compared by text."""
    old = diff.items([FRIENDSHIP[0], OVERSIGHT[0]])
    new = diff.items([OVERSIGHT[1], FRIENDSHIP[1]])
    changes = diff.compare(old, new, background=diff.items(BACKGROUND))
    return {c.old[0].text: c for c in changes if c.old}


def test_a_rewording_of_one_field_is_linked_by_it(monkeypatch) -> None:
    assert F.fields(FRIENDSHIP[0]) == F.fields(FRIENDSHIP[1]) == {"doi-ngoai"}
    change = _compare()[FRIENDSHIP[0]]
    assert change.status == diff.REWORDED
    assert [item.text for item in change.new] == [FRIENDSHIP[1]]
    # one hook for both: compare's score is pair_similarity's (the same word weights)
    others = [*OVERSIGHT, *BACKGROUND]
    assert change.score == pytest.approx(diff.pair_similarity(*FRIENDSHIP, others))
    # by the words alone it is not
    monkeypatch.setattr(diff, "FIELD_WEIGHT", 0.0)
    assert diff.pair_similarity(*FRIENDSHIP, BACKGROUND) < diff.MATCH
    assert _compare()[FRIENDSHIP[0]].status != diff.REWORDED


def test_one_field_and_few_words_is_no_link() -> None:
    assert F.fields(OVERSIGHT[0]) == F.fields(OVERSIGHT[1]) == {"giam-sat-phan-bien"}
    assert diff.pair_similarity(*OVERSIGHT, BACKGROUND) < diff.MATCH
    assert _compare()[OVERSIGHT[0]].status in (diff.REVIEW, diff.DROPPED)


def test_raised_keeps_the_order_and_the_ends() -> None:
    weight = diff.FIELD_WEIGHT
    assert diff.raised(0.0, 1.0, weight) == 0.0
    assert diff.raised(1.0, 1.0, weight) == pytest.approx(1.0)
    assert diff.raised(0.3, 0.0, weight) == 0.3  # no agreement, no change
    scores = [0.05, 0.2, 0.4, 0.8, 0.99]
    raised = [diff.raised(score, 1.0, weight) for score in scores]
    assert raised == sorted(raised) and raised[-1] < 1.0
    assert all(r > s for r, s in zip(raised, scores, strict=True))
    assert diff.raised(0.2, 0.5, weight) < diff.raised(0.2, 1.0, weight)


def test_a_pair_to_review_names_the_field_both_speak_of(tmp_path) -> None:
    from tests.conftest import run
    from tests.test_diff import write

    old = write(tmp_path, "a.yaml", 2022, [OVERSIGHT[0], FRIENDSHIP[0]])
    new = write(tmp_path, "b.yaml", 2023, [FRIENDSHIP[1], OVERSIGHT[1]])
    lines = run("diff", str(old), str(new)).stdout.splitlines()
    (review,) = [line for line in lines if OVERSIGHT[1] in line]
    assert "cần xem lại" in review
    assert review.endswith("— cùng lĩnh vực: Giám sát và phản biện xã hội")
    (linked,) = [line for line in lines if "bạn Lào" in line]
    assert "cùng lĩnh vực" not in linked  # only a pair to review carries the note


def test_the_benchmarks_three_measures_are_the_measures() -> None:
    from giaoban import diffeval
    from tests.conftest import ROOT

    labelled = diffeval.load_labelled(
        diffeval.labelled_files(ROOT / "tests/data/directive-pairs-real")
    )
    measured = diffeval.levels(labelled, "tune", 0.3, 0.15)
    assert measured["pair"] == diffeval.pair_level(labelled, 0.3, "tune")
    assert measured["list"] == diffeval.list_level(labelled, "tune", match=0.3, review_floor=0.15)
    shown = diffeval.list_level(labelled, "tune", match=0.3, review=True, review_floor=0.15)
    assert measured["shown"] == shown
    assert measured["shown"].recall >= measured["list"].recall  # review only adds links
