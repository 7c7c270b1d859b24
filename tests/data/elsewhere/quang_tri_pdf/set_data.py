"""Data of the Quảng Trị (PDF) set: file names, gazetteer, requirement catalogue, questions and
draft labels. make_set.py turns it into the JSON files."""

from __future__ import annotations

G = (
    "guidance/huong-dan-41-hd-btgtu-noi-dung-hinh-thuc-bao-cao-chinh-tri-dai-hoi-dang-bo-cap-huyen-"
    "2020-2025.pdf"
)
N = (
    "guidance/thong-bao-ket-luan-318-tb-tu-du-thao-bao-cao-chinh-tri-vinh-linh-huong-hoa-trieu-"
    "phong-thi-xa-quang-tri.docx"
)
H = "guidance/thuong-truc-tinh-uy-lam-viec-voi-gio-linh-dakrong-ve-du-thao-bao-cao-chinh-tri.html"
C = "guidance/cong-van-412-cv-btgtu-dieu-chinh-huong-dan-41-hd-btgtu.txt"
R = "reports/bao-cao-chinh-tri-dai-hoi-lan-thu-xx-nhiem-ky-2015-2020.txt"

GAZETTEER = {
    "_comment": (
        "District-level units (cấp huyện) of Quảng Trị province in 2020: 1 city (TP Đông Hà), 1 "
        "town (TX Quảng Trị), 8 districts including the island district Cồn Cỏ. aliases = forms "
        "that name the unit alone in running text. Left out on purpose: the bare 'Đông Hà' (every "
        "document's place-and-date line reads 'Đông Hà, ngày …' because the provincial bodies sit "
        "there; that names the place of issue, not the city's party committee) and the bare 'Quảng "
        "Trị' (the province: 'Tỉnh ủy Quảng Trị', 'tỉnh Quảng Trị'). Names inside other names that "
        "do NOT designate a unit as addressee: 'Khu di tích lịch sử Thành Cổ Quảng Trị' (a relic "
        "inside TX Quảng Trị, not the town's committee); 'Khu kinh tế Đông Nam Quảng Trị' (spans "
        "Gio Linh, Triệu Phong and Hải Lăng); 'Khu kinh tế - thương mại đặc biệt Lao Bảo', 'Cửa "
        "khẩu quốc tế Lao Bảo', 'Khe Sanh', 'cà phê Khe Sanh' (places inside Hướng Hóa); 'Đường 9 -"
        " Khe Sanh' (a relic route named in the Đakrông remarks); 'Cầu treo Đakrông', 'sông "
        "Đakrông' / 'dòng Đakrông' (the bridge and the river); 'Cảng cá Cửa Tùng', 'Địa đạo Vịnh "
        "Mốc', 'Vĩnh Thái', 'Vĩnh Kim' (inside Vĩnh Linh); 'Khu di tích Đôi bờ Hiền Lương - Bến "
        "Hải' (on the border of Vĩnh Linh and Gio Linh); 'sông Thạch Hãn' (river through TX Quảng "
        "Trị and Triệu Phong); 'La Vang', 'cảng biển Mỹ Thủy' (inside Hải Lăng); 'đảo Cồn Cỏ' (the "
        "island itself). 'Hướng Hoá' (old accent placement) occurs once in a link title of the "
        "news page."
    ),
    "units": [
        {
            "name": "TP Đông Hà",
            "kind": "thành phố",
            "aliases": [
                "TP Đông Hà",
                "TP. Đông Hà",
                "thành phố Đông Hà",
                "Thành phố Đông Hà",
                "Thành ủy Đông Hà",
            ],
        },
        {
            "name": "TX Quảng Trị",
            "kind": "thị xã",
            "aliases": [
                "TX Quảng Trị",
                "TX. Quảng Trị",
                "thị xã Quảng Trị",
                "Thị xã Quảng Trị",
                "Thị ủy Quảng Trị",
            ],
        },
        {
            "name": "Vĩnh Linh",
            "kind": "huyện",
            "aliases": ["Vĩnh Linh"],
        },
        {
            "name": "Gio Linh",
            "kind": "huyện",
            "aliases": ["Gio Linh"],
        },
        {
            "name": "Cam Lộ",
            "kind": "huyện",
            "aliases": ["Cam Lộ"],
        },
        {
            "name": "Triệu Phong",
            "kind": "huyện",
            "aliases": ["Triệu Phong"],
        },
        {
            "name": "Hải Lăng",
            "kind": "huyện",
            "aliases": ["Hải Lăng"],
        },
        {
            "name": "Hướng Hóa",
            "kind": "huyện",
            "aliases": ["Hướng Hóa", "Hướng Hoá"],
        },
        {
            "name": "Đakrông",
            "kind": "huyện",
            "aliases": ["Đakrông", "Đa Krông", "huyện Đakrông"],
        },
        {
            "name": "Cồn Cỏ",
            "kind": "huyện",
            "aliases": ["Cồn Cỏ", "huyện đảo Cồn Cỏ"],
        },
    ],
}

