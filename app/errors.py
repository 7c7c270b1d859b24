"""The domain's exceptions: the CLI turns them into exit codes, the UI into gr.Error messages."""


class DuthaoError(Exception):
    """Base class: the message is meant for the user and says what to do."""


class DocumentError(DuthaoError):
    """A corpus file cannot be read (format, encoding, legacy font encoding, empty)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class IndexMissingError(DuthaoError):
    """No index has been built yet."""


class ConfigError(DuthaoError):
    """A setting is invalid (unknown embeddings/LLM provider, bad path)."""


class IndexBusyError(DuthaoError):
    """Another process holds the index folder's writer lock (a build that was told not to wait)."""

    def __init__(self, index_dir: str) -> None:
        super().__init__(
            f"Chỉ mục đang được cập nhật bởi một tiến trình khác ({index_dir}). "
            "Hãy chạy lại khi tiến trình đó xong, hoặc chạy không kèm --no-wait để tự chờ đến lượt."
        )
        self.index_dir = index_dir


class QuestionTooLongError(DuthaoError):
    """A question longer than settings.max_question_chars: refused before any work is done."""

    def __init__(self, length: int, limit: int) -> None:
        # 2.000, as Vietnamese write it
        shown, most = f"{length:,}".replace(",", "."), f"{limit:,}".replace(",", ".")
        super().__init__(
            f"Câu hỏi dài {shown} ký tự, vượt giới hạn {most} ký tự: hãy rút gọn câu hỏi, "
            "chỉ giữ điều cần hỏi (giới hạn đặt bằng DUTHAO_MAX_QUESTION_CHARS)."
        )
        self.length = length
        self.limit = limit
