"""Gazetteer, requirement catalogue, questions and draft labels of the Thừa Thiên Huế set."""

G = ("guidance/huong-dan-27-hd-btgtu-xay-dung-bao-cao-chinh-tri-dai-hoi-dang-bo-huyen-thi-xa-thanh-pho-"
     "2020-2025.pdf")
C = "guidance/cong-van-1350-cv-vptu-dieu-chinh-mot-so-noi-dung-huong-dan-27-hd-btgtu.docx"
T = "guidance/thong-bao-ket-luan-712-tb-tu-du-thao-bao-cao-chinh-tri-phu-loc-a-luoi-huong-tra.txt"
N = ("guidance/truong-ban-tuyen-giao-tinh-uy-bao-cao-chinh-tri-cap-huyen-phai-ngan-gon-trung-van-de-ro-"
     "trach-nhiem.html")
D = "guidance/ke-hoach-42-kh-ubnd-to-chuc-festival-hue-2020.txt"
R = "reports/bao-cao-chinh-tri-dai-hoi-dang-bo-huyen-nam-dong-lan-thu-xiv-2015-2020.md"

# ------------------------------------------------------------------------------------------------------------
# gazetteer
# ------------------------------------------------------------------------------------------------------------
GAZ_COMMENT = (
    "District-level units (cấp huyện) of Thừa Thiên Huế province in 2020: 1 city (TP Huế), 2 towns (TX "
    "Hương Thủy, TX Hương Trà) and 6 districts. aliases = forms that name the unit alone in running text. "
    "Left out on purpose: the bare 'Huế', because it is the second half of the province name 'Thừa Thiên "
    "Huế', the place of issue of every provincial document ('Huế, ngày …'), and part of 'Festival Huế', "
    "'Trung tâm Festival Huế', 'Cố đô Huế' / 'Quần thể di tích Cố đô Huế' and of the news portal's weather "
    "line; 'thành phố trực thuộc Trung ương' (the province's goal) is not TP Huế either. Also left out: the "
    "bare 'Hương' (sông Hương; prefix of both towns). Names inside other names that do NOT designate a unit "
    "as addressee: 'Phú Bài' (phường, khu công nghiệp and Cảng hàng không quốc tế Phú Bài) belongs to "
    "Hương Thủy, not to Phú Vang or Phú Lộc; 'Thuận An' is a thị trấn of Phú Vang; 'Chân Mây - Lăng Cô', "
    "'Lăng Cô', 'Vinh Hiền' and 'Lập An' are in Phú Lộc; 'Tứ Hạ' and 'Hương Văn' are phường of Hương Trà; "
    "'Khe Tre' is the seat of Nam Đông; 'A Đớt' is a commune and border gate of A Lưới; 'Tam Giang - Cầu "
    "Hai' is the lagoon shared by Phong Điền, Quảng Điền, Phú Vang, Phú Lộc (and TP Huế's edge); 'Bạch Mã' "
    "(national park) spans Phú Lộc and Nam Đông; 'Khu bảo tồn Sao La' spans A Lưới and Nam Đông; "
    "'Quảng trường Ngọ Môn' is in TP Huế; 'Sê Kông' and 'Sa La Van' are Lao provinces and 'Ta Ôi', 'Sa "
    "Muội', 'Ca Lum' Lao districts (Ta Ôi is also the people Tà Ôi). 'Quảng Trị' is another province and is "
    "not in the corpus."
)


def _unit(name: str, kind: str, *aliases: str) -> dict:
    return {"name": name, "kind": kind, "aliases": list(aliases)}


GAZETTEER = {
    "_comment": GAZ_COMMENT,
    "units": [
        _unit("TP Huế", "thành phố", "TP Huế", "TP. Huế", "thành phố Huế", "Thành phố Huế", "Thành ủy Huế"),
        _unit("Hương Thủy", "thị xã", "Hương Thủy", "thị xã Hương Thủy", "Thị xã Hương Thủy", "TX Hương Thủy",
              "TX. Hương Thủy", "Thị ủy Hương Thủy"),
        _unit("Hương Trà", "thị xã", "Hương Trà", "thị xã Hương Trà", "Thị xã Hương Trà", "TX Hương Trà",
              "TX. Hương Trà", "Thị ủy Hương Trà"),
        _unit("Phong Điền", "huyện", "Phong Điền", "huyện Phong Điền", "Huyện ủy Phong Điền"),
        _unit("Quảng Điền", "huyện", "Quảng Điền", "huyện Quảng Điền", "Huyện ủy Quảng Điền"),
        _unit("Phú Vang", "huyện", "Phú Vang", "huyện Phú Vang", "Huyện ủy Phú Vang"),
        _unit("Phú Lộc", "huyện", "Phú Lộc", "huyện Phú Lộc", "Huyện ủy Phú Lộc"),
        _unit("Nam Đông", "huyện", "Nam Đông", "huyện Nam Đông", "Huyện ủy Nam Đông"),
        _unit("A Lưới", "huyện", "A Lưới", "huyện A Lưới", "Huyện ủy A Lưới"),
    ],
}

# ------------------------------------------------------------------------------------------------------------
# requirements: id -> (document, key, scope)
# ------------------------------------------------------------------------------------------------------------
HUE, HT, HTR = "TP Huế", "Hương Thủy", "Hương Trà"
PL, AL, ND = "Phú Lộc", "A Lưới", "Nam Đông"
COAST = ("Phong Điền", "Quảng Điền", "Phú Vang", PL)
MOUNT = (ND, AL)
TB3 = (PL, AL, HTR)

