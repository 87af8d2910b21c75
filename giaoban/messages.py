"""Every message giaoban shows, in Vietnamese (default) and English.

The language comes from ``--lang``, else ``GIAOBAN_LANG``, else Vietnamese.
"""

from __future__ import annotations

import os
import re

LANGUAGES = ("vi", "en")
_chosen: str | None = None


def set_language(language: str | None) -> None:
    global _chosen
    _chosen = language if language in LANGUAGES else None


def language() -> str:
    if _chosen:
        return _chosen
    from_env = os.environ.get("GIAOBAN_LANG", "").strip().lower()[:2]
    return from_env if from_env in LANGUAGES else "vi"


def msg(key: str, /, **values: object) -> str:
    """The message ``key`` in the current language, with ``values`` filled in."""
    entry = CATALOGUE[key]
    return entry[language()].format(**values)


# key: (Vietnamese, English)
_PAIRS: dict[str, tuple[str, str]] = {
    # reading files
    "file_missing": ("không tìm thấy tệp", "file not found"),
    "file_is_directory": (
        "đây là thư mục, không phải tệp; mọi hồ sơ của một thư mục thì dùng: giaoban "
        "export THƯ-MỤC -o THƯ-MỤC-RA",
        "this is a folder, not a file; for every record of a folder use: giaoban export DIR -o OUT",
    ),
    "date_year_range": (
        "{field}: năm của ngày '{value}' nằm ngoài khoảng {low}–{high} mà hồ sơ ghi được; "
        "hãy kiểm tra năm",
        "{field}: the year of '{value}' is outside {low}–{high}, which a record can hold; "
        "check the year",
    ),
    "file_unreadable": ("không đọc được tệp: {error}", "cannot read the file: {error}"),
    "file_too_large": (
        "tệp quá lớn ({size} MB); một biên bản chỉ vài chục KB",
        "file too large ({size} MB); a record is a few dozen KB",
    ),
    "bad_bom": (
        "tệp bắt đầu bằng dấu BOM của {encoding} nhưng nội dung không đúng mã đó; "
        "hãy lưu lại tệp với mã UTF-8",
        "the file starts with a {encoding} byte-order mark but its content is not {encoding}; "
        "save it again as UTF-8",
    ),
    "binary_file": (
        "tệp chứa byte NUL: đây không phải tệp văn bản YAML (hoặc là UTF-16 không có BOM); "
        "hãy lưu lại với mã UTF-8",
        "the file contains NUL bytes: it is not a YAML text file (or it is UTF-16 without a "
        "byte-order mark); save it as UTF-8",
    ),
    "not_utf8": (
        "tệp không phải mã UTF-8 (byte 0x{byte:02X}); có thể tệp dùng mã Windows-1258 hoặc "
        "bảng mã cũ TCVN3 (ABC) / VNI. Hãy mở tệp và lưu lại với mã UTF-8 "
        "(Notepad: Save As > Encoding: UTF-8; Unikey: công cụ chuyển mã sang Unicode)",
        "the file is not UTF-8 (byte 0x{byte:02X}); it is probably Windows-1258 or a legacy "
        "Vietnamese encoding (TCVN3/ABC or VNI). Open it and save it as UTF-8 "
        "(Notepad: Save As > Encoding: UTF-8; Unikey's converter turns TCVN3/VNI into Unicode)",
    ),
    "empty_file": (
        "tệp trống: cần ít nhất mục 'meeting' với 'title' và 'date'",
        "the file is empty: a record needs at least 'meeting' with 'title' and 'date'",
    ),
    "root_not_mapping": (
        "tệp phải là một bảng các mục (meeting:, attendees:, ...), không phải một danh sách "
        "hay một dòng chữ",
        "the file must be a mapping of sections (meeting:, attendees:, ...), not a list or a "
        "single text",
    ),
    # YAML syntax
    "yaml_tab": (
        "dùng ký tự Tab để thụt lề; YAML chỉ chấp nhận dấu cách. Hãy thay Tab bằng dấu cách",
        "a Tab is used for indentation; YAML accepts only spaces. Replace the Tab with spaces",
    ),
    "yaml_control_char": (
        "ký tự điều khiển không được phép trong tệp (thường do sao chép từ PDF hay Word); "
        "hãy xóa ký tự tại vị trí này",
        "a control character is not allowed in the file (often pasted from a PDF or Word); "
        "delete the character at this position",
    ),
    "yaml_colon": (
        "dấu ':' không hợp lệ ở đây; nếu nội dung có dấu ':' hãy đặt cả nội dung trong "
        'dấu ngoặc kép "...", hoặc kiểm tra thụt lề của dòng này',
        "a ':' is not allowed here; if the text contains ':' put the whole text in double "
        'quotes "...", or check the indentation of this line',
    ),
    "yaml_unclosed": (
        "tệp kết thúc khi còn dấu ngoặc kép hay ngoặc vuông chưa đóng; hãy đóng dấu ngoặc",
        "the file ends inside an unclosed quote or bracket; close it",
    ),
    "yaml_look_alike_space": (
        "thụt lề bằng {char} ({code}): trông như dấu cách nhưng không phải (thường do dán từ "
        "Word, trang web hoặc Zalo); hãy xóa phần thụt lề của dòng này rồi gõ lại bằng phím "
        "cách",
        "indented with {char} ({code}): it looks like a space but is not one (pasted from "
        "Word, a web page or a chat app); delete this line's indentation and type it again "
        "with the space bar",
    ),
    "look_alike_nbsp": ("dấu cách không ngắt", "a non-breaking space"),
    "look_alike_wide_space": ("dấu cách toàn độ", "a full-width space"),
    "look_alike_space": ("một dấu cách đặc biệt", "a special space"),
    "yaml_look_alike_colon": (
        "dấu '{char}' ({code}) sau tên mục trông như dấu ':' nhưng không phải (thường do bộ "
        "gõ hoặc chữ dán vào); hãy xóa nó và gõ dấu ':' của bàn phím, rồi một dấu cách",
        "the '{char}' ({code}) after the key looks like ':' but is not one (an input method "
        "or pasted text); delete it and type the keyboard's ':', then a space",
    ),
    "yaml_key_without_colon": (
        "thiếu dấu ':' sau tên mục '{key}'; viết: {fixed}",
        "the ':' after the key '{key}' is missing; write: {fixed}",
    ),
    "yaml_missing_colon": (
        "thiếu dấu ':' sau tên mục, hoặc dấu ngoặc chưa đóng ở dòng trước",
        "a ':' is missing after a key, or a bracket on an earlier line is not closed",
    ),
    "yaml_undefined_alias": (
        "tham chiếu *... tới một neo &... không tồn tại",
        "an alias *... refers to an anchor &... that does not exist",
    ),
    "yaml_many_documents": (
        "tệp chứa nhiều tài liệu (ngăn bởi '---'); mỗi tệp chỉ một hội nghị",
        "the file holds several documents (separated by '---'); one meeting per file",
    ),
    "yaml_indent": (
        "thụt lề không khớp với các dòng trên; các mục cùng cấp phải thẳng cột (cùng số dấu "
        "cách ở đầu dòng)",
        "the indentation does not match the lines above; items of one level must line up "
        "(the same number of spaces at the start of the line)",
    ),
    "yaml_bad_start": (
        "ký tự «{char}» không được đứng đầu một giá trị YAML; nếu đây là chữ, hãy đặt cả câu "
        "trong ngoặc kép",
        "the character «{char}» cannot start a YAML value; if this is text, put the whole "
        "text in double quotes",
    ),
    "yaml_quote_unclosed": (
        "dấu ngoặc kép mở ở đây chưa được đóng (YAML đọc tiếp đến dòng {line} mới thấy lỗi); "
        'hãy thêm dấu " ở cuối đoạn chữ',
        "the double quote opened here is not closed (YAML read on to line {line} before it "
        'failed); add a " at the end of the text',
    ),
    "yaml_text_led_by_bracket": (
        "dòng chữ bắt đầu bằng '{bracket}' bị YAML đọc thành bảng hoặc danh sách (thụt lề "
        "không sai); hãy đặt cả câu trong ngoặc kép: {fixed}",
        "a text that starts with '{bracket}' is read by YAML as a mapping or a list (the "
        "indentation is fine); put the whole text in double quotes: {fixed}",
    ),
    "yaml_one_line_list_texts": (
        "một mục của danh sách viết trên một dòng ([…]) có dấu '{bracket}' (một số liệu "
        "hay ngoặc) nên YAML không đọc được thành dòng chữ; hãy đặt từng mục trong ngoặc "
        "kép: {fixed}",
        "an item of a list written on one line ([…]) holds a '{bracket}' (a figure or a "
        "bracket), so YAML cannot read it as a text; put each item in double quotes: {fixed}",
    ),
    "yaml_inner_quote": (
        "dấu {quote} bên trong câu đã mở bằng {quote}: YAML hiểu câu kết thúc ở dấu này "
        "nên không đọc được phần sau; hãy viết lại dòng: {fixed}",
        "a {quote} inside a text opened with a {quote}: YAML takes it as the end of the "
        "text and cannot read what follows; write the line as: {fixed}",
    ),
    "yaml_quoted_start": (
        "câu bắt đầu bằng một cụm trong {quote} nên YAML hiểu cả câu chỉ là cụm đó và "
        "không đọc được phần sau; hãy viết lại dòng: {fixed}",
        "the text opens with a phrase in {quote}s, which YAML takes for the whole text, "
        "and it cannot read what follows; write the line as: {fixed}",
    ),
    "yaml_backslash": (
        "dấu '\\' trong ngoặc kép mở một mã đặc biệt của YAML (như \\n là xuống dòng), nên "
        "YAML không đọc được chữ sau nó; hãy dùng dấu nháy đơn '…' thay cho ngoặc kép (trong "
        "nháy đơn '\\' là chính nó), hoặc viết / thay cho \\ (đường dẫn Windows cũng "
        "được): {fixed}",
        "a '\\' inside double quotes opens a YAML escape (such as \\n for a new line), so "
        "YAML cannot read what follows it; use single quotes '…' instead of double quotes "
        "(inside them '\\' is itself), or write / instead of \\ (Windows paths too): {fixed}",
    ),
    "yaml_backslash_alone": (
        "dấu '\\' trong ngoặc kép mở một mã đặc biệt của YAML (như \\n là xuống dòng), nên "
        "YAML không đọc được chữ sau nó; hãy dùng dấu nháy đơn '…' thay cho ngoặc kép, hoặc "
        "viết / thay cho \\",
        "a '\\' inside double quotes opens a YAML escape (such as \\n for a new line), so "
        "YAML cannot read what follows it; use single quotes '…' instead of double quotes, "
        "or write / instead of \\",
    ),
    "yaml_document_end": (
        "dòng '...' là dấu hết tài liệu của YAML, nên phần sau nó không đọc được; hãy xóa "
        "dòng này (muốn ghi chú 'còn nữa' thì viết sau dấu #: '# còn nữa')",
        "a '...' line ends the document for YAML, so what follows cannot be read; delete "
        "this line (for a note such as 'to be continued', write it after a #)",
    ),
    "yaml_star_bullet": (
        "dòng bắt đầu bằng '* ' như một danh sách chép từ Word, nhưng với YAML '*' mở một "
        "tham chiếu; mỗi mục danh sách bắt đầu bằng '- ', hãy viết '- ' thay cho '* ': {fixed}",
        "this line starts with '* ' as a list copied from Word does, but to YAML '*' opens "
        "a reference; a list item starts with '- ': write '- ' instead of '* ': {fixed}",
    ),
    "yaml_flow_decimal_comma": (
        "trong một dòng {{…}}, dấu phẩy ngăn các mục, nên '{whole}' bị tách làm hai (phần "
        "sau dấu phẩy thành một tên mục); hãy đặt giá trị trong ngoặc kép: {fixed}",
        "inside a one-line {{…}}, commas separate the entries, so '{whole}' is cut in two "
        "(what follows the comma becomes a key); put the value in double quotes: {fixed}",
    ),
    "yaml_dash_after_key": (
        "dấu '-' mở một mục danh sách nên không đứng sau tên mục trên cùng một dòng; hãy "
        "để tên mục và dấu ':' một mình trên dòng này, rồi xuống dòng viết '- …' thụt vào "
        "hai dấu cách",
        "a '-' opens a list item, so it cannot follow a key on the same line; leave the key "
        "and its ':' alone on this line, then write '- …' on the next line, indented by "
        "two spaces",
    ),
    "yaml_block_indicator": (
        "sau dấu '|' hoặc '>' (mở một khối chữ nhiều dòng) chỉ được có '-' hoặc '+'; hãy "
        "viết phần chữ từ dòng dưới, thụt vào, hoặc đặt cả câu trong ngoặc kép",
        "after '|' or '>' (which open a text of several lines) only '-' or '+' may follow; "
        "write the text from the next line on, indented, or put it all in double quotes",
    ),
    "yaml_flow_mismatch": (
        "danh sách hay bảng viết trên một dòng ([…] hoặc {{…}}) có dấu đóng không khớp dấu "
        "mở, hoặc thiếu dấu ',' giữa các mục (có thể ở dòng trên: một dấu '[' hay '{{' chưa "
        "đóng); nếu đây là chữ, hãy đặt cả câu trong ngoặc kép",
        "a list or mapping written on one line ([…] or {{…}}) closes with a bracket that "
        "does not match the opening one, or lacks a ',' between items (perhaps on the line "
        "above: a '[' or '{{' not closed); if this is text, put it all in double quotes",
    ),
    "quote_double": ("ngoặc kép", "double quote"),
    "quote_single": ("ngoặc đơn", "single quote"),
    "yaml_syntax": ("lỗi cú pháp YAML: {detail}", "YAML syntax error: {detail}"),
    "yaml_quote_hint": (
        " (có thể dấu ngoặc kép mở ở dòng {line} chưa được đóng)",
        " (perhaps the double quote opened at line {line} is not closed)",
    ),
    "yaml_tag": (
        "thẻ YAML {tag} không được phép (giaoban chỉ đọc dữ liệu, không tạo đối tượng); "
        "hãy xóa thẻ",
        "the YAML tag {tag} is not allowed (giaoban reads data only, it never builds objects); "
        "remove the tag",
    ),
    "too_many_nodes": (
        "các tham chiếu * tới neo & lặp lại hơn {limit} giá trị (neo lồng nhau); giaoban từ "
        "chối. Hãy viết thẳng nội dung thay cho các tham chiếu *",
        "aliases * to anchors & repeat more than {limit} values (nested anchors); refused. "
        "Write the values out instead of the aliases *",
    ),
    "too_deep": (
        "các mục lồng nhau quá sâu (hơn {limit} cấp)",
        "sections are nested too deeply (more than {limit} levels)",
    ),
    "key_not_text": ("tên mục phải là chữ", "a key must be text"),
    "duplicate_key": (
        "'{key}' xuất hiện hai lần (lần đầu ở dòng {first}); YAML sẽ lặng lẽ bỏ lần đầu, "
        "hãy gộp hoặc xóa một",
        "'{key}' appears twice (first at line {first}); YAML would silently drop the first, "
        "merge or delete one",
    ),
    "text_too_long": (
        "đoạn chữ quá dài ({length} ký tự; tối đa {limit})",
        "text too long ({length} characters; at most {limit})",
    ),
    "invisible_char": (
        "ký tự ẩn {code} ngay sau «{after}» (không in ra nhưng làm đảo chiều chữ phía sau "
        "trong Word; thường do sao chép từ trang web hay tin nhắn); hãy xóa nó",
        "invisible character {code} right after «{after}» (prints nothing but reverses the "
        "text after it in Word; usually pasted from the web or a chat); delete it",
    ),
    "control_char": (
        "ký tự điều khiển {code} trong nội dung (Word không chấp nhận); hãy xóa nó",
        "control character {code} in the text (Word does not accept it); delete it",
    ),
    # model
    "missing_field": (
        "thiếu '{field}' trong '{section}'",
        "'{field}' is missing in '{section}'",
    ),
    "unknown_key_suggest": (
        "{key}: tên mục không hợp lệ, có phải ý bạn là '{suggestion}'?",
        "{key}: unknown key, did you mean '{suggestion}'?",
    ),
    "unknown_key": (
        "{key}: tên mục không hợp lệ; các mục được dùng: {allowed}",
        "{key}: unknown key; valid keys: {allowed}",
    ),
    "not_one_of": (
        "{field}: '{value}' không hợp lệ; chọn một trong: {options}.",
        "{field}: '{value}' is not allowed; choose one of: {options}.",
    ),
    "field_item": ("mục {number}", "item {number}"),
    "field_root": ("(gốc)", "(root)"),
    "unknown_key_vietnamese": (
        "{key}: tên mục viết bằng tiếng Việt; trong hồ sơ, mục '{label}' có tên '{suggestion}'",
        "{key}: a key written in Vietnamese; in a record, '{label}' is written '{suggestion}'",
    ),
    "did_you_mean": ("Có phải ý bạn là '{suggestion}'?", "Did you mean '{suggestion}'?"),
    "did_you_mean_either": (
        "Có phải ý bạn là '{first}' hay '{second}'?",
        "Did you mean '{first}' or '{second}'?",
    ),
    "did_you_mean_items": (
        "Mỗi giá trị là một mục của danh sách: [{items}].",
        "Each value is an item of the list: [{items}].",
    ),
    "known_ids": ("Các mã hiện có: {ids}.", "Known ids: {ids}."),
    "value_membership_when": (
        "{field}: mỗi mục 'membership' cần 'from' (từ ngày) hoặc 'year' (năm thi đua)",
        "{field}: each 'membership' entry needs 'from' (a start date) or 'year' (a work year)",
    ),
    "value_time": (
        "{field}: '{value}' không phải giờ; viết như 8:30, 08:30, 8h30 hoặc 14h (2 giờ chiều)",
        "{field}: '{value}' is not a time; write it as 8:30, 08:30, 8h30 or 14h (2 p.m.)",
    ),
    "value_date": (
        "{field}: '{value}' không phải ngày; viết như 2022-12-15, 15/12/2022 hoặc ngày 15 tháng "
        "12 năm 2022",
        "{field}: '{value}' is not a date; write it as 2022-12-15, 15/12/2022 or ngày 15 "
        "tháng 12 năm 2022",
    ),
    "value_date_impossible": (
        "{field}: ngày '{value}' không có thật (kiểm tra ngày và tháng)",
        "{field}: '{value}' is an impossible date (check the day and the month)",
    ),
    "value_deadline": (
        "{field}: '{value}' không phải thời hạn; viết ngày (2024-06-30 hoặc 30/6/2024) hoặc "
        "kỳ (năm 2024, quý I/2024, 6 tháng đầu năm 2024, tháng 6/2024)",
        "{field}: '{value}' is not a deadline; write a date (2024-06-30 or 30/6/2024) or a "
        "period (năm 2024, quý I/2024, 6 tháng đầu năm 2024, tháng 6/2024)",
    ),
    "value_number": (
        "{field}: '{value}' không phải số; viết như 19455 hoặc 9,6",
        "{field}: '{value}' is not a number; write it as 19455 or 9.6",
    ),
    "value_document_number_with_symbol": (
        "{field}: '{value}': chỉ ghi số văn bản, phần trước dấu '/' (như 3); phần sau "
        "giaoban tự ghi: 'BB' (biên bản) và ký hiệu cơ quan lấy từ minutes.letterhead.symbol",
        "{field}: '{value}': write the document's number alone, what stands before the '/' "
        "(such as 3); giaoban writes the rest: 'BB' (minutes) and the body's symbol from "
        "minutes.letterhead.symbol",
    ),
    "value_number_ambiguous": (
        "{field}: '{value}' không rõ nghĩa: dấu chấm là phân cách hàng nghìn hay dấu thập phân? "
        "Viết số không có dấu phân cách (19455), hoặc dùng dấu phẩy cho phần thập phân (19,455)",
        "{field}: '{value}' is ambiguous: is the dot a thousands separator or a decimal point? "
        "Write the number without separators (19455), or with a decimal comma (19,455)",
    ),
    "value_followup_directive_or_text": (
        "{field}: cần 'directive' (mã chỉ đạo năm trước) hoặc 'text' (nội dung chỉ đạo, để "
        "tìm theo nội dung)",
        "{field}: needs 'directive' (last year's directive id) or 'text' (the directive's "
        "text, to find it by its content)",
    ),
    "value_name_or_group": (
        "{field}: cần 'name' (họ và tên) hoặc 'group' (nhóm không nêu tên)",
        "{field}: needs 'name' (full name) or 'group' (an unnamed group)",
    ),
    "value_paragraph_empty": (
        "{field}: đoạn phát biểu cần 'text' hoặc 'directives'",
        "{field}: a paragraph needs 'text' or 'directives'",
    ),
    "empty_value": ("{field}: mục trống", "{field}: the section is empty"),
    "expected_mapping": (
        "{field}: cần các mục con dạng 'tên: giá trị'",
        "{field}: expected keys with values ('name: value')",
    ),
    "expected_list": (
        "{field}: cần một danh sách (mỗi dòng bắt đầu bằng '- ')",
        "{field}: expected a list (each line starting with '- ')",
    ),
    "warning_item_joined": (
        "{field}: dòng này bắt đầu bằng '-' nhưng thụt vào sâu hơn dòng trên, nên YAML nối "
        "vào mục trên thành một dòng chữ (hai mục thành một). Nếu đây là mục riêng, hãy "
        "đặt dấu '-' thẳng cột với dòng trên (cột {column})",
        "{field}: this line starts with '-' but is indented further than the line above, so "
        "YAML joins it to the item above as one text (two items become one). If it is an "
        "item of its own, put its '-' in line with the line above (column {column})",
    ),
    "warning_pasted_list": (
        "{field}: dòng này bắt đầu bằng '{mark}' như một danh sách chép từ Word, nhưng YAML "
        "chỉ coi dòng bắt đầu bằng '- ' là một mục, nên nối các dòng thành một câu "
        "(«{joined}»). Hãy viết mỗi mục trên một dòng bắt đầu bằng '- ' (thay cho "
        "'{mark} '), các dấu '-' thẳng cột với nhau; câu mở đầu trước danh sách (nếu có) "
        "đưa vào mục đầu",
        "{field}: this line starts with '{mark}' as a list copied from Word does, but YAML "
        "takes only a line starting with '- ' as an item, so it joins the lines into one "
        "text («{joined}»). Write each item on a line starting with '- ' (instead of "
        "'{mark} '), the dashes in one column; an opening sentence before the list (if "
        "any) goes into the first item",
    ),
    "warning_pasted_list_in_text": (
        "{field}: các dòng bắt đầu bằng '{mark}' như một danh sách chép từ Word, nhưng ở "
        "đây chỉ ghi một đoạn văn, nên YAML nối chúng thành một câu («{joined}»). Hãy bỏ "
        "các dấu '{mark}' và viết thành câu, hoặc tách thành nhiều mục",
        "{field}: these lines start with '{mark}' as a list copied from Word does, but "
        "this field holds one text, so YAML joins them into one sentence («{joined}»). "
        "Drop the '{mark}' marks and write it as a sentence, or split it into several items",
    ),
    "warning_membership_overlap": (
        "{field}: hội nghị {when} thuộc cả mục này (year: {year}) và mục {other} "
        "(from: {since}), hai mục ghi thành viên khác nhau; giaoban dùng mục ghi year cho cả "
        "năm thi đua {year}. Nếu không phải vậy, hãy bỏ một mục hoặc sửa year, from cho hai "
        "mục khỏi chồng nhau",
        "{field}: the meeting ({when}) falls under this item (year: {year}) and item "
        "{other} (from: {since}), which list other members; giaoban takes the year item for "
        "the whole work year {year}. If that is not meant, drop one item or change year or "
        "from so that they do not overlap",
    ),
    "warning_cluster_count": (
        "{field}: tên Cụm ghi {written}, nhưng Cụm có {count} thành viên vào ngày họp "
        "(meeting.cluster.members); tài liệu sẽ ghi cả hai con số. Nếu tên đã đổi (sau sắp "
        "xếp đơn vị hành chính năm 2025), hãy sửa tên; nếu danh sách thiếu hay thừa, hãy "
        "sửa members",
        "{field}: the cluster's name says {written}, but the cluster has {count} members on "
        "the meeting's date (meeting.cluster.members); the documents would print both "
        "numbers. If the name has changed (after the 2025 reorganisation), correct it; if "
        "the list lacks or repeats a member, correct members",
    ),
    "warning_nobody_presides": (
        "{field}: không ai dự họp có vai trò chủ trì và minutes.presiding không ghi ai, nên "
        "khối {label} cuối biên bản để trống tên. Nếu có người chủ trì, hãy thêm roles: "
        "[chủ trì] cho người đó; nếu để trống là cố ý (tên ghi tay khi ký), hãy ghi "
        "'presiding:' để trống trong mục minutes",
        "{field}: nobody present has the role chủ trì and minutes.presiding names nobody, "
        "so the {label} block at the end of the minutes has no name. If someone presided, "
        "add roles: [chủ trì] to that person; if the blank is meant (the name written by "
        "hand when signing), write 'presiding:' empty under minutes",
    ),
    "warning_two_secretaries": (
        "{field}: {second} cũng có vai trò thư ký, nhưng biên bản chỉ ghi một thư ký: "
        "{first} (người ghi trước). Nếu thư ký là {second}, hãy ghi minutes.secretary: "
        "{id}; nếu không, hãy bỏ 'thư ký' khỏi roles của người này",
        "{field}: {second} has the role thư ký too, but the minutes name one secretary: "
        "{first} (listed first). If the secretary is {second}, write minutes.secretary: "
        "{id}; if not, take 'thư ký' out of this person's roles",
    ),
    "warning_secretary_presides": (
        "{field}: {name} vừa chủ trì (ký khối {label}) vừa là thư ký (ký khối THƯ KÝ) của "
        "biên bản; biên bản có hai người ký để người chủ trì xác nhận biên bản thư ký ghi "
        "(Mẫu 1.9, Nghị định 30/2020/NĐ-CP). Hãy ghi minutes.secretary là mã của người "
        "ghi biên bản{hint}",
        "{field}: {name} both presides (signs the {label} block) and is the secretary "
        "(signs THƯ KÝ) of the minutes; the minutes have two signers so that the chair "
        "certifies what the secretary wrote (Mẫu 1.9, Nghị định 30/2020/NĐ-CP). Write "
        "minutes.secretary as the id of the person who wrote the minutes{hint}",
    ),
    "warning_secretary_presides_hint": (
        " (có vai trò thư ký: {ids})",
        " (with the role thư ký: {ids})",
    ),
    "warning_name_with_title": (
        "{field}: tên có kèm chức vụ («{title}»), nên tài liệu sẽ in chức vụ hai lần. Hãy "
        "ghi 'name: {name}' và để chức vụ ở titles",
        "{field}: the name carries a title («{title}»), so the documents would print the "
        "title twice. Write 'name: {name}' and put the title under titles",
    ),
    "warning_meeting_outside_members": (
        "{field}: {name} không có trong các tỉnh, thành phố của Cụm vào ngày {date} "
        "({members}, ghi ở {origin}), cũng như mọi nơi họp, đơn vị đăng cai của hội nghị; "
        "tài liệu sẽ ghi Cụm gồm các tỉnh đó. Nếu danh sách là của Cụm khác (chép từ tệp "
        "ví dụ), hãy sửa members ở {origin}, hoặc xóa mục membership không phải của Cụm này",
        "{field}: {name} is not among the cluster's provinces on {date} ({members}, "
        "written at {origin}), nor is any place or host of the meeting; the documents "
        "would say the cluster is made of those. If the list is another cluster's (copied "
        "from the example file), correct the members at {origin}, or delete the "
        "membership entry that is not this cluster's",
    ),
    "warning_legacy_encoding": (
        "{field}: «{sample}» là chữ gõ bằng bảng mã cũ {encoding} (phông {fonts}) rồi dán "
        "vào tệp Unicode, nên tài liệu sẽ in đúng như vậy. Hãy chép đoạn chữ gốc, dùng "
        "Unikey: công cụ chuyển mã, nguồn {encoding}, đích Unicode, rồi dán lại vào đây",
        "{field}: «{sample}» was typed in the old {encoding} encoding ({fonts} fonts) and "
        "pasted into a Unicode file, so the documents would print it as it is. Copy the "
        "original text, convert it with Unikey's converter (source {encoding}, target "
        "Unicode), and paste it here again",
    ),
    "warning_title_without_cluster": (
        "{field}: tên hội nghị không nêu Cụm nào, nên tiêu đề, câu mở đầu tin bài và trích "
        "yếu biên bản cũng không nói là Cụm nào (phần '(gồm …)' gắn vào tên hội nghị); hãy "
        "thêm tên Cụm vào title, như '{fixed}'",
        "{field}: the meeting's title names no cluster, so the headline, the press report's "
        "lead and the minutes' trích yếu do not say which (the '(gồm …)' hangs on the "
        "title); add the cluster's name to title, as in '{fixed}'",
    ),
    "warning_title_other_cluster": (
        "{field}: tên hội nghị nói '{named}' nhưng Cụm của hồ sơ là '{cluster}' "
        "(meeting.cluster.name); tiêu đề và câu mở đầu tin bài in đúng tên hội nghị: hãy sửa "
        "title (hay tên Cụm) cho khớp",
        "{field}: the meeting's title says '{named}' but the record's cluster is '{cluster}' "
        "(meeting.cluster.name); the headline and the press report's lead print the title "
        "as written: make title (or the cluster's name) agree",
    ),
    "warning_comment_cut": (
        "{field}: phần sau dấu ' #' ({comment}) bị YAML bỏ đi vì coi là ghi chú, tài liệu "
        "chỉ in «{kept}». Nếu # là nội dung, hãy đặt cả câu trong ngoặc kép; nếu là ghi "
        "chú, hãy cách nó ra bằng hai dấu cách",
        "{field}: what follows ' #' ({comment}) is dropped by YAML as a comment; the "
        "documents print only «{kept}». If # belongs to the text, put the whole text in "
        "double quotes; if it is a comment, set it off with two spaces",
    ),
    "expected_text_colon": (
        "{field}: dấu hai chấm và dấu cách (': ') khiến YAML đọc dòng này thành một bảng "
        "chứ không phải một dòng chữ; hãy đặt cả dòng trong ngoặc kép: {fixed}",
        "{field}: a colon and a space (': ') make YAML read this line as a mapping, not a "
        "text; put the whole line in double quotes: {fixed}",
    ),
    "expected_text_braces": (
        "{field}: dòng chữ bắt đầu bằng '{{' bị YAML đọc thành bảng; hãy đặt cả dòng trong "
        "ngoặc kép: {fixed}",
        "{field}: a text that starts with '{{' is read by YAML as a mapping; put the whole "
        "line in double quotes: {fixed}",
    ),
    "expected_text": (
        "{field}: cần một dòng chữ, không phải danh sách hay bảng",
        "{field}: expected a text, not a list or a mapping",
    ),
    "empty_text": ("{field}: không được để trống", "{field}: must not be empty"),
    "name_for_id": (
        "{field}: '{value}' là họ tên; ở đây ghi mã của người đó trong attendees: '{id}'",
        "{field}: '{value}' is a name; write that person's id from attendees here: '{id}'",
    ),
    "bad_id": (
        "{field}: mã '{value}' chỉ được gồm chữ, số, '-', '_' và '.' (không dấu cách, không '/')",
        "{field}: the id '{value}' may only hold letters, digits, '-', '_' and '.' "
        "(no spaces, no '/')",
    ),
    "bad_id_hidden": (
        "; trong mã có ký tự ẩn {code} (không hiện ra; thường do sao chép từ trang web)",
        "; the id holds the hidden character {code} (it shows nothing; usually pasted from a "
        "web page)",
    ),
    "bad_id_fix": ("; hãy viết '{id}'", "; write '{id}'"),
    "text_too_long_field": (
        "{field}: quá dài (tối đa {limit} ký tự)",
        "{field}: too long (at most {limit} characters)",
    ),
    "expected_integer": (
        "{field}: '{value}' không phải số nguyên",
        "{field}: '{value}' is not a whole number",
    ),
    "expected_bool": (
        "{field}: '{value}' không đọc được; trường này viết true (có) hoặc false (không), "
        "bằng chữ tiếng Anh, không có ngoặc kép",
        "{field}: '{value}' cannot be read; write true (yes) or false (no) here, without quotes",
    ),
    "too_small": ("{field}: {value} nhỏ hơn {limit}", "{field}: {value} is below {limit}"),
    "too_large": ("{field}: {value} lớn hơn {limit}", "{field}: {value} is above {limit}"),
    "invalid_value": ("{field}: giá trị không hợp lệ ({detail})", "{field}: invalid ({detail})"),
    # cross-field checks
    "duplicate_id": (
        "mã '{id}' đã dùng ở dòng {line}; mỗi mã chỉ dùng một lần",
        "the id '{id}' is already used at line {line}; each id once",
    ),
    "unknown_speaker": (
        "người phát biểu '{id}' không có trong attendees.",
        "speaker '{id}' is not among the attendees.",
    ),
    "unknown_person": (
        "'{id}' không có trong attendees.",
        "'{id}' is not among the attendees.",
    ),
    "followup_year_not_before": (
        "{field}: năm {year} không phải năm của một hội nghị trước: hồ sơ này thuộc năm thi đua "
        "{work_year}, chỉ theo dõi được chỉ đạo của hội nghị các năm trước; hãy ghi năm của "
        "hội nghị đã giao chỉ đạo, hoặc bỏ 'year' khi đó là hội nghị năm trước",
        "{field}: {year} is not the year of an earlier meeting: this record is of the work year "
        "{work_year} and follows up directives of earlier meetings only; write the year of "
        "the meeting that gave the directive, or leave 'year' out for last year's",
    ),
    "followup_same_year_no_meeting": (
        "{field}: năm {year} là năm thi đua của chính hồ sơ này, mà không tìm thấy hồ sơ hội "
        "nghị nào của Cụm trong năm {year} họp trước hội nghị này (cùng thư mục hoặc thư mục "
        "lưu trữ); nếu chỉ đạo được giao tại hội nghị sơ kết trong năm, hãy ghi ngày của hội "
        "nghị ấy: meeting: NĂM-THÁNG-NGÀY (và để hồ sơ của nó cạnh hồ sơ này); nếu là hội "
        "nghị năm trước, hãy ghi year: {work_year_before}",
        "{field}: {year} is this record's own work year, and no record of a meeting of the "
        "cluster in {year} held before this one was found (same folder or archive); if the "
        "directive was given at a review meeting earlier in the year, write that meeting's "
        "date: meeting: YEAR-MONTH-DAY (and keep its record beside this one); if it was last "
        "year's meeting, write year: {work_year_before}",
    ),
    "followup_meeting_not_before": (
        "{field}: hội nghị ngày {date} không họp trước hội nghị này (ngày {own}); chỉ theo dõi "
        "được chỉ đạo của các hội nghị trước; hãy ghi ngày của hội nghị đã giao chỉ đạo",
        "{field}: the meeting of {date} is not before this one ({own}); only directives of "
        "earlier meetings can be followed up; write the date of the meeting that gave it",
    ),
    "followup_meeting_unknown": (
        "{field}: không có hồ sơ hội nghị ngày {date} của Cụm; các hội nghị trước có hồ sơ: "
        "{dates}. Hãy ghi đúng ngày của hội nghị đã giao chỉ đạo",
        "{field}: no record of the cluster's meeting of {date}; the earlier meetings with a "
        "record: {dates}. Write the date of the meeting that gave the directive",
    ),
    "followup_directive_of_meeting": (
        "Chỉ đạo '{id}' là của hội nghị ngày {date} ({file}): hãy ghi meeting: {iso} ở mục này.",
        "Directive '{id}' is of the meeting of {date} ({file}): write meeting: {iso} in this item.",
    ),
    "unknown_earlier_directive": (
        "chỉ đạo '{id}' không có trong directives của {file} (hồ sơ hội nghị trước).",
        "directive '{id}' is not among the directives of {file} (the earlier meeting's record).",
    ),
    "followup_year_from": (
        "Mục này không ghi year nên được coi là chỉ đạo năm {year}, năm của hội nghị trước "
        "({file}); nếu chỉ đạo được giao năm khác, hãy ghi year: NĂM.",
        "This item writes no year, so it is taken as a directive of {year}, the year of the "
        "previous meeting ({file}); if the directive was given another year, write year: YEAR.",
    ),
    "unknown_directive": (
        "chỉ đạo '{id}' không có trong directives.",
        "directive '{id}' is not among the directives.",
    ),
    "unknown_figure": (
        "số liệu {{{id}}} không có trong figures.",
        "figure {{{id}}} is not among the figures.",
    ),
    "honorific_conflict": (
        "'honorific' và 'gender' mâu thuẫn nhau; chỉ cần một trong hai",
        "'honorific' and 'gender' disagree; one of them is enough",
    ),
    "given_name_mismatch": (
        "'given_name' phải là phần cuối của họ và tên",
        "'given_name' must be the end of the full name",
    ),
    "duplicate_member": (
        "{noun} '{name}' có hai lần trong các thành viên của Cụm",
        "'{name}' is listed twice among the cluster's members",
    ),
    "absent_yet_acting": (
        "{name} được ghi '{attendance}' nhưng có việc ở hội nghị: {acts}. Người vắng không "
        "phát biểu, trình bày, chủ trì hay ký biên bản: hãy sửa attendance (bỏ dòng này nếu "
        "người ấy có mặt) hoặc ghi người khác ở các mục đó",
        "{name} is marked '{attendance}' but acts at the meeting: {acts}. An absent person "
        "does not speak, present, preside or sign the minutes: correct attendance (remove "
        "this line if the person was there) or name someone else in those fields",
    ),
    "absent_act_roles": ("vai trò {roles}", "the role {roles}"),
    "absent_act_speaks": ("phát biểu", "speaks"),
    "absent_act_presents": ("trình bày báo cáo", "presents the report"),
    "absent_act_presides": ("ký CHỦ TRÌ", "signs as presiding"),
    "absent_act_secretary": ("ký THƯ KÝ", "signs as secretary"),
    "member_kind_district_after": (
        "'huyện' (huyện, quận, thị xã, thành phố thuộc tỉnh) là cấp hành chính đã bỏ từ "
        "{since}: Cụm của hội nghị từ ngày đó gồm tỉnh, xã, phường hoặc đơn vị; hãy sửa "
        "member_kind và members theo đơn vị hành chính mới",
        "'huyện' (the district level) was abolished on {since}: a cluster meeting since then "
        "has provinces, communes and wards, or organisations; correct member_kind and members",
    ),
    "not_member": (
        "'{name}' không có trong các {noun} của Cụm ({members}).",
        "'{name}' is not a member of the cluster ({members}).",
    ),
    "members_written_at": (
        "(Thành viên Cụm lấy theo {file}:{line}.)",
        "(The cluster's members come from {file}:{line}.)",
    ),
    "membership_twice": (
        "mục này và mục ở dòng {line} cùng '{key}' mà ghi thành viên khác nhau; hãy giữ một "
        "mục, hoặc sửa '{key}' cho đúng thời điểm thay đổi",
        "this period and the one on line {line} have the same '{key}' but different "
        "members; keep one, or correct '{key}' to when the members changed",
    ),
    "province_unknown_suggest": (
        "{field}: '{name}' không phải tên tỉnh, thành phố nào. Có phải ý bạn là '{suggestion}'?",
        "{field}: '{name}' is not the name of a province or city. Did you mean '{suggestion}'?",
    ),
    "province_list_unbracketed": (
        "{field}: '{name}' là {count} tên viết liền trên một dòng nên được đọc thành một tên; "
        "một danh sách phải viết trong ngoặc vuông: [{name}] (hoặc mỗi tên một dòng, bắt đầu "
        "bằng '- ')",
        "{field}: '{name}' is {count} names on one line, so it is read as one name; a list "
        "is written in square brackets: [{name}] (or one name per line, each after '- ')",
    ),
    "province_lower_level": (
        "{field}: '{name}' là tên {kind}, không phải tỉnh, thành phố. Nếu các thành viên "
        "của Cụm là {kind}, hãy ghi meeting.cluster.member_kind cho đúng (ở giaoban.yaml "
        "hoặc trong hồ sơ)",
        "{field}: '{name}' names a {kind}, not a province or city. If the cluster's "
        "members are of that kind, set meeting.cluster.member_kind (in giaoban.yaml or "
        "in the record)",
    ),
    "warning_defaults_txt": (
        "tệp thiết lập chung có thêm đuôi .txt (Notepad thêm khi lưu với kiểu “Text "
        "Documents (*.txt)”, và Windows giấu đuôi này) nên giaoban không đọc tệp: các hồ "
        "sơ trong thư mục thiếu mọi mục ghi ở đó (Cụm, thành viên…); hãy đổi tên thành "
        "giaoban.yaml",
        "the shared settings file ends in .txt (Notepad adds it when saving as “Text "
        "Documents (*.txt)”, and Windows hides it), so giaoban does not read it: the "
        "records of the folder lack everything written there (cluster, members…); rename "
        "it giaoban.yaml",
    ),
    "province_unknown": (
        "{field}: '{name}' không phải tên tỉnh, thành phố nào vào ngày {date}.",
        "{field}: '{name}' is not the name of a province or city on {date}.",
    ),
    "province_merged": (
        "{field}: {name} được sáp nhập vào {into} từ {since} ({act}); "
        "hội nghị ngày {date} hãy viết '{new}'.",
        "{field}: {name} was merged into {into} on {since} ({act}); "
        "for a meeting on {date} write '{new}'.",
    ),
    "province_renamed": (
        "{field}: {name} trở thành {into} từ {since} ({act}); "
        "hội nghị ngày {date} hãy viết '{new}'.",
        "{field}: {name} became {into} on {since} ({act}); for a meeting on {date} write '{new}'.",
    ),
    "province_not_yet": (
        "{field}: {locality} có từ {since}; ngày {date} đơn vị này là {then_locality}, "
        "hãy viết '{then}'.",
        "{field}: {locality} exists from {since}; on {date} it was {then_locality}, "
        "write '{then}'.",
    ),
    "province_kind": (
        "{field}: '{name}': ngày {date} đây là {locality}; hãy viết tên không kèm 'tỉnh' "
        "hay 'thành phố'.",
        "{field}: '{name}': on {date} this is {locality}; write the name without "
        "'tỉnh' or 'thành phố'.",
    ),
    "province_merged_in_text": (
        "{field}: {name} được sáp nhập vào {into} từ {since} ({act}); "
        "hội nghị ngày {date} hãy viết '{new}' thay cho '{old}'.",
        "{field}: {name} was merged into {into} on {since} ({act}); "
        "for a meeting on {date} write '{new}' instead of '{old}'.",
    ),
    "province_renamed_in_text": (
        "{field}: {name} trở thành {into} từ {since} ({act}); "
        "hội nghị ngày {date} hãy viết '{new}' thay cho '{old}'.",
        "{field}: {name} became {into} on {since} ({act}); "
        "for a meeting on {date} write '{new}' instead of '{old}'.",
    ),
    "province_kind_twice": (
        "{field}: '{text}' ghi cấp hành chính hai lần; hãy viết '{fix}'.",
        "{field}: '{text}' says the kind of unit twice; write '{fix}'.",
    ),
    "end_before_start": (
        "giờ kết thúc phải sau giờ bắt đầu",
        "the end time must be after the start time",
    ),
    "meeting_year_mismatch": (
        "meeting.date: {date} không thuộc năm thi đua {year} (meeting.cluster.year): hội nghị "
        "của năm {year} họp trong năm {year} hoặc đầu năm {next}. Hãy sửa ngày họp, hoặc sửa "
        "năm thi đua nếu hội nghị là của năm khác",
        "meeting.date: {date} is outside the work year {year} (meeting.cluster.year): the "
        "conference of {year} meets in {year} or early {next}. Correct the date, or the work "
        "year if the conference belongs to another year",
    ),
    "vice_chair_is_chair": (
        "'{name}' vừa là Cụm trưởng ({at}) vừa là Cụm phó: hai nhiệm vụ của hai tỉnh khác "
        "nhau; hãy sửa chair hoặc vice_chair",
        "'{name}' is both the chair ({at}) and the vice-chair: two roles of two different "
        "members; correct chair or vice_chair",
    ),
    "handover_from_not_holder": (
        "{role} giao nhiệm vụ là '{given}', nhưng {role} năm {year} là '{holder}' ({field}, "
        "{at}): biên bản sẽ nêu hai {role} của một năm; hãy sửa một trong hai (thường là "
        "from: {holder})",
        "the {role} handing over is '{given}', but the {role} of {year} is '{holder}' "
        "({field}, {at}): the minutes would name two for one year; correct one of them "
        "(usually from: {holder})",
    ),
    "handover_role_twice": (
        "nhiệm vụ {role} năm {year} đã giao cho '{other}' ({at}): một năm chỉ có một {role}; "
        "hãy bỏ một mục, hoặc sửa role (Cụm trưởng, Cụm phó)",
        "the {role} of {year} is already handed to '{other}' ({at}): one {role} a year; "
        "remove one item or correct role (Cụm trưởng, Cụm phó)",
    ),
    "handover_to_both_roles": (
        "'{name}' đã nhận một nhiệm vụ khác của năm {year} ({at}): Cụm trưởng và Cụm phó là "
        "hai tỉnh khác nhau; hãy sửa to",
        "'{name}' already takes the other role of {year} ({at}): the chair and the "
        "vice-chair are two different members; correct to",
    ),
    "vote_over_all": (
        "tỷ lệ biểu quyết '{value}' vượt quá 100%: hãy ghi đúng kết quả (ví dụ '100%')",
        "the vote '{value}' is over 100%: write the real result (e.g. '100%')",
    ),
    "handover_year_early_review": (
        "{field}: năm nhận nhiệm vụ là {value}, chính năm của hội nghị ngày {date}, nên đây "
        "là hội nghị tổng kết năm {reviewed} họp đầu năm sau; hồ sơ không ghi năm thi đua, "
        "nên giaoban lấy năm của ngày họp ({value}): hãy ghi ở meeting.cluster dòng "
        "'year: {reviewed}' (năm thi đua), giữ nguyên năm nhận nhiệm vụ",
        "{field}: the handover year is {value}, the very year of the meeting of {date}, so "
        "this reviews {reviewed} early the next year; the record gives no work year, so "
        "giaoban takes the meeting's ({value}): write 'year: {reviewed}' under "
        "meeting.cluster (the work year) and keep the handover year",
    ),
    "handover_year_mismatch": (
        "{field}: năm nhận nhiệm vụ là {value}, nhưng hội nghị của năm thi đua {year} bàn "
        "giao cho năm {next}: hãy viết 'year: {next}'",
        "{field}: the handover year is {value}, but the conference of work year {year} hands "
        "over for {next}: write 'year: {next}'",
    ),
    # warnings (giaoban.record.warnings)
    "warning_label": ("cảnh báo", "warning"),
    "warning_for_records": (" (với hồ sơ {records})", " (for the record {records})"),
    "warning_records_more": ("{records} và {more} hồ sơ khác", "{records} and {more} more"),
    "warning_strict_label": (
        "cảnh báo, thành lỗi vì --strict",
        "warning, an error under --strict",
    ),
    "warning_decimal_count_thousands": (
        "{field}: {value} {unit} là số thập phân, nhưng '{unit}' là đơn vị đếm. Nếu dấu phẩy "
        "là phân cách hàng nghìn, hãy viết {whole}",
        "{field}: {value} {unit} is a decimal number, but '{unit}' counts whole things. If the "
        "comma separates thousands, write {whole}",
    ),
    "warning_decimal_count": (
        "{field}: {value} {unit} là số thập phân, nhưng '{unit}' là đơn vị đếm; hãy viết số "
        "nguyên (như {whole})",
        "{field}: {value} {unit} is a decimal number, but '{unit}' counts whole things; write a "
        "whole number (such as {whole})",
    ),
    "warning_label_repeats_unit": (
        "{field}: tên chỉ tiêu đã có đơn vị '{unit}', biên bản sẽ ghi lặp \"{text}\"; hãy bỏ "
        "đơn vị khỏi tên",
        "{field}: the label already holds the unit '{unit}', the documents would repeat it "
        '("{text}"); remove the unit from the label',
    ),
    "warning_date_far": (
        "{field}: {value} cách xa năm thi đua {year}; hãy kiểm tra năm",
        "{field}: {value} is far from the work year {year}; check the year",
    ),
    "warning_meeting_far_ahead": (
        "{field}: hội nghị ngày {value}, hơn một năm sau hôm nay; hãy kiểm tra năm",
        "{field}: a meeting on {value}, more than a year from today; check the year",
    ),
    "warning_year_ahead": (
        "{field}: số liệu năm {value}, sau năm thi đua {year}; hãy kiểm tra năm",
        "{field}: a figure for {value}, after the work year {year}; check the year",
    ),
    "warning_report_year_early_review": (
        "{field}: báo cáo năm {value}, nhưng hồ sơ không ghi năm thi đua (meeting.cluster."
        "year) nên giaoban lấy năm của ngày họp {date}: văn bản sẽ gọi đây là hội nghị năm "
        "{year} và giao nhiệm vụ Cụm trưởng năm {next}; nếu hội nghị tổng kết năm {value}, "
        "hãy ghi ở meeting.cluster 'year: {value}' (và năm nhận nhiệm vụ {year})",
        "{field}: the report is of {value}, but the record gives no work year (meeting."
        "cluster.year), so giaoban takes the year of the meeting of {date}: the documents "
        "will call it the {year} meeting and hand the chair over for {next}; if it reviews "
        "{value}, write 'year: {value}' under meeting.cluster (and the handover year {year})",
    ),
    "warning_directive_unspoken": (
        "{field}: chỉ đạo '{id}' không nằm trong đoạn phát biểu nào (directives của một đoạn "
        "trong speeches): biên bản ghi nó ở mục 'Các ý kiến chỉ đạo, đề nghị khác', tin bài "
        "ghi nó là ý kiến tại hội nghị, cả hai không nêu người đề nghị{hint}",
        "{field}: the directive '{id}' is in no speech paragraph (the directives of a "
        "paragraph in speeches): the minutes put it under 'other directives', the press "
        "report among the meeting's other requests, neither saying who asked it{hint}",
    ),
    "warning_directive_add_to": (
        "; hãy thêm mã của nó vào directives của một đoạn ở speeches, mục {speech} (người đề nghị)",
        "; add its id to the directives of a paragraph of speeches, item {speech} (its issuer)",
    ),
    "warning_directive_give_id": (
        "; hãy đặt cho nó một id và thêm id đó vào directives của đoạn phát biểu đã nêu nó",
        "; give it an id and add that id to the directives of the paragraph that asked it",
    ),
    "warning_directive_issuer_not_speaker": (
        "{field}: chỉ đạo '{id}' ghi issuer '{issuer}', nhưng nằm trong đoạn phát biểu của "
        "'{speaker}' (speeches, mục {speech}): cả hai văn bản ghi '{speaker}' đề nghị, còn "
        "giaoban followup và diff theo issuer; hãy sửa một trong hai",
        "{field}: the directive '{id}' gives issuer '{issuer}' but is listed in a paragraph "
        "of '{speaker}' (speeches, item {speech}): both documents have '{speaker}' ask it, "
        "while giaoban followup and diff go by the issuer; correct one of them",
    ),
    "warning_report_year": (
        "{field}: báo cáo năm {value}, nhưng năm thi đua là {year}; hãy kiểm tra năm",
        "{field}: a report of {value}, but the work year is {year}; check the year",
    ),
    "warning_organisation_spelling": (
        "{field}: '{text}' gần giống '{form}', một trong năm tổ chức chính trị - xã hội trực "
        "thuộc Mặt trận; hãy kiểm tra chính tả",
        "{field}: '{text}' is close to '{form}', one of the five socio-political "
        "organisations under the Front; check the spelling",
    ),
    "warning_followup_year_assumed": (
        "{field}: không ghi năm (year) của hội nghị đã giao chỉ đạo, và cạnh hồ sơ không có "
        "hồ sơ hội nghị nào trước của Cụm; coi là năm {year}. Nếu chỉ đạo được giao năm "
        "khác, hãy ghi year: NĂM (ví dụ year: {year})",
        "{field}: no year of the meeting that gave the directive, and no record of the "
        "cluster's earlier meetings beside this one; {year} is assumed. If the directive was "
        "given another year, write year: YEAR (for example year: {year})",
    ),
    "warning_followup_status": (
        "{field}: chưa điền kết quả thực hiện chỉ đạo '{id}' (đã hoàn thành, đang thực hiện, "
        "chưa thực hiện hoặc không còn phù hợp); văn bản chỉ in những gì đã ghi",
        "{field}: the status of directive '{id}' is not filled in (đã hoàn thành, đang thực "
        "hiện, chưa thực hiện or không còn phù hợp); the documents print only what is written",
    ),
    "warning_year_review_early": (
        "{field}: hội nghị tổng kết năm (kind: tổng kết, period: năm) họp ngày {date}, trước "
        "quý IV của năm thi đua {year}, khi năm chưa hết; hội nghị giữa năm thường là sơ kết "
        "(kind: sơ kết, period: 6 tháng đầu năm). Nếu đây là hội nghị tổng kết năm {before} "
        "họp đầu năm {year}, hãy ghi cluster.year: {before}",
        "{field}: a year's review (kind: tổng kết, period: năm) held on {date}, before the "
        "last quarter of the work year {year}, which has not ended; a mid-year meeting is "
        "usually a sơ kết (kind: sơ kết, period: 6 tháng đầu năm). If this is the review of "
        "{before} held early in {year}, write cluster.year: {before}",
    ),
    "warning_half_year_review_early": (
        "{field}: hội nghị sơ kết 6 tháng đầu năm {year} họp ngày {date}, khi 6 tháng đầu "
        "năm còn chưa qua; hãy ghi đúng kỳ (period) hoặc đúng ngày họp (meeting.date)",
        "{field}: a review of the first six months of {year} held on {date}, before those "
        "months are over; write the right period (period) or the meeting's date "
        "(meeting.date)",
    ),
    "warning_continues_unknown": (
        "{field}: '{id}' không phải mã chỉ đạo nào của hội nghị trước của Cụm ({file}, ngày "
        "{date}), nên giaoban diff và followup coi chỉ đạo này là mới, không nối với chỉ đạo "
        "nào; hãy ghi mã của chỉ đạo được tiếp nối: {known}",
        "{field}: '{id}' is no directive id of the cluster's previous meeting ({file}, "
        "{date}), so giaoban diff and followup take this directive for a new one, linked to "
        "none; write the id of the directive it continues: {known}",
    ),
    "warning_followup_text_unmatched": (
        "{field}: nội dung này không khớp với chỉ đạo nào của {file} (hội nghị năm {year}); "
        "ghi 'directive' (mã chỉ đạo) hoặc chép đúng nội dung chỉ đạo",
        "{field}: this text matches no directive of {file} (the {year} meeting); write "
        "'directive' (its id) or copy the directive's text",
    ),
    "new_followup": (
        "Kết quả thực hiện các chỉ đạo năm {year}: điền status (đã hoàn thành, đang thực "
        "hiện, chưa thực hiện, không còn phù hợp) và result; xóa mục không cần theo dõi",
        "Results of the {year} directives: fill in status (đã hoàn thành, đang thực hiện, "
        "chưa thực hiện, không còn phù hợp) and result; delete an item not to follow up",
    ),
    "new_followup_meeting": (
        "Kết quả thực hiện các chỉ đạo của hội nghị ngày {date} và các chỉ đạo trước đó chưa "
        "hoàn thành: điền status (đã hoàn thành, đang thực hiện, chưa thực hiện, không còn phù "
        "hợp) và result; xóa mục không cần theo dõi",
        "Results of the directives of the meeting of {date} and of earlier ones not finished: "
        "fill in status (đã hoàn thành, đang thực hiện, chưa thực hiện, không còn phù hợp) and "
        "result; delete an item not to follow up",
    ),
    "new_followup_renews": (
        "tiếp nối chỉ đạo '{id}' năm {year}",
        "continues directive '{id}' of {year}",
    ),
    "new_followup_renews_open": (
        "(hội nghị năm {reported} ghi: {status}); điền kết quả chung ở mục này",
        "(the {reported} meeting said: {status}); fill in one result for both here",
    ),
    "warning_brace_opens_no_figure": (
        "{field}: “{text}”: dấu {{ này không mở số liệu nào (thiếu dấu }} hoặc mã có dấu "
        "cách), biên bản và tin bài sẽ in nguyên văn; số liệu trích viết mã trong ngoặc "
        "nhọn, liền nhau: {{{example}}}",
        "{field}: “{text}”: this {{ opens no figure (a }} is missing, or the id has a "
        "space), the minutes and the press report would print it as written; quote a "
        "figure by its id in braces: {{{example}}}",
    ),
    "warning_cluster_without_defaults": (
        "{field}: Cụm chưa có tên và danh sách thành viên, và không có tệp {name} (thiết "
        "lập chung) nào ở thư mục của hồ sơ hay thư mục trên; biên bản và tin bài sẽ thiếu "
        "tên Cụm, các tỉnh của Cụm và những gì tệp đó thường ghi (đơn vị tổ chức, nơi "
        "nhận). Nếu hồ sơ được chép ra khỏi thư mục cũ, hãy chép cả {name} theo; hoặc ghi "
        "meeting.cluster.name và members trong hồ sơ",
        "{field}: the cluster has neither a name nor members, and there is no {name} "
        "(defaults file) in the record's folder or above it; the minutes and the press "
        "report will lack the cluster's name and provinces and what that file usually "
        "gives (organiser, recipients). If the record was copied out of its folder, copy "
        "{name} with it; or write meeting.cluster.name and members in the record",
    ),
    "warning_unprinted_field": (
        "{field}: biên bản và tin bài không in '{name}' và không lệnh nào dùng nó; bỏ đi, "
        "hoặc dùng nó trong mẫu riêng (minutes.template, press.template)",
        "{field}: neither the minutes nor the press report print '{name}', and no command "
        "uses it; remove it, or use it in a template of your own (minutes.template, "
        "press.template)",
    ),
    "warning_part_of_day_unknown": (
        "{field}: tin mở đầu bằng buổi (Sáng, Chiều) chỉ khi hồ sơ có meeting.start hoặc "
        "meeting.part_of_day; hãy ghi một trong hai",
        "{field}: the lead opens with the part of the day (Sáng, Chiều) only when the record "
        "gives meeting.start or meeting.part_of_day; give one of them",
    ),
    "warning_text_capitals": (
        "{field}: '{text}' viết toàn chữ in hoa, và văn bản in đúng như vậy; giaoban không "
        "đoán được chữ hoa của tên riêng, hãy viết chữ thường, hoa chữ đầu và tên riêng: "
        "'{proposal}'",
        "{field}: '{text}' is typed in capitals, and the documents print it so; giaoban "
        "cannot guess the capitals of proper names: write it in lower case with capitals for "
        "the first letter and proper names: '{proposal}'",
    ),
    "warning_text_lower_case": (
        "{field}: '{text}' viết toàn chữ thường, cả tên riêng, và văn bản in đúng như vậy; "
        "hãy viết hoa tên riêng: '{proposal}'",
        "{field}: '{text}' is typed all in lower case, proper names too, and the documents "
        "print it so; write proper names with capitals: '{proposal}'",
    ),
    "warning_letterhead_no_host": (
        "{field}: hồ sơ không ghi đơn vị đăng cai (meeting.host), nên tiêu đề biên bản chỉ ghi "
        "'ỦY BAN MTTQ VIỆT NAM / BAN THƯỜNG TRỰC', không nêu cơ quan ban hành; hãy ghi "
        "host: Ủy ban Mặt trận Tổ quốc Việt Nam {unit} … (hoặc minutes.letterhead.parent)",
        "{field}: the record names no host (meeting.host), so the minutes' letterhead reads "
        "only 'ỦY BAN MTTQ VIỆT NAM / BAN THƯỜNG TRỰC', naming no issuing body; write "
        "host: Ủy ban Mặt trận Tổ quốc Việt Nam {unit} … (or minutes.letterhead.parent)",
    ),
    "warning_letterhead_host_not_mttq": (
        "{field}: '{host}' không phải Ủy ban Mặt trận của một tỉnh, xã hay phường, nên tiêu đề "
        "biên bản chỉ ghi 'ỦY BAN MTTQ VIỆT NAM / BAN THƯỜNG TRỰC'; hãy ghi tiêu đề đúng của "
        "cơ quan ban hành ở minutes.letterhead (parent, issuer)",
        "{field}: '{host}' is not the Front committee of a province, commune or ward, so the "
        "minutes' letterhead reads only 'ỦY BAN MTTQ VIỆT NAM / BAN THƯỜNG TRỰC'; write the "
        "issuing body's own letterhead in minutes.letterhead (parent, issuer)",
    ),
    "warning_member_kind_unsaid": (
        "{field}: tên các thành viên không cho biết xã hay phường, nên văn bản sẽ ghi "
        "'{count} xã, phường'; nếu Cụm chỉ gồm xã, hãy ghi member_kind: xã (chỉ gồm phường: "
        "member_kind: phường), hoặc ghi tên kèm cấp ('xã {example}')",
        "{field}: the members' names do not say whether they are communes (xã) or wards "
        "(phường), so the documents will say '{count} xã, phường'; if the cluster holds only "
        "communes write member_kind: xã (only wards: member_kind: phường), or name each with "
        "its kind ('xã {example}')",
    ),
    "warning_member_kind_contradicted": (
        "{field}: '{name}' là {named}, nhưng member_kind ghi '{kind}'; hãy sửa member_kind "
        "(ghi 'xã, phường' khi Cụm có cả xã và phường) hoặc tên thành viên",
        "{field}: '{name}' is a {named}, but member_kind says '{kind}'; correct member_kind "
        "(write 'xã, phường' when the cluster holds both) or the member's name",
    ),
    "warning_defaults_other_cluster": (
        "{field}: hồ sơ thuộc Cụm '{cluster}', nhưng {defaults} ghi Cụm '{other}': tệp đó "
        "không áp dụng cho hồ sơ này (thành viên, đơn vị tổ chức, nơi nhận… của nó là của Cụm "
        "kia). Hãy để hồ sơ của mỗi Cụm trong một thư mục riêng, mỗi thư mục một giaoban.yaml; "
        "thiết lập chung cho mọi Cụm thì ghi trong giaoban.yaml không có cluster.name",
        "{field}: the record is of the cluster '{cluster}', but {defaults} names the cluster "
        "'{other}': that file does not apply to this record (its members, organiser, "
        "recipients… are the other cluster's). Keep each cluster's records in a folder of their "
        "own with their own giaoban.yaml; put settings shared by every cluster in a "
        "giaoban.yaml without cluster.name",
    ),
    "warning_title_year": (
        "{field}: tên hội nghị nêu năm {years}, mà hồ sơ là của năm thi đua {year} "
        "(meeting.cluster.year); nếu tên được chép từ hồ sơ năm trước, hãy sửa năm trong tên",
        "{field}: the meeting's title names the year {years}, while the record is of the work "
        "year {year} (meeting.cluster.year); if the title was copied from last year's record, "
        "correct its year",
    ),
    "warning_duplicate_meeting": (
        "{field}: hồ sơ này và {first} ghi cùng một hội nghị (Cụm {cluster}, ngày {date}); "
        "bản tổng hợp năm chỉ tính {first}. Nếu đây là bản sao, hãy xóa hoặc chuyển nó ra "
        "khỏi thư mục hồ sơ",
        "{field}: this record and {first} write the same meeting (cluster {cluster}, {date}); "
        "the year summary counts {first} only. If this one is a copy, delete it or move it out "
        "of the records' folder",
    ),
    "warning_duplicate_meeting_unnamed": (
        "{field}: hồ sơ này và {first} ghi cùng một hội nghị (ngày {date}, không nêu tên "
        "Cụm); bản tổng hợp năm chỉ tính {first}. Nếu đây là bản sao, hãy xóa hoặc chuyển nó "
        "ra khỏi thư mục hồ sơ",
        "{field}: this record and {first} write the same meeting ({date}, no cluster named); "
        "the year summary counts {first} only. If this one is a copy, delete it or move it out "
        "of the records' folder",
    ),
    "warning_duplicate_meeting_differs": (
        "{field}: hồ sơ này và {first} ghi cùng một hội nghị (Cụm {cluster}, ngày {date}) "
        "nhưng nội dung khác nhau; bản tổng hợp năm chỉ tính {first}, những gì chỉ hồ sơ này "
        "ghi không được dùng. Hãy so sánh hai tệp, chép phần đúng vào một tệp, rồi mới chuyển "
        "tệp kia ra khỏi thư mục hồ sơ",
        "{field}: this record and {first} write the same meeting (cluster {cluster}, {date}) "
        "but their content differs; the year summary counts {first} only, and what only this "
        "record writes is not used. Compare the two files, bring what is right into one, and "
        "only then move the other out of the records' folder",
    ),
    "warning_duplicate_meeting_unnamed_differs": (
        "{field}: hồ sơ này và {first} ghi cùng một hội nghị (ngày {date}, không nêu tên Cụm) "
        "nhưng nội dung khác nhau; bản tổng hợp năm chỉ tính {first}, những gì chỉ hồ sơ này "
        "ghi không được dùng. Hãy so sánh hai tệp, chép phần đúng vào một tệp, rồi mới chuyển "
        "tệp kia ra khỏi thư mục hồ sơ",
        "{field}: this record and {first} write the same meeting ({date}, no cluster named) "
        "but their content differs; the year summary counts {first} only, and what only this "
        "record writes is not used. Compare the two files, bring what is right into one, and "
        "only then move the other out of the records' folder",
    ),
    "duplicate_meeting_left_out_differs": (
        "{field}: hồ sơ này và {first} ghi cùng một hội nghị (Cụm {cluster}, ngày {date}) "
        "nhưng nội dung khác nhau; chỉ dùng {first}, những gì chỉ hồ sơ này ghi không được "
        "dùng. Hãy so sánh hai tệp, chép phần đúng vào một tệp, rồi mới chuyển tệp kia ra "
        "khỏi thư mục hồ sơ",
        "{field}: this record and {first} write the same meeting (cluster {cluster}, {date}) "
        "but their content differs; only {first} is used, and what only this record writes "
        "is not. Compare the two files, bring what is right into one, and only then move the "
        "other out of the records' folder",
    ),
    "duplicate_meeting_left_out": (
        "{field}: hồ sơ này và {first} ghi cùng một hội nghị (Cụm {cluster}, ngày {date}); "
        "chỉ dùng {first}. Nếu đây là bản sao, hãy xóa hoặc chuyển nó ra khỏi thư mục hồ sơ",
        "{field}: this record and {first} write the same meeting (cluster {cluster}, {date}); "
        "only {first} is used. If this one is a copy, delete it or move it out of the "
        "records' folder",
    ),
    "warning_meeting_late": (
        "{field}: hội nghị ngày {date} đã qua quý I năm {next}, mà năm công tác (cluster.year) "
        "là {year}; hội nghị về năm {year} thường họp trong năm hoặc đầu năm {next}. Nếu đây "
        "là hội nghị năm {next}, hãy ghi cluster.year: {next}",
        "{field}: the meeting of {date} is past the first quarter of {next}, but the work year "
        "(cluster.year) is {year}; a meeting about {year} is held in it or early in {next}. If "
        "this is the {next} meeting, write cluster.year: {next}",
    ),
    "warning_member_is_province": (
        "{field}: '{name}' là tên {unit}, nhưng Cụm gồm các {kind} (member_kind: {kind}); "
        "có thể danh sách thành viên được chép từ Cụm khác: hãy ghi tên các {kind} của Cụm",
        "{field}: '{name}' is the name of a {unit}, but the cluster's members are {kind} "
        "(member_kind: {kind}); the list may come from another cluster: write this cluster's "
        "members",
    ),
    "warning_name_honorific_contradicts": (
        "{field}: tên được ghi kèm '{word}' nhưng honorific (hoặc gender) là '{honorific}'; "
        "văn bản in '{honorific}'. Nếu '{word}' mới đúng, hãy sửa honorific",
        "{field}: the name was written with '{word}' but honorific (or gender) says "
        "'{honorific}'; the documents say '{honorific}'. If '{word}' is right, correct "
        "honorific",
    ),
    "warning_cluster_role_title": (
        "{field}: chức danh {role} của một đại biểu {delegation}, nhưng {role} năm {year} "
        "là {holder} (meeting.cluster.{key}): biên bản sẽ nêu hai {role}; nếu chức danh "
        "là của năm trước, hãy bỏ nó, nếu không hãy sửa meeting.cluster.{key}",
        "{field}: a {role} title for a delegate of {delegation}, but the {role} of {year} is "
        "{holder} (meeting.cluster.{key}): the minutes would name two; if the title is last "
        "year's, remove it, else correct meeting.cluster.{key}",
    ),
    "warning_name_honorific_or_surname": (
        "{field}: tên bắt đầu bằng '{word}': nếu đó là danh xưng, hãy ghi name: {rest} và "
        "honorific: {honorific} (văn bản tự thêm danh xưng); nếu đó là họ, giữ nguyên",
        "{field}: the name begins with '{word}': if that is the honorific, write name: "
        "{rest} and honorific: {honorific} (the documents add it); if it is the surname, "
        "keep it",
    ),
    "warning_same_name_twice": (
        "{field}: '{name}' đã có ở attendees, mục {first}, với thông tin khác; nếu là một "
        "người, hãy gộp thành một mục (roles: [{roles}]), nếu không văn bản sẽ giới thiệu "
        "hai lần",
        "{field}: '{name}' is already in attendees, item {first}, with other details; if it "
        "is one person, merge them into one item (roles: [{roles}]), or the documents "
        "introduce them twice",
    ),
    "warning_district_title": (
        "{field}: '{unit}' thuộc cấp huyện, đã kết thúc hoạt động từ 01/7/2025 (Nghị quyết "
        "203/2025/QH15); hội nghị ngày {date} hãy ghi chức vụ hiện nay, hoặc 'nguyên …' nếu "
        "đó là chức vụ cũ",
        "{field}: '{unit}' is of the district level, which ended on 01/7/2025 (Nghị quyết "
        "203/2025/QH15); for a meeting on {date} write the current post, or 'nguyên …' if it "
        "is a former one",
    ),
    "warning_town_gone": (
        "{field}: '{unit}': từ 01/7/2025 không còn thị trấn, cấp xã chỉ gồm xã, phường, đặc "
        "khu (Nghị quyết 203/2025/QH15; Luật Tổ chức chính quyền địa phương 72/2025/QH15); "
        "hội nghị ngày {date} hãy ghi xã hoặc phường hiện nay (chức vụ cũ thì ghi 'nguyên …')",
        "{field}: '{unit}': there are no towns (thị trấn) since 01/7/2025, the commune "
        "level is xã, phường and đặc khu only (Nghị quyết 203/2025/QH15; Luật Tổ chức chính "
        "quyền địa phương 72/2025/QH15); for a meeting on {date} name today's xã or phường "
        "(a former post: 'nguyên …')",
    ),
    "warning_district_level": (
        "{field}: '{unit}' là đơn vị cấp huyện, đã kết thúc hoạt động từ 01/7/2025 (Nghị quyết "
        "203/2025/QH15); hội nghị ngày {date} hãy ghi xã, phường hoặc tỉnh, thành phố",
        "{field}: '{unit}' is a district-level unit, which ended on 01/7/2025 (Nghị quyết "
        "203/2025/QH15); for a meeting on {date} name the commune, ward, province or city",
    ),
    # summary labels (giaoban show)
    "label_date": ("Ngày", "Date"),
    "label_time": ("Thời gian", "Time"),
    "label_place": ("Địa điểm", "Place"),
    "label_organiser": ("Tổ chức", "Organiser"),
    "label_cluster": ("Cụm thi đua", "Cluster"),
    "label_attendees": ("Đại biểu", "Attendees"),
    "label_speeches": ("Phát biểu", "Speeches"),
    "label_directives": ("Chỉ đạo", "Directives"),
    "label_followup": ("Kết quả chỉ đạo trước", "Follow-ups"),
    "label_followup_unfilled": ("chưa điền", "not filled in"),
    "label_figure": ("Số liệu", "Figure"),
    "label_priorities": ("Trọng tâm năm {year}", "Priorities for {year}"),
    "label_handover": ("Bàn giao", "Handover"),
    "label_from": ("nhận từ", "from"),
    "label_defaults": ("Tệp mặc định", "Defaults files"),
    "label_defaults_none": ("không có", "none"),
    "show_title": ("{name}", "{title}, {year}"),
    # giaoban new
    "new_header": (
        "Hồ sơ hội nghị cho giaoban. Kiểm tra: giaoban validate <tệp>",
        "A giaoban meeting record. Check it with: giaoban validate <file>",
    ),
    "new_date_before_source": (
        "--date: ngày {date} không sau hội nghị {previous} (ngày {last}) mà hồ sơ mới tiếp "
        "nối; hãy kiểm tra lại năm (hồ sơ mới là hội nghị sau hội nghị đó)",
        "--date: {date} is not after the meeting {previous} ({last}) the new record follows; "
        "check the year (the new record is a later meeting)",
    ),
    "new_date_guessed": (
        "ngày đặt tạm (cùng ngày năm trước): hãy sửa thành ngày họp thật",
        "a placeholder (the same day a year later): write the real date of the meeting",
    ),
    "new_date_guessed_today": (
        "ngày đặt tạm (hôm nay): hãy sửa thành ngày họp thật",
        "a placeholder (today): write the real date of the meeting",
    ),
    "new_date_guessed_same_year": (
        "ngày đặt tạm (tháng 12 cùng năm công tác): hãy sửa thành ngày họp thật",
        "a placeholder (December of the same work year): write the real date of the meeting",
    ),
    "new_mid_year_said": (
        "{record}: hội nghị họp trước quý IV của năm thi đua {year}, sau một hội nghị tổng "
        "kết năm, nên hồ sơ mới ghi là hội nghị {kind} {period} {year} (meeting.kind, "
        "meeting.period, meeting.title); nếu không phải, hãy sửa",
        "{record}: the meeting is held before the last quarter of the work year {year}, after "
        "a year's review, so the new record is written as the {kind} {period} {year} meeting "
        "(meeting.kind, meeting.period, meeting.title); if it is not, correct them",
    ),
    "new_early_year_said": (
        "{record}: hội nghị họp ngày {date}, đầu năm thi đua, sau hội nghị tổng kết năm "
        "{reviewed}; hồ sơ mới chép loại và tên hội nghị tổng kết: hãy ghi đúng loại hội "
        "nghị (meeting.kind: giao ban, ký kết giao ước thi đua …) và tên (meeting.title)",
        "{record}: the meeting is held on {date}, early in the work year, after the review "
        "of {reviewed}; the new record copies the review's kind and title: write the "
        "meeting's own kind (meeting.kind: giao ban, ký kết giao ước thi đua …) and title "
        "(meeting.title)",
    ),
    "new_date_guessed_same_year_said": (
        "{record}: hồ sơ trước sơ kết một phần năm {year}, nên hồ sơ mới là hội nghị {kind} "
        "{period} {year} (meeting.kind, meeting.period, cluster.year); meeting.date đặt tạm là "
        "{date}: hãy sửa thành ngày họp thật, hoặc cho ngày ngay: --date NGÀY",
        "{record}: the previous record reviewed part of {year}, so the new one is the {kind} "
        "{period} {year} meeting (meeting.kind, meeting.period, cluster.year); meeting.date is "
        "a placeholder, {date}: write the real date, or give it at once: --date DATE",
    ),
    "new_date_guessed_said": (
        "{record}: meeting.date đặt tạm là {date} (cùng ngày với hội nghị trước, năm sau); "
        "hãy sửa thành ngày họp thật, hoặc cho ngày ngay: --date NGÀY",
        "{record}: meeting.date is a placeholder, {date} (the day of the previous meeting, a "
        "year later); write the real date, or give it at once: --date DATE",
    ),
    "new_from": (
        "Tạo từ {previous}: Cụm, các thành viên và Cụm trưởng mới được chuyển sang; "
        "hãy điền phần còn lại",
        "Made from {previous}: the cluster, its members and the new chair carried over; fill in "
        "the rest",
    ),
    "new_province_changed": (
        "{old} → {new}: từ {since} thuộc {into} (sắp xếp đơn vị hành chính)",
        "{old} → {new}: part of {into} from {since} (administrative reorganisation)",
    ),
    "new_province_renamed": (
        "{old} → {new}: từ {since} là {into}",
        "{old} → {new}: became {into} on {since}",
    ),
    "new_defaults_header": (
        "Tệp mặc định cho các hồ sơ trong thư mục này, chép từ {sources} khi tạo hồ sơ mới",
        "Defaults for the records in this folder, copied from {sources} by giaoban new",
    ),
    "new_carried": (
        "{sources} không áp dụng ở thư mục mới, nên các mục chung của nó được chép vào "
        "{target}: {keys}",
        "{sources} does not apply in the new folder, so its shared settings were copied into "
        "{target}: {keys}",
    ),
    "new_handover_unsure": (
        "Cụm trưởng, Cụm phó dưới đây do {previous} bàn giao cho năm {handed}; năm {year} "
        "có thể đã khác: hãy kiểm tra chair, vice_chair, place và host",
        "the chair and vice-chair below were handed over by {previous} for {handed}; they "
        "may differ in {year}: check chair, vice_chair, place and host",
    ),
    "new_vice_chair_merged": (
        "Cụm trưởng và Cụm phó được bàn giao nay cùng thuộc {name} (sắp xếp đơn vị hành "
        "chính): hãy ghi Cụm phó mà Cụm đã chọn",
        "the chair and vice-chair handed over are now both part of {name} (administrative "
        "reorganisation): write the vice-chair the cluster chose",
    ),
    "new_title_dates_kept": (
        "{record}: tên hội nghị chép từ hồ sơ trước, các năm trong tên đã được đổi theo năm "
        "công tác, nhưng ngày {dates} thì giữ nguyên: hãy sửa meeting.title nếu cần",
        "{record}: the meeting's title comes from the previous record, its years moved to the "
        "work year, but the date {dates} is kept as it was: correct meeting.title if needed",
    ),
    "new_handover_unsure_said": (
        "{record}: năm công tác {year} theo --date; hồ sơ trước bàn giao Cụm trưởng cho năm "
        "{handed}, không có hồ sơ năm giữa: hãy kiểm tra Cụm trưởng, nơi họp và đơn vị đăng "
        "cai (chair, place, host)",
        "{record}: work year {year} from --date; the previous record handed the chair over for "
        "{handed}, and there is no record in between: check the chair, the place and the host "
        "(chair, place, host)",
    ),
    "new_defaults_would_cover": (
        "không ghi giaoban.yaml vào {folder}: tệp đó sẽ áp dụng cả cho {other} và mọi hồ sơ "
        "khác trong thư mục ấy; muốn dùng chung thì tạo hồ sơ mới trong một thư mục riêng",
        "no giaoban.yaml written in {folder}: it would also apply to {other} and every other "
        "record there; to share the settings, make the new record in a folder of its own",
    ),
    "members_merged": (
        "{old} nay thuộc {into} (sáp nhập từ {since})",
        "{old} now part of {into} (merged on {since})",
    ),
    "members_renamed": (
        "{old} nay là {into} (từ {since})",
        "{old} is now {into} (since {since})",
    ),
    "members_districts_ended": (
        "{names} không còn từ {since} (kết thúc cấp huyện)",
        "{names} no longer exist since {since} (the district level ended)",
    ),
    "members_left": ("{name} rời Cụm", "{name} left the cluster"),
    "members_joined": ("{name} vào Cụm", "{name} joined the cluster"),
    "members_heading": ("Thành viên Cụm: {changes}", "Cluster members: {changes}"),
    "new_continues": (
        "Mã chỉ đạo của hội nghị trước, dùng cho 'continues'",
        "The previous meeting's directive ids, for 'continues'",
    ),
    # command line
    "summary_ok": (
        "{files} tệp hợp lệ.",
        "{files} file(s) valid.",
    ),
    "summary_ok_warnings": (
        "{files} tệp hợp lệ, {warnings} cảnh báo.",
        "{files} file(s) valid, {warnings} warning(s).",
    ),
    "summary_ok_defaults": (
        "{records} hồ sơ và {defaults} tệp thiết lập chung ({name}) hợp lệ.",
        "{records} record(s) and {defaults} defaults file(s) ({name}) valid.",
    ),
    "summary_ok_defaults_warnings": (
        "{records} hồ sơ và {defaults} tệp thiết lập chung ({name}) hợp lệ, {warnings} cảnh báo.",
        "{records} record(s) and {defaults} defaults file(s) ({name}) valid, {warnings} "
        "warning(s).",
    ),
    "summary_problems_all": (
        "{problems} lỗi trong {bad} tệp.",
        "{problems} problem{s} in {bad} file{bs}.",
    ),
    "summary_problems": (
        "{problems} lỗi ở {bad} tệp, trong {files} tệp đã kiểm tra.",
        "{problems} problem{s} in {bad} of {files} files checked.",
    ),
    "no_records": (
        "không tìm thấy tệp .yaml nào trong {path}",
        "no .yaml file found in {path}",
    ),
    "path_missing": ("{path}: không tồn tại", "{path}: does not exist"),
    "valid_file": ("{path}: hợp lệ", "{path}: valid"),
    "invalid_file": ("{path}: có lỗi", "{path}: has problems"),
    "defaults_from_above": (
        "{file} (ngoài {paths}) cũng áp dụng cho {count} hồ sơ đã kiểm tra",
        "{file} (outside {paths}) also applies to {count} of the records checked",
    ),
    "defaults_applied": ("tệp mặc định: {files}", "defaults files: {files}"),
    "unexpected": (
        "lỗi không mong đợi: {error}. Hãy chạy lại với --debug và gửi kết quả cho người "
        "phụ trách kỹ thuật.",
        "unexpected error: {error}. Run again with --debug and send the output to your "
        "technical contact.",
    ),
    "cwd_gone": (
        "thư mục hiện tại không còn nữa (đã bị xóa, đổi tên hoặc rút ổ USB); hãy chuyển sang "
        "thư mục hồ sơ (cd …) rồi chạy lại",
        "the current folder no longer exists (deleted, renamed or its USB drive removed); "
        "change to the records' folder (cd …) and run again",
    ),
    "interrupted": ("đã dừng theo yêu cầu.", "interrupted."),
    # the resident giaoban (giaoban.resident)
    "resident_lost": (
        "tiến trình giaoban chạy nền đã dừng giữa chừng nên lệnh có thể chưa làm xong; hãy "
        "chạy lại lệnh (GIAOBAN_RESIDENT=0 thì giaoban không dùng tiến trình chạy nền).",
        "the resident giaoban process stopped midway, so the command may not have finished; "
        "run it again (GIAOBAN_RESIDENT=0 keeps giaoban from using a resident process).",
    ),
    "resident_used": (
        "giaoban: lệnh do tiến trình chạy nền (pid {pid}) thực hiện",
        "giaoban: the command ran in the resident process (pid {pid})",
    ),
    "resident_not_used": (
        "giaoban: lệnh chạy trong tiến trình này, không qua tiến trình chạy nền: {reason}",
        "giaoban: the command runs in this process, not the resident one: {reason}",
    ),
    "resident_why_command": ("lệnh {detail} luôn chạy trực tiếp", "{detail} always runs here"),
    "resident_why_unsafe": (
        "{detail} không phải thư mục (hay socket) riêng của người dùng này nên không dùng",
        "{detail} is not this user's private folder (or socket), so it is not used",
    ),
    "resident_why_absent": (
        "chưa có tiến trình chạy nền; lệnh xong sẽ khởi động một tiến trình cho lần sau",
        "no resident process yet; one is started for next time once the command is done",
    ),
    "resident_why_error": ("không kết nối được ({detail})", "could not connect ({detail})"),
    "written": ("đã ghi {path}", "wrote {path}"),
    "format_pdf_is_an_option": (
        "'{value}' không phải dạng của tin bài; PDF của mọi tài liệu Word (cả biên bản) "
        "làm bằng --pdf (hoặc --pdfa để lưu trữ lâu dài).",
        "'{value}' is not a layout of the press report; PDFs of every Word document (the "
        "minutes too) are made with --pdf (or --pdfa for long-term preservation).",
    ),
    "render_defaults_skipped": (
        "bỏ qua {path}: đây là tệp thiết lập chung của thư mục, không phải hồ sơ hội nghị "
        "(các hồ sơ bên cạnh đã dùng nó)",
        "skipped {path}: it is the folder's defaults file, not a meeting record (the records "
        "beside it use it)",
    ),
    "render_defaults_only": (
        "{path} là tệp thiết lập chung của thư mục, không phải hồ sơ hội nghị; hãy chỉ tên "
        "hồ sơ, ví dụ: giaoban render hoi-nghi-2024.yaml (cả thư mục thì dùng: giaoban "
        "export THƯ-MỤC -o THƯ-MỤC-RA)",
        "{path} is the folder's defaults file, not a meeting record; name a record, e.g. "
        "giaoban render meeting-2024.yaml (for a whole folder: giaoban export DIR -o OUT)",
    ),
    "output_kept_signed": (
        "giữ nguyên {path}: tệp PDF đã được ký số sau khi giaoban ghi, ghi đè sẽ làm mất chữ "
        "ký; muốn có bản mới thì đổi tên tệp đã ký, muốn ghi đè thì dùng --force",
        "kept {path}: the PDF was signed after giaoban wrote it, and replacing it would lose "
        "the signatures; rename the signed file to get a new one, or use --force to replace it",
    ),
    "output_kept": (
        "giữ nguyên {path}: tệp đã có và không phải do giaoban ghi lần trước (có thể đã được "
        "sửa tay); muốn giữ bản sửa thì đổi tên tệp đó, muốn ghi đè thì dùng --force",
        "kept {path}: it exists and is not what giaoban wrote there last (it may have been "
        "edited by hand); rename it to keep the edits, or use --force to replace it",
    ),
    "output_kept_pdf_stale": (
        "  {pdf} bên cạnh có trước lần sửa tay {path} nên không có phần sửa đó; chạy lại "
        "với --pdf để giaoban làm PDF từ {path}, hoặc mở {path} trong Word và lưu thành PDF, "
        "trước khi gửi hay ký",
        "  {pdf} beside it predates the hand edit of {path} and lacks it; run again with "
        "--pdf to have giaoban make the PDF from {path}, or open {path} in Word and save it "
        "as PDF, before sending or signing it",
    ),
    "pdf_from_edited": (
        "đã ghi {pdf} từ {path} đã sửa tay (tệp .docx được giữ nguyên)",
        "wrote {pdf} from the hand-edited {path} (the .docx is kept as it is)",
    ),
    "exists_no_force": (
        "{path} đã có; dùng --force để ghi đè",
        "{path} already exists; use --force to overwrite it",
    ),
    "unsafe_output": (
        "tên tệp ra '{name}' không hợp lệ (sẽ nằm ngoài thư mục ra)",
        "the output name '{name}' is not allowed (it would leave the output folder)",
    ),
    "same_output_names": (
        "{first} và {second} cho cùng tên tệp ra (cùng tên, khác đuôi hoặc khác thư mục); "
        "hãy đổi tên một tệp",
        "{first} and {second} give the same output names (same name, another suffix or "
        "folder); rename one of them",
    ),
    "same_output_names_case": (
        "{first} và {second} chỉ khác nhau chữ hoa, chữ thường: trên Windows và macOS văn bản "
        "của chúng là một tệp (tệp sau ghi đè tệp trước, cả khi giải nén tệp .zip); "
        "hãy đổi tên một tệp",
        "{first} and {second} differ only in upper and lower case: on Windows and macOS "
        "their documents are one file (the second replaces the first, also when the .zip is "
        "unpacked); rename one of them",
    ),
    "case_twin_exists": (
        "{path}: thư mục đã có {twin}, chỉ khác chữ hoa, chữ thường; trên Windows và macOS "
        "hai tên này là một tệp; hãy đặt tên khác (hoặc ghi vào chính {twin})",
        "{path}: the folder already has {twin}, which differs only in upper and lower case; "
        "on Windows and macOS the two names are one file; choose another name (or write "
        "{twin} itself)",
    ),
    "template_minutes_not_word": (
        "{field}: '{path}' không phải mẫu Word; biên bản dùng mẫu .docx như bien-ban.docx "
        "(giaoban templates copy mau/ chép mẫu mặc định ra để sửa)",
        "{field}: '{path}' is not a Word template; the minutes take a .docx such as "
        "bien-ban.docx (giaoban templates copy mau/ copies the default one to edit)",
    ),
    "template_press_not_wording": (
        "{field}: '{path}' không phải mẫu lời văn tin bài; mục này nhận tệp như tin-bai.j2; "
        "còn tin-bai.docx, tin-bai.md.j2, tin-bai.txt.j2, tin-bai.html.j2 (hình thức trình bày) "
        "thì đặt trong một thư mục và chạy giaoban render --templates THƯ_MỤC",
        "{field}: '{path}' is not the press report's wording template; this setting takes a "
        "file like tin-bai.j2; tin-bai.docx, tin-bai.md.j2, tin-bai.txt.j2 and tin-bai.html.j2 "
        "(layouts) go in a folder given with giaoban render --templates FOLDER",
    ),
    "text_template_not_text": (
        "{path}: không phải mẫu chữ (UTF-8) như tin-bai.j2; mẫu Word đặt trong thư mục --templates",
        "{path}: not a text template (UTF-8) like tin-bai.j2; Word templates go in the "
        "--templates folder",
    ),
    "template_outside": (
        "{field}: '{path}' nằm ngoài thư mục của hồ sơ và của giaoban.yaml ({folders}), tại "
        "{real}; giaoban không đọc mẫu ở ngoài (một hồ sơ gửi đến có thể trỏ tới tệp bất kỳ "
        "của máy). Chép tệp mẫu vào thư mục hồ sơ (như mau/{name}) rồi ghi đường dẫn đó, "
        "hoặc dùng giaoban render --templates THƯ_MỤC",
        "{field}: '{path}' is outside the folders of the record and of giaoban.yaml "
        "({folders}), at {real}; giaoban reads no template from outside (a record received "
        "could point at any file of the computer). Copy the template into the record's "
        "folder (as mau/{name}) and give that path, or use giaoban render --templates FOLDER",
    ),
    "template_link_outside": (
        "{path}: mẫu này là liên kết trỏ ra ngoài thư mục mẫu {folder} (tới {real}); giaoban "
        "không đọc mẫu ở ngoài thư mục của nó. Thay liên kết bằng chính tệp mẫu (chép {real} "
        "vào {folder})",
        "{path}: this template is a link pointing out of its folder {folder} (to {real}); "
        "giaoban reads no template from outside its folder. Replace the link with the file "
        "itself (copy {real} into {folder})",
    ),
    "template_not_found": (
        "{field}: không tìm thấy mẫu '{path}' (đường dẫn tính từ thư mục {folders})",
        "{field}: the template '{path}' was not found (paths are relative to {folders})",
    ),
    "template_missing": (
        "không tìm thấy mẫu '{path}' nêu trong {record}",
        "the template '{path}' named in {record} was not found",
    ),
    "output_is_a_file_name": (
        "-o {path}: -o là thư mục để giaoban ghi các tài liệu vào, tên từng tệp do giaoban "
        "đặt theo tên hồ sơ; hãy ghi -o THƯ-MỤC, ví dụ -o {folder}",
        "-o {path}: -o is the folder giaoban writes the documents into, each file named "
        "after the record; write -o FOLDER, for example -o {folder}",
    ),
    "templates_folder_empty": (
        "{path}: thư mục mẫu không có mẫu nào giaoban dùng ({names}); giaoban dừng lại, "
        "vì mọi tài liệu sẽ chỉ theo mẫu mặc định. Hãy chép mẫu vào đó bằng 'giaoban "
        "templates copy {path}' rồi sửa, hoặc bỏ --templates",
        "{path}: the templates folder holds none of the templates giaoban reads ({names}); "
        "stopped, as every document would come from the default templates alone. Copy them "
        "there with 'giaoban templates copy {path}' and edit them, or leave out --templates",
    ),
    "templates_folder_misnamed": (
        "{path}: thư mục mẫu không có mẫu nào giaoban dùng ({names}); giaoban dừng lại, "
        "vì mọi tài liệu sẽ chỉ theo mẫu mặc định. Tệp dưới đây có vẻ là mẫu bạn đã sửa: "
        "hãy làm như dòng của nó nói",
        "{path}: the templates folder holds none of the templates giaoban reads ({names}); "
        "stopped, as every document would come from the default templates alone. The file "
        "below looks like a template you edited: do as its line says",
    ),
    "template_near_miss": (
        "tên tệp không phải tên mẫu nào nên giaoban không dùng nó (tài liệu làm theo mẫu "
        "mặc định); có phải ý bạn là '{name}'? Hãy đổi tên tệp thành {name}",
        "the file's name is no template's name, so giaoban does not use it (the document "
        "comes from the default template); did you mean '{name}'? Rename the file {name}",
    ),
    "templates_not_dir": (
        "{path}: không phải thư mục mẫu",
        "{path}: not a templates folder",
    ),
    "template_external_link": (
        "{path}: mẫu có liên kết tới tệp bên ngoài ({target}, trong {part}) mà Word tự tải "
        "về khi mở mọi biên bản làm từ mẫu này; giaoban không dùng mẫu như vậy. Trong Word, "
        "chèn lại hình ảnh từ máy (không phải liên kết), bỏ mẫu đính kèm (Developer > "
        "Document Template), rồi lưu lại",
        "{path}: the template links to a file outside it ({target}, in {part}) that Word "
        "fetches on opening every minutes made from it; giaoban does not use such a "
        "template. In Word, insert the picture from your computer (not linked), remove the "
        "attached template (Developer > Document Template), then save it again",
    ),
    "template_lost_with_tag": (
        "{path}: {place}: {what} nằm chung đoạn với thẻ {tag}; khi làm văn bản, cả đoạn có "
        "thẻ {{%p …%}} được thay bằng thẻ, nên {what} sẽ mất khỏi mọi văn bản. Trong Word, "
        "đặt con trỏ ngay trước thẻ, nhấn Enter để {what} sang một đoạn riêng, rồi lưu lại",
        "{path}: {place}: {what} shares a paragraph with the tag {tag}; when a document is "
        "made, a paragraph holding a {{%p …%}} tag is replaced by the tag, so {what} would be "
        "missing from every document. In Word, put the cursor just before the tag, press "
        "Enter so that {what} gets a paragraph of its own, then save",
    ),
    "template_lost_picture": ("hình ảnh", "a picture"),
    "template_lost_words": ("chữ «{words}»", "the words «{words}»"),
    "template_not_docx": (
        "{path}: không phải tệp Word .docx dùng được ({error})",
        "{path}: not a usable Word .docx file ({error})",
    ),
    "template_error": (
        "{path}: lỗi trong mẫu, ở đoạn «{paragraph}»: {error}",
        "{path}: error in the template, in the paragraph «{paragraph}»: {error}",
    ),
    "text_template_error": (
        "{path}: lỗi trong mẫu: {error}",
        "{path}: error in the template: {error}",
    ),
    # template errors, in the secretary's terms (giaoban.render.diagnose)
    "template_problem": (
        "{path}: lỗi trong mẫu ở {where}: {problem}",
        "{path}: error in the template at {where}: {problem}",
    ),
    "template_problem_nowhere": (
        "{path}: lỗi trong mẫu: {problem}",
        "{path}: error in the template: {problem}",
    ),
    "text_template_problem": (
        "{path}:{line}: lỗi trong mẫu, thẻ «{tag}»: {problem}",
        "{path}:{line}: error in the template, tag «{tag}»: {problem}",
    ),
    "place_tag": ("thẻ «{tag}»", "tag «{tag}»"),
    "place_line": ("dòng {line}", "line {line}"),
    "place_at": ("ở {place}", "at {place}"),
    "place_same": ("trong cùng đoạn", "in the same paragraph"),
    "place_document": ("đoạn «{text}»", "the paragraph «{text}»"),
    "place_header": ("đầu trang (header), đoạn «{text}»", "the page header, paragraph «{text}»"),
    "place_footer": ("chân trang (footer), đoạn «{text}»", "the page footer, paragraph «{text}»"),
    "place_footnotes": ("chú thích cuối trang «{text}»", "the footnote «{text}»"),
    "place_endnotes": ("chú thích cuối văn bản «{text}»", "the endnote «{text}»"),
    "place_cell": (
        "bảng {table}, hàng {row}, cột {column}, đoạn «{text}»",
        "table {table}, row {row}, column {column}, paragraph «{text}»",
    ),
    "tpl_unknown_name": (
        "mẫu không có dữ liệu nào tên «{name}».",
        "the template has no value named «{name}».",
    ),
    "tpl_no_attribute": ("«{owner}» không có mục «{name}».", "«{owner}» has no «{name}»."),
    "tpl_plain": (
        "«{owner}» là một giá trị đơn («{value}»), không có mục «{name}».",
        "«{owner}» is a single value («{value}») with no «{name}».",
    ),
    "tpl_has": ("«{owner}» có: {names}.", "«{owner}» has: {names}."),
    "tpl_none": (
        "«{owner}» để trống trong hồ sơ này nên không có «{name}»; hãy đặt thẻ trong "
        "{{% if {owner} %}} … {{% endif %}}.",
        "«{owner}» is empty in this record, so it has no «{name}»; put the tag inside "
        "{{% if {owner} %}} … {{% endif %}}.",
    ),
    "tpl_list": (
        "«{owner}» là một danh sách nên không có «{name}»; hãy lặp qua nó: "
        "{{% for x in {owner} %}}{{{{ x.{name} }}}}{{% endfor %}}.",
        "«{owner}» is a list, so it has no «{name}»; loop over it: "
        "{{% for x in {owner} %}}{{{{ x.{name} }}}}{{% endfor %}}.",
    ),
    "tpl_no_item": ("«{owner}» không có phần tử «{name}».", "«{owner}» has no item «{name}»."),
    "tpl_unknown_filter": ("không có bộ lọc «{name}».", "there is no filter «{name}»."),
    "tpl_unknown_test": ("không có phép thử «{name}».", "there is no test «{name}»."),
    "tpl_unknown_tag": ("không có thẻ «{{% {name} %}}».", "there is no tag «{{% {name} %}}»."),
    "tpl_unclosed_tag": (
        "thẻ chưa đóng: thiếu «{closer}».",
        "the tag is not closed: «{closer}» is missing.",
    ),
    "tpl_unclosed_block": (
        "khối mở ở đây chưa được đóng: thiếu «{end}».",
        "the block opened here is never closed: «{end}» is missing.",
    ),
    "tpl_own_paragraph": (
        "Thẻ «{end}» nằm trên một đoạn riêng, như thẻ mở (cả đoạn chứa thẻ sẽ không có "
        "trong văn bản).",
        "The tag «{end}» stands in a paragraph of its own, as the opening one does (that "
        "whole paragraph is left out of the document).",
    ),
    "tpl_level_mismatch": (
        "«{tag}» đóng khối «{opening}» ({place}) nhưng khác dạng với thẻ mở: thẻ đóng "
        "phải là «{want}».",
        "«{tag}» closes the block «{opening}» ({place}) but not in its form: the closing "
        "tag must be «{want}».",
    ),
    "tpl_unclosed_before": (
        "khối mở ở đây chưa được đóng: thiếu «{end}» trước «{tag}» {place}.",
        "the block opened here is not closed: «{end}» is missing before «{tag}» {place}.",
    ),
    "tpl_stray": (
        "«{tag}» không đóng khối nào đang mở; hãy xóa thẻ này hoặc thêm thẻ mở tương ứng.",
        "«{tag}» closes no open block; delete it or add the tag that opens it.",
    ),
    "syntax_expected": ("cần «{expected}» nhưng gặp «{got}»", "«{expected}» expected, not «{got}»"),
    "syntax_no_expression": (
        "thiếu tên dữ liệu hay giá trị trước «{got}»",
        "a name or a value is missing before «{got}»",
    ),
    "syntax_char": (
        "ký tự «{char}» không dùng được ở đây (có dấu nháy chưa đóng?)",
        "the character «{char}» cannot be used here (a quote not closed?)",
    ),
    "syntax_unexpected": (
        "«{got}» đặt sai chỗ: thừa, hoặc thiếu gì đó ngay trước nó",
        "«{got}» is out of place: one too many, or something is missing just before it",
    ),
    "tpl_half_closed": (
        "thẻ in giá trị đóng bằng hai dấu «}}}}», ở đây chỉ có một; hãy viết thêm một «}}».",
        "a value tag closes with two «}}}}», this one has one; add a «}}».",
    ),
    "tpl_syntax": ("thẻ viết chưa đúng ({detail}).", "the tag is not written right ({detail})."),
    "tpl_unsafe": (
        "mẫu không được dùng «{name}» (bị chặn để giữ an toàn).",
        "the template may not use «{name}» (blocked for safety).",
    ),
    "tpl_filter_failed": (
        "bộ lọc «{name}» không dùng được với giá trị này; xem docs/templates.md, mục Bộ lọc.",
        "the filter «{name}» cannot take this value; see docs/templates.md, Filters.",
    ),
    "tpl_include_missing": (
        "không có mẫu con «{name}» trong thư mục mẫu; {{% include %}} và {{% import %}} chỉ "
        "lấy được tệp nằm trong thư mục mẫu, viết bằng tên tệp (ví dụ 'phan-chung.j2')",
        "there is no template «{name}» in the templates folder; {{% include %}} and "
        "{{% import %}} reach only files in that folder, named by file name ('common.j2')",
    ),
    "tpl_range_too_big": (
        "range(...) quá lớn: mẫu chỉ được đếm tới {limit}",
        "range(...) is too big: a template counts to {limit} at most",
    ),
    "tpl_recursion": (
        "macro gọi lại chính nó không dừng; hãy thêm điều kiện dừng cho macro",
        "a macro calls itself without end; give it a condition to stop",
    ),
    "tpl_too_long": (
        "mẫu chạy quá {seconds} giây nên đã bị dừng (có lẽ một vòng lặp quá lớn hoặc lặp "
        "nhầm danh sách); hãy xem lại thẻ này",
        "the template ran for more than {seconds} s and was stopped (a loop too big, or over "
        "the wrong list?); look at this tag",
    ),
    "tpl_too_big": (
        "mẫu tạo ra quá {characters} ký tự nên đã bị dừng (có lẽ nhân một chuỗi với số quá "
        "lớn hoặc lặp quá nhiều lần); hãy xem lại thẻ này",
        "the template made more than {characters} characters and was stopped (a text "
        "multiplied by too big a number, or a loop run too often?); look at this tag",
    ),
    "tpl_division_by_zero": (
        "thẻ chia cho 0 với dữ liệu của hồ sơ này; hãy kiểm tra số chia (ví dụ bằng "
        "{{% if … %}} trước phép chia).",
        "the tag divides by 0 with this record's data; check the divisor (for example with "
        "{{% if … %}} before the division).",
    ),
    "tpl_failed": (
        "thẻ không tính được với dữ liệu của hồ sơ này ({detail}).",
        "the tag cannot be computed with this record's data ({detail}).",
    ),
    "template_bad_xml": (
        "{path}: mẫu tạo ra tài liệu Word hỏng ({error}); không ghi tệp nào",
        "{path}: the template produced a broken Word document ({error}); nothing written",
    ),
    "no_soffice": (
        "cần LibreOffice để xuất PDF. Cài đặt: sudo apt-get install libreoffice-writer-nogui "
        "fonts-liberation2 (Debian/Ubuntu), hoặc tải tại libreoffice.org (Windows); "
        "fonts-liberation2 có đủ chữ tiếng Việt cho phông Times New Roman",
        "LibreOffice is needed for PDF. Install: sudo apt-get install libreoffice-writer-nogui "
        "fonts-liberation2 (Debian/Ubuntu), or from libreoffice.org (Windows); "
        "fonts-liberation2 has every Vietnamese letter for Times New Roman",
    ),
    "pdf_failed": (
        "LibreOffice không chuyển được sang PDF: {error}",
        "LibreOffice failed: {error}",
    ),
    "pdf_missing": (
        "LibreOffice không tạo được PDF cho {document} ({reason}); {missing} trên {total} "
        "tài liệu không có PDF, {written} PDF khác đã được ghi. Mở thử tài liệu đó bằng Word "
        "hoặc LibreOffice xem có mở được không, rồi chạy lại lệnh",
        "LibreOffice made no PDF of {document} ({reason}); {missing} of {total} documents "
        "have no PDF, the {written} other PDFs were written. Check that the document opens "
        "in Word or LibreOffice, then run the command again",
    ),
    "pdf_no_reason": (
        "LibreOffice không nói lý do, mã thoát {code}",
        "LibreOffice gave no reason, exit code {code}",
    ),
    "no_uno": (
        "bộ chuyển PDF thường trú cần cầu nối Python của LibreOffice (uno). Cài đặt: sudo "
        "apt-get install python3-uno (Debian/Ubuntu); trên Windows, LibreOffice có sẵn",
        "the resident PDF converter needs LibreOffice's Python bridge (uno). Install: sudo "
        "apt-get install python3-uno (Debian/Ubuntu); on Windows LibreOffice ships it",
    ),
    "converter_already_running": (
        "bộ chuyển PDF thường trú đã chạy (giaoban pdf-server hoặc giaoban serve); các lệnh "
        "--pdf đang dùng nó. Muốn khởi động lại: dừng nó trước (Ctrl-C ở cửa sổ của nó)",
        "the resident PDF converter already runs (giaoban pdf-server or giaoban serve); --pdf "
        "commands use it. To restart it, stop it first (Ctrl-C in its window)",
    ),
    "converter_failed": (
        "không khởi động được bộ chuyển PDF thường trú (LibreOffice không chạy được); giaoban "
        "vẫn xuất PDF được, chỉ chậm hơn",
        "the resident PDF converter could not start (LibreOffice would not run); giaoban "
        "still writes PDF, only slower",
    ),
    "converter_folder_unsafe": (
        "không dùng được thư mục {folder} cho bộ chuyển PDF: nó phải là thư mục của chính bạn "
        "mà chỉ bạn vào được (quyền 700). Xóa nó (hoặc chmod 700 nếu là của bạn) rồi chạy lại",
        "cannot use the folder {folder} for the PDF converter: it must be a folder of yours "
        "that only you can enter (mode 700). Remove it (or chmod 700 if it is yours) and run "
        "again",
    ),
    "converter_running": (
        "bộ chuyển PDF đang chạy; lệnh --pdf của bạn trên máy này sẽ dùng nó (chỉ tài khoản "
        "của bạn kết nối được). Ctrl-C để dừng",
        "PDF converter running; your --pdf commands on this machine use it (only your account "
        "can connect to it). Ctrl-C stops it",
    ),
    "pdf_timeout": (
        "LibreOffice chưa xong sau {seconds} giây khi chuyển {count} tài liệu sang PDF "
        "(có lẽ đã treo): đã dừng LibreOffice cùng mọi tiến trình con của nó, không ghi PDF "
        "nào; các tệp Word vẫn còn. Chạy lại, hoặc cho thêm thời gian: --pdf-timeout GIÂY",
        "LibreOffice had not finished after {seconds} s converting {count} document(s) to PDF "
        "(probably hung): stopped it and every process it started, no PDF written; the Word "
        "files are kept. Run again, or allow more time: --pdf-timeout SECONDS",
    ),
    "rendered_summary": (
        "đã ghi {files} tệp vào {folder}",
        "wrote {files} file(s) to {folder}",
    ),
    # giaoban check (rules of Nghị định 30/2020/NĐ-CP, Phụ lục I)
    "check_missing": (
        "{path}: không tìm thấy tệp; hãy xem lại tên tệp và thư mục",
        "{path}: no such file; check the file name and folder",
    ),
    "check_folder": (
        "{path}: là một thư mục; hãy ghi tên tệp biên bản .docx (hoặc .pdf đã ký) cần kiểm tra",
        "{path}: is a folder; name the minutes .docx (or signed .pdf) to check",
    ),
    "check_empty": (
        "{path}: tệp rỗng, không có nội dung; hãy mở lại bản biên bản đã lưu trong Word",
        "{path}: the file is empty; open the saved minutes in Word again",
    ),
    "not_docx_format": (
        "tệp ở định dạng {format}, không phải Word .docx mà giaoban dùng; hãy mở "
        "nó trong LibreOffice hoặc Word, chọn Tệp > Lưu thành (File > Save As), loại tệp "
        "'Word 2007-365 (.docx)'{name}, rồi dùng tệp .docx đó",
        "the file is in {format}, not the Word .docx giaoban uses; open it in "
        "LibreOffice or Word, choose File > Save As, type 'Word 2007-365 (.docx)'{name}, "
        "then use that .docx file",
    ),
    "not_docx_format_name": (", tên {name}", ", named {name}"),
    "format_opendocument": (
        "OpenDocument (.odt) của LibreOffice",
        "LibreOffice's OpenDocument (.odt)",
    ),
    "format_word_97": ("Word 97-2003 (.doc)", "Word 97-2003 (.doc)"),
    "format_rtf": ("RTF", "RTF"),
    "format_pdf": ("PDF", "PDF"),
    "format_docx": ("Word (.docx)", "Word (.docx)"),
    "format_xlsx": ("Excel (.xlsx)", "Excel (.xlsx)"),
    "record_is_document": (
        "đây là tệp {format}, không phải hồ sơ YAML của một hội nghị; hãy chỉ tệp .yaml của "
        "hội nghị (như nam-song-hau-2026.yaml){check}",
        "this is a {format} file, not the YAML record of a meeting; give the meeting's "
        ".yaml file (such as nam-song-hau-2026.yaml){check}",
    ),
    "record_is_document_check": (
        "; biên bản đã làm thì kiểm tra thể thức bằng: giaoban check {path}",
        "; to check minutes already made: giaoban check {path}",
    ),
    "path_missing_near": (
        "{path}: không tồn tại. Có phải ý bạn là '{near}'?",
        "{path}: does not exist. Did you mean '{near}'?",
    ),
    "check_not_word": (
        "{path}: không phải tệp Word (.docx); giaoban check kiểm tra biên bản .docx "
        "hoặc .pdf đã ký",
        "{path}: not a Word file (.docx); giaoban check checks minutes in .docx or a signed .pdf",
    ),
    "check_record": (
        "{path}: đây là hồ sơ hội nghị, không phải biên bản; hãy kiểm tra biên bản .docx do "
        "'giaoban render' ghi (giaoban validate kiểm tra hồ sơ)",
        "{path}: this is a meeting record, not minutes; check the minutes .docx that "
        "'giaoban render' writes ('giaoban validate' checks records)",
    ),
    "check_unreadable": (
        "{path}: không đọc được tệp Word ({error})",
        "{path}: not a readable Word file ({error})",
    ),
    # giaoban check FILE.pdf (giaoban.pdf.check)
    "check_unreadable_pdf": (
        "{path}: không đọc được tệp PDF ({error})",
        "{path}: not a readable PDF ({error})",
    ),
    "pdf_rule_fonts": ("Phông chữ", "Fonts"),
    "pdf_rule_encryption": ("Mã hóa", "Encryption"),
    "pdf_rule_a4": ("Khổ giấy A4 (Nghị định 30/2020, Phụ lục I)", "A4 paper (Decree 30/2020)"),
    "pdf_rule_pdfa": ("PDF/A", "PDF/A"),
    "pdf_font_missing": (
        "phông «{font}» không được nhúng (trang {pages}); máy khác có thể hiện sai chữ",
        "font «{font}» is not embedded (page {pages}); other computers may show wrong letters",
    ),
    "pdf_fonts_ok": ("cả {count} phông chữ đều được nhúng", "all {count} fonts are embedded"),
    "pdf_fonts_ok_one": ("1 phông chữ, đã được nhúng", "1 font, embedded"),
    "pdf_fonts_none": ("không dùng phông chữ nào", "no fonts used"),
    "pdf_page_size": ("trang {page} khổ {size}, không phải A4", "page {page} is {size}, not A4"),
    "pdf_a4_ok": ("cả {pages} trang khổ A4", "all {pages} pages are A4"),
    "pdf_a4_ok_one": ("1 trang, khổ A4", "1 page, A4"),
    "pdf_encrypted": (
        "tệp bị mã hóa; hệ thống lưu trữ cần tệp không mã hóa",
        "the file is encrypted; records systems need it unencrypted",
    ),
    "pdf_encrypted_locked": (
        "tệp bị mã hóa bằng mật khẩu, không mở được",
        "the file is encrypted with a password and cannot be opened",
    ),
    "pdf_not_encrypted": ("không mã hóa", "not encrypted"),
    "pdf_not_pdfa": (
        "không khai báo PDF/A (xuất với --pdfa để lưu trữ lâu dài)",
        "does not declare PDF/A (export with --pdfa for long-term preservation)",
    ),
    "pdf_pdfa_bad_id": (
        "khai báo PDF/A không hợp lệ (pdfaid:part {part}, conformance {conformance})",
        "invalid PDF/A identification (pdfaid:part {part}, conformance {conformance})",
    ),
    "pdf_pdfa_no_intent": (
        "khai báo PDF/A nhưng thiếu output intent (hồ sơ màu ICC, /GTS_PDFA1)",
        "declares PDF/A but has no output intent (ICC colour profile, /GTS_PDFA1)",
    ),
    "pdf_pdfa_ok": (
        "khai báo {level}, có output intent «{intent}»",
        "declares {level}, with output intent «{intent}»",
    ),
    "pdf_check_ok": ("{path}: đạt các kiểm tra trên", "{path}: passes the checks above"),
    "pdf_no_validator": (
        "lưu ý: đây không phải trình kiểm tra PDF/A đầy đủ; chưa cài được trình nào như "
        "veraPDF, nên tệp đạt ở đây vẫn có thể chưa đạt PDF/A",
        "note: this is not a full PDF/A validator; none (such as veraPDF) could be installed, "
        "so a file that passes here may still fail PDF/A",
    ),
    "pdfa_unsupported": (
        "LibreOffice này không xuất được PDF/A-2b (cần LibreOffice 7.4 trở lên); "
        "không ghi PDF nào. Cập nhật LibreOffice, hoặc bỏ --pdfa",
        "this LibreOffice cannot write PDF/A-2b (LibreOffice 7.4 or later needed); no PDF "
        "written. Update LibreOffice, or leave out --pdfa",
    ),
    "check_ok": ("{path}: đúng thể thức", "{path}: follows the layout rules"),
    "check_findings": (
        "{path}: {count} điểm chưa đúng thể thức",
        "{path}: {count} departure(s) from the layout rules",
    ),
    "rule_paper": ("khổ giấy", "paper"),
    "paper_wrong": (
        "{width} x {height} mm, Nghị định 30 quy định khổ A4 (210 x 297 mm)",
        "{width} x {height} mm, Nghị định 30 requires A4 (210 x 297 mm)",
    ),
    "paper_landscape": (
        "A4 nằm ngang, Nghị định 30 quy định trình bày theo chiều dài (khổ dọc)",
        "A4 landscape, Nghị định 30 requires portrait",
    ),
    "rule_margins": ("lề trang", "page margins"),
    "margin_top": ("lề trên", "top"),
    "margin_bottom": ("lề dưới", "bottom"),
    "margin_left": ("lề trái", "left"),
    "margin_right": ("lề phải", "right"),
    "margin_out": (
        "{name} {value} mm, Nghị định 30 quy định {range} mm",
        "{name} {value} mm, Nghị định 30 requires {range} mm",
    ),
    "rule_font": ("phông chữ", "font"),
    "font_wrong": (
        "«{text}»: chữ {font}, cần {expected}",
        "«{text}»: the font is {font}, it must be {expected}",
    ),
    "font_default": ("theo phông mặc định của Word", "Word's default font"),
    "rule_color": ("màu chữ", "text colour"),
    "color_wrong": (
        "«{text}»: chữ màu #{color}, cần màu đen",
        "«{text}»: the text is coloured #{color}, it must be black",
    ),
    "rule_header": ("thể thức đầu văn bản", "heading elements"),
    "missing_text": ("thiếu «{text}»", "«{text}» is missing"),
    "rule_size": ("cỡ chữ", "font size"),
    "size_wrong": (
        "«{text}»: cỡ chữ {size}, Nghị định 30 quy định cỡ {range}",
        "«{text}»: {size} pt, Nghị định 30 requires {range} pt",
    ),
    "size_default": ("mặc định (không đặt)", "the default (not set)"),
    "body_size": (
        "«{text}»: cỡ chữ {size}, nội dung cần cỡ 13-14",
        "«{text}»: {size} pt, the body must be 13-14 pt",
    ),
    "heading_written": ("{name} «{found}»: {problem}", "{name} «{found}»: {problem}"),
    "element_title": ("Quốc hiệu", "The national title"),
    "element_motto": ("Tiêu ngữ", "The motto (Tiêu ngữ)"),
    "element_kind": ("Tên loại văn bản", "The document type"),
    "element_recipients": ("Dòng", "The line"),
    "wrong_dash": (
        "dùng dấu gạch ngang dài {dashes}; Nghị định 30 quy định gạch nối «-» giữa các cụm từ",
        "uses the long dash {dashes}; Nghị định 30 requires the hyphen «-» between the phrases",
    ),
    "dash_spacing": (
        "cần cách chữ trước và sau gạch nối «-»",
        "the hyphen «-» needs a space on each side",
    ),
    "not_upper": ("phải viết IN HOA", "must be in capitals"),
    "all_upper": (
        "viết in thường, chỉ viết hoa chữ cái đầu mỗi cụm từ",
        "lower case, with only each phrase's first letter capitalised",
    ),
    "extra_spaces": ("thừa dấu cách", "has extra spaces"),
    "not_minutes": (
        "{path}: văn bản này không phải biên bản (không có dòng «BIÊN BẢN» hay «Số: …/BB-…»); "
        "giaoban check chỉ soát thể thức biên bản",
        "{path}: this document is not a biên bản (no «BIÊN BẢN» line and no «Số: …/BB-…»); "
        "giaoban check checks the layout of minutes only",
    ),
    "check_template": (
        "{path}: đây là mẫu (còn các thẻ {{{{ }}}}, {{% %}}), chưa phải biên bản; hãy soát "
        "biên bản làm từ mẫu: giaoban render HỒ-SƠ.yaml --templates THƯ-MỤC-MẪU -o thu/ "
        "rồi giaoban check thu/HỒ-SƠ-bien-ban.docx",
        "{path}: this is a template (its {{{{ }}}} and {{% %}} tags are still there), not "
        "minutes yet; check minutes made from it: giaoban render RECORD.yaml --templates "
        "TEMPLATES -o try/ then giaoban check try/RECORD-bien-ban.docx",
    ),
    "not_minutes_press": (
        "{path}: đây là tin bài, không phải biên bản (không có dòng «BIÊN BẢN» hay "
        "«Số: …/BB-…»); giaoban check chỉ soát thể thức biên bản",
        "{path}: this is a press report (tin bài), not a biên bản (no «BIÊN BẢN» line and no "
        "«Số: …/BB-…»); giaoban check checks the layout of minutes only",
    ),
    "rule_style": ("kiểu chữ", "type style"),
    "bold_wrong": ("«{text}» phải in đậm", "«{text}» must be bold"),
    "not_bold": ("«{text}» không in đậm", "«{text}» must not be bold"),
    "italic_wrong": ("«{text}» phải in nghiêng", "«{text}» must be italic"),
    "number_line_missing": (
        "thiếu dòng «Số: .../BB-...» đúng mẫu",
        "no «Số: .../BB-...» line of the right form",
    ),
    "rule_date": ("ngày tháng", "dates"),
    "date_wrong": (
        "«{text}»: ngày dưới 10 và tháng 1, 2 phải có số 0 đứng trước, các tháng khác thì không",
        "«{text}»: days below 10 and months 1-2 take a leading zero, other months do not",
    ),
    "rule_body": ("nội dung", "body"),
    "closing_missing": (
        "phần nội dung phải kết thúc bằng «./.»",
        "the body must end with «./.»",
    ),
    "rule_recipients": ("nơi nhận", "recipients"),
    "archive_missing": (
        "danh sách nơi nhận phải kết thúc bằng dòng «- Lưu: ...»",
        "the recipient list must end with «- Lưu: ...»",
    ),
    "rule_revisions": ("thay đổi chưa chấp nhận", "pending tracked changes"),
    "revision_pending": (
        "«{text}» còn thay đổi được theo dõi (Track Changes); hãy chấp nhận hoặc từ chối "
        "(Review > Accept/Reject) trước khi gửi",
        "«{text}» still holds a tracked change; accept or reject it (Review > Accept/Reject) "
        "before sending",
    ),
    "rule_signature": ("chữ ký", "signature"),
    "signer_title_not_upper": (
        "chức vụ người ký «{text}» phải viết in hoa (Phụ lục I, ô 7a): {upper}",
        "the signer's position «{text}» must be in capitals (Appendix I, box 7a): {upper}",
    ),
    "signer_title_not_bold": (
        "chức vụ người ký «{text}» phải in đậm (Phụ lục I, ô 7a)",
        "the signer's position «{text}» must be bold (Appendix I, box 7a)",
    ),
    "rule_page_numbers": ("số trang", "page numbers"),
    "first_page_numbered": (
        "không hiển thị số trang ở trang thứ nhất",
        "page 1 must not show a page number",
    ),
    "no_page_field": (
        "thiếu số trang (trường PAGE) ở lề trên, từ trang 2",
        "no page number (PAGE field) in the header from page 2",
    ),
    # giaoban export
    "export_locked": (
        "một lệnh xuất khác đang ghi vào {path}; hãy đợi lệnh đó xong",
        "another export is writing into {path}; wait for it to finish",
    ),
    "archive_not_dir": ("{path}: không phải thư mục lưu trữ", "{path}: not an archive folder"),
    "status_exported": ("đã xuất", "exported"),
    "status_unchanged": ("không đổi", "unchanged"),
    "status_failed": ("lỗi", "failed"),
    "status_kept": ("đã sửa tay, giữ nguyên", "edited, kept"),
    "status_filtered": ("ngoài phạm vi", "not selected"),
    "export_table": (
        "Kết quả: {exported} đã xuất, {unchanged} không đổi, {failed} lỗi, "
        "{kept} giữ nguyên vì đã được sửa tay; {selected} hồ sơ được chọn trên {total}.",
        "Result: {exported} exported, {unchanged} unchanged, {failed} failed, "
        "{kept} kept because edited; {selected} records selected of {total}.",
    ),
    "export_not_run": (
        "Dừng ở lỗi đầu tiên (--fail-fast): {count} hồ sơ chưa xuất.",
        "Stopped at the first error (--fail-fast): {count} records not exported.",
    ),
    "export_manifest_unreadable": (
        "{path}: sổ ghi của giaoban bị hỏng, không đọc được; tài liệu nào giống hệt bản sẽ "
        "ghi thì được nhận lại, tài liệu khác được giữ nguyên như đã sửa tay: xem lại rồi "
        "dùng --force nếu muốn ghi đè",
        "{path}: giaoban's record of what it wrote is damaged; documents identical to what "
        "would be written are taken back, the others are kept as if edited: look at them, "
        "then use --force to overwrite",
    ),
    "export_record_gone": (
        "{record} không còn trong thư mục hồ sơ (đã đổi tên, chuyển đi hoặc xóa): bản tổng "
        "hợp và tệp zip không tính nó nữa, nhưng văn bản cũ của nó vẫn còn trong thư mục ra: "
        "{documents}. giaoban không xóa chúng (có thể đã được sửa tay); nếu không cần nữa, hãy "
        "tự xóa",
        "{record} is no longer in the records' folder (renamed, moved or deleted): the summary "
        "and the zip leave it out, but its old documents are still in the output folder: "
        "{documents}. giaoban does not delete them (they may have been edited); delete them "
        "yourself if they are not needed",
    ),
    "export_summary_gone": (
        "{documents}: năm của bản tổng hợp này không còn hồ sơ nào; tệp zip không đưa nó vào, "
        "giaoban không xóa nó; nếu không cần nữa, hãy tự xóa",
        "{documents}: no record of this summary's year is left; the zip leaves it out and "
        "giaoban does not delete it; delete it yourself if it is not needed",
    ),
    "warning_record_name_not_portable": (
        "tên tệp hồ sơ có ký tự {chars} mà Windows không nhận trong tên tệp (tệp zip gửi đi "
        "không giải nén được, USB không chép được): các văn bản được ghi với “_” thay vào, "
        "như “{document}”; muốn tên khác, hãy đổi tên tệp hồ sơ, bỏ các ký tự đó",
        "the record's file name holds {chars}, which Windows does not allow in a file name "
        "(a zip sent on would not extract, a USB stick would refuse it): its documents are "
        "written with “_” instead, as “{document}”; for another name, rename the record "
        "without those characters",
    ),
    "warning_record_name_too_long": (
        "tên tệp hồ sơ quá dài ({bytes} byte; tối đa {limit}, vì giaoban thêm "
        "“-bien-ban.docx” vào tên để đặt tên văn bản, và mỗi chữ có dấu chiếm 2–3 byte): "
        "các văn bản sẽ không ghi được; hãy đặt tên hồ sơ ngắn hơn",
        "the record's file name is too long ({bytes} bytes; at most {limit}, since giaoban "
        "adds “-bien-ban.docx” to name the documents, and a Vietnamese letter takes 2-3 "
        "bytes): its documents could not be written; give it a shorter name",
    ),
    "warning_record_txt": (
        "có phải hồ sơ? Tên tệp có thêm đuôi .txt (Notepad thêm khi lưu với kiểu “Text "
        "Documents (*.txt)”, và Windows giấu đuôi này) nên giaoban không đọc tệp; hãy đổi "
        "tên thành {fixed} (trong Notepad: Lưu thành, chọn kiểu “All Files (*.*)”)",
        "a record? Its name ends in .txt (Notepad adds it when saving as “Text Documents "
        "(*.txt)”, and Windows hides it), so giaoban does not read it; rename it {fixed} "
        "(in Notepad: Save As, type “All Files (*.*)”)",
    ),
    "export_bundle_kept": (
        "giữ nguyên {path}: tệp nén đã bị sửa hoặc thay sau lần xuất trước, nên không có các "
        "văn bản vừa ghi; muốn giữ tệp đó thì đổi tên nó rồi xuất lại, muốn ghi đè thì dùng "
        "--force",
        "kept {path}: the zip was changed or replaced after the last export, so it does not "
        "hold the documents just written; rename it to keep it and export again, or use "
        "--force to replace it",
    ),
    "export_kept_file": (
        "giữ nguyên {path}: tệp đã được sửa sau lần xuất trước (dùng --force để ghi đè)",
        "kept {path}: it was edited after the last export (--force replaces it)",
    ),
    "export_kept_stale": (
        "giữ nguyên {path} vì đã được sửa tay, nhưng hồ sơ {record} (hoặc mẫu) đã thay đổi "
        "từ lần xuất trước: tài liệu này không còn khớp với {others} vừa ghi theo hồ sơ mới. "
        "Sửa tay lại {path} theo hồ sơ, hoặc đổi tên tệp để giữ bản sửa rồi xuất lại "
        "(--force ghi đè bản sửa)",
        "kept {path} because it was edited, but the record {record} (or the template) changed "
        "since the last export: it no longer agrees with {others}, just written from the new "
        "record. Edit {path} again to match the record, or rename it to keep your edits and "
        "export again (--force overwrites your edits)",
    ),
    "export_kept_stale_alone": (
        "giữ nguyên {path} vì đã được sửa tay, nhưng hồ sơ {record} (hoặc mẫu) đã thay đổi "
        "từ lần xuất trước: tài liệu này không còn khớp với hồ sơ. Sửa tay lại {path} theo hồ "
        "sơ, hoặc đổi tên tệp để giữ bản sửa rồi xuất lại (--force ghi đè bản sửa)",
        "kept {path} because it was edited, but the record {record} (or the template) changed "
        "since the last export: it no longer agrees with the record. Edit {path} again to "
        "match it, or rename it to keep your edits and export again (--force overwrites them)",
    ),
    "export_kept_foreign": (
        "giữ nguyên {path}: tệp này đã có sẵn và không phải do giaoban ghi; đổi tên hoặc dời "
        "tệp đó đi rồi xuất lại (--force ghi đè nó)",
        "kept {path}: the file was already there and giaoban never wrote it; rename or move "
        "it and export again (--force overwrites it)",
    ),
    "export_others_kept": (
        "Ngoài ra {count} tệp khác (bản tổng hợp năm, PDF) được giữ nguyên như nói ở trên.",
        "Also {count} other files (year summaries, PDFs) kept, as said above.",
    ),
    "export_folder_outside": (
        "không ghi vào {folder}: thư mục đó là liên kết tới {target}, nằm ngoài thư mục ra "
        "{out} (giaoban không ghi gì ra ngoài thư mục ra); xóa liên kết hoặc xuất vào thư mục "
        "khác",
        "not writing into {folder}: it is a link to {target}, outside the output folder {out} "
        "(giaoban writes nothing outside it); remove the link or export into another folder",
    ),
    "export_failed_record": ("{record}: {detail}", "{record}: {detail}"),
    # giaoban diff
    "diff_unchanged": ("giữ nguyên", "unchanged"),
    "diff_cosmetic": ("chỉ khác hình thức", "cosmetic"),
    "diff_reworded": ("viết lại", "reworded"),
    "diff_split": ("tách", "split"),
    "diff_merged": ("gộp", "merged"),
    "diff_new": ("mới", "new"),
    "diff_dropped": ("bỏ", "dropped"),
    "diff_review": ("cần xem lại", "review"),
    "diff_review_both": ("trước: «{old}» / nay: «{new}»", "before: «{old}» / now: «{new}»"),
    # the fields of the Front's work both directives of a pair to review speak of
    # (giaoban/fields.py), named as the Law on the MTTQ and the Front's programmes name them
    "diff_review_field": ("cùng lĩnh vực: {fields}", "same field of work: {fields}"),
    "diff_heading": ("Chỉ đạo năm {old} → năm {new}", "Directives {old} → {new}"),
    "diff_status": ("Tình trạng", "Status"),
    "diff_count": ("Số chỉ đạo", "Directives"),
    "diff_list_heading": (
        "Danh sách chỉ đạo (Chấp nhận tất cả: danh sách năm mới; Từ chối tất cả: năm cũ):",
        "Directives (Accept All: the new year's list; Reject All: the old one):",
    ),
    "diff_threads": ("Chỉ đạo qua các năm:", "Directives across the years:"),
    "diff_directive": ("Chỉ đạo", "Directive"),
    "followup_format": (
        "định dạng '{fmt}' không có; chọn một trong: {formats}",
        "no format '{fmt}'; choose one of: {formats}",
    ),
    "followup_kept": (
        "giữ nguyên {path}: tệp đã có và không phải do giaoban ghi lần trước (có thể đã được "
        "sửa tay); dùng --force để ghi đè",
        "kept {path}: it exists and is not what giaoban wrote there last (it may have been "
        "edited by hand); --force replaces it",
    ),
    "followup_one_meeting": (
        "Cụm '{cluster}' chỉ có hội nghị năm {year} trong thư mục: chưa có hội nghị sau để "
        "theo dõi kết quả thực hiện",
        "cluster '{cluster}' has only its {year} meeting in the folder: no later meeting "
        "tells what became of its directives yet",
    ),
    "diff_no_directives": (
        "Cả hai hội nghị đều không có nội dung chỉ đạo nào (mục directives) để so sánh.",
        "Neither meeting has any directives (the directives section) to compare.",
    ),
    "followup_no_directives": (
        "Các hội nghị của Cụm '{cluster}' trong thư mục không có nội dung chỉ đạo nào "
        "(mục directives)",
        "the meetings of cluster '{cluster}' in the folder have no directive (directives)",
    ),
    "followup_unmatched": (
        "{record}: kết quả thực hiện chỉ đạo năm {year} ({named}) không gắn được với chỉ đạo "
        "nào của hội nghị năm đó",
        "{record}: the follow-up of a {year} directive ({named}) matches no directive of "
        "that year's meeting",
    ),
    "cluster_name_shared": (
        "{path}: '{name}' là tên của {count} Cụm khác nhau trong thư mục này: {names}; "
        "hãy ghi --cluster bằng tên đầy đủ của Cụm cần xem",
        "{path}: '{name}' names {count} different clusters in this folder: {names}; "
        "write --cluster with the full name of the cluster you mean",
    ),
    "archive_empty": (
        "{path}: không có hồ sơ hội nghị nào (tệp .yaml) trong thư mục này",
        "{path}: no meeting record (.yaml file) in this folder",
    ),
    "cluster_unknown": (
        "Không có hồ sơ nào của Cụm '{cluster}' trong thư mục '{path}'.",
        "No record of the cluster '{cluster}' in the folder '{path}'.",
    ),
    "export_other_work_year": (
        "{record}: hội nghị {when} họp năm {held} nhưng thuộc năm thi đua {year} "
        "(meeting.cluster.year), nên --year {held} không chọn nó (--year là năm thi đua); "
        "muốn xuất nó thì dùng --year {year}.",
        "{record}: the meeting of {when} was held in {held} but is of the work year {year} "
        "(meeting.cluster.year), so --year {held} does not select it (--year is the work "
        "year); to export it use --year {year}.",
    ),
    "year_unknown": (
        "Không có hồ sơ nào năm {year}{where} trong thư mục '{path}'.",
        "No record of {year}{where} in the folder '{path}'.",
    ),
    "of_cluster": (" của Cụm '{cluster}'", " of the cluster '{cluster}'"),
    "years_known": ("Các năm có hồ sơ: {years}.", "Years with records: {years}."),
    "record_skipped": (
        "{problem} (hồ sơ của Cụm khác, đã bỏ qua; sửa lỗi này bằng giaoban validate)",
        "{problem} (a record of another cluster, left out; fix it with giaoban validate)",
    ),
    "clusters_known": ("Các Cụm có hồ sơ: {names}.", "Clusters with records: {names}."),
    "diff_too_few": (
        "Cụm '{cluster}' chỉ có {count} hội nghị ghi chỉ đạo trong thư mục; cần ít nhất hai",
        "cluster '{cluster}' has {count} meeting(s) giving directives in the folder; two are "
        "needed",
    ),
    "diff_too_few_given": (
        "Cụm '{cluster}' có {total} hội nghị trong thư mục nhưng chỉ {count} hội nghị ghi chỉ "
        "đạo: {empty} không ghi chỉ đạo nào. Để so sánh hai hồ sơ (chỉ đạo mới, thành viên "
        'Cụm): giaoban diff "{older}" "{newer}"',
        "cluster '{cluster}' has {total} meetings in the folder but only {count} giving "
        "directives: {empty} gives none. To compare two records (new directives, the "
        'cluster\'s members): giaoban diff "{older}" "{newer}"',
    ),
    "diff_record_on": ("{path} (họp ngày {date})", "{path} (held on {date})"),
    "diff_needs_cluster": (
        "Để so sánh cả thư mục {path}, hãy chọn một Cụm: --cluster TÊN.",
        "To compare the whole folder {path}, choose a cluster: --cluster NAME.",
    ),
    "diff_no_directives_skipped": (
        "lưu ý: {path} (năm {year}) không ghi chỉ đạo nào; chỉ đạo được so từ năm trước nó "
        "sang năm sau nó",
        "note: {path} (year {year}) gives no directive; directives are compared from the year "
        "before it to the year after",
    ),
    "diff_record_no_directives": (
        "lưu ý: {path} không ghi chỉ đạo nào",
        "note: {path} gives no directive",
    ),
    "diff_swapped": (
        "lưu ý: {new} là hội nghị sau {old}; so sánh theo thứ tự thời gian: năm {first} → "
        "năm {second}",
        "note: {new} is the later meeting of the two; compared in time order: {first} → {second}",
    ),
    "diff_two_clusters": (
        "lưu ý: hai hồ sơ của hai Cụm khác nhau ({old}; {new}); chỉ đạo và thành viên được "
        "so như của một Cụm",
        "note: the two records are of two clusters ({old}; {new}); directives and members "
        "are compared as if of one",
    ),
    "diff_usage": (
        "cần hai hồ sơ (CŨ.yaml MỚI.yaml) hoặc một thư mục với --cluster",
        "give two records (OLD.yaml NEW.yaml) or one folder with --cluster",
    ),
    "diff_docx_pair": (
        "bản Word so sánh một cặp năm; với nhiều năm hãy dùng --format md, html hoặc json",
        "the Word version compares one pair of years; for several use md, html or json",
    ),
    "diff_docx_needs_output": ("--format docx cần -o TỆP.docx", "--format docx needs -o FILE.docx"),
    "out_not_writable": (
        "không ghi được vào {path}: {error}",
        "cannot write to {path}: {error}",
    ),
    # how the command that failed is told to write elsewhere: render and export have -o,
    # new takes the record's path (s5-trial F111: new was told to use -o)
    "os_elsewhere_output": (" (-o THƯ-MỤC)", " (-o DIR)"),
    "os_elsewhere_new": (
        " (giaoban new THƯ-MỤC-KHÁC/TÊN.yaml)",
        " (giaoban new OTHER-FOLDER/NAME.yaml)",
    ),
    "os_read_only": (
        "ổ đĩa hoặc thư mục chỉ đọc (ổ USB khóa ghi, thư mục mạng không được quyền ghi); "
        "hãy ghi vào thư mục khác{elsewhere}",
        "the disk or folder is read-only (a locked USB stick, a network share without write "
        "access); write to another folder{elsewhere}",
    ),
    "os_no_permission": (
        "không có quyền ghi vào đây; hãy ghi vào thư mục khác{elsewhere} hoặc xin quyền ghi",
        "no permission to write here; write to another folder{elsewhere} or ask for write access",
    ),
    "os_disk_full": (
        "ổ đĩa đã đầy; hãy xóa bớt tệp hoặc ghi sang ổ khác{elsewhere}, rồi chạy lại lệnh",
        "the disk is full; free some space or write to another disk{elsewhere}, then run again",
    ),
    "os_not_a_folder": (
        "{path} là một tệp, không phải thư mục; hãy chọn tên thư mục khác{elsewhere}",
        "{path} is a file, not a folder; choose another folder name{elsewhere}",
    ),
    "os_is_a_folder": (
        "{path} là một thư mục; hãy cho một tên tệp",
        "{path} is a folder; give a file name",
    ),
    "os_file_name_too_long": (
        "tên tệp quá dài ({path} byte; tối đa 255, mỗi chữ có dấu chiếm 2–3 byte): hãy đặt "
        "tên hồ sơ ngắn hơn",
        "a file name too long ({path} bytes; at most 255, a Vietnamese letter takes 2-3): "
        "give the record a shorter name",
    ),
    "os_name_too_long": (
        "đường dẫn quá dài; hãy chọn thư mục ngắn hơn",
        "the path is too long; choose a shorter folder",
    ),
    "file_in_use": (
        "chưa thay được {path}: tệp đang mở trong một chương trình khác (Word?) hoặc chỉ đọc; "
        "hãy đóng tệp rồi chạy lại lệnh (các tệp khác vẫn được ghi)",
        "could not replace {path}: it is open in another program (Word?) or read-only; "
        "close it and run the command again (the other files were written)",
    ),
}