# id: (document, key, scope); scope [] = every district-level unit
REQ = {
    "g_cuthehoa": (
        G,
        "cụ thể hóa dự thảo các văn kiện trình Đại hội XVII Đảng bộ tỉnh",
        [],
    ),
    "g_danhgia": (
        G,
        (
            "đánh giá đúng thực trạng, khách quan, trung thực kết quả thực hiện Nghị quyết đại hội "
            "nhiệm kỳ 2015 - 2020"
        ),
        [],
    ),
    "g_layykien": (
        G,
        "dự thảo phải được gửi lấy ý kiến các tổ chức cơ sở đảng",
        [],
    ),
    "g_vanphong": (
        G,
        "Văn phong trong sáng, cô đọng, dễ hiểu",
        [],
    ),
    "g_ten": (
        G,
        "Tên báo cáo thống nhất ghi là",
        [],
    ),
    "g_chude_nd": (
        G,
        "Chủ đề đại hội phải thể hiện được mục tiêu tổng quát",
        [],
    ),
    "g_p1": (
        G,
        (
            "Phần thứ nhất: Kết quả thực hiện Nghị quyết đại hội đảng bộ nhiệm kỳ 2015 - 2020 và "
            "bài học kinh nghiệm"
        ),
        [],
    ),
    "g_p2": (
        G,
        "Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp chủ yếu nhiệm kỳ 2020 - 2025",
        [],
    ),
    "g_p3": (
        G,
        "Phần thứ ba: Tổ chức thực hiện nghị quyết đại hội",
        [],
    ),
    "g_modau": (
        G,
        (
            "nêu khái quát những thuận lợi, khó khăn tác động đến việc thực hiện nghị quyết trong "
            "nhiệm kỳ"
        ),
        [],
    ),
    "g_bang": (
        G,
        "có bảng so sánh các chỉ tiêu nghị quyết với kết quả thực hiện",
        [],
    ),
    "g_kinhte": (
        G,
        (
            "nêu rõ tốc độ tăng trưởng giá trị sản xuất bình quân, cơ cấu kinh tế, thu ngân sách "
            "nhà nước trên địa bàn"
        ),
        [],
    ),
    "g_ntm": (
        G,
        (
            "nêu số xã đạt chuẩn nông thôn mới, số xã đạt chuẩn nông thôn mới nâng cao và số tiêu "
            "chí bình quân trên mỗi xã"
        ),
        [
            "Vĩnh Linh",
            "Gio Linh",
            "Cam Lộ",
            "Triệu Phong",
            "Hải Lăng",
            "Hướng Hóa",
            "Đakrông",
        ],
    ),
    "g_dothivm": (
        G,
        "đánh giá kết quả xây dựng đô thị văn minh thay cho nội dung này",
        ["TP Đông Hà", "TX Quảng Trị"],
    ),
    "g_ngheo": (
        G,
        "nêu tỷ lệ hộ nghèo đầu nhiệm kỳ, cuối nhiệm kỳ và số hộ thoát nghèo bền vững",
        [],
    ),
    "g_qpan": (
        G,
        "đánh giá việc xây dựng khu vực phòng thủ",
        [],
    ),
    "g_dang": (
        G,
        (
            "nêu số đảng viên mới kết nạp trong nhiệm kỳ, tỷ lệ tổ chức cơ sở đảng hoàn thành tốt "
            "nhiệm vụ trở lên"
        ),
        [],
    ),
    "g_hanche": (
        G,
        (
            "chỉ rõ những chỉ tiêu không đạt, nguyên nhân chủ quan và trách nhiệm của tập thể, cá "
            "nhân"
        ),
        [],
    ),
    "g_baihoc_nd": (
        G,
        "Bài học kinh nghiệm phải được đúc rút từ thực tiễn lãnh đạo của đảng bộ",
        [],
    ),
    "g_dubao": (
        G,
        (
            "Dự báo ngắn gọn tình hình trong nước, của tỉnh và địa phương có tác động đến nhiệm "
            "kỳ, viết không quá 2 trang"
        ),
        [],
    ),
    "g_muctieu": (
        G,
        "chỉ tiêu phải có cơ sở, phù hợp với khả năng thực hiện của địa phương",
        [],
    ),
    "g_dotpha_nd": (
        G,
        "Lựa chọn khâu đột phá gắn với tiềm năng, lợi thế",
        [],
    ),
    "g_ctht": (
        G,
        "xây dựng chương trình hành động thực hiện nghị quyết ngay sau đại hội",
        [],
    ),
    "g_bg1": (
        G,
        "quản lý, bảo vệ đường biên giới, hệ thống mốc quốc giới Việt Nam - Lào",
        ["Hướng Hóa", "Đakrông"],
    ),
    "g_bg2": (
        G,
        "Đánh giá kết quả đấu tranh phòng, chống ma túy, buôn lậu, mua bán người qua biên giới",
        ["Hướng Hóa", "Đakrông"],
    ),
    "g_bg3": (
        G,
        "Làm rõ kết quả giảm nghèo, nâng cao đời sống đồng bào dân tộc thiểu số Vân Kiều, Pa Kô",
        ["Hướng Hóa", "Đakrông"],
    ),
    "g_bg4": (
        G,
        "công tác sắp xếp, bố trí dân cư ở vùng có nguy cơ sạt lở đất, lũ quét",
        ["Hướng Hóa", "Đakrông"],
    ),
    "g_vb1": (
        G,
        "Đánh giá kết quả phát triển kinh tế biển, khai thác hải sản xa bờ",
        ["Vĩnh Linh", "Gio Linh", "Triệu Phong", "Hải Lăng"],
    ),
    "g_vb2": (
        G,
        "phòng, chống thiên tai, chống xói lở bờ biển và ứng phó với biến đổi khí hậu",
        ["Vĩnh Linh", "Gio Linh", "Triệu Phong", "Hải Lăng"],
    ),
    "g_cc1": (
        G,
        "xây dựng Cồn Cỏ thành trung tâm dịch vụ hậu cần nghề cá và du lịch biển đảo",
        ["Cồn Cỏ"],
    ),
    "g_dt1": (
        G,
        "Đánh giá kết quả phát triển đô thị, chỉnh trang đô thị và phát triển thương mại, dịch vụ",
        ["TP Đông Hà", "TX Quảng Trị"],
    ),
    "g_dt2": (
        G,
        "làm rõ việc bảo tồn, phát huy giá trị Khu di tích lịch sử Thành Cổ Quảng Trị",
        ["TX Quảng Trị"],
    ),
    "g_hinhthuc": (
        G,
        "phông chữ Times New Roman, cỡ chữ 14",
        [],
    ),
    "g_phuluc": (
        G,
        "phụ lục số liệu kèm theo báo cáo không quá 12 trang",
        [],
    ),
    "g_tomtat": (
        G,
        "báo cáo tóm tắt trình bày tại đại hội không quá 10 trang",
        [],
    ),
    "g_phut": (
        G,
        "thời gian trình bày không quá 30 phút",
        [],
    ),
    "g_chude": (
        G,
        "Chủ đề đại hội dài không quá 45 chữ",
        [],
    ),
    "g_chitieu": (
        G,
        "không quá 20 chỉ tiêu, chia thành ba nhóm",
        [
            "TP Đông Hà",
            "TX Quảng Trị",
            "Vĩnh Linh",
            "Gio Linh",
            "Cam Lộ",
            "Triệu Phong",
            "Hải Lăng",
            "Hướng Hóa",
            "Đakrông",
        ],
    ),
    "g_cc_chitieu": (
        G,
        "riêng huyện Cồn Cỏ không quá 12 chỉ tiêu",
        ["Cồn Cỏ"],
    ),
    "g_baihoc": (
        G,
        "Rút ra không quá 4 bài học kinh nghiệm",
        [],
    ),
    "g_dotpha": (
        G,
        "xác định không quá 3 khâu đột phá",
        [],
    ),
    "g_dotpha_dc": (
        G,
        "mỗi khâu đột phá phải có địa chỉ, lộ trình và nguồn lực thực hiện",
        [],
    ),
    "g_solieu": (
        G,
        "Số liệu đánh giá tính đến ngày 30/6/2020",
        [],
    ),
    "g_decuong": (
        G,
        "gửi đề cương báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy trước ngày 20/12/2019",
        [],
    ),
    "g_hoanchinh": (
        G,
        "chậm nhất 25 ngày trước ngày khai mạc đại hội",
        [],
    ),
    "g_tieuban": (
        G,
        "thành lập tiểu ban văn kiện",
        [],
    ),
    "c_trang": (
        C,
        "dài không quá 35 trang khổ A4 (không kể phụ lục)",
        [],
    ),
    "c_han": (
        C,
        "là trước ngày 10/4/2020",
        [],
    ),
    "t_covid": (
        N,
        "Bổ sung đánh giá tác động của dịch bệnh Covid-19",
        ["Vĩnh Linh", "Hướng Hóa", "Triệu Phong"],
    ),
    "t_trachnhiem": (
        N,
        "Phần hạn chế, yếu kém phải gắn với trách nhiệm của cấp ủy, người đứng đầu",
        ["Vĩnh Linh", "Hướng Hóa", "Triệu Phong"],
    ),
    "t_thongke": (
        N,
        "Rà soát, cập nhật số liệu bảo đảm thống nhất với số liệu của Cục Thống kê tỉnh",
        ["Vĩnh Linh", "Hướng Hóa", "Triệu Phong"],
    ),
    "t_vl1": (
        N,
        "rà soát, lược bỏ các chỉ tiêu trùng lặp hoặc khó đo lường",
        ["Vĩnh Linh"],
    ),
    "t_vl2": (
        N,
        "Làm rõ định hướng đầu tư Cảng cá Cửa Tùng và khu neo đậu tránh trú bão cho tàu cá",
        ["Vĩnh Linh"],
    ),
    "t_vl3": (
        N,
        "Bổ sung đánh giá tình trạng xói lở bờ biển khu vực Vĩnh Thái, Vĩnh Kim",
        ["Vĩnh Linh"],
    ),
    "t_vl4": (
        N,
        (
            "hướng phát triển du lịch gắn với Khu di tích Địa đạo Vịnh Mốc và Khu di tích Đôi bờ "
            "Hiền Lương - Bến Hải"
        ),
        ["Vĩnh Linh"],
    ),
    "t_hh1": (
        N,
        "Bổ sung đánh giá kết quả xây dựng, phát triển Khu kinh tế - thương mại đặc biệt Lao Bảo",
        ["Hướng Hóa"],
    ),
    "t_hh2": (
        N,
        (
            "Làm rõ tình hình, kết quả đấu tranh với tội phạm ma túy trên tuyến biên giới Việt Nam "
            "- Lào"
        ),
        ["Hướng Hóa"],
    ),
    "t_hh3": (
        N,
        "Phân tích hiệu quả và tác động của các dự án điện gió",
        ["Hướng Hóa"],
    ),
    "t_hh4": (
        N,
        (
            "Đánh giá kết quả phát triển cây cà phê theo chuỗi giá trị, xây dựng thương hiệu cà "
            "phê Khe Sanh"
        ),
        ["Hướng Hóa"],
    ),
    "t_hh5": (
        N,
        "cần lấy ý kiến của Bộ Chỉ huy Bộ đội Biên phòng tỉnh trước khi hoàn chỉnh",
        ["Hướng Hóa"],
    ),
    "t_tp1": (
        N,
        (
            "Đánh giá thực chất tiến độ các dự án thuộc Khu kinh tế Đông Nam Quảng Trị trên địa "
            "bàn huyện"
        ),
        ["Triệu Phong"],
    ),
    "t_tp2": (
        N,
        "đề nghị tính toán lại cho phù hợp",
        ["Triệu Phong"],
    ),
    "t_tp3": (
        N,
        "Xây dựng lộ trình cụ thể để huyện đạt chuẩn huyện nông thôn mới trước năm 2025",
        ["Triệu Phong"],
    ),
    "t_tp4": (
        N,
        "Bổ sung giải pháp phòng, chống lũ lụt cho các xã vùng hạ lưu sông Thạch Hãn",
        ["Triệu Phong"],
    ),
    "t_tx": (
        N,
        (
            "chỉ bổ sung số liệu lượt khách đến tham quan Khu di tích lịch sử Thành Cổ Quảng Trị "
            "năm 2019"
        ),
        ["TX Quảng Trị"],
    ),
    "t_han": (
        N,
        (
            "hoàn chỉnh dự thảo, gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước "
            "ngày 25/5/2020"
        ),
        ["Vĩnh Linh", "Triệu Phong", "TX Quảng Trị"],
    ),
    "t_han_hh": (
        N,
        "riêng huyện Hướng Hóa gửi trước ngày 05/6/2020",
        ["Hướng Hóa"],
    ),
    "h_gl1": (
        H,
        "rút gọn dự thảo xuống không quá 35 trang",
        ["Gio Linh"],
    ),
    "h_gl2": (
        H,
        "giảm số chỉ tiêu chủ yếu xuống không quá 20 chỉ tiêu",
        ["Gio Linh"],
    ),
    "h_gl3": (
        H,
        "chỉ chọn tối đa 3 khâu đột phá",
        ["Gio Linh"],
    ),
    "h_gl4": (
        H,
        "làm rõ kết quả phát triển các dự án điện mặt trời, điện gió ven biển",
        ["Gio Linh"],
    ),
    "h_gl5": (
        H,
        "đánh giá hiệu quả vùng cao su, hồ tiêu ở các xã gò đồi phía tây",
        ["Gio Linh"],
    ),
    "h_gl6": (
        H,
        "phối hợp với huyện Vĩnh Linh phát huy giá trị Khu di tích Đôi bờ Hiền Lương - Bến Hải",
        ["Gio Linh"],
    ),
    "h_dk1": (
        H,
        "phân tích sâu hơn nguyên nhân tỷ lệ hộ nghèo còn cao",
        ["Đakrông"],
    ),
    "h_dk2": (
        H,
        "có giải pháp giảm nghèo bền vững cho đồng bào Vân Kiều, Pa Kô",
        ["Đakrông"],
    ),
    "h_dk3": (
        H,
        (
            "bổ sung nội dung quản lý, bảo vệ rừng và phòng, chống sạt lở đất dọc Quốc lộ 9 và "
            "đường Hồ Chí Minh nhánh Tây"
        ),
        ["Đakrông"],
    ),
    "h_dk4": (
        H,
        (
            "làm rõ định hướng phát triển du lịch gắn với di tích Cầu treo Đakrông và tuyến Đường "
            "9 - Khe Sanh"
        ),
        ["Đakrông"],
    ),
    "h_han": (
        H,
        (
            "hoàn chỉnh dự thảo, gửi Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày "
            "10/6/2020"
        ),
        ["Gio Linh", "Đakrông"],
    ),
}

