"""Hand-written data of the Hà Tĩnh set: gazetteer, requirement catalogue, questions, draft labels.

Imported by make_set.py (which writes the JSON / JSONL / TXT files) and by check_set.py.
"""

from __future__ import annotations

A1_KEY = "guidance/thuong-truc-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-huong-son-duc-tho.txt"
A2_KEY = "guidance/bi-thu-tinh-uy-lam-viec-voi-cam-xuyen-thach-ha-thi-xa-ky-anh-ve-du-thao-bao-cao-chinh-tri.txt"
A3_KEY = "guidance/huong-son-nghi-xuan-tiep-tuc-hoan-thien-du-thao-bao-cao-chinh-tri.txt"
BB_KEY = "guidance/bien-ban-112-BB-TU-hoi-nghi-ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri.docx"
MD_KEY = "guidance/tom-tat-thoi-han-va-dung-luong-bao-cao-chinh-tri-cap-huyen.md"
DOC_KEYS = (A1_KEY, A2_KEY, A3_KEY, BB_KEY, MD_KEY)

# -----------------------------------------------------------------------------------------------------
# Gazetteer: the 13 district-level units of Hà Tĩnh (2024): 1 city, 2 towns, 10 districts.
# -----------------------------------------------------------------------------------------------------
GAZETTEER = {
    "_comment": "District-level units (cấp huyện) of Hà Tĩnh province as of 2024: 1 thành phố, 2 thị xã, 10 huyện. "
                "aliases = forms that name the unit alone in running text. The bare 'Hà Tĩnh' is the province and "
                "is not an alias. The bare 'Kỳ Anh' names both thị xã Kỳ Anh and huyện Kỳ Anh and is left out of "
                "both (in the minutes' list '… Cẩm Xuyên, Kỳ Anh và thị xã Kỳ Anh' the bare form is the huyện). "
                "The bare 'Hồng Lĩnh' is kept for the thị xã although 'núi Hồng Lĩnh' is also a mountain range.",
    "units": [
        {"name": "TP Hà Tĩnh", "kind": "thành phố",
         "aliases": ["TP Hà Tĩnh", "TP. Hà Tĩnh", "thành phố Hà Tĩnh"]},
        {"name": "TX Hồng Lĩnh", "kind": "thị xã",
         "aliases": ["TX Hồng Lĩnh", "TX. Hồng Lĩnh", "thị xã Hồng Lĩnh", "Hồng Lĩnh"]},
        {"name": "TX Kỳ Anh", "kind": "thị xã",
         "aliases": ["TX Kỳ Anh", "TX. Kỳ Anh", "thị xã Kỳ Anh"]},
        {"name": "Cẩm Xuyên", "kind": "huyện", "aliases": ["Cẩm Xuyên", "huyện Cẩm Xuyên"]},
        {"name": "Can Lộc", "kind": "huyện", "aliases": ["Can Lộc", "huyện Can Lộc"]},
        {"name": "Đức Thọ", "kind": "huyện", "aliases": ["Đức Thọ", "huyện Đức Thọ"]},
        {"name": "Hương Khê", "kind": "huyện", "aliases": ["Hương Khê", "huyện Hương Khê"]},
        {"name": "Hương Sơn", "kind": "huyện", "aliases": ["Hương Sơn", "huyện Hương Sơn"]},
        {"name": "Kỳ Anh", "kind": "huyện", "aliases": ["huyện Kỳ Anh"]},
        {"name": "Lộc Hà", "kind": "huyện", "aliases": ["Lộc Hà", "huyện Lộc Hà"]},
        {"name": "Nghi Xuân", "kind": "huyện", "aliases": ["Nghi Xuân", "huyện Nghi Xuân"]},
        {"name": "Thạch Hà", "kind": "huyện", "aliases": ["Thạch Hà", "huyện Thạch Hà"]},
        {"name": "Vũ Quang", "kind": "huyện", "aliases": ["Vũ Quang", "huyện Vũ Quang"]},
    ],
}

HS, DT, CX, TH, TXKA, KA = "Hương Sơn", "Đức Thọ", "Cẩm Xuyên", "Thạch Hà", "TX Kỳ Anh", "Kỳ Anh"
NX, TP, HL, LH, HK, VQ, CL = "Nghi Xuân", "TP Hà Tĩnh", "TX Hồng Lĩnh", "Lộc Hà", "Hương Khê", "Vũ Quang", "Can Lộc"
M1 = [HS, DT]           # session of 14/10/2024
M2 = [CX, TH, TXKA]     # session of 06/11/2024
M3 = [HS, NX]           # session of 08/01/2025
COAST = [NX, LH, TH, CX, KA, TXKA]
BORDER = [HS, HK, VQ]


def R(key, scope=()):
    return {"key": key, "scope": list(scope)}


