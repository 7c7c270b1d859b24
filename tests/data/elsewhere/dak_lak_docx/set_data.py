"""Gazetteer, requirement catalogue, questions and draft labels of the Đắk Lắk (Word / minutes / HTML) set."""

G = ("guidance/huong-dan-38-hd-btgtu-xay-dung-bao-cao-chinh-tri-dai-hoi-dang-bo-huyen-thi-xa-thanh-pho-"
     "2020-2025.docx")
B = "guidance/bien-ban-112-bb-tu-hoi-nghi-ban-thuong-vu-tinh-uy-gop-y-du-thao-bao-cao-chinh-tri-4-don-vi.txt"
N = ("guidance/ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-cua-buon-ma-thuot-krong-nang-va-"
     "lak.html")
R = "reports/bao-cao-chinh-tri-dai-hoi-lan-thu-x-nhiem-ky-2015-2020.docx"
D = "guidance/ke-hoach-1452-kh-ubnd-tai-canh-ca-phe-va-ung-pho-han-han-mua-kho-nam-2020.txt"

# ------------------------------------------------------------------------------------------------------------
# gazetteer
# ------------------------------------------------------------------------------------------------------------

GAZ_COMMENT = (
    "District-level units (cấp huyện) of Đắk Lắk province in 2020: 1 city (TP Buôn Ma Thuột), 1 town (TX "
    "Buôn Hồ) and 13 districts. aliases = forms that name the unit alone in running text; apostrophe "
    "variants (M'Đrắk / M’Đrắk, Cư M'gar / Cư M'Gar, Ea H'leo / Ea H'Leo) and the common spelling 'Krông "
    "Ana' of Krông A Na are listed. Left out on purpose: the bare 'Buôn Ma Thuột' (every provincial "
    "document's place-and-date line reads 'Buôn Ma Thuột, ngày …'; it also occurs in the brand 'Buôn Ma "
    "Thuột - Điểm đến của cà phê thế giới' and in 'Lễ hội Cà phê Buôn Ma Thuột') and the bare 'Lắk' (it is "
    "the second half of the province name 'Đắk Lắk', and 'hồ Lắk' is a lake). Names inside other names that "
    "do NOT designate a unit as addressee: 'Đắk Lắk, ngày …' is the place of issue of the provincial "
    "People's Committee; 'hồ Ea Súp Thượng' is a reservoir in Ea Súp; 'Vườn quốc gia Yok Đôn' lies in Buôn "
    "Đôn and Ea Súp and is not Buôn Đôn itself; 'Vườn quốc gia Chư Yang Sin' spans Krông Bông and Lắk; 'sông "
    "Krông Ana' is the river, not huyện Krông A Na; 'xã Krông Búk' is a commune of Krông Pắc, not huyện "
    "Krông Búk; 'Phước An' is the seat of Krông Pắc; 'buôn Akô Dhông', 'buôn Kô Tam' are Ê Đê villages "
    "inside Buôn Ma Thuột and 'buôn Jun' is a M'nông village in Lắk (the common noun 'buôn' = village is not "
    "Buôn Hồ or Buôn Đôn); 'Cụm công nghiệp Buôn Hồ' is an industrial cluster of the town; 'Khu bảo tồn "
    "thiên nhiên Nam Ka' is in Lắk; 'Ia Rvê', 'Ia Lốp', 'Cư KBang' are communes of Ea Súp ('Cư KBang', 'Cư "
    "M'lan' are not Cư M'gar or Cư Kuin); 'Mondulkiri' and 'Koh Nhek' are a Cambodian province and district. "
    "'Đắk Nông' is a separate province (split from Đắk Lắk in 2004) and is not in the corpus."
)


def _unit(name: str, kind: str, *aliases: str) -> dict:
    return {"name": name, "kind": kind, "aliases": list(aliases)}


GAZETTEER = {
    "_comment": GAZ_COMMENT,
    "units": [
        _unit("TP Buôn Ma "
              "Thuột", "thành phố", "TP Buôn Ma Thuột", "TP. Buôn Ma Thuột", "thành phố Buôn Ma Thuột",
              "Thành phố Buôn Ma Thuột", "Thành ủy Buôn Ma Thuột"),
        _unit("TX Buôn Hồ", "thị xã", "TX Buôn Hồ", "TX. Buôn Hồ", "thị xã Buôn Hồ", "Thị xã Buôn Hồ",
              "Thị ủy Buôn Hồ", "Buôn Hồ"),
        _unit("Ea H'leo", "huyện", "Ea H'leo", "Ea H'Leo", "Ea H’leo", "huyện Ea H'leo", "Huyện ủy Ea H'leo"),
        _unit("Ea Súp", "huyện", "Ea Súp", "huyện Ea Súp", "Huyện ủy Ea Súp"),
        _unit("Buôn Đôn", "huyện", "Buôn Đôn", "huyện Buôn Đôn", "Huyện ủy Buôn Đôn"),
        _unit("Cư M'gar", "huyện", "Cư M'gar", "Cư M'Gar", "Cư M’gar", "huyện Cư M'gar", "Huyện ủy Cư M'gar"),
        _unit("Krông Búk", "huyện", "Krông Búk", "huyện Krông Búk", "Huyện ủy Krông Búk"),
        _unit("Krông Năng", "huyện", "Krông Năng", "huyện Krông Năng", "Huyện ủy Krông Năng"),
        _unit("Ea Kar", "huyện", "Ea Kar", "huyện Ea Kar", "Huyện ủy Ea Kar"),
        _unit("M'Đrắk", "huyện", "M'Đrắk", "M’Đrắk", "M'Drắk", "huyện M'Đrắk", "Huyện ủy M'Đrắk"),
        _unit("Krông Bông", "huyện", "Krông Bông", "huyện Krông Bông", "Huyện ủy Krông Bông"),
        _unit("Krông Pắc", "huyện", "Krông Pắc", "Krông Pắk", "huyện Krông Pắc", "Huyện ủy Krông Pắc"),
        _unit("Krông A "
              "Na", "huyện", "Krông A Na", "huyện Krông A Na", "huyện Krông Ana", "Huyện ủy Krông A Na"),
        _unit("Lắk", "huyện", "huyện Lắk", "Huyện ủy Lắk", "Đảng bộ huyện Lắk"),
        _unit("Cư Kuin", "huyện", "Cư Kuin", "huyện Cư Kuin", "Huyện ủy Cư Kuin"),
    ],
}

# ------------------------------------------------------------------------------------------------------------
# requirement catalogue: id -> (document, key, scope)
# ------------------------------------------------------------------------------------------------------------

