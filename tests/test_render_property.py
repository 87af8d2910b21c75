"""Property: any text validation accepts reaches the minutes verbatim, in NFC, as valid XML."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from giaoban import vietnamese as vn
from giaoban.commands.render import render_record
from giaoban.record.model import name_honorific, trimmed_phrase
from giaoban.render.sentences import without_verb
from tests.conftest import EXAMPLES
from tests.docx_text import text

# What a secretary can type or paste: any printable character, markup characters and
# combining marks included; not control characters nor direction controls (refused with a
# message, tests/test_hostile.py) nor YAML's own line separators.
TEXT = (
    st.text(
        alphabet=st.one_of(
            st.characters(
                blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"),
                blacklist_characters="{}\x85\ufeff\ufffe\uffff\u200f\u202a\u202b\u202c"
                "\u202d\u202e\u2066\u2067\u2068\u2069",
            ),
            st.sampled_from([*"&<>\"'", "\u0301", "\u0323", "\u0303", "ư", "Đ"]),
        ),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=TEXT, title=TEXT, directive=TEXT)
def test_any_accepted_text_arrives_verbatim(name: str, title: str, directive: str):
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copy(EXAMPLES / "giaoban.yaml", work)
        record = {
            "meeting": {"title": "Hội nghị giao ban", "date": "2022-12-15"},
            "attendees": [{"id": "a", "name": name, "titles": [title], "roles": ["chỉ đạo"]}],
            "speeches": [
                {"speaker": "a", "paragraphs": [{"verb": "đề nghị", "directives": ["d"]}]}
            ],
            "directives": [{"id": "d", "text": directive, "issuer": "a"}],
        }
        path = work / "r.yaml"
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        (written,) = render_record(path, work / "out", only="minutes")
        body = text(written)
        # as the model reads them: a mark copied at the end of a name or title dropped, an
        # honorific copied into the name taken out, a directive that opens with the verb
        # asking it says it once (s3-trial F64-F66, tests/test_trial3_wording.py)
        name = trimmed_phrase(vn.nfc(name))
        word, rest, certain = name_honorific(name)
        # ... and a name typed in capitals or lower case written as names are (F118)
        assert vn.person_name_case(rest if word and certain else name) in body
        assert trimmed_phrase(vn.nfc(title)) in body
        asked = without_verb("đề nghị", vn.nfc(directive))
        assert vn.capitalize_first(asked) in body
