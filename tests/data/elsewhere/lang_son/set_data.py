"""Hand-written data of the Lạng Sơn set: gazetteer, requirement catalogue, questions (with the documents each
answer comes from), draft labels. Imported by make_set.py (which writes the JSON / JSONL / TXT files) and by
check_set.py.
"""

from __future__ import annotations

import texts_drafts as _D

G = "guidance/huong-dan-38-hd-btgtu-xay-dung-bao-cao-chinh-tri-dai-hoi-cap-huyen.docx"
N = "guidance/thong-bao-ket-luan-412-tb-tu-du-thao-bao-cao-chinh-tri-van-lang-huu-lung-bac-son.txt"
A = "guidance/cong-van-1472-cv-btgtu-dieu-chinh-huong-dan-38.pdf"
R = "reports/bao-cao-chinh-tri-dang-bo-huyen-chi-lang-2020-2025.pdf"

# -----------------------------------------------------------------------------------------------------
# Gazetteer: the 11 district-level units of Lạng Sơn (1 city, 10 districts); bare "Lạng Sơn" is the province.
# -----------------------------------------------------------------------------------------------------
TP = "TP Lạng Sơn"
GAZETTEER = {
    "_comment": "District-level units (cấp huyện) of Lạng Sơn province as of 2024: 1 city and 10 districts. aliases = "
                "forms that name the unit alone in running text; the bare form 'Lạng Sơn' is left out because it "
                "is also the province's name. Note that 'Chi Lăng' and 'Bắc Sơn' also occur inside names that are "
                "not the district (Khu di tích lịch sử Chi Lăng, na Chi Lăng, Khởi nghĩa Bắc Sơn).",
    "units": [
        {"name": TP, "kind": "thành phố", "aliases": ["TP Lạng Sơn", "TP. Lạng Sơn", "thành phố Lạng Sơn"]},
        {"name": "Tràng Định", "kind": "huyện", "aliases": ["Tràng Định"]},
        {"name": "Văn Lãng", "kind": "huyện", "aliases": ["Văn Lãng"]},
        {"name": "Văn Quan", "kind": "huyện", "aliases": ["Văn Quan"]},
        {"name": "Bình Gia", "kind": "huyện", "aliases": ["Bình Gia"]},
        {"name": "Bắc Sơn", "kind": "huyện", "aliases": ["Bắc Sơn"]},
        {"name": "Hữu Lũng", "kind": "huyện", "aliases": ["Hữu Lũng"]},
        {"name": "Chi Lăng", "kind": "huyện", "aliases": ["Chi Lăng"]},
        {"name": "Cao Lộc", "kind": "huyện", "aliases": ["Cao Lộc"]},
        {"name": "Lộc Bình", "kind": "huyện", "aliases": ["Lộc Bình"]},
        {"name": "Đình Lập", "kind": "huyện", "aliases": ["Đình Lập"]},
    ],
}
ALL = [u["name"] for u in GAZETTEER["units"]]
BORDER = ["Tràng Định", "Văn Lãng", "Cao Lộc", "Lộc Bình", "Đình Lập"]
GATE = ["Cao Lộc", "Văn Lãng", "Lộc Bình"]
PILOT = ["Văn Lãng", "Hữu Lũng", "Bắc Sơn"]
REST = [x for x in ALL if x not in PILOT]
HL_CL = ["Hữu Lũng", "Chi Lăng"]
HOI = ["Văn Quan", "Bình Gia", "Tràng Định"]
FOREST = ["Đình Lập", "Lộc Bình"]

# -----------------------------------------------------------------------------------------------------
# Requirement catalogue: id -> (document, key, scope)
# -----------------------------------------------------------------------------------------------------
REQ: dict[str, tuple[str, str, list[str]]] = {}


def r(rid: str, doc: str, key: str, scope=()) -> None:
    assert rid not in REQ, rid
    REQ[rid] = (doc, key, list(scope))


# Hướng dẫn 38-HD/BTGTU: general points are addressed to every district-level unit
r("g_cuthe", G, "cụ thể hóa dự thảo văn kiện Đại hội XIV của Đảng và dự thảo văn kiện Đại hội XVIII của Đảng bộ tỉnh")
r("g_thucchat", G, "Đánh giá đúng thực chất, khách quan, trung thực kết quả thực hiện Nghị quyết đại hội nhiệm kỳ "
                   "2020 - 2025")
r("g_quyhoach", G, "phải bám sát Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050")
r("g_layykien", G, "tổ chức lấy ý kiến rộng rãi, trong đó có ý kiến của đồng bào các dân tộc thiểu số, người có uy "
                   "tín ở thôn, bản")
r("g_ngangon", G, "Báo cáo viết ngắn gọn, dễ hiểu, dễ nhớ, dễ thực hiện")
r("g_ten", G, "Tên báo cáo thống nhất là")
r("g_chude", G, "viết ngắn gọn, không quá bốn mươi lăm chữ")
r("g_modau", G, "khái quát bối cảnh thực hiện Nghị quyết đại hội nhiệm kỳ 2020 - 2025, viết không quá một trang")
r("g_p1", G, "phần này chiếm khoảng 40% dung lượng báo cáo")
r("g_p2", G, "phần này chiếm khoảng 55% dung lượng báo cáo")
r("g_doichieu", G, "đối chiếu với mục tiêu, chỉ tiêu nghị quyết đề ra và so sánh với nhiệm kỳ 2015 - 2020")
r("g_kinhte", G, "nêu tốc độ tăng trưởng, quy mô và cơ cấu kinh tế, thu ngân sách trên địa bàn, thu nhập bình quân "
                 "đầu người")
