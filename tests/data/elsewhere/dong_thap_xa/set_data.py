"""Data of the Đồng Tháp commune-level set: gazetteer, requirement catalogue, questions, draft labels."""

# ----------------------------------------------------------------------------------------------- files
F_HD = "guidance/huong-dan-07-hd-btgdvtu-noi-dung-bao-cao-chinh-tri-cap-xa.docx"
F_NEWS = "guidance/ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-4-dang-bo-xa-phuong.html"
F_TB = "guidance/thong-bao-ket-luan-46-tb-tu-tien-do-van-kien-dai-hoi-cap-xa.txt"
F_RP = "reports/bao-cao-chinh-tri-dang-bo-xa-tan-phu-dong-2025-2030.docx"
F_DX = "guidance/ke-hoach-1520-kh-syt-phong-chong-sot-xuat-huyet-2025.txt"
CORPUS = [F_HD, F_NEWS, F_TB, F_RP, F_DX]

# ----------------------------------------------------------------------------------------------- gazetteer
GAZ_COMMENT = (
    "Commune-level units (cấp xã) of the new Đồng Tháp province (merged with Tiền Giang; two-level local "
    "government since 01/7/2025, no districts). A selection of 14 of its xã/phường, 5 phường and 9 xã. "
    "aliases = forms that name the unit alone in running text. Traps: 'Gò Công' (phường) is a prefix of "
    "'Gò Công Đông' (xã), so the bare form is not listed as an alias of the phường; 'Tân Hồng' (xã) and "
    "'Hồng Ngự' (phường) are different units; 'Tân Phước' and 'Tân Phú Đông' are different units. Names that "
    "occur inside names of other things and do not by themselves name the unit: 'Mỹ Tho' in the letterhead "
    "place line 'Mỹ Tho, ngày ...' (seat of the province) and in 'khu vực chợ Mỹ Tho' and in the news site's "
    "footer address; 'Tháp Mười' in 'vùng Đồng Tháp Mười' (a region); 'Sa Đéc' in 'Làng hoa Sa Đéc'; 'Cái Bè' "
    "in 'chợ nổi Cái Bè'; 'Lai Vung' in 'quýt hồng Lai Vung'; 'Đồng Tháp' is the province. Passing mentions "
    "that do not address a requirement to the unit: phường Gò Công inside xã Gò Công Đông's comments; xã Gò "
    "Công Đông inside xã Tân Phú Đông's report; 'Những việc các xã biên giới...' and other headlines in the "
    "news page's link lists."
)
_U = [
    ("phường Mỹ Tho", "phường", ["Mỹ Tho", "phường Mỹ Tho"]),
    ("phường Cao Lãnh", "phường", ["Cao Lãnh", "phường Cao Lãnh"]),
    ("phường Sa Đéc", "phường", ["Sa Đéc", "phường Sa Đéc"]),
    ("phường Gò Công", "phường", ["phường Gò Công"]),
    ("phường Hồng Ngự", "phường", ["Hồng Ngự", "phường Hồng Ngự"]),
    ("xã Gò Công Đông", "xã", ["Gò Công Đông", "xã Gò Công Đông"]),
    ("xã Tân Phú Đông", "xã", ["Tân Phú Đông", "xã Tân Phú Đông"]),
    ("xã Tân Hồng", "xã", ["Tân Hồng", "xã Tân Hồng"]),
    ("xã Thường Phước", "xã", ["Thường Phước", "xã Thường Phước"]),
    ("xã Tháp Mười", "xã", ["Tháp Mười", "xã Tháp Mười"]),
    ("xã Cái Bè", "xã", ["Cái Bè", "xã Cái Bè"]),
    ("xã Lai Vung", "xã", ["Lai Vung", "xã Lai Vung"]),
    ("xã Tân Phước", "xã", ["Tân Phước", "xã Tân Phước"]),
    ("xã Chợ Gạo", "xã", ["Chợ Gạo", "xã Chợ Gạo"]),
]
GAZETTEER = {"_comment": GAZ_COMMENT,
             "units": [{"name": n, "kind": k, "aliases": a} for n, k, a in _U]}
ALL = [u[0] for u in _U]
URBAN = ALL[0:5]
COAST = ["xã Gò Công Đông", "xã Tân Phú Đông"]
BORDER = ["xã Tân Hồng", "xã Thường Phước"]
AGRI = ["xã Tháp Mười", "xã Cái Bè", "xã Lai Vung", "xã Tân Phước", "xã Chợ Gạo"]
FOUR = ["phường Mỹ Tho", "xã Tháp Mười", "xã Gò Công Đông", "xã Tân Hồng"]
OTHERS = [n for n in ALL if n not in FOUR]

