"""Gazetteer, requirement catalogue, questions and draft labels of the Sơn La (biên bản) set."""

G = "guidance/huong-dan-28-hd-btgtu-xay-dung-bao-cao-chinh-tri-dai-hoi-dang-bo-huyen-thanh-pho-2020-2025.txt"
B = "guidance/bien-ban-hoi-nghi-118-bb-tu-ban-thuong-vu-gop-y-du-thao-bao-cao-chinh-tri-5-huyen.docx"
N = "guidance/thong-bao-ket-luan-512-tb-tu-du-thao-bao-cao-chinh-tri-thanh-pho-va-5-huyen.docx"
R = "reports/bao-cao-chinh-tri-dai-hoi-lan-thu-xx-nhiem-ky-2015-2020.txt"
D = "guidance/ke-hoach-61-kh-bch-phong-chong-thien-tai-tim-kiem-cuu-nan-nam-2020.txt"
DOCS = [G, B, N, R, D]

# ---------------------------------------------------------------------------------------------------------------
GAZETTEER = {
    "_comment": (
        "District-level units (cấp huyện) of Sơn La province in 2020: 1 city and 11 districts. aliases = forms that "
        "name the unit alone in running text; the bare form 'Sơn La' is left out because it is also the province's "
        "name ('Tỉnh ủy Sơn La', 'tỉnh Sơn La'). Names that occur inside other names and do NOT designate the unit: "
        "'thủy điện Sơn La' / 'lòng hồ thủy điện Sơn La' / 'Công ty Thủy điện Sơn La' (the dam and reservoir lie in "
        "Mường La and Quỳnh Nhai, not the city); 'cao nguyên Mộc Châu' and 'Khu du lịch quốc gia Mộc Châu' (the "
        "national tourist area spans Mộc Châu and Vân Hồ); 'Khu công nghiệp Mai Sơn' and 'Sân bay Nà Sản (Mai Sơn)' "
        "are places inside Mai Sơn, not the party committee; 'sông Mã' (lower-case) is the river, not huyện Sông Mã; "
        "'suối Nậm La' is a stream in the city; 'Hát Lót' is the seat of Mai Sơn; 'Xốp Bâu' is a Lao district, not "
        "Sốp Cộp."
    ),
    "units": [
        {"name": "TP Sơn La", "kind": "thành phố",
         "aliases": ["TP Sơn La", "TP. Sơn La", "thành phố Sơn La", "Thành ủy Sơn La"]},
        {"name": "Quỳnh Nhai", "kind": "huyện", "aliases": ["Quỳnh Nhai"]},
        {"name": "Thuận Châu", "kind": "huyện", "aliases": ["Thuận Châu"]},
        {"name": "Mường La", "kind": "huyện", "aliases": ["Mường La"]},
        {"name": "Bắc Yên", "kind": "huyện", "aliases": ["Bắc Yên"]},
        {"name": "Phù Yên", "kind": "huyện", "aliases": ["Phù Yên"]},
        {"name": "Mộc Châu", "kind": "huyện", "aliases": ["Mộc Châu"]},
        {"name": "Yên Châu", "kind": "huyện", "aliases": ["Yên Châu"]},
        {"name": "Mai Sơn", "kind": "huyện", "aliases": ["Mai Sơn"]},
        {"name": "Sông Mã", "kind": "huyện", "aliases": ["Sông Mã", "huyện Sông Mã"]},
        {"name": "Sốp Cộp", "kind": "huyện", "aliases": ["Sốp Cộp"]},
        {"name": "Vân Hồ", "kind": "huyện", "aliases": ["Vân Hồ"]},
    ],
}

BORDER7 = ["Sốp Cộp", "Sông Mã", "Thuận Châu", "Mai Sơn", "Yên Châu", "Mộc Châu", "Vân Hồ"]
LAKE3 = ["Quỳnh Nhai", "Mường La", "Thuận Châu"]
MEET5 = ["Mộc Châu", "Vân Hồ", "Mai Sơn", "Sông Mã", "Quỳnh Nhai"]
NOTICE5 = ["TP Sơn La", "Thuận Châu", "Mường La", "Phù Yên", "Bắc Yên"]  # units with comments in the table