BMT, BH = "TP Buôn Ma Thuột", "TX Buôn Hồ"
URBAN = (BMT, BH)
BORDER = ("Ea Súp", "Buôn Đôn")
MIGRANT = ("Ea Súp", "Krông Bông", "M'Đrắk", "Ea H'leo")
COFFEE = ("Cư M'gar", "Krông Pắc", "Krông Năng", "Krông Búk", "Cư Kuin")
PARKS = ("Buôn Đôn", "Ea Súp", "Krông Bông", "Lắk")
MINUTES4 = ("Cư M'gar", "Ea Súp", "Krông Bông", BH)  # units of the 12/5/2020 session (biên bản)
JOINT3 = ("Cư M'gar", "Ea Súp", "Krông Bông")  # the one remark addressed to three named districts
SESSION3 = (BMT, "Krông Năng", "Lắk")  # units of the 19/5/2020 session (news page)

REQ = {
    # ---- Hướng dẫn 38-HD/BTGTU (docx): I. yêu cầu
    "g_thucchat": (G, "Đánh giá đúng thực chất, khách quan kết quả thực hiện Nghị quyết Đại hội", ()),
    "g_bamsat": (G, "bám sát dự thảo văn kiện Đại hội XVII Đảng bộ tỉnh", ()),
    "g_solieu_pl": (G, "số liệu chi tiết đưa vào phụ lục", ()),
    "g_thaoluan": (G, "Dự thảo báo cáo phải được thảo luận dân chủ trong Ban Chấp hành", ()),
    "g_kiemdiem": (G, "gắn với việc xây dựng báo cáo kiểm điểm của Ban Chấp hành", ()),
    # ---- II. bố cục, dung lượng, thể thức
    "g_title": (G, "Tên báo cáo ghi thống nhất", ()),
    "g_theme": (G, "thể hiện mục tiêu, khát vọng phát triển của địa phương trong nhiệm kỳ", ()),
    "l_theme": (G, "ngắn gọn, dễ nhớ, không quá 50 chữ", ()),
    "g_open": (G, "khái quát bối cảnh, thuận lợi, khó khăn trong quá trình thực hiện nghị quyết", ()),
    "l_open": (G, "viết không quá một trang", ()),
    "l_part1": (G, "chiếm khoảng 40% dung lượng báo cáo", ()),
    "l_part2": (G, "chiếm khoảng 50% dung lượng báo cáo", ()),
    "l_part3": (G, "chiếm khoảng 10% dung lượng báo cáo", ()),
    "g_closing": (G, "lời kêu gọi ngắn gọn, khơi dậy ý chí, quyết tâm", ()),
    "l_appendix": (G, "Không quá 15 trang", ()),
    "l_summary": (G, "Không quá 12 trang", ()),
    "l_minutes": (G, "Không quá 35 phút", ()),
    "l_kiemdiem": (G, "Không quá 10 trang", ()),
    "g_summary": (G, "phản ánh đầy đủ những nội dung cốt lõi của báo cáo chính trị", ()),
    "g_format": (G, "Thể thức trình bày thực hiện theo Hướng dẫn số 36-HD/VPTW", ()),
    # ---- III.1 phần thứ nhất
    "g_status": (G, "nêu rõ chỉ tiêu đạt, vượt, không đạt", ()),
    "g_econ": (G, ("nêu tốc độ tăng trưởng giá trị sản xuất bình quân, thu nhập bình quân đầu người, thu "
                   "ngân sách nhà nước trên địa bàn"), ()),
    "g_ntm": (G, "nêu số xã đạt chuẩn nông thôn mới, số tiêu chí bình quân trên mỗi xã", ()),
    "g_city": (G, "đối với thành phố, thị xã, nêu kết quả xây dựng đô thị văn minh", URBAN),
    "g_poor": (G, ("nêu tỷ lệ hộ nghèo đầu và cuối nhiệm kỳ, trong đó có tỷ lệ hộ nghèo đồng bào dân tộc "
                   "thiểu số tại chỗ"), ()),
    "g_gong": (G, "bảo tồn, phát huy giá trị Không gian văn hóa cồng chiêng Tây Nguyên", ()),
    "g_env": (G, "đánh giá công tác quản lý đất đai, khoáng sản, tài nguyên nước", ()),
    "g_security": (G, "đánh giá tình hình an ninh chính trị, an ninh nông thôn, trật tự an toàn xã hội", ()),
    "g_ethnic": (G, "đấu tranh với các hoạt động lợi dụng vấn đề dân tộc, tôn giáo", ()),
    "g_party": (G, ("nêu số đảng viên kết nạp mới trong nhiệm kỳ, trong đó số đảng viên là người dân tộc "
                   "thiểu số"),
                ()),
    "g_buon": (G, "số buôn, thôn, tổ dân phố chưa có đảng viên", ()),
    "g_danvan": (G, "đánh giá việc thực hiện quy chế dân chủ ở cơ sở và phong trào thi đua", ()),
    "g_weak": (G, ("nhấn mạnh nguyên nhân chủ quan và trách nhiệm của tập thể Ban Thường vụ, người đứng đầu "
                  "cấp ủy"),
               ()),
    "l_lessons": (G, "Rút ra từ 3 đến 5 bài học kinh nghiệm", ()),
    "g_lesson_style": (G, "tránh chung chung, lặp lại bài học của nhiệm kỳ trước", ()),
    "l_compare": (G, "được so sánh với năm 2015 (năm cuối nhiệm kỳ trước)", ()),
    "l_years": (G, "các biểu số liệu trong phụ lục thể hiện không quá 5 năm (2016 - 2020)", ()),
    "g_data2020": (G, "số liệu năm 2020 là số ước thực hiện cả năm", ()),
    # ---- III.2 - III.3 phần thứ hai, thứ ba
    "g_forecast": (G, "Dự báo bối cảnh trong nước, của tỉnh và của địa phương", ()),
    "l_forecast": (G, "viết ngắn gọn, không quá 2 trang", ()),
    "g_goal": (G, "Mục tiêu tổng quát phải ngắn gọn, thể hiện khát vọng phát triển", ()),
    "l_targets": (G, "Hệ thống chỉ tiêu chủ yếu không quá 22 chỉ tiêu", ()),
    "g_groups": (G, "chia thành 3 nhóm: nhóm chỉ tiêu kinh tế", ()),
    "g_basis": (G, "Mỗi chỉ tiêu phải có cơ sở tính toán, phù hợp với chỉ tiêu dự kiến của tỉnh", ()),
    "g_tasks": (G, "gắn với tiềm năng, lợi thế của địa phương", ()),
    "g_dtts": (G, "giải pháp phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số", ()),
    "g_cadre": (G, "xây dựng đội ngũ cán bộ người dân tộc thiểu số tại chỗ", ()),
    "l_bt": (G, "Lựa chọn không quá 3 khâu đột phá", ()),
    "g_bt_content": (G, "nêu rõ nội dung, cách làm, nguồn lực và lộ trình thực hiện", ()),
    "g_action": (G, "xây dựng chương trình hành động thực hiện nghị quyết đại hội", ()),
    "g_review": (G, "chế độ sơ kết giữa nhiệm kỳ", ()),
    # ---- IV. nội dung riêng theo địa bàn (scoped)
    "u_plan": (G, "quy hoạch, chỉnh trang đô thị, quản lý trật tự xây dựng", URBAN),
    "u_bmt": (G, "lộ trình xây dựng thành phố trở thành đô thị trung tâm vùng Tây Nguyên", (BMT,)),
    "u_bh": (G, "các tiêu chí đô thị loại III còn thiếu và lộ trình hoàn thành", (BH,)),
    "b_marks": (G, "bảo vệ chủ quyền, an ninh biên giới quốc gia và hệ thống mốc quốc giới", BORDER),
    "b_illegal": (G, "Phòng, chống xuất cảnh, nhập cảnh trái phép, buôn lậu và vận chuyển lâm sản trái phép",
                  BORDER),
    "b_defence": (G, "Xây dựng thế trận biên phòng toàn dân gắn với thế trận an ninh nhân dân", BORDER),
    "b_friends": (G, "mở rộng quan hệ hữu nghị với tỉnh Mondulkiri", BORDER),
    "m_settle": (G, "bố trí, ổn định dân di cư tự do", MIGRANT),
    "m_forest": (G, "tranh chấp, lấn chiếm đất rừng, phá rừng làm nương rẫy", MIGRANT),
    "c_replant": (G, "tái canh cà phê, chuyển đổi cây trồng kém hiệu quả", COFFEE),
    "c_chain": (G, "liên kết sản xuất theo chuỗi giá trị và cấp chứng nhận sản xuất bền vững", COFFEE),
    "c_drought": (G, "giải pháp ứng phó với hạn hán, bảo đảm nước tưới", COFFEE),
    "np_forest": (G, "phối hợp quản lý, bảo vệ rừng đặc dụng tại Vườn quốc gia Yok Đôn", PARKS),
    "np_tourism": (G, "phát triển du lịch sinh thái gắn với bảo tồn đa dạng sinh học", PARKS),
    # ---- V. quy trình, thời gian; the amended page limit
    "t_outline": (G, "gửi Ban Tuyên giáo Tỉnh ủy trước ngày 15/01/2020", ()),
    "t_draft1": (G, "trước ngày 31/3/2020 để cho ý kiến", ()),
    "t_public": (G, "ít nhất 10 ngày để Nhân dân góp ý", ()),
    "t_final": (G, "chậm nhất 20 ngày trước ngày khai mạc đại hội", ()),
    "t_monthly": (G, "Định kỳ vào ngày 25 hằng tháng", ()),
    "l_report": (G, "báo cáo chính trị dài không quá 30 trang khổ A4", ()),
    # ---- Biên bản 112-BB/TU (txt): remarks inside a section take that section's unit
    "cm_theme": (B, "rút gọn chủ đề đại hội cho đúng quy định", ("Cư M'gar",)),
    "cm_targets": (B, "giảm số chỉ tiêu chủ yếu theo Hướng dẫn số 38-HD/BTGTU", ("Cư M'gar",)),
    "cm_coffee": (B, "bổ sung đánh giá hiệu quả tái canh cà phê theo hướng bền vững", ("Cư M'gar",)),
    "cm_cert": (B, "diện tích cà phê được cấp chứng nhận sản xuất bền vững", ("Cư M'gar",)),
    "cm_link": (B, "kết quả liên kết tiêu thụ với doanh nghiệp", ("Cư M'gar",)),
    "cm_budget": (B, ("làm rõ nguyên nhân chủ quan của việc chỉ tiêu thu ngân sách nhà nước trên địa bàn "
                      "không đạt"), ("Cư M'gar",)),
    "es_border": (B, "phối hợp với lực lượng Bộ đội Biên phòng trong quản lý đường biên, mốc quốc giới",
                  ("Ea Súp",)),
    "es_movement": (B, "Toàn dân tham gia tự quản đường biên, mốc quốc giới", ("Ea Súp",)),
    "es_pages": (B, "rút gọn dự thảo về không quá 30 trang theo mục V.2", ("Ea Súp",)),
    "es_bt": (B, "giảm số khâu đột phá cho đúng quy định", ("Ea Súp",)),
    "es_growth": (B, "làm rõ cơ sở của chỉ tiêu tăng trưởng 10,2%/năm", ("Ea Súp",)),
    "es_irrig": (B, "hiệu quả khai thác công trình hồ Ea Súp Thượng", ("Ea Súp",)),
    "es_crops": (B, "định hướng phát triển cây điều, cây mì (sắn) gắn với nhà máy chế biến", ("Ea Súp",)),
    "kb_lessons": (B, "chọn lọc lại các bài học kinh nghiệm cho đúng hướng dẫn", ("Krông Bông",)),
    "kb_land": (B, "chính sách hỗ trợ đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo",
                ("Krông Bông",)),
    "kb_migr": (B, "giải pháp ổn định dân di cư tự do ở các xã vùng sâu", ("Krông Bông",)),
    "kb_flood": (B, "phòng, chống sạt lở đất, lũ quét tại các xã dọc sông Krông Ana", ("Krông Bông",)),
    "kb_tourism": (B, "du lịch sinh thái gắn với Vườn quốc gia Chư Yang Sin", ("Krông Bông",)),
    "bh_urban": (B, "lộ trình hoàn thành các tiêu chí còn thiếu để được công nhận đô thị loại III", (BH,)),
    "bh_industry": (B, "thu hút đầu tư vào Cụm công nghiệp Buôn Hồ", (BH,)),
    "joint_democracy": (B, ("bổ sung đánh giá kết quả thực hiện quy chế dân chủ ở cơ sở và vai trò của già "
                            "làng, người có uy tín"), JOINT3),
    "bb_leader": (B, ("phần hạn chế, yếu kém phải chỉ rõ nguyên nhân chủ quan và trách nhiệm của người đứng "
                      "đầu cấp ủy"), MINUTES4),
    "bb_stats": (B, "thống nhất với số liệu của Cục Thống kê tỉnh", MINUTES4),
    "bb_deadline": (B, ("gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày "
                       "29/5/2020"), MINUTES4),
    # ---- news page (html): a remark and the chair's conclusions
    "n_leader": (N, ("phần hạn chế phải thẳng thắn, chỉ rõ trách nhiệm của tập thể Ban Thường vụ và người "
                    "đứng đầu"),
                 SESSION3),
    "lak_culture": (N, "bảo tồn văn hóa truyền thống của đồng bào M'nông gắn với phát triển du lịch hồ Lắk",
                    ("Lắk",)),
    "bmt_pages": (N, "Đối với Thành ủy Buôn Ma Thuột, rút gọn dự thảo về không quá 30 trang", (BMT,)),
    "bmt_targets": (N, "giảm về không quá 22 chỉ tiêu và không quá 3 khâu đột phá", (BMT,)),
    "bmt_region": (N, "làm rõ vai trò động lực của thành phố đối với vùng Tây Nguyên", (BMT,)),
    "bmt_flood": (N, "chống ngập úng cục bộ, xử lý rác thải", (BMT,)),
    "bmt_buon": (N, "bảo tồn không gian văn hóa các buôn đồng bào Ê Đê trong lòng đô thị", (BMT,)),
    "kn_macadamia": (N, "bổ sung đánh giá hiệu quả phát triển cây mắc ca", ("Krông Năng",)),
    "kn_pepper": (N, "làm rõ nguyên nhân diện tích hồ tiêu bị chết do dịch bệnh", ("Krông Năng",)),
    "kn_irrig": (N, "phát triển thủy lợi nhỏ, chống hạn cho cây trồng", ("Krông Năng",)),
    "lak_rice": (N, "cánh đồng lớn sản xuất lúa chất lượng cao", ("Lắk",)),
    "lak_forest": (N, "quản lý, bảo vệ rừng tại Vườn quốc gia Chư Yang Sin và Khu bảo tồn thiên nhiên Nam Ka",
                   ("Lắk",)),
    "lak_poor": (N, "giải pháp giảm nghèo bền vững trong đồng bào dân tộc thiểu số tại chỗ", ("Lắk",)),
    "n_deadline": (N, "trước ngày 05/6/2020 để thẩm định", SESSION3),
}

