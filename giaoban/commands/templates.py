"""``giaoban templates copy``: the default templates, written out for a secretary to edit."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from giaoban.errors import UsageError
from giaoban.files import other_office_format, write_atomic
from giaoban.messages import msg

SHIPPED = (".docx", ".j2", ".md")
# a Word template saved as one of these counts as the .docx (commands.render.find_template)
WORD_ALTERNATIVES = (".dotx", ".docm", ".dotm")
# a file name at least this close to a template's (rapidfuzz ratio, 0-100, names folded
# as in _name_key) is taken for a slip in that template's name: "bien-ban (1).docx" is
# 87, "tin-bai.md.j2" against "tin-bai.j2" 87; "bia.docx" against "tin-bai.docx" is 70
NEAR_MISS_SCORE = 80


def copy_templates(folder: Path, force: bool = False) -> list[Path]:
    """Copy every shipped template into ``folder``; never replaces a file without ``force``."""
    from giaoban.render.minutes import default_templates

    sources = sorted(
        p for p in default_templates().iterdir() if p.suffix in SHIPPED and p.name != "README.md"
    )
    targets = [folder / source.name for source in sources]
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise UsageError(msg("exists_no_force", path=", ".join(str(t) for t in existing)))
    for source, target in zip(sources, targets, strict=True):
        write_atomic(target, source.read_bytes())
    return targets


def template_names() -> list[str]:
    """The names a --templates folder is read by: "bien-ban.docx", "tin-bai.j2", ..."""
    from giaoban.render.minutes import default_templates

    return sorted(
        p.name for p in default_templates().iterdir() if p.suffix in SHIPPED and p.suffix != ".md"
    )


def _name_key(name: str) -> str:
    """A file name as compared with a template's: without tones or case, spaces and "_"
    as "-" ("Biên bản.docx" and "bien_ban.docx" are both "bien-ban.docx")."""
    import re

    from giaoban.vietnamese import fold

    return re.sub(r"[\s_]+", "-", fold(unicodedata.normalize("NFC", name)).strip())


def template_folder_notes(folder: Path) -> list[str]:
    """What a --templates ``folder`` holds that giaoban will not use, checked before any
    document is made (s4-trial F93): a line ``FILE: cảnh báo: … có phải ý bạn là
    'bien-ban.docx'? …`` per file whose name is a slip for a template's name that the
    folder lacks ("Biên bản.docx", "bien_ban.docx", "tin_bai.j2"). UsageError when the
    folder holds no template at all (an empty folder, a wrong path): every document would
    silently come from the defaults; it names the misnamed files, if any."""
    from rapidfuzz import fuzz, process

    names = template_names()
    present = {p.name for p in folder.iterdir() if p.is_file()}
    known = set(names) | {
        name.removesuffix(".docx") + alt
        for name in names
        if name.endswith(".docx")
        for alt in WORD_ALTERNATIVES
    }
    slips: list[tuple[str, str]] = []
    formats: list[tuple[str, str]] = []  # s6-trial H12: bien-ban.odt, LibreOffice's default
    for file in sorted(present - known):
        office = other_office_format(folder / file)
        if office is not None:
            keys = {name: _name_key(name) for name in names if name.endswith(".docx")}
            as_word = _name_key(Path(file).stem + ".docx")
            found = process.extractOne(as_word, keys, scorer=fuzz.ratio)
            if found is not None and found[1] >= NEAR_MISS_SCORE and found[2] not in present:
                name = msg("not_docx_format_name", name=found[2])
                said = msg("not_docx_format", format=office, name=name)
                formats.append((str(folder / file), said))
            continue
        if not file.lower().endswith((".docx", ".j2", ".doc", *WORD_ALTERNATIVES)):
            continue
        keys = {name: _name_key(name) for name in names}
        found = process.extractOne(_name_key(file), keys, scorer=fuzz.ratio)
        if found is None or found[1] < NEAR_MISS_SCORE or found[2] in present:
            continue
        slips.append((str(folder / file), found[2]))
    if not present & known:
        first = "templates_folder_misnamed" if slips or formats else "templates_folder_empty"
        lines = [msg(first, path=folder, names=", ".join(names))]
        lines += [f"{file}: {msg('template_near_miss', name=name)}" for file, name in slips]
        lines += [f"{file}: {said}" for file, said in formats]
        raise UsageError("\n".join(lines))
    label = msg("warning_label")
    said = [(file, msg("template_near_miss", name=name)) for file, name in slips]
    return [f"{file}: {label}: {text}" for file, text in said + formats]