# id -> (document, key, scope)
REQ = {
    # ---- Hướng dẫn 28-HD/BTGTU
    "g_cuthe": (G, "cụ thể hóa dự thảo văn kiện Đại hội XV của Đảng bộ tỉnh vào điều kiện thực tế của địa phương", []),
    "g_khachquan": (G, "Đánh giá khách quan, trung thực, có phân tích kết quả thực hiện Nghị quyết đại hội", []),
    "g_quyhoach": (G, "phải bám sát Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Sơn La", []),
    "g_layykien": (G, "Dự thảo phải được gửi lấy ý kiến các chi bộ, đảng bộ cơ sở", []),
    "g_vanphong": (G, "Văn phong ngắn gọn, rõ ràng, dễ hiểu", []),
    "g_ten": (G, "Tên báo cáo ghi thống nhất", []),
    "g_chude": (G, "dài không quá 50 chữ", []),
    "g_phan1": (G, "Phần thứ nhất: Kết quả thực hiện Nghị quyết đại hội nhiệm kỳ 2015 - 2020 và bài học kinh nghiệm", []),
    "g_phan2": (G, "Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp nhiệm kỳ 2020 - 2025", []),
    "g_phan3": (G, "Phần thứ ba: Khâu đột phá và tổ chức thực hiện nghị quyết", []),
    "g_modau": (G, "nêu khái quát bối cảnh, thuận lợi và khó khăn của nhiệm kỳ", []),
    "g_bangsosanh": (G, "có bảng so sánh chỉ tiêu nghị quyết với kết quả đạt được", []),
    "g_kinhte": (G, "nêu tốc độ tăng trưởng bình quân, cơ cấu kinh tế, thu ngân sách trên địa bàn", []),
    "g_ntm": (G, "nêu rõ số xã đạt chuẩn và số tiêu chí bình quân/xã", []),
    "g_honghe": (G, "nêu tỷ lệ hộ nghèo đầu và cuối nhiệm kỳ", []),
    "g_matuy": (G, "đánh giá công tác phòng, chống ma túy và tình hình xuất cảnh trái phép, di cư tự do", []),
    "g_dang": (G, "nêu số đảng viên kết nạp trong nhiệm kỳ, số bản chưa có chi bộ, số bản chưa có đảng viên", []),
    "g_hanche": (G, "chỉ rõ chỉ tiêu nào không đạt và nguyên nhân chủ quan", []),
    "g_baihoc": (G, "Rút ra từ 3 đến 4 bài học kinh nghiệm", []),
    "g_dubao": (G, "Dự báo tình hình trong nước, của tỉnh và huyện tác động đến nhiệm kỳ", []),
    "g_chitieu": (G, "tổng số không quá 22 chỉ tiêu, chia thành ba nhóm", []),
    "g_tengoi": (G, "thống nhất về tên gọi, đơn vị tính với hệ thống chỉ tiêu tại Phụ lục", []),
    "g_diachi": (G, "Nhiệm vụ, giải pháp phải gắn với từng lĩnh vực, có địa chỉ thực hiện cụ thể", []),
    "g_dotpha": (G, "Lựa chọn không quá 3 khâu đột phá", []),
    "g_ctht": (G, "xây dựng chương trình hành động thực hiện nghị quyết ngay sau đại hội", []),
    "g_bienGioi": (G, "phải có nội dung riêng về quản lý, bảo vệ đường biên giới, mốc quốc giới", BORDER7),
    "g_longho": (G, "cần đánh giá công tác ổn định đời sống đồng bào tái định cư và khai thác lợi thế mặt nước lòng hồ",
                 LAKE3),
    "g_tp": (G, "Thành phố Sơn La tập trung đánh giá kết quả xây dựng đô thị xanh, văn minh", ["TP Sơn La"]),
    "g_35trang": (G, "dài không quá 35 trang khổ A4", []),
    "g_tomtat": (G, "Báo cáo tóm tắt để trình bày tại đại hội không quá 8 trang", []),
    "g_solieu": (G, "Số liệu trong báo cáo lấy đến hết tháng 6/2020", []),
    "g_phuluc": (G, "Phụ lục số liệu kèm theo báo cáo không quá 10 trang", []),
    "g_decuong": (G, "xây dựng đề cương chi tiết gửi Ban Tuyên giáo Tỉnh ủy trước ngày 31/12/2019", []),
    "g_lan1": (G, "chậm nhất ngày 28/02/2020 để cho ý kiến", []),
    "g_20ngay": (G, "gửi dự thảo chính thức trước đại hội ít nhất 20 ngày", []),
    # ---- Biên bản 118-BB/TU (scope = the district of the section; the joint remark names two)
    "mc_rutgon": (B, "cần rút gọn theo đúng Hướng dẫn số 28-HD/BTGTU, giảm số chỉ tiêu", ["Mộc Châu"]),
    "mc_chuoi": (B, "bổ sung đánh giá hiệu quả liên kết chuỗi giá trị sữa, chè, rau an toàn", ["Mộc Châu"]),
    "mc_ngansach": (B, "làm rõ vì sao chỉ tiêu thu ngân sách không đạt", ["Mộc Châu"]),
    "mc_ban": (B, "nêu rõ số bản chưa có đảng viên và lộ trình khắc phục", ["Mộc Châu"]),
    "vh_chibo": (B, "bổ sung phân tích nguyên nhân chất lượng sinh hoạt chi bộ ở các bản vùng cao còn thấp",
                 ["Vân Hồ"]),
    "joint_dulich": (B, "thống nhất với nhau về số liệu và định hướng phát triển Khu du lịch quốc gia Mộc Châu",
                     ["Vân Hồ", "Mộc Châu"]),
    "vh_rung": (B, "bổ sung kết quả thực hiện chỉ tiêu trồng rừng và bảo vệ rừng đặc dụng Xuân Nha", ["Vân Hồ"]),
    "ms_nasan": (B, "làm rõ định hướng khôi phục Sân bay Nà Sản", ["Mai Sơn"]),
    "ms_thuyloi": (B, "bổ sung đánh giá hiệu quả hệ thống thủy lợi liên huyện hồ Chiềng Mung", ["Mai Sơn"]),
    "sm_matuy": (B, "làm rõ kết quả đấu tranh phòng, chống ma túy trên tuyến biên giới", ["Sông Mã"]),
    "sm_sopcop": (B, "bổ sung nội dung phối hợp với huyện Sốp Cộp", ["Sông Mã"]),
    "sm_cat": (B, "đánh giá thêm tác động của việc khai thác cát, sỏi trên sông Mã", ["Sông Mã"]),
    "sm_tangtruong": (B, "cần tính toán lại cho sát thực tế", ["Sông Mã"]),
    "qn_calong": (B, "phát triển nuôi cá lồng và du lịch trên lòng hồ thủy điện Sơn La", ["Quỳnh Nhai"]),
    "qn_tdc": (B, "làm rõ những khó khăn còn tồn đọng trong công tác tái định cư", ["Quỳnh Nhai"]),
    "kl_bamsat": (B, "phải bám sát dự thảo Báo cáo chính trị trình Đại hội XV Đảng bộ tỉnh", []),
    "kl_thongke": (B, "bảo đảm thống nhất số liệu với Cục Thống kê tỉnh", []),
    "kl_khathi": (B, "Các chỉ tiêu của huyện phải bảo đảm tính khả thi", []),
    "kl_15ngay": (B, "thời gian công khai trên cổng thông tin điện tử của huyện ít nhất 15 ngày", []),
    "kl_104": (B, "hoàn chỉnh dự thảo gửi Ban Tuyên giáo Tỉnh ủy trước ngày 10/4/2020", MEET5),
    # ---- Thông báo kết luận 512-TB/TU (general points: the units with comments in the table)
    "tb_solieu": (N, "Rà soát lại toàn bộ số liệu, bảo đảm khớp với niên giám thống kê năm 2019", NOTICE5),
    "tb_trachnhiem": (N, "Phần hạn chế, yếu kém phải chỉ rõ địa chỉ, trách nhiệm của tập thể, cá nhân", NOTICE5),
    "tb_covid": (N, "Bổ sung nội dung về tác động của dịch bệnh Covid-19", NOTICE5),
    "tp_chinhtrang": (N, "Bổ sung đánh giá kết quả chỉnh trang đô thị", ["TP Sơn La"]),
    "tp_gpmb": (N, "Làm rõ nguyên nhân chậm giải phóng mặt bằng các dự án khu đô thị mới", ["TP Sơn La"]),
    "tp_chatthai": (N, "Bổ sung chỉ tiêu tỷ lệ chất thải rắn đô thị được thu gom, xử lý", ["TP Sơn La"]),
    "tp_han": (N, "Gửi lại trước ngày 24/4/2020", ["TP Sơn La"]),
    "tc_caphe": (N, "Bổ sung đánh giá kết quả tái canh cà phê và phát triển cây ăn quả trên đất dốc", ["Thuận Châu"]),
    "tc_ngheo": (N, "Làm rõ kết quả giảm nghèo ở các xã biên giới", ["Thuận Châu"]),
    "tc_tangtruong": (N, "Tính toán lại chỉ tiêu tăng trưởng", ["Thuận Châu"]),
    "tc_han": (N, "Gửi lại trước ngày 27/4/2020", ["Thuận Châu"]),
    "ml_tdc": (N, "Bổ sung nội dung ổn định đời sống người dân tái định cư các công trình thủy điện Sơn La",
               ["Mường La"]),
    "ml_thu": (N, "đánh giá nguồn thu ngân sách từ các nhà máy thủy điện trên địa bàn", ["Mường La"]),
    "ml_han": (N, "Gửi lại trước ngày 30/4/2020", ["Mường La"]),
    "py_tam": (N, "Bổ sung kết quả phát triển nghề trồng dâu nuôi tằm", ["Phù Yên"]),
    "py_luquet": (N, "Làm rõ giải pháp khắc phục hậu quả lũ quét và sắp xếp dân cư vùng có nguy cơ sạt lở",
                  ["Phù Yên"]),
    "py_han": (N, "Gửi lại trước ngày 04/5/2020", ["Phù Yên"]),
    "by_ngheo": (N, "Bổ sung giải pháp giảm nghèo cho đồng bào Mông vùng cao", ["Bắc Yên"]),
    "by_taxua": (N, "đánh giá tiềm năng du lịch Tà Xùa và đề xuất cơ chế thu hút đầu tư", ["Bắc Yên"]),
    "by_han": (N, "Gửi lại trước ngày 08/5/2020", ["Bắc Yên"]),
}

