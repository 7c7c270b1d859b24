"""Gazetteer, requirement catalogue, questions and draft labels of the Kiên Giang (Markdown/HTML) set."""

G = "guidance/huong-dan-47-hd-btgtu-xay-dung-bao-cao-chinh-tri-dai-hoi-dang-bo-huyen-thanh-pho-2025-2030.md"
B = "guidance/bao-cao-86-bc-btgtu-tong-hop-y-kien-gop-y-du-thao-bao-cao-chinh-tri-dot-1.docx"
N = "guidance/ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-3-don-vi.html"
R = "reports/bao-cao-chinh-tri-trinh-dai-hoi-lan-thu-xii-nhiem-ky-2020-2025.txt"
D = "guidance/ke-hoach-168-kh-ubnd-phong-chong-han-han-xam-nhap-man-mua-kho-2024-2025.txt"

# ------------------------------------------------------------------------------------------------------------
# gazetteer
# ------------------------------------------------------------------------------------------------------------

GAZ_COMMENT = (
    "District-level units (cấp huyện) of Kiên Giang province before the 2025 reorganisation: 3 cities and "
    "12 districts. aliases = forms that name the unit alone in running text. Bare 'Rạch Giá', 'Hà Tiên', "
    "'Phú Quốc' are kept because they designate the cities, but these phrases do NOT designate a unit as "
    "a party committee: 'Rạch Giá, ngày ... tháng ... năm ...' is only the place of issue of a provincial "
    "document; 'Vườn quốc gia Phú Quốc' is the national park on the island; 'Khu kinh tế cửa khẩu' (Hà "
    "Tiên border-gate economic zone) spans Hà Tiên, Giang Thành and Kiên Lương; 'Vườn quốc gia U Minh "
    "Thượng' is the park, and 'các huyện vùng U Minh Thượng' is a GROUP of four districts (U Minh Thượng, "
    "An Minh, An Biên, Vĩnh Thuận), not the district alone; 'U Minh Hạ' is in Cà Mau. 'Châu Thành' here "
    "is huyện Châu Thành of Kiên Giang (seat: thị trấn Minh Lương); 'Châu Thành A' (Hậu Giang) and the "
    "huyện Châu Thành of An Giang and other provinces are different units. 'Nam Du', 'Hòn Sơn', 'Hòn "
    "Tre', 'Lại Sơn', 'An Sơn' are islands or communes of Kiên Hải; 'hồ Dương Đông' is in Phú Quốc; 'Thứ "
    "Mười Một' is the seat of An Minh; 'Phú Mỹ' is a commune of Giang Thành; 'Kampot' is a Cambodian "
    "province; 'Kiên Giang, ngày ...' is the place of issue of the provincial People's Committee."
)


def _unit(name: str, kind: str, *aliases: str) -> dict:
    return {"name": name, "kind": kind, "aliases": list(aliases)}


GAZETTEER = {
    "_comment": GAZ_COMMENT,
    "units": [
        _unit("TP Rạch Giá", "thành phố", "TP Rạch Giá", "TP. Rạch Giá", "thành phố Rạch Giá",
              "Thành ủy Rạch Giá", "Rạch Giá"),
        _unit("TP Hà Tiên", "thành phố", "TP Hà Tiên", "TP. Hà Tiên", "thành phố Hà Tiên", "Thành ủy Hà Tiên",
              "Hà Tiên"),
        _unit("TP Phú Quốc", "thành phố", "TP Phú Quốc", "TP. Phú Quốc", "thành phố Phú Quốc",
              "Thành ủy Phú Quốc", "Phú Quốc"),
        _unit("Kiên Lương", "huyện", "Kiên Lương", "huyện Kiên Lương", "Huyện ủy Kiên Lương"),
        _unit("Hòn Đất", "huyện", "Hòn Đất", "huyện Hòn Đất", "Huyện ủy Hòn Đất"),
        _unit("Tân Hiệp", "huyện", "Tân Hiệp", "huyện Tân Hiệp", "Huyện ủy Tân Hiệp"),
        _unit("Châu Thành", "huyện", "huyện Châu Thành", "Huyện ủy Châu Thành", "Châu Thành"),
        _unit("Giồng Riềng", "huyện", "Giồng Riềng", "huyện Giồng Riềng", "Huyện ủy Giồng Riềng"),
        _unit("Gò Quao", "huyện", "Gò Quao", "huyện Gò Quao", "Huyện ủy Gò Quao"),
        _unit("An Biên", "huyện", "An Biên", "huyện An Biên", "Huyện ủy An Biên"),
        _unit("An Minh", "huyện", "An Minh", "huyện An Minh", "Huyện ủy An Minh"),
        _unit("Vĩnh Thuận", "huyện", "Vĩnh Thuận", "huyện Vĩnh Thuận", "Huyện ủy Vĩnh Thuận"),
        _unit("U Minh Thượng", "huyện", "huyện U Minh Thượng", "Huyện ủy U Minh Thượng", "U Minh Thượng"),
        _unit("Giang Thành", "huyện", "Giang Thành", "huyện Giang Thành", "Huyện ủy Giang Thành"),
        _unit("Kiên Hải", "huyện", "Kiên Hải", "huyện Kiên Hải", "Huyện ủy Kiên Hải"),
    ],
}

# ------------------------------------------------------------------------------------------------------------
# requirement catalogue: id -> (document, key, scope)
# ------------------------------------------------------------------------------------------------------------

