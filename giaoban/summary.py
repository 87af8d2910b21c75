"""The year summary of an export: ``tong-hop-<year>.docx`` and ``.md``.

Every meeting of the year (date, place, cluster, who chaired, the handover, how many
directives), the rotation of the Cụm trưởng over every year the archive holds, and the
figures side by side across meetings and provinces, with a bar chart for each figure
reported by three to fifteen meetings (fewer or more values are clearer in the table),
at most ``MAX_CHARTS`` of them, the most reported first.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from giaoban import gazetteer
from giaoban import vietnamese as vn
from giaoban.followup import add_report, report_markdown, summary_inputs
from giaoban.manifest import Manifest, bytes_hash
from giaoban.record.discover import cluster_key
from giaoban.render.sentences import named_together

SUMMARY = "tong-hop-{year}.{fmt}"
MIN_VALUES_FOR_CHART = 3
MAX_VALUES_FOR_CHART = 15  # more bars than that are unreadable: the table says it better
MAX_CHARTS = 6


def _by_year(meetings: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    years: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for meeting in meetings:
        years[work_year(meeting)].append(meeting)
    for items in years.values():
        items.sort(key=lambda m: (m["date"], vn.sort_key(m.get("cluster") or ""), m["record"]))
    return dict(sorted(years.items()))


def work_year(meeting: dict[str, Any]) -> int:
    """The work year a meeting reports on (``cluster.year``: a January review belongs to
    the year before); the date's year for summaries kept before it was recorded."""
    return int(meeting.get("year") or meeting["date"][:4])


def rotation(meetings: list[dict[str, Any]]) -> list[tuple[str, int, str | None, str | None]]:
    """(cluster, year, Cụm trưởng, Cụm phó) for every year the meetings tell of: this
    year's from ``cluster.chair`` and ``cluster.vice_chair``, the next year's from the
    handover."""
    table: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)
    shown = _cluster_names(meetings)
    # In date order, so that the result never depends on the order records were read.
    for meeting in sorted(meetings, key=lambda m: (m["date"], m["record"])):
        cluster = shown[cluster_key(meeting.get("cluster"))]
        year = work_year(meeting)
        if meeting.get("chair"):
            table[(cluster, year)].setdefault("Cụm trưởng", meeting["chair"])
        if meeting.get("vice_chair"):
            table[(cluster, year)].setdefault("Cụm phó", meeting["vice_chair"])
        for handover in meeting.get("handovers", []):
            table[(cluster, int(handover["year"]))][handover["role"]] = handover["to"]
    # the map as of the year's end, or of the last meeting the summary tells of (a
    # summary of 2024 does not speak of the mergers of 2025: s6-trial H6)
    last = max((dt.date.fromisoformat(m["date"][:10]) for m in meetings), default=None)
    return [
        (
            cluster,
            year,
            _of_year(roles.get("Cụm trưởng"), year, last),
            _of_year(roles.get("Cụm phó"), year, last),
        )
        for (cluster, year), roles in sorted(
            table.items(), key=lambda i: (vn.sort_key(i[0][0]), i[0][1])
        )
    ]


def _of_year(province: str | None, year: int, last: dt.date | None) -> str | None:
    """A Cụm trưởng handed the year before under a province's name that the year's mergers
    ended: "Kiên Giang (nay thuộc tỉnh An Giang)", as the members table says it; the
    year's own record names An Giang (s5-trial F113). The map of the year's end, or of
    ``last``, the latest meeting told of, when earlier."""
    if province is None or last is None:
        return province
    note = gazetteer.now_part_of(province, min(dt.date(year, 12, 31), last))
    return f"{province} ({note})" if note else province


def _cluster_names(meetings: list[dict[str, Any]]) -> dict[str, str]:
    """The name each cluster is shown under, by :func:`cluster_key`: the one its latest
    meeting writes ("miền Đông Nam Bộ" in 2024 and "Đông Nam Bộ" in 2025 are one cluster,
    not two rows: s4-trial F87)."""
    names: dict[str, str] = {}
    for meeting in sorted(meetings, key=lambda m: (m["date"], m["record"])):
        names[cluster_key(meeting.get("cluster"))] = meeting.get("cluster") or ""
    return names


