"""Every word the web app shows, in Vietnamese, in one place: labels, placeholders, notices and page text.

app.web.page lays out the page with these, app.web.actions says them when something cannot be done,
app.web.render renders them around the documents' text. Strings with {fields} are filled with str.format
(escaped first where they end up in HTML). Status labels are app.labels.STATUS_LABELS, shared with the CLI and
the review's summary.
"""

from __future__ import annotations

from app import labels
from app.domain import DocType, Language, Status

APP_TITLE = "Trợ lý Dự thảo"
SUBTITLE = (
    "Hỗ trợ soạn thảo và góp ý dự thảo Báo cáo chính trị đại hội Đảng bộ cấp huyện, tỉnh Hải Dương — mọi câu "
    "trả lời đều dẫn nguồn."
)
LOGOUT = "Đăng xuất"
# gradio's login form has no Vietnamese translation (nor a way to give it one): the message explains its words
LOGIN_MESSAGE = (
    "Trợ lý Dự thảo — nhập tên đăng nhập (username) và mật khẩu (password) được cấp, rồi bấm Login."
)
SERVING = "Trợ lý Dự thảo: mở http://{host}:{port}/ trong trình duyệt (Ctrl+C để dừng)"
# behind nginx (DUTHAO_TRUSTED_PROXIES): people open the proxy's address, not the one the app listens on
SERVING_BEHIND_PROXY = (
    "Trợ lý Dự thảo: nghe ở http://{host}:{port}/ sau reverse proxy ({proxies}); người dùng mở địa chỉ của "
    "proxy (Ctrl+C để dừng)"
)
# gradio's login page shows its own words in English and says nothing when a try is refused (HTTP 429):
# app/web/static/login.js shows these in their place
LOGIN_WRONG = "Sai tên đăng nhập hoặc mật khẩu."
LOGIN_TOO_MANY = "Đăng nhập sai quá nhiều lần. Hãy thử lại sau ít phút."

# ---- tabs and controls -----------------------------------------------------------------------------------

TAB_ASK = "Hỏi đáp"
TAB_REVIEW = "Góp ý dự thảo"
TAB_OUTLINE = "Dàn ý báo cáo"
TAB_DOCUMENTS = "Tài liệu"

EXAMPLE_QUESTIONS = (
    "Báo cáo chính trị của Kim Thành cần đề cập gì về giao thông?",
    "Thường trực Tỉnh ủy yêu cầu Tứ Kỳ có tầm nhìn đến năm nào?",
    "Nam Sách cần làm gì để trở thành thị xã trước năm 2030?",
    "Khi đánh giá nhiệm kỳ qua, các huyện cần so sánh với thời điểm nào?",
)
CHAT_PLACEHOLDER = (
    "<b>Hỏi về nội dung các văn bản hướng dẫn.</b><br>"
    "Mỗi câu trả lời đều dẫn nguồn: tên văn bản, ngày và số đoạn. Có thể bắt đầu bằng một câu hỏi mẫu:"
)
QUESTION_PLACEHOLDER = "Nhập câu hỏi rồi nhấn Enter…"
ASK = "Hỏi"
ANY_DISTRICT = "Hỏi về mọi huyện"
NEW_CONVERSATION = "Cuộc hội thoại mới"
CONVERSATION_MD = "Tải hội thoại (Markdown)"
CONVERSATION_DOCX = "Tải hội thoại (Word)"
SEARCHING = "Đang tìm trong tài liệu…"

DRAFT_LABEL = "Dự thảo"
DRAFT_PLACEHOLDER = "Dán đoạn dự thảo Báo cáo chính trị vào đây…"
DISTRICT_LABEL = "Huyện"
DETECT_DISTRICT = "Tự nhận biết từ dự thảo"
DRAFT_FILE = "Tải tệp dự thảo (.docx, .txt, .pdf…)"
REVIEW = "Góp ý"
DOWNLOAD_MD = "Tải Markdown"
DOWNLOAD_DOCX = "Tải Word (.docx)"

MAKE_OUTLINE = "Lập dàn ý"
OUTLINE_PLACEHOLDER = (
    "<div class='muted'>Chọn huyện rồi bấm <b>Lập dàn ý</b>: mọi yêu cầu của các văn bản hướng dẫn áp dụng "
    "cho huyện đó, xếp theo các phần của báo cáo chính trị, kèm câu trích và nguồn.</div>"
)

ADD_DOCUMENTS = (
    "**Thêm tài liệu vào kho** — tệp .txt, .md, .docx, .pdf hoặc .html, tối đa {max_mb} MB mỗi tệp."
)
DOC_TYPE_LABEL = "Loại tài liệu"
DOC_TYPE_CHOICES = (
    ("Hướng dẫn của tỉnh", DocType.GUIDANCE.value),
    ("Báo cáo của huyện", DocType.REPORT.value),
)
UPLOAD = "Chọn tệp và thêm vào kho"
REMOVE_HEADING = "**Xóa tài liệu khỏi kho**"
REMOVE_LABEL = "Tài liệu"
REMOVE = "Xóa và cập nhật chỉ mục"
REMOVE_CONFIRM = "Xóa tài liệu này khỏi kho?"
REBUILD = "Cập nhật chỉ mục từ thư mục kho"
INDEXING = "Đang lập chỉ mục"
UPDATING = "Đang cập nhật chỉ mục"
PROGRESS_UNIT = labels.PROGRESS_UNIT  # what the bar counts: the result message counts the same