REQ = {
    # ---- Hướng dẫn 27-HD/BTGTU (PDF)
    "g_true": (G, "đánh giá khách quan, trung thực kết quả thực hiện nghị quyết đại hội nhiệm kỳ", ()),
    "g_follow": (G, "bám sát dự thảo văn kiện Đại hội XVI Đảng bộ tỉnh", ()),
    "g_consult": (G, "lấy ý kiến rộng rãi của cán bộ, đảng viên, các tầng lớp nhân dân", ()),
    "g_title": (G, "Tên báo cáo ghi thống nhất", ()),
    "l_theme": (G, "viết ngắn gọn, không quá 45 chữ", ()),
    "l_open": (G, "Phần mở đầu viết không quá nửa trang", ()),
    "l_appendix": (G, "Phụ lục số liệu kèm theo báo cáo không quá 12 trang", ()),
    "l_summary": (G, "Báo cáo tóm tắt để trình bày tại đại hội không quá 10 trang", ()),
    "l_minutes": (G, "thời gian trình bày không quá 30 phút", ()),
    "l_ind": (G, "không quá 20 chỉ tiêu, chia thành 3 nhóm", ()),
    "l_bt": (G, "Lựa chọn không quá 3 khâu đột phá", ()),
    "l_lessons": (G, "Rút ra từ 3 đến 4 bài học kinh nghiệm", ()),
    "g_econ": (G, ("nêu tốc độ tăng trưởng giá trị sản xuất bình quân, thu nhập bình quân đầu người, thu "
                   "ngân sách trên địa bàn"), ()),
    "g_heritage": (G, "bảo tồn, phát huy giá trị di sản văn hóa", ()),
    "g_poor": (G, "nêu tỷ lệ hộ nghèo đầu và cuối nhiệm kỳ", ()),
    "g_climate": (G, "ứng phó với biến đổi khí hậu và khắc phục hậu quả bão, lũ", ()),
    "g_defence": (G, "xây dựng khu vực phòng thủ vững chắc", ()),
    "g_party": (G, "nêu số đảng viên mới kết nạp trong nhiệm kỳ", ()),
    "g_weak": (G, "phân tích sâu nguyên nhân chủ quan", ()),
    "g_resp": (G, "trách nhiệm của tập thể Ban Thường vụ và người đứng đầu cấp ủy", ()),
    "g_forecast": (G, "nêu ngắn gọn thuận lợi, khó khăn của địa phương trong 5 năm tới", ()),
    "l_forecast": (G, "viết không quá một trang", ()),
    "g_basis": (G, "mỗi chỉ tiêu phải có cơ sở khoa học, khả thi", ()),
    "g_tasks": (G, "gắn với các khâu đột phá đã lựa chọn", ()),
    "g_action": (G, "có phân công cơ quan chủ trì và thời gian hoàn thành", ()),
    "u_hue": (G, "xây dựng đô thị di sản, văn hóa, sinh thái, cảnh quan, thân thiện môi trường", (HUE,)),
    "u_towns": (G, "hoàn thiện các tiêu chí đô thị loại IV", (HT, HTR)),
    "u_phubai": (G, "kết quả phát triển các khu công nghiệp Phú Bài", (HT,)),
    "c_erosion": (G, "phòng, chống sạt lở bờ biển, bờ sông", COAST),
    "c_lagoon": (G, "khai thác bền vững nguồn lợi thủy sản trên hệ đầm phá Tam Giang - Cầu Hai", COAST),
    "c_chanmay": (G, "vai trò động lực của Khu kinh tế Chân Mây - Lăng Cô", (PL,)),
    "m_poor": (G, "nêu tỷ lệ hộ nghèo là người dân tộc thiểu số đầu và cuối nhiệm kỳ", MOUNT),
    "m_culture": (G, "bảo tồn văn hóa truyền thống của đồng bào Cơ Tu, Tà Ôi, Pa Cô", MOUNT),
    "m_forest": (G, "giao đất, giao rừng cho cộng đồng", MOUNT),
    "al_border": (G, "bảo vệ chủ quyền, an ninh tuyến biên giới Việt Nam - Lào", (AL,)),
    "al_laos": (G, "phối hợp với các lực lượng chức năng của tỉnh Sê Kông và tỉnh Sa La Van", (AL,)),
    "al_illegal": (G, "tình hình xuất, nhập cảnh trái phép qua biên giới", (AL,)),
    "d_outline": (G, "gửi đề cương báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy trước ngày 15/01/2020", ()),
    "d_consult": (G, "chính trị - xã hội trong thời gian ít nhất 15 ngày", ()),
    "d_final": (G, "chậm nhất 10 ngày trước ngày khai mạc đại hội", ()),
    "d_monthly": (G, "Hằng tháng, trước ngày 20", ()),
    # ---- Công văn 1350-CV/VPTU (.docx): amends two values, adds one requirement
    "cv_pages": (C, "báo cáo chính trị dài không quá 25 trang khổ A4", ()),
    "cv_deadline": (C, "là trước ngày 20/4/2020", ()),
    "cv_covid": (C, "đánh giá tác động của dịch bệnh Covid-19", ()),
    "cv_recovery": (C, "nêu giải pháp phục hồi sản xuất, kinh doanh sau dịch", ()),
    # ---- Thông báo kết luận 712-TB/TU (.txt)
    "pl_pages": (T, "rút gọn dự thảo về không quá 25 trang", (PL,)),
    "pl_ind": (T, "giảm số chỉ tiêu về không quá 20 chỉ tiêu", (PL,)),
    "pl_bt": (T, "chỉ giữ lại không quá 3 khâu đột phá", (PL,)),
    "pl_port": (T, "kết quả thu hút đầu tư vào cảng Chân Mây", (PL,)),
    "pl_erosion": (T, "sạt lở bờ biển tại xã Vinh Hiền", (PL,)),
    "pl_lapan": (T, "giải pháp bảo vệ đầm Lập An", (PL,)),
    "al_poor_cause": (T, "phân tích rõ nguyên nhân hộ tái nghèo, hộ phát sinh nghèo", (AL,)),
    "al_poor_basis": (T, "làm rõ cơ sở của chỉ tiêu mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo", (AL,)),
    "al_bdbp": (T, "phối hợp với Bộ đội Biên phòng trong thực hiện phong trào", (AL,)),
    "al_foreign": (T, "công tác đối ngoại với các huyện giáp biên của nước bạn Lào", (AL,)),
    "al_zeng": (T, ("bảo tồn và phát triển nghề dệt Zèng của đồng bào Tà Ôi gắn với phát triển du lịch cộng "
                    "đồng"), (AL,)),
    "ht_urban": (T, "lộ trình hoàn thiện các tiêu chí đô thị", (HTR,)),
    "ht_mining": (T, "quản lý khai thác khoáng sản, vật liệu xây dựng", (HTR,)),
    "joint_forest": (T, "bổ sung đánh giá công tác quản lý, bảo vệ rừng đầu nguồn", (AL, HTR)),
    "tb_cause": (T, "phân tích sâu hơn nguyên nhân chủ quan", TB3),
    "tb_stats": (T, "thống nhất với số liệu của Cục Thống kê tỉnh", TB3),
    "tb_deadline": (T, "trước ngày 10/6/2020", TB3),
    # ---- the interview (.html)
    "i_vision": (N, "xác định rõ vị trí, vai trò của mình trong tầm nhìn đó", ()),
    "i_figures": (N, "phần thân báo cáo chỉ giữ những con số có ý nghĩa so sánh", ()),
    "i_name": (N, "gọi đúng tên việc chưa làm được và ai chịu trách nhiệm", ()),
    "i_bt_res": (N, "Mỗi khâu đột phá phải kèm theo nguồn lực và lộ trình thực hiện cụ thể", ()),
    "i_elders": (N, "lấy ý kiến của già làng, trưởng bản, người có uy tín", MOUNT),
    "i_plain": (N, "báo cáo tóm tắt nên dùng ngôn ngữ giản dị, dễ hiểu", MOUNT),
}