def meeting_date(meeting: dict[str, Any]) -> str:
    """A meeting's date as the summary shows it: "15/12/2022"; "tháng 12/2024" for one
    known only to its month, never an invented "1/12/2024" (s3-trial F7)."""
    date = dt.date.fromisoformat(meeting["date"])
    if meeting.get("month_only"):
        date = vn.MonthDate(date.year, date.month, date.day)
    return vn.press_date(date, with_year=True)


def _column(meeting: dict[str, Any]) -> str:
    return f"{meeting.get('cluster') or meeting['title']} ({meeting_date(meeting)})"


def figure_rows(meetings: list[dict[str, Any]]) -> list[tuple[str, dict[str, dict[str, Any]]]]:
    """Each figure label (with its province) and its value per meeting. The value says
    its unit ("512 xã, phường"), so the label does not repeat it ("xã, phường dùng nền
    tảng Mặt trận số, xã, phường"); only one label given in two units names each unit."""
    rows: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for meeting in meetings:
        for figure in meeting.get("figures", []):
            label = figure["label"]
            if figure.get("province"):
                day = dt.date.fromisoformat(meeting["date"])
                label += f" ({gazetteer.era_label(figure['province'], day)})"
            rows[(label, figure.get("unit") or "")][_column(meeting)] = figure
    units: dict[str, int] = defaultdict(int)
    for label, _ in rows:
        units[label] += 1
    named = [
        (f"{label} (đơn vị: {unit})" if units[label] > 1 and unit else label, values)
        for (label, unit), values in rows.items()
    ]
    return sorted(named, key=lambda item: vn.sort_key(item[0]))


def membership_rows(meetings: list[dict[str, Any]]) -> list[tuple[str, int, str, str]]:
    """(cluster, year, members, what changed) for each meeting that lists its members; a
    province that merged is followed into the unit it joined, never said to have left.
    A later meeting of the same work year with the same members adds no row (a giao ban
    6 tháng and a tổng kết of one year are one membership, said once: s3-trial F8)."""
    rows: list[tuple[str, int, str, str]] = []
    last: dict[str, dict[str, Any]] = {}
    shown = _cluster_names(meetings)
    for meeting in sorted(meetings, key=lambda m: (m["date"], m["record"])):
        members = meeting.get("members") or []
        if not members:
            continue
        cluster = shown[cluster_key(meeting.get("cluster"))]
        before = last.get(cluster)
        change = ""
        if before is not None:
            changes = gazetteer.membership_changes(
                before["members"],
                dt.date.fromisoformat(before["date"]),
                members,
                dt.date.fromisoformat(meeting["date"]),
                old_kind=before.get("member_kind"),
            )
            change = gazetteer.describe_membership(changes, heading=False) or ""
            if not change and work_year(before) == work_year(meeting):
                last[cluster] = meeting
                continue
        last[cluster] = meeting
        names = vn.join_list([gazetteer.written(m) for m in members])
        rows.append((cluster, work_year(meeting), names, change))
    return sorted(rows, key=lambda r: (vn.sort_key(r[0]), r[1]))


def province_series(
    meetings: list[dict[str, Any]],
) -> tuple[list[int], list[tuple[str, dict[int, str]]]]:
    """Each province's figures across the years, grouped under the unit it is part of now:
    Cà Mau's series shows Bạc Liêu's and the old Cà Mau's figures on rows of their own,
    marked as before the merger. Returns (years, rows of (label, year -> value)); of two
    meetings of a year giving one province's figure, the later one (date, then file)."""
    rows: dict[tuple[Any, ...], dict[int, str]] = defaultdict(dict)
    labels: dict[tuple[Any, ...], str] = {}
    for meeting in sorted(meetings, key=lambda m: (m["date"], m["record"])):
        day = dt.date.fromisoformat(meeting["date"])
        for figure in meeting.get("figures", []):
            province = figure.get("province")
            if not province:
                continue
            unit = gazetteer.find(province, day)
            now = gazetteer.current_name(province, day)
            still = unit is not None and unit.valid_until is None
            key = (
                vn.sort_key(figure["label"]),
                vn.sort_key(now),
                still,
                vn.sort_key(province),
                figure.get("unit") or "",
            )
            label = f"{figure['label']} ({gazetteer.era_label(province, day)})"
            labels[key] = label  # the values say their unit
            rows[key][day.year] = figure["text"]
    years = sorted({y for values in rows.values() for y in values})
    return years, [(labels[key], rows[key]) for key in sorted(rows)]