# Help texts: "\b" keeps click from re-wrapping the example lines.
_PAIRS.update(
    {
        "help_cli": (
            "giaoban: biên bản và tin bài hội nghị giao ban Cụm thi đua MTTQ Việt Nam "
            "từ một tệp YAML.\n\n\b\nVí dụ:\n  giaoban validate examples/\n"
            "  giaoban show examples/nam-song-hau-2022.yaml",
            "giaoban: minutes and press reports of MTTQ emulation-cluster meetings from one "
            "YAML record.\n\n\b\nExamples:\n  giaoban validate examples/\n"
            "  giaoban show examples/nam-song-hau-2022.yaml",
        ),
        "help_cli_lang": (
            "Ngôn ngữ thông báo: vi (mặc định) hoặc en; cũng đặt được bằng GIAOBAN_LANG",
            "Language of messages: vi (default) or en; GIAOBAN_LANG sets it too",
        ),
        "help_cli_debug": (
            "Hiện chi tiết kỹ thuật (traceback) khi có lỗi",
            "Show technical details (traceback) on errors",
        ),
        "short_validate": ("Kiểm tra hồ sơ hội nghị", "Check meeting records"),
        "help_validate": (
            "Kiểm tra các hồ sơ (tệp hoặc thư mục) và báo mọi lỗi cùng lúc, dạng "
            "tệp:dòng:cột: lỗi; giá trị đáng ngờ được báo dạng tệp:dòng:cột: cảnh báo: ... "
            "Mã thoát 0 khi hợp lệ (kể cả có cảnh báo, trừ khi dùng --strict), 1 khi có lỗi, "
            "2 khi dùng sai lệnh."
            "\n\n\b\nVí dụ:\n  giaoban validate examples/nam-song-hau-2022.yaml\n"
            "  giaoban validate luu-tru/2022/",
            "Check records (files or folders) and report every problem at once, as "
            "file:line:column: message; suspicious values as file:line:column: warning: ... "
            "Exit 0 when valid (warnings included, unless --strict), 1 on problems, 2 on "
            "usage errors."
            "\n\n\b\nExamples:\n  giaoban validate examples/nam-song-hau-2022.yaml\n"
            "  giaoban validate archive/2022/",
        ),
        "short_schema": ("In JSON Schema của hồ sơ", "Print the record's JSON Schema"),
        "help_schema": (
            "In JSON Schema của hồ sơ (để trình soạn thảo gợi ý và kiểm tra khi gõ)."
            "\n\n\b\nVí dụ:\n  giaoban schema -o record.schema.json\n"
            "  giaoban schema --defaults -o defaults.schema.json",
            "Print the JSON Schema of a record (for editor completion and checks)."
            "\n\n\b\nExamples:\n  giaoban schema -o record.schema.json\n"
            "  giaoban schema --defaults -o defaults.schema.json",
        ),
        "help_schema_defaults": (
            "Schema của tệp thiết lập chung giaoban.yaml (không mục nào bắt buộc)",
            "Schema of a giaoban.yaml defaults file (nothing required)",
        ),
        "help_schema_output": ("Ghi vào tệp thay vì in ra", "Write to a file instead of printing"),
        "short_show": ("Tóm tắt một hồ sơ", "Summarise a record"),
        "help_show": (
            "Tóm tắt một hồ sơ hội nghị để soát nhanh.\n\n\b\nVí dụ:\n"
            "  giaoban show examples/nam-song-hau-2022.yaml",
            "Print a readable summary of a meeting record.\n\n\b\nExample:\n"
            "  giaoban show examples/nam-song-hau-2022.yaml",
        ),
        "short_new": ("Tạo hồ sơ hội nghị mới", "Create a new meeting record"),
        "help_new": (
            "Tạo hồ sơ mới từ tệp thiết lập chung; với --from, chuyển Cụm, các tỉnh và "
            "Cụm trưởng mới từ hồ sơ năm trước. Khi hồ sơ mới ở thư mục khác, các mục chung "
            "trong giaoban.yaml của hồ sơ cũ được chép sang (vào giaoban.yaml bên cạnh, hoặc "
            "vào hồ sơ nếu thư mục đã có giaoban.yaml riêng).\n\n\b\nVí dụ:\n"
            "  giaoban new examples/nam-song-hau-2023-moi.yaml "
            "--from examples/nam-song-hau-2022.yaml",
            "Create a record from the defaults file; with --from, carry the cluster, its "
            "members and the new chair over from last year's record. In another folder, the "
            "shared settings of the old record's giaoban.yaml are copied over (into a "
            "giaoban.yaml beside it, or into the record when that folder has its own)."
            "\n\n\b\nExample:\n"
            "  giaoban new examples/nam-song-hau-2023-new.yaml "
            "--from examples/nam-song-hau-2022.yaml",
        ),
        "help_new_previous": ("Hồ sơ năm trước", "Last year's record"),
        "help_new_date": (
            "Ngày hội nghị (2023-12-14 hoặc 14/12/2023; chỉ biết tháng: 12/2023)",
            "Meeting date (2023-12-14 or 14/12/2023; the month alone: 12/2023)",
        ),
        "help_new_force": ("Ghi đè tệp đã có", "Overwrite an existing file"),
        "short_render": ("Tạo biên bản và tin bài", "Make the minutes and the press report"),
        "help_render": (
            "Tạo biên bản (Word) và tin bài từ một hoặc nhiều hồ sơ: THƯ-MỤC/<tên>-bien-ban.docx, "
            "<tên>-tin-bai.docx, <tên>-tin-bai.md.\n\n\b\nVí dụ:\n"
            "  giaoban render examples/nam-song-hau-2022.yaml -o out/\n"
            "  giaoban render examples/*.yaml -o out/ --pdf",
            "Make the minutes (Word) and the press report of one or more records: "
            "DIR/<name>-bien-ban.docx, <name>-tin-bai.docx, <name>-tin-bai.md.\n\n\b\nExamples:\n"
            "  giaoban render examples/nam-song-hau-2022.yaml -o out/\n"
            "  giaoban render examples/*.yaml -o out/ --pdf",
        ),
        "help_render_out_dir": (
            "Thư mục ghi kết quả (mặc định: thư mục hiện tại; tạo nếu chưa có)",
            "Output folder (default: the current folder; created if missing)",
        ),
        "help_render_only": (
            "Chỉ tạo biên bản hoặc chỉ tạo tin bài",
            "Only the minutes, or only the press report",
        ),
        "version_line": ("{prog}, phiên bản {version}", "{prog}, version {version}"),
        "help_cli_version": ("Hiện số phiên bản rồi thoát.", "Show the version and exit."),
        "help_validate_verbose": (
            "Liệt kê từng tệp, kèm các tệp mặc định (giaoban.yaml) áp dụng cho nó",
            "List each file, with the defaults files (giaoban.yaml) that apply to it",
        ),
        "help_validate_strict": (
            "Coi cảnh báo là lỗi (mã thoát 1)",
            "Treat warnings as errors (exit 1)",
        ),
        "help_render_strict": (
            "Coi cảnh báo là lỗi: hồ sơ có cảnh báo không được xuất (mã thoát 1)",
            "Treat warnings as errors: a record with a warning is not rendered (exit 1)",
        ),
        "help_export_strict": (
            "Coi cảnh báo là lỗi: hồ sơ có cảnh báo bị báo lỗi (mã thoát 1)",
            "Treat warnings as errors: a record with a warning fails (exit 1)",
        ),
        "help_render_pdf": (
            "Xuất thêm PDF bằng LibreOffice (một lần chạy cho mọi tài liệu)",
            "Also convert to PDF with LibreOffice (one run for every document)",
        ),
        "help_render_pdfa": (
            "Xuất PDF/A-2b (lưu trữ lâu dài; kèm --pdf)",
            "Write PDF/A-2b (long-term preservation; implies --pdf)",
        ),
        "help_render_pdf_timeout": (
            "Giới hạn thời gian cho LibreOffice, tính bằng giây (mặc định 60 + 5 mỗi tài liệu); "
            "quá hạn thì dừng hẳn nó",
            "Time limit for LibreOffice in seconds (default 60 + 5 per document); past it, "
            "LibreOffice is stopped",
        ),
        "help_render_templates": (
            "Thư mục mẫu riêng (tạo bằng: giaoban templates copy THƯ-MỤC)",
            "A folder of your own templates (made with: giaoban templates copy DIR)",
        ),
        "help_render_formats": (
            "Định dạng tin bài, dùng nhiều lần được (mặc định: docx và md)",
            "Press report format, repeatable (default: docx and md)",
        ),
        "help_render_force": (
            "Ghi đè cả tài liệu đã có mà không phải do giaoban ghi lần trước (đã sửa tay)",
            "Replace documents giaoban did not write there last (edited by hand) too",
        ),
        "short_export": ("Xuất cả năm hoặc cả kho lưu trữ", "Export a year or a whole archive"),
        "help_export": (
            "Xuất biên bản và tin bài của mọi hồ sơ trong THƯ-MỤC-LƯU-TRỮ (cả thư mục con) vào "
            "-o THƯ-MỤC, theo đúng cấu trúc thư mục; kèm bản tổng hợp năm tong-hop-<năm>.docx. "
            "Chỉ ghi lại những gì đã đổi; không bao giờ ghi đè tài liệu đã được sửa tay (trừ khi "
            "có --force). Hồ sơ lỗi được báo và các hồ sơ khác vẫn được xuất.\n\n\b\nVí dụ:\n"
            "  giaoban export luu-tru/ -o xuat/ --year 2022\n"
            "  giaoban export luu-tru/ -o xuat/ --cluster 'Nam Sông Hậu' --pdf --zip",
            "Export the minutes and press report of every record under ARCHIVE (recursively) into "
            "-o DIR, mirroring its folders, with a year summary tong-hop-<year>.docx. Only what "
            "changed is written; a document edited by hand is never overwritten (unless --force). "
            "A broken record is reported and the others are still exported.\n\n\b\nExamples:\n"
            "  giaoban export archive/ -o out/ --year 2022\n"
            "  giaoban export archive/ -o out/ --cluster 'Nam Sông Hậu' --pdf --zip",
        ),
        "help_export_out_dir": ("Thư mục ghi kết quả", "Output folder"),
        "help_range_between": ("từ {low} đến {high}", "{low} to {high}"),
        "help_range_min": ("từ {bound} trở lên", "at least {bound}"),
        "help_range_max": ("tối đa {bound}", "at most {bound}"),
        "help_export_year": (
            "Chỉ các hội nghị của năm thi đua này (meeting.cluster.year: hội nghị tổng kết năm "
            "2023 họp tháng 1/2024 thuộc năm 2023)",
            "Only the meetings of this work year (meeting.cluster.year: the review of 2023 "
            "held in January 2024 is of 2023)",
        ),
        "help_export_cluster": (
            "Chỉ các hội nghị của Cụm này",
            "Only the meetings of this cluster",
        ),
        "help_export_jobs": (
            "Số tiến trình chạy song song (mặc định: số lõi CPU)",
            "Parallel processes (default: every core)",
        ),
        "help_export_pdf": (
            "Xuất thêm PDF (một lần chạy LibreOffice)",
            "Also convert to PDF (one LibreOffice run)",
        ),
        "help_export_pdfa": (
            "Xuất PDF/A-2b (lưu trữ lâu dài; kèm --pdf)",
            "Write PDF/A-2b (long-term preservation; implies --pdf)",
        ),
        "help_export_pdf_timeout": (
            "Giới hạn thời gian cho LibreOffice, tính bằng giây (mặc định 60 + 5 mỗi tài liệu)",
            "Time limit for LibreOffice in seconds (default 60 + 5 per document)",
        ),
        "help_export_bundle": (
            "Gói các tài liệu của năm vào một tệp .zip để gửi",
            "Bundle the year's documents into one .zip to send",
        ),
        "help_export_force": (
            "Ghi đè cả tài liệu đã được sửa tay, và xuất lại mọi thứ",
            "Replace documents edited by hand too, and export everything again",
        ),
        "help_export_fail_fast": (
            "Dừng ngay ở hồ sơ lỗi đầu tiên",
            "Stop at the first broken record",
        ),
        "help_export_templates": ("Thư mục mẫu riêng", "A folder of your own templates"),
        "short_diff": ("So sánh chỉ đạo qua các năm", "Compare directives across years"),
        "help_diff": (
            "So sánh chỉ đạo của hai hội nghị (CŨ.yaml MỚI.yaml), hoặc mọi năm liên tiếp của "
            "một Cụm trong thư mục: giữ nguyên, chỉ khác hình thức, viết lại, tách, gộp, mới, bỏ. "
            "Mã thoát 0 khi không đổi, 1 khi có thay đổi, 2 khi lỗi.\n\n\b\nVí dụ:\n"
            "  giaoban diff examples/nam-song-hau-2022.yaml examples/nam-song-hau-2023.yaml\n"
            "  giaoban diff luu-tru/ --cluster 'Nam Sông Hậu' --from 2021 --to 2024\n"
            "  giaoban diff a.yaml b.yaml --format docx -o so-sanh.docx",
            "Compare the directives of two meetings (OLD.yaml NEW.yaml), or every consecutive "
            "year of a cluster in a folder: unchanged, cosmetic, reworded, split, merged, new, "
            "dropped. Exit 0 without change, 1 with changes, 2 on error.\n\n\b\nExamples:\n"
            "  giaoban diff examples/nam-song-hau-2022.yaml examples/nam-song-hau-2023.yaml\n"
            "  giaoban diff archive/ --cluster 'Nam Sông Hậu' --from 2021 --to 2024\n"
            "  giaoban diff a.yaml b.yaml --format docx -o compare.docx",
        ),
        "help_diff_cluster": (
            "Cụm cần so sánh (khi đưa vào một thư mục)",
            "The cluster (with a folder)",
        ),
        "help_diff_first": ("Từ năm", "From this year"),
        "help_diff_last": ("Đến năm", "To this year"),
        "help_diff_fmt": (
            "text (màn hình), md, html, json hoặc docx (có theo dõi thay đổi của Word)",
            "text (terminal), md, html, json or docx (Word tracked changes)",
        ),
        "help_diff_output": ("Ghi vào tệp", "Write to a file"),
        "help_diff_force": (
            "Ghi đè tệp -o đã có mà không phải do giaoban ghi lần trước (đã sửa tay)",
            "Replace the -o file even if giaoban did not write it there last (edited by hand)",
        ),
        "short_followup": (
            "Theo dõi thực hiện chỉ đạo qua các năm",
            "Follow directives up across years",
        ),
        "help_followup": (
            "Mọi nội dung chỉ đạo của một Cụm qua các năm: giao năm nào, thời hạn, được nhắc "
            "lại hay viết lại (so khớp như giaoban diff), kết quả thực hiện (mục followup của "
            "các hồ sơ sau), nội dung chưa hoàn thành đã bao lâu và đã quá hạn chưa; nội dung "
            "quá hạn xếp trước.\n\n\b\nVí dụ:\n"
            "  giaoban followup examples/ --cluster 'Nam Sông Hậu'\n"
            "  giaoban followup luu-tru/ --cluster 'Nam Sông Hậu' --open\n"
            "  giaoban followup luu-tru/ --cluster 'Nam Sông Hậu' --format docx -o theo-doi.docx",
            "Every directive of a cluster across the years: the year given, its deadline, "
            "carried over or reworded (matched as giaoban diff matches), its results (the "
            "later records' followup section), how long an open one has been open and "
            "whether it is overdue; overdue ones first.\n\n\b\nExamples:\n"
            "  giaoban followup examples/ --cluster 'Nam Sông Hậu'\n"
            "  giaoban followup archive/ --cluster 'Nam Sông Hậu' --open\n"
            "  giaoban followup archive/ --cluster 'Nam Sông Hậu' --format docx -o follow.docx",
        ),
        "help_followup_cluster": ("Cụm cần theo dõi", "The cluster"),
        "help_followup_only_open": (
            "Chỉ các nội dung chưa hoàn thành",
            "Only the directives still open",
        ),
        "help_followup_fmt": (
            "md (mặc định: in ra màn hình dạng Markdown), json, hoặc docx (Word, cần -o)",
            "md (the default: Markdown on the screen), json, or docx (Word, needs -o)",
        ),
        "help_followup_output": ("Ghi vào tệp", "Write to a file"),
        "help_followup_force": (
            "Ghi đè cả tệp đã được sửa tay",
            "Replace the file even if it was edited by hand",
        ),
        "short_templates": ("Mẫu tài liệu", "Document templates"),
        "help_templates": (
            "Mẫu tài liệu: chép mẫu mặc định ra để sửa trong Word.\n\n\b\nVí dụ:\n"
            "  giaoban templates copy mau-cua-toi/",
            "Document templates: copy the defaults out to edit them in Word.\n\n\b\nExample:\n"
            "  giaoban templates copy my-templates/",
        ),
        "short_templates_copy": ("Chép các mẫu mặc định ra thư mục", "Copy the default templates"),
        "help_templates_copy": (
            "Chép các mẫu mặc định ra THƯ-MỤC để sửa (Word, LibreOffice, trình soạn thảo); "
            "dùng lại bằng --templates THƯ-MỤC hoặc mục minutes.template.\n\n\b\nVí dụ:\n"
            "  giaoban templates copy mau-cua-toi/\n"
            "  giaoban render hoi-nghi.yaml --templates mau-cua-toi/",
            "Copy the default templates to DIR for editing (Word, LibreOffice, a text editor); "
            "use them with --templates DIR or minutes.template.\n\n\b\nExample:\n"
            "  giaoban templates copy my-templates/\n"
            "  giaoban render meeting.yaml --templates my-templates/",
        ),
        "help_templates_copy_force": ("Ghi đè các tệp đã có", "Overwrite existing files"),
        "short_check": ("Soát thể thức một biên bản", "Check a minutes document's layout"),
        "help_check": (
            "Soát biên bản .docx theo Nghị định 30/2020/NĐ-CP: khổ giấy, lề, phông, cỡ chữ, "
            "quốc hiệu, tiêu ngữ, số trang; với tệp .pdf: khổ A4, phông được nhúng, dấu "
            "PDF/A. Mã thoát 1 khi có điểm chưa đúng.\n\n\b\nVí dụ:\n"
            "  giaoban check out/nam-song-hau-2022-bien-ban.docx",
            "Check a minutes .docx against Nghị định 30/2020/NĐ-CP: paper, margins, fonts, sizes, "
            "national title, motto, page numbers; a .pdf: A4 paper, embedded fonts, PDF/A "
            "mark. Exit 1 on any departure.\n\n\b\nExample:\n"
            "  giaoban check out/nam-song-hau-2022-bien-ban.docx",
        ),
        "short_pdf-server": (
            "Giữ LibreOffice chạy sẵn để --pdf nhanh hơn",
            "Keep LibreOffice running so that --pdf is faster",
        ),
        "help_pdf-server": (
            "Giữ LibreOffice chạy sẵn để mọi lệnh --pdf của bạn trên máy này xuất PDF nhanh: "
            "một tài liệu dưới 0,3 giây thay vì khoảng 1 giây. Chỉ tài khoản của bạn kết nối "
            "được với nó (không mở cổng mạng nào). Ctrl-C để dừng; khi nó không chạy, giaoban "
            "tự gọi LibreOffice như thường.\n\n\b\nVí dụ:\n"
            "  giaoban pdf-server\n"
            "  giaoban render examples/nam-song-hau-2022.yaml -o out/ --pdf",
            "Keep LibreOffice running so that every --pdf command of yours on this machine "
            "is fast: one document in under 0.3 s instead of about 1 s. Only your account "
            "can connect to it (no network port is opened). Ctrl-C stops it; when it is not "
            "running, giaoban starts LibreOffice as usual.\n\n\b\n"
            "Example:\n"
            "  giaoban pdf-server\n"
            "  giaoban render examples/nam-song-hau-2022.yaml -o out/ --pdf",
        ),
    }
)