# ----------------------------------------------------------------------------------------------- catalogue
REQ_COMMENT = (
    "Hand-labelled requirement catalogue of the Đồng Tháp commune-level set. key = verbatim substring of ONE "
    "requirement sentence / item / table cell / line; scope = gazetteer names of the units it is addressed to "
    "([] = every xã and phường). Hướng dẫn 07-HD/BTGDVTU (.docx): general points are []; Bảng 1 cells are "
    "mandatory indicators for all; Bảng 2 rows are scoped to the group named in the row's 'Xã, phường' cell "
    "(Nhóm 1: 5 phường, Nhóm 2: 2 coastal xã, Nhóm 3: 2 border xã, Nhóm 4: 5 farming xã); the point 'kết quả "
    "nông thôn mới của các xã cũ trước khi nhập vào phường' is for the 5 phường; point c) has TWO scopes in one "
    "sentence (Làng hoa -> Sa Đéc only, giáo dục, đào tạo -> Cao Lãnh only); point d) likewise (rừng tràm -> "
    "Tháp Mười, tự quản đường biên -> 'các xã biên giới' = Nhóm 3). The Hướng dẫn's deadline (trước ngày "
    "31/7/2025, mục III.3) is SUPERSEDED by Thông báo kết luận 46-TB/TU (chậm nhất ngày 06/8/2025, for all); "
    "the key of III.3 leaves the old date out and stays as the requirement to send draft + phụ lục. News page "
    "(.html): only the article body counts; each commune's paragraph and the following paragraph that does "
    "not repeat the name ('Phường cần...', 'Xã cần...') are scoped to that commune; phường Gò Công named inside "
    "Gò Công Đông's comments is not in scope; the resubmission by 15/8/2025 is for the 4 communes; the "
    "closing 'các đảng ủy xã, phường trong toàn tỉnh' paragraph is []. Thông báo 46 (.txt): mục 2 (new "
    "deadline) and mục 3 are []; mục 4 has two scopes (the 4 early communes send by 04/8/2025; the other 10 "
    "study the comments). Not requirements (listed under not_requirements): negated instructions, narration "
    "that describes the document, the issuing body's own tasks, contact lines, meeting narration, and every "
    "line of the mis-filed dengue plan and of the past report of xã Tân Phú Đông (a report, not guidance)."
)

R = lambda key, scope=None: {"key": key, "scope": list(scope or [])}  # noqa: E731

HD_REQ = [
    R("đánh giá khách quan, trung thực kết quả thực hiện nghị quyết đại hội"),
    R("ghi rõ nguồn và phương pháp ước tính"),
    R("cụ thể hóa các định hướng của dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ I"),
    R("Báo cáo viết ngắn gọn, rõ ràng, dễ hiểu, dễ nhớ"),
    R("dự thảo phải được lấy ý kiến rộng rãi trước khi trình đại hội"),
    R("Tên báo cáo ghi thống nhất"),
    R("viết ngắn gọn, không quá 35 chữ"),
    R("Đánh giá kết quả đạt được trên các lĩnh vực kinh tế, văn hóa - xã hội"),
    R("so sánh kết quả thực hiện với mục tiêu đề ra"),
    R("đánh giá kết quả giảm nghèo bền vững, chăm sóc sức khỏe Nhân dân"),
    R("thực hiện chính sách đối với người có công và an sinh xã hội"),
    R("Đánh giá bước đầu việc vận hành chính quyền địa phương hai cấp"),
    R("nêu rõ chỉ tiêu không đạt và mức độ không đạt"),
    R("phân tích nguyên nhân khách quan, chủ quan"),
    R("làm rõ trách nhiệm của cấp ủy và người đứng đầu"),
    R("Rút ra từ 3 đến 4 bài học kinh nghiệm"),
    R("chỉ nêu ngắn gọn những thuận lợi, khó khăn của địa phương"),
    R("Mục tiêu tổng quát viết không quá 80 chữ"),
    R("Xác định từ 15 đến 18 chỉ tiêu chủ yếu"),
    R("Tổng thu ngân sách nhà nước trên địa bàn"),
    R("thu nhập bình quân đầu người đến năm 2030"),
    R("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều"),
    R("tỷ lệ dân số tham gia bảo hiểm y tế"),
    R("tỷ lệ hộ dân sử dụng nước sạch"),
    R("Số đảng viên mới kết nạp trong nhiệm kỳ"),
    R("tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên"),
    R("Xác định từ 2 đến 3 khâu đột phá"),
    R("mỗi khâu đột phá nêu rõ kết quả cần đạt đến năm 2030"),
    R("Nhiệm vụ, giải pháp tập trung vào những việc thuộc thẩm quyền của cấp xã"),
    R("đề ra giải pháp đẩy mạnh chuyển đổi số, xây dựng chính quyền số ở cơ sở"),
    R("Quản lý, chỉnh trang đô thị và trật tự xây dựng", URBAN),
    R("phát triển thương mại, dịch vụ; nuôi dưỡng nguồn thu ngân sách trên địa bàn", URBAN),
    R("Ứng phó xâm nhập mặn, sạt lở bờ biển, bờ sông", COAST),
    R("phát triển nuôi trồng thủy sản và kinh tế biển", COAST),
    R("Quốc phòng, an ninh, bảo vệ chủ quyền biên giới quốc gia", BORDER),
    R("phòng, chống buôn lậu, gian lận thương mại qua biên giới", BORDER),
    R("Chuyển đổi cơ cấu cây trồng, vật nuôi", AGRI),
    R("xây dựng vùng nguyên liệu gắn với liên kết tiêu thụ", AGRI),
    R("xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu", AGRI),
    R("kết quả nông thôn mới của các xã cũ trước khi nhập vào phường", URBAN),
    R("kết quả phát triển vùng chuyên canh quýt hồng và làng nghề sản xuất nem", ["xã Lai Vung"]),
    R("bảo tồn, phát triển Làng hoa Sa Đéc gắn với du lịch", ["phường Sa Đéc"]),
    R("làm rõ vai trò trung tâm giáo dục, đào tạo của vùng", ["phường Cao Lãnh"]),
    R("làm rõ kết quả bảo vệ, phát triển rừng tràm gắn với du lịch sinh thái", ["xã Tháp Mười"]),
    R("vận động Nhân dân khu vực biên giới tham gia tự quản đường biên", BORDER),
    R("Báo cáo chính trị không quá 20 trang khổ A4"),
    R("Phụ lục số liệu không quá 10 trang"),
    R("báo cáo tóm tắt trình bày tại đại hội không quá 8 trang"),
    R("thời gian trình bày không quá 20 phút"),
    R("Số liệu đánh giá tính đến ngày 30/6/2025"),
    R("thời gian lấy ý kiến ít nhất 10 ngày"),
    R("gửi dự thảo báo cáo chính trị và phụ lục số liệu về Ban Thường vụ Tỉnh ủy"),
]
HD_NOT = [
    "Ban Tuyên giáo và Dân vận Tỉnh ủy ban hành hướng dẫn nội dung báo cáo chính trị",
    "Hướng dẫn này gồm ba phần",
    "Đây là lần đầu các đảng bộ xã, phường tổ chức đại hội",
    "Báo cáo chính trị là văn kiện trung tâm của đại hội",
    "Không nhắc lại toàn văn các nghị quyết, chỉ thị của cấp trên",
    "không cần phân tích bối cảnh quốc tế và trong nước",
    "Không đưa chỉ tiêu về số lượng đảng viên bị xử lý kỷ luật",
    "Không xây dựng khâu đột phá riêng cho từng ấp, khóm",
    "không đưa vào báo cáo các nhiệm vụ thuộc thẩm quyền của tỉnh",
    "Các phường không cần đánh giá chương trình xây dựng nông thôn mới",
    "trước ngày 31/7/2025 để cho ý kiến",
    "Không cần gửi kèm báo cáo tóm tắt khi xin ý kiến",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy có trách nhiệm theo dõi, tổng hợp ý kiến góp ý",
    "nếu có vướng mắc, đề nghị phản ánh về Ban Tuyên giáo và Dân vận Tỉnh ủy",
]