NOT_REQ = {
    G: [
        "Báo cáo chính trị là văn kiện trung tâm của đại hội",
        "Báo cáo chính trị gồm phần mở đầu và ba phần:",
        "Không nhắc lại toàn văn các chỉ tiêu của Nghị quyết đại hội nhiệm kỳ 2015 - 2020 trong phần thân báo cáo",
        "Không cần dự báo tình hình thế giới và khu vực trong báo cáo chính trị cấp huyện",
        "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tổng hợp",
        "Hướng dẫn này thay thế Hướng dẫn số 19-HD/BTGTU, ngày 12/8/2019 của Ban Tuyên giáo Tỉnh ủy",
        "nếu có vướng mắc, đề nghị phản ánh về Ban Tuyên giáo Tỉnh ủy",
        "Các huyện, thành phố có thể bổ sung chỉ tiêu đặc thù",
    ],
    B: [
        "đề nghị các huyện trình bày tóm tắt dự thảo không quá 10 phút",
        "Dự thảo dài 41 trang, đề xuất 24 chỉ tiêu và 4 khâu đột phá",
        "Đồng chí Mùa A Vảng, Phó Bí thư Thường trực Huyện ủy Vân Hồ trình bày tóm tắt dự thảo",
        "phần dự báo tình hình của Vân Hồ viết ngắn gọn, đúng yêu cầu",
        "Dự thảo đề xuất 19 chỉ tiêu, trong đó tốc độ tăng trưởng giá trị sản xuất bình quân 9,5%/năm",
        "Hội nghị thống nhất không cần đưa số liệu từng xã vào báo cáo chính trị của huyện",
        "tiếp thu và giải trình thêm về cơ sở xác định chỉ tiêu tăng trưởng",
        "đánh giá cao phần bài học kinh nghiệm của dự thảo",
        "Cơ bản đồng ý với kết cấu các dự thảo",
        "Giao Ban Tuyên giáo Tỉnh ủy theo dõi, tổng hợp việc tiếp thu của các huyện",
        "Biên bản đã được đọc lại trước hội nghị",
    ],
    N: [
        "Ban Thường vụ Tỉnh ủy họp dưới sự chủ trì của đồng chí Bùi Quang Thịnh",
        "Các dự thảo được chuẩn bị nghiêm túc, bám sát Hướng dẫn số 28-HD/BTGTU",
        "Đề nghị các đơn vị có ý kiến bổ sung tại bảng ở mục 3 tiếp thu những nội dung chung sau:",
        "Không yêu cầu các đơn vị thay đổi bố cục dự thảo đã trình",
        "Cơ bản thống nhất, không có ý kiến bổ sung",
        "Ban Tuyên giáo Tỉnh ủy có trách nhiệm theo dõi, hướng dẫn các đơn vị tiếp thu",
        "Thông báo này được gửi đến Ban Thường vụ các huyện ủy Quỳnh Nhai, Mộc Châu, Vân Hồ, Mai Sơn, Sông Mã, Sốp "
        "Cộp để tham khảo",
    ],
}
NEGATED = [  # the subset of NOT_REQ that are negated instructions (checked to contain a negation)
    "Không nhắc lại toàn văn các chỉ tiêu",
    "Không cần dự báo tình hình thế giới và khu vực",
    "không cần đưa số liệu từng xã vào báo cáo",
    "Không yêu cầu các đơn vị thay đổi bố cục",
]