# giaoban sign / verify / metadata: the e-office (Nghị định 30/2020, Điều 5, Phụ lục I, VI)
_PAIRS.update(
    {
        "sign_file_missing": ("{path}: không tìm thấy tệp", "{path}: file not found"),
        "sign_not_pdf": (
            "{path}: không phải tệp PDF đọc được: {reason}",
            "{path}: not a readable PDF file: {reason}",
        ),
        "not_pdf_word": (
            "đây là tệp Word (.docx) hoặc tệp nén; hãy dùng tệp PDF làm từ nó ('giaoban render "
            "… --pdf', hoặc trong Word: Lưu thành PDF)",
            "this is a Word file (.docx) or a zip; use the PDF made from it ('giaoban render "
            "… --pdf', or in Word: Save as PDF)",
        ),
        "not_pdf_other": (
            "tệp không mở đầu bằng '%PDF-' như mọi tệp PDF",
            "the file does not begin with '%PDF-' as every PDF does",
        ),
        "not_pdf_broken": (
            "tệp PDF bị hỏng hoặc chưa được ghi hết (tải về dở, chép dở); hãy làm lại hoặc "
            "chép lại tệp",
            "the PDF is damaged or not written whole (a download or copy cut short); make or "
            "copy it again",
        ),
        "sign_no_block": (
            "{path}: không tìm thấy khối chữ ký (dòng THƯ KÝ hoặc CHỦ TRÌ) trong tệp: đây không "
            "phải biên bản do giaoban tạo, hoặc mẫu riêng đã bỏ các dòng đó. Hãy ký tệp PDF do "
            "'giaoban render --pdf' tạo, hoặc thêm --invisible để ký không hiển thị",
            "{path}: no signature block (a THƯ KÝ or CHỦ TRÌ line) in the file: it is not minutes "
            "made by giaoban, or its own template dropped those lines. Sign the PDF that "
            "'giaoban render --pdf' wrote, or add --invisible for an invisible signature",
        ),
        "sign_role_missing": (
            "không có khối chữ ký '{title}' trong biên bản",
            "the minutes have no '{title}' signature block",
        ),
        "sign_already": (
            "{path}: khối chữ ký {title} đã được ký; chọn khối khác bằng --role",
            "{path}: the {title} signature block is already signed; choose another with --role",
        ),
        "sign_needs_image": (
            "chữ ký hiển thị cần ảnh chữ ký (--image CHU-KY.png) hoặc ảnh con dấu "
            "(--seal CON-DAU.png); hoặc thêm --invisible để ký không hiển thị",
            "a visible signature needs the signature image (--image SIGNATURE.png) or the seal "
            "image (--seal SEAL.png); or add --invisible for an invisible signature",
        ),
        "sign_other_holder": (
            "lưu ý: chứng thư số của {holder} đã ký vào khối {title}, nhưng dưới khối ghi "
            "{name}; nếu ký nhầm khối, lấy lại bản PDF chưa ký và ký với --role đúng",
            "note: the certificate of {holder} signed the {title} block, but the name under "
            "it is {name}; if that is the wrong block, take the unsigned PDF again and sign "
            "with the right --role",
        ),
        "sign_image_missing": ("{path}: không tìm thấy ảnh", "{path}: image not found"),
        "sign_image_bad": (
            "{path}: không đọc được ảnh ({error}); cần ảnh PNG nền trong suốt",
            "{path}: cannot read the image ({error}); a PNG with a transparent background is "
            "needed",
        ),
        "sign_image_opaque": (
            "{path}: cảnh báo: ảnh không có nền trong suốt (Nghị định 30/2020, Phụ lục I yêu "
            "cầu PNG nền trong suốt); nền của ảnh sẽ che phần bên dưới",
            "{path}: warning: the image has no transparent background (Nghị định 30/2020, "
            "Phụ lục I asks for a PNG with one); its background will hide what lies under it",
        ),
        "sign_cert_missing": (
            "{path}: không tìm thấy tệp chứng thư số (.p12)",
            "{path}: certificate file (.p12) not found",
        ),
        "sign_cert_not_p12": (
            "{path}: không phải tệp chứng thư số PKCS#12 (.p12, .pfx)",
            "{path}: not a PKCS#12 certificate file (.p12, .pfx)",
        ),
        "sign_wrong_password": (
            "{path}: sai mật khẩu của tệp chứng thư số",
            "{path}: wrong password for the certificate file",
        ),
        "sign_cert_no_key": (
            "{path}: tệp chứng thư số không chứa khóa bí mật để ký",
            "{path}: the certificate file holds no private key to sign with",
        ),
        "sign_cert_expired": (
            "{source}: chứng thư số của {subject} đã hết hạn ngày {day}; hãy gia hạn với "
            "tổ chức cung cấp dịch vụ chứng thực",
            "{source}: the certificate of {subject} expired on {day}; renew it with the "
            "certification service",
        ),
        "sign_cert_not_yet": (
            "{source}: chứng thư số của {subject} chỉ có hiệu lực từ ngày {day}",
            "{source}: the certificate of {subject} is valid only from {day}",
        ),
        "sign_no_password": (
            "chưa có mật khẩu: nhập khi được hỏi, hoặc dùng --password-file TỆP hoặc biến môi "
            "trường {env}",
            "no password: type it when asked, or use --password-file FILE or the environment "
            "variable {env}",
        ),
        "sign_password_prompt": ("Mật khẩu của {source}", "Password of {source}"),
        "sign_pin_prompt": ("Mã PIN của token {source}", "PIN of token {source}"),
        "sign_cert_or_token": (
            "cần đúng một nguồn khóa ký: --cert TỆP.p12, hoặc --pkcs11-lib THƯ-VIỆN "
            "--token NHÃN --key NHÃN",
            "exactly one signing key is needed: --cert FILE.p12, or --pkcs11-lib LIBRARY "
            "--token LABEL --key LABEL",
        ),
        "sign_token_library": (
            "{path}: không tìm thấy thư viện PKCS#11 của token",
            "{path}: the token's PKCS#11 library was not found",
        ),
        "sign_no_token": (
            "không thấy token '{token}' qua thư viện {library}; hãy cắm token và kiểm tra nhãn",
            "no token labelled '{token}' through {library}; plug the token in and check its label",
        ),
        "sign_wrong_pin": ("sai mã PIN của token '{token}'", "wrong PIN for token '{token}'"),
        "sign_pin_locked": (
            "token '{token}' đã bị khóa mã PIN; liên hệ nơi cấp token",
            "token '{token}' has its PIN locked; contact the token's issuer",
        ),
        "sign_no_key": (
            "không thấy khóa và chứng thư số nhãn '{key}' trên token '{token}'",
            "no key and certificate labelled '{key}' on token '{token}'",
        ),
        "sign_token_error": (
            "không dùng được token qua {library}: {error}",
            "cannot use the token through {library}: {error}",
        ),
        "signed": (
            "đã ký {path} ({field}, trang {page})",
            "signed {path} ({field}, page {page})",
        ),
        "verify_trust_missing": (
            "{path}: không tìm thấy tệp chứng thư gốc tin cậy",
            "{path}: trust root file not found",
        ),
        "verify_trust_bad": (
            "{path}: không phải chứng thư số (PEM hoặc DER)",
            "{path}: not a certificate (PEM or DER)",
        ),
        "verify_broken": ("chữ ký hỏng: {error}", "damaged signature: {error}"),
        "verify_changed": (
            "nội dung đã bị thay đổi sau khi ký",
            "the content was changed after signing",
        ),
        "verify_modified_after": (
            "sau khi ký, tệp có thêm thay đổi khác ngoài các chữ ký sau",
            "after signing, the file was changed by more than later signatures",
        ),
        "verify_untrusted": (
            "chứng thư số không dẫn tới gốc tin cậy nào đã cho ({reason}); thêm --trust GỐC.pem",
            "the certificate does not chain to any given trust root ({reason}); add "
            "--trust ROOT.pem",
        ),
        "verify_no_trust": (
            "chưa kiểm tra được chứng thư dẫn tới gốc tin cậy nào: hãy chỉ chứng thư gốc bằng "
            "--trust GỐC.pem",
            "no trust root to check the certificate against: give one with --trust ROOT.pem",
        ),
        "verify_no_tsa": (
            "thời điểm ký do máy người ký ghi, không có dấu thời gian của tổ chức cung cấp "
            "dịch vụ (TSA)",
            "the signing time is the signer's computer clock; no timestamp authority (TSA) "
            "vouches for it",
        ),
        "verify_no_revocation": (
            "chứng thư có bị thu hồi không (CRL/OCSP cần mạng; giaoban kiểm tra ngoại tuyến)",
            "whether the certificate was revoked (CRL/OCSP needs the network; giaoban checks "
            "offline)",
        ),
        "verify_signature": (
            "chữ ký {number}/{count} ({field}): {signer}",
            "signature {number}/{count} ({field}): {signer}",
        ),
        "verify_time": ("  thời điểm ký: {time}", "  signed at: {time}"),
        "verify_intact": (
            "  nội dung: nguyên vẹn từ khi ký",
            "  content: unchanged since signing",
        ),
        "verify_trusted": (
            "  chứng thư: hợp lệ, dẫn tới gốc tin cậy",
            "  certificate: valid, chains to a trust root",
        ),
        "verify_problem": ("  LỖI: {problem}", "  ERROR: {problem}"),
        "verify_not_checked": ("  chưa kiểm tra: {item}", "  not checked: {item}"),
        "verify_none": ("{path}: tệp không có chữ ký số nào", "{path}: the file has no signature"),
        "verify_ok": (
            "{path}: {count} chữ ký hợp lệ",
            "{path}: {count} valid signature(s)",
        ),
        "verify_failed": (
            "{path}: {bad} trên {count} chữ ký không đạt",
            "{path}: {bad} of {count} signature(s) failed",
        ),
        "short_sign": ("Ký số biên bản PDF", "Sign the minutes PDF digitally"),
        "help_sign": (
            "Ký số tệp PDF biên bản (PAdES) bằng tệp chứng thư số .p12 hoặc token PKCS#11. Ảnh "
            "chữ ký đặt giữa dòng chức danh và họ tên, ảnh con dấu trùm lên 1/3 ảnh chữ ký về "
            "bên trái (Nghị định 30/2020, Phụ lục I). Mật khẩu (mã PIN) được hỏi khi ký, hoặc "
            "lấy từ --password-file hay biến môi trường GIAOBAN_PASSWORD, không bao giờ là "
            "tham số. Người ký sau không làm hỏng chữ ký trước.\n\n\b\nVí dụ:\n"
            "  giaoban sign out/bien-ban.pdf --cert thu-ky.p12 --image chu-ky-thu-ky.png\n"
            "  giaoban sign out/bien-ban.pdf --cert chu-tri.p12 --image chu-ky.png\n"
            "  giaoban sign out/bien-ban.pdf --cert co-quan.p12 --seal con-dau.png --role chu-tri\n"
            "  giaoban sign out/bien-ban.pdf --pkcs11-lib /usr/lib/token.so --token TOKEN "
            "--key KEY --image chu-ky.png",
            "Sign a minutes PDF digitally (PAdES) with a .p12 certificate file or a PKCS#11 "
            "token. The signature image goes between the title line and the name, the seal over "
            "the left third of it (Nghị định 30/2020, Phụ lục I). The password (PIN) is asked "
            "for, or read from --password-file or the environment variable GIAOBAN_PASSWORD, "
            "never given as an argument. A later signer leaves earlier signatures valid."
            "\n\n\b\nExamples:\n"
            "  giaoban sign out/bien-ban.pdf --cert secretary.p12 --image secretary.png\n"
            "  giaoban sign out/bien-ban.pdf --cert chair.p12 --image chair.png\n"
            "  giaoban sign out/bien-ban.pdf --cert org.p12 --seal seal.png --role chu-tri\n"
            "  giaoban sign out/bien-ban.pdf --pkcs11-lib /usr/lib/token.so --token TOKEN "
            "--key KEY --image chair.png",
        ),
        "help_sign_cert": ("Tệp chứng thư số .p12/.pfx", "Certificate file .p12/.pfx"),
        "help_sign_password_file": (
            "Đọc mật khẩu (mã PIN) từ dòng đầu của tệp này",
            "Read the password (PIN) from the first line of this file",
        ),
        "help_sign_image": (
            "Ảnh chữ ký PNG nền trong suốt, màu xanh",
            "Signature image: PNG, transparent background, blue",
        ),
        "help_sign_seal": (
            "Ảnh con dấu PNG, màu đỏ, kích thước thật (chữ ký của cơ quan)",
            "Seal image: PNG, red, real size (the organisation's signature)",
        ),
        "help_sign_role": (
            "Khối chữ ký: thu-ky hoặc chu-tri (mặc định: khối đầu tiên chưa ký)",
            "Signature block: thu-ky or chu-tri (default: the first one not signed yet)",
        ),
        "help_sign_invisible": ("Ký không hiển thị", "Sign without a visible signature"),
        "help_sign_output": (
            "Ghi tệp đã ký vào đây (mặc định: ghi lại chính tệp PDF)",
            "Write the signed file here (default: the PDF itself)",
        ),
        "help_sign_pkcs11_lib": (
            "Thư viện PKCS#11 của token (.so, .dll)",
            "The token's PKCS#11 library (.so, .dll)",
        ),
        "help_sign_token": ("Nhãn của token", "The token's label"),
        "help_sign_key": (
            "Nhãn của khóa và chứng thư số trên token",
            "The label of the key and certificate on the token",
        ),
        "short_verify": ("Kiểm tra chữ ký số của tệp PDF", "Check a PDF's digital signatures"),
        "help_verify": (
            "Kiểm tra từng chữ ký số: người ký, thời điểm ký, nội dung còn nguyên vẹn, chứng "
            "thư dẫn tới gốc tin cậy (--trust). Mã thoát 0 chỉ khi mọi điều đều đạt.\n\n"
            "\b\nVí dụ:\n  giaoban verify out/bien-ban.pdf --trust goc-tin-cay.pem",
            "Check every digital signature: signer, signing time, content unchanged, certificate "
            "chaining to a trust root (--trust). Exit 0 only when all of it holds.\n\n"
            "\b\nExample:\n  giaoban verify out/bien-ban.pdf --trust root.pem",
        ),
        "metadata_other_document": (
            "{pdf}: tệp PDF này là văn bản «{own}», không phải biên bản của hồ sơ {record} "
            "(«{wanted}»); hãy chọn đúng cặp hồ sơ và tệp PDF",
            "{pdf}: this PDF is the document «{own}», not the minutes of record {record} "
            "(«{wanted}»); pair the record with its own PDF",
        ),
        "short_metadata": (
            "Ghi thông tin đầu vào (Phụ lục VI) của biên bản PDF",
            "Write the records-system metadata (Phụ lục VI) of a minutes PDF",
        ),
        "help_metadata": (
            "Ghi bên cạnh tệp PDF biên bản hai tệp <tên>.metadata.json và <tên>.metadata.xml "
            "với thông tin đầu vào của văn bản điện tử theo Nghị định 30/2020, Phụ lục VI "
            "(số, ký hiệu, ngày, cơ quan ban hành, trích yếu, người ký, số trang...), lấy từ hồ "
            "sơ và từ tệp PDF. Chạy sau khi đã ký xong (mã băm là của tệp đã ký).\n\n\b\n"
            "Ví dụ:\n  giaoban metadata hoi-nghi.yaml out/hoi-nghi-bien-ban.pdf",
            "Write beside the minutes PDF two files <name>.metadata.json and "
            "<name>.metadata.xml with the electronic document's metadata per Nghị định "
            "30/2020, Phụ lục VI (number, symbol, date, issuing body, subject, signers, page "
            "count...), from the record and the PDF. Run it once signing is done (the hash is "
            "the signed file's).\n\n\b\nExample:\n"
            "  giaoban metadata meeting.yaml out/meeting-bien-ban.pdf",
        ),
        "help_verify_trust": (
            "Chứng thư gốc tin cậy (PEM/DER), dùng nhiều lần được; không có thì không chữ ký "
            "nào được coi là tin cậy",
            "A trust root certificate (PEM/DER), repeatable; without one no signature is trusted",
        ),
    }
)