r("g_ctmtqg", G, "Kết quả thực hiện ba chương trình mục tiêu quốc gia")
r("g_ntm", G, "Nêu rõ số xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao và tỷ lệ hộ nghèo đầu, cuối nhiệm kỳ")
r("g_vanhoa", G, "bảo tồn, phát huy bản sắc văn hóa các dân tộc Nùng, Tày, Kinh, Dao, Sán Chay, Hoa")
r("g_qpan", G, "Quốc phòng, an ninh, đối ngoại; công tác nội chính, phòng, chống tham nhũng, lãng phí, tiêu cực")
r("g_sapxep", G, "chú trọng kết quả sắp xếp tổ chức bộ máy và sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025")
r("g_dotpha_cu", G, "đánh giá từng khâu, nêu rõ kết quả cụ thể và những việc chưa làm được")
r("g_hanche", G, "nêu thẳng, nêu đúng những chỉ tiêu không đạt, những lĩnh vực còn yếu")
r("g_nguyennhan", G, "làm rõ nguyên nhân chủ quan gắn với trách nhiệm của cấp ủy, tổ chức đảng và người đứng đầu")
r("g_baihoc", G, "rút ra từ ba đến năm bài học sát với thực tiễn lãnh đạo của đảng bộ")
r("g_dubao", G, "nêu ngắn gọn những thuận lợi, khó khăn tác động trực tiếp đến địa phương trong 5 năm tới")
r("g_muctieu", G, "viết gọn trong một đoạn văn, thể hiện được khát vọng và định vị của địa phương đến năm 2030")
r("g_chitieu", G, "không quá 20 chỉ tiêu, chia thành ba nhóm")
r("g_nhomkt", G, "trong đó nhóm kinh tế có từ 7 đến 9 chỉ tiêu")
r("g_luonghoa", G, "phải lượng hóa được, có cơ sở tính toán và không thấp hơn chỉ tiêu tỉnh giao")
r("g_batbuoc", G, "Bắt buộc có các chỉ tiêu")
r("g_dotpha3", G, "lựa chọn không quá ba khâu đột phá")
r("g_dotpha_diachi", G, "mỗi khâu phải chỉ rõ nội dung, địa chỉ thực hiện và kết quả cần đạt vào năm 2030")
r("g_linhvuc", G, "xác định theo từng lĩnh vực, có trọng tâm, trọng điểm và gắn với nguồn lực thực hiện")
r("g_cds", G, "Cần có một đoạn riêng về chuyển đổi số, ứng dụng khoa học, công nghệ")
r("g_giaoduc", G, "có giải pháp nâng cao chất lượng giáo dục, y tế ở các xã vùng khó khăn")
r("g_then", G, "bảo tồn lễ hội truyền thống và các làn điệu then, sli, lượn")
r("g_buonlau", G, "chủ động đấu tranh phòng, chống buôn lậu, gian lận thương mại và vận chuyển trái phép hàng hóa "
                  "qua biên giới")
r("g_dangvien", G, "chú trọng phát triển đảng viên ở thôn, bản vùng sâu, vùng xa")
r("g_ketluan", G, "Phần kết luận viết ngắn gọn, khoảng nửa trang")
r("g_biengioi", G, "cần có nội dung riêng về quản lý, bảo vệ chủ quyền lãnh thổ, đường biên, mốc giới", BORDER)
r("g_dancu", G, "đánh giá tình hình dân cư, lao động ở khu vực biên giới và việc ổn định dân cư các thôn, bản sát "
                "biên", BORDER)
r("g_cuakhau", G, "cần đánh giá sâu hoạt động xuất, nhập khẩu, dịch vụ logistics và hạ tầng các cửa khẩu, lối mở",
  GATE)
r("g_unu", G, "làm rõ nguyên nhân tình trạng ùn ứ hàng hóa, nhất là nông sản vào mùa cao điểm", GATE)
r("g_cuakhauso", G, "đề xuất giải pháp phát triển Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn theo hướng cửa khẩu số",
  GATE)
r("g_tp_dothi", G, "tập trung đánh giá kết quả chỉnh trang, phát triển đô thị, xây dựng văn minh đô thị", [TP])
r("g_tp_caoloc", G, "làm rõ việc phối hợp với huyện Cao Lộc trong quy hoạch, kết nối hạ tầng và mở rộng không gian "
                    "đô thị", [TP])
r("g_caotoc", G, "đánh giá tác động của tuyến cao tốc Bắc Giang - Lạng Sơn đến thu hút đầu tư", HL_CL)
r("g_quydat", G, "đề ra giải pháp khai thác quỹ đất hai bên tuyến", HL_CL)
r("g_hl_anqua", G, "nêu rõ định hướng phát triển vùng cây ăn quả tập trung gắn với liên kết tiêu thụ sản phẩm",
  ["Hữu Lũng"])
r("g_cl_na", G, "làm rõ kết quả xây dựng, bảo vệ thương hiệu na Chi Lăng và phát huy giá trị Khu di tích lịch sử "
                "Chi Lăng", ["Chi Lăng"])
r("g_bs_ditich", G, "Bắc Sơn cần gắn việc đánh giá với phát huy giá trị các di tích của cuộc Khởi nghĩa Bắc Sơn",
  ["Bắc Sơn"])
r("g_bs_tour", G, "kết nối tour, tuyến với huyện Bình Gia và tỉnh Thái Nguyên", ["Bắc Sơn"])
r("g_bs_quyt", G, "làm rõ kết quả xây dựng nhãn hiệu quýt, hồng của địa phương", ["Bắc Sơn"])
r("g_hoi", G, "đánh giá hiệu quả phát triển vùng trồng hồi, quế và cây dược liệu", HOI)
r("g_hoi_chebien", G, "đề ra giải pháp nâng cao giá trị sản phẩm hồi qua chế biến sâu", HOI)
r("g_td_binhnghi", G, "định hướng nâng cấp cửa khẩu Bình Nghi và tác động của tuyến cao tốc Đồng Đăng - Trà Lĩnh",
  ["Tràng Định"])
r("g_lamnghiep", G, "làm rõ kết quả phát triển kinh tế lâm nghiệp, trồng rừng gỗ lớn, chế biến lâm sản", FOREST)
r("g_dl_tienyen", G, "phối hợp với huyện Tiên Yên (tỉnh Quảng Ninh) trong quản lý, bảo vệ rừng giáp ranh",
  ["Đình Lập"])