REQ_COMMENT = (
    "Hand-labelled requirement catalogue of the Sơn La (biên bản) set. key = verbatim substring of one requirement "
    "(one line of the .txt hướng dẫn, one paragraph or one table cell of the .docx files); scope = gazetteer names of "
    "the units it is addressed to ([] = every district-level unit of the province). Hướng dẫn 28-HD/BTGTU: general "
    "points are []; II.4 a) is scoped to the 7 border districts it lists, b) to the 3 lake districts, c) to the city. "
    "Biên bản 118-BB/TU: remarks inside a district's section are scoped to that district even when the sentence only "
    "says 'huyện'; the chair's remark in the Vân Hồ section names Vân Hồ and Mộc Châu together; names mentioned only "
    "as partners or neighbours (Yên Châu in the Mai Sơn section, Sốp Cộp in the Sông Mã section) are not in scope; "
    "the chair's conclusions addressed to 'các huyện ủy, thành ủy trong toàn tỉnh' are [], the 10/4/2020 deadline is "
    "for the 5 districts discussed. Thông báo 512-TB/TU: the general points of mục 2 are addressed to 'các đơn vị có "
    "ý kiến bổ sung tại bảng' = the 5 units with comments (Yên Châu's row says 'Cơ bản thống nhất, không có ý kiến bổ "
    "sung' and has no deadline); each table cell holds one or more requirements separated by ';' or line breaks and "
    "is scoped to the unit in column 1; column 3 deadlines are keys too. Units sent the notice 'để tham khảo' are not "
    "in scope. The Mai Sơn 2015 report and the natural-disaster plan carry no requirements. not_requirements = "
    "narration (who spoke, what the draft said), descriptions of the document, tasks of provincial bodies, list "
    "intros, and the negated instructions: 'Không nhắc lại toàn văn…', 'Không cần dự báo tình hình thế giới…', "
    "'không cần đưa số liệu từng xã vào báo cáo', 'Không yêu cầu các đơn vị thay đổi bố cục…', plus Yên Châu's "
    "'không có ý kiến bổ sung'."
)