NEWS_REQ = [
    R("rút gọn dự thảo từ 26 trang xuống đúng dung lượng quy định", ["phường Mỹ Tho"]),
    R("làm rõ vai trò của phường là trung tâm hành chính - chính trị của tỉnh sau hợp nhất", ["phường Mỹ Tho"]),
    R("bổ sung chỉ tiêu về tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình", ["phường Mỹ Tho"]),
    R("khâu đột phá về chỉnh trang đô thị phải gắn với các tuyến phố ven sông Tiền", ["phường Mỹ Tho"]),
    R("rà soát, giảm còn không quá 18 chỉ tiêu", ["xã Tháp Mười"]),
    R("đánh giá sâu hơn hiệu quả các mô hình hợp tác xã, liên kết tiêu thụ lúa gạo", ["xã Tháp Mười"]),
    R("phải đặt trong tổng thể vùng Đồng Tháp Mười", ["xã Tháp Mười"]),
    R("bổ sung đánh giá tình hình sạt lở bờ biển, hiệu quả các tuyến kè chắn sóng", ["xã Gò Công Đông"]),
    R("làm rõ tuyến đường kết nối với phường Gò Công", ["xã Gò Công Đông"]),
    R("định hướng phát triển điện gió, du lịch biển phải bám sát Quy hoạch tỉnh", ["xã Gò Công Đông"]),
    R("phối hợp với Đồn Biên phòng trong quản lý, bảo vệ đường biên, mốc quốc giới", ["xã Tân Hồng"]),
    R("giải pháp phát triển kinh tế cửa khẩu Dinh Bà", ["xã Tân Hồng"]),
    R("chưa chỉ rõ trách nhiệm của tập thể, cá nhân", ["xã Tân Hồng"]),
    R("hoàn chỉnh dự thảo và gửi lại trước ngày 15/8/2025", FOUR),
    R("thống nhất số liệu giữa báo cáo chính trị, báo cáo kiểm điểm của Ban Chấp hành và phụ lục"),
    R("chú trọng lấy ý kiến của Nhân dân, nhất là ở những địa bàn mới hợp nhất"),
]
NEWS_NOT = [
    "Chiều 07/8, Ban Thường vụ Tỉnh ủy Đồng Tháp tổ chức hội nghị",
    "Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị",
    "4 dự thảo cơ bản bám sát Hướng dẫn số 07-HD/BTGDVTU",
    "phát biểu kết luận hội nghị",
    "dự thảo phản ánh khá đầy đủ kết quả sản xuất lúa chất lượng cao",
    "không lặp lại trong báo cáo chính trị những nội dung đã nêu trong báo cáo kiểm điểm",
    "Những việc các xã biên giới phải làm trước mùa nước nổi",
    "Khởi công tuyến kè chắn sóng ở Gò Công Đông",
    "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
]

TB_REQ = [
    R("chậm nhất ngày 06/8/2025"),
    R("bổ sung đánh giá công tác phòng, chống tham nhũng, lãng phí, tiêu cực ở cơ sở"),
    R("gửi dự thảo trước ngày 04/8/2025", FOUR),
    R("nghiên cứu ý kiến góp ý của Ban Thường vụ Tỉnh ủy đối với 4 dự thảo này", OTHERS),
]
TB_NOT = [
    "Thường trực Tỉnh ủy họp nghe Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo tiến độ",
    "có 38/102 đảng bộ xã, phường đã hoàn thành dự thảo báo cáo chính trị",
    "Các nội dung khác của Hướng dẫn giữ nguyên",
    "Giao Ban Tổ chức Tỉnh ủy phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "Thường trực Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện",
]
RP_NOT = [
    "thu nhập bình quân đầu người năm 2025 ước đạt 64,5 triệu đồng",
    "Có 2/16 chỉ tiêu không đạt",
    "Tuyến phà kết nối với xã Gò Công Đông được nâng cấp",
    "Nhiệm kỳ 2025 - 2030 đề ra 16 chỉ tiêu chủ yếu",
]
DX_NOT = [
    "giảm 10% số ca mắc so với trung bình 5 năm",
    "Các xã, phường xác định rõ chỉ tiêu, nhiệm vụ và phân công trách nhiệm",
    "đợt 1 từ ngày 01/8/2025 đến ngày 15/8/2025",
    "phải thành lập đội xung kích diệt lăng quăng",
    "Không cần phun hóa chất diện rộng khi chưa có ổ dịch",
    "báo cáo kết quả thực hiện về Sở Y tế trước ngày 25 hằng tháng",
    "Kinh phí thực hiện từ nguồn ngân sách sự nghiệp y tế năm 2025",
]