CITIES = ("TP Rạch Giá", "TP Hà Tiên", "TP Phú Quốc")
ISLAND = ("TP Phú Quốc", "Kiên Hải", "TP Hà Tiên")
BORDER = ("Giang Thành", "TP Hà Tiên", "Kiên Lương")
UMINH = ("U Minh Thượng", "An Minh", "An Biên", "Vĩnh Thuận")
ROUND1 = ("TP Rạch Giá", "Kiên Hải", "U Minh Thượng", "Giồng Riềng")  # units with comments in 86-BC
SESSION = ("TP Phú Quốc", "Giang Thành", "An Minh")  # units of the 13/02/2025 session

REQ = {
    # ---- Hướng dẫn 47-HD/BTGTU (Markdown): general points
    "g_thucchat": (G, "đánh giá đúng thực chất kết quả thực hiện Nghị quyết đại hội", ()),
    "g_bamsat": (G, "phải bám sát dự thảo văn kiện Đại hội XII Đảng bộ tỉnh", ()),
    "g_thaoluan": (G, "Dự thảo phải được thảo luận dân chủ ở chi bộ, đảng bộ cơ sở", ()),
    "g_title": (G, "Tên báo cáo ghi thống nhất", ()),
    "g_theme_content": (G, "Chủ đề đại hội phải ngắn gọn, dễ nhớ", ()),
    "g_open": (G, "Phần mở đầu nêu khái quát bối cảnh, thuận lợi, khó khăn của nhiệm kỳ 2020 - 2025", ()),
    "g_open_len": (G, "viết không quá một trang", ()),
    "g_econ": (G, ("nêu tốc độ tăng trưởng giá trị sản xuất bình quân, thu nhập bình quân đầu "
                   "người, thu ngân "
                  "sách nhà nước trên địa bàn"), ()),
    "g_ntm": (G, "nêu số xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu", ()),
    "g_city": (G, "đối với thành phố, nêu kết quả chỉnh trang, phát triển đô thị", CITIES),
    "g_poor": (G, "nêu tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đầu và cuối nhiệm kỳ", ()),
    "g_khmer": (G, "chính sách đối với đồng bào dân tộc Khmer và người có công với cách mạng", ()),
    "g_security": (G, ("đánh giá tình hình an ninh chính trị, trật tự an toàn xã hội, công tác phòng, chống "
                      "tội phạm và ma túy"), ()),
    "g_party": (G, ("nêu số đảng viên kết nạp mới trong nhiệm kỳ, tỷ lệ tổ chức cơ sở đảng hoàn thành tốt "
                   "nhiệm vụ trở lên, số ấp, khu phố chưa có chi bộ riêng"), ()),
    "g_kl21": (G, "kết quả thực hiện Kết luận số 21-KL/TW", ()),
    "g_weak": (G, "chỉ rõ chỉ tiêu không đạt, nguyên nhân chủ quan và trách nhiệm của tập thể, cá nhân", ()),
    "g_lesson_style": (G, "rút ra từ thực tiễn lãnh đạo của đảng bộ", ()),
    "g_appendix_table": (G, ("Bảng so sánh kết quả thực hiện các chỉ tiêu nghị quyết nhiệm kỳ 2020 "
                             "- 2025 đưa "
                            "vào phụ lục số liệu"), ()),
    "g_forecast": (G, "Dự báo bối cảnh trong nước, của tỉnh và của địa phương tác động đến nhiệm kỳ", ()),
    "g_forecast_len": (G, "viết ngắn gọn, không quá 2 trang", ()),
    "g_groups": (G, "hệ thống chỉ tiêu chủ yếu chia thành 4 nhóm", ()),
    "g_basis": (G, "mỗi chỉ tiêu phải có cơ sở tính toán và phù hợp với chỉ tiêu của tỉnh", ()),
    "g_tasks": (G, "gắn với tiềm năng, lợi thế của địa phương", ()),
    "g_bt_content": (G, "nêu rõ nội dung, cách làm và nguồn lực thực hiện", ()),
    "g_action": (G, "xây dựng chương trình hành động thực hiện nghị quyết", ()),
    # ---- Hướng dẫn: III. scoped items
    "island_econ": (G, "phát triển kinh tế biển gắn với bảo vệ chủ quyền biển, đảo", ISLAND),
    "island_iuu": (G, "phòng, chống khai thác IUU và bảo vệ nguồn lợi thủy sản", ISLAND),
    "island_power": (G, "bảo đảm điện, nước sinh hoạt cho người dân trên đảo", ISLAND),
    "border_marks": (G, "quản lý, bảo vệ đường biên giới, mốc quốc giới", BORDER),
    "border_smuggling": (G, "đấu tranh chống buôn lậu, gian lận thương mại qua biên giới", BORDER),
    "border_friends": (G, "quan hệ hữu nghị với các địa phương giáp biên của Vương quốc Campuchia", BORDER),
    "uminh_forest": (G, "bảo vệ, phát triển rừng và phòng cháy, chữa cháy rừng", UMINH),
    "uminh_shrimp": (G, "phát triển sản xuất tôm - lúa, thích ứng với xâm nhập mặn và sạt lở", UMINH),
    "uminh_buffer": (G, "chăm lo đời sống người dân vùng đệm", UMINH),
    # ---- Hướng dẫn: IV. limits (one paragraph), data, format
    "l_report": (G, "Báo cáo chính trị dài không quá 30 trang khổ A4", ()),
    "l_appendix": (G, "phụ lục số liệu không quá 12 trang", ()),
    "l_summary": (G, "báo cáo tóm tắt trình bày tại đại hội không quá 10 trang", ()),
    "l_minutes": (G, "thời gian đọc không quá 30 phút", ()),
    "l_theme": (G, "Chủ đề đại hội không quá 40 chữ", ()),
    "l_targets": (G, "Hệ thống chỉ tiêu chủ yếu không quá 20 chỉ tiêu", ()),
    "l_bt": (G, "xác định không quá 3 khâu đột phá", ()),
    "l_lessons": (G, "rút ra từ 3 đến 5 bài học kinh nghiệm", ()),
    "g_data2025": (G, "Số liệu năm 2025 lấy theo ước thực hiện cả năm", ()),
    "g_data_stat": (G, "phải thống nhất với niên giám thống kê và số liệu của Chi cục Thống kê", ()),
    "g_format": (G, "Thể thức trình bày theo Hướng dẫn số 36-HD/VPTW", ()),
    # ---- Hướng dẫn: V. deadlines
    "t_outline": (G, "xây dựng đề cương chi tiết gửi Ban Tuyên giáo Tỉnh ủy trước ngày 30/11/2024", ()),
    "t_draft1": (G, "trước ngày 15/01/2025 để cho ý kiến", ()),
    "t_public": (G, "để lấy ý kiến Nhân dân ít nhất 15 ngày", ()),
    "t_final": (G, "chậm nhất 25 ngày trước ngày khai mạc đại hội", ()),
    # ---- Báo cáo 86-BC/BTGTU (docx): table cells, one row per unit
    "rg_pages": (B, "Rút gọn dự thảo (hiện 41 trang) về không quá 30 trang theo hướng dẫn", ("TP Rạch Giá",)),
    "rg_sea": (B, "Bổ sung đánh giá kết quả đầu tư, khai thác các khu lấn biển", ("TP Rạch Giá",)),
    "rg_land": (B, "Làm rõ nguyên nhân chỉ tiêu thu tiền sử dụng đất không đạt", ("TP Rạch Giá",)),
    "rg_flood": (B, "Bổ sung giải pháp chống ngập úng đô thị và thu gom, xử lý chất thải rắn",
                 ("TP Rạch Giá",)),
    "kh_theme": (B, "Chủ đề đại hội dài 52 chữ, đề nghị rút gọn theo đúng hướng dẫn", ("Kiên Hải",)),
    "kh_power": (B, "bổ sung đánh giá kết quả đưa điện lưới quốc gia và cấp nước ngọt cho các xã đảo",
                 ("Kiên Hải",)),
    "kh_iuu": (B, ("làm rõ kết quả chống khai thác hải sản bất hợp pháp, không báo cáo và không "
                   "theo quy định (IUU)"), ("Kiên Hải",)),
    "kh_tourism": (B, ("bổ sung định hướng phát triển du lịch cộng đồng ở Nam Du, Hòn Sơn gắn với bảo vệ môi "
                      "trường biển"), ("Kiên Hải",)),
    "um_lessons": (B, "Dự thảo nêu 7 bài học kinh nghiệm, đề nghị chọn lọc lại theo hướng dẫn",
                   ("U Minh Thượng",)),
    "um_fire": (B, "Bổ sung đánh giá công tác phòng cháy, chữa cháy rừng mùa khô và trách nhiệm của chủ rừng",
                ("U Minh Thượng",)),
    "um_buffer": (B, "Làm rõ kết quả chuyển đổi cơ cấu cây trồng, vật nuôi trên đất vùng đệm",
                  ("U Minh Thượng",)),
    "um_cells": (B, "Bổ sung số ấp chưa có chi bộ riêng và lộ trình khắc phục", ("U Minh Thượng",)),
    "gr_growth": (B, "chưa có cơ sở, đề nghị tính toán lại cho sát khả năng thực hiện", ("Giồng Riềng",)),
    "gr_ntm": (B, "bổ sung kết quả xây dựng xã nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
               ("Giồng Riềng",)),
    "gr_khmer": (B, "làm rõ công tác phát triển đảng viên trong đồng bào dân tộc Khmer", ("Giồng Riềng",)),
    "gr_forecast": (B, "còn phân tích dài về bối cảnh quốc tế, đề nghị lược bỏ theo hướng dẫn",
                    ("Giồng Riềng",)),
    "b_deadline": (B, "gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 28/02/2025", ROUND1),
    # ---- news page (HTML): a remark in the discussion and the chair's conclusions
    "n_pages": (N, "bảo đảm không quá 30 trang theo Hướng dẫn số 47-HD/BTGTU", SESSION),
    "n_leader": (N, "phần hạn chế phải chỉ rõ nguyên nhân chủ quan và trách nhiệm của người đứng đầu",
                 SESSION),
    "pq_targets": (N, "giảm về không quá 20 chỉ tiêu và không quá 3 khâu đột phá", ("TP Phú Quốc",)),
    "pq_growth": (N, "làm rõ cơ sở của chỉ tiêu tăng trưởng 12,5%/năm", ("TP Phú Quốc",)),
    "pq_land": (N, "bổ sung đánh giá công tác quản lý đất đai, trật tự xây dựng", ("TP Phú Quốc",)),
    "pq_forest": (N, "bảo vệ rừng tại Vườn quốc gia Phú Quốc", ("TP Phú Quốc",)),
    "gt_bdbp": (N, "làm rõ hơn vai trò của Bộ đội Biên phòng trong xây dựng nền biên phòng toàn dân",
                ("Giang Thành",)),
    "gt_smuggling": (N, "đấu tranh chống buôn lậu, vận chuyển hàng cấm qua biên giới", ("Giang Thành",)),
    "gt_khmer": (N, "kết quả giảm nghèo trong đồng bào dân tộc Khmer ở các xã biên giới", ("Giang Thành",)),
    "am_dyke": (N, "giải pháp phòng, chống sạt lở đê biển Tây và bảo vệ rừng phòng hộ ven biển",
                ("An Minh",)),
    "am_targets": (N, "rà soát, cắt giảm số chỉ tiêu cho phù hợp với hướng dẫn", ("An Minh",)),
    "am_shrimp": (N, "làm rõ hiệu quả của mô hình tôm - lúa", ("An Minh",)),
    "n_deadline": (N, "gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 10/3/2025",
                   SESSION),
}