# giaoban serve: the server's messages, the page's words (web_ui_*) and the form's labels
# (web_field_<key>; a field without a label shows its key and its description).
_PAIRS.update(
    {
        "web_outside": (
            "đường dẫn '{path}' không thuộc thư mục đang mở: bị từ chối",
            "the path '{path}' is not inside the folder being served: refused",
        ),
        "web_not_record": (
            "'{path}' không phải tệp hồ sơ .yaml",
            "'{path}' is not a .yaml record",
        ),
        "web_new_name_missing": (
            "hãy nhập tên tệp hồ sơ mới (ví dụ giao-ban-2025)",
            "type the new record's file name (for example giao-ban-2025)",
        ),
        "web_not_folder": ("'{path}' không phải thư mục", "'{path}' is not a folder"),
        "web_new_exists": (
            "thư mục đã có tệp {path}: hãy đặt tên khác, hoặc mở tệp đó trong danh sách",
            "the folder already has {path}: choose another name, or open that file in the list",
        ),
        "web_new_case_twin": (
            "thư mục đã có {twin}, chỉ khác {path} ở chữ hoa, chữ thường; trên Windows và "
            "macOS hai tên này là một tệp: hãy đặt tên khác, hoặc mở {twin} trong danh sách",
            "the folder already has {twin}, which differs from {path} only in upper and lower "
            "case; on Windows and macOS the two are one file: choose another name, or open "
            "{twin} in the list",
        ),
        "web_conflict": (
            "tệp {path} đã bị sửa trên đĩa sau khi biểu mẫu mở nó; chưa ghi gì",
            "{path} was changed on disk after the form opened it; nothing was written",
        ),
        "web_bad_origin": (
            "yêu cầu gửi từ trang khác ({origin}) bị từ chối",
            "a request sent from another site ({origin}) was refused",
        ),
        "web_bad_host": (
            "tên máy '{host}' không được phục vụ ở đây",
            "the host name '{host}' is not served here",
        ),
        "web_token_needed": (
            "cần mã truy cập: mở đúng địa chỉ đã in khi khởi động",
            "an access token is needed: open the address printed at start",
        ),
        "web_too_large": (
            "yêu cầu quá lớn (tối đa {limit} KB)",
            "request too large (at most {limit} KB)",
        ),
        "web_has_problems": (
            "hồ sơ còn {count} lỗi: sửa xong mới tạo được văn bản",
            "the record has {count} problem(s): fix them to build the documents",
        ),
        "web_started": (
            "giaoban đang mở thư mục {folder} tại {url} (Ctrl+C để dừng)",
            "giaoban serves the folder {folder} at {url} (Ctrl+C to stop)",
        ),
        "web_token_line": (
            "Mã truy cập (chỉ đưa cho người được dùng): {token}",
            "Access token (give it only to those allowed): {token}",
        ),
        "web_other_computers": (
            "Từ máy khác trong mạng: {url}",
            "From another computer of the network: {url}",
        ),
        "web_port_busy": (
            "cổng {port} đang được dùng; chọn cổng khác bằng --port",
            "port {port} is in use; choose another with --port",
        ),
        "short_serve": (
            "Mở biểu mẫu hồ sơ trong trình duyệt",
            "Write records in a browser form",
        ),
        "help_serve": (
            "Mở một ứng dụng web trên máy này cho THƯ-MỤC hồ sơ (mặc định thư mục hiện "
            "tại): danh sách hồ sơ, biểu mẫu có kiểm tra ngay khi gõ, xem trước biên bản "
            "và tin bài, lưu tệp YAML giữ nguyên chú thích. Chỉ nghe ở 127.0.0.1; địa chỉ "
            "khác (--host) cần mã truy cập in ra khi khởi động.\n\n\b\nVí dụ:\n"
            "  giaoban serve ho-so/ --open",
            "Start a web application on this computer over a FOLDER of records (the "
            "current one by default): the records, a form checked as you type, a live "
            "preview of the minutes and the press report, saving the YAML with its "
            "comments kept. Listens on 127.0.0.1 only; another address (--host) needs the "
            "access token printed at start.\n\n\b\nExample:\n"
            "  giaoban serve records/ --open",
        ),
        "help_serve_port": ("Cổng (mặc định 8765)", "Port (default 8765)"),
        "help_serve_host": (
            "Địa chỉ nghe; khác 127.0.0.1 thì cần mã truy cập",
            "Address to listen on; any other than 127.0.0.1 needs the access token",
        ),
        "help_serve_open_browser": ("Mở trình duyệt", "Open a browser"),
        "short_resident": (
            "Tiến trình giaoban chạy nền (cho lệnh nhanh hơn)",
            "The resident giaoban (faster commands)",
        ),
        "help_resident": (
            "Sau lệnh đầu tiên, giaoban để một tiến trình chạy nền đã nạp sẵn thư viện; "
            "các lệnh sau do tiến trình đó làm nên nhanh hơn nhiều. Tiến trình tự dừng sau "
            "10 phút không có lệnh (GIAOBAN_RESIDENT_IDLE=số giây để đổi), chỉ nhận lệnh của "
            "chính người dùng này, và không chạy khi đặt GIAOBAN_RESIDENT=0.\n\n\b\nVí dụ:\n"
            "  giaoban resident status\n"
            "  giaoban resident stop",
            "After a first command giaoban leaves a resident process with its libraries "
            "loaded; later commands run in it, much faster. It ends after 10 minutes without "
            "a command (GIAOBAN_RESIDENT_IDLE=seconds to change that), takes commands from "
            "this user only, and never runs with GIAOBAN_RESIDENT=0.\n\n\b\nExample:\n"
            "  giaoban resident status\n"
            "  giaoban resident stop",
        ),
        "short_resident_status": ("Cho biết tiến trình nào đang chạy", "Show what runs"),
        "help_resident_status": (
            "Cho biết giaoban có dùng tiến trình chạy nền không và những tiến trình nào đang chạy.",
            "Tell whether giaoban uses a resident process and which ones run.",
        ),
        "short_resident_start": ("Khởi động ngay một tiến trình", "Start one now"),
        "help_resident_start": (
            "Khởi động tiến trình chạy nền ngay (thường không cần: lệnh đầu tiên tự làm "
            "việc này) và chờ đến khi nó sẵn sàng.",
            "Start the resident process now (seldom needed: the first command does) and "
            "wait until it is ready.",
        ),
        "short_resident_stop": ("Dừng các tiến trình chạy nền", "Stop the resident processes"),
        "help_resident_stop": (
            "Dừng tiến trình chạy nền của bản giaoban này (--all: của mọi bản giaoban của "
            "người dùng này); lệnh đang chạy dở được làm xong trước. Lệnh sau sẽ lại khởi "
            "động một tiến trình, trừ khi đặt GIAOBAN_RESIDENT=0.",
            "Stop this giaoban's resident process (--all: those of every giaoban of this "
            "user); a command under way is finished first. The next command starts one "
            "again, unless GIAOBAN_RESIDENT=0.",
        ),
        "help_resident_stop_every": (
            "Dừng cả tiến trình chạy nền của các bản giaoban khác (bản cài khác, phiên bản "
            "khác) của người dùng này",
            "Also stop the resident processes of other giaoban installations or versions of "
            "this user",
        ),
        "resident_others_left": (
            "còn {count} tiến trình chạy nền của bản giaoban khác (bản cài, phiên bản hoặc "
            "thiết lập khác) không bị dừng; dùng --all để dừng cả chúng",
            "{count} resident process(es) of another giaoban (installation, version or "
            "settings) left running; use --all to stop them too",
        ),
        "resident_on": (
            "giaoban dùng tiến trình chạy nền (tắt bằng GIAOBAN_RESIDENT=0); thư mục {folder}",
            "giaoban uses a resident process (GIAOBAN_RESIDENT=0 turns it off); folder {folder}",
        ),
        "resident_off": (
            "giaoban không dùng tiến trình chạy nền ({why})",
            "giaoban uses no resident process ({why})",
        ),
        "resident_off_switch": ("GIAOBAN_RESIDENT=0", "GIAOBAN_RESIDENT=0"),
        "resident_off_system": (
            "chỉ có trên Linux",
            "only on Linux",
        ),
        "resident_none": ("không có tiến trình chạy nền nào", "no resident process runs"),
        "resident_current": (
            "pid {pid}: sẵn sàng nhận lệnh của giaoban này",
            "pid {pid}: ready for this giaoban's commands",
        ),
        "resident_other": (
            "pid {pid}: của một bản giaoban, Python hoặc thiết lập khác; tự dừng khi nhàn rỗi",
            "pid {pid}: for another giaoban, Python or setting; ends when idle",
        ),
        "resident_starting": (
            "pid {pid}: đang khởi động (nạp thư viện)",
            "pid {pid}: starting (loading its libraries)",
        ),
        "resident_started": ("tiến trình chạy nền pid {pid} sẵn sàng", "resident pid {pid} ready"),
        "resident_not_started": (
            "tiến trình chạy nền không khởi động được trong {seconds} giây",
            "the resident process did not start within {seconds} seconds",
        ),
        "resident_stopped": ("đã dừng tiến trình chạy nền pid {pid}", "stopped resident pid {pid}"),
        "resident_still": (
            "tiến trình chạy nền pid {pid} chưa dừng (đang làm dở một lệnh?)",
            "resident pid {pid} has not ended yet (a command under way?)",
        ),
        "web_ui_title": ("Hồ sơ hội nghị", "Meeting records"),
        "web_ui_folder": ("Thư mục", "Folder"),
        "web_ui_new": ("Hồ sơ mới", "New record"),
        "web_ui_file_name": ("Tên tệp", "File name"),
        "web_ui_from_previous": ("Từ hồ sơ năm trước", "From last year's record"),
        "web_ui_empty": ("(trống)", "(empty)"),
        "web_ui_create": ("Tạo", "Create"),
        "web_ui_open": ("Mở", "Open"),
        "web_ui_render": ("Tạo văn bản", "Build documents"),
        "web_ui_rendered": ("Đã ghi: {files}.", "Written: {files}."),
        # what "Tạo văn bản" kept, and the way to write the new one all the same (F109)
        "web_ui_rendered_none": ("Không ghi tệp nào.", "Nothing was written."),
        "web_ui_no_records": (
            "Thư mục này chưa có hồ sơ nào: tạo hồ sơ đầu tiên ở phần “Hồ sơ mới” dưới đây.",
            "This folder has no record yet: make the first one under “New record” below.",
        ),
        "web_ui_render_kept": (
            "Chưa ghi {file}: tệp này đã được sửa sau lần giaoban ghi trước (có thể đã sửa "
            "trong Word) nên được giữ nguyên, và nay không còn khớp với các văn bản vừa ghi.",
            "{file} was not written: it was changed since giaoban wrote it (edited in Word, "
            "perhaps), so it was kept, and it no longer agrees with the documents just written.",
        ),
        "web_ui_render_kept_alone": (
            "Chưa ghi {file}: tệp này đã được sửa sau lần giaoban ghi trước (có thể đã sửa "
            "trong Word) nên được giữ nguyên.",
            "{file} was not written: it was changed since giaoban wrote it (edited in Word, "
            "perhaps), so it was kept.",
        ),
        "web_ui_render_replace": (
            "Ghi bản mới, giữ bản đã sửa với tên {backup}",
            "Write the new one, keeping the edited one as {backup}",
        ),
        "web_ui_render_replace_confirm": (
            "Ghi bản mới vào {file}?\n\nBản đã sửa không bị mất: nó được đổi tên thành "
            "{backup}, ở cùng thư mục.",
            "Write the new version to {file}?\n\nThe edited one is not lost: it is renamed "
            "{backup}, in the same folder.",
        ),
        "web_ui_render_renamed": (
            "Bản đã sửa của {file} được giữ với tên {backup}.",
            "The edited {file} was kept as {backup}.",
        ),
        "web_ui_valid": ("hợp lệ", "valid"),
        "web_ui_valid_warnings": ("hợp lệ, {count} cảnh báo", "valid, {count} warning(s)"),
        "web_ui_problems": ("{count} lỗi", "{count} problem(s)"),
        "web_ui_docs_current": ("văn bản đã cập nhật", "documents up to date"),
        "web_ui_docs_stale": ("văn bản chưa cập nhật", "documents not up to date"),
        "web_ui_defaults": ("Thiết lập chung", "Shared settings"),
        "web_ui_save": ("Lưu", "Save"),
        "web_ui_text_fix": (
            "Biểu mẫu chưa mở được hồ sơ này vì có lỗi trong tệp (dòng lỗi đã được chọn ở ô "
            "dưới). Hãy sửa ngay trong ô rồi bấm Lưu; khi tệp đọc được, biểu mẫu sẽ mở.",
            "The form cannot open this record: the file has an error (its line is selected "
            "in the box below). Fix it in the box and press Save; once the file reads, the "
            "form opens.",
        ),
        "web_ui_text_line": ("dòng {line}, cột {column}", "line {line}, column {column}"),
        "web_ui_saved": ("Đã lưu", "Saved"),
        "web_ui_unsaved": ("Chưa lưu", "Not saved"),
        "web_ui_add": ("Thêm", "Add"),
        "web_ui_remove": ("Xóa", "Remove"),
        "web_ui_up": ("Lên", "Up"),
        "web_ui_down": ("Xuống", "Down"),
        "web_ui_drag": ("Kéo để đổi thứ tự", "Drag to reorder"),
        "web_ui_press": ("Tin bài", "Press report"),
        "web_ui_minutes": ("Biên bản", "Minutes"),
        "web_ui_pages": ("Trang in", "Pages"),
        "web_ui_yaml": ("YAML", "YAML"),
        "web_ui_problems_title": ("Cần sửa", "To fix"),
        "web_ui_no_problems": ("Không có lỗi.", "No problems."),
        "web_ui_conflict": (
            "Tệp này vừa bị sửa ở nơi khác (trên đĩa). Chọn giữ bản nào:",
            "This file was just changed elsewhere (on disk). Choose which to keep:",
        ),
        "web_ui_reload": ("Tải lại bản trên đĩa (bỏ thay đổi ở đây)", "Reload the disk's version"),
        "web_ui_overwrite": ("Ghi đè bằng bản ở đây", "Overwrite with this version"),
        "web_ui_download": ("Tải về", "Download"),
        "web_ui_back": ("Về thư mục", "Back to the folder"),
        "web_ui_pages_wait": (
            "Đang dàn trang bằng LibreOffice…",
            "Laying out the pages with LibreOffice…",
        ),
        "web_ui_pages_none": (
            "Máy chưa cài LibreOffice: xem nội dung ở thẻ Biên bản.",
            "LibreOffice is not installed: see the text in the Minutes tab.",
        ),
        "web_ui_export": ("Xuất cả thư mục", "Export the folder"),
        "web_ui_diff": ("So sánh chỉ đạo", "Compare directives"),
        "web_ui_followup": ("Theo dõi thực hiện chỉ đạo", "Follow directives up"),
        "web_ui_save_first": ("Lưu trước khi tải về", "Save before downloading"),
        "web_ui_choose": ("— chọn —", "— choose —"),
        "web_ui_inherited": ("Theo thiết lập chung", "From the shared settings"),
        "web_ui_file": ("Tệp", "File"),
        "web_ui_leave_unsaved": (
            "Hồ sơ có thay đổi chưa lưu. Rời biểu mẫu và bỏ các thay đổi đó?",
            "The record has unsaved changes. Leave the form and lose them?",
        ),
        "web_ui_new_defaults": (
            "Tạo thiết lập chung (giaoban.yaml): Cụm, tiêu đề văn bản, nơi nhận",
            "Create the shared settings (giaoban.yaml): cluster, letterhead, recipients",
        ),
        "web_defaults_header": (
            "Thiết lập chung cho mọi hồ sơ trong thư mục này và các thư mục con",
            "Settings shared by every record in this folder and below",
        ),
        "web_ui_warning": ("Cảnh báo", "Warning"),
        "web_ui_calendar": ("Chọn trên lịch", "Pick from a calendar"),
        "web_ui_stale": (
            "Còn lỗi: văn bản chưa được tạo lại, đây là bản đúng gần nhất",
            "Problems remain: the documents are not rebuilt; this is the last good version",
        ),
        "web_ui_state": ("Kiểm tra", "Check"),
        "web_ui_documents": ("Văn bản", "Documents"),
        "web_ui_outdated_preview": ("(đang cập nhật…)", "(updating…)"),
        # the page of a follow-up or a comparison that cannot be made (s5-trial F115)
        "web_page_followup_failed": (
            "Chưa theo dõi được chỉ đạo của Cụm {cluster}",
            "The directives of the cluster {cluster} cannot be followed up yet",
        ),
        "web_page_followup_broken": (
            "{count} hồ sơ dưới đây có lỗi nên chưa đọc được. Để theo dõi chỉ đạo qua các "
            "năm, giaoban phải đọc được mọi hồ sơ của Cụm: hãy mở từng hồ sơ, sửa những dòng "
            "được nêu, lưu lại, rồi bấm lại “{button}”.",
            "{count} record(s) below cannot be read because of the problems listed. To follow "
            "the directives up across the years giaoban must read every record of the "
            "cluster: open each one, fix the lines named, save, then click “{button}” again.",
        ),
        "web_page_diff_failed": (
            "Chưa so sánh được chỉ đạo",
            "The directives cannot be compared yet",
        ),
        "web_page_diff_broken": (
            "{count} hồ sơ dưới đây có lỗi nên chưa đọc được: hãy mở, sửa những dòng được "
            "nêu, lưu lại, rồi bấm lại “{button}”.",
            "{count} record(s) below cannot be read because of the problems listed: open, "
            "fix the lines named, save, then click “{button}” again.",
        ),
        "web_page_open_to_fix": ("Mở để sửa", "Open to fix"),
        "web_bad_json": (
            "yêu cầu không đọc được: cần một đối tượng JSON",
            "the request cannot be read: a JSON object is expected",
        ),
        "web_field_meeting": ("Hội nghị", "Meeting"),
        "web_field_title": ("Tên", "Title"),
        "web_field_kind": ("Loại hội nghị", "Kind"),
        "web_field_date": ("Ngày", "Date"),
        "web_field_start": ("Giờ bắt đầu", "Start"),
        "web_field_end": ("Giờ kết thúc", "End"),
        "web_field_place": ("Địa điểm", "Place"),
        "web_field_venue": ("Hội trường", "Venue"),
        "web_field_locality": ("Địa danh", "Locality"),
        "web_field_province": ("Tỉnh, thành phố", "Province"),
        "web_field_organiser": ("Cơ quan tổ chức", "Organiser"),
        "web_field_host": ("Đơn vị đăng cai", "Host"),
        "web_field_cluster": ("Cụm thi đua", "Cluster"),
        "web_field_name": ("Họ và tên / tên", "Name"),
        "web_field_full_name": ("Tên đầy đủ", "Full name"),
        "web_field_members": ("Các thành viên của Cụm", "Members of the cluster"),
        "web_field_year": ("Năm", "Year"),
        "web_field_chair": ("Cụm trưởng", "Cluster chair"),
        "web_field_vice_chair": ("Cụm phó", "Vice chair"),
        "web_field_attendees": ("Đại biểu (theo thứ tự lễ tân)", "Attendees (protocol order)"),
        "web_field_id": ("Mã", "Id"),
        "web_field_group": ("Nhóm (thay cho tên)", "Group (instead of a name)"),
        "web_field_honorific": ("Ông/Bà", "Honorific"),
        "web_field_gender": ("Giới tính", "Gender"),
        "web_field_given_name": ("Tên gọi", "Given name"),
        "web_field_titles": ("Chức vụ", "Titles"),
        "web_field_short_title": ("Chức danh ngắn", "Short title"),
        "web_field_organisation": ("Cơ quan", "Organisation"),
        "web_field_roles": ("Vai trò", "Roles"),
        "web_field_delegation": ("Đoàn", "Delegation"),
        "web_field_attendance": ("Có mặt", "Attendance"),
        "web_field_speeches": ("Phát biểu", "Speeches"),
        "web_field_speaker": ("Người phát biểu", "Speaker"),
        "web_field_occasion": ("Hình thức", "Occasion"),
        "web_field_verb": ("Động từ tường thuật", "Reporting verb"),
        "web_field_paragraphs": ("Các đoạn", "Paragraphs"),
        "web_field_text": ("Nội dung", "Text"),
        "web_field_context": ("Cụm mở đầu", "Opening phrase"),
        "web_field_directives": ("Chỉ đạo", "Directives"),
        "web_field_report": ("Báo cáo", "Report"),
        "web_field_presenter": ("Người trình bày", "Presenter"),
        "web_field_subject": ("Chủ thể", "Subject"),
        "web_field_programmes": ("Chương trình", "Programmes"),
        "web_field_count": ("Số lượng", "Count"),
        "web_field_results": ("Kết quả", "Results"),
        "web_field_limitations": ("Hạn chế", "Limitations"),
        "web_field_issuer": ("Người chỉ đạo / cơ quan ban hành", "Issuer"),
        "web_field_addressee": ("Đối tượng", "Addressee"),
        "web_field_lead": ("Từ nối", "Lead-in"),
        "web_field_rationale": ("Lý do", "Rationale"),
        "web_field_tags": ("Chủ đề", "Tags"),
        "web_field_deadline": ("Thời hạn", "Deadline"),
        "web_field_continues": ("Tiếp nối chỉ đạo năm trước", "Continues"),
        "web_field_followup": ("Kết quả thực hiện chỉ đạo năm trước", "Follow-up"),
        "web_field_directive": ("Mã chỉ đạo năm trước", "Earlier directive"),
        "web_field_status": ("Tình trạng", "Status"),
        "web_field_result": ("Kết quả", "Result"),
        "web_field_provinces": ("Từng tỉnh", "Per province"),
        "web_field_figures": ("Số liệu", "Figures"),
        "web_field_label": ("Chỉ tiêu", "Label"),
        "web_field_value": ("Giá trị", "Value"),
        "web_field_unit": ("Đơn vị", "Unit"),
        "web_field_decimals": ("Số chữ số thập phân", "Decimals"),
        "web_field_priorities": ("Trọng tâm năm tới", "Next year's priorities"),
        "web_field_items": ("Các mục", "Items"),
        "web_field_handover": ("Bàn giao", "Handover"),
        "web_field_role": ("Nhiệm vụ", "Role"),
        "web_field_from": ("Tỉnh giao", "From"),
        "web_field_to": ("Tỉnh nhận", "To"),
        "web_field_to_body": ("Cơ quan nhận", "Receiving body"),
        "web_field_vote": ("Kết quả biểu quyết", "Vote"),
        "web_field_flag": ("Trao cờ luân lưu", "Flag handed over"),
        "web_field_minutes": ("Biên bản", "Minutes"),
        "web_field_number": ("Số văn bản", "Number"),
        "web_field_letterhead": ("Tiêu đề văn bản", "Letterhead"),
        "web_field_parent": ("Cơ quan chủ quản", "Parent body"),
        "web_field_symbol": ("Ký hiệu", "Symbol"),
        "web_field_date_line": ("In dòng địa danh, ngày tháng", "Print the date line"),
        "web_field_secretary": ("Thư ký", "Secretary"),
        "web_field_presiding": ("Người ký chủ trì", "Presiding signatory"),
        "web_field_chair_label": ("Chữ ký: CHỦ TRÌ / CHỦ TỌA", "Signature label"),
        "web_field_recipients": ("Nơi nhận", "Recipients"),
        "web_field_archive": ("Lưu", "Archive line"),
        "web_field_conclusion": ("Kết luận", "Conclusions"),
        "web_field_template": ("Mẫu riêng", "Own template"),
        "web_field_press": ("Tin bài", "Press report"),
        "web_field_agency": ("Cơ quan báo chí", "Agency"),
        "web_field_headline": ("Tít", "Headline"),
        "web_field_keywords": ("Từ khóa", "Keywords"),
        "web_field_part_of_day": ("Buổi", "Part of day"),
        "web_field_press.part_of_day": (
            "Mở đầu bằng buổi (Sáng 15/12)",
            "Open with the part of day",
        ),
        # the cluster's own keys, which other sections share ("name" is a person's too)
        "web_field_cluster.name": ("Tên Cụm thi đua", "Cluster name"),
        "web_field_cluster.members": ("Thành viên của Cụm", "Members of the cluster"),
        "web_field_membership": ("Thành viên theo thời gian", "Members over time"),
        "web_field_member_kind": ("Loại thành viên (tỉnh, xã, phường…)", "Kind of members"),
        "web_field_membership.from": ("Từ ngày", "From"),
        "web_field_membership.year": ("Năm thi đua", "Work year"),
        "web_field_membership.members": ("Các thành viên", "Members"),
        "web_field_lead_year": ("Nêu năm trong câu mở đầu", "The year in the lead"),
        "web_field_period": ("Kỳ", "Period"),
        "web_field_mode": ("Hình thức họp", "Mode"),
        "web_field_sites": ("Các điểm cầu", "Sites"),
        "web_field_co_organisers": ("Cơ quan phối hợp tổ chức", "Co-organisers"),
        "web_field_qualifier": ("Từ chỉ mức độ (hơn, gần...)", "Qualifier"),
        "web_field_address": ("Cách gọi (ông/bà, đồng chí)", "Form of address"),
    }
)