NOT_REQ = {
    G: [
        "Báo cáo chính trị dài không quá 30 trang khổ A4",  # superseded by Công văn 1350-CV/VPTU, point 1
        "trước ngày 31/3/2020 để cho ý kiến",  # superseded by Công văn 1350-CV/VPTU, point 2
        "Không đưa vào báo cáo chính trị nội dung tự kiểm điểm của Ban Chấp hành",
        "Không cần phân tích tình hình thế giới và trong nước",
        "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị",
        "Hướng dẫn này thay thế Hướng dẫn số 19-HD/BTGTU ngày 12/8/2014",
    ],
    C: [
        "Lý do điều chỉnh: do ảnh hưởng của dịch bệnh Covid-19",
        "Các nội dung khác của Hướng dẫn số 27-HD/BTGTU giữ nguyên",
        "Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại cuộc họp ngày 06/3/2020",
    ],
    T: [
        "Ngày 22/5/2020, tại Phòng họp số 1 của Tỉnh ủy",
        "Các dự thảo được chuẩn bị công phu",
        "Dự thảo của Huyện ủy A Lưới được đánh giá cao về cách viết ngắn gọn",
        "Tuy nhiên, một số dự thảo còn dài",
        "Dự thảo dài 31 trang, đề ra 22 chỉ tiêu chủ yếu và 4 khâu đột phá",
        "Dự thảo dài 27 trang, đề ra 19 chỉ tiêu chủ yếu và 3 khâu đột phá",
        "Dự thảo dài 26 trang, đề ra 21 chỉ tiêu chủ yếu và 3 khâu đột phá",
        "thay đồng chí Bí thư Huyện ủy đang đi học tập trung",
        "Huyện không cần đưa danh sách các dự án đầu tư vào phần thân báo cáo",
        "Không đưa chỉ tiêu tỷ lệ đô thị hóa vào hệ thống chỉ tiêu chủ yếu của huyện A Lưới",
        "Thị xã không cần nhắc lại toàn bộ kết quả đã nêu trong báo cáo kiểm điểm",
        "Ban Thường vụ Tỉnh ủy không cần tổ chức hội nghị cho ý kiến lần thứ hai",
    ],
    N: [
        "PV: Thưa bà, báo cáo chính trị trình đại hội đảng bộ cấp huyện lần này có những yêu cầu gì mới",
        "PV: Có ý kiến cho rằng báo cáo chính trị càng dài thì càng thể hiện đầy đủ thành tích",
        "PV: Vậy những điều cần tránh khi viết báo cáo chính trị là gì",
        "PV: Với những địa phương có đặc thù như A Lưới, Nam Đông",
        "PV: Tiến độ xây dựng báo cáo chính trị của các đơn vị hiện nay ra sao",
        "Thừa Thiên Huế đạt được nhiều kết quả quan trọng",
        "Tôi cho rằng một báo cáo tốt là báo cáo mà người dân đọc xong",
        "Tôi không đồng tình với quan điểm đó",
        "báo cáo chính trị dài không quá 30 trang, báo cáo tóm tắt đọc tại đại hội không quá 30 phút",
        "Các huyện không nên sao chép nguyên văn dự thảo văn kiện của tỉnh",
        "Tôi đã nhiều lần lên A Lưới, Nam Đông",
        "Đến nay, 9/9 đơn vị đã gửi đề cương về Ban Tuyên giáo Tỉnh ủy",
        "Các đơn vị phải gửi dự thảo lần thứ nhất về Ban Thường vụ Tỉnh ủy trước ngày 31/3/2020",
        "tổ chức tập huấn cho tổ biên tập văn kiện các đơn vị vào ngày 28/02/2020",
        "Đồng chí Tôn Thất Khánh Vân trao đổi với phóng viên",
        "Phú Vang hoàn thành dự thảo báo cáo chính trị trình đại hội",
        "Hội thi dệt Zèng A Lưới năm 2020 hoãn tổ chức",
        "Tòa soạn: 57 đường Lê Lợi, thành phố Huế",
    ],
}