NOT_REQ = {
    G: [
        "Báo cáo chính trị là văn kiện trung tâm của đại hội",
        "Báo cáo gồm phần mở đầu và ba phần:",
        "Không nêu lại các chỉ tiêu của Nghị quyết đại hội nhiệm kỳ 2020 - 2025 trong phần thân báo cáo",
        "Không cần phân tích tình hình thế giới và khu vực",
        "Bảng 1. Gợi ý 16 chỉ tiêu chủ yếu theo nhóm",
        "Các đơn vị có thể bổ sung chỉ tiêu đặc thù",
        "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tổng hợp ý kiến góp ý các dự thảo",
        "Hướng dẫn này thay thế Công văn số 512-CV/BTGTU",
        "nếu có vướng mắc, đề nghị phản ánh về Ban Tuyên giáo Tỉnh ủy",
    ],
    B: [
        "đã nhận được dự thảo báo cáo chính trị (lần thứ nhất) của 5 đơn vị",
        "Các dự thảo cơ bản bám sát bố cục và nội dung theo Hướng dẫn số 47-HD/BTGTU",
        "dự thảo của Thành ủy Rạch Giá 41 trang, của Huyện ủy U Minh Thượng 37 trang",
        "Phản ánh khá đầy đủ đặc thù huyện đảo",
        "Có phần đánh giá riêng về vùng đệm Vườn quốc gia U Minh Thượng",
        "Dự thảo ngắn gọn (28 trang), đúng bố cục",
        "Thống nhất với dự thảo, không có ý kiến thêm",
        "Ban Tuyên giáo Tỉnh ủy tiếp tục tổng hợp ý kiến đối với dự thảo của các đơn vị gửi sau",
    ],
    N: [
        "dự thảo dài 38 trang, đề xuất 22 chỉ tiêu chủ yếu và 4 khâu đột phá",
        "dự thảo của huyện dài 29 trang, gồm 18 chỉ tiêu",
        "Dự thảo của Huyện ủy An Minh dài 34 trang, đề xuất 21 chỉ tiêu",
        "phối hợp với thành phố Hà Tiên phát triển Khu kinh tế cửa khẩu",
        "các đại biểu cơ bản thống nhất với bố cục của các dự thảo",
        "ghi nhận sự chuẩn bị công phu của ba đơn vị",
        "Kiên Hải tăng cường phòng, chống khai thác IUU trước mùa gió chướng",
        "Trụ sở: Khu hành chính tỉnh, phường Vĩnh Thanh, thành phố Rạch Giá",
    ],
}