# ---- while an action runs: one status for it, in place of gradio's English timers ("processing | 0.5s") ----

READING_DRAFT = "Đang đọc tệp dự thảo…"
REVIEWING = "Đang đối chiếu dự thảo với hướng dẫn…"
MAKING_OUTLINE = "Đang lập dàn ý…"
LOADING_DOCUMENTS = "Đang tải danh sách tài liệu…"
UPDATING_DOCUMENTS = "Đang cập nhật kho tài liệu…"
# the process that served the page is gone (restarted, or another one behind the proxy took its place)
SERVER_RESTARTED = "Máy chủ vừa khởi động lại, hãy tải lại trang."
RELOAD = "Tải lại trang"

# ---- notices: what the user can do about something that could not be done -------------------------------


# gradio titles its pop-ups by kind, in English ("Warning"), whatever title it is given: app.web.page hides
# that word and shows these instead (CSS), and each notice starts with its own title in bold.
POPUP_KINDS = {"warning": "Lưu ý", "info": "Thông báo", "success": "Đã xong", "error": "Lỗi"}
TITLE_ASK = "Chưa hỏi được"
TITLE_REVIEW = "Chưa góp ý được"
TITLE_DRAFT_FILE = "Chưa đọc được tệp dự thảo"
TITLE_OUTLINE = "Chưa lập được dàn ý"
TITLE_UPLOAD = "Chưa thêm được tài liệu"
TITLE_DOCUMENTS = "Kho tài liệu"
TITLE_FAULT = "Lỗi ngoài ý muốn"

EMPTY_QUESTION = "Hãy nhập câu hỏi vào ô bên dưới khung hội thoại rồi bấm Hỏi."
EMPTY_DRAFT = "Hãy dán đoạn dự thảo vào ô Dự thảo, hoặc tải tệp dự thảo lên, rồi bấm Góp ý."
NO_OUTLINE_DISTRICT = "Hãy chọn huyện để lập dàn ý."
NO_FILES = "Hãy chọn ít nhất một tệp (.txt, .md, .docx, .pdf, .html)."
NONE_ADDED = "Không thêm được tệp nào."
FILE_TOO_BIG = (
    "{name}: tệp quá lớn ({size_mb:.1f} MB; tối đa {max_mb} MB): hãy tách tệp hoặc bỏ bớt hình ảnh."
)
NOT_SAVED = "Không thêm được:"
FAULT = (
    "Đã xảy ra lỗi ngoài ý muốn; chi tiết đã được ghi vào nhật ký của máy chủ. Hãy thử lại, và báo cho "
    "người quản trị nếu lỗi còn lặp lại."
)

# ---- Hỏi đáp: sources panel and chat (English when the question was asked in English) --------------------

LABELS = {
    Language.VI: {
        "sources": "Nguồn trích dẫn",
        "related": "Các đoạn có thể liên quan",
        "not_found": "Không tìm thấy câu trả lời trong tài liệu.",
        "see_related": "Xem các đoạn có thể liên quan ở khung Nguồn.",
        "go_to_source": "Xem đoạn nguồn này ở khung Nguồn trích dẫn",
        "paragraph": "đoạn",
        "page": "trang",
        "unverified": "Chưa kiểm chứng được câu trích này trong đoạn nguồn.",
        "unsupported": "Các câu chưa kiểm chứng được nguồn",
        "understood": "Câu hỏi được hiểu là",
        "empty": "Đặt câu hỏi để xem nguồn trích dẫn ở đây.",
    },
    Language.EN: {
        "sources": "Sources",
        "related": "Possibly related passages",
        "not_found": "No answer was found in the documents.",
        "see_related": "See the possibly related passages under Sources.",
        "go_to_source": "See this source under Sources",
        "paragraph": "paragraph",
        "page": "page",
        "unverified": "This quote could not be verified in its paragraph.",
        "unsupported": "Sentences whose source could not be verified",
        "understood": "Question understood as",
        "empty": "Ask a question to see its sources here.",
    },
}

# ---- Góp ý dự thảo ---------------------------------------------------------------------------------------