# ---------------------------------------------------------------------------------------------------------------
# Questions: (shape, question, gold, expect, forbid, unanswerable). Halves alternate per shape (dev first).
Q = [
    # ---------------- narrow
    ("narrow", "Báo cáo chính trị trình đại hội đảng bộ huyện nhiệm kỳ 2020 - 2025 ở Sơn La được viết dài tối đa "
     "bao nhiêu trang?", ["dài không quá 35 trang khổ A4"], ["35 trang"], ["41 trang", "8 trang"], False),
    ("narrow", "Bản tóm tắt đọc tại đại hội thì dài mấy trang và đọc trong bao lâu?",
     ["Báo cáo tóm tắt để trình bày tại đại hội không quá 8 trang", "thời gian trình bày không quá 25 phút"],
     ["8 trang", "25 phút"], ["10 phút"], False),
    ("narrow", "Chủ đề đại hội đảng bộ huyện được phép dài tối đa bao nhiêu chữ?", ["dài không quá 50 chữ"],
     ["50 chữ"], ["15 dòng"], False),
    ("narrow", "What page limit does the Dien Bien provincial propaganda board set for district-level political "
     "reports?", [], [], ["35 trang"], True),
    ("narrow", "Hệ thống chỉ tiêu chủ yếu nhiệm kỳ mới của một huyện được đặt nhiều nhất bao nhiêu chỉ tiêu?",
     ["tổng số không quá 22 chỉ tiêu, chia thành ba nhóm"], ["22 chỉ tiêu"], ["24 chỉ tiêu", "19 chỉ tiêu"], False),
    ("narrow", "bao cao chinh tri phai rut ra may bai hoc kinh nghiem",
     ["Rút ra từ 3 đến 4 bài học kinh nghiệm"], ["3 đến 4"], [], False),
    ("narrow", "Phụ lục số liệu đi kèm báo cáo chính trị được phép dài bao nhiêu?",
     ["Phụ lục số liệu kèm theo báo cáo không quá 10 trang"], ["10 trang"], ["35 trang"], False),
    ("narrow", "Ban Thường vụ Tỉnh ủy góp ý gì về chỉ tiêu thu ngân sách trong dự thảo của huyện Phù Yên?", [], [],
     ["vì sao chỉ tiêu thu ngân sách không đạt"], True),
    ("narrow", "Phần phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ mới chiếm khoảng bao nhiêu phần trăm dung lượng báo "
     "cáo?", ["và giải pháp nhiệm kỳ 2020 - 2025 (chiếm khoảng 45% dung lượng)"], ["45%"], ["40%", "15%"], False),
    ("narrow", "Nhiệm kỳ 2015 - 2020, Đảng bộ huyện Mai Sơn đặt mục tiêu tăng trưởng giá trị sản xuất bình quân "
     "bao nhiêu?", ["Tốc độ tăng trưởng giá trị sản xuất bình quân 10 - 11%/năm"], ["10 - 11%"],
     ["11,8%", "9,5%"], False),
    ("narrow", "Phần dự báo tình hình thế giới và khu vực trong báo cáo chính trị cấp huyện được viết dài bao nhiêu?",
     [], [], ["không quá một trang"], True),
    ("narrow", "In the 2010-2015 term, how far did Mai Son district cut its poverty rate?",
     ["Tỷ lệ hộ nghèo giảm từ 29,6% năm 2010 xuống còn 13,1% năm 2015"], ["29,6%", "13,1%"], ["3%/năm"], False),
    ("narrow", "Huyện Sông Mã đề xuất chỉ tiêu tăng trưởng bao nhiêu và hội nghị góp ý thế nào về chỉ tiêu đó?",
     ["chỉ tiêu tăng trưởng 14%/năm huyện đề xuất là quá cao", "cần tính toán lại cho sát thực tế"],
     ["14%", "tính toán lại"], ["12%/năm"], False),
    ("narrow", "Thuận Châu đang để tăng trưởng 12%/năm trong dự thảo, Thường vụ Tỉnh ủy kết luận gì về con số này?",
     ["Tính toán lại chỉ tiêu tăng trưởng (dự thảo đang đặt 12%/năm)"], ["Tính toán lại"], ["14%/năm"], False),
    ("narrow", "Tốc độ tăng trưởng thực tế của Mai Sơn giai đoạn 2015 - 2020 đạt bao nhiêu phần trăm mỗi năm?",
     [], [], ["10 - 11%", "9,5%", "11,8%"], True),
    ("narrow", "Số liệu đưa vào báo cáo chính trị được chốt đến thời điểm nào?",
     ["Số liệu trong báo cáo lấy đến hết tháng 6/2020"], ["tháng 6/2020"], ["niên giám thống kê năm 2019"], False),
    ("narrow", "Tối đa mấy khâu đột phá?",
     ["Lựa chọn không quá 3 khâu đột phá", "chỉ giữ tối đa 3 khâu đột phá"], ["3 khâu"], ["4 khâu"], False),
    ("narrow", "Kinh phí cho việc xây dựng báo cáo chính trị của các huyện được bố trí từ nguồn nào?", [], [],
     ["Quỹ phòng, chống thiên tai"], True),
    ("narrow", "Khi lấy ý kiến nhân dân vào dự thảo, huyện phải đăng công khai trên mạng tối thiểu bao lâu?",
     ["công khai trên cổng thông tin điện tử của huyện ít nhất 15 ngày"], ["15 ngày"], ["20 ngày"],
     False),
    ("narrow", "Quỳnh Nhai được đề nghị bổ sung định hướng gì gắn với lòng hồ thủy điện?",
     ["phát triển nuôi cá lồng và du lịch trên lòng hồ thủy điện Sơn La"], ["cá lồng"], ["Huội Quảng"], False),
    ("narrow", "mai son co phai dua so lieu tung xa vao bao cao chinh tri khong",
     ["không cần đưa số liệu từng xã vào báo cáo"], ["không cần"], [], False),
    # ---------------- broad
    ("broad", "Báo cáo chính trị của huyện Mộc Châu cần bổ sung, sửa chữa những gì theo ý kiến của Ban Thường vụ "
     "Tỉnh ủy?",
     ["cần rút gọn theo đúng Hướng dẫn số 28-HD/BTGTU, giảm số chỉ tiêu",
      "đánh giá hiệu quả liên kết chuỗi giá trị sữa, chè, rau an toàn",
      "làm rõ vì sao chỉ tiêu thu ngân sách không đạt",
      "nêu rõ số bản chưa có đảng viên và lộ trình khắc phục",
      "về số liệu và định hướng phát triển Khu du lịch quốc gia Mộc Châu"],
     ["sữa, chè", "Khu du lịch quốc gia Mộc Châu"], ["Xuân Nha", "sinh hoạt chi bộ"], False),
    ("broad", "Dự thảo của Vân Hồ bị góp ý những điểm gì?",
     ["phân tích nguyên nhân chất lượng sinh hoạt chi bộ ở các bản vùng cao",
      "về số liệu và định hướng phát triển Khu du lịch quốc gia Mộc Châu",
      "chỉ tiêu trồng rừng và bảo vệ rừng đặc dụng Xuân Nha"],
     ["sinh hoạt chi bộ", "Xuân Nha"], ["sữa, chè"], False),
    ("broad", "Ban Thường vụ Tỉnh ủy yêu cầu huyện Yên Châu bổ sung những nội dung gì vào dự thảo báo cáo chính trị?",
     [], [], ["hồ Chiềng Mung", "Covid-19"], True),
    ("broad", "Huyện Mai Sơn cần bổ sung những nội dung gì vào dự thảo báo cáo chính trị nhiệm kỳ 2020 - 2025?",
     ["làm rõ định hướng khôi phục Sân bay Nà Sản", "bổ sung đánh giá hiệu quả hệ thống thủy lợi liên huyện"],
     ["Nà Sản", "thủy lợi"], ["10 - 11%"], False),
    ("broad", "Sông Mã phải hoàn thiện dự thảo ở những điểm nào?",
     ["làm rõ kết quả đấu tranh phòng, chống ma túy trên tuyến biên giới",
      "bổ sung nội dung phối hợp với huyện Sốp Cộp",
      "đánh giá thêm tác động của việc khai thác cát, sỏi trên sông Mã",
      "cần tính toán lại cho sát thực tế"],
     ["ma túy", "cát, sỏi"], ["cá lồng", "phương án sơ tán"], False),
    ("broad", "Ý kiến của Ban Thường vụ Tỉnh ủy đối với dự thảo báo cáo chính trị của huyện Sốp Cộp là gì?",
     [], [], ["phối hợp với huyện Sốp Cộp", "sông Đà"], True),
    ("broad", "Thành phố Sơn La phải sửa dự thảo báo cáo chính trị ra sao?",
     ["Bổ sung đánh giá kết quả chỉnh trang đô thị",
      "chậm giải phóng mặt bằng các dự án khu đô thị mới",
      "chỉ tiêu tỷ lệ chất thải rắn đô thị được thu gom, xử lý"],
     ["suối Nậm La", "giải phóng mặt bằng"], ["cá lồng", "Huội Quảng", "nạo vét"], False),
    ("broad", "Những nội dung Thường vụ Tỉnh ủy yêu cầu huyện Thuận Châu bổ sung vào báo cáo chính trị",
     ["tái canh cà phê và phát triển cây ăn quả trên đất dốc",
      "Làm rõ kết quả giảm nghèo ở các xã biên giới",
      "Tính toán lại chỉ tiêu tăng trưởng"],
     ["tái canh cà phê", "xã biên giới"], ["14%/năm"], False),
    ("broad", "Mường La phải bổ sung những gì vào dự thảo?",
     ["ổn định đời sống người dân tái định cư các công trình thủy điện",
      "đánh giá nguồn thu ngân sách từ các nhà máy thủy điện trên địa bàn"],
     ["tái định cư", "nhà máy thủy điện"], ["cá lồng", "mực nước hồ"], False),
    ("broad", "What did the provincial standing committee ask Bac Yen district to add to its draft political report?",
     ["Bổ sung giải pháp giảm nghèo cho đồng bào Mông vùng cao",
      "đánh giá tiềm năng du lịch Tà Xùa"],
     ["Tà Xùa"], ["lũ quét", "dâu nuôi tằm"], False),
    ("broad", "Phù Yên cần bổ sung gì trong báo cáo chính trị trình đại hội?",
     ["Bổ sung kết quả phát triển nghề trồng dâu nuôi tằm",
      "hậu quả lũ quét và sắp xếp dân cư vùng có nguy cơ sạt lở"],
     ["dâu nuôi tằm", "lũ quét"], ["42 hộ", "Tà Xùa"], False),
    ("broad", "Quỳnh Nhai cần bổ sung gì vào dự thảo báo cáo chính trị?",
     ["phát triển nuôi cá lồng và du lịch trên lòng hồ thủy điện Sơn La",
      "làm rõ những khó khăn còn tồn đọng trong công tác tái định cư"],
     ["cá lồng", "tái định cư"], ["Huội Quảng", "xả lũ"], False),
    # ---------------- which
    ("which", "Những huyện nào phải có nội dung riêng về quản lý, bảo vệ đường biên giới trong báo cáo chính trị?",
     ["(Sốp Cộp, Sông Mã, Thuận Châu, Mai Sơn, Yên Châu, Mộc Châu, Vân Hồ)"],
     ["Sốp Cộp", "Sông Mã", "Thuận Châu", "Mai Sơn", "Yên Châu", "Mộc Châu", "Vân Hồ"],
     ["Quỳnh Nhai", "Mường La", "Bắc Yên"], False),
    ("which", "Huyện nào phải đánh giá việc ổn định đời sống đồng bào tái định cư vùng lòng hồ?",
     ["Các huyện có lòng hồ thủy điện Sơn La (Quỳnh Nhai, Mường La, Thuận Châu)"],
     ["Quỳnh Nhai", "Mường La", "Thuận Châu"], ["thành phố Sơn La"], False),
    ("which", "Những đơn vị nào được hẹn gửi lại dự thảo đã hoàn chỉnh trước ngày 10/4/2020?",
     ["Các huyện Mộc Châu, Vân Hồ, Mai Sơn, Sông Mã, Quỳnh Nhai tiếp thu"],
     ["Mộc Châu", "Vân Hồ", "Mai Sơn", "Sông Mã", "Quỳnh Nhai"], ["Yên Châu", "Thuận Châu"], False),
    ("which", "Những huyện nào bị yêu cầu đưa số liệu chi tiết của từng xã vào phụ lục báo cáo chính trị?",
     [], [], [], True),
    ("which", "Đơn vị nào trong đợt cho ý kiến tháng 4/2020 được thống nhất, không phải bổ sung gì?",
     ["Cơ bản thống nhất, không có ý kiến bổ sung"], ["Yên Châu"], ["Mai Sơn"], False),
    ("which", "Huyện nào được đề nghị phối hợp với huyện Sốp Cộp trong quản lý đường biên, mốc quốc giới?",
     ["đề nghị Sông Mã bổ sung nội dung phối hợp với huyện Sốp Cộp"], ["Sông Mã"], [], False),
    ("which", "nhung don vi nao phai gui lai du thao truoc cuoi thang 4/2020",
     ["Gửi lại trước ngày 24/4/2020", "Gửi lại trước ngày 27/4/2020", "Gửi lại trước ngày 30/4/2020"],
     ["Thuận Châu", "Mường La"], ["Bắc Yên", "Phù Yên"], False),
    ("which", "Những đơn vị nào phải bổ sung tác động của dịch Covid-19 vào dự thảo?",
     ["Bổ sung nội dung về tác động của dịch bệnh Covid-19",
      "Đề nghị các đơn vị có ý kiến bổ sung tại bảng ở mục 3"],
     ["Thuận Châu", "Mường La", "Bắc Yên"], ["Sông Mã", "Quỳnh Nhai"], False),
    # ---------------- when
    ("when", "Hạn chót gửi dự thảo báo cáo chính trị lần thứ nhất về Ban Thường vụ Tỉnh ủy là khi nào?",
     ["chậm nhất ngày 28/02/2020 để cho ý kiến"], ["28/02/2020"], ["15/5/2020", "10/4/2020"], False),
    ("when", "When did the provincial standing committee meet to comment on the drafts of Moc Chau, Van Ho, Mai Son, "
     "Song Ma and Quynh Nhai?", ["bắt đầu lúc 8 giờ 00 phút, ngày 17 tháng 3 năm 2020"],
     ["17 tháng 3 năm 2020"], ["09/4/2020"], False),
    ("when", "Huyện Yên Châu phải gửi lại dự thảo đã chỉnh sửa trước ngày nào?", [], [],
     ["24/4/2020", "30/4/2020", "10/4/2020"], True),
    ("when", "Đề cương chi tiết báo cáo chính trị phải nộp cho Ban Tuyên giáo Tỉnh ủy trước ngày nào?",
     ["xây dựng đề cương chi tiết gửi Ban Tuyên giáo Tỉnh ủy trước ngày 31/12/2019"], ["31/12/2019"],
     ["28/02/2020"], False),
    ("when", "Bắc Yên phải gửi lại dự thảo đã chỉnh sửa trước ngày nào?", ["Gửi lại trước ngày 08/5/2020"],
     ["08/5/2020"], ["30/4/2020", "15/5/2020"], False),
    ("when", "Đại hội Đảng bộ huyện Mai Sơn nhiệm kỳ 2020 - 2025 khai mạc ngày nào?", [], [],
     ["20 tháng 7 năm 2015"], True),
    ("when", "Thường vụ Tỉnh ủy họp cho ý kiến dự thảo của thành phố và các huyện Thuận Châu, Mường La... vào ngày "
     "nào?", ["Ngày 09/4/2020, Ban Thường vụ Tỉnh ủy họp"], ["09/4/2020"], ["13 tháng 4 năm 2020"], False),
    # ---------------- who
    ("who", "Ai chủ trì hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị của Mộc Châu, Vân Hồ, "
     "Mai Sơn, Sông Mã, Quỳnh Nhai?", ["Chủ trì: đồng chí Lò Văn Thắm, Phó Bí thư Thường trực Tỉnh ủy"],
     ["Lò Văn Thắm"], ["Bùi Quang Thịnh"], False),
    ("who", "Ai là Bí thư Huyện ủy Thuận Châu nhiệm kỳ 2015 - 2020?", [], [],
     ["Nguyễn Đức Hạnh", "Hà Văn Long"], True),
    ("who", "Ai đề nghị Mộc Châu và Vân Hồ thống nhất số liệu về khu du lịch quốc gia?",
     ["Đồng chí Lò Văn Thắm đề nghị huyện Vân Hồ và huyện Mộc Châu"], ["Lò Văn Thắm"], ["Cầm Thị Hoa"], False),
    ("who", "Đồng chí nào đề nghị Mai Sơn làm rõ định hướng khôi phục sân bay?",
     ["Đồng chí Tòng Văn Dũng phát biểu: đề nghị huyện làm rõ định hướng"], ["Tòng Văn Dũng"], ["Cầm Thị Hoa"],
     False),
    ("who", "Ai đề nghị huyện Bắc Yên đánh giá tiềm năng du lịch Tà Xùa?", [], [],
     ["Tòng Văn Dũng", "Cầm Thị Hoa"], True),
    ("who", "ai chu tri phien hop thuong vu tinh uy cho y kien du thao cua thanh pho va cac huyen thang 4/2020",
     ["dưới sự chủ trì của đồng chí Bùi Quang Thịnh, Bí thư Tỉnh ủy"], ["Bùi Quang Thịnh"], ["Lò Văn Thắm"],
     False),
]