NOT_REQ = {
    G: [
        "Báo cáo chính trị là văn kiện trung tâm của đại hội",
        "Báo cáo gồm phần mở đầu và ba phần, cụ thể như sau:",
        "Không đưa vào báo cáo danh sách các tập thể, cá nhân được khen thưởng trong nhiệm kỳ",
        "Không cần viết phần dự báo tình hình thế giới và khu vực",
        "Không đưa chỉ tiêu về xây dựng nông thôn mới vào hệ thống chỉ tiêu của huyện Cồn Cỏ",
        (
            "Ngoài những nội dung chung nêu trên, báo cáo chính trị của một số đơn vị cần làm rõ "
            "thêm:"
        ),
        "Báo cáo chính trị dài không quá 40 trang khổ A4",
        "trước ngày 15/3/2020",
        "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy và Ban Tổ chức Tỉnh ủy",
        "Kinh phí xây dựng văn kiện do ngân sách huyện, thị xã, thành phố bảo đảm",
        "Hướng dẫn này được phổ biến đến chi bộ",
    ],
    C: [
        "Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại cuộc họp giao ban ngày 02/3/2020",
        "Quy định về phụ lục số liệu và báo cáo tóm tắt tại điểm này giữ nguyên",
        "Các nội dung khác của Hướng dẫn số 41-HD/BTGTU không thay đổi",
    ],
    N: [
        "Đồng chí Trần Đức Khang, Bí thư Tỉnh ủy chủ trì hội nghị",
        "Các dự thảo được chuẩn bị công phu",
        (
            "Đề nghị Ban Thường vụ Huyện ủy Vĩnh Linh, Hướng Hóa và Triệu Phong tiếp thu các nội "
            "dung chung sau đây:"
        ),
        "Dự thảo đề ra 24 chỉ tiêu chủ yếu, vượt quá số lượng quy định",
        (
            "Dự thảo đặt mục tiêu tốc độ tăng trưởng giá trị sản xuất bình quân 13%/năm là quá cao "
            "so với khả năng"
        ),
        "Ban Thường vụ Tỉnh ủy cơ bản thống nhất với dự thảo",
        "Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc",
        "Các huyện ủy, thành ủy còn lại (để tham khảo)",
    ],
    H: [
        (
            "dự thảo báo cáo chính trị của huyện dài 46 trang, đề ra 22 chỉ tiêu chủ yếu và 4 khâu "
            "đột phá"
        ),
        "dự thảo của huyện dài 38 trang, đề ra 18 chỉ tiêu và 3 khâu đột phá",
        "Đảng bộ huyện hiện có 36 tổ chức cơ sở đảng với gần 2.400 đảng viên",
        "đánh giá cao tinh thần chuẩn bị của hai huyện",
        "ghi nhận sự chủ động của hai huyện",
        "Cam Lộ: Tổ chức thành công đại hội điểm cấp cơ sở",
    ],
}