r("g_30trang", G, "có dung lượng không quá ba mươi trang khổ A4")
r("g_phuluc", G, "Phụ lục số liệu không quá 12 trang")
r("g_tomtat", G, "không quá mười trang, thời gian trình bày từ 30 đến 35 phút")
r("g_thethuc", G, "phông chữ Times New Roman, cỡ chữ 14, giãn dòng 1,15")
r("g_demuc", G, "Các đề mục đánh số theo thứ tự")
r("g_solieu", G, "Số liệu năm 2024 lấy số ước thực hiện cả năm, số liệu năm 2025 lấy số dự ước")
r("g_capnhat", G, "phải cập nhật số liệu chính thức mới nhất")
r("g_thongke", G, "Số liệu phải thống nhất với số liệu của cơ quan thống kê và các phòng, ban chuyên môn")
r("g_donvi", G, "ghi rõ đơn vị tính, thời điểm và giá so sánh")
r("g_tyle", G, "Tỷ lệ phần trăm lấy một chữ số thập phân")
r("g_tieuban", G, "Thành lập Tiểu ban Văn kiện do đồng chí bí thư huyện ủy, thành ủy làm trưởng tiểu ban")
r("g_hoithao", G, "Tổ chức hội thảo, tọa đàm lấy ý kiến chuyên gia, cán bộ lão thành, doanh nghiệp")
r("g_congkhai", G, "để Nhân dân góp ý trong thời gian ít nhất mười lăm ngày")
r("g_30ngay", G, "xin ý kiến Ban Thường vụ Tỉnh ủy chậm nhất ba mươi ngày trước ngày khai mạc đại hội")
r("t_decuong", G, "Thành lập Tiểu ban Văn kiện, xây dựng đề cương chi tiết báo cáo chính trị")
r("t_guidecuong", G, "Gửi đề cương chi tiết báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy")
r("t_diem", G, "Hoàn thành dự thảo báo cáo chính trị, trình Ban Thường vụ Tỉnh ủy cho ý kiến (đại hội điểm)", PILOT)
r("t_lan1", G, "Gửi dự thảo báo cáo chính trị lần thứ nhất về Ban Tuyên giáo Tỉnh ủy", REST)
r("t_congkhai", G, "Công khai dự thảo, tổ chức lấy ý kiến cán bộ, đảng viên và Nhân dân")
r("t_phathanh", G, "Phát hành báo cáo chính trị, bản tóm tắt và phụ lục đến đại biểu dự đại hội")

# Thông báo kết luận 412-TB/TU: mục 2 is addressed to the three districts discussed, mục 3 to each of them
r("n_25trang", N, "rút gọn dự thảo xuống không quá 25 trang khổ A4", PILOT)
r("n_capnhat", N, "Cập nhật số liệu đến hết ngày 30/11/2024, ước thực hiện cả năm 2024 và dự ước năm 2025", PILOT)
r("n_thongnhat", N, "thống nhất số liệu giữa báo cáo chính trị và báo cáo kinh tế - xã hội của Ủy ban nhân dân huyện",
  PILOT)
r("n_nq18", N, "Bổ sung đánh giá việc quán triệt, triển khai chủ trương tổng kết Nghị quyết số 18-NQ/TW", PILOT)
r("n_dichdanh", N, "Phần hạn chế phải nêu đích danh những chỉ tiêu không đạt kèm mức độ thực hiện", PILOT)
r("n_trachnhiem", N, "nguyên nhân chủ quan phải gắn với trách nhiệm của tập thể, cá nhân cụ thể", PILOT)
r("n_20ct", N, "Giữ hệ thống chỉ tiêu trong giới hạn không quá 20 chỉ tiêu", PILOT)
r("n_vl_tanthanh", N, "bổ sung đánh giá hoạt động thông quan qua cửa khẩu Tân Thanh và các cặp chợ biên giới",
  ["Văn Lãng"])
r("n_vl_ngansach", N, "làm rõ nguyên nhân số thu ngân sách từ hoạt động xuất, nhập khẩu giảm", ["Văn Lãng"])
r("n_vl_23", N, "Dự thảo đề ra 23 chỉ tiêu, cần giảm xuống không quá 20", ["Văn Lãng"])
r("n_vl_khach", N, "cân nhắc bỏ chỉ tiêu về số lượt khách du lịch", ["Văn Lãng"])
r("n_vl_dotpha", N, "làm rõ khâu đột phá về hạ tầng thương mại biên giới, nêu cụ thể các dự án ưu tiên", ["Văn Lãng"])
r("n_hl_12", N, "rà soát lại chỉ tiêu tốc độ tăng trưởng giá trị sản xuất bình quân 12%/năm", ["Hữu Lũng"])
r("n_hl_gpmb", N, "bổ sung giải pháp giải phóng mặt bằng và thu hút nhà đầu tư hạ tầng các cụm công nghiệp dọc tuyến "
                  "cao tốc", ["Hữu Lũng"])
r("n_hl_baihoc", N, "gộp lại còn không quá năm bài học", ["Hữu Lũng"])
r("n_hl_dangvien", N, "phân tích rõ nguyên nhân tỷ lệ kết nạp đảng viên ở các xã vùng sâu thấp", ["Hữu Lũng"])
r("n_bs_85", N, "gắn phương hướng phát triển văn hóa, du lịch với kỷ niệm 85 năm cuộc Khởi nghĩa Bắc Sơn",
  ["Bắc Sơn"])
r("n_bs_dulich", N, "làm rõ kết quả và giải pháp phát triển du lịch cộng đồng ở các thôn, bản người Tày", ["Bắc Sơn"])
r("n_bs_dotpha", N, "Phần khâu đột phá cần nêu kết quả cần đạt đến năm 2030 của khâu đột phá về hạ tầng giao thông",
  ["Bắc Sơn"])
r("n_bs_vonhai", N, "bổ sung giải pháp kết nối giao thông với huyện Võ Nhai (tỉnh Thái Nguyên)", ["Bắc Sơn"])
r("n_bs_rung", N, "Chỉ tiêu về tỷ lệ che phủ rừng cần thống nhất với số liệu kiểm kê rừng năm 2024", ["Bắc Sơn"])
r("n_guilai", N, "gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 10/01/2025", PILOT)

# Công văn 1472-CV/BTGTU
r("a_25", A, "có dung lượng không quá 25 trang khổ A4 (không kể phụ lục)")
r("a_rasoat", A, "chủ động rà soát, lược bỏ những nội dung trùng lặp, chuyển số liệu chi tiết sang phụ lục")
r("a_2502", A, "được điều chỉnh từ trước ngày 20/01/2025 thành trước ngày 25 tháng 02 năm 2025", REST)
r("a_uutien", A, "ưu tiên giữ nguyên phần đánh giá hạn chế, nguyên nhân và phần khâu đột phá")
r("a_bandt", A, "Dự thảo gửi đồng thời bản giấy và bản điện tử")