REQ_COMMENT = (
    "Hand-labelled requirement catalogue of the Kiên Giang (Markdown/HTML) set. key = verbatim substring "
    "of one requirement (one line of the Markdown guidance, one table cell or paragraph of the .docx, one "
    "<p> or <li> of the news page); scope = gazetteer names of the units it is addressed to ([] = every "
    "district-level unit). Hướng dẫn 47-HD/BTGTU: general points are []; 'đối với thành phố…' is scoped "
    "to the 3 cities; III.1 to the island units (Phú Quốc, Kiên Hải, Hà Tiên), III.2 to the border units "
    "(Giang Thành, Hà Tiên, Kiên Lương), III.3 to the 4 districts of the U Minh Thượng area; the limits "
    "paragraph of IV holds 8 keys. Báo cáo 86-BC/BTGTU: each cell of column 4 holds several points "
    "separated by line breaks (Rạch Giá, U Minh Thượng) or ';' (Kiên Hải, Giồng Riềng) and is scoped to "
    "the unit in column 2; Tân Hiệp's cell 'Thống nhất với dự thảo, không có ý kiến thêm' holds none; the "
    "28/02/2025 deadline is scoped to the 4 units named in part III. News page: the chair's first "
    "conclusion and the 10/3/2025 deadline are for the 3 units of the session; 'Đối với …' items for that "
    "unit; the remark of the Trưởng Ban Tuyên giáo is scoped to Giang Thành. Hà Tiên in the Giang Thành "
    "narration is a passing mention. The 2020 Châu Thành report and the salinity plan carry no "
    "requirements. not_requirements = narration (what the drafts said), praise (Ưu điểm cells), "
    "descriptions, related-news headlines, the footer, and the negated instructions 'Không nêu lại…', "
    "'Không cần phân tích tình hình thế giới…' and Tân Hiệp's 'không có ý kiến thêm'."
)

# ------------------------------------------------------------------------------------------------------------
# questions: (shape, question, gold, expect, forbid); gold == [] means unanswerable.
# Halves alternate dev, heldout within each shape in this order.
# ------------------------------------------------------------------------------------------------------------

SRC_HD = ("Theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy Kiên Giang về xây dựng báo cáo chính trị trình đại hội "
          "đảng bộ huyện, thành phố nhiệm kỳ 2025 - 2030, ")

