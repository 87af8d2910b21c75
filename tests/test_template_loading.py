"""How a Word template is read: only what a render needs, nothing parsed twice."""

from __future__ import annotations

import zipfile

import pytest

from giaoban.render.revisions import _MARK, REVISION_TAGS, W, accept_revisions
from tests.conftest import ROOT

NAMESPACE = W.strip("{}")


@pytest.mark.parametrize("tag", sorted(tag.removeprefix(W) for tag in REVISION_TAGS))
def test_every_kind_of_revision_is_seen_before_parsing(tag: str):
    """The quick look that spares parsing a part without revisions misses none of them."""
    written = (f'<w:{tag} w:id="1" w:author="Thư ký"/>', f"<w:{tag}/>", f"<w:{tag}></w:{tag}>")
    for element in written:
        part = f'<w:document xmlns:w="{NAMESPACE}"><w:body>{element}</w:body></w:document>'
        assert _MARK.search(part.encode()), element


def test_a_part_without_revisions_is_not_parsed():
    """A table's inner borders (``w:insideH``, in every styles part) are not an insertion."""
    part = (
        f'<w:styles xmlns:w="{NAMESPACE}"><w:tblBorders><w:insideH w:val="single"/>'
        '<w:insideV w:val="single"/></w:tblBorders><w:delText>x</w:delText></w:styles>'
    ).encode()
    assert not _MARK.search(part.replace(b"<w:delText>x</w:delText>", b""))
    assert accept_revisions(part) is part  # delText alone: looked at, nothing to accept


@pytest.mark.parametrize("name", ["bien-ban.docx", "tin-bai.docx"])
def test_the_default_templates_hold_no_revision_to_look_for(name: str):
    with zipfile.ZipFile(ROOT / "templates" / name) as archive:
        for info in archive.infolist():
            assert not _MARK.search(archive.read(info)), info.filename