REQ_COMMENT = (
    "Hand-labelled requirement catalogue of the Thừa Thiên Huế set. key = verbatim substring of one "
    "requirement (one paragraph of the PDF guidance as laid out in texts_guidance.py, one paragraph or table "
    "cell of the .docx, one line of the .txt notice, one <p> of the interview's article body); scope = "
    "gazetteer names of the units it is addressed to ([] = every district-level unit). Hướng dẫn "
    "27-HD/BTGTU: general points are []; mục IV.1 is TP Huế; IV.2 is Hương Thủy and Hương Trà, with a "
    "'Riêng thị xã Hương Thủy' sentence; IV.3 is Phong Điền, Quảng Điền, Phú Vang, Phú Lộc, with a 'Riêng "
    "huyện Phú Lộc' sentence; IV.4 is Nam Đông and A Lưới, with a 'Riêng huyện A Lưới' sentence. The report "
    "limit 'không quá 30 trang' (II.3.a) and the first-draft deadline '31/3/2020' (V.2) are superseded by "
    "Công văn 1350-CV/VPTU (25 trang; 20/4/2020): the new sentences are keys, the old ones not_requirements. "
    "The Công văn also adds the Covid-19 requirement (2 keys). Thông báo kết luận 712-TB/TU: a remark "
    "inside section II.1-3 is scoped to that section's unit even when it says only 'Đề nghị Huyện ủy' or "
    "starts with a verb; the remark of section III names A Lưới and Hương Trà together (not Phú Lộc); the "
    "conclusions of section IV are for the 3 units. Interview: the official's instructions are keys ([] or "
    "Nam Đông and A Lưới for 'Với hai huyện này'); the reporter's questions, her narration and opinions, "
    "her restatement of the superseded 30-page limit and 31/3/2020 deadline, the training date, the "
    "caption, headlines and footer are not. The Festival Huế plan and the 2015 Nam Đông report carry no "
    "requirements. not_requirements also hold the negated instructions: 'Không đưa vào báo cáo chính trị "
    "nội dung tự kiểm điểm…', 'Không cần phân tích tình hình thế giới và trong nước', 'Huyện không cần "
    "đưa danh sách các dự án đầu tư…', 'Không đưa chỉ tiêu tỷ lệ đô thị hóa…', 'Thị xã không cần nhắc lại "
    "toàn bộ kết quả…', 'không cần tổ chức hội nghị cho ý kiến lần thứ hai' and 'không nên sao chép nguyên "
    "văn…'."
)

# ------------------------------------------------------------------------------------------------------------
# questions: (shape, question, gold, expect, forbid); halves alternate dev/heldout within each shape
# ------------------------------------------------------------------------------------------------------------
SRC_HD = ("Theo Hướng dẫn số 27-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế về xây dựng báo cáo chính "
          "trị trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025, ")
PAGES25 = "báo cáo chính trị dài không quá 25 trang khổ A4"
AL_TB = [
    "phân tích rõ nguyên nhân hộ tái nghèo, hộ phát sinh nghèo",
    "làm rõ cơ sở của chỉ tiêu mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo",
    "phối hợp với Bộ đội Biên phòng trong thực hiện phong trào",
    "công tác đối ngoại với các huyện giáp biên của nước bạn Lào",
    "bảo tồn và phát triển nghề dệt Zèng",
    "bổ sung đánh giá công tác quản lý, bảo vệ rừng đầu nguồn",
]