# ---------------------------------------------------------------------------------------------------------------
# Draft labels (content requirements checkable from the text of a draft)
GENERAL_LABELLED = ["g_ten", "g_chude", "g_modau", "g_kinhte", "g_ntm", "g_honghe", "g_matuy", "g_dang",
                    "g_hanche", "g_baihoc", "g_dubao", "g_chitieu", "g_dotpha", "g_ctht"]

DRAFTS = {
    "01_moc_chau_gan_day_du.txt": ("Mộc Châu", "MOC_CHAU", {
        **{k: "addressed" for k in GENERAL_LABELLED},
        "g_bienGioi": "addressed",
        "mc_rutgon": "addressed",
        "mc_chuoi": "addressed",
        "mc_ngansach": "addressed",
        "mc_ban": "partly",
        "joint_dulich": "addressed",
    }),
    "02_thuan_chau_con_thieu.txt": ("Thuận Châu", "THUAN_CHAU", {
        "g_ten": "addressed",
        "g_chude": "missing",
        "g_modau": "missing",
        "g_kinhte": "partly",
        "g_ntm": "partly",
        "g_honghe": "addressed",
        "g_matuy": "missing",
        "g_dang": "partly",
        "g_hanche": "missing",
        "g_baihoc": "partly",
        "g_dubao": "missing",
        "g_chitieu": "addressed",
        "g_dotpha": "partly",
        "g_ctht": "missing",
        "g_bienGioi": "partly",
        "g_longho": "missing",
        "tb_trachnhiem": "missing",
        "tb_covid": "missing",
        "tc_caphe": "partly",
        "tc_ngheo": "missing",
        "tc_tangtruong": "missing",
    }),
    "03_muong_la_dien_dat_khac.txt": ("Mường La", "MUONG_LA", {
        **{k: "addressed" for k in GENERAL_LABELLED},
        "g_dang": "partly",
        "g_longho": "addressed",
        "tb_trachnhiem": "addressed",
        "tb_covid": "addressed",
        "ml_tdc": "addressed",
        "ml_thu": "addressed",
    }),
}

