"""Writing files so that nothing is ever half-written: temporary file, then rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from giaoban.errors import GiaobanError
from giaoban.messages import msg


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 & ~umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


class FileInUse(GiaobanError):
    """A file that cannot be replaced because another program holds it open.

    Windows refuses to replace a document open in Word (``PermissionError`` from
    ``os.replace``, winerror 5 or 32); elsewhere the same error means a read-only file
    the system will not replace. Raised for that one file, so a batch goes on with the
    others. ``path``: the file as the user named it.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(msg("file_in_use", path=path))
        self.path = path


# The reasons a user's folder cannot be written, in the user's words, with the fix;
# any other error keeps the system's own wording.
_REASONS = {
    errno.EROFS: "os_read_only",
    errno.EACCES: "os_no_permission",
    errno.EPERM: "os_no_permission",
    errno.ENOSPC: "os_disk_full",
    errno.EDQUOT: "os_disk_full",
    errno.ENOTDIR: "os_not_a_folder",
    errno.EEXIST: "os_not_a_folder",
    errno.EISDIR: "os_is_a_folder",
    errno.ENAMETOOLONG: "os_name_too_long",
}
USER_ERRNOS = frozenset(_REASONS)

NAME_MAX = 255  # bytes in one file name (Linux, macOS); Vietnamese letters take 2-3 each
# What giaoban adds to a record's name for its longest file, "-bien-ban.docx" (14 bytes),
# and while writing it, the temporary file's ".<name>.giaoban-<pid>.tmp" (21 more).
NAME_ADDED = 35


# Characters Windows refuses in a file name (and so Explorer extracting a zip, and a FAT or
# exFAT USB stick), with the control characters below 32; Microsoft's "Naming Files, Paths,
# and Namespaces". Most secretaries are on Windows (s4-trial F74).
WINDOWS_FORBIDDEN = frozenset('<>:"/\\|?*') | frozenset(chr(code) for code in range(32))


def forbidden_characters(name: str) -> list[str]:
    """The characters of ``name`` that Windows refuses in a file name, each once, in order."""
    return list(dict.fromkeys(c for c in name if c in WINDOWS_FORBIDDEN))


def document_stem(record: Path) -> str:
    """The name a record's documents start with: its file name without ".yaml" (or ".yml"),
    and without the ".txt" Notepad adds after it ("hoi-nghi.yaml.txt" → "hoi-nghi", not
    "hoi-nghi.yaml-bien-ban.docx"); NFC, as the documents' names are written."""
    import unicodedata

    from giaoban.record.discover import RECORD_SUFFIXES, TEXT_SUFFIX

    name = unicodedata.normalize("NFC", record.name)
    if name.lower().endswith(TEXT_SUFFIX) and Path(name[: -len(TEXT_SUFFIX)]).suffix.lower() in (
        RECORD_SUFFIXES
    ):
        name = name[: -len(TEXT_SUFFIX)]
    return Path(name).stem


def portable_name(name: str) -> str:
    """``name`` with every character Windows refuses replaced by "_": the name giaoban gives
    a document made from a record named ``name`` (``"tổng kết?"`` → ``"tổng kết_"``)."""
    return "".join("_" if c in WINDOWS_FORBIDDEN else c for c in name)


def same_file_key(name: str) -> str:
    """The form of a file name under which Windows and macOS see one file: NFC (macOS
    matches names whatever their Unicode form) and lower case (NTFS, FAT/exFAT and APFS,
    as formatted by default, ignore case). Two names with one key are one file there:
    "NAM-SONG-HAU-2022-bien-ban.docx" replaces "nam-song-hau-2022-bien-ban.docx" when a zip
    holding both is unpacked (s5-trial F123). The single home of that rule."""
    import unicodedata

    return unicodedata.normalize("NFC", name).lower()


def case_twin(path: Path) -> Path | None:
    """Another entry of ``path``'s folder that Windows and macOS would take for ``path``
    (same name in another case or Unicode form, ``same_file_key``), or None; None too
    when ``path`` itself is there or the folder cannot be read."""
    key = same_file_key(path.name)
    try:
        names = [entry.name for entry in os.scandir(path.parent)]
    except OSError:
        return None
    if path.name in names:
        return None
    return next((path.parent / name for name in sorted(names) if same_file_key(name) == key), None)


