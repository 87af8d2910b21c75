"""The ``giaoban`` command line: thin click wrappers, each calling one library function.

Only click is imported here; each command imports its module when it runs, so
``giaoban --help`` starts as fast as click itself.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar, NoReturn

import click

from giaoban import __version__, utf8_output
from giaoban.messages import CATALOGUE, language, msg, set_language
from giaoban.render import PRESS_FORMATS

# The longest --pdf-timeout: a day, far beyond any conversion; "no limit" typed as 99999999
# ended in Python's OverflowError (s5-trial F111)
PDF_TIMEOUT_MAX = 86400


def _refuse_a_vanished_folder(ctx: click.Context) -> None:
    """A terminal left in a folder since deleted or renamed (a USB stick pulled out): a
    command given only full paths runs as from anywhere else; one with a path relative to
    the vanished folder (or render's default output, the current folder) would fail deep
    inside with "lỗi không mong đợi": one line instead, exit 2 (s3-trial F56)."""
    try:
        os.getcwd()
    except FileNotFoundError:
        if _relative_paths(ctx):
            click.echo(msg("cwd_gone"), err=True)
            ctx.exit(2)


def _relative_paths(ctx: click.Context) -> bool:
    """Whether any path parameter of the command (given or by default) is relative."""
    for param in ctx.command.params:
        if not isinstance(param.type, click.Path):
            continue
        value = ctx.params.get(param.name or "")
        values = value if isinstance(value, (tuple, list)) else (value,)
        if any(v is not None and not Path(v).is_absolute() for v in values):
            return True
    return False


def _language_in(args: list[str]) -> str | None:
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


class _VersionLine(str):
    """The --version line in the language of the moment: click formats its message with
    ``%`` when the option is used, so the text is chosen then, not at declaration."""

    def __mod__(self, values: object) -> str:
        return msg("version_line", **values)  # type: ignore[arg-type]


def _choose_language(ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    set_language(value)
    _translate_help(ctx.find_root().command)
    return value


def _help_option(option: click.Option | None) -> click.Option | None:
    """The -h/--help option, its text in the language chosen (click makes it once)."""
    from giaoban.messages import click_text

    if option is not None:
        option.help = click_text("Show this message and exit.")
    return option


def _usage(pieces: list[str]) -> list[str]:
    """The usage line's "[OPTIONS]" and "COMMAND [ARGS]..." in the language chosen."""
    from giaoban.messages import click_text

    return [click_text(piece) for piece in pieces]


class _HelpFormatter(click.HelpFormatter):
    """click's help with its placeholders (ARCHIVE, DIRECTORY, INTEGER…) and its notes
    ("[required]", "[x>=1]") in the language chosen (giaoban.messages.help_words and
    help_note), through click's documented ``Context.formatter_class``."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        from giaoban.messages import help_words

        super().write_usage(prog, help_words(args), prefix)

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        from giaoban.messages import help_note, help_words

        rows = [(help_words(term), help_note(text)) for term, text in rows]
        super().write_dl(rows, col_max, col_spacing)


class _Context(click.Context):
    formatter_class = _HelpFormatter


class _PressFormat(click.Choice):
    """The press report's layouts; "pdf" is answered with the option that makes PDFs
    (s2-trial F29: the list of layouts alone did not say where PDF went)."""

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> object:
        if isinstance(value, str) and value.strip().lower() in ("pdf", "pdfa"):
            self.fail(msg("format_pdf_is_an_option", value=value), param, ctx)
        return super().convert(value, param, ctx)


class _Document(click.Choice):
    """The two documents, also by the names their files carry and say in Vietnamese
    ("bien-ban", "biên bản", "tin bài"; s3-trial F34): minutes, press."""

    NAMES: ClassVar[dict[str, str]] = {"bienban": "minutes", "tinbai": "press"}

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> object:
        if isinstance(value, str):
            from giaoban.vietnamese import fold

            plain = "".join(fold(value).replace("-", " ").replace("_", " ").split())
            value = self.NAMES.get(plain, value)
        return super().convert(value, param, ctx)


class _Command(click.Command):
    context_class = _Context

    def invoke(self, ctx: click.Context) -> object:
        _refuse_a_vanished_folder(ctx)
        return super().invoke(ctx)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_option(super().get_help_option(ctx))

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return _usage(super().collect_usage_pieces(ctx))


# True in the giaoban program's own process (run()), never in a caller's (tests)
_OWN_PROCESS: list[bool] = [False]


def _no_more_interrupts() -> None:
    """In giaoban's own process, once a Ctrl-C is being handled: ignore further ones, which
    would cut the handling short (seen: two Ctrl-C in a row during export ended with click's
    "Aborted!" and exit 1 instead of "đã dừng theo yêu cầu" and 130)."""
    if _OWN_PROCESS[0]:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Group(click.Group):
    """Turns every error a user can cause into one message and an exit code."""

    command_class = _Command
    group_class = type  # sub-groups are _Group too
    context_class = _Context

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _help_option(super().get_help_option(ctx))

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return _usage(super().collect_usage_pieces(ctx))

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # Help may be printed while parsing, before --lang's own callback runs.
        chosen = _language_in(args)
        if chosen is not None or ctx.parent is None:  # a sub-group keeps the root's --lang
            set_language(chosen)
        try:
            _translate_help(ctx.find_root().command)  # the root's texts, not a sub-group's
            return super().parse_args(ctx, args)
        except KeyboardInterrupt:  # click would say "Aborted!" and exit 1
            click.echo(msg("interrupted"), err=True)
            ctx.exit(130)

    def invoke(self, ctx: click.Context) -> object:
        try:
            from giaoban.errors import GiaobanError
        except KeyboardInterrupt:  # a Ctrl-C right after parsing: not click's "Aborted!"
            click.echo(msg("interrupted"), err=True)
            ctx.exit(130)

        try:
            return super().invoke(ctx)
        except GiaobanError as error:
            click.echo(error.message, err=True)
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            _no_more_interrupts()  # a second Ctrl-C here became click's "Aborted!", exit 1
            click.echo(msg("interrupted"), err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except BrokenPipeError:  # `giaoban … | head`: the reader has what it wanted
            if (ctx.obj or {}).get("debug"):
                import traceback

                with contextlib.suppress(OSError, ValueError):
                    traceback.print_exc()
            ctx.exit(closed_pipe())
        except Exception as error:
            if (ctx.obj or {}).get("debug"):
                raise
            from giaoban.files import USER_ERRNOS, not_writable

            # a read-only folder, a full disk, a file where a folder should be: the
            # user's to fix, whichever command met it (the message is files.not_writable)
            if isinstance(error, OSError) and error.errno in USER_ERRNOS:
                click.echo(not_writable(error.filename or "?", error).message, err=True)
                ctx.exit(1)
            click.echo(msg("unexpected", error=f"{type(error).__name__}: {error}"), err=True)
            ctx.exit(70)


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(
    __version__,
    "-V",
    "--version",
    prog_name="giaoban",
    # click words it once, in English, when the command is declared (s3-trial F42)
    message=_VersionLine(),  # type: ignore[arg-type]
)
@click.option(
    "--lang",
    type=click.Choice(["vi", "en"]),
    envvar="GIAOBAN_LANG",
    is_eager=True,
    expose_value=False,
    callback=_choose_language,
)
@click.option("--debug", is_flag=True)
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    ctx.obj = {"debug": debug}


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=False))
@click.option("--strict", is_flag=True)
@click.option("-v", "--verbose", is_flag=True)
def validate(paths: tuple[Path, ...], strict: bool, verbose: bool) -> None:
    from giaoban.commands.validate import validate_paths

    report = validate_paths(paths, strict)
    if verbose:
        for line in report.details():
            click.echo(line)
    for warning in report.warnings:
        click.echo(warning.format(), err=True)
    for problem in report.problems:
        click.echo(problem.format(), err=True)
    for note in report.notes():  # a giaoban.yaml above the folder checked (s3-trial F44)
        click.echo(note, err=not report.ok)
    click.echo(report.summary(), err=not report.ok)
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.option("--defaults", is_flag=True)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False))
def schema(defaults: bool, output: Path | None) -> None:
    from giaoban.commands.schema import schema_text

    text = schema_text(defaults)
    if output is None:
        click.echo(text, nl=False)
        return
    from giaoban.files import write_atomic

    write_atomic(output, text.encode("utf-8"))
    click.echo(msg("written", path=output), err=True)


@cli.command()
@click.argument("record", type=click.Path(path_type=Path))
def show(record: Path) -> None:
    from giaoban.commands.show import show as show_record

    click.echo(show_record(record))


@cli.command()
@click.argument("target", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--from", "previous", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--date", "date", metavar="DATE")
@click.option("--force", is_flag=True)
def new(target: Path, previous: Path | None, date: str | None, force: bool) -> None:
    from giaoban.commands.new import create, parse_date_option, told
    from giaoban.record.discover import RECORD_SUFFIXES

    day = parse_date_option("--date", date) if date is not None else None
    if target.suffix.lower() not in RECORD_SUFFIXES:
        # "x y" would be a record that `validate DIR` and `export DIR` never see (s3-trial F37)
        target = target.with_name(target.name + ".yaml")
    for line in told(create(target, previous, day, force)):
        click.echo(line, err=True)


@cli.command()
@click.argument("records", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path(".")
)
@click.option("--only", type=_Document(["minutes", "press"]))  # the two documents
@click.option("--pdf", is_flag=True)
@click.option("--pdfa", is_flag=True)
@click.option("--pdf-timeout", type=click.FloatRange(min=1, max=PDF_TIMEOUT_MAX), metavar="SECONDS")
@click.option("--templates", type=click.Path(path_type=Path, file_okay=False))
@click.option("--format", "formats", multiple=True, type=_PressFormat(PRESS_FORMATS))
@click.option("--strict", is_flag=True)
@click.option("--force", is_flag=True)
def render(
    records: tuple[Path, ...],
    out_dir: Path,
    only: str | None,
    pdf: bool,
    pdfa: bool,
    pdf_timeout: float | None,
    templates: Path | None,
    formats: tuple[str, ...],
    strict: bool,
    force: bool,
) -> None:
    from giaoban.commands.render import render_paths

    report = render_paths(
        list(records),
        out_dir,
        only,
        templates,
        pdf or pdfa,
        formats or None,
        pdf_timeout=pdf_timeout,
        pdfa=pdfa,
        strict=strict,
        force=force,
    )
    for message in report.skipped:
        click.echo(message, err=True)
    for warning in report.warnings:
        click.echo(warning.format(), err=True)
    for problem in report.problems:
        click.echo(problem.format(), err=True)
    for message in report.in_use + report.kept:
        click.echo(message, err=True)
    for path in report.written:
        click.echo(msg("written", path=path))
    for message in report.pdf_from_edited:  # s4-trial F83
        click.echo(message)
    sys.exit(1 if report.problems or report.in_use or report.kept else 0)


@cli.command("export")
@click.argument("archive", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "-o", "--output", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False)
)
@click.option("--year", type=int)
@click.option("--cluster", metavar="NAME")
@click.option("--jobs", type=click.IntRange(min=1))
@click.option("--pdf", is_flag=True)
@click.option("--pdfa", is_flag=True)
@click.option("--pdf-timeout", type=click.FloatRange(min=1, max=PDF_TIMEOUT_MAX), metavar="SECONDS")
@click.option("--zip", "bundle", is_flag=True)
@click.option("--force", is_flag=True)
@click.option("--fail-fast", is_flag=True)
@click.option("--templates", type=click.Path(path_type=Path, file_okay=False))
@click.option("--strict", is_flag=True)
def export_command(
    archive: Path,
    out_dir: Path,
    year: int | None,
    cluster: str | None,
    jobs: int | None,
    pdf: bool,
    pdfa: bool,
    pdf_timeout: float | None,
    bundle: bool,
    force: bool,
    fail_fast: bool,
    templates: Path | None,
    strict: bool,
) -> None:
    from giaoban.commands.export import print_report, run_export
    from giaoban.export import ExportOptions

    options = ExportOptions(
        year,
        cluster,
        jobs,
        pdf or pdfa,
        bundle,
        force,
        fail_fast,
        templates,
        pdf_timeout=pdf_timeout,
        pdfa=pdfa,
        strict=strict,
    )
    report = run_export(archive, out_dir, options)
    print_report(report)
    stale = report.disagreeing or report.bundle_kept  # papers that say different things
    sys.exit(1 if report.failed or report.summary_in_use or stale else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--cluster", metavar="NAME")
@click.option("--from", "first", type=int)
@click.option("--to", "last", type=int)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "md", "html", "json", "docx"]), default="text"
)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True)
def diff(
    paths: tuple[Path, ...],
    cluster: str | None,
    first: int | None,
    last: int | None,
    fmt: str,
    output: Path | None,
    force: bool,
) -> None:
    from giaoban.commands import diff as diffing
    from giaoban.errors import GiaobanError, UsageError

    try:
        notes: list[str] = []  # a copy of a meeting left out (s3-trial F51)
        meetings, comparisons = diffing.run_diff(list(paths), cluster, first, last, notes)
        notes += diffing.pair_notes(list(paths), meetings)
        notes += diffing.without_directives(list(paths), cluster, meetings)
        for note in notes:
            click.echo(note, err=True)
        table, years = (
            diffing.multi_year(meetings, comparisons) if len(meetings) > 2 else (None, [])
        )
        if fmt == "text":
            color = output is None and sys.stdout.isatty()
            lines = [line for c in comparisons for line in [*diffing.terminal_lines(c, color), ""]]
            if table:
                lines += diffing.thread_lines(table, years)
            data = ("\n".join(lines) + "\n").encode("utf-8")
        elif fmt == "md":
            text = "\n".join(diffing.markdown(c) for c in comparisons)
            if table:
                text += "\n" + diffing.thread_markdown(table, years)
            data = text.encode("utf-8")
        elif fmt == "html":
            data = diffing.html_page(comparisons, table, years).encode("utf-8")
        elif fmt == "json":
            data = diffing.json_text(comparisons, table).encode("utf-8")
        else:
            if output is None:
                raise UsageError(msg("diff_docx_needs_output"))
            data = diffing.docx_bytes(comparisons)
        if output is None:
            click.echo(data.decode("utf-8"), nl=False)
        else:
            from giaoban.export import write_tracked

            # the same protection as export and followup: a file edited by hand is kept
            if not write_tracked(output, data, force):
                raise GiaobanError(msg("output_kept", path=output))
            click.echo(msg("written", path=output), err=True)
    except GiaobanError as error:  # diff's convention: 2 for any error
        click.echo(error.message, err=True)
        sys.exit(2)
    sys.exit(1 if any(c.changed for c in comparisons) else 0)


@cli.command()
@click.argument("archive", type=click.Path(path_type=Path, file_okay=False))
@click.option("--cluster", required=True, metavar="NAME")
@click.option("--open", "only_open", is_flag=True)
@click.option("--format", "fmt", type=click.Choice(["md", "json", "docx"]), default="md")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--force", is_flag=True)
def followup(
    archive: Path, cluster: str, only_open: bool, fmt: str, output: Path | None, force: bool
) -> None:
    from giaoban.followup import followup as follow_up
    from giaoban.followup import notices

    done = follow_up(archive, cluster, only_open, fmt, output, force)
    for line in notices(done.report):
        click.echo(line, err=True)
    if done.written is None:
        click.echo(done.data.decode("utf-8"), nl=False)
    elif done.written:
        click.echo(msg("written", path=output), err=True)
    else:
        click.echo(msg("followup_kept", path=output), err=True)
        sys.exit(1)


@cli.group()
def templates() -> None:
    pass


@templates.command("copy")
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@click.option("--force", is_flag=True)
def templates_copy(folder: Path, force: bool) -> None:
    from giaoban.commands.templates import copy_templates

    for path in copy_templates(folder, force):
        click.echo(msg("written", path=path))


@cli.command("pdf-server")
def pdf_server() -> None:
    import signal

    from giaoban.pdf.resident import start_converter

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # a service manager's SIGTERM stops LibreOffice too

    signal.signal(signal.SIGTERM, stop)
    converter = start_converter()
    click.echo(msg("converter_running"), err=True)
    try:
        converter.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        converter.stop()


@cli.command()
@click.argument("documents", nargs=-1, required=True, type=click.Path(path_type=Path))
def check(documents: tuple[Path, ...]) -> None:
    from giaoban.check import check_minutes
    from giaoban.errors import GiaobanError

    failed = False
    for document in documents:
        if document.suffix.lower() == ".pdf":
            from giaoban.pdf.check import check_pdf

            checked = check_pdf(document)
            for fact in checked.facts:
                click.echo(f"{document}: {fact}")
            click.echo(f"{document}: {msg('pdf_no_validator')}", err=True)
            findings = checked.findings
        else:
            try:
                findings = check_minutes(document)
            except GiaobanError as error:  # one message, and the other documents still checked
                click.echo(error.message, err=True)
                failed = True
                continue
        for finding in findings:
            click.echo(f"{document}: {finding.format()}")
        if findings:
            failed = True
            click.echo(msg("check_findings", path=document, count=len(findings)), err=True)
        else:
            ok = "pdf_check_ok" if document.suffix.lower() == ".pdf" else "check_ok"
            click.echo(msg(ok, path=document))
    sys.exit(1 if failed else 0)


def _ask_secret(text: str) -> str:
    """A hidden prompt; no answer (end of input, Ctrl-C) is the 'no password' message."""
    from giaoban.commands.sign import PASSWORD_ENV
    from giaoban.errors import UsageError

    if not sys.stdin.isatty():
        # piped in (or nothing, < /dev/null): one line, without getpass's English warnings
        # about echo on a terminal there is none of (s3-trial F37)
        click.echo(f"{text}: ", err=True, nl=False)
        line = sys.stdin.readline()
        click.echo(err=True)
        if not line.strip("\r\n"):
            raise UsageError(msg("sign_no_password", env=PASSWORD_ENV))
        return line.rstrip("\r\n")
    try:
        return click.prompt(text, hide_input=True, err=True)
    except click.exceptions.Abort:
        raise UsageError(msg("sign_no_password", env=PASSWORD_ENV)) from None


@cli.command()
@click.argument("pdf", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--cert", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--password-file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--image", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--seal", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--role", type=click.Choice(["thu-ky", "chu-tri"]))
@click.option("--invisible", is_flag=True)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--pkcs11-lib", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--token", metavar="LABEL")
@click.option("--key", metavar="LABEL")
def sign(
    pdf: Path,
    cert: Path | None,
    password_file: Path | None,
    image: Path | None,
    seal: Path | None,
    role: str | None,
    invisible: bool,
    output: Path | None,
    pkcs11_lib: Path | None,
    token: str | None,
    key: str | None,
) -> None:
    from giaoban.commands.sign import run_sign
    from giaoban.errors import UsageError
    from giaoban.sign.signing import SignOptions

    device = None
    if pkcs11_lib is not None or token is not None or key is not None:
        if pkcs11_lib is None or token is None or key is None:
            raise UsageError(msg("sign_cert_or_token"))
        device = (pkcs11_lib, token, key)
    placement = run_sign(
        pdf,
        SignOptions(image, seal, role, invisible),
        cert=cert,
        token=device,
        password_file=password_file,
        prompt=_ask_secret,
        output=output,
    )
    for note in placement.notes:
        click.echo(note, err=True)
    click.echo(msg("signed", path=output or pdf, field=placement.field, page=placement.page + 1))


@cli.command()
@click.argument("pdf", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--trust", multiple=True, type=click.Path(path_type=Path, dir_okay=False))
def verify(pdf: Path, trust: tuple[Path, ...]) -> None:
    from giaoban.commands.sign import verify_lines
    from giaoban.sign.verify import verify_pdf

    report = verify_pdf(pdf, list(trust))
    for line in verify_lines(report):
        click.echo(line)
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.argument("record", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("pdf", type=click.Path(path_type=Path, dir_okay=False))
def metadata(record: Path, pdf: Path) -> None:
    from giaoban.metadata import build_metadata, write_metadata

    for path in write_metadata(build_metadata(record, pdf), pdf):
        click.echo(msg("written", path=path))


@cli.command()
@click.argument(
    "folder", required=False, default=".", type=click.Path(path_type=Path, file_okay=False)
)
@click.option("--port", type=click.IntRange(1, 65535), default=8765)
@click.option("--host", default="127.0.0.1", metavar="ADDRESS")
@click.option("--open", "open_browser", is_flag=True)
def serve(folder: Path, port: int, host: str, open_browser: bool) -> None:
    from giaoban.web.server import serve as run_server

    run_server(folder, host, port, open_browser)


@cli.group()
def resident() -> None:
    pass


@resident.command("status")
def resident_status() -> None:
    if not sys.platform.startswith("linux"):  # manage needs fcntl
        click.echo(msg("resident_off", why=msg("resident_off_system")))
        click.echo(msg("resident_none"))
        return
    from giaoban.resident import client, manage

    if client.wanted():
        click.echo(msg("resident_on", folder=manage.folder()))
    else:
        click.echo(msg("resident_off", why=msg("resident_off_switch")))
    found = manage.servers()
    for server in found:
        said = "resident_current" if server.current else "resident_other"
        click.echo(msg(said if server.ready else "resident_starting", pid=server.pid))
    if not found:
        click.echo(msg("resident_none"))


@resident.command("start")
def resident_start() -> None:
    from giaoban.resident import manage

    server = manage.start(wait=60.0)
    if server is None:
        click.echo(msg("resident_not_started", seconds=60), err=True)
        sys.exit(1)
    click.echo(msg("resident_started", pid=server.pid))


@resident.command("stop")
@click.option("--all", "every", is_flag=True, help="Also other installations' servers")
def resident_stop(every: bool) -> None:
    from giaoban.resident import manage

    found = manage.servers()
    asked = [server for server in found if every or server.current]
    ended = manage.stop(wait=10.0, every=every)
    for server in asked:
        click.echo(msg("resident_stopped" if server in ended else "resident_still", pid=server.pid))
    if not asked:
        click.echo(msg("resident_none"))
    others = len(found) - len(asked)
    if others:  # another clone, a pipx install, another Python: theirs to stop (s3-trial F59)
        click.echo(msg("resident_others_left", count=others))
    sys.exit(0 if len(ended) == len(asked) else 1)


# --- help in the chosen language ------------------------------------------------------


def _translate_help(group: click.Command) -> None:
    """Fill every help text from the catalogue, in the language chosen so far."""

    def text(key: str) -> str | None:
        return CATALOGUE[key][language()] if key in CATALOGUE else None

    group.help = text("help_cli")
    commands = getattr(group, "commands", {})
    for param in group.params:
        param.help = text(f"help_cli_{param.name}") or getattr(param, "help", None)
    for name, command in commands.items():
        command.help = text(f"help_{name}")
        command.short_help = text(f"short_{name}")
        for param in command.params:
            if isinstance(param, click.Option):
                param.help = text(f"help_{name}_{param.name}") or param.help
        for sub_name, sub_command in getattr(command, "commands", {}).items():
            key = f"{name}_{sub_name}"
            sub_command.help = text(f"help_{key}")
            sub_command.short_help = text(f"short_{key}")
            for param in sub_command.params:
                if isinstance(param, click.Option):
                    param.help = text(f"help_{key}_{param.name}") or param.help


def _translate_click() -> None:
    """click's own texts ("Show this message and exit.", "Usage:", usage errors) come
    through gettext, outside the catalogue: route them through it."""
    import gettext

    from giaoban.messages import click_plural, click_text

    for name in ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui"):
        module = sys.modules.get(f"click.{name}")
        if module is None:
            continue
        if getattr(module, "_", None) is gettext.gettext:
            module._ = click_text  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = click_plural  # type: ignore[attr-defined]
    _translate_click_values()


def _translate_click_values() -> None:
    """What click puts into its usage errors besides its texts: an argument's placeholder
    ("Thiếu tham số 'PATHS...'", the one the help shows as ĐƯỜNG-DẪN) and a number's range
    ("1025<=x<=65535", in Vietnamese only), in the words of the help
    (giaoban.messages.help_words and range_in_words), in the language chosen when the
    error is shown."""
    from click.types import _NumberRangeBase

    from giaoban.messages import help_words, range_in_words

    hint = click.Argument.get_error_hint
    if getattr(hint, "giaoban", False):
        return

    def error_hint(self: click.Argument, ctx: click.Context | None) -> str:
        return help_words(hint(self, ctx))

    describe = _NumberRangeBase._describe_range

    def described(self: _NumberRangeBase) -> str:  # type: ignore[type-arg]
        # English keeps click's own sentence, which reads "not in the range x>=1"
        return range_in_words(describe(self)) if language() == "vi" else describe(self)

    error_hint.giaoban = described.giaoban = True  # type: ignore[attr-defined]
    click.Argument.get_error_hint = error_hint  # type: ignore[method-assign]
    _NumberRangeBase._describe_range = described  # type: ignore[method-assign]


_translate_click()


CLOSED_PIPE = 141  # 128 + SIGPIPE: what a shell reports for cat, grep or git cut off by head


def closed_pipe() -> int:
    """Standard output's reader is gone (``giaoban … | head``): what is left to print goes
    nowhere, quietly, and the command ends with 141, as programs killed by SIGPIPE do
    (the shell's convention; ``set -o pipefail`` then sees that the output was cut). Not
    0: the output is incomplete, and a script that wants it whole must know."""
    with contextlib.suppress(OSError):
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, 1)
        os.close(nowhere)
    return CLOSED_PIPE


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``giaoban`` command."""
    # giaoban uses no pydantic plugins; looking for them reads every installed package's
    # metadata (about 12 ms of each start). PYDANTIC_DISABLE_PLUGINS= (empty) looks again.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    utf8_output()
    stdout = sys.stdout
    try:
        cli.main(args=argv, prog_name="giaoban")
    except SystemExit:
        # click met the closed pipe itself (printing --help or a usage line): it exits 1
        # after wrapping the streams so that flushing them is quiet; that swap of
        # sys.stdout, its only one, tells it (the wrapper's class is private since Click
        # 8.3, its public name deprecated)
        if sys.stdout is not stdout:
            raise SystemExit(closed_pipe()) from None
        raise


def run() -> NoReturn:
    """The ``giaoban`` program (its console script, ``python -m giaoban``): ``main()`` in a
    process of its own, which it tunes for a short life and ends without teardown.

    ``main()`` is the same command line for callers in a process that goes on (tests);
    only here is the process giaoban's to tune and to end.
    """
    import signal

    tune_process()
    _OWN_PROCESS[0] = True
    code: object = 130  # what a Ctrl-C means, if one cuts the command's ending short
    try:
        code = outcome()
        # The command is over: a further Ctrl-C while the process ends would only turn the
        # ending into a traceback (s6: "đã dừng theo yêu cầu", then a KeyboardInterrupt
        # raised on entering _end, when two Ctrl-C came in a row during export).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except KeyboardInterrupt:  # it came after the command's own message, before the line above
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end(code)


def tune_process() -> None:
    """What ``run()`` sets up in a process of its own (and the resident server once, for
    every child it forks): the collector's thresholds, pydantic's plugin loader on demand."""
    import gc

    # Importing pydantic, Jinja and Babel makes some 70,000 objects that live as long as
    # the process; with the default thresholds (700, 10, 10) the collector walks them
    # again and again (a full collection took 20 ms of a render). Young objects are still
    # collected, every 10,000 allocations; the older generations only every 10 million
    # (a render allocates about 100,000), so a render never walks the long-lived ones.
    gc.set_threshold(10_000, 1_000)
    _pydantic_plugin_loader_on_demand()


class HungUp(KeyboardInterrupt):
    """SIGHUP (the terminal closed) or SIGTERM (a stop request) met as Ctrl-C is: the
    command's own clean-up runs (export's workers stopped, temporaries removed)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_hung_up: list[int] = []  # the signal that ended the command, for its exit code


_installed_in: list[int] = []  # the process that set the handlers up


def _raise_hung_up(signum: int, _frame: object) -> None:
    import os
    import signal

    if _installed_in and os.getpid() != _installed_in[0]:
        # a forked export worker, which its parent stops with SIGTERM: the signal's own
        # end, not an interruption with a traceback
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    _hung_up.append(signum)
    raise HungUp(signum)


def stop_as_interrupted() -> None:
    """SIGHUP and SIGTERM end the command as Ctrl-C does (s3-trial F57: a terminal closed
    during an export left its workers stuck for ever, holding temporaries and the lock),
    unless they were set aside (nohup's SIG_IGN is kept). Main thread only."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return
    import os

    _installed_in[:] = [os.getpid()]
    for name in ("SIGHUP", "SIGTERM"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, _raise_hung_up)


def outcome() -> object:
    """Run ``main()`` on ``sys.argv``; what the process should exit with (``SystemExit``'s
    code: None, a number or a message), 130 after a Ctrl-C, 128 + the signal after SIGHUP
    or SIGTERM."""
    stop_as_interrupted()
    try:
        main()
    except SystemExit as done:
        return 128 + _hung_up[0] if done.code == 130 and _hung_up else done.code
    except HungUp as stopped:
        return 128 + stopped.signum
    except KeyboardInterrupt:  # before a command's invoke (parsing), where click lets it go
        click.echo(msg("interrupted"), err=True)
        return 130
    return 0


_PLUGIN_LOADER = "pydantic.plugin._loader"


def _pydantic_plugin_loader_on_demand() -> None:
    """Stand in for pydantic's plugin loader until plugins are wanted.

    At the first model build pydantic imports ``pydantic.plugin._loader``, which imports
    ``importlib.metadata`` (and email, socket, csv with it: about 9 ms of CPU) even when
    PYDANTIC_DISABLE_PLUGINS=__all__ (``main()``'s default) means it will not look. The
    stand-in's ``get_plugins`` answers as pydantic's does for that value (no plugins);
    for any other value, and for any other name, pydantic's own module is loaded and
    answers. Nothing is imported here: ``giaoban --help`` stays without pydantic.
    """
    if _PLUGIN_LOADER in sys.modules:
        return
    import types

    stand_in = types.ModuleType(_PLUGIN_LOADER, _pydantic_plugin_loader_on_demand.__doc__)

    def real() -> types.ModuleType:
        loaded = stand_in.__dict__.get("_pydantic_module")
        if loaded is None:
            import importlib.machinery
            import importlib.util

            import pydantic.plugin

            spec = importlib.machinery.PathFinder.find_spec(
                _PLUGIN_LOADER, pydantic.plugin.__path__
            )
            assert spec is not None and spec.loader is not None
            loaded = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(loaded)
            stand_in.__dict__["_pydantic_module"] = loaded
        return loaded

    def get_plugins() -> object:
        if os.environ.get("PYDANTIC_DISABLE_PLUGINS") == "__all__":
            return ()
        return real().get_plugins()

    def other(name: str) -> object:
        if name.startswith("__"):  # the import system asking (__path__: a package?)
            raise AttributeError(name)
        return getattr(real(), name)

    stand_in.__dict__["get_plugins"] = get_plugins
    stand_in.__dict__["__getattr__"] = other
    sys.modules[_PLUGIN_LOADER] = stand_in


def _end(code: object) -> NoReturn:
    """Exit with ``code`` without the interpreter's teardown.

    Tearing down (every module and object freed one by one, a last collection) takes
    about 40 ms of a 250 ms render and nothing a finished command needs. What must happen
    at exit still does: the ``atexit`` functions run (a resident LibreOffice is stopped,
    temporary folders go), then stdout and stderr are flushed. Every file giaoban writes
    is closed before its command returns (``write_atomic``, the export journal flushes
    each line; export's worker processes are joined by ``pool.shutdown(wait=True)``).
    Python exits as usual when another thread still runs, when the code is not a number
    (a message) or when flushing fails (a closed pipe: Python's own message, exit 120).
    """
    import atexit
    import signal

    # The command is over: a further Ctrl-C while the exit functions run would only turn
    # the ending into a traceback (seen with two Ctrl-C in a row during export).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading = sys.modules.get("threading")
    if (code is not None and not isinstance(code, int)) or (
        threading is not None and threading.active_count() > 1
    ):
        raise SystemExit(code)
    atexit._run_exitfuncs()  # what Python runs at exit, before its teardown
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None under pythonw (no console)
                stream.flush()
    except BrokenPipeError:  # the output's reader has gone since (… | head)
        os._exit(closed_pipe())
    except (OSError, ValueError):
        raise SystemExit(code) from None
    os._exit(code or 0)