DRAFT_COMMENT = (
    "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of one requirement that "
    "applies to the draft's unit). Only content requirements that can be judged from a draft's text are labelled: 14 "
    "general ones of the hướng dẫn (title, theme, opening, economy, nông thôn mới, poverty, drugs/illegal exit, party "
    "building, shortcomings, lessons, forecast, indicator system, breakthroughs, action programme) plus the items "
    "scoped to the draft's own unit (hướng dẫn II.4, biên bản remarks, thông báo general points and table row). "
    "Process and format requirements (deadlines, consultation, page counts, data cut-off) are not labelled. "
    "addressed = the substance is stated in any words ('Khẩu hiệu hành động' for chủ đề, 'Bốn điều đúc rút' for "
    "4 bài học, 'Mười chín mục tiêu cụ thể, xếp vào ba khối' for ≤22 chỉ tiêu in three groups, 'Hai khâu then chốt' "
    "for ≤3 đột phá, 'dịch viêm đường hô hấp cấp do chủng mới của vi rút corona' for Covid-19, 'các nhà máy phát "
    "điện' for thủy điện); partly = one part of a multi-part requirement (growth and budget without structure; NTM "
    "count without criteria/xã; party admissions without bản figures; bản figures without lộ trình; tái canh without "
    "cây ăn quả), a vague mention ('Giữ vững chủ quyền biên giới'), or a count just outside a range (2 bài học for "
    "'từ 3 đến 4', 4 khâu for 'không quá 3'); missing = not stated, including causes given only as objective "
    "conditions and a growth target left at 12%/năm after being asked to recalculate it."
)