NOT_REQ = {
    G: [
        "Báo cáo chính trị là văn kiện trung tâm của đại hội",
        "Hướng dẫn này nhằm thống nhất về bố cục, dung lượng",
        "Báo cáo chính trị gồm phần mở đầu, ba phần chính và phần kết luận",
        "Dung lượng báo cáo chính trị và các văn bản kèm theo thực hiện như sau",
        "Không quá 35 trang khổ A4",
        "Không đọc toàn văn báo cáo chính trị tại đại hội",
        "Không đưa nội dung kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành vào báo cáo chính trị",
        "Không cần phân tích tình hình thế giới và khu vực",
        ("Ngoài các nội dung tại mục III, báo cáo chính trị của các đơn vị sau đây bổ sung những nội dung "
        "riêng"),
        "Các giới hạn khác tại mục II.3 giữ nguyên",
        "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy",
        "Hướng dẫn này thay thế Hướng dẫn số 21-HD/BTGTU",
        "nếu có vướng mắc, đề nghị các đơn vị phản ánh về Ban Tuyên giáo Tỉnh ủy",
        "Danh mục gợi ý gồm 18 chỉ tiêu",
    ],
    B: [
        "mỗi đơn vị trình bày tóm tắt dự thảo không quá 15 phút",
        "dự thảo dài 36 trang, đề ra 24 chỉ tiêu chủ yếu và 3 khâu đột phá",
        "đánh giá dự thảo có bố cục đúng hướng dẫn",
        "huyện không cần đưa số liệu chi tiết của từng xã vào phần thân báo cáo",
        "đang tham gia lớp bồi dưỡng tại Học viện Chính trị quốc gia Hồ Chí Minh",
        "Dự thảo dài 41 trang, đề ra 20 chỉ tiêu chủ yếu và 4 khâu đột phá",
        "Hội nghị thống nhất không đưa nội dung phát triển cây cà phê vào khâu đột phá của huyện Ea Súp",
        "Dự thảo dài 33 trang, gồm 21 chỉ tiêu chủ yếu, 3 khâu đột phá và 6 bài học kinh nghiệm",
        "huyện Krông Bông không cần bổ sung nội dung đánh giá về phát triển đô thị",
        "Dự thảo dài 30 trang, đề ra 22 chỉ tiêu chủ yếu và 2 khâu đột phá",
        "dự thảo của Thị ủy Buôn Hồ ngắn gọn, đúng bố cục",
        "Hội nghị thống nhất không đưa chỉ tiêu tỷ lệ che phủ rừng vào hệ thống chỉ tiêu của thị xã Buôn Hồ",
        "ghi nhận, đánh giá cao sự chuẩn bị của các đơn vị",
        "Hội nghị thống nhất không cần tổ chức hội nghị cho ý kiến lần thứ hai",
        "Hội nghị kết thúc lúc 11 giờ 20 phút cùng ngày",
    ],
    N: [
        "dự thảo báo cáo chính trị của thành phố dài 38 trang",
        "dài 34 trang, gồm 20 chỉ tiêu và 3 khâu đột phá",
        "tỷ lệ hộ nghèo của huyện cuối năm 2019 còn 17,4%",
        "các đại biểu cơ bản thống nhất với bố cục của ba dự thảo",
        "Đồng chí Đoàn Minh Châu, Bí thư Tỉnh ủy phát biểu kết luận hội nghị.",
        "Thường trực Tỉnh ủy làm việc với Huyện ủy Krông Búk về công tác chuẩn bị đại hội",
        "Cư Kuin: Nông dân tất bật tái canh cà phê trước mùa mưa",
        "Tòa soạn: Số 12 Lê Duẩn, phường Tân Thành, thành phố Buôn Ma Thuột",
    ],
}