REQ_COMMENT = (
    "Hand-labelled requirement catalogue of the Quảng Trị (PDF) set. key = verbatim substring of "
    "one requirement (one paragraph of the PDF hướng dẫn as laid out in its source, one line of "
    "the .txt công văn, one paragraph of the .docx thông báo, one <p> of the news page); scope = "
    "gazetteer names of the units it is addressed to ([] = every district-level unit). Several "
    "keys may come from the same paragraph (the limits in III.2 a), b), c) of the hướng dẫn; the "
    "chair's remarks in the news page). Hướng dẫn 41-HD/BTGTU: general points are []; the nông "
    "thôn mới item is scoped to the 7 rural districts (Cồn Cỏ has no communes and is told not to "
    "carry a nông thôn mới target; the city and the town evaluate 'đô thị văn minh' instead, which "
    "is its own key in the same paragraph); '≤ 20 chỉ tiêu' is scoped to the 9 units other than "
    "Cồn Cỏ, and 'riêng huyện Cồn Cỏ không quá 12 chỉ tiêu' in the same sentence to Cồn Cỏ; II.4 "
    "a) is scoped to Hướng Hóa and Đakrông, b) to the 4 coastal districts, c) to Cồn Cỏ, d) to the "
    "city and the town, its second dash to TX Quảng Trị alone. The 40-page limit (III.2 a) and the "
    "15/3/2020 first-draft deadline (III.3 b) are superseded by Công văn 412-CV/BTGTU and are "
    "listed as not_requirements; the công văn's 35 trang and 10/4/2020 are the keys. Thông báo 318-"
    "TB/TU: the general points of mục 2 are addressed to Vĩnh Linh, Hướng Hóa and Triệu Phong only "
    "(TX Quảng Trị 'cơ bản thống nhất' and has one point of its own); the 25/5/2020 deadline is "
    "for the three units other than Hướng Hóa, which has 05/6/2020. News page of 20/5/2020: the "
    "chair's remarks are scoped to the district named at the start of the paragraph; Vĩnh Linh, "
    "named as partner in the Gio Linh remark, is not in scope; the 10/6/2020 deadline is for both "
    "districts. The Hải Lăng 2015 report carries no requirements. not_requirements = narration "
    "(who chaired, what a draft said), descriptions, tasks of provincial bodies, list intros, "
    "superseded values and the negated instructions ('Không đưa vào báo cáo danh sách…', 'Không "
    "cần viết phần dự báo tình hình thế giới…', 'Không đưa chỉ tiêu về xây dựng nông thôn mới… Cồn "
    "Cỏ')."
)

# file name: (district, variable in texts_drafts, half, {requirement id: label})
DRAFTS = {
    "01_huong_hoa_gan_day_du.txt": [
        "Hướng Hóa",
        "DRAFT_HUONG_HOA",
        "dev",
        {
            "g_ten": "addressed",
            "g_chude": "addressed",
            "g_modau": "addressed",
            "g_kinhte": "addressed",
            "g_ntm": "addressed",
            "g_ngheo": "addressed",
            "g_dang": "addressed",
            "g_hanche": "addressed",
            "g_baihoc": "addressed",
            "g_dubao": "addressed",
            "g_chitieu": "addressed",
            "g_dotpha": "addressed",
            "g_ctht": "addressed",
            "g_bg1": "addressed",
            "g_bg2": "addressed",
            "g_bg3": "addressed",
            "g_bg4": "missing",
            "t_covid": "addressed",
            "t_trachnhiem": "addressed",
            "t_hh1": "addressed",
            "t_hh2": "addressed",
            "t_hh3": "partly",
            "t_hh4": "addressed",
        },
    ],
    "02_trieu_phong_con_thieu.txt": [
        "Triệu Phong",
        "DRAFT_TRIEU_PHONG",
        "heldout",
        {
            "g_ten": "addressed",
            "g_chude": "missing",
            "g_modau": "addressed",
            "g_kinhte": "addressed",
            "g_ntm": "addressed",
            "g_ngheo": "addressed",
            "g_dang": "partly",
            "g_hanche": "missing",
            "g_baihoc": "partly",
            "g_dubao": "missing",
            "g_chitieu": "partly",
            "g_dotpha": "addressed",
            "g_ctht": "missing",
            "g_vb1": "addressed",
            "g_vb2": "missing",
            "t_covid": "missing",
            "t_trachnhiem": "missing",
            "t_tp1": "partly",
            "t_tp2": "missing",
            "t_tp3": "missing",
            "t_tp4": "missing",
        },
    ],
    "03_dakrong_dien_dat_khac.txt": [
        "Đakrông",
        "DRAFT_DAKRONG",
        "dev",
        {
            "g_ten": "addressed",
            "g_chude": "addressed",
            "g_modau": "addressed",
            "g_kinhte": "addressed",
            "g_ntm": "addressed",
            "g_ngheo": "addressed",
            "g_dang": "partly",
            "g_hanche": "addressed",
            "g_baihoc": "addressed",
            "g_dubao": "addressed",
            "g_chitieu": "addressed",
            "g_dotpha": "addressed",
            "g_ctht": "addressed",
            "g_bg1": "addressed",
            "g_bg2": "addressed",
            "g_bg3": "addressed",
            "g_bg4": "addressed",
            "h_dk1": "addressed",
            "h_dk2": "addressed",
            "h_dk3": "addressed",
            "h_dk4": "addressed",
        },
    ],
}