def chart_png(label: str, values: dict[str, dict[str, Any]]) -> bytes:
    """A bar chart of one figure across meetings, numbers written the Vietnamese way."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.ticker import FuncFormatter

    names = list(values)
    numbers = [values[n]["value"] for n in names]
    height = 0.9 + 0.38 * len(names)
    figure, axes = pyplot.subplots(figsize=(7.5, height), dpi=120)
    # fixed margins: tight_layout measures every text and costs more than the drawing
    figure.subplots_adjust(left=0.36, right=0.9, top=1 - 0.45 / height, bottom=0.45 / height)
    bars = axes.barh(names, numbers, color="#9e1b1b")
    axes.invert_yaxis()
    axes.set_title(label, fontsize=10)
    axes.xaxis.set_major_formatter(
        FuncFormatter(lambda x, _pos: vn.format_number(int(x) if float(x).is_integer() else x, 1))
    )
    axes.bar_label(bars, labels=[values[n]["text"] for n in names], padding=3, fontsize=8)
    axes.tick_params(labelsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    axes.margins(x=0.2)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    pyplot.close(figure)
    return buffer.getvalue()


def summary_markdown(
    year: int, meetings: list[dict[str, Any]], everything: list[dict[str, Any]]
) -> str:
    """The year summary in Markdown; every cell escaped as the tin bài's Markdown is (a
    "|" or markup in a title or a label stays text, s4-trial F102)."""
    from giaoban.render.filters import md_cell

    def row(cells: Iterable[object]) -> str:
        return "| " + " | ".join(md_cell(cell) for cell in cells) + " |"

    lines = [f"# Tổng hợp hội nghị năm {year}", "", "## Các hội nghị", ""]
    lines += [
        "| STT | Ngày | Hội nghị | Địa điểm | Cụm | Chủ trì | Bàn giao | Số chỉ đạo |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for number, meeting in enumerate(meetings, start=1):
        lines.append(row(_meeting_cells(number, meeting)))
    history = as_of(year, meetings, everything)
    turns = rotation(history)
    if turns:  # no record names a Cụm trưởng: no table of a header alone (as the .docx)
        lines += [
            "",
            "## Luân phiên Cụm trưởng, Cụm phó",
            "",
            "| Cụm | Năm | Cụm trưởng | Cụm phó |",
            "|---|---|---|---|",
        ]
    for cluster, when, chair, vice in turns:
        lines.append(row([cluster, when, chair or "", vice or ""]))
    members = membership_rows(history)
    if members:
        lines += [
            "",
            "## Thành viên Cụm qua các năm",
            "",
            "| Cụm | Năm | Thành viên | Thay đổi |",
            "|---|---|---|---|",
        ]
        lines += [row(member) for member in members]
    years, series = province_series(history)
    if series and len(years) > 1:
        lines += [
            "",
            "## Số liệu của từng tỉnh qua các năm",
            "",
            row(["Chỉ tiêu", *years]),
            "|---|" + "---|" * len(years),
        ]
        for label, values in series:
            lines.append(row([label, *(values.get(y, "") for y in years)]))
    rows = figure_rows(meetings)
    if rows:
        columns = list(dict.fromkeys(c for _, values in rows for c in values))
        lines += [
            "",
            "## Số liệu",
            "",
            row(["Chỉ tiêu", *columns]),
            "|---|" + "---|" * len(columns),
        ]
        for label, values in rows:
            lines.append(row([label, *(values[c]["text"] if c in values else "" for c in columns)]))
    for report in followup_reports(year, everything):
        lines += ["", report_markdown(report, level=2).rstrip("\n")]
    return "\n".join(lines) + "\n"


def as_of(
    year: int, meetings: list[dict[str, Any]], everything: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The archive as the summary of ``year`` tells it: the meetings of that work year
    and before, of the clusters that met in it (``meetings``). The 2018 summary listed
    the Cụm trưởng of 2024–2026 and the members, merged in 2025, of clusters that did not
    meet in 2018 (s6-trial H6). A handover of ``year`` still names next year's chair."""
    met = {cluster_key(m.get("cluster")) for m in meetings}
    return [m for m in everything if work_year(m) <= year and cluster_key(m.get("cluster")) in met]