NOT_REQ = {
    G: [
        "Ban Tuyên giáo Tỉnh ủy hướng dẫn việc xây dựng báo cáo chính trị",
        "Báo cáo chính trị là văn kiện trung tâm của đại hội",
        "Hướng dẫn này giúp ban thường vụ các huyện ủy, thành ủy thống nhất",
        "có báo cáo trên 40 trang",
        "có nơi xác định tới 25 chỉ tiêu và 4 khâu đột phá",
        "Tránh sao chép nguyên văn báo cáo của nhiệm kỳ trước",
        "Chủ đề không nhất thiết phải có đủ các cụm từ như chủ đề đại hội của tỉnh",
        "Báo cáo chính trị gồm phần mở đầu, hai phần chính và phần kết luận, cụ thể:",
        "Cần tập trung vào các nội dung sau:",
        "Phần thân báo cáo không liệt kê kết quả theo từng xã, thị trấn",
        "thì không cần nhắc lại",
        "Phần dự báo không phân tích tình hình thế giới, khu vực",
        "không lặp lại các quan điểm đã có trong văn kiện đại hội của tỉnh",
        "Khâu đột phá của huyện không bắt buộc trùng với các khâu đột phá của tỉnh",
        "Ngoài các nội dung chung nêu trên, báo cáo chính trị của một số địa phương cần làm rõ thêm những vấn đề sau:",
        "Không đưa vào báo cáo các số liệu thuộc danh mục bí mật nhà nước về quốc phòng, biên giới",
        "Thành phố không cần đặt chỉ tiêu về tỷ lệ che phủ rừng",
        "Khu du lịch Mẫu Sơn do tỉnh trực tiếp chỉ đạo theo đề án riêng",
        "báo cáo của Lộc Bình và Cao Lộc không cần xây dựng mục riêng về nội dung này",
        "Các huyện không có đường biên giới không phải xây dựng mục riêng về kinh tế cửa khẩu và quốc phòng biên giới",
        "Thân báo cáo không sử dụng biểu đồ, hình ảnh",
        "Ban Tuyên giáo Tỉnh ủy không yêu cầu các địa phương gửi kèm số liệu gốc khi gửi dự thảo",
        "Các mốc thời gian chủ yếu như sau:",
        "Cho ý kiến vào đề cương, dự thảo của các địa phương",
        "Tổng hợp tình hình, báo cáo Thường trực Tỉnh ủy",
        "thời gian cụ thể của từng đại hội do Ban Thường vụ Tỉnh ủy quyết định",
        "Chủ trì, phối hợp với Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy theo dõi, đôn đốc, hướng dẫn các địa phương",
        "Phân công lãnh đạo Ban và chuyên viên theo dõi, giúp đỡ từng địa phương",
        "đề nghị các địa phương phản ánh về Ban Tuyên giáo Tỉnh ủy",
        "Số 38-HD/BTGTU",
        "Lạng Sơn, ngày 16 tháng 9 năm 2024",
        "Hoàng Thị Hải Yến",
        "- Lưu VT, Phòng LLCT-LSĐ.",
    ],
    N: [
        "Ngày 09/12/2024, Ban Thường vụ Tỉnh ủy họp",
        "đại diện Ban Thường vụ Huyện ủy Tràng Định và Ban Thường vụ Thành ủy Lạng Sơn dự để nghiên cứu, rút kinh nghiệm",
        "Ban Thường vụ Tỉnh ủy kết luận như sau:",
        "Ban Thường vụ Tỉnh ủy ghi nhận Ban Thường vụ các huyện ủy Văn Lãng, Hữu Lũng, Bắc Sơn đã chuẩn bị dự thảo "
        "nghiêm túc",
        "nhất là dự thảo của Hữu Lũng (38 trang) và của Bắc Sơn (33 trang)",
        "việc phân tích nguyên nhân của hạn chế chưa sâu",
        "Các dự thảo không cần bổ sung mục đánh giá riêng về công tác thi đua, khen thưởng",
        "Dự thảo của Văn Lãng có 24 trang, đáp ứng yêu cầu về dung lượng.",
        "Dự thảo hiện nêu sáu bài học kinh nghiệm",
        "Giao Ban Tuyên giáo Tỉnh ủy hướng dẫn điều chỉnh dung lượng báo cáo chính trị",
        "Thông báo này được gửi Ban Thường vụ các huyện ủy, thành ủy khác để tham khảo.",
        "Ban Thường vụ Tỉnh ủy thông báo để các cấp ủy, tổ chức đảng liên quan biết, thực hiện.",
        "Lạng Sơn, ngày 12 tháng 12 năm 2024",
        "Mông Văn Toản",
        "- Lưu Văn phòng Tỉnh ủy.",
    ],
    A: [
        "V/v điều chỉnh một số nội dung",
        "Kính gửi: Ban Thường vụ các huyện ủy, thành ủy.",
        "Ngày 16/9/2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 38-HD/BTGTU",
        "ba huyện Văn Lãng, Hữu Lũng, Bắc Sơn đã trình Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo",
        "Ban Tuyên giáo Tỉnh ủy điều chỉnh hai nội dung của Hướng dẫn số 38 như sau:",
        "1. Về dung lượng báo cáo chính trị",
        "Quy định phụ lục số liệu không quá 12 trang và bản tóm tắt không quá mười trang giữ nguyên",
        "vẫn thực hiện theo Thông báo kết luận số 412-TB/TU, không thay đổi",
        "Việc rút gọn dung lượng không được thực hiện bằng cách giảm cỡ chữ, thu hẹp lề hoặc giãn dòng",
        "Các nội dung khác của Hướng dẫn số 38 giữ nguyên.",
        "Lộc Văn Thắng",
        "- Lưu VT, Phòng LLCT-LSĐ.",
    ],
}

