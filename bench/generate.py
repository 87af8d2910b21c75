"""Synthetic archives for benchmarks: N realistic meeting records in year folders.

Each record is a variation of the Nam Sông Hậu meetings: its cluster, year, host,
people, speeches, directives and figures change, and its size is that of a real
record (a dozen attendees, several speeches, 6-10 directives, a few figures).
Usage: python bench/generate.py N FOLDER
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

CLUSTERS = {
    "Nam Sông Hậu": ["Bạc Liêu", "Cà Mau", "An Giang", "Hậu Giang", "Kiên Giang", "Sóc Trăng"],
    "Tây Nguyên": ["Đắk Lắk", "Đắk Nông", "Gia Lai", "Kon Tum", "Lâm Đồng"],
    "Đông Nam Bộ": ["Bình Dương", "Bình Phước", "Đồng Nai", "Tây Ninh", "Bà Rịa - Vũng Tàu"],
    "Bắc Trung Bộ": [
        "Thanh Hóa",
        "Nghệ An",
        "Hà Tĩnh",
        "Quảng Bình",
        "Quảng Trị",
        "Thừa Thiên Huế",
    ],
}
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Hoàng", "Ngọc", "Thanh", "Quốc", "Thu", "Hữu"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hùng",
    "Lan",
    "Mai",
    "Nam",
    "Phước",
    "Sơn",
    "Tâm",
    "Thảo",
    "Vân",
    "Yến",
    "Ánh",
    "Đức",
    "Ước",
]
DIRECTIVES = [
    "chủ động hơn nữa tranh thủ sự lãnh đạo, chỉ đạo của cấp ủy, sự ủng hộ của chính quyền",
    "chú trọng hơn nữa đến công tác nắm tình hình nhân dân, kịp thời phản ánh",
    "nâng cao chất lượng giám sát, phản biện xã hội, không chạy theo số lượng",
    "quan tâm kiện toàn, củng cố đội ngũ cán bộ Mặt trận các cấp, nhất là cấp cơ sở",
    "đẩy mạnh chuyển đổi số trong hoạt động của Mặt trận",
    "đổi mới nội dung, phương thức tổ chức các phong trào thi đua, cuộc vận động",
    "làm tốt công tác vận động Quỹ Vì người nghèo, hỗ trợ xây dựng nhà Đại đoàn kết",
    "phối hợp chặt chẽ với các tổ chức thành viên trong triển khai nhiệm vụ",
    "tăng cường công tác tuyên truyền, vận động đồng bào dân tộc, tôn giáo",
    "chuẩn bị chu đáo Đại hội Mặt trận Tổ quốc Việt Nam các cấp",
]


def _person(rng: random.Random, key: str, title: str, delegation: str, roles: list[str]) -> dict:
    female = rng.random() < 0.4
    middle = "Thị" if female else rng.choice([m for m in MIDDLE if m != "Thị"])
    return {
        "id": key,
        "name": f"{rng.choice(FAMILY)} {middle} {rng.choice(GIVEN)}",
        "gender": "nữ" if female else "nam",
        "titles": [title],
        "delegation": delegation,
        "roles": roles,
    }


def record(index: int, rng: random.Random) -> tuple[str, dict]:
    cluster = rng.choice(list(CLUSTERS))
    members = CLUSTERS[cluster]
    # the 63-province map: Huế was Thừa Thiên Huế until 2025, the clusters merged 1/7/2025
    year = 2017 + index % 8
    host = members[index % len(members)]
    following = members[(index + 1) % len(members)]
    attendees = [
        _person(
            rng,
            "tw",
            "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "Trung ương",
            ["chỉ đạo", "chủ trì"],
        ),
        _person(
            rng,
            "host",
            f"Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {host}",
            host,
            ["chủ trì", "báo cáo"],
        ),
        _person(
            rng,
            "secretary",
            f"Chánh Văn phòng Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {host}",
            host,
            ["thư ký"],
        ),
    ]
    for number, province in enumerate(members):
        if province != host:
            attendees.append(
                _person(
                    rng,
                    f"p{number}",
                    f"Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {province}",
                    province,
                    ["tham luận" if number % 2 else "dự"],
                )
            )
    chosen = rng.sample(DIRECTIVES, rng.randint(6, 9))
    directives = [
        {
            "id": f"cd-{n}",
            "issuer": "tw",
            "text": text,
            "addressee": "Mặt trận Tổ quốc các địa phương" if n == 0 else None,
        }
        for n, text in enumerate(chosen)
    ]
    for directive in directives:
        if directive["addressee"] is None:
            del directive["addressee"]
    speeches = [
        {
            "speaker": "host",
            "occasion": "khai mạc",
            "paragraphs": [
                {
                    "verb": "cho biết",
                    "text": f"năm {year}, Mặt trận các tỉnh trong Cụm đã ban hành "
                    "{van-ban} triển khai thực hiện và vận động {quy} cho Quỹ Vì người nghèo.",
                }
            ],
        },
        {
            "speaker": attendees[3]["id"],
            "occasion": "tham luận",
            "paragraphs": [
                "chia sẻ kinh nghiệm tổ chức giám sát chuyên đề tại cơ sở, gắn với tiếp xúc cử tri."
            ],
        },
        {
            "speaker": "tw",
            "occasion": "phát biểu chỉ đạo",
            "paragraphs": [
                {"verb": "ghi nhận", "text": "những kết quả nổi bật của Cụm trong năm."},
                {"verb": "đề nghị", "directives": [d["id"] for d in directives[:4]]},
                {"verb": "đề nghị", "directives": [d["id"] for d in directives[4:]]},
            ],
        },
    ]
    data = {
        "meeting": {
            "title": f"Hội nghị giao ban Cụm thi đua {cluster}",
            "date": f"{year}-12-{10 + index % 15:02d}",
            "start": "8:00",
            "end": "11:30",
            "place": {
                "locality": f"thành phố {host}" if len(host) < 10 else host,
                "province": host,
            },
            "organiser": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "host": f"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {host}",
            "cluster": {"name": cluster, "members": members, "year": year, "chair": host},
        },
        "attendees": attendees,
        "speeches": speeches,
        "report": {
            "presenter": "host",
            "year": year,
            "results": [
                "ban hành {van-ban} triển khai thực hiện",
                "vận động {quy} cho Quỹ Vì người nghèo",
            ],
        },
        "directives": directives,
        "figures": [
            {
                "id": "van-ban",
                "label": "văn bản triển khai thực hiện",
                "value": rng.randint(8000, 25000),
                "unit": "văn bản",
            },
            {
                "id": "quy",
                "label": "Quỹ Vì người nghèo",
                "value": round(rng.uniform(50, 400), 1),
                "unit": "tỷ đồng",
            },
            {
                "id": "tang-truong",
                "label": "tăng trưởng kinh tế",
                "value": round(rng.uniform(4, 11), 1),
                "unit": "%",
                "province": host,
            },
        ],
        "priorities": [
            "nâng cao chất lượng giám sát, phản biện xã hội",
            "đẩy mạnh chuyển đổi số trong hoạt động của Mặt trận",
        ],
        "handover": {"role": "Cụm trưởng", "from": host, "to": following, "year": year + 1},
        "minutes": {
            "number": index % 40 + 1,
            "secretary": "secretary",
            "presiding": "host",
            "recipients": ["Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (b/c)"],
        },
        "press": {"agency": "TTXVN", "keywords": ["Mặt trận", cluster]},
    }
    folder = f"{year}/{cluster.replace(' ', '-').lower()}"
    return f"{folder}/hoi-nghi-{index:04d}.yaml", data


def generate(count: int, folder: Path, seed: int = 2022) -> list[Path]:
    rng = random.Random(seed)
    written = []
    for index in range(count):
        relative, data = record(index, rng)
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]))