Q = [
    # ---------------------------------------------------------------- narrow (22)
    ("narrow", SRC_HD + "phụ lục số liệu kèm theo báo cáo được dài tối đa bao nhiêu trang?",
     ["phụ lục số liệu không quá 12 trang"], ["12 trang"], ["30 trang", "10 trang"]),
    ("narrow", ("Báo cáo chính trị trình đại hội đảng bộ huyện ở Kiên Giang nhiệm kỳ tới được viết "
                "dài tối đa "
               "bao nhiêu trang, không tính phụ lục?"),
     ["Báo cáo chính trị dài không quá 30 trang khổ A4"], ["30 trang"], ["12 trang", "38 trang"]),
    ("narrow", "Bản tóm tắt báo cáo chính trị đọc tại đại hội được dài bao nhiêu trang và đọc trong bao lâu?",
     ["báo cáo tóm tắt trình bày tại đại hội không quá 10 trang", "thời gian đọc không quá 30 phút"],
     ["10 trang", "30 phút"], ["12 trang"]),
    ("narrow", SRC_HD + "chủ đề đại hội được viết tối đa bao nhiêu chữ?",
     ["Chủ đề đại hội không quá 40 chữ"], ["40 chữ"], ["52 chữ"]),
    ("narrow", "Nhiệm kỳ 2025 - 2030, một huyện được đặt tối đa bao nhiêu chỉ tiêu chủ yếu?",
     ["Hệ thống chỉ tiêu chủ yếu không quá 20 chỉ tiêu"], ["20 chỉ tiêu"], ["16 chỉ tiêu", "22 chỉ tiêu"]),
    ("narrow", "bao cao chinh tri cap huyen duoc chon toi da may khau dot pha",
     ["xác định không quá 3 khâu đột phá"], ["3 khâu"], ["4 khâu"]),
    ("narrow", ("Under the Kien Giang guidance, how many lessons learned should a district political report "
               "draw?"),
     ["rút ra từ 3 đến 5 bài học kinh nghiệm"], ["3", "5"], ["7 bài học"]),
    ("narrow", ("Theo hướng dẫn, phần phân tích tình hình thế giới và khu vực trong báo cáo chính trị huyện "
               "được viết dài bao nhiêu trang?"),
     [], [], ["không quá 2 trang", "không quá một trang"]),
    ("narrow", ("Theo báo cáo tổng hợp ý kiến, chủ đề đại hội trong dự thảo của Huyện ủy Kiên Hải dài bao "
               "nhiêu chữ?"),
     ["Chủ đề đại hội dài 52 chữ"], ["52 chữ"], []),
    ("narrow", ("Dự thảo báo cáo chính trị của Thành ủy Phú Quốc trình Ban Thường vụ Tỉnh ủy dài bao nhiêu "
               "trang?"),
     ["dự thảo dài 38 trang"], ["38 trang"], ["29 trang", "34 trang", "41 trang"]),
    ("narrow", ("Huyện An Minh đề xuất tốc độ tăng trưởng bình quân bao nhiêu trong dự thảo báo cáo "
                "chính trị?"),
     ["tăng trưởng bình quân 7,5%/năm"], ["7,5%"], ["8,2%", "12,5%"]),
    ("narrow", ("Giồng Riềng đặt chỉ tiêu tăng trưởng bao nhiêu trong dự thảo lần đầu, và Ban Tuyên giáo góp "
               "ý gì về chỉ tiêu đó?"),
     ["bình quân 9,8%/năm chưa có cơ sở, đề nghị tính toán lại"], ["9,8%", "tính toán lại"],
     ["12,5%", "7,5%"]),
    ("narrow", "Trong nhiệm kỳ 2015 - 2020, Đảng bộ huyện Châu Thành kết nạp được bao nhiêu đảng viên mới?",
     ["kết nạp 1.042 đảng viên mới"], ["1.042"], ["1.000 đảng viên"]),
    ("narrow", "What share of households in Chau Thanh district were poor in 2015 and in 2020?",
     ["Tỷ lệ hộ nghèo giảm từ 4,86% năm 2015 xuống còn 1,52% năm 2020"], ["4,86", "1,52"],
     ["0,3 - 0,5%/năm"]),
    ("narrow", ("tang truong gia tri san xuat binh quan cua huyen chau thanh giai doan 2015 - 2020 "
                "dat bao nhieu"),
     ["giá trị sản xuất bình quân 5 năm đạt 7,62%/năm"], ["7,62%"], ["7%/năm trở lên"]),
    ("narrow", "Thành phố Rạch Giá đạt tốc độ tăng trưởng bình quân bao nhiêu trong giai đoạn 2015 - 2020?",
     [], [], ["7,62%"]),
    ("narrow", "Kinh phí hỗ trợ mỗi huyện để xây dựng báo cáo chính trị nhiệm kỳ 2025 - 2030 là bao nhiêu?",
     [], [], ["38,5 tỷ đồng", "24 tỷ đồng"]),
    ("narrow", "Dự thảo báo cáo chính trị phải đăng công khai lấy ý kiến Nhân dân tối thiểu bao nhiêu ngày?",
     ["để lấy ý kiến Nhân dân ít nhất 15 ngày"], ["15 ngày"], ["25 ngày"]),
    ("narrow", "Đại hội Đảng bộ thành phố Phú Quốc nhiệm kỳ 2025 - 2030 có bao nhiêu đại biểu chính thức?",
     [], [], ["22 chỉ tiêu", "38 trang"]),
    ("narrow", "Tỉnh ủy An Giang quy định báo cáo chính trị của huyện Châu Thành dài tối đa bao nhiêu trang?",
     [], [], ["30 trang"]),
    ("narrow", ("Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo của Phú Quốc, Giang Thành và An Minh được "
               "tổ chức ở đâu?"),
     [], [], ["Khu hành chính tỉnh", "phường Vĩnh Thanh"]),
    ("narrow", "Theo báo cáo tổng hợp ý kiến, dự thảo của U Minh Thượng nêu bao nhiêu bài học kinh nghiệm?",
     ["Dự thảo nêu 7 bài học kinh nghiệm"], ["7 bài học"], []),
    # ---------------------------------------------------------------- broad (10)
    ("broad", ("Báo cáo chính trị của Thành ủy Phú Quốc phải bổ sung, chỉnh sửa những gì theo kết "
               "luận của Ban "
              "Thường vụ Tỉnh ủy?"),
     ["giảm về không quá 20 chỉ tiêu và không quá 3 khâu đột phá"],
     ["30 trang", "20 chỉ tiêu", "12,5%", "Vườn quốc gia Phú Quốc"], ["buôn lậu", "sạt lở"]),
    ("broad", "Dự thảo của Huyện ủy Giang Thành bị Thường vụ Tỉnh ủy yêu cầu bổ sung những nội dung gì?",
     ["đấu tranh chống buôn lậu, vận chuyển hàng cấm qua biên giới"],
     ["buôn lậu", "Khmer", "Bộ đội Biên phòng", "30 trang"], ["tôm - lúa", "12,5%"]),
    ("broad", "An Minh cần sửa dự thảo báo cáo chính trị ở những điểm nào?",
     ["giải pháp phòng, chống sạt lở đê biển Tây và bảo vệ rừng phòng hộ ven biển"],
     ["sạt lở", "rừng phòng hộ", "tôm - lúa", "30 trang"], ["buôn lậu", "Vườn quốc gia Phú Quốc"]),
    ("broad", "Theo báo cáo tổng hợp ý kiến, dự thảo của Kiên Hải cần bổ sung, chỉnh sửa những gì?",
     ["bổ sung đánh giá kết quả đưa điện lưới quốc gia và cấp nước ngọt cho các xã đảo"],
     ["52 chữ", "điện lưới", "IUU", "Nam Du"], ["phòng cháy, chữa cháy rừng", "lấn biển"]),
    ("broad", ("What did the provincial propaganda board ask U Minh Thuong district to change in its first "
              "draft?"),
     ["Bổ sung đánh giá công tác phòng cháy, chữa cháy rừng mùa khô"],
     ["7", "phòng cháy, chữa cháy rừng", "vùng đệm", "chi bộ riêng"], ["IUU", "9,8%"]),
    ("broad", "Thành ủy Rạch Giá được Ban Tuyên giáo góp ý những gì về dự thảo lần thứ nhất?",
     ["Làm rõ nguyên nhân chỉ tiêu thu tiền sử dụng đất không đạt"],
     ["41 trang", "lấn biển", "tiền sử dụng đất", "ngập úng"], ["điện lưới", "IUU"]),
    ("broad", "Báo cáo chính trị của các huyện vùng U Minh Thượng phải có những nội dung riêng nào?",
     ["bảo vệ, phát triển rừng và phòng cháy, chữa cháy rừng"],
     ["phòng cháy, chữa cháy rừng", "tôm - lúa", "xâm nhập mặn", "vùng đệm"],
     ["mốc quốc giới", "chủ quyền biển"]),
    ("broad", "Theo hướng dẫn, báo cáo chính trị của thành phố Hà Tiên phải có những nội dung riêng nào?",
     ["phát triển kinh tế biển gắn với bảo vệ chủ quyền biển, đảo",
      "quản lý, bảo vệ đường biên giới, mốc quốc giới"],
     ["chủ quyền biển", "IUU", "mốc quốc giới", "buôn lậu"], ["cháy rừng", "tôm - lúa"]),
    ("broad", "Ban Thường vụ Tỉnh ủy yêu cầu Thành ủy Hà Tiên bổ sung gì vào dự thảo báo cáo chính trị?",
     [], [], ["Khu kinh tế cửa khẩu", "vận chuyển hàng cấm"]),
    ("broad", "Ban Tuyên giáo góp ý gì cho dự thảo báo cáo chính trị của Huyện ủy Tân Hiệp?",
     ["Thống nhất với dự thảo, không có ý kiến thêm"], ["không có ý kiến thêm"], ["tính toán lại", "Khmer"]),
    # ---------------------------------------------------------------- which (8)
    ("which", ("Những đơn vị nào phải có nội dung riêng về quản lý, bảo vệ đường biên giới và mốc quốc giới "
              "trong báo cáo chính trị?"),
     ["Các đơn vị biên giới (huyện Giang Thành, thành phố Hà Tiên, huyện Kiên Lương)"],
     ["Giang Thành", "Hà Tiên", "Kiên Lương"], ["Phú Quốc", "Kiên Hải"]),
    ("which", ("Đơn vị nào trong đợt góp ý dự thảo lần thứ nhất được Ban Tuyên giáo thống nhất, không có ý "
              "kiến thêm?"),
     ["Thống nhất với dự thảo, không có ý kiến thêm"], ["Tân Hiệp"], ["Giồng Riềng"]),
    ("which", "Những đơn vị nào bị Ban Thường vụ Tỉnh ủy yêu cầu giảm bớt số chỉ tiêu chủ yếu?",
     ["giảm về không quá 20 chỉ tiêu và không quá 3 khâu đột phá",
      "rà soát, cắt giảm số chỉ tiêu cho phù hợp với hướng dẫn"],
     ["Phú Quốc", "An Minh"], ["Giang Thành"]),
    ("which", ("Trong phiên họp ngày 13/02/2025, Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị "
              "của những đơn vị nào?"),
     ["của Thành ủy Phú Quốc, Huyện ủy Giang Thành và Huyện ủy An Minh"],
     ["Phú Quốc", "Giang Thành", "An Minh"], ["Hà Tiên", "Kiên Hải"]),
    ("which", "nhung don vi nao phai gui lai du thao cho ban tuyen giao truoc ngay 28/02/2025",
     ["gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 28/02/2025"],
     ["Rạch Giá", "Kiên Hải", "U Minh Thượng", "Giồng Riềng"], ["Phú Quốc", "An Minh"]),
    ("which", ("Những huyện nào được yêu cầu nêu lại toàn bộ chỉ tiêu nghị quyết nhiệm kỳ 2020 - 2025 trong "
              "phần thân báo cáo?"),
     [], [], []),
    ("which", ("Những đơn vị nào phải nêu kết quả chỉnh trang, phát triển đô thị trong phần đánh giá "
               "nhiệm kỳ?"),
     ["đối với thành phố, nêu kết quả chỉnh trang, phát triển đô thị"],
     ["Rạch Giá", "Hà Tiên", "Phú Quốc"], ["Kiên Hải", "Kiên Lương"]),
    ("which", ("Đơn vị nào vừa thuộc nhóm biển, đảo vừa thuộc nhóm biên giới trong hướng dẫn xây "
               "dựng báo cáo "
              "chính trị?"),
     ["Các đơn vị biển, đảo (thành phố Phú Quốc, huyện Kiên Hải, thành phố Hà Tiên)",
      "Các đơn vị biên giới (huyện Giang Thành, thành phố Hà Tiên, huyện Kiên Lương)"],
     ["Hà Tiên"], []),
    # ---------------------------------------------------------------- when (6)
    ("when", "Đề cương chi tiết báo cáo chính trị phải gửi Ban Tuyên giáo Tỉnh ủy trước ngày nào?",
     ["xây dựng đề cương chi tiết gửi Ban Tuyên giáo Tỉnh ủy trước ngày 30/11/2024"], ["30/11/2024"],
     ["25/11/2024", "15/01/2025"]),
    ("when", ("By what date did districts have to send the first draft of their political report to the "
             "provincial standing committee?"),
     ["trước ngày 15/01/2025 để cho ý kiến"], ["15/01/2025"], ["10/01/2025", "30/11/2024"]),
    ("when", ("Ban Thường vụ Tỉnh ủy họp cho ý kiến dự thảo báo cáo chính trị của Phú Quốc, Giang "
              "Thành và An "
             "Minh vào ngày nào?"),
     ["Sáng ngày 13/02/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị"], ["13/02/2025"],
     ["05 tháng 02 năm 2025", "10/3/2025"]),
    ("when", "Thành ủy Phú Quốc phải gửi lại dự thảo đã chỉnh sửa trước ngày nào?",
     ["trước ngày 10/3/2025"], ["10/3/2025"], ["28/02/2025"]),
    ("when", ("Dự thảo hoàn chỉnh phải gửi Ban Thường vụ Tỉnh ủy chậm nhất bao lâu trước ngày khai "
              "mạc đại hội?"),
     ["chậm nhất 25 ngày trước ngày khai mạc đại hội"], ["25 ngày"], ["15 ngày"]),
    ("when", "Giồng Riềng có hạn gửi lại dự thảo đã tiếp thu ý kiến góp ý là ngày nào?",
     ["gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 28/02/2025"], ["28/02/2025"], ["10/3/2025"]),
    # ---------------------------------------------------------------- who (6)
    ("who", ("Ai chủ trì hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị của Phú Quốc, "
            "Giang Thành và An Minh?"),
     ["Đồng chí Lâm Quốc Hưng, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị"], ["Lâm Quốc Hưng"],
     ["Trần Thị Mỹ Dung"]),
    ("who", "Ai ký Báo cáo tổng hợp ý kiến góp ý dự thảo báo cáo chính trị đợt 1 của Ban Tuyên giáo Tỉnh ủy?",
     ["Lê Thị Ngọc Hân"], ["Lê Thị Ngọc Hân"], ["Phạm Hoàng Khải", "Trần Thị Mỹ Dung"]),
    ("who", "Ai trình bày dự thảo báo cáo chính trị của Thành ủy Phú Quốc tại hội nghị Thường vụ Tỉnh ủy?",
     ["đồng chí Hồ Minh Triết, Phó Bí thư Thường trực Thành ủy Phú Quốc"], ["Hồ Minh Triết"],
     ["Danh Thị Sa Ra", "Nguyễn Thanh Phong"]),
    ("who", "Bí thư Huyện ủy Kiên Hải hiện nay là ai?",
     [], [], ["Danh Thị Sa Ra", "Nguyễn Thanh Phong", "Hồ Minh Triết"]),
    ("who", "Ai đề nghị Giang Thành làm rõ vai trò của Bộ đội Biên phòng trong dự thảo báo cáo chính trị?",
     ["Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị Huyện ủy Giang Thành"], ["Trần Thị Mỹ Dung"], ["Lâm Quốc Hưng"]),
    ("who", "Bí thư Huyện ủy An Minh là ai?",
     ["đồng chí Nguyễn Thanh Phong, Bí thư Huyện ủy An Minh"], ["Nguyễn Thanh Phong"], ["Danh Thị Sa Ra"]),
    # ---------------------------------------------------------------- meta (4)
    ("meta", ("huong dan xay dung bao cao chinh tri dai hoi dang bo huyen nhiem ky 2025 - 2030 cua ban tuyen "
             "giao kien giang la van ban so may, ban hanh ngay nao"),
     ["Số ký hiệu: 47-HD/BTGTU; ngày ban hành: 21/10/2024"], ["47-HD/BTGTU", "21/10/2024"], ["86-BC/BTGTU"]),
    ("meta", "Hướng dẫn 47-HD/BTGTU được ban hành để thực hiện những văn bản nào?",
     ["Kế hoạch số 209-KH/TU, ngày 02/8/2024 của Ban Thường vụ Tỉnh ủy"], ["35-CT/TW", "209-KH/TU"],
     ["168/KH-UBND", "36-HD/VPTW"]),
    ("meta", ("Bài viết về hội nghị Thường vụ Tỉnh ủy cho ý kiến dự thảo của Phú Quốc, Giang Thành "
              "và An Minh "
             "do ai thực hiện?"),
     ["Bài, ảnh: Thanh Nhàn"], ["Thanh Nhàn"], ["Lâm Quốc Hưng"]),
    ("meta", "Bản báo cáo chính trị nhiệm kỳ 2020 - 2025 có trong kho tài liệu là của đảng bộ huyện nào?",
     ["Đảng bộ huyện Châu Thành lần thứ XII"], ["Châu Thành"], ["Thành ủy Rạch Giá"]),
]