# -----------------------------------------------------------------------------------------------------
# Requirement catalogue
# -----------------------------------------------------------------------------------------------------
A1_REQS = [
    # the chair's general points: addressed to the two districts of the session
    R("Phải nói được nhiệm kỳ qua đã làm được gì, chưa làm được gì, vì sao chưa làm được", M1),
    R("cập nhật số liệu đến ngày 30/9/2024 và ước thực hiện cả năm 2025", M1),
    R("bảo đảm thống nhất với số liệu của ngành thống kê", M1),
    R("gọi đúng tên những chỉ tiêu không đạt, phân tích nguyên nhân chủ quan là chủ yếu", M1),
    R("gắn với trách nhiệm của tập thể ban thường vụ và người đứng đầu", M1),
    R("Bài học kinh nghiệm chỉ nên từ ba đến năm bài học", M1),
    R("các chỉ tiêu phải có cơ sở tính toán, vừa thể hiện quyết tâm, vừa khả thi", M1),
    R("số chỉ tiêu chủ yếu nên ở mức 18 - 20 chỉ tiêu", M1),
    R("Khâu đột phá chỉ chọn từ hai đến ba", M1),
    # Hương Sơn ("Huyện cũng cần …" does not repeat the name)
    R("rút gọn dự thảo xuống không quá hai mươi lăm trang", [HS]),
    R("tính toán lại chỉ tiêu tăng trưởng kinh tế cho phù hợp với thực tế", [HS]),
    R("đánh giá sâu hơn thực trạng Khu kinh tế cửa khẩu quốc tế Cầu Treo, chỉ rõ vì sao lượng hàng hóa xuất "
      "nhập khẩu qua cửa khẩu còn thấp", [HS]),
    R("Khâu đột phá về Cầu Treo cần cân nhắc lại", [HS]),
    R("phát triển nghề nuôi hươu lấy nhung theo chuỗi giá trị, gắn với xây dựng và bảo vệ chỉ dẫn địa lý", [HS]),
    R("làm rõ kết quả quản lý, bảo vệ rừng", [HS]),
    R("quốc phòng, an ninh trên tuyến biên giới Việt - Lào", [HS]),
    R("phát huy giá trị di sản Đại danh y Hải Thượng Lãn Ông Lê Hữu Trác gắn với phát triển du lịch", [HS]),
    # Đức Thọ (the follow-on paragraph "Ở lĩnh vực văn hóa - xã hội, dự thảo cần …" does not repeat the name)
    R("phân tích rõ hơn nguyên nhân một số xã sau sáp nhập chưa phát huy được lợi thế", [DT]),
    R("việc xử lý trụ sở, tài sản công dôi dư còn chậm", [DT]),
    R("định hướng phát triển nông nghiệp hàng hóa ở vùng bãi ven sông La", [DT]),
    R("giải pháp khai thác lợi thế của tuyến cao tốc Bắc - Nam qua địa bàn", [DT]),
    R("phát huy giá trị Khu lưu niệm Tổng Bí thư Trần Phú và truyền thống hiếu học", [DT]),
    # closing
    R("gửi về Thường trực Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 30/11/2024", M1),
]
A1_NOT = [
    "Phó Bí thư Thường trực Tỉnh ủy Đặng Quốc Thịnh chủ trì buổi làm việc",
    "dự thảo báo cáo chính trị của huyện được Tiểu ban Văn kiện xây dựng từ tháng 5/2024",
    "Dự thảo dày 34 trang, gồm 3 phần, đề xuất 22 chỉ tiêu chủ yếu và 4 khâu đột phá",
    "Điểm mới của dự thảo là dành một mục riêng đánh giá tình hình sau sắp xếp đơn vị hành chính cấp xã",
    "phía đông giáp thị xã Hồng Lĩnh và huyện Can Lộc, phía nam giáp huyện Vũ Quang",
    "Một số ý kiến cho rằng phần đánh giá kết quả còn nặng về liệt kê số liệu theo từng năm",
    "Đại diện Sở Kế hoạch và Đầu tư cho rằng chỉ tiêu tăng trưởng bình quân 11 - 12%/năm",
    "ghi nhận sự chuẩn bị nghiêm túc, công phu của Ban Thường vụ hai huyện ủy",
    "các dự thảo đã bám sát Kế hoạch số 38-KH/TU",
    "Báo cáo chính trị không phải là bản báo cáo tổng kết năm phóng to",
    "Báo cáo không nhất thiết phải trình bày lại toàn bộ các nhiệm vụ đã nêu trong nghị quyết chuyên đề của Tỉnh ủy",
    "Dự thảo của Đức Thọ được đánh giá có bố cục gọn, cách đặt vấn đề mới",
    "mục đánh giá sau sắp xếp đơn vị hành chính là cách làm mà các địa phương khác có thể tham khảo",
    "Phần quốc phòng, an ninh không cần nêu lại số liệu huấn luyện dân quân tự vệ của từng năm",
    "Thường trực Tỉnh ủy nghe Ban Thường vụ Huyện ủy Vũ Quang báo cáo tiến độ chuẩn bị văn kiện",
    "Báo Hà Tĩnh > Chính trị > Xây dựng Đảng",
    "Thứ Ba, 15/10/2024 - 06:45",
    "Thu Hà - Quang Đức",
    "Chia sẻ: Facebook | Zalo | In bài",
    "Hương Sơn đẩy mạnh thu hút đầu tư vào Khu kinh tế cửa khẩu quốc tế Cầu Treo",
    "Can Lộc hoàn thành đề cương báo cáo chính trị nhiệm kỳ 2025 - 2030",
    "Địa chỉ: 128 đường Hà Huy Tập, thành phố Hà Tĩnh",
]

A2_REQS = [
    R("bảo đảm sự thống nhất giữa báo cáo chính trị với Quy hoạch tỉnh Hà Tĩnh thời kỳ 2021 - 2030", M2),
    R("tổng số chỉ tiêu chủ yếu không quá 20 chỉ tiêu", M2),
    R("Chọn khâu đột phá phải trả lời được hai câu hỏi: đột phá để gỡ điểm nghẽn nào, và nguồn lực ở đâu để làm",
      M2),
    R("làm rõ trách nhiệm của tập thể, cá nhân đối với những việc chưa làm được", M2),
    # Cẩm Xuyên ("Dự thảo cũng cần …" does not repeat the name)
    R("đánh giá đúng thực trạng Khu du lịch Thiên Cầm, làm rõ vì sao du lịch vẫn mang tính mùa vụ", [CX]),
    R("giải pháp đầu tư cảng cá Cẩm Nhượng gắn với dịch vụ hậu cần nghề cá", [CX]),
    R("chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)", [CX]),
    R("chỉ giữ lại hai khâu đột phá có tính lan tỏa lớn nhất", [CX]),
    R("kết quả xây dựng huyện nông thôn mới nâng cao", [CX]),
    R("dự báo tác động của đoạn cao tốc Hàm Nghi - Vũng Áng", [CX]),
    R("giải pháp bảo vệ nguồn nước hồ Kẻ Gỗ", [CX]),
    # Thạch Hà (names TP Hà Tĩnh, scope Thạch Hà only)
    R("làm rõ định hướng đối với khu vực mỏ sắt Thạch Khê", [TH]),
    R("phối hợp với thành phố Hà Tĩnh trong quy hoạch, phát triển đô thị ở các xã giáp ranh", [TH]),
    # TX Kỳ Anh ("Cùng với đó, thị xã phải …" names huyện Kỳ Anh, scope TX Kỳ Anh only)
    R("xác định rõ lộ trình, các tiêu chí còn thiếu để trở thành thành phố trực thuộc tỉnh", [TXKA]),
    R("đánh giá thực chất vai trò của Khu kinh tế Vũng Áng đối với thu ngân sách, việc làm và phát triển dịch vụ",
      [TXKA]),
    R("Chỉ tiêu tăng trưởng 12 - 13%/năm cần được tính toán lại", [TXKA]),
    R("giải pháp về nhà ở cho công nhân", [TXKA]),
    R("kiểm soát môi trường tại khu công nghiệp, cảng biển", [TXKA]),
    R("phối hợp chặt chẽ với huyện Kỳ Anh trong giải phóng mặt bằng các dự án ở vùng giáp ranh", [TXKA]),
    # closing
    R("gửi về Thường trực Tỉnh ủy trước ngày 5/12/2024", M2),
    R("đăng tải toàn văn dự thảo để cán bộ, đảng viên và Nhân dân góp ý", M2),
]
A2_NOT = [
    "Dự buổi làm việc có Phó Bí thư Thường trực Tỉnh ủy Đặng Quốc Thịnh",
    "dự thảo báo cáo chính trị của Cẩm Xuyên dày 31 trang, đề xuất 20 chỉ tiêu và 3 khâu đột phá",
    "lãnh đạo Ban Quản lý Khu kinh tế tỉnh cho rằng dự thảo mới nêu nhiều về số dự án",
    "Một số đại biểu lưu ý tình trạng thiếu nhà ở cho công nhân",
    "Các ý kiến đánh giá cao dự thảo của Thạch Hà",
    "chỉ rõ 3 chỉ tiêu không đạt và nguyên nhân chủ quan của từng chỉ tiêu",
    "Dự thảo cũng dành một mục riêng cho chuyển đổi số",
    "đánh giá các dự thảo được chuẩn bị công phu, có nhiều điểm mới",
    "Không trả lời được thì chưa phải là đột phá",
    "Các dự thảo không cần trích dẫn lại nguyên văn nghị quyết, kết luận của Trung ương và của tỉnh",
    "bên cạnh những ưu điểm đã được ghi nhận",
    "In bài viết | Đóng",
    "06/11/2024 15:20 | Chính trị",
    "Đình Nhất",
    "Nguồn: https://baohatinh.vn - In lúc 07/11/2024 08:02",
]

