"""Starting the web application: uvicorn in this process, on 127.0.0.1 unless told."""

from __future__ import annotations

import secrets
import socket
import threading
import webbrowser
from pathlib import Path

import click

from giaoban.errors import UsageError
from giaoban.messages import msg
from giaoban.web.app import LOOPBACK_NAMES, create_app

DEFAULT_PORT = 8765


def serve(
    folder: Path,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    open_browser: bool = False,
) -> None:
    """Serve ``folder`` until Ctrl+C. Any address other than this machine's own needs
    the access token printed here; UsageError for a missing folder or a busy port."""
    import uvicorn

    if not folder.is_dir():
        raise UsageError(msg("web_not_folder", path=folder))
    token = None if host in LOOPBACK_NAMES else secrets.token_urlsafe(24)
    _check_port(host, port)
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = (
        f"http://{shown_host}:{port}/"
        if ":" not in shown_host
        else f"http://[{shown_host}]:{port}/"
    )
    if token:
        url += f"?token={token}"
    click.echo(msg("web_started", folder=folder.resolve(), url=url), err=True)
    if token:
        click.echo(msg("web_token_line", token=token), err=True)
    if host in ("0.0.0.0", "::"):  # every address: say the ones other computers can use (F42)
        for address in _own_addresses():
            other = f"http://{address}:{port}/?token={token}"
            click.echo(msg("web_other_computers", url=other), err=True)
    if open_browser:
        threading.Timer(0.8, webbrowser.open, args=(url,)).start()
    config = uvicorn.Config(
        create_app(folder, token),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=2,
    )
    uvicorn.Server(config).run()


def _own_addresses() -> list[str]:
    """This machine's IPv4 addresses other computers may reach (not 127.x): the one its
    traffic leaves by (a UDP socket's connect sends nothing), and its name's."""
    found: list[str] = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only the route is looked up
            found.append(probe.getsockname()[0])
    except OSError:
        pass
    try:
        found += socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        pass
    return [a for a in dict.fromkeys(found) if not a.startswith(("127.", "0."))]


def _check_port(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            raise UsageError(msg("web_port_busy", port=port)) from None
