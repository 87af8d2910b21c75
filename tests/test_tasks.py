"""The lexicon of the Front's tasks (giaoban/fields.py tasks_of, giaoban/data/tasks.yaml).

The sentences below are the Law on the Vietnam Fatherland Front's own (Luật Mặt trận Tổ quốc
Việt Nam số 75/2015/QH13, Điều 3; a law's text is no protected work, as given at
https://luatminhkhue.vn/luat-mat-tran-to-quoc-viet-nam-2015.aspx), the programme titles of the
Front's 9th congress (as http://ubmttq.camau.gov.vn/chia-to-thao-luan-5-chuong-trinh-hanh-dong-
cua-mat-tran-to-quoc-viet-nam-trong-nhiem-ky-moi.481 names them) and directives written for
these tests in the project's own words: never the labelled directive pairs the matcher is
measured on.
"""

from __future__ import annotations

import unicodedata

import pytest

from giaoban import fields as F
from giaoban import gazetteer as gz
from giaoban import vietnamese as vn

# Điều 3 of the Law, khoản by khoản, and the 9th congress's programme titles
SOURCES = [
    (
        "Tập hợp, xây dựng khối đại đoàn kết toàn dân tộc, thực hiện dân chủ, tăng cường "
        "đồng thuận xã hội.",
        {"dai-doan-ket"},  # general: nothing more specific is named
    ),
    (
        "Đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của Nhân dân.",
        {"dai-dien-bao-ve-quyen-loi"},
    ),
    ("Tham gia xây dựng Đảng, Nhà nước.", {"xay-dung-dang-chinh-quyen"}),
    ("Thực hiện giám sát và phản biện xã hội.", {"giam-sat", "phan-bien-xa-hoi"}),
    (
        "Tập hợp, tổng hợp ý kiến, kiến nghị của cử tri và Nhân dân để phản ánh, kiến nghị "
        "với Đảng, Nhà nước.",
        {"y-kien-kien-nghi"},
    ),
    ("Thực hiện hoạt động đối ngoại nhân dân.", {"doi-ngoai-nhan-dan"}),
    (
        "Vận động nhân dân thi đua lao động sáng tạo, thực hiện thắng lợi các mục tiêu phát "
        "triển kinh tế, văn hóa, xã hội, giữ vững quốc phòng, an ninh của đất nước",
        {"quoc-phong-an-ninh"},  # the emulation and the economy are general
    ),
    (
        "Thực hiện dân chủ, đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của Nhân "
        "dân; giám sát và phản biện xã hội, phòng, chống tham nhũng, lãng phí, tham gia xây "
        "dựng Đảng, chính quyền trong sạch, vững mạnh",
        {
            "dai-dien-bao-ve-quyen-loi",
            "giam-sat",
            "phan-bien-xa-hoi",
            "phong-chong-tham-nhung",
            "xay-dung-dang-chinh-quyen",
        },
    ),
    ("Tăng cường đoàn kết quốc tế, mở rộng hoạt động đối ngoại Nhân dân", {"doi-ngoai-nhan-dan"}),
]


@pytest.mark.parametrize(("sentence", "expected"), SOURCES, ids=[s[0][:40] for s in SOURCES])
def test_the_law_and_the_programmes_name_their_tasks(sentence: str, expected: set[str]) -> None:
    assert F.tasks_of(sentence) == frozenset(expected)


def test_a_phrase_found_in_a_directive() -> None:
    # directives in the project's own words
    assert F.tasks_of(
        "Tiếp tục vận động ủng hộ Quỹ Vì người nghèo, hỗ trợ xây dựng nhà Đại đoàn kết"
    ) == {
        "vi-nguoi-ngheo",
        "nha-dai-doan-ket",
    }
    assert F.tasks_of("Nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân ở xã") == {
        "ban-thanh-tra-nhan-dan"
    }
    assert F.tasks_of("Các tỉnh ký kết giao ước thi đua năm 2024") == {"giao-uoc-thi-dua"}
    assert F.tasks_of("Đẩy mạnh phong trào Bình dân học vụ số ở khu dân cư") == {
        "binh-dan-hoc-vu-so"
    }
    assert F.tasks_of("hoàn thành báo cáo đúng thời hạn") == frozenset()
    assert F.tasks_of("") == frozenset()