def followup_reports(year: int, everything: list[dict[str, Any]]) -> list[Any]:
    """The follow-up of directives (``giaoban followup``) of each cluster that met in
    ``year``, over its meetings up to that year, when it has directives or follow-ups
    (giaoban.followup.reports_from_summaries)."""
    from giaoban.followup import reports_from_summaries

    return reports_from_summaries(everything, year)


def _meeting_cells(number: int, meeting: dict[str, Any]) -> list[str]:
    handovers = "; ".join(
        f"{h['role']} {h['year']}: {h['to']}" for h in meeting.get("handovers", [])
    )
    return [
        str(number),
        meeting_date(meeting),
        meeting["title"],
        meeting.get("place") or "",
        meeting.get("cluster") or "",
        named_together(meeting.get("presiding") or []),
        handovers,
        str(meeting.get("directives", 0)),
    ]


def landscape(document: Any) -> None:
    """The first section in landscape: tables of many columns (Nghị định 30/2020/NĐ-CP,
    Phụ lục I allows it for them); the page number from page 2, as ``new_document``
    puts it (Phụ lục I: "số trang ... từ trang thứ 2")."""
    from docx.enum.section import WD_ORIENT

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def add_heading(document: Any, text: str, size: int = 14) -> None:
    """A bold centred heading of ``size`` points, as the year summary's."""
    from docx.shared import Pt

    from giaoban.render.default_templates import CENTRED

    paragraph = document.add_paragraph(style=CENTRED)
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(size)
    paragraph.paragraph_format.space_before = Pt(12)
    paragraph.paragraph_format.space_after = Pt(6)
    paragraph.paragraph_format.keep_with_next = True  # never alone at a page's foot


def column_widths(document: Any, shares: list[float]) -> list[float]:
    """Columns' widths in centimetres, in proportion to ``shares``, filling the first
    section's width less its margins (24.9 cm on landscape A4 with the decree's margins)."""
    from docx.shared import Cm

    section = document.sections[0]
    usable = (section.page_width - section.left_margin - section.right_margin) / Cm(1)
    total = sum(shares)
    return [round(usable * share / total, 2) for share in shares]