A3_REQS = [
    R("cập nhật đầy đủ tinh thần các nghị quyết, kết luận mới của Trung ương, nhất là Nghị quyết số 57-NQ/TW", M3),
    R("bổ sung nội dung sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị ở huyện", M3),
    R("Dự thảo phải ngắn gọn hơn nữa, viết sao cho người dân đọc cũng hiểu", M3),
    # Hương Sơn, later comments ("Huyện cũng cần …" does not repeat the name)
    R("tiếp tục rút gọn để bảo đảm không quá 25 trang theo quy định", [HS]),
    R("cụ thể hóa phần việc thuộc trách nhiệm của huyện như giải phóng mặt bằng, cải cách thủ tục hành chính, thu "
      "hút doanh nghiệp logistics", [HS]),
    R("rà soát lại chỉ tiêu tỷ lệ đô thị hóa", [HS]),
    R("phương án phát triển đô thị Tây Sơn gắn với cửa khẩu", [HS]),
    R("giảm nghèo bền vững ở các xã vùng cao giáp biên giới", [HS]),
    # Nghi Xuân ("Dự thảo cần …" does not repeat the name; it names thành phố Vinh, Nghệ An)
    R("phân tích rõ nguyên nhân Khu công nghiệp Gia Lách thu hút đầu tư chậm", [NX]),
    R("định hướng xây dựng Nghi Xuân trở thành trung tâm du lịch văn hóa - biển gắn với di sản Đại thi hào Nguyễn Du",
      [NX]),
    R("giải pháp khai thác cảng Xuân Hải", [NX]),
    R("phát triển đô thị ven sông Lam kết nối với thành phố Vinh", [NX]),
    R("đánh giá công tác phòng, chống sạt lở bờ sông, bờ biển", [NX]),
    # closing
    R("gửi về Thường trực Tỉnh ủy trước ngày 25/01/2025", M3),
]
A3_NOT = [
    "Đây là lần thứ hai Thường trực Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Hương Sơn",
    "dự thảo đã được rút từ 34 xuống 29 trang",
    "Đột phá về Khu kinh tế cửa khẩu quốc tế Cầu Treo được chuyển thành nhiệm vụ trọng tâm",
    "dự thảo của huyện tập trung vào ba trụ cột",
    "đối diện thành phố Vinh (Nghệ An) qua sông Lam",
    "Các đại biểu nhận xét dự thảo lần 2 của Hương Sơn đã có nhiều tiến bộ",
    "một số ý kiến cho rằng phần dự báo tình hình còn chung chung",
    "phần kiến nghị với tỉnh, Trung ương không đưa vào nhóm giải pháp của huyện",
    "Huyện không cần đặt chỉ tiêu riêng về sản lượng khai thác hải sản",
    "Ban Tuyên giáo Tỉnh ủy có trách nhiệm thẩm định lần cuối",
    "Thứ Năm, 09/01/2025 - 07:10",
    "Từ khóa: Đại hội đảng bộ | Báo cáo chính trị",
    "Cập nhật lúc 10:25 ngày 9-1-2025",
    "Nghi Xuân phát huy giá trị Khu di tích Nguyễn Du gắn với du lịch",
    "Lộc Hà nỗ lực khắc phục sạt lở bờ biển",
    "Vũ Quang chuẩn bị tốt các điều kiện tổ chức đại hội đảng bộ huyện",
]

BB_REQS = [
    # 4.2: general (4.3 extends them to every district)
    R("Dung lượng báo cáo chính trị không quá 25 trang khổ A4, không kể phụ lục"),
    R("riêng thành phố Hà Tĩnh, do có thêm nội dung về phát triển đô thị, được trình bày không quá 28 trang", [TP]),
    R("Hệ thống chỉ tiêu chủ yếu từ 18 đến 20 chỉ tiêu"),
    R("chỉ tiêu nào trùng với chỉ tiêu chuyên ngành thì lược bỏ"),
    R("Lựa chọn không quá ba khâu đột phá"),
    R("Đánh giá việc thực hiện các khâu đột phá nhiệm kỳ 2020 - 2025 phải nêu cả kết quả và hạn chế"),
    R("nội dung sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị theo Nghị quyết số 18-NQ/TW"),
    R("đẩy mạnh chuyển đổi số, xây dựng chính quyền số"),
    R("Số liệu kiểm tra, giám sát, thi hành kỷ luật đảng và các bảng số liệu chi tiết đưa vào phụ lục"),
    R("phụ lục không quá 12 trang"),
    R("phải có nội dung riêng về phát triển kinh tế biển gắn với phòng, chống thiên tai, sạt lở bờ biển và bảo vệ "
      "môi trường biển", COAST),
    R("cần làm rõ kết quả xây dựng khu vực phòng thủ, quản lý, bảo vệ đường biên, mốc quốc giới", BORDER),
    # 4.4 TP Hà Tĩnh (names Thạch Hà, Cẩm Xuyên; scope TP only)
    R("Giảm số chỉ tiêu chủ yếu từ 24 xuống không quá 20 chỉ tiêu", [TP]),
    R("Làm rõ lộ trình, giải pháp để thành phố đạt tiêu chí đô thị loại I trước năm 2030", [TP]),
    R("định hướng mở rộng không gian phát triển đô thị về phía các huyện Thạch Hà, Cẩm Xuyên", [TP]),
    R("Đánh giá kết quả chỉnh trang đô thị, xử lý tình trạng ngập úng cục bộ khi mưa lớn", [TP]),
    # 4.5 TX Hồng Lĩnh
    R("thị xã hoàn chỉnh dự thảo, gửi Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 10/12/2024", [HL]),
    R("Bổ sung định hướng phát triển Cụm công nghiệp Nam Hồng", [HL]),
    R("khai thác lợi thế của tuyến cao tốc Bắc - Nam và Quốc lộ 1 qua địa bàn", [HL]),
    R("phát triển du lịch gắn với danh thắng núi Hồng Lĩnh", [HL]),
    # 4.6 Lộc Hà
    R("Đánh giá đúng thực trạng sạt lở bờ biển, tình trạng xuống cấp của các tuyến đê biển, đê cửa sông", [LH]),
    R("Bổ sung đánh giá chất lượng sinh hoạt chi bộ, kết quả phát triển đảng viên trẻ", [LH]),
    R("Khâu đột phá về du lịch biển cần gắn với quy hoạch khu du lịch biển Thịnh Lộc", [LH]),
    # 4.7 two named units
    R("Thành phố Hà Tĩnh và huyện Lộc Hà hoàn chỉnh dự thảo, gửi Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) "
      "trước ngày 16/12/2024", [TP, LH]),
]
BB_NOT = [
    "Số 112-BB/TU",
    "Hà Tĩnh, ngày 27 tháng 11 năm 2024",
    "Vào hồi 14 giờ 00 phút, ngày 27 tháng 11 năm 2024",
    "Chủ trì: Đồng chí Phan Đình Khôi",
    "có mặt 14/15 đồng chí",
    "Thư ký hội nghị: Đồng chí Hoàng Thị Thu Trang",
    "thông qua chương trình hội nghị gồm",
    "dự thảo dày 32 trang, đề xuất 24 chỉ tiêu chủ yếu và 3 khâu đột phá",
    "thị xã được Ban Thường vụ Tỉnh ủy chọn tổ chức đại hội điểm cấp huyện",
    "Dự thảo của Hồng Lĩnh có văn phong tốt, ngắn gọn",
    "Sau khi nghe báo cáo và ý kiến thảo luận, đồng chí Bí thư Tỉnh ủy kết luận:",
    "Ban Thường vụ Tỉnh ủy đánh giá cao Ban Thường vụ Thành ủy Hà Tĩnh",
    "4.2. Những yêu cầu chung đối với các dự thảo:",
    "4.4. Đối với dự thảo của thành phố Hà Tĩnh:",
    "Thị xã không cần xây dựng mục riêng về phát triển nông nghiệp",
    "Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc",
    "Văn phòng Tỉnh ủy ban hành thông báo kết luận hội nghị",
    "Hội nghị kết thúc vào hồi 17 giờ 20 phút cùng ngày",
    "THƯ KÝ HỘI NGHỊ",
]