def office_format(data: bytes) -> str | None:
    """The name of the office format of a file whose bytes (or first 80 bytes) are
    ``data``: Word .docx, OpenDocument text, Word 97-2003, RTF, PDF, Excel; None for
    anything else (a YAML record, a template's text).

    Read from the bytes, not the name: an OpenDocument file is a zip whose first entry
    ``mimetype`` says so (ISO/IEC 26300, part 3, 3.3), a Word 97-2003 file is an OLE
    compound file (D0 CF 11 E0), RTF starts with ``{\\rtf``, PDF with ``%PDF-``; a .docx or
    .xlsx is a zip holding ``word/document.xml`` or ``xl/workbook.xml`` (needs the whole
    file).
    """
    import io
    import zipfile

    if data.startswith(b"PK") and b"mimetypeapplication/vnd.oasis.opendocument.text" in data[:80]:
        return msg("format_opendocument")
    if data.startswith(bytes.fromhex("d0cf11e0a1b11ae1")):
        return msg("format_word_97")
    if data.lstrip().startswith(b"{\\rtf"):
        return msg("format_rtf")
    if data.startswith(b"%PDF-"):
        return msg("format_pdf")
    if data.startswith(b"PK"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        if "word/document.xml" in names:
            return msg("format_docx")
        if "xl/workbook.xml" in names:
            return msg("format_xlsx")
    return None


def other_office_format(path: Path) -> str | None:
    """The name of the format ``path`` is in when it is a text document but not Word's
    .docx: what LibreOffice saves by default (.odt), an old Word file (.doc), RTF; else
    None (see office_format). s6-trial H12: a template saved as bien-ban.odt was "no
    template" and a biên bản .odt got zipfile's English."""
    try:
        with path.open("rb") as file:
            head = file.read(80)
    except OSError:
        return None
    found = office_format(head)
    other = {msg("format_opendocument"), msg("format_word_97"), msg("format_rtf")}
    return found if found in other else None


def missing_path_message(path: Path) -> str:
    """ "PATH: không tồn tại", with the name she meant when one file or folder beside it
    differs only by tone marks, đ, case or spacing ("ky giao uoc 2024.yaml" typed for
    "ký giao ước 2024.yaml", s6-trial H10), as python-slugify folds names."""
    from slugify import slugify

    wanted = slugify(path.name)
    try:
        beside = sorted(p.name for p in path.parent.iterdir())
    except OSError:
        beside = []
    near = [name for name in beside if wanted and slugify(name) == wanted]
    if len(near) == 1:
        return msg("path_missing_near", path=path, near=path.with_name(near[0]))
    return msg("path_missing", path=path)


def not_writable(path: Path | str, error: OSError, elsewhere: str | None = None) -> GiaobanError:
    """The one message for a file or folder giaoban cannot write: ``path`` (as the user
    named it), why in the user's words, and what to do; exit code 1. The single home of
    this wording: every command that writes reports an OSError through it. ``elsewhere``:
    how the command is told to write somewhere else (default: render's and export's
    "(-o THƯ-MỤC)"; `new` names its own way, s5-trial F111)."""
    key = _REASONS.get(error.errno or 0)
    where = Path(error.filename or path)
    if key == "os_not_a_folder":  # name the file that stands where a folder should be
        where = next((p for p in [where, *where.parents] if p.is_file()), where)
    if key == "os_name_too_long":  # a name too long, which no shorter folder mends (F47)
        name = next((p for p in where.parts if len(p.encode()) > NAME_MAX), None)
        if name is not None:
            key, where = "os_file_name_too_long", Path(str(len(name.encode())))
    if elsewhere is None:
        elsewhere = msg("os_elsewhere_output")
    reason = msg(key, path=where, elsewhere=elsewhere) if key else (error.strerror or str(error))
    return GiaobanError(msg("out_not_writable", path=path, error=reason))


def replace_file(temporary: Path | str, target: Path) -> None:
    """``os.replace(temporary, target)``; FileInUse (the temporary file removed) when the
    target is held open by another program."""
    try:
        os.replace(temporary, target)
    except PermissionError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise FileInUse(target) from None


def write_atomic(path: Path, data: bytes, elsewhere: str | None = None) -> None:
    """Write ``data`` to ``path`` atomically; GiaobanError when the folder is not writable
    (``elsewhere``: see ``not_writable``), FileInUse when ``path`` is open in another
    program (Word on Windows).

    The temporary file sits in the same folder (a rename across file systems is
    not atomic) and is removed if anything fails, Ctrl-C included.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise not_writable(folder, error, elsewhere) from None
    try:
        os.chmod(temporary, _mode_for(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        replace_file(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise not_writable(path, error, elsewhere) from None
        raise


def outside_of(path: Path, folders: list[Path]) -> Path | None:
    """Where ``path`` really is (symbolic links followed) when that is inside none of
    ``folders`` (theirs followed too), else None.

    A template is read from the folder it is named in; a link or a ``../`` path leading
    out of it would make giaoban print any file of the computer as the press report (or
    use any .docx as the minutes), and an archive shared as .zip or a git repository
    carries links (s4-trial F75)."""
    real = Path(os.path.realpath(path))
    for folder in folders:
        if real.is_relative_to(os.path.realpath(folder)):
            return None
    return real