REQ_COMMENT = (
    "Hand-labelled requirement catalogue of the Đắk Lắk (Word / minutes / HTML) set. key = verbatim "
    "substring of one requirement (one paragraph or table cell of the .docx guidance, one line of the "
    "minutes, one <p> of the news article); scope = gazetteer names of the units it is addressed to ([] = "
    "every district-level unit). Hướng dẫn 38-HD/BTGTU: general points are []; the limits table of mục II.3 "
    "gives one key per 'Giới hạn' cell, except the report's 'Không quá 35 trang khổ A4', which mục V.2 "
    "replaces by 'không quá 30 trang' (that sentence is the key; the old cell is a not_requirement); the "
    "'Ghi chú:' note of mục III.1 holds 3 keys (base year 2015, at most 5 years in the appendix tables, 2020 "
    "= estimate); 'đối với thành phố, thị xã' and IV.1 are scoped to TP Buôn Ma Thuột and TX Buôn Hồ, with "
    "'Riêng …' sentences for one of them; IV.2 to the border districts Ea Súp, Buôn Đôn; IV.3 to Ea Súp, "
    "Krông Bông, M'Đrắk, Ea H'leo; IV.4 to the coffee districts Cư M'gar, Krông Pắc, Krông Năng, Krông Búk, "
    "Cư Kuin; IV.5 to the national-park districts Buôn Đôn, Ea Súp, Krông Bông, Lắk. Biên bản 112-BB/TU: a "
    "speaker's remark inside section I-IV is scoped to that section's unit even when it says only 'đề nghị "
    "huyện'; the remark of the Trưởng Ban Dân vận in section V names Cư M'gar, Ea Súp and Krông Bông "
    "together (not Buôn Hồ); the chair's conclusions and the 29/5/2020 deadline are for the 4 units of the "
    "session. News page: the remark of the Trưởng Ban Tuyên giáo is for Lắk; 'Đối với …' paragraphs for that "
    "unit; the first conclusion and the 05/6/2020 deadline for the 3 units of the session. The 2015 Krông "
    "Pắc report and the coffee/drought plan carry no requirements. not_requirements = narration (what each "
    "draft said: pages, indicators, breakthroughs, theme length, lessons), praise, the meeting's own "
    "speaking-time rule ('không quá 15 phút'), the absent secretary, descriptions, the superseded 35-page "
    "cell, the suggested list of 18 indicators, the caption, related/most-read headlines, the footer, and "
    "the negated instructions: 'Không đưa nội dung kiểm điểm…', 'Không cần phân tích tình hình thế giới…', "
    "'Không đọc toàn văn…', 'không cần đưa số liệu chi tiết của từng xã…', 'không đưa nội dung phát triển "
    "cây cà phê vào khâu đột phá…', 'không cần bổ sung nội dung đánh giá về phát triển đô thị', 'không đưa "
    "chỉ tiêu tỷ lệ che phủ rừng…' and 'không cần tổ chức hội nghị cho ý kiến lần thứ hai'."
)