# click's own texts (the help option, section titles, usage errors), which click takes
# through gettext: English text -> Vietnamese, with the same {placeholders}.
# Installed by ``giaoban.cli``; English is click's own.
CLICK_TEXTS: dict[str, str] = {
    "Show this message and exit.": "Hiện hướng dẫn này rồi thoát.",
    "required": "bắt buộc",
    "Show the version and exit.": "Hiện số phiên bản rồi thoát.",
    "%(prog)s, version %(version)s": "%(prog)s, phiên bản %(version)s",
    "Usage:": "Cách dùng:",
    "[OPTIONS]": "[TÙY CHỌN]",
    "COMMAND [ARGS]...": "LỆNH [THAM SỐ]...",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "Positional arguments": "Tham số",
    "Error: {message}": "Lỗi: {message}",
    "Try '{command} {option}' for help.": "Xem hướng dẫn: '{command} {option}'.",
    "Missing argument": "Thiếu tham số",
    "Missing option": "Thiếu tùy chọn",
    "Missing parameter": "Thiếu tham số",
    "Missing command.": "Thiếu lệnh.",
    "No such option {name!r}.": "Không có tùy chọn {name!r}.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "Invalid value for {param_hint}: {message}": "Giá trị không hợp lệ cho {param_hint}: {message}",
    "Invalid value: {message}": "Giá trị không hợp lệ: {message}",
    "Aborted!": "Đã dừng.",
    "default: {default}": "mặc định: {default}",
    "env var: {var}": "biến môi trường: {var}",
    "Choose from:\n\t{choices}": "Chọn một trong:\n\t{choices}",
    "{value} is not in the range {range}.": "{value} nằm ngoài giới hạn ({range}).",
    "Option {name!r} does not take a value.": "Tùy chọn {name!r} không nhận giá trị.",
    "Argument {name!r} takes {nargs} values.": "Tham số {name!r} cần {nargs} giá trị.",
    "Takes {nargs} values but 1 was given.": "Cần {nargs} giá trị, mới có 1.",
    "Takes {nargs} values but {len} were given.": "Cần {nargs} giá trị, có {len}.",
    "Missing parameter: {param_name}": "Thiếu tham số: {param_name}",
    "Could not open file {filename!r}: {message}": "Không mở được tệp {filename!r}: {message}",
    # {name} is click's "File"/"Directory"/"Path", fixed in English when the commands are
    # declared (before these texts are installed): the Vietnamese leaves it out (s3-trial F37).
    "{name} {filename!r} is not readable.": "{filename!r} không đọc được.",
    "{name} {filename!r} is not writable.": "{filename!r} không ghi được.",
    "{name} {filename!r} is not executable.": "{filename!r} không chạy được.",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} không phải giá trị có/không; dùng một trong: {states}"
    ),
    "Error: invalid input": "Lỗi: giá trị không hợp lệ",
    "Error: The two entered values do not match.": "Lỗi: hai lần nhập không khớp nhau.",
    "Repeat for confirmation": "Nhập lại để xác nhận",
    "Do you want to continue?": "Tiếp tục?",
    "unknown error": "lỗi không rõ",
    "{value!r} is not a valid {number_type}.": "{value!r} không phải số hợp lệ.",
    "file": "tệp",
    "directory": "thư mục",
    "path": "đường dẫn",
    "{name} {filename!r} does not exist.": "{filename!r} không tồn tại.",
    "{name} {filename!r} is a file.": "{filename!r} là một tệp, cần một thư mục.",
    "{name} {filename!r} is a directory.": "{filename!r} là một thư mục, cần một tệp.",
    "Got unexpected extra argument ({args})": "Thừa tham số ({args})",
    "Got unexpected extra arguments ({args})": "Thừa tham số ({args})",
    "Did you mean {possibility}?": "Có phải ý bạn là {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Có phải ý bạn là một trong: {possibilities}?)",
    "Option {name!r} requires an argument.": "Tùy chọn {name!r} cần một giá trị.",
    "Option {name!r} requires {nargs} arguments.": "Tùy chọn {name!r} cần {nargs} giá trị.",
    "{value!r} is not {choice}.": "{value!r} không hợp lệ; chỉ được là {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} không hợp lệ; chọn một trong: {choices}.",
    "{value!r} does not match the format {format}.": "{value!r} không đúng dạng {format}.",
    "{value!r} does not match the formats {formats}.": (
        "{value!r} không đúng dạng nào trong {formats}."
    ),
}