REQUIREMENTS = {
    "_comment": REQ_COMMENT,
    "documents": {
        F_HD: {"requirements": HD_REQ, "not_requirements": HD_NOT},
        F_NEWS: {"requirements": NEWS_REQ, "not_requirements": NEWS_NOT},
        F_TB: {"requirements": TB_REQ, "not_requirements": TB_NOT},
        F_RP: {"requirements": [], "not_requirements": RP_NOT},
        F_DX: {"requirements": [], "not_requirements": DX_NOT},
    },
}

# ----------------------------------------------------------------------------------------------- questions
# (question, shape, gold, expect, forbid). half is assigned by alternation within each shape, in this order.
Q = lambda q, shape, gold, expect, forbid=(): dict(  # noqa: E731
    question=q, shape=shape, gold=list(gold), expect=list(expect), forbid=list(forbid), unanswerable=not gold)

QUESTIONS = [
    # ---- narrow
    Q("Theo Hướng dẫn 07-HD/BTGDVTU, báo cáo chính trị trình đại hội đảng bộ xã, phường được viết dài tối đa "
      "bao nhiêu trang?", "narrow",
      ["Báo cáo chính trị không quá 20 trang khổ A4"], ["20 trang"], ["26 trang", "23 trang"]),
    Q("Phụ lục số liệu kèm theo báo cáo chính trị cấp xã được dài tối đa mấy trang?", "narrow",
      ["Phụ lục số liệu không quá 10 trang"], ["10 trang"], ["20 trang"]),
    Q("Bao cao tom tat doc tai dai hoi dang bo xa duoc dai bao nhieu trang va trinh bay trong bao lau?", "narrow",
      ["báo cáo tóm tắt trình bày tại đại hội không quá 8 trang", "thời gian trình bày không quá 20 phút"],
      ["8 trang", "20 phút"], ["25 phút"]),
    Q("Chủ đề đại hội đảng bộ phường được phép viết tối đa bao nhiêu chữ?", "narrow",
      ["viết ngắn gọn, không quá 35 chữ"], ["35 chữ"], ["80 chữ"]),
    Q("Phần mục tiêu tổng quát trong dự thảo báo cáo chính trị của xã được giới hạn độ dài thế nào?", "narrow",
      ["Mục tiêu tổng quát viết không quá 80 chữ"], ["80 chữ"], ["35 chữ"]),
    Q("How many main targets should a commune party committee's political report set for the 2025-2030 term?",
      "narrow", ["Xác định từ 15 đến 18 chỉ tiêu chủ yếu"], ["15", "18"], ["21 chỉ tiêu", "17 chỉ tiêu"]),
    Q("Đảng ủy xã phải để dự thảo báo cáo chính trị cho cán bộ, đảng viên và Nhân dân góp ý trong thời gian ít "
      "nhất bao lâu?", "narrow",
      ["thời gian lấy ý kiến ít nhất 10 ngày"], ["10 ngày"], ["20 phút"]),
    Q("Báo cáo chính trị của đảng bộ xã cần rút ra mấy bài học kinh nghiệm?", "narrow",
      ["Rút ra từ 3 đến 4 bài học kinh nghiệm"], ["3 đến 4 bài học"], ["ba bài học"]),
    Q("Ban Thường vụ Tỉnh ủy yêu cầu phường Mỹ Tho xử lý độ dài dự thảo báo cáo chính trị như thế nào?",
      "narrow", ["rút gọn dự thảo từ 26 trang xuống đúng dung lượng quy định"], ["26 trang"], ["21 chỉ tiêu"]),
    Q("Dự thảo báo cáo chính trị của xã Tháp Mười đề ra bao nhiêu chỉ tiêu và được yêu cầu giảm còn bao nhiêu?",
      "narrow", ["dự thảo đề ra 21 chỉ tiêu, vượt khung hướng dẫn", "rà soát, giảm còn không quá 18 chỉ tiêu"],
      ["21 chỉ tiêu", "18 chỉ tiêu"], ["16 chỉ tiêu", "26 trang"]),
    Q("Tỷ lệ hộ nghèo của xã Tân Phú Đông đến cuối năm 2024 còn bao nhiêu?", "narrow",
      ["xuống còn 1,86% (cuối năm 2024)"], ["1,86%"], ["0,42%", "2,1%"]),
    Q("Thu nhập bình quân đầu người của xã Tân Phú Đông năm 2025 đạt bao nhiêu, mục tiêu năm 2030 là bao nhiêu?",
      "narrow", ["thu nhập bình quân đầu người năm 2025 ước đạt 64,5 triệu đồng",
                 "thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng"],
      ["64,5 triệu", "95 triệu"], ["86 triệu"]),
    Q("Có chỉ tiêu nào về xây dựng Đảng mà hướng dẫn dặn không đưa vào báo cáo chính trị cấp xã không?", "narrow",
      ["Không đưa chỉ tiêu về số lượng đảng viên bị xử lý kỷ luật"], ["bị xử lý kỷ luật"], []),
    Q("Nhóm chỉ tiêu kinh tế bắt buộc phải có trong báo cáo chính trị xã, phường gồm những chỉ tiêu gì?",
      "narrow", ["Tổng thu ngân sách nhà nước trên địa bàn; thu nhập bình quân đầu người"],
      ["Tổng thu ngân sách", "thu nhập bình quân đầu người"], ["64,5 triệu", "41,2 tỷ"]),
    Q("Về khâu đột phá hạ tầng giao thông, dự thảo của xã Gò Công Đông phải làm rõ điều gì?", "narrow",
      ["cần làm rõ tuyến đường kết nối với phường Gò Công"], ["phường Gò Công"], ["sông Tiền"]),
    # ---- narrow, unanswerable
    Q("Ban Thường vụ Tỉnh ủy góp ý gì cho dự thảo báo cáo chính trị của Đảng bộ xã Cái Bè?", "narrow",
      [], [], ["21 chỉ tiêu", "26 trang", "Dinh Bà", "kè chắn sóng"]),
    Q("Ban Thường vụ Tỉnh ủy đã góp ý riêng những gì cho dự thảo của Đảng bộ phường Gò Công?", "narrow",
      [], [], ["kè chắn sóng", "điện gió"]),
    Q("Tỉnh ủy An Giang quy định báo cáo chính trị cấp xã nhiệm kỳ 2025 - 2030 dài tối đa bao nhiêu trang?",
      "narrow", [], [], ["20 trang"]),
    Q("Tổng thu ngân sách nhà nước trên địa bàn xã Tân Phú Đông năm 2020 là bao nhiêu?", "narrow",
      [], [], ["41,2 tỷ"]),
    Q("Sau Thông báo kết luận 46-TB/TU, dung lượng báo cáo chính trị cấp xã được nâng lên bao nhiêu trang?",
      "narrow", [], [], ["26 trang", "23 trang", "25 trang"]),
    Q("Mỗi đảng bộ xã được bố trí bao nhiêu kinh phí để xây dựng báo cáo chính trị?", "narrow",
      [], [], ["ngân sách sự nghiệp y tế"]),
    # ---- broad
    Q("Báo cáo chính trị của các phường cần đề cập những gì về đô thị và kinh tế?", "broad",
      ["Quản lý, chỉnh trang đô thị và trật tự xây dựng",
       "phát triển thương mại, dịch vụ; nuôi dưỡng nguồn thu ngân sách"],
      ["chỉnh trang đô thị", "thương mại, dịch vụ"], ["nông thôn mới kiểu mẫu"]),
    Q("Đối với các xã ven biển và cù lao, báo cáo chính trị cần đề cập những gì?", "broad",
      ["Ứng phó xâm nhập mặn, sạt lở bờ biển, bờ sông", "phát triển nuôi trồng thủy sản và kinh tế biển"],
      ["xâm nhập mặn", "nuôi trồng thủy sản"], ["buôn lậu"]),
    Q("Phần hạn chế, khuyết điểm của báo cáo chính trị cần đề cập những gì?", "broad",
      ["nêu rõ chỉ tiêu không đạt và mức độ không đạt", "làm rõ trách nhiệm của cấp ủy và người đứng đầu"],
      ["chỉ tiêu không đạt", "người đứng đầu"], []),
    Q("Bao cao chinh tri can de cap nhung gi ve viec van hanh chinh quyen dia phuong hai cap?", "broad",
      ["Đánh giá bước đầu việc vận hành chính quyền địa phương hai cấp",
       "giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công"],
      ["hai cấp", "thủ tục hành chính"], []),
    Q("Theo ý kiến của Ban Thường vụ Tỉnh ủy, dự thảo của xã Tân Hồng cần bổ sung, đề cập những gì?", "broad",
      ["phối hợp với Đồn Biên phòng trong quản lý, bảo vệ đường biên",
       "giải pháp phát triển kinh tế cửa khẩu Dinh Bà"],
      ["Đồn Biên phòng", "Dinh Bà"], ["điện gió", "sông Tiền"]),
    Q("Ban Thường vụ góp ý những gì cho dự thảo báo cáo chính trị của Đảng bộ xã Gò Công Đông?", "broad",
      ["bổ sung đánh giá tình hình sạt lở bờ biển", "hiệu quả các tuyến kè chắn sóng",
       "định hướng phát triển điện gió, du lịch biển phải bám sát Quy hoạch tỉnh"],
      ["kè chắn sóng", "điện gió"], ["cửa khẩu"]),
    Q("What must Mỹ Tho ward's draft political report cover, according to the provincial standing committee's "
      "comments?", "broad",
      ["làm rõ vai trò của phường là trung tâm hành chính - chính trị",
       "tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình"],
      ["trung tâm hành chính - chính trị", "trực tuyến toàn trình"], ["Dinh Bà", "Đồng Tháp Mười"]),
    Q("Xã Cái Bè thuộc nhóm nông nghiệp thì báo cáo chính trị cần đề cập những gì về sản xuất nông nghiệp?",
      "broad", ["Chuyển đổi cơ cấu cây trồng, vật nuôi", "xây dựng vùng nguyên liệu gắn với liên kết tiêu thụ"],
      ["cơ cấu cây trồng", "vùng nguyên liệu"], ["sạt lở bờ biển", "lăng quăng"]),
    Q("Báo cáo chính trị cấp xã cần đề cập những gì về y tế và phòng, chống dịch bệnh?", "broad",
      ["chăm sóc sức khỏe Nhân dân, y tế cơ sở và phòng, chống dịch bệnh"], ["y tế cơ sở"],
      ["lăng quăng", "phun hóa chất", "đội xung kích"]),
    Q("Riêng báo cáo chính trị của xã Lai Vung cần đề cập thêm những gì?", "broad",
      ["kết quả phát triển vùng chuyên canh quýt hồng và làng nghề sản xuất nem"],
      ["quýt hồng", "làng nghề sản xuất nem"], ["Làng hoa"]),
    # ---- broad, unanswerable (the guidance says it is NOT needed)
    Q("Báo cáo chính trị của phường Sa Đéc cần đề cập những gì về chương trình xây dựng nông thôn mới?", "broad",
      [], [], ["nông thôn mới nâng cao, nông thôn mới kiểu mẫu"]),
    # ---- which
    Q("Những xã nào phải đánh giá công tác quốc phòng, an ninh, bảo vệ chủ quyền biên giới?", "which",
      ["Xã Tân Hồng, xã Thường Phước"], ["Tân Hồng", "Thường Phước"], ["Hồng Ngự"]),
    Q("Những phường nào phải làm rõ việc quản lý, chỉnh trang đô thị trong báo cáo chính trị?", "which",
      ["Phường Mỹ Tho, phường Cao Lãnh, phường Sa Đéc, phường Gò Công, phường Hồng Ngự"],
      ["Mỹ Tho", "Cao Lãnh", "Sa Đéc", "phường Gò Công", "Hồng Ngự"], ["Gò Công Đông"]),
    Q("Những đảng bộ xã, phường nào được Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị chiều 07/8?",
      "which", ["phường Mỹ Tho, xã Tháp Mười, xã Gò Công Đông và xã Tân Hồng"],
      ["Mỹ Tho", "Tháp Mười", "Gò Công Đông", "Tân Hồng"], ["Tân Phú Đông", "Cái Bè"]),
    Q("Những xã nào phải làm rõ việc xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu?", "which",
      ["Xã Tháp Mười, xã Cái Bè, xã Lai Vung, xã Tân Phước, xã Chợ Gạo"],
      ["Tháp Mười", "Cái Bè", "Lai Vung", "Tân Phước", "Chợ Gạo"], ["Tân Phú Đông", "Cao Lãnh"]),
    Q("Nhung xa nao phai danh gia ung pho xam nhap man va sat lo bo bien?", "which",
      ["Xã Gò Công Đông, xã Tân Phú Đông"], ["Gò Công Đông", "Tân Phú Đông"], ["Tháp Mười"]),
    Q("Đảng bộ nào phải gửi dự thảo sớm, trước ngày 04/8/2025?", "which",
      ["4. Đảng bộ phường Mỹ Tho, xã Tháp Mười, xã Gò Công Đông",
       "xã Tân Hồng gửi dự thảo trước ngày 04/8/2025"],
      ["Mỹ Tho", "Tháp Mười", "Gò Công Đông", "Tân Hồng"], []),
    # ---- which, unanswerable
    Q("Những xã nào phải đưa chỉ tiêu số đảng viên bị xử lý kỷ luật vào báo cáo chính trị?", "which",
      [], [], []),
    Q("Những xã, phường nào phải thành lập tổ biên tập dự thảo báo cáo chính trị?", "which",
      [], [], ["đội xung kích", "Cái Bè, xã Chợ Gạo"]),
    # ---- when
    Q("Dự thảo báo cáo chính trị của các xã, phường phải gửi về Ban Thường vụ Tỉnh ủy chậm nhất ngày nào?",
      "when", ["chậm nhất ngày 06/8/2025"], ["06/8/2025"], ["31/7/2025"]),
    Q("Số liệu đánh giá nhiệm kỳ trong báo cáo chính trị cấp xã được tính đến mốc thời gian nào?", "when",
      ["Số liệu đánh giá tính đến ngày 30/6/2025"], ["30/6/2025"], ["25/7/2025"]),
    Q("Sau khi được góp ý, bốn đảng bộ phải hoàn chỉnh và gửi lại dự thảo trước ngày nào?", "when",
      ["hoàn chỉnh dự thảo và gửi lại trước ngày 15/8/2025"], ["15/8/2025"], ["06/8/2025", "04/8/2025"]),
    Q("When did the provincial standing committee meet to comment on the four draft political reports?", "when",
      ["Chiều 07/8, Ban Thường vụ Tỉnh ủy Đồng Tháp tổ chức hội nghị"], ["07/8"],
      ["14/8/2025", "08/08/2025"]),
    Q("Theo ke hoach phong chong sot xuat huyet, dot 1 chien dich diet lang quang dien ra tu ngay nao den ngay "
      "nao?", "when", ["đợt 1 từ ngày 01/8/2025 đến ngày 15/8/2025"], ["01/8/2025", "15/8/2025"], []),
    # ---- when, unanswerable
    Q("Đại hội đại biểu Đảng bộ xã Tháp Mười lần thứ I được tổ chức vào ngày nào?", "when", [], [], []),
    Q("Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị của xã Thường Phước vào ngày nào?", "when",
      [], [], []),
    # ---- who
    Q("Ai chủ trì hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị của 4 đảng bộ?", "who",
      ["Nguyễn Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị"], ["Nguyễn Văn Hòa"],
      ["Phan Văn Thắng"]),
    Q("Ai ký Hướng dẫn 07-HD/BTGDVTU về nội dung báo cáo chính trị cấp xã?", "who",
      ["Võ Thị Kim Ngân"], ["Võ Thị Kim Ngân"], ["Lê Thị Ngọc Diễm"]),
    Q("Who gave the conclusions at the provincial standing committee session recorded in Thông báo 46-TB/TU?",
      "who", ["đồng chí Phan Văn Thắng, Bí thư Tỉnh ủy kết luận như sau"], ["Phan Văn Thắng"],
      ["Nguyễn Văn Hòa"]),
    Q("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự hội nghị góp ý dự thảo là ai?", "who",
      ["Lê Thị Ngọc Diễm, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo"], ["Lê Thị Ngọc Diễm"],
      ["Võ Thị Kim Ngân"]),
    # ---- who, unanswerable
    Q("Ai là Bí thư Đảng ủy xã Tân Phú Đông nhiệm kỳ 2025 - 2030?", "who", [], [],
      ["Phan Văn Thắng", "Nguyễn Văn Hòa"]),
]