# ------------------------------------------------------------------------------------------------------------
# questions: (shape, question, gold, expect, forbid); gold == [] means unanswerable.
# Halves alternate dev, heldout within each shape in this order.
# ------------------------------------------------------------------------------------------------------------

SRC_HD = ("Theo Hướng dẫn số 38-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy Đắk Lắk về xây dựng báo cáo chính trị "
          "trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025, ")

Q = [
    # ---------------------------------------------------------------- narrow (20)
    ("narrow", SRC_HD + "báo cáo chính trị được viết dài tối đa bao nhiêu trang, không kể phụ lục?",
     ["báo cáo chính trị dài không quá 30 trang khổ A4"], ["30 trang"], ["35 trang"]),
    ("narrow", ("According to the Dak Lak propaganda board's guidance, what is the maximum length of the "
                "statistical appendix attached to a district political report?"),
     ["Không quá 15 trang"], ["15"], ["12 trang"]),
    ("narrow", ("Bản báo cáo tóm tắt trình bày tại đại hội được dài bao nhiêu trang và đọc trong thời gian "
                "tối đa bao lâu?"),
     ["Không quá 12 trang", "Không quá 35 phút"], ["12 trang", "35 phút"], ["15 phút", "15 trang"]),
    ("narrow", ("chu de dai hoi trong bao cao chinh tri cap huyen nhiem ky 2020 - 2025 duoc viet toi da bao "
               "nhieu chu"),
     ["ngắn gọn, dễ nhớ, không quá 50 chữ"], ["50 chữ"], ["58 chữ"]),
    ("narrow", ("Giai đoạn 2015 - 2020, huyện Ea Súp đạt tốc độ tăng trưởng giá trị sản xuất bình quân bao "
                "nhiêu phần trăm mỗi năm?"),
     [], [], ["10,2%", "9,36%"]),
    ("narrow", ("Hệ thống chỉ tiêu chủ yếu trong báo cáo chính trị của một huyện được đặt tối đa bao nhiêu "
                "chỉ tiêu và chia thành mấy nhóm?"),
     ["Hệ thống chỉ tiêu chủ yếu không quá 22 chỉ tiêu, chia thành 3 nhóm"], ["22 chỉ tiêu", "3 nhóm"],
     ["18 chỉ tiêu", "26 chỉ tiêu"]),
    ("narrow", ("How many breakthrough areas (khâu đột phá) may a district party committee in Dak Lak choose "
                "for the 2020-2025 term?"),
     ["Lựa chọn không quá 3 khâu đột phá"], ["3"], ["4 khâu"]),
    ("narrow", "Báo cáo chính trị huyện cần rút ra bao nhiêu bài học kinh nghiệm?",
     ["Rút ra từ 3 đến 5 bài học kinh nghiệm"], ["3", "5"], ["6 bài học"]),
    ("narrow", ("Theo phần ghi chú trong hướng dẫn của Ban Tuyên giáo Tỉnh ủy, các biểu số liệu trong phụ "
                "lục báo cáo chính trị được thể hiện số liệu của tối đa mấy năm, từ năm nào đến năm nào?"),
     ["các biểu số liệu trong phụ lục thể hiện không quá 5 năm (2016 - 2020)"], ["5 năm", "2016"], []),
    ("narrow", ("When a district report assesses the 2015-2020 results, against which year must its figures "
                "be compared?"),
     ["được so sánh với năm 2015 (năm cuối nhiệm kỳ trước)"], ["2015"], ["2010"]),
    ("narrow", ("Theo hướng dẫn, phần phân tích tình hình thế giới và khu vực trong báo cáo chính trị cấp "
                "huyện được viết dài tối đa mấy trang?"),
     [], [], ["không quá 2 trang", "không quá một trang"]),
    ("narrow", "Phần mở đầu của báo cáo chính trị được phép viết dài bao nhiêu?",
     ["viết không quá một trang"], ["một trang"], ["không quá 2 trang"]),
    ("narrow", ("Theo biên bản hội nghị Ban Thường vụ Tỉnh ủy ngày 12/5/2020, dự thảo báo cáo chính trị lần "
                "thứ nhất của Huyện ủy Ea Súp dài bao nhiêu trang?"),
     ["Dự thảo dài 41 trang, đề ra 20 chỉ tiêu chủ yếu và 4 khâu đột phá"], ["41 trang"],
     ["36 trang", "33 trang", "38 trang"]),
    ("narrow", ("Thành ủy Buôn Ma Thuột đặt mục tiêu tăng trưởng giá trị sản xuất bình quân bao nhiêu mỗi "
                "năm trong dự thảo trình Ban Thường vụ Tỉnh ủy?"),
     ["tốc độ tăng trưởng giá trị sản xuất bình quân 9,5%/năm"], ["9,5%"], ["7,8%", "10,2%", "9,2%"]),
    ("narrow", ("du thao bao cao chinh tri cua thanh uy buon ma thuot de ra bao nhieu chi tieu chu yeu va "
                "bao nhieu khau dot pha"),
     ["đề ra 26 chỉ tiêu chủ yếu và 4 khâu đột phá"], ["26 chỉ tiêu", "4 khâu"], ["24 chỉ tiêu"]),
    ("narrow", ("Tỉnh ủy Đắk Nông quy định báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2020 - "
                "2025 dài tối đa bao nhiêu trang?"),
     [], [], ["30 trang", "35 trang"]),
    ("narrow", ("What were Krong Pac's household poverty rates in 2010 and in 2015, according to its 2015 "
                "political report?"),
     ["Tỷ lệ hộ nghèo giảm từ 15,8% năm 2010 xuống còn 6,12% năm 2015"], ["15,8", "6,12"], ["17,4%"]),
    ("narrow", ("Nhiệm kỳ 2010 - 2015, Đảng bộ huyện Krông Pắc kết nạp được bao nhiêu đảng viên mới, trong "
                "đó bao nhiêu người dân tộc thiểu số?"),
     ["Kết nạp 1.236 đảng viên mới, trong đó 187 đảng viên là người dân tộc thiểu số"], ["1.236", "187"],
     ["1.200"]),
    ("narrow", ("Under the provincial People's Committee's 2020 coffee replanting plan, how many hectares is "
                "Cu M'gar district assigned to replant?"),
     ["Cư M'gar 1.200 ha"], ["1.200"], ["850 ha"]),
    ("narrow", ("toc do tang truong gia tri san xuat binh quan cua huyen krong pac giai doan 2011 - 2015 dat "
                "bao nhieu, so voi nghi quyet de ra"),
     ["giai đoạn 2011 - 2015 đạt 9,36%/năm (nghị quyết đề ra 10 - 11%/năm)"], ["9,36%", "10 - 11%"],
     ["8,5 - 9%/năm"]),
    # ---------------------------------------------------------------- broad (10)
    ("broad", ("Theo Hướng dẫn 38-HD/BTGTU, ngoài các nội dung chung, báo cáo chính trị của Đảng bộ huyện Ea "
               "Súp phải bổ sung những nội dung riêng nào?"),
     ["bảo vệ chủ quyền, an ninh biên giới quốc gia và hệ thống mốc quốc giới",
      "bố trí, ổn định dân di cư tự do",
      "phối hợp quản lý, bảo vệ rừng đặc dụng tại Vườn quốc gia Yok Đôn"],
     ["mốc quốc giới", "nhập cảnh trái phép", "di cư tự do", "Yok Đôn"],
     ["tái canh cà phê", "đô thị loại III"]),
    ("broad", ("Tại hội nghị ngày 12/5/2020, Ban Thường vụ Tỉnh ủy đề nghị Huyện ủy Cư M'gar bổ sung, chỉnh "
               "sửa những gì trong dự thảo báo cáo chính trị?"),
     ["rút gọn chủ đề đại hội cho đúng quy định",
      "bổ sung đánh giá hiệu quả tái canh cà phê theo hướng bền vững",
      "làm rõ nguyên nhân chủ quan của việc chỉ tiêu thu ngân sách nhà nước trên địa bàn không đạt"],
     ["rút gọn chủ đề", "giảm số chỉ tiêu", "tái canh cà phê", "chứng nhận", "thu ngân sách",
      "người có uy tín"],
     ["mốc quốc giới", "Chư Yang Sin", "Ea Súp Thượng"]),
    ("broad", ("What did the provincial standing committee ask Krong Bong district to add or change in its "
               "draft political report at the 12 May 2020 meeting?"),
     ["chọn lọc lại các bài học kinh nghiệm cho đúng hướng dẫn",
      "phòng, chống sạt lở đất, lũ quét tại các xã dọc sông Krông Ana"],
     ["bài học", "đất sản xuất", "sạt lở", "Chư Yang Sin", "người có uy tín"], ["mắc ca", "Mondulkiri"]),
    ("broad", ("Ban Thường vụ Tỉnh ủy đã góp ý những nội dung gì cho dự thảo báo cáo chính trị của Huyện ủy "
              "Cư Kuin?"),
     [], [], ["600 ha", "thu ngân sách nhà nước trên địa bàn không đạt"]),
    ("broad", ("huyen uy lak duoc ban thuong vu tinh uy yeu cau bo sung nhung noi dung gi vao du thao bao "
              "cao chinh tri"),
     ["bảo tồn văn hóa truyền thống của đồng bào M'nông gắn với phát triển du lịch hồ Lắk",
      "Đối với Huyện ủy Lắk, bổ sung định hướng xây dựng cánh đồng lớn sản xuất lúa chất lượng cao"],
     ["M'nông", "hồ Lắk", "lúa", "Chư Yang Sin", "giảm nghèo"], ["mắc ca", "ngập úng"]),
    ("broad", ("Kết luận hội nghị chiều 19/5, đồng chí Bí thư Tỉnh ủy yêu cầu Thành ủy Buôn Ma Thuột chỉnh "
               "sửa, bổ sung dự thảo ở những điểm nào?"),
     ["Đối với Thành ủy Buôn Ma Thuột, rút gọn dự thảo về không quá 30 trang",
      "giảm về không quá 22 chỉ tiêu và không quá 3 khâu đột phá"],
     ["30 trang", "22 chỉ tiêu", "3 khâu", "ngập úng", "Akô Dhông"], ["mắc ca", "hồ Lắk"]),
    ("broad", ("Báo cáo chính trị nhiệm kỳ 2015 - 2020 của Đảng bộ huyện Krông Pắc rút ra những bài học kinh "
              "nghiệm nào?"),
     ["Một là, giữ vững sự đoàn kết, thống nhất trong Ban Chấp hành Đảng bộ",
      "Ba là, phát huy vai trò của già làng, người có uy tín"],
     ["đoàn kết", "cà phê", "già làng", "nông thôn mới"], []),
    ("broad", ("Besides the common content, what must the political reports of the key coffee and pepper "
               "districts cover?"),
     ["tái canh cà phê, chuyển đổi cây trồng kém hiệu quả",
      "giải pháp ứng phó với hạn hán, bảo đảm nước tưới"],
     ["tái canh cà phê", "chuỗi giá trị", "chứng nhận sản xuất bền vững", "hạn hán"],
     ["12,5 tỷ đồng", "6.500 ha"]),
    ("broad", ("Thị ủy Buôn Hồ được Ban Thường vụ Tỉnh ủy đề nghị bổ sung, làm rõ những gì trong dự thảo báo "
               "cáo chính trị?"),
     ["lộ trình hoàn thành các tiêu chí còn thiếu để được công nhận đô thị loại III",
      "thu hút đầu tư vào Cụm công nghiệp Buôn Hồ"],
     ["đô thị loại III", "Cụm công nghiệp Buôn Hồ", "nguyên nhân chủ quan"],
     ["quy chế dân chủ", "mốc quốc giới"]),
    ("broad", "Báo cáo chính trị cấp huyện gồm những phần nào và mỗi phần chiếm khoảng bao nhiêu dung lượng?",
     ["chiếm khoảng 40% dung lượng báo cáo", "chiếm khoảng 50% dung lượng báo cáo",
      "chiếm khoảng 10% dung lượng báo cáo"],
     ["mở đầu", "40%", "50%", "10%", "kết luận"], []),
    # ---------------------------------------------------------------- which (8)
    ("which", ("Những huyện nào thuộc nhóm huyện biên giới trong hướng dẫn xây dựng báo cáo chính trị của "
               "Ban Tuyên giáo Tỉnh ủy Đắk Lắk?"),
     ["Các huyện biên giới (Ea Súp, Buôn Đôn)"], ["Ea Súp", "Buôn Đôn"], ["Krông Bông", "M'Đrắk"]),
    ("which", ("Which districts must report on settling spontaneous migrants (di cư tự do) under the "
              "guidance?"),
     ["di cư tự do (Ea Súp, Krông Bông, M'Đrắk, Ea H'leo)"], ["Ea Súp", "Krông Bông", "M'Đrắk", "Ea H'leo"],
     ["Buôn Đôn"]),
    ("which", ("Những huyện nào được Ban Thường vụ Tỉnh ủy yêu cầu đưa chỉ tiêu tỷ lệ che phủ rừng vào hệ "
               "thống chỉ tiêu chủ yếu?"),
     [], [], []),
    ("which", ("Đồng chí Trưởng Ban Dân vận Tỉnh ủy đề nghị những huyện nào cùng bổ sung đánh giá việc thực "
               "hiện quy chế dân chủ ở cơ sở và vai trò của người có uy tín?"),
     ["đề nghị các huyện Cư M'gar, Ea Súp và Krông Bông bổ sung đánh giá"],
     ["Cư M'gar", "Ea Súp", "Krông Bông"], ["Buôn Hồ"]),
    ("which", ("Which party committees' draft political reports did the provincial standing committee "
              "discuss on 12 May 2020?"),
     ["các huyện Cư M'gar, Ea Súp, Krông Bông và thị xã Buôn Hồ"],
     ["Cư M'gar", "Ea Súp", "Krông Bông", "Buôn Hồ"], ["Krông Năng", "Krông Búk"]),
    ("which", ("nhung don vi nao duoc ban thuong vu tinh uy cho y kien du thao bao cao chinh tri vao chieu "
              "19/5"),
     ["Thành ủy Buôn Ma Thuột, Huyện ủy Krông Năng và Huyện ủy Lắk"], ["Buôn Ma Thuột", "Krông Năng", "Lắk"],
     ["Krông Búk", "Krông Pắc"]),
    ("which", "Những đơn vị nào bị yêu cầu giảm số khâu đột phá trong dự thảo báo cáo chính trị?",
     ["giảm số khâu đột phá cho đúng quy định", "giảm về không quá 22 chỉ tiêu và không quá 3 khâu đột phá"],
     ["Ea Súp", "Buôn Ma Thuột"], ["Krông Năng", "Cư M'gar"]),
    ("which", ("Những huyện nào được xếp vào nhóm trọng điểm cà phê, hồ tiêu trong hướng dẫn xây dựng báo "
              "cáo chính trị?"),
     ["Các huyện trọng điểm cà phê, hồ tiêu (Cư M'gar, Krông Pắc, Krông Năng, Krông Búk, Cư Kuin)"],
     ["Cư M'gar", "Krông Pắc", "Krông Năng", "Krông Búk", "Cư Kuin"], ["Ea H'leo", "Buôn Hồ"]),
    # ---------------------------------------------------------------- when (8)
    ("when", ("Đề cương chi tiết báo cáo chính trị của các huyện phải gửi Ban Tuyên giáo Tỉnh ủy trước ngày "
             "nào?"),
     ["gửi Ban Tuyên giáo Tỉnh ủy trước ngày 15/01/2020"], ["15/01/2020"], ["31/3/2020", "10/3/2020"]),
    ("when", ("By what date did district party committees have to submit the first draft of their political "
              "report for the provincial standing committee's comments?"),
     ["trước ngày 31/3/2020 để cho ý kiến"], ["31/3/2020"], ["15/01/2020", "10/3/2020"]),
    ("when", ("On which day did the provincial standing committee meet to discuss the drafts of Buon Ma "
             "Thuot, Krong Nang and Lak?"),
     ["Chiều 19/5, Ban Thường vụ Tỉnh ủy họp cho ý kiến"], ["19/5"], ["25/05/2020", "20/05/2020"]),
    ("when", ("Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị của Cư M'gar, Ea Súp, "
              "Krông Bông và Buôn Hồ được tổ chức vào ngày nào?"),
     ["Vào lúc 7 giờ 30 phút, ngày 12/5/2020"], ["12/5/2020"], ["19/5", "29/5/2020"]),
    ("when", "thi uy buon ho phai gui lai du thao bao cao chinh tri da chinh sua truoc ngay nao",
     ["gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 29/5/2020"], ["29/5/2020"],
     ["05/6/2020"]),
    ("when", "Đại hội Đảng bộ huyện Ea Súp nhiệm kỳ 2020 - 2025 khai mạc vào ngày nào?",
     [], [], ["29/5/2020", "31/3/2020"]),
    ("when", ("Dự thảo báo cáo chính trị hoàn chỉnh phải gửi Ban Thường vụ Tỉnh ủy chậm nhất bao nhiêu ngày "
              "trước khi khai mạc đại hội?"),
     ["chậm nhất 20 ngày trước ngày khai mạc đại hội"], ["20 ngày"], ["10 ngày"]),
    ("when", ("In the provincial plan on coffee replanting and drought for 2020, by what date must districts "
              "send their full-year results report?"),
     ["gửi báo cáo kết quả thực hiện cả năm trước ngày 15/12/2020"], ["15/12/2020"],
     ["20/6/2020", "31/8/2020"]),
    # ---------------------------------------------------------------- who (6)
    ("who", ("Ai chủ trì hội nghị Ban Thường vụ Tỉnh ủy ngày 12/5/2020 cho ý kiến dự thảo báo cáo chính trị "
            "của 4 đơn vị?"),
     ["Chủ trì hội nghị: đồng chí Trương Công Hiển, Phó Bí thư Thường trực Tỉnh ủy"], ["Trương Công Hiển"],
     ["Đoàn Minh Châu", "H'Ngơn Byă"]),
    ("who", ("Who chaired the standing committee's meeting on the draft reports of Buon Ma Thuot, Krong Nang "
            "and Lak?"),
     ["Đồng chí Đoàn Minh Châu, Bí thư Tỉnh ủy chủ trì hội nghị"], ["Đoàn Minh Châu"], ["Trương Công Hiển"]),
    ("who", "Who is the party secretary (Bí thư Huyện ủy) of Krong A Na district?",
     [], [], ["Y Dhuôl Niê", "Y Khoa Bdap", "Y Ngông Mlô"]),
    ("who", ("Ai trình bày tóm tắt dự thảo báo cáo chính trị của Huyện ủy Ea Súp tại hội nghị ngày "
             "12/5/2020, và vì sao không phải đồng chí Bí thư?"),
     ["đồng chí Ksor H'Nhung, Phó Bí thư Thường trực Huyện ủy trình bày tóm tắt dự thảo"],
     ["Ksor H'Nhung", "bồi dưỡng"], ["Y Wai Byă"]),
    ("who", ("ai de nghi huyen uy ea sup bo sung danh gia cong tac phoi hop voi bo doi bien phong trong quan "
             "ly duong bien, moc quoc gioi"),
     ["Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh đề nghị Huyện ủy Ea Súp"], ["Lương Đức Vĩnh"],
     ["H'Ngơn Byă", "Y Kriêng Êban"]),
    ("who", "Ai ký Hướng dẫn số 38-HD/BTGTU về xây dựng báo cáo chính trị trình đại hội đảng bộ cấp huyện?",
     ["Trần Thị Thúy Hằng"], ["Trần Thị Thúy Hằng"], ["H'Ngơn Byă", "Phan Thị Ngọc Lan"]),
    # ---------------------------------------------------------------- meta (4)
    ("meta", ("Hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ "
              "2020 - 2025 của Ban Tuyên giáo Tỉnh ủy Đắk Lắk mang số hiệu gì, ban hành ngày nào?"),
     ["Kèm theo Hướng dẫn số 38-HD/BTGTU, ngày 16/12/2019"], ["38-HD/BTGTU", "16/12/2019"],
     ["1452/KH-UBND", "112-BB/TU"]),
    ("meta", ("Thông báo kết luận của hội nghị Ban Thường vụ Tỉnh ủy chiều 19/5/2020 về dự thảo của Buôn Ma "
              "Thuột, Krông Năng và Lắk có số hiệu là gì?"),
     [], [], ["112-BB/TU"]),
    ("meta", ("The corpus holds a 2015 political report whose title does not name the district. Which "
              "district party committee issued it?"),
     ["HUYỆN ỦY KRÔNG PẮC"], ["Krông Pắc"], ["Krông Búk", "Ea Kar"]),
    ("meta", ("bai bao ve hoi nghi cho y kien du thao cua buon ma thuot, krong nang va lak do ai viet va "
              "dang ngay nao"),
     ["Tin, ảnh: H'Linh Niê"], ["H'Linh Niê", "20/05/2020"], ["25/05/2020"]),
]

