"""The page ``giaoban serve`` shows in its own tab (the follow-up, the comparison) when it
cannot be made: the records to fix, each with its lines and a link that opens it in the
form, instead of the JSON of an API answer (s5-trial F115).

The messages are those ``giaoban followup``/``diff`` print (``Problem.message``); paths are
shown inside the folder being served, never as the server's absolute paths.
"""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import quote

from giaoban.errors import Problem
from giaoban.messages import language, msg

# the page's look: the form's own fonts (a monospace face drew the tone marks apart, F115)
_STYLE = (
    'body{font:15px/1.45 "Segoe UI","Noto Sans","Liberation Sans",Arial,sans-serif;'
    "color:#1d2430;margin:2em;max-width:60em}"
    "h1{font-size:1.4em}h2{font-size:1.1em;margin:1.2em 0 .3em}"
    "li{margin:.25em 0}.where{color:#6b7380}.fix{color:#b3261e}"
    "a.button{display:inline-block;padding:.2em .8em;border:1px solid #0b57a4;"
    "border-radius:4px;color:#fff;background:#0b57a4;text-decoration:none}"
)


def shown_path(path: Path, root: Path) -> str:
    """``path`` as the page names it: inside ``root`` (the folder served), else its name."""
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.name


def without_root(text: str, root: Path) -> str:
    """A message with the server's own path of the folder taken out (``/tmp/x/a.yaml`` →
    ``a.yaml``): the page speaks of the folder's files, as the form does."""
    return text.replace(f"{root}/", "").replace(str(root), root.name)


def problems_page(title: str, intro: str, problems: list[Problem], root: Path) -> str:
    """A whole HTML page: ``title``, ``intro``, then per file (in the order first met) its
    problems as "dòng L, cột C: message", with a link opening the file in the form."""
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        by_file.setdefault(shown_path(problem.file, root), []).append(problem)
    parts = [*_head(title), f"<p>{html.escape(intro)}</p>"]
    for name, found in by_file.items():
        link = f"/#/edit/{quote(name, safe='')}"
        parts.append(
            f"<h2>{html.escape(name)} "
            f'<a class="button" href="{html.escape(link)}">'
            f"{html.escape(msg('web_page_open_to_fix'))}</a></h2><ul>"
        )
        for problem in found:
            where = ""
            if problem.line is not None:
                where = msg("web_ui_text_line", line=problem.line, column=problem.column or 1)
                where = f'<span class="where">{html.escape(where)}:</span> '
            message = html.escape(without_root(problem.message, root))
            parts.append(f'<li>{where}<span class="fix">{message}</span></li>')
        parts.append("</ul>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def message_page(title: str, message: str, root: Path) -> str:
    """A whole HTML page saying why it could not be made (an unknown cluster, say)."""
    text = html.escape(without_root(message, root))
    return "\n".join([*_head(title), f'<p class="fix">{text}</p>', "</body></html>\n"])


def _head(title: str) -> list[str]:
    return [
        f'<!DOCTYPE html>\n<html lang="{language()}"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