DRAFT_COMMENT = (
    "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of "
    "one requirement that applies to the draft's unit). Only content requirements that can be "
    "judged from a draft's text are labelled: 13 general ones of the hướng dẫn (title, theme ≤ 45 "
    "chữ, opening, economy, nông thôn mới, poverty, party building, shortcomings with subjective "
    "causes, ≤ 4 lessons, domestic forecast, ≤ 20 indicators in three groups, ≤ 3 breakthroughs, "
    "action programme) plus the items scoped to the draft's own unit (hướng dẫn II.4, the thông "
    "báo's general points and section, or the news page's remarks). Process and format "
    "requirements (deadlines, consultation, page counts, data cut-off, statistics office check, "
    "asking the border guard) are not labelled. addressed = the substance is stated in any words "
    "('Phương châm của Đại hội' for the theme, 'Những điều đúc kết … ba điều' for lessons, 'Mười "
    "tám con số cần đạt, gom vào ba cụm' for the indicator system, 'Hai việc phải đi trước một "
    "bước' for breakthroughs, 'dịch viêm phổi cấp do chủng vi rút corona mới' for Covid-19, 'Bru - "
    "Vân Kiều và Tà Ôi' for Vân Kiều, Pa Kô, 'chất gây nghiện / hàng cấm qua biên / đưa người qua "
    "biên giới trái phép để bán' for drugs, smuggling, trafficking, 'trượt đất, lũ ống' for sạt "
    "lở, lũ quét, 'cây cầu treo lịch sử bắc qua dòng Đakrông' for Cầu treo Đakrông); partly = one "
    "part of a multi-part requirement (party admissions without the share of organisations rated "
    "good; wind-farm capacity without its effect on livelihoods, forest land and roads; the "
    "economic zone named without assessing progress or land clearance) or a count outside the "
    "limit (5 lessons for 'không quá 4', 22 indicators for 'không quá 20'); missing = not stated, "
    "including shortcomings given only with objective causes, 'dịch bệnh trên đàn gia súc' for "
    "Covid-19, sông Thạch Hãn mentioned only for sand mining, a 100% nông thôn mới target without "
    "any lộ trình, and a growth target left at 13%/năm."
)