def add_table(
    document: Any, header: list[str], rows: list[list[str]], widths: list[float] | None = None
) -> Any:
    """A grid table: a bold header row, then ``rows``, in 11 points, left-aligned; a line
    break in a cell's text is a line break in the cell. ``widths``: each column's width in
    centimetres (fixed layout), when the columns should not share the width equally."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    grid = document.add_table(rows=1, cols=len(header))
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
        # the header row stays with the first row (never alone at a page's foot)
        cell.paragraphs[0].paragraph_format.keep_with_next = True
    for row in rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for row in grid.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
                for run in paragraph.runs:
                    run.font.size = Pt(11)
    from docx.oxml import OxmlElement

    from giaoban.render.ooxml import insert_child

    # a table over several pages: the header row on each, no row cut in two
    insert_child(grid.rows[0]._tr.get_or_add_trPr(), OxmlElement("w:tblHeader"))
    for row in grid.rows:
        insert_child(row._tr.get_or_add_trPr(), OxmlElement("w:cantSplit"))
    if widths:
        grid.autofit = False
        for column, width in zip(grid._tbl.tblGrid.gridCol_lst, widths, strict=True):
            column.w = Cm(width)  # LibreOffice lays out by the grid, Word by the cells
        for row in grid.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Cm(width)
    return grid


def summary_docx(
    year: int, meetings: list[dict[str, Any]], everything: list[dict[str, Any]]
) -> bytes:
    from docx.shared import Cm

    from giaoban.render.default_templates import CENTRED, new_document

    document = new_document(f"Tổng hợp hội nghị năm {year}")
    # Properties of this summary, not of the template: dated by the year's last meeting
    # (so the same meetings give the same bytes), not python-docx's 2013.
    properties = document.core_properties
    properties.subject, properties.comments = properties.title, ""
    properties.keywords = f"tổng hợp; hội nghị giao ban; {year}"
    last = max((dt.date.fromisoformat(m["date"]) for m in meetings), default=None)
    if last is not None:
        properties.created = properties.modified = dt.datetime.combine(last, dt.time(0))
    landscape(document)

    def heading(text: str, size: int = 14) -> None:
        add_heading(document, text, size)

    def table(header: list[str], rows: list[list[str]], shares: list[float]) -> None:
        # each column as wide as what it holds: a number narrow, a name or a title wide
        add_table(document, header, rows, column_widths(document, shares))

    heading(f"TỔNG HỢP HỘI NGHỊ NĂM {year}")
    heading("Các hội nghị", 13)
    table(
        ["STT", "Ngày", "Hội nghị", "Địa điểm", "Cụm", "Chủ trì", "Bàn giao", "Số chỉ đạo"],
        [_meeting_cells(n, m) for n, m in enumerate(meetings, start=1)],
        [1.2, 2.5, 5.3, 4.0, 2.6, 3.9, 3.4, 2.0],
    )
    history = as_of(year, meetings, everything)
    turns = rotation(history)
    if turns:  # no records name a Cụm trưởng: no table of empty rows
        heading("Luân phiên Cụm trưởng, Cụm phó", 13)
        table(
            ["Cụm", "Năm", "Cụm trưởng", "Cụm phó"],
            [[c, str(y), a or "", b or ""] for c, y, a, b in turns],
            [5.0, 1.6, 9.0, 9.0],
        )
    members = membership_rows(history)
    if members:
        heading("Thành viên Cụm qua các năm", 13)
        table(
            ["Cụm", "Năm", "Thành viên", "Thay đổi"],
            [[c, str(y), m, d] for c, y, m, d in members],
            [5.0, 1.6, 8.6, 9.4],
        )
    years, series = province_series(history)
    if series and len(years) > 1:
        heading("Số liệu của từng tỉnh qua các năm", 13)
        table(
            ["Chỉ tiêu", *map(str, years)],
            [[label, *(values.get(y, "") for y in years)] for label, values in series],
            [8.0, *([16.9 / len(years)] * len(years))],
        )
    rows = figure_rows(meetings)
    if rows:
        heading("Số liệu", 13)
        columns = list(dict.fromkeys(c for _, values in rows for c in values))
        table(
            ["Chỉ tiêu", *columns],
            [
                [label, *(values[c]["text"] if c in values else "" for c in columns)]
                for label, values in rows
            ],
            [8.0, *([16.9 / len(columns)] * len(columns))],
        )
        charted = sorted(
            (row for row in rows if MIN_VALUES_FOR_CHART <= len(row[1]) <= MAX_VALUES_FOR_CHART),
            key=lambda row: -len(row[1]),
        )[:MAX_CHARTS]
        for label, values in charted:
            document.add_paragraph(style=CENTRED).add_run().add_picture(
                io.BytesIO(chart_png(label, values)), width=Cm(18)
            )
    for report in followup_reports(year, everything):
        add_report(document, report, 13)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _documents_of(job: tuple[int, list[dict[str, Any]], list[dict[str, Any]]]) -> dict[str, bytes]:
    """``_documents`` of one ``(year, items, everything)``: what a worker runs."""
    return _documents(*job)


def _documents(
    year: int, items: list[dict[str, Any]], everything: list[dict[str, Any]]
) -> dict[str, bytes]:
    return {
        SUMMARY.format(year=year, fmt="docx"): summary_docx(year, items, everything),
        SUMMARY.format(year=year, fmt="md"): summary_markdown(year, items, everything).encode(),
    }


def told_apart(summaries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``summaries`` with two clusters that share a short name ("số 1" of Thanh Hóa and
    of Đồng Nai: since 2025 every province numbers its clusters) told apart by their full
    names (``full_name``, else the name and the first member), so that the tables neither
    merge their rows nor call one's members the other's leaving (s4-trial F87). The
    summaries of a name one cluster has are returned as they are."""
    from giaoban.record.discover import ClusterIdentity, same_cluster_identity

    def identity(summary: dict[str, Any]) -> ClusterIdentity:
        return ClusterIdentity(
            summary.get("cluster"), summary.get("full_name"), tuple(summary.get("members") or ())
        )

    groups: dict[str, list[ClusterIdentity]] = defaultdict(list)
    for summary in summaries:
        found = identity(summary)
        known = groups[cluster_key(summary.get("cluster"))]
        # a record that says neither full name nor members tells no cluster apart
        told = found.full_name or found.members
        if told and not any(same_cluster_identity(found, other) for other in known):
            known.append(found)
    result = []
    for summary in summaries:
        if len(groups[cluster_key(summary.get("cluster"))]) > 1:
            members = summary.get("members") or []
            label = summary.get("full_name") or (
                f"{summary.get('cluster') or ''} ({members[0]})" if members else None
            )
            if label:
                summary = {**summary, "cluster": label}
                if summary.get("followup"):  # its follow-up report is its own too
                    summary["followup"] = {**summary["followup"], "cluster": label}
        result.append(summary)
    return result