# ------------------------------------------------------------------------------------------------------------
# drafts: file -> (district, text variable, {requirement id: label})
# ------------------------------------------------------------------------------------------------------------

GENERAL = ["g_title", "l_theme", "g_open", "g_econ", "g_ntm", "g_poor", "g_security", "g_party", "g_weak",
           "l_lessons", "g_forecast", "g_groups", "l_targets", "l_bt", "g_action"]


def _labels(overrides: dict, extra: list[str]) -> dict:
    out = {k: "addressed" for k in GENERAL + extra}
    out.update(overrides)
    return out


DRAFTS = {
    "01_kien_hai_gan_day_du.txt": (
        "Kiên Hải", "KIEN_HAI",
        _labels({"g_party": "partly", "kh_tourism": "partly"},
                ["island_econ", "island_iuu", "island_power", "kh_theme", "kh_power", "kh_iuu",
                 "kh_tourism"]),
    ),
    "02_an_minh_con_thieu.txt": (
        "An Minh", "AN_MINH",
        _labels({"l_theme": "missing", "g_open": "missing", "g_econ": "partly", "g_security": "missing",
                 "g_party": "partly", "g_weak": "missing", "l_lessons": "partly", "g_forecast": "missing",
                 "g_groups": "missing", "l_targets": "missing", "g_action": "missing",
                 "uminh_forest": "partly", "uminh_shrimp": "partly", "uminh_buffer": "missing",
                 "n_leader": "missing", "am_dyke": "missing", "am_targets": "missing", "am_shrimp": "partly"},
                ["uminh_forest", "uminh_shrimp", "uminh_buffer", "n_leader", "am_dyke", "am_targets",
                 "am_shrimp"]),
    ),
    "03_giang_thanh_dien_dat_khac.txt": (
        "Giang Thành", "GIANG_THANH",
        _labels({"g_party": "partly"},
                ["border_marks", "border_smuggling", "border_friends", "n_leader", "gt_bdbp", "gt_smuggling",
                 "gt_khmer"]),
    ),
}

