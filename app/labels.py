"""Words people read, in one place: section titles of a political report and other shared labels."""

from __future__ import annotations

import re

from app.domain import Status, Theme

# The usual parts of a district political report, in the report's order (outline, list answers).
THEME_TITLES: dict[Theme, str] = {
    Theme.GENERAL: "Yêu cầu chung đối với báo cáo",
    Theme.ASSESSMENT: "Đánh giá kết quả nhiệm kỳ qua",
    Theme.SHORTCOMINGS: "Hạn chế, yếu kém và nguyên nhân",
    Theme.LESSONS: "Bài học kinh nghiệm",
    Theme.GOALS: "Dự báo, phương hướng, mục tiêu và chỉ tiêu",
    Theme.BREAKTHROUGHS: "Khâu đột phá, công trình trọng điểm",
    Theme.SECTORS: "Nhiệm vụ, giải pháp trên các lĩnh vực",
    Theme.PARTY: "Xây dựng Đảng và hệ thống chính trị",
    Theme.ORGANISATION: "Tổ chức thực hiện, tiến độ",
}
ALL_DISTRICTS = "Tất cả các đơn vị"


def show_date(iso: str | None) -> str:
    """ISO yyyy-mm-dd → dd/mm/yyyy, as dates are shown to people; any other form is shown as it is."""
    if not iso:
        return ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return iso
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


# Review statuses, in the words the web app, the command line, the summary and the exports all use.
STATUS_LABELS: dict[Status, str] = {
    Status.ADDRESSED: "Đã có",
    Status.PARTLY: "Một phần",
    Status.MISSING: "Còn thiếu",
}

UNKNOWN_DISTRICT = "Không nhận ra đơn vị “{name}”. Hãy chọn một trong: {names}."

# ---- the command line (`duthao`) ------------------------------------------------------------------------

CLI_EMPTY_QUESTION = (
    'câu hỏi trống: hãy gõ câu hỏi trong ngoặc kép, ví dụ duthao ask "Báo cáo cần đề cập gì?"'
)
CLI_NOT_POSITIVE = "phải là một số nguyên từ 1 trở lên, không phải “{value}”"
CLI_UNKNOWN_OPTION = "không có tùy chọn {option}"
CLI_DID_YOU_MEAN = "; có phải ý bạn là {suggestion}?"
CLI_OPTIONS_ARE = "; các tùy chọn của lệnh này: {options}"
CLI_FILE_MISSING = "không có tệp này: hãy kiểm tra tên tệp và thư mục"
CLI_FILE_IS_FOLDER = "đây là một thư mục, không phải tệp: hãy chỉ ra một tệp"
CLI_FILE_FORBIDDEN = "không có quyền đọc tệp này"
CLI_FILE_UNREADABLE = "không đọc được tệp ({error})"
CLI_CANNOT_WRITE = "không ghi được tệp: hãy kiểm tra thư mục có tồn tại và được phép ghi"
CLI_SEE_HELP = "xem thêm: {prog} --help"
# added to the review's own request for the district (review.NEEDS_DISTRICT)
CLI_WARNING = "  cảnh báo: {path}: {message}"  # a file indexed after a repair (`duthao index`)
CLI_GIVE_DISTRICT = 'Ở dòng lệnh, thêm --district "Kim Thành" (tên đơn vị của dự thảo) rồi chạy lại.'
# `duthao serve`: the steps of a start, each said as it begins (none is silent for long), the long ones timed
SERVE_STEP = "[{n}/{total}] {what}"
SERVE_STEP_DONE = "      xong ({seconds:.0f} giây)"
SERVE_LIBRARIES = "Nạp thư viện (gradio, chromadb)…"
SERVE_CHECK_INDEX = "Kiểm tra chỉ mục trong {index}…"
SERVE_INDEX_READY = "      có sẵn: {documents} tài liệu, {chunks} khối (thế hệ {generation})"
SERVE_INDEX_NONE = "      chưa có chỉ mục: lập lần đầu ở bước 4"
SERVE_INDEX_UNUSABLE = "      {why} Lập lại ở bước 4."
SERVE_LOAD_MODEL = "Nạp mô hình nhúng ({model})…"
SERVE_INDEX = "Lập chỉ mục {files} tệp trong {corpus}…"
SERVE_INDEX_SKIPPED = "Lập chỉ mục: không cần, đã có (tài liệu mới: thẻ Tài liệu hoặc `duthao index`)"
SERVE_OPEN = "Mở ứng dụng web tại http://{host}:{port}"
# the embedding progress counts the index's chunks ("khối") and their sentences ("câu"); the result message
# of a build (`duthao index`, the web app's Tài liệu tab) counts the same, in these words (embedded_counts)
PROGRESS_EMBED = "Nhúng các khối và câu"
PROGRESS_UNIT = "khối và câu"
EMBEDDED_COUNTS = "đã nhúng {work} {unit} ({chunks} khối mới, {sentences} câu)"


def embedded_counts(chunks: int, sentences: int) -> str:
    """What a build embedded, as the bar counts it: "đã nhúng 624 khối và câu (150 khối mới, 474 câu)"."""
    return EMBEDDED_COUNTS.format(
        work=chunks + sentences, unit=PROGRESS_UNIT, chunks=chunks, sentences=sentences
    )


# `duthao index` and a first start read the files first: a bar over them
PROGRESS_READ = "Đọc các tệp"
PROGRESS_READ_UNIT = "tệp"


# `duthao index`: what a rebuild did to the documents (the web app says "thêm, sửa, xóa" too)
INDEX_COUNTS: dict[str, str] = {
    "added": "thêm",
    "updated": "sửa",
    "removed": "xóa",
    "unchanged": "không đổi",
    "duplicates": "trùng nội dung",
    "rejected": "không đọc được",
}
# files and folders whose names start with "." (.DS_Store, .git, a half-copied ".~lock" file) are not read:
# the report says so, naming the first few
HIDDEN_SKIPPED = (
    "Bỏ qua {n} tệp/thư mục ẩn (tên bắt đầu bằng dấu chấm, không được lập chỉ mục): {names}. "
    "Nếu cần lập chỉ mục tệp nào trong đó, hãy đổi tên để tên không bắt đầu bằng dấu chấm."
)
HIDDEN_NAMED = 5


def hidden_skipped(paths: list[str]) -> str:
    """The report's line on the hidden files and folders a build skipped ("" when there were none)."""
    if not paths:
        return ""
    names = ", ".join(paths[:HIDDEN_NAMED]) + (", …" if len(paths) > HIDDEN_NAMED else "")
    return HIDDEN_SKIPPED.format(n=len(paths), names=names)


# An English question is answered in quotes of Vietnamese documents: the answer says so first.
EN_LEAD = "The documents say (quoted in Vietnamese):"