# ------------------------------------------------------------------------------------------------------------
# drafts: file -> (district, text variable, {requirement id: label})
# ------------------------------------------------------------------------------------------------------------

GENERAL = ["g_title", "l_theme", "g_open", "g_econ", "g_ntm", "g_poor", "g_gong", "g_security", "g_ethnic",
           "g_party", "g_buon", "g_weak", "l_lessons", "g_forecast", "l_targets", "g_groups", "l_bt",
           "g_action"]
EA_SUP_SCOPED = ["b_marks", "b_illegal", "b_defence", "b_friends", "m_settle", "m_forest", "np_forest",
                 "np_tourism", "es_border", "es_movement", "es_bt", "es_growth", "es_irrig", "es_crops",
                 "joint_democracy", "bb_leader"]


def _labels(overrides: dict) -> dict:
    out = {k: "addressed" for k in GENERAL + EA_SUP_SCOPED}
    out.update(overrides)
    return out


DRAFTS = {
    "01_ea_sup_gan_day_du.txt": (
        "Ea Súp", "EA_SUP_01",
        _labels({"es_crops": "partly", "np_tourism": "missing"}),
    ),
    "02_ea_sup_con_thieu.txt": (
        "Ea Súp", "EA_SUP_02",
        _labels({"l_theme": "missing", "g_econ": "partly", "g_poor": "partly", "g_gong": "missing",
                 "g_ethnic": "missing", "g_party": "partly", "g_buon": "missing", "g_weak": "missing",
                 "g_forecast": "missing", "g_groups": "missing", "l_bt": "missing", "g_action": "missing",
                 "b_illegal": "partly", "b_defence": "missing", "b_friends": "missing", "m_forest": "missing",
                 "np_forest": "missing", "np_tourism": "missing", "es_border": "missing",
                 "es_movement": "missing", "es_bt": "missing", "es_growth": "missing", "es_irrig": "missing",
                 "es_crops": "partly", "joint_democracy": "missing", "bb_leader": "missing"}),
    ),
    "03_ea_sup_dien_dat_khac.txt": (
        "Ea Súp", "EA_SUP_03",
        _labels({"np_tourism": "partly"}),
    ),
}