REQUIREMENTS = {
    "_comment": "Hand-labelled requirement catalogue of the Lạng Sơn set. key = verbatim substring of one requirement "
                "sentence / item / table cell; scope = gazetteer names of the units it is addressed to ([] = every "
                "district-level unit). Hướng dẫn 38: general points are []; the lettered items of II.4 are scoped to "
                "the units they name, and a follow-on sentence that does not repeat the names ('Các huyện này cũng "
                "cần…', 'Báo cáo của thành phố cũng cần…', 'Riêng Hữu Lũng…', 'Đình Lập nêu thêm…') inherits or "
                "narrows that scope; a name mentioned only as a partner (Cao Lộc in the city's item, Bình Gia in "
                "Bắc Sơn's item) is not in scope. Table row 3 is for the three pilot districts, row 4 for the other "
                "eight. Thông báo 412: mục 2 and mục 4 are addressed to the three districts discussed (the notice "
                "is sent to the others only 'để tham khảo'); mục 3 is per district, and the follow-on paragraphs "
                "without the name belong to the district of their sub-heading. Công văn 1472: the 25-page limit "
                "replaces the hướng dẫn's 'không quá ba mươi trang' and the 25/02/2025 deadline replaces row 4's "
                "20/01/2025; both old keys stay in the catalogue (superseded). not_requirements = narration, "
                "descriptions, negated sentences (không cần / không đưa / không phải / không nhất thiết / không lặp "
                "lại / tránh / không được), tasks of provincial bodies, list intros, letterhead, signer.",
    "documents": {},
}
for _doc in (G, N, A):
    REQUIREMENTS["documents"][_doc] = {
        "requirements": [{"key": k, "scope": s} for (d, k, s) in REQ.values() if d == _doc],
        "not_requirements": NOT_REQ[_doc],
    }

# -----------------------------------------------------------------------------------------------------
# Questions: src = the documents (letters G, N, A, R) whose blocks hold the gold strings
# -----------------------------------------------------------------------------------------------------
SHAPES = ("narrow", "broad", "which", "meta", "when", "who", "unanswerable")
DOC_OF = {"G": G, "N": N, "A": A, "R": R}
QUESTIONS: list[dict] = []
SOURCES: list[str] = []


def q(question, shape, src="", gold=(), expect=(), forbid=()) -> None:
    QUESTIONS.append({"question": question, "shape": shape, "half": "", "gold": list(gold), "expect": list(expect),
                      "forbid": list(forbid), "unanswerable": shape == "unanswerable"})
    SOURCES.append(src)


# ---------------- narrow ----------------
q("Theo Hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thành phố nhiệm kỳ 2025 - 2030 của Ban "
  "Tuyên giáo Tỉnh ủy Lạng Sơn, báo cáo chính trị hiện nay được viết tối đa bao nhiêu trang?", "narrow", "A",
  gold=["có dung lượng không quá 25 trang khổ A4 (không kể phụ lục)"], expect=["25 trang"], forbid=["ba mươi trang"])
q("Các huyện không tổ chức đại hội điểm phải nộp dự thảo báo cáo chính trị lần 1 cho Ban Tuyên giáo Tỉnh ủy hạn chót "
  "là ngày nào?", "narrow", "A",
  gold=["thành trước ngày 25 tháng 02 năm 2025"], expect=["25 tháng 02 năm 2025"], forbid=["10/01/2025"])
q("Văn Lãng, Hữu Lũng, Bắc Sơn phải gửi lại dự thảo đã chỉnh sửa theo kết luận của Thường vụ Tỉnh ủy trước ngày nào?",
  "narrow", "N", gold=["trước ngày 10/01/2025"], expect=["10/01/2025"], forbid=["25 tháng 02 năm 2025"])
q("Phần bài học kinh nghiệm nên có mấy bài học?", "narrow", "G",
  gold=["rút ra từ ba đến năm bài học sát với thực tiễn lãnh đạo của đảng bộ"], expect=["từ ba đến năm bài học"])
q("Trong hệ thống chỉ tiêu nhiệm kỳ mới, nhóm chỉ tiêu kinh tế được đặt bao nhiêu chỉ tiêu?", "narrow", "G",
  gold=["trong đó nhóm kinh tế có từ 7 đến 9 chỉ tiêu"], expect=["từ 7 đến 9 chỉ tiêu"])
q("Chủ đề đại hội đảng bộ huyện được dài tối đa bao nhiêu chữ?", "narrow", "G",
  gold=["không quá bốn mươi lăm chữ"], expect=["bốn mươi lăm chữ"])
q("Bản tóm tắt đọc tại đại hội được trình bày trong khoảng bao lâu?", "narrow", "G",
  gold=["thời gian trình bày từ 30 đến 35 phút"], expect=["từ 30 đến 35 phút"])
q("How many pages may the statistical appendix attached to a district political report have?", "narrow", "G",
  gold=["Phụ lục số liệu không quá 12 trang"], expect=["12"])
q("Ban Thường vụ Tỉnh ủy yêu cầu ba huyện đại hội điểm cập nhật số liệu trong dự thảo đến mốc nào?", "narrow", "N",
  gold=["Cập nhật số liệu đến hết ngày 30/11/2024"], expect=["30/11/2024"])
q("Dự thảo của Hữu Lũng đặt tốc độ tăng trưởng bao nhiêu %/năm mà tỉnh đề nghị xem lại?", "narrow", "N",
  gold=["rà soát lại chỉ tiêu tốc độ tăng trưởng giá trị sản xuất bình quân 12%/năm"], expect=["12%/năm"])
q("Báo cáo chính trị của Bắc Sơn phải gắn với dịp kỷ niệm bao nhiêu năm Khởi nghĩa Bắc Sơn?", "narrow", "N",
  gold=["kỷ niệm 85 năm cuộc Khởi nghĩa Bắc Sơn (27/9/1940 - 27/9/2025)"], expect=["85 năm"])
q("Theo báo cáo chính trị năm 2020 của Đảng bộ huyện Chi Lăng, đến năm 2020 tỷ lệ hộ nghèo của huyện còn bao nhiêu?",
  "narrow", "R", gold=["tỷ lệ hộ nghèo giảm từ 18,7% năm 2015 xuống còn 6,4% năm 2020"], expect=["6,4%"])