def test_variants_name_one_task() -> None:
    pairs = [
        ("Ban Giám sát đầu tư của cộng đồng", "Ban giám sát đầu tư cộng đồng"),
        ("thực hiện Quy chế dân chủ ở cơ sở", "thực hiện Luật Thực hiện dân chủ ở cơ sở"),
        ("Quỹ Đền ơn đáp nghĩa", "chăm lo người có công với cách mạng"),
        ("xóa nhà tạm, nhà dột nát", "xây dựng nhà Đại đoàn kết"),
        ("học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "làm theo lời Bác"),
        ("hoàn thành các chỉ tiêu, nhiệm vụ được giao", "hoàn thành xuất sắc nhiệm vụ"),
        ("Nghị quyết số 43-NQ/TW", "Nghị quyết 43"),
    ]
    for first, second in pairs:
        assert F.tasks_of(first) == F.tasks_of(second) != frozenset(), (first, second)


def test_every_phrase_finds_its_own_task() -> None:
    # no phrase is lost behind another: alone, each names its task
    for item in F.task_lexicon():
        for phrase in item.phrases:
            assert item.key in F.tasks_of(phrase), (item.key, phrase)


def test_the_longest_phrase_wins() -> None:
    # the security movement's Ngày hội is not the Front's own
    assert F.tasks_of("Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc") == {
        "toan-dan-bao-ve-an-ninh"
    }
    assert F.tasks_of("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc") == {"ngay-hoi-dai-doan-ket"}
    # the people's investment oversight board is not "giám sát" in general
    assert F.tasks_of("kiện toàn Ban Giám sát đầu tư của cộng đồng") == {
        "ban-thanh-tra-nhan-dan",
        "cung-co-kien-toan-to-chuc",
    }
    # the decree's "thiên tai, dịch bệnh, sự cố" is relief, not the fight against epidemics
    assert F.tasks_of("hỗ trợ khắc phục khó khăn do thiên tai, dịch bệnh, sự cố") == {"cuu-tro"}
    # the border of friendship is its own task, not friendship in general
    assert F.tasks_of("xây dựng đường biên giới hòa bình, hữu nghị") == {"bien-gioi-huu-nghi"}


def test_spelling_that_does_not_count() -> None:
    plain = F.tasks_of("Vận động Quỹ Vì người nghèo và hòa giải ở cơ sở")
    assert plain == {"vi-nguoi-ngheo", "hoa-giai-co-so"}
    assert F.tasks_of("VẬN ĐỘNG QUỸ VÌ NGƯỜI NGHÈO VÀ HÒA GIẢI Ở CƠ SỞ") == plain
    assert F.tasks_of("vận động Quỹ “Vì người nghèo” và hoà giải ở cơ sở") == plain  # hoà/hòa
    decomposed = unicodedata.normalize("NFD", "Vận động Quỹ Vì người nghèo và hòa giải ở cơ sở")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    assert F.tasks_of(decomposed) == plain
    assert F.tasks_of("Ủy ban MTTQ tổ chức Đại hội MTTQ các cấp") == {"dai-hoi-mat-tran"}
    # a tone mark is a different syllable: "ứng cứu" (rescue) is no "ứng cử" (candidacy)
    assert F.tasks_of("ứng cứu thiên tai") == {"cuu-tro"}
    assert F.tasks_of("giới thiệu người ứng cử") == {"bau-cu"}


def test_a_general_task_counts_only_alone() -> None:
    assert F.tasks_of("Đẩy mạnh công tác tuyên truyền, vận động") == {"tuyen-truyen-van-dong"}
    assert F.tasks_of(
        "Tuyên truyền, vận động Nhân dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc"
    ) == {"toan-dan-bao-ve-an-ninh"}
    assert F.tasks_of("phát huy sức mạnh khối đại đoàn kết, hoàn thành xuất sắc nhiệm vụ") == {
        "dai-doan-ket",
        "hoan-thanh-nhiem-vu",
    }
    general = {item.key for item in F.task_lexicon() if item.general}
    assert {"tuyen-truyen-van-dong", "phong-trao-thi-dua", "hoan-thanh-nhiem-vu"} <= general
    assert len(general) < len(F.task_lexicon()) / 4


def test_the_task_lexicon_holds_together() -> None:
    data = gz.shipped_data("tasks.yaml")
    tasks = F.task_lexicon()
    keys = [item.key for item in tasks]
    assert 40 <= len(keys) == len(set(keys)) <= 80
    assert len({item.name for item in tasks}) == len(tasks)
    fields = {item.key for item in F.lexicon()}
    used_sources: set[str] = set()
    for item in tasks:
        assert item.phrases and item.name, item.key
        assert item.field in fields, item.key  # every task in a field of fields.yaml
        source = item.source.split(",")[0].split(";")[0].split(" ")[0]
        assert source in data["sources"], item.key  # every task sourced
        used_sources.update(
            part.strip().split(" ")[0].rstrip(",") for part in item.source.split(";")
        )
        assert F.task(item.key) == item
    for key, source in data["sources"].items():
        assert source["act"] and source["urls"], key
        assert all(url.startswith(("https://", "http://")) for url in source["urls"]), key
        assert key in used_sources, key  # no source left unused
    # every field of the Front's work has at least one task
    assert {item.field for item in tasks} == fields
    # a phrase in two tasks would make the task a text names depend on the file's order
    seen: dict[tuple[str, ...], str] = {}
    for item in tasks:
        for phrase in item.phrases:
            key = tuple(vn.comparison_tokens(phrase))
            assert key, phrase
            assert seen.setdefault(key, item.key) == item.key, phrase
    with pytest.raises(KeyError):
        F.task("no-such-task")


def test_the_fields_read_as_before() -> None:
    # the matcher the two lexicons share leaves the fields as they were
    assert F.fields("hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo") == {"vi-nguoi-ngheo"}
    assert F.fields("hưởng ứng các phong trào thi đua yêu nước") == {"thi-dua"}
    assert F.fields_of_tokens(vn.comparison_tokens("tổ chức Ngày hội Đại đoàn kết")) == {"ngay-hoi"}


def test_task_agreement_counts_the_specific_tasks() -> None:
    # two rewordings of one task that share few words (the project's own wording)
    first = F.tasks_of("Tiếp tục vận động ủng hộ Quỹ Vì người nghèo")
    second = F.tasks_of("Tổ chức tốt Tháng cao điểm Vì người nghèo")
    assert F.task_agreement(first, second) == 1.0
    assert F.shared_tasks(first, second) == ["vi-nguoi-ngheo"]
    both = F.tasks_of("vận động Quỹ Vì người nghèo, xây nhà Đại đoàn kết")
    assert F.task_agreement(first, both) == 0.5
    assert F.task_agreement(first, F.tasks_of("tổ chức Ngày hội Đại đoàn kết")) == 0.0
    assert F.task_agreement(frozenset(), frozenset()) == 0.0
    # a general task shared is no task shared
    opening = F.tasks_of("đẩy mạnh công tác tuyên truyền, vận động")
    assert opening == {"tuyen-truyen-van-dong"}
    assert F.task_agreement(opening, opening) == 0.0
    assert F.shared_tasks(opening | first, opening | second) == ["vi-nguoi-ngheo"]
    assert F.task_agreement(opening | first, first) == 1.0