# Phrases that must NOT occur anywhere in the corpus (the unanswerable questions rely on them being absent).
ABSENT = ["An Giang", "kinh phí xây dựng báo cáo", "Bí thư Đảng ủy xã Tân Phú Đông", "năm 2020 đạt",
          "nâng lên", "xã Thường Phước vào ngày", "Đại hội đại biểu Đảng bộ xã Tháp Mười", "tổ biên tập",
          "Ban Thường vụ Tỉnh ủy góp ý cho phường Gò Công", "xã Cái Bè, Ban Thường vụ"]

# ----------------------------------------------------------------------------------------------- drafts
DRAFTS_COMMENT = (
    "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of one guidance "
    "requirement that applies to the draft's unit). addressed = the draft states the substance in any words; a "
    "figure counts when it is inside the limit or range, boundary included (19 trang for 'không quá 20 trang', "
    "9 trang phụ lục, 34 chữ for 'không quá 35 chữ', 16 or 17 chỉ tiêu for 'từ 15 đến 18', 3 bài học for 'từ 3 "
    "đến 4', 2 or 3 khâu for 'từ 2 đến 3'); partly = one part of a multi-part requirement, a passing mention "
    "without the asked-for assessment, or a count outside the range for an item that is otherwise present (2 "
    "bài học); missing = not stated, or a figure outside a maximum (23 trang, a chủ đề of 63 chữ). A heading or "
    "sentence that only repeats the guidance's wording followed by a placeholder ('…', '[Bổ sung sau.]', "
    "'(Đang hoàn thiện.)', '(Đang chờ số liệu…)') counts as missing. Only content requirements that apply to "
    "the draft's own unit are labelled (general [] ones and those scoped to it); process requirements "
    "(deadlines, lấy ý kiến, tóm tắt, data cut-off, resubmission) are not labelled. The Tân Hồng draft is the "
    "version sent on 04/8/2025 that the 07/8 meeting commented on, so the news page's Tân Hồng keys apply."
)
A, P, M = "addressed", "partly", "missing"
DRAFTS = {
    "01_phuong_cao_lanh_gan_day_du.txt": ("phường Cao Lãnh", {
        "ghi rõ nguồn và phương pháp ước tính": A,
        "Tên báo cáo ghi thống nhất": A,
        "viết ngắn gọn, không quá 35 chữ": A,
        "so sánh kết quả thực hiện với mục tiêu đề ra": A,
        "đánh giá kết quả giảm nghèo bền vững, chăm sóc sức khỏe Nhân dân": A,
        "thực hiện chính sách đối với người có công và an sinh xã hội": A,
        "Đánh giá kết quả đạt được trên các lĩnh vực kinh tế, văn hóa - xã hội": A,
        "Đánh giá bước đầu việc vận hành chính quyền địa phương hai cấp": A,
        "nêu rõ chỉ tiêu không đạt và mức độ không đạt": A,
        "phân tích nguyên nhân khách quan, chủ quan": A,
        "làm rõ trách nhiệm của cấp ủy và người đứng đầu": A,
        "Rút ra từ 3 đến 4 bài học kinh nghiệm": A,
        "chỉ nêu ngắn gọn những thuận lợi, khó khăn của địa phương": A,
        "Mục tiêu tổng quát viết không quá 80 chữ": A,
        "Xác định từ 15 đến 18 chỉ tiêu chủ yếu": A,
        "Tổng thu ngân sách nhà nước trên địa bàn": A,
        "thu nhập bình quân đầu người đến năm 2030": A,
        "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều": A,
        "tỷ lệ dân số tham gia bảo hiểm y tế": A,
        "tỷ lệ hộ dân sử dụng nước sạch": M,
        "Số đảng viên mới kết nạp trong nhiệm kỳ": A,
        "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên": A,
        "Xác định từ 2 đến 3 khâu đột phá": A,
        "mỗi khâu đột phá nêu rõ kết quả cần đạt đến năm 2030": A,
        "Nhiệm vụ, giải pháp tập trung vào những việc thuộc thẩm quyền của cấp xã": A,
        "đề ra giải pháp đẩy mạnh chuyển đổi số, xây dựng chính quyền số ở cơ sở": A,
        "Báo cáo chính trị không quá 20 trang khổ A4": A,
        "Phụ lục số liệu không quá 10 trang": A,
        "Quản lý, chỉnh trang đô thị và trật tự xây dựng": A,
        "phát triển thương mại, dịch vụ; nuôi dưỡng nguồn thu ngân sách trên địa bàn": A,
        "kết quả nông thôn mới của các xã cũ trước khi nhập vào phường": A,
        "làm rõ vai trò trung tâm giáo dục, đào tạo của vùng": A,
        "bổ sung đánh giá công tác phòng, chống tham nhũng, lãng phí, tiêu cực ở cơ sở": P,
    }),
    "02_xa_tan_hong_con_thieu.txt": ("xã Tân Hồng", {
        "Tên báo cáo ghi thống nhất": A,
        "viết ngắn gọn, không quá 35 chữ": M,
        "so sánh kết quả thực hiện với mục tiêu đề ra": P,
        "đánh giá kết quả giảm nghèo bền vững, chăm sóc sức khỏe Nhân dân": A,
        "thực hiện chính sách đối với người có công và an sinh xã hội": M,
        "Đánh giá bước đầu việc vận hành chính quyền địa phương hai cấp": M,
        "nêu rõ chỉ tiêu không đạt và mức độ không đạt": M,
        "phân tích nguyên nhân khách quan, chủ quan": P,
        "làm rõ trách nhiệm của cấp ủy và người đứng đầu": M,
        "Rút ra từ 3 đến 4 bài học kinh nghiệm": P,
        "chỉ nêu ngắn gọn những thuận lợi, khó khăn của địa phương": M,
        "Mục tiêu tổng quát viết không quá 80 chữ": M,
        "Xác định từ 15 đến 18 chỉ tiêu chủ yếu": A,
        "Tổng thu ngân sách nhà nước trên địa bàn": A,
        "thu nhập bình quân đầu người đến năm 2030": A,
        "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều": A,
        "tỷ lệ dân số tham gia bảo hiểm y tế": M,
        "tỷ lệ hộ dân sử dụng nước sạch": A,
        "Số đảng viên mới kết nạp trong nhiệm kỳ": M,
        "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên": M,
        "Xác định từ 2 đến 3 khâu đột phá": A,
        "mỗi khâu đột phá nêu rõ kết quả cần đạt đến năm 2030": M,
        "Nhiệm vụ, giải pháp tập trung vào những việc thuộc thẩm quyền của cấp xã": M,
        "đề ra giải pháp đẩy mạnh chuyển đổi số, xây dựng chính quyền số ở cơ sở": M,
        "Báo cáo chính trị không quá 20 trang khổ A4": M,
        "Quốc phòng, an ninh, bảo vệ chủ quyền biên giới quốc gia": A,
        "phòng, chống buôn lậu, gian lận thương mại qua biên giới": M,
        "vận động Nhân dân khu vực biên giới tham gia tự quản đường biên": P,
        "bổ sung đánh giá công tác phòng, chống tham nhũng, lãng phí, tiêu cực ở cơ sở": M,
        "phối hợp với Đồn Biên phòng trong quản lý, bảo vệ đường biên, mốc quốc giới": P,
        "giải pháp phát triển kinh tế cửa khẩu Dinh Bà": M,
        "chưa chỉ rõ trách nhiệm của tập thể, cá nhân": M,
    }),
    "03_xa_cai_be_lap_lai_huong_dan.txt": ("xã Cái Bè", {
        "Tên báo cáo ghi thống nhất": A,
        "viết ngắn gọn, không quá 35 chữ": M,
        "Đánh giá kết quả đạt được trên các lĩnh vực kinh tế, văn hóa - xã hội": M,
        "so sánh kết quả thực hiện với mục tiêu đề ra": P,
        "đánh giá kết quả giảm nghèo bền vững, chăm sóc sức khỏe Nhân dân": P,
        "thực hiện chính sách đối với người có công và an sinh xã hội": M,
        "Đánh giá bước đầu việc vận hành chính quyền địa phương hai cấp": M,
        "nêu rõ chỉ tiêu không đạt và mức độ không đạt": M,
        "phân tích nguyên nhân khách quan, chủ quan": M,
        "làm rõ trách nhiệm của cấp ủy và người đứng đầu": M,
        "Rút ra từ 3 đến 4 bài học kinh nghiệm": M,
        "Mục tiêu tổng quát viết không quá 80 chữ": M,
        "Xác định từ 15 đến 18 chỉ tiêu chủ yếu": A,
        "Tổng thu ngân sách nhà nước trên địa bàn": M,
        "thu nhập bình quân đầu người đến năm 2030": A,
        "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều": M,
        "tỷ lệ dân số tham gia bảo hiểm y tế": A,
        "tỷ lệ hộ dân sử dụng nước sạch": M,
        "Số đảng viên mới kết nạp trong nhiệm kỳ": A,
        "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên": M,
        "Xác định từ 2 đến 3 khâu đột phá": M,
        "mỗi khâu đột phá nêu rõ kết quả cần đạt đến năm 2030": M,
        "đề ra giải pháp đẩy mạnh chuyển đổi số, xây dựng chính quyền số ở cơ sở": M,
        "Chuyển đổi cơ cấu cây trồng, vật nuôi": M,
        "xây dựng vùng nguyên liệu gắn với liên kết tiêu thụ": M,
        "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu": A,
        "bổ sung đánh giá công tác phòng, chống tham nhũng, lãng phí, tiêu cực ở cơ sở": M,
    }),
}
DRAFT_HALVES = {"01_phuong_cao_lanh_gan_day_du.txt": "dev",
                "02_xa_tan_hong_con_thieu.txt": "heldout",
                "03_xa_cai_be_lap_lai_huong_dan.txt": "dev"}
