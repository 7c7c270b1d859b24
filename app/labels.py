"""Words people read, in one place: section titles of a political report and other shared labels."""

from __future__ import annotations

from app.domain import Theme

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
    """ISO yyyy-mm-dd → dd/mm/yyyy, as dates are shown to people."""
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"