# click's placeholders in the help (usage line and options), English -> Vietnamese;
# the longest first ("INTEGER RANGE" before "INTEGER"). s2-trial F6.
HELP_WORDS: dict[str, str] = {
    "INTEGER RANGE": "SỐ",
    "FLOAT RANGE": "SỐ",
    "INTEGER": "SỐ",
    "FLOAT": "SỐ",
    "TEXT": "CHỮ",
    "DIRECTORY": "THƯ-MỤC",
    "FILE": "TỆP",
    "PATH": "ĐƯỜNG-DẪN",
    "SECONDS": "GIÂY",
    "DATE": "NGÀY",
    "ARCHIVE": "THƯ-MỤC-LƯU-TRỮ",
    "PATHS": "ĐƯỜNG-DẪN",
    "RECORDS": "HỒ-SƠ",
    "RECORD": "HỒ-SƠ",
    "TARGET": "TỆP-MỚI",
    "DOCUMENTS": "TÀI-LIỆU",
    "DOCUMENT": "TÀI-LIỆU",
    "FOLDER": "THƯ-MỤC",
    "OLD": "CŨ",
    "NEW": "MỚI",
    "PDF": "PDF",
    "DIR": "THƯ-MỤC",
    "NAME": "TÊN",
    "LABEL": "NHÃN",
    "ADDRESS": "ĐỊA-CHỈ",
}
_HELP_WORD = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in HELP_WORDS) + r")(?![\w-])")
_RANGE = re.compile(r"(?:(?P<low>-?[\d.]+)<=?)?x(?:(?P<op>[<>]=?)(?P<bound>-?[\d.]+))?")