MD_REQS = [
    R("Báo cáo chính trị: không quá 25 trang khổ A4, không kể phụ lục"),
    R("riêng Đảng bộ thành phố Hà Tĩnh không quá 28 trang", [TP]),
    R("Phụ lục số liệu: không quá 12 trang"),
    R("không quá 8 trang, thời gian trình bày không quá 25 phút"),
    R("phông chữ Times New Roman, cỡ chữ 14, giãn dòng 1,15"),
    R("Gửi dự thảo lần 1 về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) chậm nhất 10 ngày làm việc"),
    R("đăng tải toàn văn dự thảo trên trang thông tin điện tử của huyện, thị xã, thành phố ít nhất mười lăm ngày"),
    R("Dự thảo hoàn chỉnh trình đại hội gửi về chậm nhất 25 ngày trước ngày khai mạc đại hội"),
    R("kèm bản tổng hợp tiếp thu, giải trình ý kiến góp ý"),
    R("chỉ gửi bản điện tử qua Hệ thống quản lý văn bản và điều hành"),
    # table cells: the row's units are the scope
    R("Trước ngày 30/11/2024", M1),
    R("Trước ngày 05/12/2024", M2),
    R("Trước ngày 10/12/2024", [HL]),
    R("Trước ngày 16/12/2024", [TP, LH]),
    R("Trước ngày 25/01/2025", M3),
    R("ghi rõ lần dự thảo và ngày gửi ở trang bìa"),
]
MD_NOT = [
    "Văn phòng Tỉnh ủy Hà Tĩnh - Phòng Tổng hợp",
    "Cập nhật ngày 13/01/2025 (thay thế bản ngày 02/12/2024)",
    "Ghi chú tổng hợp phục vụ theo dõi, đôn đốc",
    "Khi có khác biệt, thực hiện theo văn bản gốc.",
    "Không đánh số trang phụ lục nối tiếp với thân báo cáo.",
    "không cần gửi bản giấy",
    "Hạn gửi dự thảo đã tiếp thu",
    "Thông báo sau",
    "Dự kiến cho ý kiến trong tháng 02/2025",
    "Hương Sơn đã gửi lại ngày 28/11/2024",
    "Đại hội điểm, dự kiến tháng 3/2025",
    "Các đơn vị đã được cho ý kiến không cần gửi lại bản tóm tắt trình bày tại đại hội",
    "ghi chú này không điều chỉnh thời hạn đó",
    "Đầu mối theo dõi: đồng chí Trần Thị Bích Ngọc",
]

REQUIREMENTS = {
    "_comment": "Hand-labelled requirement catalogue of the Hà Tĩnh set. key = verbatim substring of one requirement "
                "sentence / list item / table cell; scope = gazetteer names of the units it is addressed to ([] = "
                "every unit). In the three newspaper articles the chair's general points are scoped to the units "
                "discussed at that session; follow-on sentences that do not repeat the name ('Huyện cũng cần …', "
                "'Dự thảo cũng cần …', 'Cùng với đó, thị xã …') inherit the unit of the paragraph before. In the "
                "minutes only the chair's conclusions (mục 4) are labelled: 4.2 is general because 4.3 extends it "
                "to every district, 4.2 e) and g) are scoped to the coastal and border groups they name, 4.4-4.7 to "
                "their units; the speakers' remarks in mục 3 are opinions and are neither requirements nor listed "
                "as not_requirements. In the markdown note, bullets are general and each deadline cell of the "
                "table is scoped to the units in its row. not_requirements = narration, descriptions of drafts, "
                "praise, negated sentences (không cần / không nhất thiết / không đưa / không đánh số), tasks of "
                "provincial bodies, list intros, letterhead, signatures and page furniture.",
    "documents": {
        A1_KEY: {"requirements": A1_REQS, "not_requirements": A1_NOT},
        A2_KEY: {"requirements": A2_REQS, "not_requirements": A2_NOT},
        A3_KEY: {"requirements": A3_REQS, "not_requirements": A3_NOT},
        BB_KEY: {"requirements": BB_REQS, "not_requirements": BB_NOT},
        MD_KEY: {"requirements": MD_REQS, "not_requirements": MD_NOT},
    },
}


# -----------------------------------------------------------------------------------------------------
# Questions (half is assigned by make_set.py with random.Random(3319))
# -----------------------------------------------------------------------------------------------------
def q(question, shape, gold=(), expect=(), forbid=()):
    return {"question": question, "shape": shape, "half": "", "gold": list(gold), "expect": list(expect),
            "forbid": list(forbid), "unanswerable": shape == "unanswerable"}