Q = [
    # ---------------------------------------------------------------- narrow (20)
    ("narrow", SRC_HD + "báo cáo chính trị được viết dài tối đa bao nhiêu trang, không kể phụ lục?",
     [PAGES25], ["25 trang"], ["30 trang"]),
    ("narrow", ("According to the provincial propaganda board's guidance, how long may the statistical "
                "appendix attached to a district political report be?"),
     ["Phụ lục số liệu kèm theo báo cáo không quá 12 trang"], ["12"], ["10 trang"]),
    ("narrow", ("Bản báo cáo tóm tắt đọc tại đại hội được dài bao nhiêu trang và trình bày trong thời gian "
                "tối đa bao lâu?"),
     ["Báo cáo tóm tắt để trình bày tại đại hội không quá 10 trang", "thời gian trình bày không quá 30 phút"],
     ["10 trang", "30 phút"], ["90 phút", "12 trang"]),
    ("narrow", "chu de dai hoi dat ngay duoi ten bao cao chinh tri duoc viet toi da bao nhieu chu",
     ["viết ngắn gọn, không quá 45 chữ"], ["45 chữ"], []),
    ("narrow", ("Theo hướng dẫn, phần phân tích tình hình thế giới và trong nước trong báo cáo chính trị cấp "
                "huyện được viết dài tối đa mấy trang?"),
     [], [], ["không quá một trang", "không quá nửa trang"]),
    ("narrow", ("Hệ thống chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 của một huyện được đặt tối đa bao nhiêu chỉ "
                "tiêu và chia thành mấy nhóm?"),
     ["không quá 20 chỉ tiêu, chia thành 3 nhóm"], ["20 chỉ tiêu", "3 nhóm"], ["22 chỉ tiêu", "19 chỉ tiêu"]),
    ("narrow", ("How many breakthrough areas (khâu đột phá) may a district party committee in Thua Thien Hue "
                "choose for the 2020-2025 term?"),
     ["Lựa chọn không quá 3 khâu đột phá"], ["3"], ["4 khâu đột phá"]),
    ("narrow", "Báo cáo chính trị của huyện cần rút ra bao nhiêu bài học kinh nghiệm?",
     ["Rút ra từ 3 đến 4 bài học kinh nghiệm"], ["3", "4"], []),
    ("narrow", ("Cái đoạn ở đầu Phần thứ hai, tức là chỗ nhìn trước xem nửa thập kỷ sắp tới địa phương sẽ "
                "gặp những điều gì thuận, điều gì khó, thì được phép chiếm bao nhiêu chỗ trong bản báo cáo?"),
     ["nêu ngắn gọn thuận lợi, khó khăn của địa phương trong 5 năm tới, viết không quá một trang"],
     ["một trang"], ["nửa trang"]),
    ("narrow", ("Đoạn mở màn của bản báo cáo, đứng trước toàn bộ phần đánh giá năm năm qua, thì được viết "
                "dài chừng nào?"),
     ["Phần mở đầu viết không quá nửa trang"], ["nửa trang"], ["không quá một trang"]),
    ("narrow", ("Dự thảo báo cáo chính trị của Huyện ủy Phú Vang dài bao nhiêu trang khi trình Ban Thường vụ "
                "Tỉnh ủy?"),
     [], [], ["31 trang", "27 trang", "26 trang"]),
    ("narrow", ("Theo Thông báo kết luận số 712-TB/TU, dự thảo báo cáo chính trị của Huyện ủy Phú Lộc dài "
                "bao nhiêu trang và đề ra mấy khâu đột phá?"),
     ["Dự thảo dài 31 trang, đề ra 22 chỉ tiêu chủ yếu và 4 khâu đột phá"], ["31 trang", "4 khâu"],
     ["27 trang", "26 trang"]),
    ("narrow", "What household poverty rate at the end of 2019 did A Luoi's draft political report give?",
     ["tỷ lệ hộ nghèo cuối năm 2019 còn 18,6%"], ["18,6"], ["12,4%"]),
    ("narrow", "du thao bao cao chinh tri cua huyen a luoi de ra bao nhieu chi tieu chu yeu",
     ["Dự thảo dài 27 trang, đề ra 19 chỉ tiêu chủ yếu và 3 khâu đột phá"], ["19 chỉ tiêu"],
     ["21 chỉ tiêu", "22 chỉ tiêu"]),
    ("narrow", ("Thông báo kết luận yêu cầu Huyện ủy A Lưới làm rõ cơ sở của chỉ tiêu giảm nghèo nào trong "
                "dự thảo?"),
     ["làm rõ cơ sở của chỉ tiêu mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo"], ["4 - 5%"], ["3 - 4%"]),
    ("narrow", ("Tỉnh ủy Quảng Trị quy định báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2020 "
                "- 2025 dài tối đa bao nhiêu trang?"),
     [], [], ["25 trang", "30 trang"]),
    ("narrow", ("According to Nam Dong's 2015 political report, what was the district's household poverty "
                "rate in 2010 and in 2015?"),
     ["Tỷ lệ hộ nghèo giảm từ 31,6% năm 2010 xuống còn 12,4% năm 2015"], ["31,6", "12,4"], ["18,6%"]),
    ("narrow", "Nhiệm kỳ 2010 - 2015, Đảng bộ huyện Nam Đông kết nạp được bao nhiêu đảng viên mới?",
     ["trong nhiệm kỳ kết nạp 396 đảng viên mới, trong đó 142 đảng viên là người Cơ Tu"], ["396"],
     ["1.512"]),
    ("narrow", ("Theo kế hoạch tổ chức Festival Huế 2020, hồ sơ đề xuất mỗi chương trình của một địa phương "
                "được dài tối đa bao nhiêu trang?"),
     ["hồ sơ đề xuất mỗi chương trình dài không quá 10 trang"], ["10 trang"], ["12 trang", "25 trang"]),
    ("narrow", ("Phóng viên hỏi: \u201cCó ý kiến cho rằng báo cáo chính trị càng dài thì càng thể hiện đầy "
                "đủ thành tích của địa phương\u201d. Vậy theo quy định hiện hành, báo cáo chính trị cấp "
                "huyện được dài tối đa bao nhiêu trang?"),
     [PAGES25], ["25 trang"], ["30 trang", "48 trang"]),
    # ---------------------------------------------------------------- broad (10)
    ("broad", ("Ban Thường vụ Tỉnh ủy đã yêu cầu Huyện ủy A Lưới bổ sung, làm rõ những nội dung gì trong dự "
               "thảo báo cáo chính trị?"),
     AL_TB, ["tái nghèo", "Bộ đội Biên phòng", "dệt Zèng", "rừng đầu nguồn"], ["Chân Mây", "Tứ Hạ"]),
    ("broad", "What did the provincial standing committee ask Huong Tra town to add or clarify in its draft?",
     ["lộ trình hoàn thiện các tiêu chí đô thị", "quản lý khai thác khoáng sản, vật liệu xây dựng",
      "bổ sung đánh giá công tác quản lý, bảo vệ rừng đầu nguồn"],
     ["Tứ Hạ", "khoáng sản"], ["dệt Zèng", "Vinh Hiền"]),
    ("broad", "Hướng dẫn yêu cầu huyện A Lưới đánh giá riêng những nội dung gì trong báo cáo chính trị?",
     ["nêu tỷ lệ hộ nghèo là người dân tộc thiểu số đầu và cuối nhiệm kỳ",
      "bảo tồn văn hóa truyền thống của đồng bào Cơ Tu, Tà Ôi, Pa Cô", "giao đất, giao rừng cho cộng đồng",
      "bảo vệ chủ quyền, an ninh tuyến biên giới Việt Nam - Lào",
      "tình hình xuất, nhập cảnh trái phép qua biên giới"],
     ["Việt Nam - Lào", "Sê Kông", "giao rừng"], ["Tam Giang - Cầu Hai"]),
    ("broad", ("Thông báo kết luận của Ban Thường vụ Tỉnh ủy đã yêu cầu Huyện ủy Nam Đông bổ sung những nội "
               "dung gì vào dự thảo?"),
     [], [], ["dệt Zèng", "Chân Mây", "Tứ Hạ"]),
    ("broad", ("Nếu tôi viết phần đánh giá năm năm qua về chuyện làm ăn, kinh tế của huyện thì phải đưa vào "
               "những con số gì?"),
     ["nêu tốc độ tăng trưởng giá trị sản xuất bình quân, thu nhập bình quân đầu người",
      "thu ngân sách trên địa bàn năm 2020 so với năm 2015"],
     ["thu nhập bình quân đầu người", "thu ngân sách"], []),
    ("broad", ("Công văn số 1350-CV/VPTU của Văn phòng Tỉnh ủy đã điều chỉnh và bổ sung những gì đối với "
               "Hướng dẫn số 27-HD/BTGTU?"),
     [PAGES25, "là trước ngày 20/4/2020", "đánh giá tác động của dịch bệnh Covid-19",
      "nêu giải pháp phục hồi sản xuất, kinh doanh sau dịch"],
     ["25 trang", "20/4/2020", "Covid-19"], []),
    ("broad", ("ban thuong vu tinh uy ket luan chung nhung gi doi voi ca ba du thao phu loc, a luoi, "
               "huong tra"),
     ["phân tích sâu hơn nguyên nhân chủ quan", "thống nhất với số liệu của Cục Thống kê tỉnh",
      "trước ngày 10/6/2020"],
     ["nguyên nhân chủ quan", "Cục Thống kê", "10/6/2020"], []),
    ("broad", ("Phóng viên hỏi Trưởng Ban Tuyên giáo: \u201cVới những địa phương có đặc thù như A Lưới, Nam "
               "Đông, nơi đông đồng bào dân tộc thiểu số sinh sống, bà có lưu ý gì thêm?\u201d. Bà trả lời "
               "những yêu cầu gì?"),
     ["lấy ý kiến của già làng, trưởng bản, người có uy tín",
      "báo cáo tóm tắt nên dùng ngôn ngữ giản dị, dễ hiểu"],
     ["già làng", "giản dị"], []),
    ("broad", ("In the interview, what did the head of the provincial propaganda board say districts must "
               "avoid or do when writing shortcomings and breakthroughs in their political reports?"),
     ["Điều cần tránh nhất là liệt kê thành tích theo kiểu báo cáo tổng kết ngành",
      "không nên sao chép nguyên văn dự thảo văn kiện của tỉnh",
      "gọi đúng tên việc chưa làm được và ai chịu trách nhiệm",
      "Mỗi khâu đột phá phải kèm theo nguồn lực và lộ trình thực hiện cụ thể"],
     ["nguồn lực", "lộ trình"], ["48 trang"]),
    ("broad", "Theo hướng dẫn, phần hạn chế, khuyết điểm trong báo cáo chính trị phải được viết như thế nào?",
     ["phân tích sâu nguyên nhân chủ quan", "trách nhiệm của tập thể Ban Thường vụ và người đứng đầu cấp ủy"],
     ["nguyên nhân chủ quan", "người đứng đầu"], []),
    # ---------------------------------------------------------------- which (8)
    ("which", ("Những huyện nào được Ban Thường vụ Tỉnh ủy yêu cầu đưa chỉ tiêu tỷ lệ đô thị hóa vào hệ "
               "thống chỉ tiêu chủ yếu?"),
     [], [], []),
    ("which", ("Những đơn vị nào được Thông báo kết luận yêu cầu bổ sung đánh giá công tác quản lý, bảo vệ "
               "rừng đầu nguồn?"),
     ["Đối với Huyện ủy A Lưới và Thị ủy Hương Trà"], ["A Lưới", "Hương Trà"], ["Huyện ủy Phú Lộc"]),
    ("which", ("Which districts does the guidance group together for assessing coastal erosion and fisheries "
               "in the Tam Giang - Cau Hai lagoon?"),
     ["Đối với các huyện Phong Điền, Quảng Điền, Phú Vang, Phú Lộc"],
     ["Phong Điền", "Quảng Điền", "Phú Vang", "Phú Lộc"], ["Hương Thủy"]),
    ("which", ("Những đơn vị nào có dự thảo báo cáo chính trị được Ban Thường vụ Tỉnh ủy cho ý kiến tại hội "
               "nghị ngày 22/5/2020?"),
     ["dự thảo báo cáo chính trị của Huyện ủy Phú Lộc, Huyện ủy A Lưới và Thị ủy Hương Trà"],
     ["Phú Lộc", "A Lưới", "Hương Trà"], ["Phú Vang"]),
    ("which", "huong dan co muc noi dung rieng danh cho nhung thi xa nao",
     ["Đối với thị xã Hương Thủy và thị xã Hương Trà"], ["Hương Thủy", "Hương Trà"], []),
    ("which", "Which unit's draft did the provincial standing committee single out for praise?",
     ["Dự thảo của Huyện ủy A Lưới được đánh giá cao về cách viết ngắn gọn"], ["A Lưới"], []),
    ("which", ("Huyện nào được cả hướng dẫn lẫn thông báo kết luận nêu nội dung riêng liên quan đến Khu kinh "
               "tế Chân Mây - Lăng Cô?"),
     ["Riêng huyện Phú Lộc, đánh giá vai trò động lực của Khu kinh tế Chân Mây - Lăng Cô",
      "kết quả thu hút đầu tư vào cảng Chân Mây"],
     ["Phú Lộc"], []),
    ("which", ("Trong bài phỏng vấn, Trưởng Ban Tuyên giáo Tỉnh ủy nói bà đã nhiều lần lên những huyện nào?"),
     ["Tôi đã nhiều lần lên A Lưới, Nam Đông"], ["A Lưới", "Nam Đông"], []),
    # ---------------------------------------------------------------- when (8)
    ("when", SRC_HD + "các huyện phải gửi dự thảo báo cáo chính trị lần thứ nhất về Ban Thường vụ Tỉnh ủy "
     "trước ngày nào?",
     ["là trước ngày 20/4/2020"], ["20/4/2020"], ["31/3/2020"]),
    ("when", "By what date did districts have to send the outline (đề cương) of their political report?",
     ["gửi đề cương báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy trước ngày 15/01/2020"], ["15/01/2020"],
     ["28/02/2020"]),
    ("when", "ba don vi phu loc, a luoi, huong tra phai gui lai du thao hoan chinh truoc ngay nao",
     ["gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 10/6/2020"], ["10/6/2020"],
     ["20/4/2020"]),
    ("when", "Đại hội đại biểu Đảng bộ huyện A Lưới nhiệm kỳ 2020 - 2025 khai mạc vào ngày nào?",
     [], [], ["10/6/2020", "22/5/2020"]),
    ("when", ("Ban Thường vụ Tỉnh ủy họp cho ý kiến vào dự thảo báo cáo chính trị của Phú Lộc, A Lưới và "
              "Hương Trà vào ngày nào?"),
     ["Ngày 22/5/2020, tại Phòng họp số 1 của Tỉnh ủy"], ["22/5/2020"], ["26 tháng 5 năm 2020"]),
    ("when", "When was the interview with the head of the provincial propaganda board published?",
     ["Thứ Năm, 20/02/2020 - 07:15"], ["20/02/2020"], ["03/03/2020"]),
    ("when", "Các địa phương phải gửi đề xuất chương trình tham gia Festival Huế 2020 trước ngày nào?",
     ["(qua Trung tâm Festival Huế) trước ngày 31/3/2020"], ["31/3/2020"], ["20/4/2020"]),
    ("when", ("Ban Tuyên giáo Tỉnh ủy dự kiến tập huấn cho tổ biên tập văn kiện của các đơn vị vào ngày "
              "nào?"),
     ["tổ chức tập huấn cho tổ biên tập văn kiện các đơn vị vào ngày 28/02/2020"], ["28/02/2020"],
     ["31/3/2020"]),
    # ---------------------------------------------------------------- who (6)
    ("who", "Ai là Bí thư Huyện ủy A Lưới nhiệm kỳ 2015 - 2020?",
     [], [], ["Kăn Thị Ly", "Phan Ngọc Quý", "Lê Bá Tường"]),
    ("who", "Who chaired the standing committee meeting of 22 May 2020 that reviewed the three drafts?",
     ["Đồng chí Hồ Sĩ Quang, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị"], ["Hồ Sĩ Quang"],
     ["Võ Đình Thục"]),
    ("who", "Ai ký Hướng dẫn số 27-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy?",
     ["Hồ Thị Minh Nguyệt"], ["Hồ Thị Minh Nguyệt"], ["Nguyễn Đình Khôi"]),
    ("who", ("Ai trình bày tóm tắt dự thảo báo cáo chính trị của Huyện ủy A Lưới tại hội nghị Ban Thường vụ "
             "Tỉnh ủy?"),
     ["Đồng chí Kăn Thị Ly, Phó Bí thư Thường trực Huyện ủy trình bày tóm tắt dự thảo"], ["Kăn Thị Ly"],
     ["Phan Ngọc Quý"]),
    ("who", ("Who was interviewed about how districts should write their political reports, and what is her "
             "position?"),
     ["đồng chí Tôn Thất Khánh Vân, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế"],
     ["Tôn Thất Khánh Vân"], ["Hồ Thị Minh Nguyệt"]),
    ("who", "ai ky cong van dieu chinh huong dan 27 ve bao cao chinh tri",
     ["Nguyễn Đình Khôi"], ["Nguyễn Đình Khôi"], ["Hồ Thị Minh Nguyệt"]),
    # ---------------------------------------------------------------- meta (4)
    ("meta", ("Văn bản nào đã điều chỉnh giới hạn số trang của báo cáo chính trị trong Hướng dẫn số "
              "27-HD/BTGTU, do cơ quan nào ban hành, ngày nào?"),
     ["Văn phòng Tỉnh ủy thông báo điều chỉnh một số nội dung tại Hướng dẫn số 27-HD/BTGTU",
      "Huế, ngày 10 tháng 3 năm 2020"],
     ["1350-CV/VPTU", "10 tháng 3 năm 2020"], ["05 tháng 12 năm 2019"]),
    ("meta", "thong bao ket luan ve du thao bao cao chinh tri cua phu vang mang so hieu nao",
     [], [], ["712-TB/TU"]),
    ("meta", ("Which district's 2015 political report is in the document collection, and to which congress "
              "was it submitted?"),
     ["Đảng bộ huyện Nam Đông khóa XIII trình Đại hội đại biểu Đảng bộ huyện lần thứ XIV"],
     ["Nam Đông", "XIV"], ["huyện Phú Lộc"]),
    ("meta", "Who wrote the interview with the propaganda board head, and for which news site?",
     ["Minh Thư (thực hiện)", "phóng viên Báo điện tử Cố Đô"], ["Minh Thư", "Cố Đô"], []),
]