q("Chi Lăng đặt bao nhiêu chỉ tiêu chủ yếu cho nhiệm kỳ 2020 - 2025?", "narrow", "R",
  gold=["phấn đấu đạt 17 chỉ tiêu chủ yếu"], expect=["17 chỉ tiêu"], forbid=["4/18"])
q("bao cao chinh tri cap huyen phai go font chu gi, co chu bao nhieu?", "narrow", "G",
  gold=["phông chữ Times New Roman, cỡ chữ 14, giãn dòng 1,15"], expect=["Times New Roman", "14"])
q("Dự thảo đăng công khai để dân góp ý thì phải để tối thiểu mấy ngày?", "narrow", "G",
  gold=["trong thời gian ít nhất mười lăm ngày"], expect=["mười lăm ngày"])

# ---------------- broad ----------------
q("Khi viết phần hạn chế, nguyên nhân và bài học kinh nghiệm của báo cáo chính trị cấp huyện cần đề cập gì?",
  "broad", "G",
  gold=["nêu thẳng, nêu đúng những chỉ tiêu không đạt, những lĩnh vực còn yếu",
        "làm rõ nguyên nhân chủ quan gắn với trách nhiệm của cấp ủy, tổ chức đảng và người đứng đầu",
        "rút ra từ ba đến năm bài học sát với thực tiễn lãnh đạo của đảng bộ"],
  expect=["chỉ tiêu không đạt", "nguyên nhân chủ quan", "người đứng đầu", "từ ba đến năm bài học"])
q("Cao Lộc, Văn Lãng và Lộc Bình cần đề cập gì về kinh tế cửa khẩu trong báo cáo chính trị?", "broad", "G",
  gold=["cần đánh giá sâu hoạt động xuất, nhập khẩu, dịch vụ logistics và hạ tầng các cửa khẩu, lối mở"],
  expect=["logistics", "lối mở", "ùn ứ hàng hóa", "cửa khẩu số"], forbid=["Bình Nghi"])
q("Thường vụ Tỉnh ủy yêu cầu cả ba huyện đại hội điểm cùng sửa những nội dung chung nào trong dự thảo báo cáo chính trị?",
  "broad", "N",
  gold=["rút gọn dự thảo xuống không quá 25 trang khổ A4", "Cập nhật số liệu đến hết ngày 30/11/2024",
        "Nghị quyết số 18-NQ/TW", "nêu đích danh những chỉ tiêu không đạt",
        "Giữ hệ thống chỉ tiêu trong giới hạn không quá 20 chỉ tiêu"],
  expect=["25 trang", "30/11/2024", "Nghị quyết số 18-NQ/TW", "nêu đích danh", "không quá 20 chỉ tiêu"],
  forbid=["Tân Thanh", "Võ Nhai"])
q("What did the provincial Standing Committee ask Văn Lãng district to add or change in its draft political report?",
  "broad", "N",
  gold=["bổ sung đánh giá hoạt động thông quan qua cửa khẩu Tân Thanh và các cặp chợ biên giới",
        "Dự thảo đề ra 23 chỉ tiêu, cần giảm xuống không quá 20"],
  expect=["Tân Thanh", "chợ biên giới", "thu ngân sách", "số lượt khách du lịch", "hạ tầng thương mại biên giới"],
  forbid=["Võ Nhai", "12%/năm"])
q("Dự thảo báo cáo chính trị của huyện Bắc Sơn cần bổ sung, chỉnh sửa những gì theo kết luận của Ban Thường vụ Tỉnh ủy?",
  "broad", "N",
  gold=["gắn phương hướng phát triển văn hóa, du lịch với kỷ niệm 85 năm cuộc Khởi nghĩa Bắc Sơn",
        "Phần khâu đột phá cần nêu kết quả cần đạt đến năm 2030 của khâu đột phá về hạ tầng giao thông"],
  expect=["85 năm", "du lịch cộng đồng", "năm 2030", "Võ Nhai", "kiểm kê rừng năm 2024"], forbid=["Tân Thanh"])
q("Các huyện biên giới phải viết thêm những gì về quốc phòng, biên giới trong báo cáo chính trị?", "broad", "G",
  gold=["cần có nội dung riêng về quản lý, bảo vệ chủ quyền lãnh thổ, đường biên, mốc giới",
        "đánh giá tình hình dân cư, lao động ở khu vực biên giới"],
  expect=["chủ quyền lãnh thổ", "mốc giới", "thế trận lòng dân", "Bộ đội Biên phòng", "dân cư"])
q("Hướng dẫn yêu cầu gì về số liệu dùng trong báo cáo chính trị?", "broad", "G",
  gold=["Số liệu năm 2024 lấy số ước thực hiện cả năm, số liệu năm 2025 lấy số dự ước",
        "Số liệu phải thống nhất với số liệu của cơ quan thống kê", "Tỷ lệ phần trăm lấy một chữ số thập phân"],
  expect=["ước thực hiện", "dự ước", "cơ quan thống kê", "giá so sánh", "một chữ số thập phân"])
q("Phần phương hướng nhiệm kỳ 2025 - 2030 cần có những gì về mục tiêu, chỉ tiêu và khâu đột phá?", "broad", "G",
  gold=["viết gọn trong một đoạn văn", "không quá 20 chỉ tiêu, chia thành ba nhóm",
        "lựa chọn không quá ba khâu đột phá"],
  expect=["một đoạn văn", "không quá 20 chỉ tiêu", "ba nhóm", "không quá ba khâu đột phá", "kết quả cần đạt vào năm 2030"])
q("Thành phố Lạng Sơn cần làm rõ những nội dung riêng nào trong báo cáo chính trị?", "broad", "G",
  gold=["tập trung đánh giá kết quả chỉnh trang, phát triển đô thị, xây dựng văn minh đô thị",
        "làm rõ việc phối hợp với huyện Cao Lộc trong quy hoạch"],
  expect=["chỉnh trang, phát triển đô thị", "văn minh đô thị", "trung tâm chính trị, kinh tế, văn hóa", "Cao Lộc"],
  forbid=["logistics"])
q("Hữu Lũng phải hoàn thiện những gì trong dự thảo báo cáo chính trị theo ý kiến của tỉnh?", "broad", "N",
  gold=["rà soát lại chỉ tiêu tốc độ tăng trưởng giá trị sản xuất bình quân 12%/năm",
        "gộp lại còn không quá năm bài học"],
  expect=["12%/năm", "giải phóng mặt bằng", "năm bài học", "kết nạp đảng viên"], forbid=["Tân Thanh"])

