"""The ASGI application of ``giaoban serve``: a JSON API over ``Workspace`` and the page.

Safety (the server may run on a secretary's office computer):

- only the Host names of this machine are served, unless ``--host`` asked for another
  address, which then needs the access token printed at start (DNS rebinding: a page of
  another site that resolves its name to 127.0.0.1 is refused);
- a request that changes anything must come from this page: same Origin, JSON body
  (a cross-site HTML form can send neither);
- every path stays inside the folder (``Workspace.path``); bodies are bounded;
- templates run in Jinja's sandbox, as for ``giaoban render``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from giaoban.errors import GiaobanError, RecordInvalid
from giaoban.messages import CATALOGUE, language, msg
from giaoban.web.pages import Pages
from giaoban.web.workspace import (
    Conflict,
    Refused,
    Workspace,
    minutes_paragraphs,
    problems_json,
    schema,
    version_of,
    warnings_json,
)

MAX_BODY_BYTES = 2 * 1024 * 1024  # a record is a few dozen KB; its form's JSON a little more
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}
TOKEN_COOKIE = "giaoban_token"
STATIC = Path(__file__).parent / "static"


def create_app(folder: Path, token: str | None = None) -> Starlette:
    """The application serving ``folder``; with ``token``, every request must carry it."""
    workspace = Workspace(folder)
    pages = Pages()

    def api(handler: Any) -> Any:
        """Errors a user can cause become a JSON message, never a traceback."""

        def wrapped(*args: Any) -> Response:
            try:
                return handler(*args)
            except Refused as error:
                return _error(error.message, error.status)
            except Conflict as error:
                return JSONResponse(
                    {"error": error.message, "conflict": True, "disk_text": error.disk_text},
                    status_code=409,
                )
            except RecordInvalid as error:
                return JSONResponse(
                    {"error": error.problems[0].format(), "problems": _problems(error.problems)},
                    status_code=422,
                )
            except GiaobanError as error:
                return _error(error.message, 400)

        return wrapped

    def post(run: Any) -> Any:
        """A POST endpoint taking a JSON object, run in a worker thread."""

        async def endpoint(request: Request) -> Response:
            try:
                data = json.loads(await request.body() or b"{}")
            except Refused as error:
                return _error(error.message, error.status)
            except (ValueError, RecursionError):  # nested deeper than the parser goes (F69)
                return _error(msg("web_bad_json"), 400)
            if not isinstance(data, dict):
                return _error(msg("web_bad_json"), 400)
            return await asyncio.to_thread(api(run), data)

        return endpoint

    def _problems(problems: list) -> list[dict[str, Any]]:
        return problems_json(problems, workspace.root)

    def index(_request: Request) -> Response:
        return FileResponse(STATIC / "index.html", headers=_NO_CACHE)

    def init(_request: Request) -> Response:
        strings = {
            key.removeprefix("web_"): texts[language()]
            for key, texts in CATALOGUE.items()
            if key.startswith(("web_ui_", "web_field_"))
        }
        return JSONResponse(
            {
                "lang": language(),
                "folder": workspace.root.name,
                "strings": strings,
                "pages": pages.available(),
            }
        )

    def record_schema(request: Request) -> Response:
        return JSONResponse(schema(request.query_params.get("defaults") == "1"))

    def folder(_request: Request) -> Response:
        return JSONResponse({"records": workspace.listing()})

    def open_record(request: Request) -> Response:
        return JSONResponse(workspace.open(request.query_params.get("path", "")))

    def version(request: Request) -> Response:
        path = workspace.path(request.query_params.get("path", ""))
        return JSONResponse({"version": version_of(path.read_bytes())})

    def check(data: dict[str, Any]) -> Response:
        from giaoban.commands.render import MINUTES_SUFFIX, PRESS_SUFFIX

        with_text = bool(data.get("with_text"))
        checked = workspace.check(
            str(data.get("path", "")), str(data.get("version", "")), data.get("data"), with_text
        )
        result: dict[str, Any] = {
            "problems": _problems(checked.problems),
            "warnings": warnings_json(checked.warnings),
        }
        if with_text:
            result["text"] = checked.text
        if checked.members is not None:
            result["members"] = checked.members
        minutes = checked.documents.get(f"{MINUTES_SUFFIX}.docx")
        if minutes is not None:
            result["minutes"] = minutes_paragraphs(minutes)
            result["press_html"] = checked.documents[f"{PRESS_SUFFIX}.html"].decode("utf-8")
        return JSONResponse(result)

    def save(data: dict[str, Any]) -> Response:
        saved = workspace.save(
            str(data.get("path", "")),
            str(data.get("version", "")),
            data.get("data"),
            bool(data.get("force")),
        )
        return JSONResponse(saved)

    def save_text(data: dict[str, Any]) -> Response:
        saved = workspace.save_text(
            str(data.get("path", "")), str(data.get("version", "")), str(data.get("text", ""))
        )
        return JSONResponse(saved)

    def new(data: dict[str, Any]) -> Response:
        from giaoban.commands.new import parse_date_option

        day = None
        if str(data.get("date") or "").strip():  # 15/12/2025 as the records write it (F111)
            day = parse_date_option(msg("web_field_date"), str(data["date"]))
        created = workspace.create(str(data.get("name", "")), data.get("previous") or None, day)
        return JSONResponse(created)

    def new_defaults(_data: dict[str, Any]) -> Response:
        return JSONResponse({"path": workspace.create_defaults()})

    def render(data: dict[str, Any]) -> Response:
        done = workspace.render_beside(str(data.get("path", "")), bool(data.get("replace_kept")))
        return JSONResponse(done)

    def export_folder(_data: dict[str, Any]) -> Response:
        return JSONResponse({"report": workspace.export_folder()})

    def shown(make_page: Any, title: Any, intro_key: str, button_key: str) -> Any:
        """A page of its own tab (diff, follow-up): what cannot be made is said in a page
        naming the records to fix, with links to open them, not as JSON (s5-trial F115)."""

        def endpoint(request: Request) -> Response:
            from giaoban.web.problem_page import message_page, problems_page

            status = 200
            try:
                page = make_page(request.query_params)
            except RecordInvalid as error:
                files = {p.file for p in error.problems}
                intro = msg(intro_key, count=len(files), button=msg(button_key))
                page = problems_page(title(request.query_params), intro, error.problems, root)
                status = 422
            except Refused as error:
                page = message_page(title(request.query_params), error.message, root)
                status = error.status
            except GiaobanError as error:
                page = message_page(title(request.query_params), error.message, root)
                status = 400
            # giaoban's own page, shown with no script and no request anywhere
            headers = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"}
            return HTMLResponse(page, status_code=status, headers=headers)

        return endpoint

    root = workspace.root
    diff = shown(
        lambda query: workspace.diff_page(query.get("old", ""), query.get("new", "")),
        lambda _query: msg("web_page_diff_failed"),
        "web_page_diff_broken",
        "web_ui_diff",
    )
    followup = shown(
        lambda query: workspace.followup_page(query.get("cluster", "")),
        lambda query: msg("web_page_followup_failed", cluster=query.get("cluster", "")),
        "web_page_followup_broken",
        "web_ui_followup",
    )

    def download(request: Request) -> Response:
        from giaoban.commands.render import MINUTES_SUFFIX, PRESS_SUFFIX
        from giaoban.files import document_stem, portable_name

        relative = request.query_params.get("path", "")
        document = request.query_params.get("document", "minutes")
        fmt = request.query_params.get("format", "docx")
        if (document, fmt) not in _DOWNLOADS:
            raise Refused(f"{document}.{fmt}", 404)
        suffix = MINUTES_SUFFIX if document == "minutes" else PRESS_SUFFIX
        source_format = "docx" if fmt == "pdf" else fmt
        formats = (source_format,) if document == "press" else ("md",)
        data = workspace.documents(relative, formats)[f"{suffix}.{source_format}"]
        if fmt == "pdf":
            data = pages.pdf(data)
        name = portable_name(document_stem(Path(relative))) + f"{suffix}.{fmt}"  # as render does
        disposition = f"attachment; filename*=UTF-8''{quote(name)}"
        return Response(
            data,
            media_type=_DOWNLOADS[(document, fmt)],
            headers={"Content-Disposition": disposition},
        )

    def page_images(data: dict[str, Any]) -> Response:
        from giaoban.commands.render import MINUTES_SUFFIX

        checked = workspace.check(
            str(data.get("path", "")), str(data.get("version", "")), data.get("data")
        )
        if checked.problems:
            return _error(msg("web_has_problems", count=len(checked.problems)), 422)
        return JSONResponse({"pages": pages.images(checked.documents[f"{MINUTES_SUFFIX}.docx"])})

    routes = [
        Route("/", index),
        Route("/api/init", init),
        Route("/api/schema", record_schema),
        Route("/api/folder", api(folder)),
        Route("/api/record", api(open_record)),
        Route("/api/version", api(version)),
        Route("/api/download", api(download)),
        Route("/api/diff", diff),
        Route("/api/followup", followup),
        Route("/api/export", post(export_folder), methods=["POST"]),
        Route("/api/check", post(check), methods=["POST"]),
        Route("/api/save", post(save), methods=["POST"]),
        Route("/api/save-text", post(save_text), methods=["POST"]),
        Route("/api/new", post(new), methods=["POST"]),
        Route("/api/new-defaults", post(new_defaults), methods=["POST"]),
        Route("/api/render", post(render), methods=["POST"]),
        Route("/api/pages", post(page_images), methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        await asyncio.to_thread(pages.close)  # the resident LibreOffice stops with the server

    application = Starlette(routes=routes, lifespan=lifespan)
    application.state.workspace = workspace
    application.state.pages = pages
    return _Guard(application, token)  # type: ignore[return-value]


_NO_CACHE = {"Cache-Control": "no-store"}
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_DOWNLOADS = {
    ("minutes", "docx"): _DOCX,
    ("minutes", "pdf"): "application/pdf",
    ("press", "docx"): _DOCX,
    ("press", "md"): "text/markdown; charset=utf-8",
    ("press", "pdf"): "application/pdf",
}


def _error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class _Guard:
    """Host, Origin, token and size checks in front of the application (plain ASGI)."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            await _error(msg("web_too_large", limit=MAX_BODY_BYTES // 1024), 413)(
                scope, receive, send
            )
            return
        await self.app(scope, _bounded(receive), send)

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> Response | None:
        host = headers.get("host", "")
        if self.token is None and _hostname(host) not in LOOPBACK_NAMES:
            return _error(msg("web_bad_host", host=host), 421)
        if scope["method"] not in ("GET", "HEAD"):
            origin = headers.get("origin")
            if origin is not None and urlsplit(origin).netloc != host:
                return _error(msg("web_bad_origin", origin=origin), 403)
            site = headers.get("sec-fetch-site")
            if site is not None and site not in ("same-origin", "none"):
                return _error(msg("web_bad_origin", origin=origin or site), 403)
            if not headers.get("content-type", "").startswith("application/json"):
                return _error(msg("web_bad_origin", origin=origin or "?"), 415)
        if self.token is not None and not self._has_token(scope, headers):
            offered = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token")
            if offered and hmac.compare_digest(offered[0].encode(), self.token.encode()):
                # the address printed at start: keep the token in a cookie, drop it from the URL
                response = RedirectResponse(scope.get("path", "/"), status_code=303)
                response.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
                return response
            return _error(msg("web_token_needed"), 401)
        return None

    def _has_token(self, scope: Scope, headers: dict[str, str]) -> bool:
        from http.cookies import SimpleCookie

        assert self.token is not None
        cookies = SimpleCookie(headers.get("cookie", ""))
        offered = [headers.get("x-giaoban-token", "")]
        if TOKEN_COOKIE in cookies:
            offered.append(cookies[TOKEN_COOKIE].value)
        return any(hmac.compare_digest(o.encode(), self.token.encode()) for o in offered if o)


def _hostname(host: str) -> str:
    if host.startswith("["):
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _bounded(receive: Receive) -> Receive:
    """The body, cut off with an error past MAX_BODY_BYTES (no Content-Length to trust)."""
    seen = 0

    async def bounded() -> dict[str, Any]:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > MAX_BODY_BYTES:
                raise Refused(msg("web_too_large", limit=MAX_BODY_BYTES // 1024), 413)
        return message

    return bounded