STATUS_CSS = {Status.ADDRESSED: "ok", Status.PARTLY: "partly", Status.MISSING: "missing"}
REVIEW_TITLE = "Góp ý dự thảo Báo cáo chính trị"
REVIEW_TITLE_DISTRICT = " — huyện {district}"
REVIEW_DISTRICT = "Huyện: <b>{district}</b>"
REVIEW_GENERAL = "Các yêu cầu chung cho mọi huyện"
CHOOSE_DISTRICT = (
    "Chưa nhận ra dự thảo của huyện nào, nên dưới đây chỉ có các yêu cầu chung cho mọi huyện. Hãy chọn "
    "huyện ở ô <b>Huyện</b> rồi bấm <b>Góp ý</b> lại để xem cả các yêu cầu riêng cho huyện đó."
)
NO_REQUIREMENTS = "Không có yêu cầu nào trong hướng dẫn áp dụng cho dự thảo này."
OWN_GROUP = "Yêu cầu riêng cho {name}"
GENERAL_GROUP = "Yêu cầu chung cho các huyện"
THIS_DISTRICT = "huyện này"
CHECKLIST_HEADS = ("Trạng thái", "Yêu cầu", "Trong dự thảo", "Hướng dẫn (nguồn)")
NOT_IN_DRAFT = "Chưa thấy trong dự thảo"
NOT_SEEN = "chưa thấy"
CLOSEST = "Chưa thấy; đoạn gần nhất:"
SUGGESTION = "Gợi ý: {text}"
BY_HAND = "người dùng đánh dấu"
MARK_ADDRESSED = "Đánh dấu: đã có"
MARK_MISSING = "Đánh dấu: còn thiếu"
MARK_UNDO = "Bỏ đánh dấu"
MARK_HINT = "Nếu chấm tự động chưa đúng, hãy đánh dấu lại; bản tải về giữ đánh dấu của bạn."
OVERRIDDEN_COUNT = "{n} mục do người dùng đánh dấu."
WHY = "Vì sao?"
WHY_SCORE = (
    "Chấm tự động: <b>{label}</b> — điểm {score} (từ {addressed} là “{addressed_label}”, từ {partly} là "
    "“{partly_label}”)."
)
WHY_PASSAGE = "Đoạn dự thảo gần nhất với yêu cầu: “{quote}”"
WHY_NO_PASSAGE = "Không đoạn nào của dự thảo đạt ngưỡng; các số đo dưới đây là của đoạn gần nhất."
WHY_PARTS = (
    "Tương đồng về nghĩa {similarity} · độ phủ từ khóa {coverage} (điểm = {semantic} tương đồng + {lexical} "
    "độ phủ)."
)
WHY_LIST = "Yêu cầu gồm nhiều ý: dự thảo mới nêu rõ chưa được một nửa số ý, nên chỉ “{label}”."
WHY_USER = "Người dùng đã đánh dấu: <b>{label}</b>."
# The downloads: Markdown and Word
IN_DRAFT = "Trong dự thảo"
GUIDANCE = "Hướng dẫn"
MARKED_BY_HAND = "{label} (người dùng đánh dấu)"
SOURCE_PARAGRAPH = "({title}{date}, đoạn {paragraph})"

# ---- Dàn ý báo cáo ---------------------------------------------------------------------------------------

OWN = "riêng {names}"
OUTLINE_EMPTY = "Các văn bản hướng dẫn đã lập chỉ mục không có yêu cầu nào cho {name}."
OUTLINE_HEAD = "Dàn ý Báo cáo chính trị — <b>{name}</b> · {count} yêu cầu"
OUTLINE_INTRO = (
    "Mọi yêu cầu của các văn bản hướng dẫn áp dụng cho đơn vị này, xếp theo các phần thường có của báo cáo "
    "chính trị, kèm câu trích nguyên văn và nguồn."
)

# ---- Tài liệu --------------------------------------------------------------------------------------------

DOC_TYPES = {DocType.GUIDANCE: "Hướng dẫn", DocType.REPORT: "Báo cáo", DocType.OTHER: "Khác"}
DOC_COUNT = "{n} tài liệu đã lập chỉ mục"
DOC_HEADS = ("Tài liệu", "Loại", "Ngày", "Số đoạn", "Số khối chỉ mục")
DUPLICATES = "Trùng nội dung: {names}"
UNREADABLE_IN_CORPUS = "Tệp trong kho chưa đọc được:"
PLANTED_IN_CORPUS = (
    "Tài liệu có câu giống lệnh gài cho trợ lý AI (các câu này không được dùng để trả lời, không gửi cho "
    "mô hình ngôn ngữ và không thành yêu cầu; hãy kiểm tra nguồn của tài liệu):"
)
ADDED = "Đã thêm vào kho: {names}"
REPLACED = " (thay bản cũ)"
NOTHING_REMOVED = "Không có tài liệu nào bị xóa."
REMOVED = "Đã xóa <b>{source}</b> khỏi kho."
INDEX_UPDATED = (
    "Đã cập nhật chỉ mục: thêm {added}, sửa {updated}, xóa {removed} tài liệu; {embedded}. "
    "Chỉ mục có {total} khối."
)
UNREADABLE = "Không đọc được:"
WARNINGS = "Đã lập chỉ mục, cần lưu ý:"
CHANGES_TITLE = "Yêu cầu thay đổi sau lần cập nhật"
CATALOGUE_SIZE = "Danh mục có {n} yêu cầu rút từ các văn bản hướng dẫn."
NO_CHANGES = "Không có yêu cầu nào thay đổi."
CHANGE_COUNTS = (("thêm", "added"), ("bỏ", "removed"), ("sửa", "changed"))