# ------------------------------------------------------------------------------------------------------------
# drafts of huyện A Lưới
# ------------------------------------------------------------------------------------------------------------
GENERAL = ["l_theme", "g_econ", "g_heritage", "g_poor", "g_climate", "g_defence", "g_party", "g_weak",
           "g_resp", "l_lessons", "g_forecast", "l_ind", "l_bt", "g_action", "cv_covid", "cv_recovery",
           "i_vision", "i_bt_res"]
A_LUOI_SCOPED = ["m_poor", "m_culture", "m_forest", "al_border", "al_laos", "al_illegal", "al_poor_cause",
                 "al_poor_basis", "al_bdbp", "al_foreign", "al_zeng", "joint_forest"]


def _labels(overrides: dict) -> dict:
    out = {k: "addressed" for k in GENERAL + A_LUOI_SCOPED}
    out.update(overrides)
    return out


DRAFTS = {
    "01_a_luoi_gan_day_du.txt": ("A Lưới", "A_LUOI_01", _labels({"al_zeng": "partly",
                                                                   "joint_forest": "missing"})),
    "02_a_luoi_con_thieu.txt": (
        "A Lưới", "A_LUOI_02",
        _labels({"l_theme": "missing", "g_econ": "partly", "g_poor": "partly", "g_party": "missing",
                 "g_weak": "missing", "g_resp": "missing", "l_lessons": "missing", "g_forecast": "missing",
                 "l_ind": "partly", "g_action": "missing", "cv_covid": "missing", "cv_recovery": "missing",
                 "i_vision": "missing", "i_bt_res": "missing", "m_poor": "missing", "m_culture": "partly",
                 "m_forest": "missing", "al_border": "partly", "al_laos": "missing", "al_illegal": "missing",
                 "al_poor_cause": "missing", "al_poor_basis": "missing", "al_bdbp": "missing",
                 "al_foreign": "missing", "al_zeng": "missing", "joint_forest": "partly"}),
    ),
    "03_a_luoi_dien_dat_khac.txt": ("A Lưới", "A_LUOI_03", _labels({"joint_forest": "partly"})),
}