DRAFT_COMMENT = (
    "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of one "
    "requirement that applies to the draft's unit). Only content requirements that can be judged from a "
    "draft's text are labelled: 15 general ones of Hướng dẫn 47-HD/BTGTU (title, theme within 40 chữ, "
    "opening, economy, nông thôn mới, poverty, security/drugs, party building, shortcomings with "
    "subjective causes, lessons 3-5, forecast, indicators in 4 groups, at most 20 indicators, at most 3 "
    "breakthroughs, action programme) plus the items scoped to the draft's own unit (hướng dẫn III, the "
    "row of Báo cáo 86-BC/BTGTU, the news page's conclusions and remark). Process and format requirements "
    "(page counts, deadlines, consultation, data cut-off) are not labelled. addressed = the substance is "
    "stated in any words ('Phương châm hành động' for chủ đề; 'Năm điều rút ra' for 5 bài học; 'Mười tám "
    "con số phải đạt, xếp thành bốn khối' for ≤20 chỉ tiêu in 4 groups; 'Hai mũi nhọn' for ≤3 đột phá; "
    "'lực lượng quân hàm xanh' for Bộ đội Biên phòng; 'hàng lậu, hàng cấm… đường mòn, lối mở' for buôn "
    "lậu; 'bà con Khơ-me' for đồng bào Khmer; 'chất gây nghiện' for ma túy; 'Trước hết là do chính chúng "
    "ta… đồng chí Bí thư' for subjective causes and the head's responsibility); partly = one part of a "
    "multi-part requirement (party admissions without the number of ấp lacking a chi bộ; tourism without "
    "environmental protection; growth without income and budget; forest-fire work without forest "
    "development; tôm - lúa and salinity without sạt lở; tôm - lúa area without its effectiveness) or a "
    "count outside a range (2 bài học for 'từ 3 đến 5'); missing = not stated, including causes given "
    "only as objective conditions and 21 indicators left in one ungrouped list after being asked to cut "
    "them."
)