def year_summaries(
    out_dir: Path,
    meetings: list[dict[str, Any]],
    manifest: Manifest,
    force: bool,
    report: Any,
    pool: Any = None,
    copies: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """Write the summary of every year among ``meetings`` that changed; returns what was written.

    Years are drawn in parallel on ``pool`` when given (their charts cost more than
    everything else). ``copies``: records of a meeting another record writes too, left
    out of every table (s3-trial F51).
    """
    from giaoban.export import place_output
    from giaoban.manifest import file_hash

    # In date order, whatever order this run finished the records in (the manifest keeps
    # them in that order until it is saved): the same archive gives the same summaries,
    # and a re-run with nothing changed rewrites none.
    everything = told_apart(
        sorted(
            (e.summary for r, e in manifest.records.items() if e.summary and r not in copies),
            key=lambda s: (s["date"], s["record"]),
        )
    )
    labels = {s["record"]: s["cluster"] for s in everything}
    meetings = [{**m, "cluster": labels.get(m["record"], m.get("cluster"))} for m in meetings]
    changed: dict[int, tuple[list[dict[str, Any]], str]] = {}
    for year, items in _by_year(meetings).items():
        history = as_of(year, items, everything)  # a later year's record changes it not
        inputs = bytes_hash(
            json.dumps(
                [
                    items,
                    rotation(history),
                    membership_rows(history),
                    province_series(history),
                    summary_inputs(everything, year),  # what its follow-up reports read
                ],
                sort_keys=True,
                ensure_ascii=False,
            ).encode()
        )
        for fmt in ("docx", "md"):
            output = SUMMARY.format(year=year, fmt=fmt)
            known = manifest.outputs.get(output)
            current = file_hash(out_dir / output)
            if force or known is None or known.inputs != inputs or current != known.sha256:
                changed[year] = (items, inputs)
    if not changed:
        return []
    if pool is not None and len(changed) > 1:
        jobs = [(year, items, everything) for year, (items, _) in changed.items()]
        drawn = pool.each(_documents_of, jobs, window=len(jobs))
        documents = {job[0]: outputs for job, outputs in drawn}
        documents = {year: documents[year] for year in changed}  # in the years' order
    else:
        documents = {
            year: _documents(year, items, everything) for year, (items, _) in changed.items()
        }
    written: list[str] = []
    from giaoban.files import FileInUse

    for year, outputs in documents.items():
        for output, data in outputs.items():
            try:
                placed = place_output(out_dir, manifest, output, data, changed[year][1], "", force)
            except FileInUse as error:  # open in Word: the other summaries are still written
                report.summary_in_use.append(error.message)
                continue
            if placed:
                written.append(output)
            else:
                report.summary_kept.append(output)
    return written