QUESTIONS = [
    # ---------------- narrow ----------------
    q("Sau buổi làm việc hồi tháng 10/2024, huyện Hương Sơn được yêu cầu rút gọn dự thảo báo cáo chính trị còn "
      "bao nhiêu trang?", "narrow",
      gold=["rút gọn dự thảo xuống không quá hai mươi lăm trang"], expect=["hai mươi lăm trang"],
      forbid=["28 trang"]),
    q("Báo cáo chính trị của Đảng bộ thành phố Hà Tĩnh được phép dài tối đa bao nhiêu trang?", "narrow",
      gold=["được trình bày không quá 28 trang"], expect=["28 trang"]),
    q("Bản tóm tắt báo cáo chính trị đọc tại đại hội được dài mấy trang và trình bày trong tối đa bao nhiêu "
      "phút?", "narrow",
      gold=["không quá 8 trang, thời gian trình bày không quá 25 phút"], expect=["8 trang", "25 phút"],
      forbid=["12 trang"]),
    q("Theo kết luận hội nghị Ban Thường vụ Tỉnh ủy ngày 27/11/2024, hệ thống chỉ tiêu chủ yếu trong báo cáo "
      "chính trị nên gồm bao nhiêu chỉ tiêu?", "narrow",
      gold=["Hệ thống chỉ tiêu chủ yếu từ 18 đến 20 chỉ tiêu"], expect=["từ 18 đến 20"], forbid=["24 chỉ tiêu"]),
    q("How many breakthrough areas did Hương Sơn's first draft propose, and how many are left in the second "
      "draft?", "narrow",
      gold=["đề xuất 22 chỉ tiêu chủ yếu và 4 khâu đột phá", "khâu đột phá còn 3"],
      expect=["4 khâu đột phá", "khâu đột phá còn 3"]),
    q("Du thao lan 2 cua Huong Son dai bao nhieu trang?", "narrow",
      gold=["dự thảo đã được rút từ 34 xuống 29 trang"], expect=["29 trang"]),
    q("Cẩm Xuyên nên giữ mấy khâu đột phá thôi?", "narrow",
      gold=["chỉ giữ lại hai khâu đột phá có tính lan tỏa lớn nhất"], expect=["hai khâu đột phá"]),
    q("Sau đợt sắp xếp đơn vị hành chính cấp xã 2019 - 2021, huyện Đức Thọ còn bao nhiêu xã, thị trấn?",
      "narrow", gold=["giảm từ 28 xuống còn 16 xã, thị trấn"], expect=["16 xã, thị trấn"]),
    q("Trong dự thảo trình Thường trực Tỉnh ủy, thị xã Kỳ Anh đặt mục tiêu tăng trưởng kinh tế bình quân bao "
      "nhiêu?", "narrow",
      gold=["đặt mục tiêu tốc độ tăng trưởng kinh tế bình quân 12 - 13%/năm"], expect=["12 - 13%/năm"]),
    q("Là đơn vị đại hội điểm, Hồng Lĩnh phải nộp lại dự thảo hoàn chỉnh hạn chót ngày nào?", "narrow",
      gold=["thị xã hoàn chỉnh dự thảo, gửi Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 10/12/2024"],
      expect=["10/12/2024"], forbid=["16/12/2024"]),
    q("Dự thảo báo cáo chính trị phải đăng trên trang thông tin điện tử để lấy ý kiến Nhân dân ít nhất bao lâu?",
      "narrow", gold=["ít nhất mười lăm ngày"], expect=["mười lăm ngày"]),
    q("Phụ lục số liệu kèm báo cáo chính trị được tối đa mấy trang?", "narrow",
      gold=["phụ lục không quá 12 trang", "Phụ lục số liệu: không quá 12 trang"], expect=["12 trang"],
      forbid=["25 trang"]),
    q("Bài “Hương Sơn, Nghi Xuân tiếp tục hoàn thiện dự thảo báo cáo chính trị” có nhắc nghề nuôi hươu; "
      "vậy Thường trực Tỉnh ủy yêu cầu Hương Sơn phát triển nghề này theo hướng nào?", "narrow",
      gold=["phát triển nghề nuôi hươu lấy nhung theo chuỗi giá trị, gắn với xây dựng và bảo vệ chỉ dẫn địa lý"],
      expect=["chuỗi giá trị", "chỉ dẫn địa lý"]),
    q("Dự thảo của Thạch Hà đã chỉ rõ bao nhiêu chỉ tiêu không đạt?", "narrow",
      gold=["chỉ rõ 3 chỉ tiêu không đạt"], expect=["3 chỉ tiêu không đạt"]),
    q("Bản báo cáo chính trị hoàn chỉnh trình đại hội phải gửi về tỉnh trước ngày khai mạc bao nhiêu ngày?",
      "narrow", gold=["chậm nhất 25 ngày trước ngày khai mạc đại hội"], expect=["25 ngày"],
      forbid=["10 ngày làm việc"]),
    q("Khu công nghiệp nào ở Nghi Xuân bị nêu là thu hút đầu tư chậm?", "narrow",
      gold=["Khu công nghiệp Gia Lách thu hút đầu tư chậm"], expect=["Gia Lách"]),

    # ---------------- broad ----------------
    q("Qua hai lần làm việc, Thường trực Tỉnh ủy đã yêu cầu Hương Sơn bổ sung, sửa những gì trong dự thảo báo cáo "
      "chính trị?", "broad",
      gold=["đánh giá sâu hơn thực trạng Khu kinh tế cửa khẩu quốc tế Cầu Treo",
            "phát triển nghề nuôi hươu lấy nhung theo chuỗi giá trị",
            "phương án phát triển đô thị Tây Sơn gắn với cửa khẩu"],
      expect=["Cầu Treo", "nuôi hươu", "biên giới Việt - Lào", "Hải Thượng Lãn Ông", "đô thị Tây Sơn",
              "không quá 25 trang"],
      forbid=["sông La", "Trần Phú", "Gia Lách"]),
    q("Đức Thọ cần bổ sung, làm rõ những gì trong dự thảo báo cáo chính trị?", "broad",
      gold=["phân tích rõ hơn nguyên nhân một số xã sau sáp nhập chưa phát huy được lợi thế",
            "phát huy giá trị Khu lưu niệm Tổng Bí thư Trần Phú"],
      expect=["chưa phát huy được lợi thế", "trụ sở, tài sản công dôi dư", "vùng bãi ven sông La",
              "cao tốc Bắc - Nam", "Trần Phú"],
      forbid=["Cầu Treo", "nuôi hươu"]),
    q("Bí thư Tỉnh ủy yêu cầu dự thảo báo cáo chính trị của Cẩm Xuyên làm rõ, bổ sung những nội dung nào?",
      "broad",
      gold=["đánh giá đúng thực trạng Khu du lịch Thiên Cầm",
            "bảo vệ nguồn nước hồ Kẻ Gỗ"],
      expect=["Thiên Cầm", "cảng cá Cẩm Nhượng", "IUU", "nông thôn mới nâng cao", "Hàm Nghi - Vũng Áng",
              "hồ Kẻ Gỗ"],
      forbid=["Thạch Khê", "nhà ở cho công nhân"]),
    q("What did the provincial leaders ask Kỳ Anh town to add or revise in its draft political report?", "broad",
      gold=["Thị xã Kỳ Anh cần xác định rõ lộ trình, các tiêu chí còn thiếu để trở thành thành phố trực thuộc tỉnh",
            "thị xã phải có giải pháp về nhà ở cho công nhân"],
      expect=["thành phố trực thuộc tỉnh", "Khu kinh tế Vũng Áng", "tính toán lại", "nhà ở cho công nhân",
              "huyện Kỳ Anh"],
      forbid=["Thiên Cầm", "Thạch Khê"]),
    q("Ban Thường vụ Tỉnh ủy kết luận dự thảo báo cáo chính trị của thành phố Hà Tĩnh cần sửa, bổ sung những gì?",
      "broad",
      gold=["Giảm số chỉ tiêu chủ yếu từ 24 xuống không quá 20 chỉ tiêu",
            "Làm rõ lộ trình, giải pháp để thành phố đạt tiêu chí đô thị loại I trước năm 2030"],
      expect=["không quá 20 chỉ tiêu", "đô thị loại I", "mở rộng không gian phát triển đô thị", "ngập úng",
              "không quá 28 trang"],
      forbid=["Nam Hồng", "Thịnh Lộc"]),
    q("Dự thảo báo cáo chính trị của Lộc Hà cần đề cập gì?", "broad",
      gold=["Đánh giá đúng thực trạng sạt lở bờ biển, tình trạng xuống cấp của các tuyến đê biển",
            "Bổ sung đánh giá chất lượng sinh hoạt chi bộ, kết quả phát triển đảng viên trẻ"],
      expect=["sạt lở bờ biển", "đê biển", "sinh hoạt chi bộ", "đảng viên trẻ", "Thịnh Lộc", "16/12/2024"],
      forbid=["Nam Hồng", "ngập úng"]),
    q("Các huyện, thị xã ven biển cần đề cập gì riêng trong báo cáo chính trị?", "broad",
      gold=["phải có nội dung riêng về phát triển kinh tế biển gắn với phòng, chống thiên tai, sạt lở bờ biển"],
      expect=["kinh tế biển", "phòng, chống thiên tai", "sạt lở bờ biển", "môi trường biển"],
      forbid=["mốc quốc giới"]),
    q("Phần hạn chế, nguyên nhân trong báo cáo chính trị cần viết thế nào theo ý kiến của lãnh đạo tỉnh tại các "
      "buổi làm việc?", "broad",
      gold=["gọi đúng tên những chỉ tiêu không đạt, phân tích nguyên nhân chủ quan là chủ yếu",
            "làm rõ trách nhiệm của tập thể, cá nhân đối với những việc chưa làm được"],
      expect=["chỉ tiêu không đạt", "nguyên nhân chủ quan", "người đứng đầu", "trách nhiệm của tập thể, cá nhân"]),
    q("Nghi Xuân cần bổ sung những nội dung gì vào dự thảo báo cáo chính trị?", "broad",
      gold=["phân tích rõ nguyên nhân Khu công nghiệp Gia Lách thu hút đầu tư chậm",
            "giải pháp khai thác cảng Xuân Hải"],
      expect=["Gia Lách", "Nguyễn Du", "Xuân Thành", "cảng Xuân Hải", "sạt lở bờ sông, bờ biển"],
      forbid=["Cầu Treo", "Thiên Cầm"]),
    q("Thị xã Hồng Lĩnh được yêu cầu những gì đối với dự thảo báo cáo chính trị?", "broad",
      gold=["Bổ sung định hướng phát triển Cụm công nghiệp Nam Hồng"],
      expect=["10/12/2024", "Cụm công nghiệp Nam Hồng", "Quốc lộ 1", "núi Hồng Lĩnh"],
      forbid=["ngập úng", "Thịnh Lộc"]),

    # ---------------- which ----------------
    q("Những huyện nào phải làm rõ việc quản lý, bảo vệ đường biên, mốc quốc giới?", "which",
      gold=["Ba huyện biên giới Hương Sơn, Hương Khê, Vũ Quang"],
      expect=["Hương Sơn", "Hương Khê", "Vũ Quang"], forbid=["Đức Thọ", "Can Lộc"]),
    q("Những địa phương nào phải có nội dung riêng về phát triển kinh tế biển trong báo cáo chính trị?", "which",
      gold=["Các huyện, thị xã ven biển gồm Nghi Xuân, Lộc Hà, Thạch Hà, Cẩm Xuyên, Kỳ Anh và thị xã Kỳ Anh"],
      expect=["Nghi Xuân", "Lộc Hà", "Thạch Hà", "Cẩm Xuyên", "Kỳ Anh", "thị xã Kỳ Anh"],
      forbid=["Hồng Lĩnh", "Can Lộc"]),
    q("Đơn vị nào được chọn tổ chức đại hội điểm cấp huyện?", "which",
      gold=["thị xã được Ban Thường vụ Tỉnh ủy chọn tổ chức đại hội điểm cấp huyện"],
      expect=["Hồng Lĩnh"], forbid=["Hương Sơn", "Lộc Hà"]),
    q("Dự thảo của huyện nào đã được Thường trực Tỉnh ủy cho ý kiến hai lần?", "which",
      gold=["Đây là lần thứ hai Thường trực Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị của Hương Sơn"],
      expect=["Hương Sơn"], forbid=["Đức Thọ"]),
    q("Tính đến giữa tháng 1/2025, những đơn vị nào chưa được bố trí lịch cho ý kiến vào dự thảo báo cáo chính "
      "trị?", "which",
      gold=["Can Lộc, Hương Khê, Vũ Quang, huyện Kỳ Anh"],
      expect=["Can Lộc", "Hương Khê", "Vũ Quang", "huyện Kỳ Anh"], forbid=["Nghi Xuân", "Lộc Hà"]),
    q("Nhung don vi nao phai gui du thao da tiep thu truoc ngay 5/12/2024?", "which",
      gold=["gửi về Thường trực Tỉnh ủy trước ngày 5/12/2024", "Cẩm Xuyên, Thạch Hà, TX Kỳ Anh"],
      expect=["Cẩm Xuyên", "Thạch Hà", "Kỳ Anh"], forbid=["Đức Thọ", "Lộc Hà"]),

    # ---------------- meta ----------------
    q("Biên bản hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo của thành phố Hà Tĩnh, Hồng Lĩnh, Lộc Hà mang "
      "số hiệu gì?", "meta", gold=["Số 112-BB/TU"], expect=["112-BB/TU"]),
    q("Bản tóm tắt thời hạn và dung lượng báo cáo chính trị do cơ quan nào lập?", "meta",
      gold=["Văn phòng Tỉnh ủy Hà Tĩnh - Phòng Tổng hợp"], expect=["Văn phòng Tỉnh ủy"],
      forbid=["Ban Tuyên giáo Tỉnh ủy"]),
    q("Các dự thảo báo cáo chính trị cấp huyện bám theo kế hoạch nào của Ban Thường vụ Tỉnh ủy, ban hành ngày "
      "nào?", "meta", gold=["Kế hoạch số 38-KH/TU ngày 12/8/2024"], expect=["38-KH/TU", "12/8/2024"]),
    q("Ghi chú về hạn gửi dự thảo được cập nhật lần gần nhất ngày nào, thay cho bản ngày nào?", "meta",
      gold=["Cập nhật ngày 13/01/2025 (thay thế bản ngày 02/12/2024)"], expect=["13/01/2025", "02/12/2024"]),

    # ---------------- when ----------------
    q("Thường trực Tỉnh ủy làm việc với Nghi Xuân về dự thảo báo cáo chính trị vào hôm nào?", "when",
      gold=["Chiều 8/1, Phó Bí thư Thường trực Tỉnh ủy Đặng Quốc Thịnh chủ trì"], expect=["8/1"],
      forbid=["09/01/2025"]),
    q("When did the provincial Party Standing Committee meet to comment on the drafts of Hà Tĩnh city, Hồng Lĩnh "
      "and Lộc Hà?", "when",
      gold=["Vào hồi 14 giờ 00 phút, ngày 27 tháng 11 năm 2024"], expect=["27 tháng 11 năm 2024"],
      forbid=["16/12/2024"]),
    q("Thị xã Hồng Lĩnh dự kiến tổ chức đại hội điểm lúc nào?", "when",
      gold=["dự kiến trong tháng 3/2025"], expect=["tháng 3/2025"], forbid=["10/12/2024"]),

    # ---------------- who ----------------
    q("Ai chủ trì buổi làm việc với Cẩm Xuyên, Thạch Hà và thị xã Kỳ Anh?", "who",
      gold=["Sáng 6/11, Bí thư Tỉnh ủy Phan Đình Khôi chủ trì buổi làm việc"], expect=["Phan Đình Khôi"]),
    q("Ai làm thư ký hội nghị Ban Thường vụ Tỉnh ủy ngày 27/11/2024?", "who",
      gold=["Thư ký hội nghị: Đồng chí Hoàng Thị Thu Trang"], expect=["Hoàng Thị Thu Trang"],
      forbid=["Trần Thị Bích Ngọc"]),
    q("Bí thư Huyện ủy Đức Thọ là ai?", "who",
      gold=["Bí thư Huyện ủy Trần Thị Minh Nguyệt"], expect=["Trần Thị Minh Nguyệt"], forbid=["Lê Anh Đức"]),

    # ---------------- unanswerable ----------------
    q("Thường trực Tỉnh ủy góp ý những gì cho dự thảo báo cáo chính trị của huyện Can Lộc?", "unanswerable",
      forbid=["sông La", "Trần Phú"]),
    q("Can Lộc phải gửi dự thảo đã tiếp thu về tỉnh trước ngày nào?", "unanswerable",
      forbid=["25/01/2025", "30/11/2024"]),
    q("Tỉnh ủy Quảng Bình quy định báo cáo chính trị cấp huyện dài tối đa bao nhiêu trang?", "unanswerable",
      forbid=["25 trang", "28 trang"]),
    q("Dự thảo báo cáo chính trị của Nghi Xuân hiện dài bao nhiêu trang?", "unanswerable",
      forbid=["29 trang", "34 trang"]),
    q("Tại buổi làm việc chiều 14/10/2024, Thường trực Tỉnh ủy góp ý gì vào dự thảo của huyện Vũ Quang?",
      "unanswerable", forbid=["nuôi hươu", "sông La"]),
    q("Huyện Hương Sơn phải đạt tỷ lệ che phủ rừng bao nhiêu phần trăm vào năm 2030?", "unanswerable"),
    q("Dai hoi Dang bo huyen Duc Tho nhiem ky 2025 - 2030 khai mac ngay nao?", "unanswerable",
      forbid=["30/11/2024"]),
    q("What is Hương Khê district required to say about Phúc Trạch pomelo in its political report?",
      "unanswerable", forbid=["nuôi hươu"]),
    q("Theo kết luận ngày 27/11/2024, Đảng bộ thành phố Hà Tĩnh được bầu bao nhiêu ủy viên ban chấp hành khóa "
      "mới?", "unanswerable"),
    q("Tổng vốn đầu tư toàn xã hội của thị xã Kỳ Anh giai đoạn 2020 - 2025 đạt bao nhiêu tỷ đồng?",
      "unanswerable", forbid=["12 - 13%/năm"]),
]
SHAPES = ("narrow", "broad", "which", "meta", "when", "who", "unanswerable")