DRAFT_COMMENT = (
    "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of one "
    "requirement that applies to A Lưới). All three drafts are of huyện A Lưới. Only content requirements "
    "that can be judged from a draft's text are labelled: 14 general ones of Hướng dẫn 27-HD/BTGTU (theme "
    "within 45 chữ, economy figures, heritage, poverty at start and end, climate and floods, khu vực phòng "
    "thủ, new party members, subjective causes, responsibility of the Ban Thường vụ and the head, 3-4 "
    "lessons, forecast, at most 20 indicators in 3 groups, at most 3 breakthroughs, action programme with "
    "lead agency and deadline), the 2 Covid-19 requirements added by Công văn 1350-CV/VPTU, 2 instructions "
    "of the interview (the unit's place in the province's vision; each breakthrough with resources and "
    "roadmap), plus the 12 items scoped to A Lưới (hướng dẫn IV.4 for Nam Đông and A Lưới and its 'Riêng "
    "huyện A Lưới' sentence; the A Lưới remarks of Thông báo 712-TB/TU; the remark for A Lưới and Hương Trà "
    "on headwater forests). Length, deadline, consultation and format requirements are not labelled. "
    "addressed = the substance is stated in any words. Draft 01 (second draft after 26/5): Zèng weaving is "
    "preserved but not tied to community tourism (partly); no assessment of headwater forests or large "
    "timber (missing). Draft 02 (first draft as reviewed on 22/5/2020: 19 chỉ tiêu, 3 khâu, 18,6%): no "
    "theme, only growth among the economic figures, only the end-2019 poverty rate, total party members but "
    "no new admissions, only objective causes, no lessons, no forecast, 19 indicators in one list, no action "
    "programme, nothing on Covid-19, 'lễ hội truyền thống' without the peoples, border security without "
    "sovereignty or the Lao side, forest protection without headwaters or large timber. Draft 03 says what "
    "01 says with no key verbatim ('Phương châm hành động' for chủ đề; 'Giá trị làm ra… Mỗi người dân… "
    "Ngân sách thu' for the economy; 'Số hộ khó khăn tính theo chuẩn đa chiều… riêng bà con Tà Ôi, Cơ Tu, Pa "
    "Cô' for the poverty rates; 'quay lại cảnh nghèo… mới rơi vào nghèo' for re-poverty; 'thích nghi với "
    "thời tiết ngày càng cực đoan' for climate; 'Thế trận quốc phòng toàn dân' for khu vực phòng thủ; "
    "'đón nhận thêm 1.020 người vào Đảng' for admissions; 'Trước hết là do chính chúng tôi… nhận phần trách "
    "nhiệm' for causes and responsibility; 'Bốn điều rút ra' for lessons; 'Thời cơ… thách thức' for the "
    "forecast; 'Mười tám con số… gom vào ba khối' for indicators; 'Ba việc phải làm trước' with money and "
    "years for breakthroughs; 'Bắt tay vào việc' for the action programme; 'Đại dịch… Vực dậy sản xuất' for "
    "Covid-19; 'A Lưới nhận phần việc của mình' for the vision; 'trao cho cộng đồng các thôn' for forest "
    "allocation; 'Lính quân hàm xanh cùng dân bản đi tuần; 42 tổ dân… nhận giữ từng đoạn biên' for the "
    "movement; 'các huyện Ta Ôi, Sa Muội, Ca Lum bên kia biên giới' and 'lực lượng của hai tỉnh bạn' for the "
    "Lao side; 'Người qua lại không có giấy tờ' for illegal crossing; 'gắn với làng dệt Zèng' for Zèng and "
    "tourism). Only its headwater-forest item is partly: 'rừng ở thượng nguồn các dòng sông được canh giữ' "
    "without large timber."
)