DRAFT_COMMENT = (
    "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of one "
    "requirement that applies to Ea Súp). All three drafts are of huyện Ea Súp. Only content requirements "
    "that can be judged from a draft's text are labelled: 18 general ones of Hướng dẫn 38-HD/BTGTU (title, "
    "theme within 50 chữ, opening, economy, nông thôn mới, poverty incl. the rate of local ethnic-minority "
    "households, cồng chiêng, security, ethnic/religious exploitation, party admissions incl. "
    "ethnic-minority members, buôn without party members, shortcomings with subjective causes and "
    "responsibility, 3-5 lessons, forecast, at most 22 indicators, 3 groups, at most 3 breakthroughs, action "
    "programme) plus the 16 items scoped to Ea Súp (hướng dẫn IV.2 border, IV.3 migrants, IV.5 national "
    "park; the Ea Súp remarks of Biên bản 112-BB/TU; the three-district remark on quy chế dân chủ / người có "
    "uy tín; the chair's conclusion on subjective causes and the head's responsibility). Length, deadline, "
    "data and format requirements (incl. 'rút gọn dự thảo về không quá 30 trang') are not labelled. "
    "addressed = the substance is stated in any words (draft 03: 'Phương châm hành động' for chủ đề; 'Đôi "
    "nét về chặng đường' for the opening; 'Giá trị làm ra… mỗi người dân… ngân sách thu' for the economy; "
    "'cán đích đủ 19 tiêu chí' for nông thôn mới; 'số hộ khó khăn… riêng bà con Ê Đê, Gia Rai bản địa' for "
    "poverty; 'tiếng chiêng, tiếng ching' for cồng chiêng; 'luận điệu lợi dụng chuyện dân tộc, chuyện đạo' "
    "for ethnic/religious exploitation; 'người từ các tỉnh phía Bắc đến ở tự phát' for di cư tự do; 'lấn đất "
    "rừng, đốt rừng làm rẫy' for phá rừng làm nương rẫy; 'lính quân hàm xanh cùng dân làng đi tuần' for "
    "coordination with Bộ đội Biên phòng; 'mỗi hộ… nhận giữ một đoạn biên, một cột mốc' for the "
    "self-management movement; 'qua lại biên giới không có giấy tờ… hàng lậu, gỗ lậu' for illegal "
    "crossing/smuggling; 'mỗi người dân là một cột mốc sống… cùng một thế trận' for thế trận biên phòng toàn "
    "dân; 'bạn bên kia biên giới ở huyện Koh Nhek, tỉnh Mondulkiri' for the friendship; 'dân biết, dân bàn… "
    "già làng và những người được bà con tin cậy' for quy chế dân chủ / người có uy tín; 'Trước hết là do "
    "chính chúng tôi… đồng chí Bí thư Huyện ủy nhận trách nhiệm' for subjective causes and the head's "
    "responsibility; 'Bốn điều rút ra' for lessons; 'Nhìn về phía trước' for the forecast; 'Hai mươi mốt con "
    "số phải đạt, gom vào ba khối' for ≤22 indicators in 3 groups; 'Ba việc phải làm trước' for ≤3 "
    "breakthroughs; 'Bắt tay vào việc… chương trình hành động' for the action programme; the growth target "
    "justified 'tính từ sức tưới của hồ…'); partly = one part of a multi-part requirement (điều without mì "
    "and processing; ecotourism without conservation; growth without income and budget; poverty without the "
    "ethnic-minority rate; admissions without the ethnic-minority count; illegal crossing without smuggling "
    "and timber); missing = not stated, including causes given only as objective conditions, 20 indicators "
    "in one ungrouped list, 4 breakthroughs where at most 3 are allowed (and Ea Súp was asked to cut them), "
    "and a 10,2% growth target with no basis."
)