# (shape, half, question, gold, expect, forbid, unanswerable)
Q = [
    (
        "narrow",
        "dev",
        (
            "Báo cáo chính trị trình đại hội đảng bộ huyện nhiệm kỳ 2020 - 2025 ở Quảng Trị được "
            "viết tối đa bao nhiêu trang?"
        ),
        [
            (
                "dài không quá 35 trang khổ A4 (không kể phụ lục), thay cho quy định tại điểm a "
                "khoản 2 mục III"
            ),
        ],
        ["35 trang"],
        ["40 trang"],
        False,
    ),
    (
        "narrow",
        "heldout",
        (
            "Theo Hướng dẫn số 41-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy về nội dung, hình thức báo "
            "cáo chính trị trình đại hội đảng bộ huyện, thị xã, thành phố nhiệm kỳ 2020 - 2025, "
            "phụ lục số liệu kèm theo báo cáo được dài bao nhiêu trang?"
        ),
        ["phụ lục số liệu kèm theo báo cáo không quá 12 trang"],
        ["12 trang"],
        ["40 trang", "35 trang", "10 trang"],
        False,
    ),
    (
        "narrow",
        "dev",
        (
            "Bản báo cáo tóm tắt đọc tại đại hội huyện được tối đa mấy trang và trình bày trong "
            "bao nhiêu phút?"
        ),
        [
            "báo cáo tóm tắt trình bày tại đại hội không quá 10 trang",
            "thời gian trình bày không quá 30 phút",
        ],
        ["10 trang", "30 phút"],
        ["12 trang"],
        False,
    ),
    (
        "narrow",
        "heldout",
        (
            "Theo hướng dẫn 41 của Ban Tuyên giáo, chủ đề đại hội đảng bộ huyện được viết dài bao "
            "nhiêu chữ?"
        ),
        ["Chủ đề đại hội dài không quá 45 chữ"],
        ["45 chữ"],
        ["20 chỉ tiêu"],
        False,
    ),
    (
        "narrow",
        "dev",
        (
            "Hệ thống chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 của một huyện được đề ra nhiều nhất "
            "bao nhiêu chỉ tiêu?"
        ),
        [
            (
                "Hệ thống chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 không quá 20 chỉ tiêu, chia thành "
                "ba nhóm"
            ),
        ],
        ["20 chỉ tiêu"],
        ["24 chỉ tiêu", "22 chỉ tiêu"],
        False,
    ),
    (
        "narrow",
        "heldout",
        (
            "How many main targets may the island district of Con Co set in its 2020-2025 "
            "political report?"
        ),
        ["riêng huyện Cồn Cỏ không quá 12 chỉ tiêu"],
        ["12"],
        [],
        False,
    ),
    (
        "narrow",
        "dev",
        (
            "Báo cáo chính trị của huyện đảo Cồn Cỏ có phải đưa chỉ tiêu xây dựng nông thôn mới "
            "không?"
        ),
        [
            "Không đưa chỉ tiêu về xây dựng nông thôn mới vào hệ thống chỉ tiêu của huyện Cồn Cỏ",
        ],
        ["không"],
        ["số xã đạt chuẩn nông thôn mới"],
        False,
    ),
    (
        "narrow",
        "heldout",
        "bao cao chinh tri duoc rut ra toi da bao nhieu bai hoc kinh nghiem va may khau dot pha",
        ["Rút ra không quá 4 bài học kinh nghiệm; xác định không quá 3 khâu đột phá"],
        ["4 bài học", "3 khâu"],
        ["4 khâu"],
        False,
    ),
    (
        "narrow",
        "dev",
        (
            "Phần phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2020 - 2025 chiếm khoảng bao nhiêu "
            "phần trăm dung lượng báo cáo?"
        ),
        ["(chiếm khoảng 50% dung lượng báo cáo)"],
        ["50%"],
        ["35%", "15%"],
        False,
    ),
    (
        "narrow",
        "heldout",
        (
            "Hạn chót gửi dự thảo báo cáo chính trị lần thứ nhất về Ban Thường vụ Tỉnh ủy là ngày "
            "nào?"
        ),
        ["là trước ngày 10/4/2020, thay cho quy định tại điểm b khoản 3 mục III"],
        ["10/4/2020"],
        ["15/3/2020"],
        False,
    ),
    (
        "narrow",
        "dev",
        "han gui de cuong bao cao chinh tri ve ban tuyen giao tinh uy la ngay nao",
        ["gửi đề cương báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy trước ngày 20/12/2019"],
        ["20/12/2019"],
        ["10/4/2020"],
        False,
    ),
    (
        "narrow",
        "heldout",
        (
            "Dự thảo hoàn chỉnh báo cáo chính trị phải gửi về Ban Tuyên giáo trước ngày khai mạc "
            "đại hội ít nhất bao lâu?"
        ),
        ["chậm nhất 25 ngày trước ngày khai mạc đại hội"],
        ["25 ngày"],
        ["25/5/2020"],
        False,
    ),
    (
        "narrow",
        "dev",
        "What is the cut-off date for the figures used in the district political reports?",
        ["Số liệu đánh giá tính đến ngày 30/6/2020, có ước thực hiện đến hết năm 2020"],
        ["30/6/2020"],
        ["20/12/2019"],
        False,
    ),
    (
        "narrow",
        "heldout",
        (
            "Có được đưa danh sách tập thể, cá nhân được khen thưởng trong nhiệm kỳ vào báo cáo "
            "chính trị không?"
        ),
        [
            "Không đưa vào báo cáo danh sách các tập thể, cá nhân được khen thưởng trong nhiệm kỳ",
        ],
        ["không"],
        [],
        False,
    ),
    (
        "narrow",
        "dev",
        (
            "Phần dự báo tình hình trong nước và của tỉnh trong báo cáo chính trị viết dài tối đa "
            "mấy trang?"
        ),
        [
            (
                "Dự báo ngắn gọn tình hình trong nước, của tỉnh và địa phương có tác động đến "
                "nhiệm kỳ, viết không quá 2 trang"
            ),
        ],
        ["2 trang"],
        ["không quá một trang"],
        False,
    ),
    (
        "narrow",
        "heldout",
        (
            "Phần dự báo tình hình thế giới và khu vực trong báo cáo chính trị huyện được viết tối "
            "đa mấy trang?"
        ),
        [],
        [],
        ["không quá 2 trang"],
        True,
    ),
    (
        "narrow",
        "dev",
        (
            "Tỉnh Quảng Bình quy định báo cáo chính trị cấp huyện nhiệm kỳ 2020 - 2025 dài tối đa "
            "bao nhiêu trang?"
        ),
        [],
        [],
        ["35 trang", "40 trang"],
        True,
    ),
    (
        "narrow",
        "heldout",
        (
            "Theo thông báo kết luận gửi Vĩnh Linh, Hướng Hóa, Triệu Phong và thị xã Quảng Trị thì "
            "dự thảo của Triệu Phong đặt mục tiêu tăng trưởng bao nhiêu và tỉnh yêu cầu sửa thế "
            "nào?"
        ),
        [
            (
                "Dự thảo đặt mục tiêu tốc độ tăng trưởng giá trị sản xuất bình quân 13%/năm là quá "
                "cao so với khả năng; đề nghị tính toán lại cho phù hợp"
            ),
        ],
        ["13%", "tính toán lại"],
        ["11 - 12%"],
        False,
    ),
    (
        "narrow",
        "dev",
        (
            "Nhiệm kỳ 2010 - 2015, tỷ lệ hộ nghèo của huyện Hải Lăng giảm từ bao nhiêu xuống còn "
            "bao nhiêu?"
        ),
        ["Tỷ lệ hộ nghèo giảm từ 19,8% năm 2010 xuống còn 8,7% năm 2015"],
        ["19,8%", "8,7%"],
        ["28,6%"],
        False,
    ),
    (
        "narrow",
        "heldout",
        (
            "muc tieu toc do tang truong gia tri san xuat cua huyen hai lang nhiem ky 2015 - 2020 "
            "la bao nhieu"
        ),
        ["Tốc độ tăng trưởng giá trị sản xuất bình quân 12 - 13%/năm"],
        ["12 - 13%"],
        ["12,6%", "13 - 14%"],
        False,
    ),
    (
        "narrow",
        "dev",
        (
            "Dự thảo báo cáo chính trị của Gio Linh đặt chỉ tiêu thu ngân sách nhà nước trên địa "
            "bàn đến năm 2025 là bao nhiêu?"
        ),
        [],
        [],
        ["11 - 12%"],
        True,
    ),
    (
        "narrow",
        "heldout",
        (
            "How many official delegates will attend the 2020-2025 congress of the Dakrong "
            "district party organisation?"
        ),
        [],
        [],
        ["2.400", "36 tổ chức cơ sở đảng"],
        True,
    ),
    (
        "narrow",
        "heldout",
        "Dự thảo của Gio Linh trình Thường trực Tỉnh ủy dài bao nhiêu trang, đề ra mấy chỉ tiêu?",
        [
            (
                "dự thảo báo cáo chính trị của huyện dài 46 trang, đề ra 22 chỉ tiêu chủ yếu và 4 "
                "khâu đột phá"
            ),
        ],
        ["46 trang", "22 chỉ tiêu"],
        ["38 trang", "18 chỉ tiêu"],
        False,
    ),
    (
        "narrow",
        "dev",
        (
            "Theo Thông báo kết luận 318-TB/TU, dự thảo của Vĩnh Linh đề ra bao nhiêu chỉ tiêu và "
            "phải sửa thế nào?"
        ),
        [
            (
                "Dự thảo đề ra 24 chỉ tiêu chủ yếu, vượt quá số lượng quy định; đề nghị rà soát, "
                "lược bỏ các chỉ tiêu trùng lặp hoặc khó đo lường"
            ),
        ],
        ["24 chỉ tiêu", "lược bỏ"],
        ["22 chỉ tiêu"],
        False,
    ),
    (
        "broad",
        "dev",
        (
            "Báo cáo chính trị của huyện Hướng Hóa cần bổ sung, làm rõ những gì theo kết luận của "
            "Ban Thường vụ Tỉnh ủy?"
        ),
        [
            "Bổ sung đánh giá tác động của dịch bệnh Covid-19",
            "Phần hạn chế, yếu kém phải gắn với trách nhiệm của cấp ủy, người đứng đầu",
            (
                "Bổ sung đánh giá kết quả xây dựng, phát triển Khu kinh tế - thương mại đặc biệt "
                "Lao Bảo"
            ),
            (
                "Làm rõ tình hình, kết quả đấu tranh với tội phạm ma túy trên tuyến biên giới Việt "
                "Nam - Lào"
            ),
            "Phân tích hiệu quả và tác động của các dự án điện gió",
            "xây dựng thương hiệu cà phê Khe Sanh",
            "cần lấy ý kiến của Bộ Chỉ huy Bộ đội Biên phòng tỉnh trước khi hoàn chỉnh",
        ],
        ["Covid-19", "Lao Bảo", "ma túy", "điện gió", "cà phê", "Biên phòng"],
        ["Cửa Tùng", "Cầu treo Đakrông"],
        False,
    ),
    (
        "broad",
        "heldout",
        "Dự thảo của Vĩnh Linh bị góp ý những điểm nào?",
        [
            "Bổ sung đánh giá tác động của dịch bệnh Covid-19",
            "Phần hạn chế, yếu kém phải gắn với trách nhiệm của cấp ủy, người đứng đầu",
            "rà soát, lược bỏ các chỉ tiêu trùng lặp hoặc khó đo lường",
            "Làm rõ định hướng đầu tư Cảng cá Cửa Tùng và khu neo đậu tránh trú bão cho tàu cá",
            "Bổ sung đánh giá tình trạng xói lở bờ biển khu vực Vĩnh Thái, Vĩnh Kim",
            "Khu di tích Địa đạo Vịnh Mốc",
        ],
        ["Covid-19", "chỉ tiêu", "Cửa Tùng", "xói lở", "Vịnh Mốc"],
        ["điện mặt trời", "Thạch Hãn"],
        False,
    ),
    (
        "broad",
        "dev",
        "Huyện Gio Linh phải hoàn chỉnh dự thảo báo cáo chính trị ở những điểm nào?",
        [
            "rút gọn dự thảo xuống không quá 35 trang",
            "giảm số chỉ tiêu chủ yếu xuống không quá 20 chỉ tiêu",
            "chỉ chọn tối đa 3 khâu đột phá",
            "làm rõ kết quả phát triển các dự án điện mặt trời, điện gió ven biển",
            "đánh giá hiệu quả vùng cao su, hồ tiêu ở các xã gò đồi phía tây",
            (
                "phối hợp với huyện Vĩnh Linh phát huy giá trị Khu di tích Đôi bờ Hiền Lương - Bến "
                "Hải"
            ),
        ],
        ["35 trang", "20 chỉ tiêu", "3 khâu", "điện mặt trời", "cao su", "Hiền Lương"],
        ["Vân Kiều", "Cửa Tùng"],
        False,
    ),
    (
        "broad",
        "heldout",
        (
            "Thường trực Tỉnh ủy yêu cầu huyện Đakrông bổ sung những nội dung gì vào dự thảo báo "
            "cáo chính trị?"
        ),
        [
            "phân tích sâu hơn nguyên nhân tỷ lệ hộ nghèo còn cao",
            "có giải pháp giảm nghèo bền vững cho đồng bào Vân Kiều, Pa Kô",
            (
                "bổ sung nội dung quản lý, bảo vệ rừng và phòng, chống sạt lở đất dọc Quốc lộ 9 và "
                "đường Hồ Chí Minh nhánh Tây"
            ),
            (
                "làm rõ định hướng phát triển du lịch gắn với di tích Cầu treo Đakrông và tuyến "
                "Đường 9 - Khe Sanh"
            ),
        ],
        ["hộ nghèo", "Vân Kiều, Pa Kô", "sạt lở", "Cầu treo Đakrông"],
        ["điện mặt trời", "Hiền Lương"],
        False,
    ),
    (
        "broad",
        "dev",
        "Triệu Phong cần sửa dự thảo báo cáo chính trị những gì?",
        [
            "Bổ sung đánh giá tác động của dịch bệnh Covid-19",
            "Phần hạn chế, yếu kém phải gắn với trách nhiệm của cấp ủy, người đứng đầu",
            (
                "Đánh giá thực chất tiến độ các dự án thuộc Khu kinh tế Đông Nam Quảng Trị trên "
                "địa bàn huyện"
            ),
            "đề nghị tính toán lại cho phù hợp",
            "Xây dựng lộ trình cụ thể để huyện đạt chuẩn huyện nông thôn mới trước năm 2025",
            "Bổ sung giải pháp phòng, chống lũ lụt cho các xã vùng hạ lưu sông Thạch Hãn",
        ],
        ["Covid-19", "Khu kinh tế Đông Nam", "13%", "nông thôn mới", "Thạch Hãn"],
        ["Thành Cổ", "Lao Bảo"],
        False,
    ),
    (
        "broad",
        "heldout",
        (
            "Báo cáo chính trị của thị xã Quảng Trị cần đề cập thêm những gì theo ý kiến của Ban "
            "Thường vụ Tỉnh ủy?"
        ),
        [
            "Ban Thường vụ Tỉnh ủy cơ bản thống nhất với dự thảo",
            (
                "chỉ bổ sung số liệu lượt khách đến tham quan Khu di tích lịch sử Thành Cổ Quảng "
                "Trị năm 2019"
            ),
        ],
        ["cơ bản thống nhất", "Thành Cổ"],
        ["Covid-19", "Thạch Hãn"],
        False,
    ),
    (
        "broad",
        "dev",
        "bao cao chinh tri cua huyen dao con co can tap trung vao nhung noi dung rieng nao",
        [
            (
                "Tập trung vào nhiệm vụ bảo vệ chủ quyền biển, đảo; xây dựng Cồn Cỏ thành trung "
                "tâm dịch vụ hậu cần nghề cá và du lịch biển đảo"
            ),
            "Không đưa chỉ tiêu về xây dựng nông thôn mới vào hệ thống chỉ tiêu của huyện Cồn Cỏ",
            "riêng huyện Cồn Cỏ không quá 12 chỉ tiêu",
        ],
        ["chủ quyền biển, đảo", "hậu cần nghề cá", "nông thôn mới", "12 chỉ tiêu"],
        ["Lao Bảo", "Vân Kiều"],
        False,
    ),
    (
        "broad",
        "heldout",
        (
            "Thường trực Tỉnh ủy và Ban Thường vụ Tỉnh ủy đã góp ý riêng những gì cho dự thảo báo "
            "cáo chính trị của huyện Cam Lộ?"
        ),
        [],
        [],
        ["đại hội điểm", "Cửa Tùng", "Lao Bảo"],
        True,
    ),
    (
        "which",
        "dev",
        (
            "Những huyện nào phải có nội dung riêng về quản lý, bảo vệ biên giới Việt Nam - Lào "
            "trong báo cáo chính trị?"
        ),
        [
            "a) Huyện Hướng Hóa và huyện Đakrông (các huyện miền núi, biên giới):",
            "quản lý, bảo vệ đường biên giới, hệ thống mốc quốc giới Việt Nam - Lào",
        ],
        ["Hướng Hóa", "Đakrông"],
        ["Vĩnh Linh", "Gio Linh"],
        False,
    ),
    (
        "which",
        "heldout",
        "Những huyện ven biển nào phải đánh giá kinh tế biển và công tác chống xói lở bờ biển?",
        [
            "b) Các huyện ven biển Vĩnh Linh, Gio Linh, Triệu Phong, Hải Lăng:",
            "Đánh giá kết quả phát triển kinh tế biển, khai thác hải sản xa bờ",
            "chống xói lở bờ biển",
        ],
        ["Vĩnh Linh", "Gio Linh", "Triệu Phong", "Hải Lăng"],
        ["Đakrông", "Cam Lộ"],
        False,
    ),
    (
        "which",
        "dev",
        (
            "Theo Thông báo kết luận 318-TB/TU, đơn vị nào được gửi lại dự thảo muộn hơn các đơn "
            "vị khác và đến ngày nào?"
        ),
        ["riêng huyện Hướng Hóa gửi trước ngày 05/6/2020"],
        ["Hướng Hóa", "05/6/2020"],
        ["10/6/2020"],
        False,
    ),
    (
        "which",
        "heldout",
        (
            "Những đơn vị nào phải bổ sung đánh giá tác động của dịch Covid-19 vào dự thảo theo "
            "kết luận của Ban Thường vụ Tỉnh ủy?"
        ),
        [
            (
                "Đề nghị Ban Thường vụ Huyện ủy Vĩnh Linh, Hướng Hóa và Triệu Phong tiếp thu các "
                "nội dung chung sau đây:"
            ),
            "Bổ sung đánh giá tác động của dịch bệnh Covid-19",
        ],
        ["Vĩnh Linh", "Hướng Hóa", "Triệu Phong"],
        ["Gio Linh", "Đakrông"],
        False,
    ),
    (
        "which",
        "dev",
        "Những huyện nào bị yêu cầu giảm bớt số chỉ tiêu chủ yếu trong dự thảo báo cáo chính trị?",
        [
            (
                "Dự thảo đề ra 24 chỉ tiêu chủ yếu, vượt quá số lượng quy định; đề nghị rà soát, "
                "lược bỏ các chỉ tiêu trùng lặp"
            ),
            "giảm số chỉ tiêu chủ yếu xuống không quá 20 chỉ tiêu",
        ],
        ["Vĩnh Linh", "Gio Linh"],
        ["Đakrông"],
        False,
    ),
    (
        "which",
        "heldout",
        "Những huyện nào được Tỉnh ủy chọn tổ chức đại hội điểm cấp huyện nhiệm kỳ 2020 - 2025?",
        [],
        [],
        ["Cam Lộ"],
        True,
    ),
    (
        "when",
        "dev",
        (
            "Thường trực Tỉnh ủy làm việc với Gio Linh và Đakrông về dự thảo báo cáo chính trị vào "
            "ngày nào?"
        ),
        [
            (
                "Chiều 20/5, đồng chí Hoàng Xuân Thịnh, Phó Bí thư Thường trực Tỉnh ủy chủ trì "
                "buổi làm việc"
            ),
        ],
        ["20/5"],
        ["21/05/2020"],
        False,
    ),
    (
        "when",
        "heldout",
        (
            "Ban Thường vụ Tỉnh ủy họp cho ý kiến dự thảo của Vĩnh Linh, Hướng Hóa, Triệu Phong và "
            "thị xã Quảng Trị vào ngày nào?"
        ),
        ["Ngày 05/5/2020, Ban Thường vụ Tỉnh ủy họp cho ý kiến"],
        ["05/5/2020"],
        ["08 tháng 5"],
        False,
    ),
    (
        "when",
        "dev",
        "Gio Linh và Đakrông phải gửi lại dự thảo đã hoàn chỉnh trước ngày nào?",
        [
            (
                "hoàn chỉnh dự thảo, gửi Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước "
                "ngày 10/6/2020"
            ),
        ],
        ["10/6/2020"],
        ["25/5/2020", "05/6/2020"],
        False,
    ),
    (
        "when",
        "heldout",
        "Hướng dẫn 41-HD/BTGTU về báo cáo chính trị cấp huyện được ban hành ngày nào?",
        ["Đông Hà, ngày 12 tháng 11 năm 2019"],
        ["12 tháng 11 năm 2019"],
        ["06 tháng 3 năm 2020"],
        False,
    ),
    (
        "when",
        "heldout",
        "Thông báo kết luận 318-TB/TU được ban hành ngày nào?",
        ["Đông Hà, ngày 08 tháng 5 năm 2020"],
        ["08 tháng 5 năm 2020"],
        ["05/5/2020"],
        False,
    ),
    (
        "when",
        "dev",
        "Đại hội Đảng bộ huyện Hướng Hóa nhiệm kỳ 2020 - 2025 khai mạc vào ngày nào?",
        [],
        [],
        ["05/6/2020", "25/5/2020"],
        True,
    ),
    (
        "who",
        "dev",
        "Ai chủ trì buổi làm việc của Thường trực Tỉnh ủy với Gio Linh và Đakrông?",
        ["đồng chí Hoàng Xuân Thịnh, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc"],
        ["Hoàng Xuân Thịnh"],
        ["Trần Đức Khang"],
        False,
    ),
    (
        "who",
        "heldout",
        "Ai ký Hướng dẫn số 41-HD/BTGTU về báo cáo chính trị cấp huyện?",
        ["Nguyễn Thị Thu Hà"],
        ["Nguyễn Thị Thu Hà"],
        ["Đoàn Minh Tâm"],
        False,
    ),
    (
        "who",
        "heldout",
        (
            "Who signed the official letter 412-CV/BTGTU that amended the guidance on district "
            "political reports?"
        ),
        ["Đoàn Minh Tâm"],
        ["Đoàn Minh Tâm"],
        ["Nguyễn Thị Thu Hà"],
        False,
    ),
    (
        "who",
        "dev",
        (
            "Hội nghị Ban Thường vụ Tỉnh ủy ngày 05/5/2020 cho ý kiến dự thảo báo cáo chính trị do "
            "ai chủ trì?"
        ),
        ["Đồng chí Trần Đức Khang, Bí thư Tỉnh ủy chủ trì hội nghị"],
        ["Trần Đức Khang"],
        ["Hoàng Xuân Thịnh"],
        False,
    ),
    (
        "who",
        "heldout",
        "Ai báo cáo dự thảo của huyện Đakrông tại buổi làm việc với Thường trực Tỉnh ủy?",
        ["Theo đồng chí Hồ Thị Xuân, Phó Bí thư Thường trực Huyện ủy Đakrông"],
        ["Hồ Thị Xuân"],
        ["Lê Văn Bình"],
        False,
    ),
    (
        "who",
        "dev",
        (
            "Đồng chí nào trình bày tóm tắt dự thảo báo cáo chính trị của huyện Triệu Phong tại "
            "hội nghị Ban Thường vụ Tỉnh ủy?"
        ),
        [],
        [],
        ["Hồ Thị Xuân", "Lê Văn Bình"],
        True,
    ),
    (
        "meta",
        "dev",
        (
            "Văn bản nào đã sửa đổi quy định về số trang của báo cáo chính trị trong Hướng dẫn số "
            "41-HD/BTGTU?"
        ),
        ["Số 412-CV/BTGTU"],
        ["412-CV/BTGTU"],
        ["318-TB/TU"],
        False,
    ),
    (
        "meta",
        "heldout",
        "Trong các tài liệu có báo cáo chính trị nhiệm kỳ trước của huyện nào không?",
        [
            (
                "CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN HẢI LĂNG KHÓA XIX TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ "
                "HUYỆN LẦN THỨ XX, NHIỆM KỲ 2015 - 2020"
            ),
        ],
        ["Hải Lăng", "2015 - 2020"],
        [],
        False,
    ),
]