def help_words(text: str) -> str:
    """A usage line or an option's names with click's placeholders in the current
    language: "-o, --output DIRECTORY" -> "-o, --output THƯ-MỤC" (English unchanged)."""
    if language() != "vi":
        return text
    return _HELP_WORD.sub(lambda m: HELP_WORDS[m.group(1)], text)


def range_in_words(note: str) -> str:
    """click's "x>=1", "1025<=x<=65535" in words: "từ 1 trở lên", "từ 1025 đến 65535"."""
    both = re.fullmatch(r"(-?[\d.]+)<=x<=(-?[\d.]+)", note)
    if both:
        return msg("help_range_between", low=both[1], high=both[2])
    one = re.fullmatch(r"x(>=|<=)(-?[\d.]+)", note)
    if one:
        return msg("help_range_min" if one[1] == ">=" else "help_range_max", bound=one[2])
    return note


def help_note(text: str) -> str:
    """An option's help with click's closing note ("[default: 2; x>=1]") in words."""
    match = re.search(r"  \[([^\[\]]*)\]$", text) or re.fullmatch(r"\[([^\[\]]*)\]", text)
    if not match:
        return text
    parts = [range_in_words(part) for part in match[1].split("; ")]
    return text[: match.start(1)] + "; ".join(parts) + text[match.end(1) :]


def click_text(message: str) -> str:
    """One of click's texts in the current language (see ``CLICK_TEXTS``)."""
    return CLICK_TEXTS.get(message, message) if language() == "vi" else message


def click_plural(singular: str, plural: str, count: int) -> str:
    """click's texts that have a plural form, in the current language."""
    return click_text(singular if count == 1 else plural)


CATALOGUE: dict[str, dict[str, str]] = {
    key: dict(zip(LANGUAGES, texts, strict=True)) for key, texts in _PAIRS.items()
}