# ---------------- which ----------------
q("Huyện nào phải viết riêng một phần về giữ gìn chủ quyền, cột mốc biên giới?", "which", "G",
  gold=["Năm huyện có đường biên giới với Trung Quốc là Tràng Định, Văn Lãng, Cao Lộc, Lộc Bình và Đình Lập"],
  expect=["Tràng Định", "Văn Lãng", "Cao Lộc", "Lộc Bình", "Đình Lập"], forbid=["Bình Gia", "Chi Lăng", "Hữu Lũng"])
q("Ban Thường vụ Tỉnh ủy đã cho ý kiến vào dự thảo báo cáo chính trị của những huyện nào?", "which", "N",
  gold=["đại hội đảng bộ các huyện Văn Lãng, Hữu Lũng, Bắc Sơn nhiệm kỳ 2025 - 2030"],
  expect=["Văn Lãng", "Hữu Lũng", "Bắc Sơn"], forbid=["Tràng Định"])
q("Địa phương nào phải phân tích kỹ chuyện xuất nhập khẩu, logistics ở cửa khẩu?", "which", "G",
  gold=["Với Cao Lộc, Văn Lãng và Lộc Bình, cần đánh giá sâu hoạt động xuất, nhập khẩu"],
  expect=["Cao Lộc", "Văn Lãng", "Lộc Bình"], forbid=["Tràng Định", "Đình Lập"])
q("Huyện nào phải đánh giá vùng trồng hồi, quế?", "which", "G",
  gold=["Các huyện Văn Quan, Bình Gia và Tràng Định cần đánh giá hiệu quả phát triển vùng trồng hồi, quế"],
  expect=["Văn Quan", "Bình Gia", "Tràng Định"], forbid=["Văn Lãng"])
q("Cao tốc Bắc Giang - Lạng Sơn đi qua thì những huyện nào phải nói rõ ảnh hưởng của tuyến đường này?", "which", "G",
  gold=["Hai huyện Hữu Lũng và Chi Lăng cần đánh giá tác động của tuyến cao tốc Bắc Giang - Lạng Sơn"],
  expect=["Hữu Lũng", "Chi Lăng"], forbid=["Cao Lộc"])
q("nhung huyen nao phai viet ve kinh te rung, trong rung go lon?", "which", "G",
  gold=["Với Đình Lập và Lộc Bình, cần làm rõ kết quả phát triển kinh tế lâm nghiệp"],
  expect=["Đình Lập", "Lộc Bình"], forbid=["Hữu Lũng", "Bình Gia"])
q("Dự thảo của huyện nào bị Thường vụ Tỉnh ủy nhận xét là còn dài?", "which", "N",
  gold=["nhất là dự thảo của Hữu Lũng (38 trang) và của Bắc Sơn (33 trang)"],
  expect=["Hữu Lũng", "Bắc Sơn"], forbid=["Văn Lãng"])

# ---------------- meta ----------------
q("Hướng dẫn của Ban Tuyên giáo Tỉnh ủy Lạng Sơn về xây dựng báo cáo chính trị cấp huyện có số hiệu là gì?", "meta",
  "G", gold=["Số 38-HD/BTGTU"], expect=["38-HD/BTGTU"])
q("Văn bản nào đã sửa quy định về số trang báo cáo chính trị trong Hướng dẫn 38?", "meta", "A",
  gold=["Số 1472-CV/BTGTU"], expect=["1472-CV/BTGTU"])
q("Cơ quan nào ban hành Thông báo kết luận số 412-TB/TU?", "meta", "N",
  gold=["của Ban Thường vụ Tỉnh ủy về dự thảo Báo cáo chính trị"], expect=["Ban Thường vụ Tỉnh ủy"])
q("Công văn 1472 điều chỉnh văn bản nào, văn bản đó ban hành ngày nào?", "meta", "A",
  gold=["Ngày 16/9/2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 38-HD/BTGTU"],
  expect=["38-HD/BTGTU", "16/9/2024"])
q("What is the number of the conclusion notice on the three pilot districts' draft reports?", "meta", "N",
  gold=["Số 412-TB/TU"], expect=["412-TB/TU"], forbid=["1472-CV/BTGTU"])

# ---------------- when ----------------
q("Hướng dẫn 38-HD/BTGTU ký ban hành ngày nào?", "when", "G",
  gold=["Lạng Sơn, ngày 16 tháng 9 năm 2024"], expect=["16 tháng 9 năm 2024"], forbid=["20 tháng 12 năm 2024"])
q("Hôm nào Thường vụ Tỉnh ủy họp cho ý kiến dự thảo của Văn Lãng, Hữu Lũng và Bắc Sơn?", "when", "N",
  gold=["Ngày 09/12/2024, Ban Thường vụ Tỉnh ủy họp"], expect=["09/12/2024"], forbid=["12 tháng 12 năm 2024"])
q("When was Official Letter No. 1472-CV/BTGTU issued?", "when", "A",
  gold=["Lạng Sơn, ngày 20 tháng 12 năm 2024"], expect=["20 tháng 12 năm 2024"], forbid=["12/12/2024"])
q("Đề cương chi tiết báo cáo chính trị phải gửi Ban Tuyên giáo trước ngày nào?", "when", "G",
  gold=["Trước ngày 31/10/2024"], expect=["31/10/2024"], forbid=["15/10/2024"])

# ---------------- who ----------------
q("Ai ký Hướng dẫn số 38-HD/BTGTU?", "who", "G",
  gold=["Hoàng Thị Hải Yến"], expect=["Hoàng Thị Hải Yến"], forbid=["Lộc Văn Thắng", "Mông Văn Toản"])
q("Ai ký công văn điều chỉnh dung lượng và thời hạn gửi dự thảo báo cáo chính trị?", "who", "A",
  gold=["Lộc Văn Thắng"], expect=["Lộc Văn Thắng"], forbid=["Hoàng Thị Hải Yến"])