# -----------------------------------------------------------------------------------------------------
# Draft labels: key = the requirement's key in requirements.json
# -----------------------------------------------------------------------------------------------------
ALL_KEYS = [r["key"] for d in REQUIREMENTS["documents"].values() for r in d["requirements"]]


def k(prefix: str) -> str:
    """The one catalogue key that starts with prefix (keeps the labels below readable)."""
    hits = [key for key in ALL_KEYS if key.startswith(prefix)]
    assert len(hits) == 1, (prefix, hits)
    return hits[0]


LABELS = {
    "01_huong_son_day_du.txt": ("Hương Sơn", {
        k("cập nhật số liệu đến ngày 30/9/2024"): "addressed",
        k("gọi đúng tên những chỉ tiêu không đạt"): "addressed",
        k("Bài học kinh nghiệm chỉ nên"): "addressed",
        k("số chỉ tiêu chủ yếu nên ở mức"): "addressed",
        k("Khâu đột phá chỉ chọn"): "addressed",
        k("tính toán lại chỉ tiêu tăng trưởng"): "addressed",
        k("đánh giá sâu hơn thực trạng Khu kinh tế"): "addressed",
        k("Khâu đột phá về Cầu Treo"): "addressed",
        k("phát triển nghề nuôi hươu"): "addressed",
        k("quốc phòng, an ninh trên tuyến biên giới"): "addressed",
        k("phát huy giá trị di sản Đại danh y"): "addressed",
        k("cập nhật đầy đủ tinh thần"): "addressed",
        k("bổ sung nội dung sắp xếp, tinh gọn"): "addressed",
        k("cụ thể hóa phần việc"): "addressed",
        k("phương án phát triển đô thị Tây Sơn"): "addressed",
        k("giảm nghèo bền vững"): "partly",
        k("rà soát lại chỉ tiêu tỷ lệ đô thị hóa"): "missing",
        k("cần làm rõ kết quả xây dựng khu vực phòng thủ"): "addressed",
        k("Đánh giá việc thực hiện các khâu đột phá"): "missing",
    }),
    "02_cam_xuyen_con_thieu.txt": ("Cẩm Xuyên", {
        k("bảo đảm sự thống nhất giữa báo cáo chính trị"): "addressed",
        k("tổng số chỉ tiêu chủ yếu không quá 20"): "addressed",
        k("Chọn khâu đột phá phải trả lời"): "partly",
        k("làm rõ trách nhiệm của tập thể, cá nhân"): "missing",
        k("đánh giá đúng thực trạng Khu du lịch Thiên Cầm"): "partly",
        k("giải pháp đầu tư cảng cá Cẩm Nhượng"): "addressed",
        k("chống khai thác hải sản bất hợp pháp"): "missing",
        k("chỉ giữ lại hai khâu đột phá"): "missing",
        k("kết quả xây dựng huyện nông thôn mới nâng cao"): "addressed",
        k("dự báo tác động của đoạn cao tốc"): "missing",
        k("giải pháp bảo vệ nguồn nước hồ Kẻ Gỗ"): "missing",
        k("Hệ thống chỉ tiêu chủ yếu từ 18 đến 20"): "addressed",
        k("Lựa chọn không quá ba khâu đột phá"): "addressed",
        k("Đánh giá việc thực hiện các khâu đột phá"): "partly",
        k("nội dung sắp xếp, tinh gọn tổ chức bộ máy"): "missing",
        k("đẩy mạnh chuyển đổi số, xây dựng chính quyền số"): "partly",
        k("phải có nội dung riêng về phát triển kinh tế biển"): "partly",
    }),
    "03_nghi_xuan_lap_lai_cau_chu.txt": ("Nghi Xuân", {
        k("cập nhật đầy đủ tinh thần"): "missing",
        k("bổ sung nội dung sắp xếp, tinh gọn"): "partly",
        k("Dự thảo phải ngắn gọn hơn nữa"): "missing",
        k("phân tích rõ nguyên nhân Khu công nghiệp Gia Lách"): "missing",
        k("định hướng xây dựng Nghi Xuân"): "partly",
        k("giải pháp khai thác cảng Xuân Hải"): "missing",
        k("phát triển đô thị ven sông Lam"): "missing",
        k("đánh giá công tác phòng, chống sạt lở"): "missing",
        k("phải có nội dung riêng về phát triển kinh tế biển"): "partly",
        k("Hệ thống chỉ tiêu chủ yếu từ 18 đến 20"): "missing",
        k("Lựa chọn không quá ba khâu đột phá"): "partly",
        k("Đánh giá việc thực hiện các khâu đột phá"): "missing",
    }),
    "04_tx_ky_anh_dien_dat_khac.txt": ("TX Kỳ Anh", {
        k("bảo đảm sự thống nhất giữa báo cáo chính trị"): "addressed",
        k("tổng số chỉ tiêu chủ yếu không quá 20"): "addressed",
        k("Chọn khâu đột phá phải trả lời"): "addressed",
        k("làm rõ trách nhiệm của tập thể, cá nhân"): "addressed",
        k("xác định rõ lộ trình, các tiêu chí còn thiếu"): "addressed",
        k("đánh giá thực chất vai trò của Khu kinh tế Vũng Áng"): "addressed",
        k("Chỉ tiêu tăng trưởng 12 - 13%/năm"): "addressed",
        k("giải pháp về nhà ở cho công nhân"): "addressed",
        k("kiểm soát môi trường tại khu công nghiệp"): "addressed",
        k("phối hợp chặt chẽ với huyện Kỳ Anh"): "addressed",
        k("Hệ thống chỉ tiêu chủ yếu từ 18 đến 20"): "addressed",
        k("chỉ tiêu nào trùng với chỉ tiêu chuyên ngành"): "addressed",
        k("Lựa chọn không quá ba khâu đột phá"): "addressed",
        k("phải có nội dung riêng về phát triển kinh tế biển"): "addressed",
        k("nội dung sắp xếp, tinh gọn tổ chức bộ máy"): "missing",
        k("đẩy mạnh chuyển đổi số, xây dựng chính quyền số"): "missing",
    }),
    "05_duc_tho_so_lieu_sat_nguong.txt": ("Đức Thọ", {
        k("cập nhật số liệu đến ngày 30/9/2024"): "addressed",
        k("bảo đảm thống nhất với số liệu của ngành thống kê"): "addressed",
        k("gọi đúng tên những chỉ tiêu không đạt"): "addressed",
        k("Bài học kinh nghiệm chỉ nên"): "partly",
        k("các chỉ tiêu phải có cơ sở tính toán"): "addressed",
        k("số chỉ tiêu chủ yếu nên ở mức"): "addressed",
        k("Khâu đột phá chỉ chọn"): "addressed",
        k("phân tích rõ hơn nguyên nhân một số xã"): "addressed",
        k("việc xử lý trụ sở, tài sản công dôi dư"): "partly",
        k("định hướng phát triển nông nghiệp hàng hóa"): "addressed",
        k("giải pháp khai thác lợi thế của tuyến cao tốc"): "partly",
        k("phát huy giá trị Khu lưu niệm"): "addressed",
        k("Hệ thống chỉ tiêu chủ yếu từ 18 đến 20"): "addressed",
        k("Lựa chọn không quá ba khâu đột phá"): "addressed",
        k("nội dung sắp xếp, tinh gọn tổ chức bộ máy"): "partly",
        k("đẩy mạnh chuyển đổi số, xây dựng chính quyền số"): "addressed",
        k("Đánh giá việc thực hiện các khâu đột phá"): "missing",
    }),
}

EXPECTED_COMMENT = (
    "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of one guidance "
    "requirement that applies to the draft's unit). addressed = the draft states the substance in any words (a "
    "count inside the asked range counts, including its edges: 20 chỉ tiêu for '18 - 20', 3 khâu đột phá for "
    "'từ hai đến ba' and 'không quá ba'); partly = only one part of a multi-part requirement, a passing mention "
    "without the asked-for assessment, or a count outside the range (6 bài học for 'từ ba đến năm'); missing = not "
    "stated. A sentence that only repeats the guidance's wording followed by a placeholder ('(Đang chờ số liệu.)', "
    "'[Bổ sung sau.]', '...') counts as missing. Only general requirements and those scoped to the draft's own "
    "unit are labelled; deadlines, page limits and typography are not labelled (an excerpt cannot show them)."
)