q("Who chaired the Standing Committee meeting on the draft reports of Văn Lãng, Hữu Lũng and Bắc Sơn?", "who", "N",
  gold=["Đồng chí Đinh Hữu Tuân, Bí thư Tỉnh ủy chủ trì hội nghị"], expect=["Đinh Hữu Tuân"], forbid=["Mông Văn Toản"])

# ---------------- unanswerable ----------------
q("Ban Thường vụ Tỉnh ủy góp ý gì cho dự thảo báo cáo chính trị của huyện Tràng Định?", "unanswerable",
  forbid=["Tân Thanh", "Võ Nhai"])
q("Mục tiêu tăng trưởng kinh tế của huyện Bình Gia nhiệm kỳ 2025 - 2030 là bao nhiêu?", "unanswerable",
  forbid=["12%/năm", "8,5%/năm"])
q("Tỉnh Cao Bằng quy định báo cáo chính trị cấp huyện dài tối đa bao nhiêu trang?", "unanswerable",
  forbid=["25 trang", "ba mươi trang"])
q("Đại hội Đảng bộ huyện Chi Lăng nhiệm kỳ 2025 - 2030 khai mạc ngày nào?", "unanswerable")
q("Nhiệm kỳ 2020 - 2025 vừa qua, huyện Chi Lăng thực tế đạt tốc độ tăng trưởng bình quân bao nhiêu?", "unanswerable",
  forbid=["8,5%/năm", "8,1%/năm"])
q("Lề phải của báo cáo chính trị phải để bao nhiêu cm?", "unanswerable", forbid=["3,5 cm"])
q("Who is the Party Secretary of Bắc Sơn district?", "unanswerable", forbid=["Đinh Hữu Tuân"])
q("thong bao ket luan yeu cau huyen dinh lap bo sung noi dung gi trong du thao?", "unanswerable",
  forbid=["Tân Thanh", "12%/năm"])
q("Đại hội Đảng bộ huyện Hữu Lũng có bao nhiêu đại biểu chính thức?", "unanswerable")
q("Hạn cuối để huyện Đình Lập nộp bản tóm tắt báo cáo chính trị cho Ban Tuyên giáo Tỉnh ủy là ngày nào?",
  "unanswerable")

# -----------------------------------------------------------------------------------------------------
# Drafts and labels
# -----------------------------------------------------------------------------------------------------
DRAFTS_TEXT = _D.DRAFTS
AD, PA, MI = "addressed", "partly", "missing"
_LABELS = {
    "01_cao_loc_day_du.txt": ("Cao Lộc", {
        "g_kinhte": AD, "g_ctmtqg": AD, "g_ntm": AD, "g_cuakhau": AD, "g_unu": AD, "g_cuakhauso": AD,
        "g_biengioi": AD, "g_dancu": AD, "g_hanche": AD, "g_nguyennhan": AD, "g_baihoc": AD, "g_chitieu": AD,
        "g_nhomkt": AD, "g_batbuoc": PA, "g_dotpha3": AD, "g_dotpha_diachi": AD, "g_cds": AD,
    }),
    "02_huu_lung_con_thieu.txt": ("Hữu Lũng", {
        "g_kinhte": AD, "n_capnhat": AD, "g_caotoc": AD, "g_quydat": PA, "g_hl_anqua": PA, "g_hanche": PA,
        "n_dichdanh": MI, "g_nguyennhan": MI, "n_trachnhiem": MI, "g_baihoc": AD, "n_hl_baihoc": AD,
        "n_hl_12": AD, "n_hl_gpmb": AD, "n_hl_dangvien": MI, "n_nq18": PA,
    }),
    "03_van_lang_lap_lai_cau_chu.txt": ("Văn Lãng", {
        "g_hanche": MI, "g_baihoc": MI, "g_biengioi": MI, "g_dancu": MI, "g_cuakhau": MI, "n_vl_tanthanh": AD,
        "n_vl_ngansach": MI, "n_vl_23": AD, "n_20ct": AD, "n_vl_khach": MI, "g_dotpha3": AD,
        "g_dotpha_diachi": MI, "n_vl_dotpha": MI, "g_cds": PA,
    }),
    "04_dinh_lap_dien_dat_khac.txt": ("Đình Lập", {
        "g_lamnghiep": AD, "g_dl_tienyen": AD, "g_biengioi": AD, "g_dancu": AD, "g_buonlau": PA, "g_hanche": AD,
        "g_nguyennhan": AD, "g_baihoc": AD, "g_chitieu": AD, "g_nhomkt": AD, "g_dotpha3": AD,
        "g_dotpha_diachi": AD, "g_ntm": PA, "g_cds": MI,
    }),
    "05_bac_son_so_lieu_sat_nguong.txt": ("Bắc Sơn", {
        "n_25trang": AD, "a_25": AD, "g_phuluc": AD, "g_baihoc": AD, "g_chitieu": AD, "n_20ct": AD,
        "g_nhomkt": PA, "g_dotpha3": AD, "g_dotpha_diachi": AD, "n_bs_dotpha": AD, "n_bs_rung": AD,
        "n_bs_85": AD, "n_bs_dulich": AD, "n_bs_vonhai": MI, "g_bs_quyt": PA, "g_bs_tour": MI,
    }),
}
EXPECTED = {
    "_comment": "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of one "
                "guidance requirement that applies to the draft's district). addressed = the draft states the "
                "substance in any words; a figure counts when it is inside the limit or range, including the "
                "boundary (20 chỉ tiêu for 'không quá 20', 3 khâu for 'không quá ba', 5 bài học for 'từ ba đến "
                "năm', 25 trang for 'không quá 25 trang', 12 trang phụ lục); partly = one part of a multi-part "
                "requirement, a passing mention without the asked-for assessment, or a figure just outside a "
                "range (10 economic indicators for 'từ 7 đến 9'); missing = not stated. A heading or sentence that "
                "only repeats the guidance's wording followed by a placeholder ('…', '[Bổ sung sau.]', '(Đang "
                "hoàn thiện.)', '(Đang chờ số liệu…)') counts as missing. Only general requirements and those "
                "scoped to the draft's own unit are labelled.",
    "drafts": {name: {"district": dist, "expected": {REQ[k][1]: v for k, v in labels.items()}}
               for name, (dist, labels) in _LABELS.items()},
}
