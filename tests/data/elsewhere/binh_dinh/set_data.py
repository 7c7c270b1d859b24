"""Hand-written data of the Bình Định set: gazetteer, requirement catalogue, questions (with the documents each
answer comes from), draft labels. Imported by make_set.py (which writes the JSON / JSONL / TXT files) and by
check_set.py.
"""

from __future__ import annotations

import texts_drafts as _D

P = "guidance/huong-dan-45-hd-btgtu-bao-cao-chinh-tri-cap-huyen-scan.pdf"
O = "guidance/huong-dan-45-hd-btgtu-bao-cao-chinh-tri-cap-huyen-scan.ocr.txt"  # noqa: E741
N = "guidance/fw-thong-bao-ket-luan-527-tb-tu-du-thao-bcct-phu-cat-tay-son-van-canh.txt"
X = "guidance/ke-hoach-san-xuat-vu-dong-xuan-2024-2025.txt"
R = "reports/bao-cao-chinh-tri-dang-bo-huyen-hoai-an-2020-2025.docx"
# source tag "G" = the Hướng dẫn: the gold must be in one paragraph of the OCR .txt AND in the PDF's pypdf text
DOC_OF = {"G": O, "N": N, "X": X, "R": R}

# -----------------------------------------------------------------------------------------------------
# Gazetteer: 11 district-level units of Bình Định (1 city, 2 towns, 8 districts) as of 2024.
# -----------------------------------------------------------------------------------------------------
QN, AN, HN = "TP Quy Nhơn", "TX An Nhơn", "TX Hoài Nhơn"
GAZETTEER = {
    "_comment": "District-level units (cấp huyện) of Bình Định province as of 2024: 1 city (Quy Nhơn), 2 towns "
                "(thị xã An Nhơn, thị xã Hoài Nhơn) and 8 districts. aliases = forms that name the unit alone in "
                "running text. Names that occur inside names of other things and do not by themselves name the "
                "unit: 'Quy Nhơn' in the letterhead place line 'Quy Nhơn, ngày ...', in 'cao tốc Quy Nhơn - "
                "Pleiku'; 'Tây Sơn' in 'Khu di tích ... Tây Sơn Tam Kiệt' and 'Lễ hội Đống Đa - Tây Sơn'; 'Phù "
                "Cát' in 'Cảng hàng không Phù Cát'; 'Bình Định' (the province) in 'võ cổ truyền Bình Định'. "
                "'Hoài Nhơn' and 'Hoài Ân', 'An Nhơn' and 'An Lão' are different units.",
    "units": [
        {"name": QN, "kind": "thành phố", "aliases": ["TP Quy Nhơn", "TP. Quy Nhơn", "thành phố Quy Nhơn"]},
        {"name": AN, "kind": "thị xã", "aliases": ["An Nhơn", "thị xã An Nhơn", "TX An Nhơn", "TX. An Nhơn"]},
        {"name": HN, "kind": "thị xã", "aliases": ["Hoài Nhơn", "thị xã Hoài Nhơn", "TX Hoài Nhơn",
                                                    "TX. Hoài Nhơn"]},
        {"name": "An Lão", "kind": "huyện", "aliases": ["An Lão", "huyện An Lão"]},
        {"name": "Hoài Ân", "kind": "huyện", "aliases": ["Hoài Ân", "huyện Hoài Ân"]},
        {"name": "Phù Cát", "kind": "huyện", "aliases": ["Phù Cát", "huyện Phù Cát"]},
        {"name": "Phù Mỹ", "kind": "huyện", "aliases": ["Phù Mỹ", "huyện Phù Mỹ"]},
        {"name": "Tây Sơn", "kind": "huyện", "aliases": ["Tây Sơn", "huyện Tây Sơn"]},
        {"name": "Tuy Phước", "kind": "huyện", "aliases": ["Tuy Phước", "huyện Tuy Phước"]},
        {"name": "Vân Canh", "kind": "huyện", "aliases": ["Vân Canh", "huyện Vân Canh"]},
        {"name": "Vĩnh Thạnh", "kind": "huyện", "aliases": ["Vĩnh Thạnh", "huyện Vĩnh Thạnh"]},
    ],
}
ALL = [u["name"] for u in GAZETTEER["units"]]
COAST = [QN, HN, "Phù Mỹ", "Phù Cát", "Tuy Phước"]
MOUNT = ["An Lão", "Vĩnh Thạnh", "Vân Canh"]
TOWNS = [AN, HN]
PILOT = ["Phù Cát", "Tây Sơn", "Vân Canh"]
REST = [x for x in ALL if x not in PILOT]

# -----------------------------------------------------------------------------------------------------
# Requirement catalogue. REQ[id] = (doc, key, scope)
# -----------------------------------------------------------------------------------------------------
REQ: dict[str, tuple[str, str, list[str]]] = {}


def r(rid: str, doc: str, key: str, scope=()) -> None:
    REQ[rid] = (doc, key, list(scope))


# --- Hướng dẫn 45 (same keys in the PDF and in its OCR .txt) ---
G = "G"
r("g_xiv", G, "cụ thể hóa dự thảo văn kiện Đại hội XIV của Đảng")
r("g_thucchat", G, "đánh giá đúng thực chất, khách quan, toàn diện kết quả thực hiện")
r("g_quyhoach", G, "bám sát Quy hoạch tỉnh Bình Định thời kỳ 2021 - 2030")
r("g_ykien", G, "lấy ý kiến rộng rãi của cán bộ, đảng viên, Mặt trận Tổ quốc")
r("g_nganguon", G, "Báo cáo viết ngắn gọn, súc tích, dễ hiểu, dễ nhớ, dễ thực hiện")
r("g_ten", G, "Tên báo cáo thống nhất là")
r("g_chude", G, "viết ngắn gọn, không quá 40 chữ")
r("g_modau", G, "viết không quá một trang")
r("g_45", G, "chiếm khoảng 45% dung lượng báo cáo")
r("g_50", G, "khoảng 50% dung lượng báo cáo")
r("g_kinhte", G, "đánh giá tốc độ tăng trưởng tổng giá trị sản xuất, quy mô và cơ cấu kinh tế")
r("g_doichieu", G, "đối chiếu với chỉ tiêu nghị quyết và so sánh với")
r("g_congtrinh", G, "Nêu rõ những công trình, dự án trọng điểm đã hoàn thành")
r("g_ntm", G, "nêu rõ số xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao")
r("g_ocop", G, "số sản phẩm OCOP đạt từ 3 sao trở lên")
r("g_giamngheo", G, "đánh giá kết quả giảm nghèo theo chuẩn nghèo đa chiều")
r("g_hongheo", G, "tỷ lệ hộ nghèo đầu và cuối nhiệm kỳ")
r("g_nhatam", G, "kết quả hỗ trợ xóa nhà tạm, nhà dột nát")
r("g_datdai", G, "đánh giá công tác quản lý đất đai, khoáng sản")
r("g_phongthu", G, "đánh giá việc xây dựng khu vực phòng thủ vững chắc")
r("g_kl21", G, "đánh giá việc thực hiện Kết luận số 21-KL/TW")
r("g_sapxep", G, "kết quả sắp xếp đơn vị hành chính cấp xã")
r("g_tcco", G, "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên qua các năm")
r("g_tacdonglon", G, "chỉ nêu kết quả của những nghị quyết, đề án có tác động lớn")
r("g_hanche", G, "Nêu thẳng, nêu đúng những chỉ tiêu không đạt và mức độ đạt được")
r("g_nguyennhan", G, "Phân tích rõ nguyên nhân khách quan và nguyên nhân chủ quan")
r("g_baihoc", G, "Rút ra từ ba đến bốn bài học kinh nghiệm")
r("g_dubao", G, "nêu ngắn gọn những thuận lợi, khó khăn, thách thức")
r("g_muctieu", G, "Mục tiêu tổng quát viết trong một đoạn văn, không quá 120 chữ")
r("g_chitieu", G, "gồm từ 18 đến 22 chỉ tiêu, chia thành bốn nhóm")
r("g_batbuoc", G, "Bắt buộc có các chỉ tiêu")
r("g_dotpha", G, "lựa chọn từ hai đến ba khâu dột phá")
r("g_dotpha_kq", G, "mỗi khâu phải chỉ rõ nội dung, địa bàn thực hiện và kết quả cần đạt vào năm 2030")
r("g_nhiemvu", G, "tập trung vào những nhiệm vụ trọng tâm, phù hợp với tiềm năng, lợi thế")
r("g_cds", G, "Có một đoạn riêng về chuyển đổi số")
r("g_chibo", G, "nêu giải pháp nâng cao chất lượng sinh hoạt chi bộ")
r("g_ketnap", G, "chỉ tiêu kết nạp đảng viên mới cả nhiệm kỳ phải được lượng hóa bằng con số cụ thể")
r("g_bien", G, "đánh giá kết quả phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh trên biển", COAST)
r("g_iuu", G, "không báo cáo và không theo quy định (IUU)", COAST)
r("g_satlo", G, "tình hình sạt lở bờ biển, cửa sông", COAST)
r("g_tauca", G, "nêu giải pháp quản lý đội tàu cá, bảo đảm an toàn cho ngư dân", COAST)
r("g_tp_thinai", G, "tập trung đánh giá nuôi trồng thủy sản vùng đầm Thị Nại và bảo vệ rừng ngập mặn", ["Tuy Phước"])
r("g_ctmtqg", G, "đánh giá kết quả thực hiện Chương trình mục tiêu quốc gia", MOUNT)
r("g_canbodt", G, "công tác đào tạo, bố trí cán bộ", MOUNT)
r("g_rung", G, "kết quả bảo vệ, phát triển rừng và trồng rừng gỗ lớn", MOUNT)
r("g_ngheodt", G, "phải nêu tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số", MOUNT)
r("g_tainngheo", G, "làm rõ tình trạng tái nghèo, phát sinh nghèo", MOUNT)
r("g_xamiennui", G, "nêu kết quả ở các xã miền núi trong phần đánh giá giảm nghèo", ["Hoài Ân", "Tây Sơn"])
r("g_dothi3", G, "làm rõ kết quả thực hiện các tiêu chí đô thị loại III", TOWNS)
r("g_quyhoachdt", G, "đánh giá công tác quản lý quy hoạch, trật tự xây dựng và thu hút đầu tư hạ tầng đô thị", TOWNS)
r("g_an_tp", G, "nêu lộ trình, điều kiện thành lập thành phố thuộc tỉnh", [AN])
r("g_hn_tamquan", G, "đánh giá thêm hiệu quả khai thác cảng cá Tam Quan", [HN])
r("g_qn_trungtam", G, "đánh giá vai trò trung tâm chính trị, kinh tế, văn hóa của tỉnh", [QN])
r("g_qn_loai1", G, "kết quả xây dựng đô thị loại I theo hướng đô thị thông minh", [QN])
r("g_qn_dulich", G, "kết quả phát triển du lịch, dịch vụ, nhất là du lịch biển, đảo", [QN])
r("g_qn_phoihop", G, "Thành phố phối hợp với thị xã An Nhơn và huyện Tuy Phước", [QN])
r("g_qn_ngap", G, "đánh giá tình trạng ngập úng cục bộ trong mùa mưa", [QN])
r("g_qn_chinhtrang", G, "kết quả chỉnh trang các khu dân cư ven đầm Thị Nại", [QN])
r("g_ts_ditich", G, "đánh giá kết quả bảo tồn, phát huy giá trị Khu di tích quốc gia đặc biệt Tây Sơn Tam Kiệt", ["Tây Sơn"])
r("g_pc_hoahoi", G, "đánh giá tác động của Khu công nghiệp Hòa Hội và Cảng hàng không Phù Cát", ["Phù Cát"])
r("g_pm_nangluong", G, "đánh giá hiệu quả các dự án năng lượng tái tạo", ["Phù Mỹ"])
r("g_pm_traO", G, "công tác bảo vệ môi trường vùng đầm Trà Ổ", ["Phù Mỹ"])
r("g_35trang", G, "dung lượng không quá 35 trang khổ A4 (không kể phụ lục)")
r("g_font", G, "phông chữ Times New Roman cỡ 14, giãn dòng 1,15")
r("g_phuluc", G, "Phụ lục số liệu kèm theo báo cáo không quá l2 trang")
r("g_tomtat", G, "Báo cáo tóm tắt trình bày tại dại hội không quá 10")
r("g_moc", G, "dự thảo lần 1 lấy số liệu thực hiện đến hết ngày 30/6/2024")
r("g_uoc", G, "lấy số ước thực hiện cả năm")
r("g_thongke", G, "phải thống nhất với số liệu của cơ quan thống kê")
r("g_gia2010", G, "giá trị sản xuất tính theo giá so sánh năm 2010")
r("g_tobientap", G, "do đồng chí bí thư cấp ủy làm tổ trưởng")
r("g_t1", G, "Trước 10/10/2024")
r("g_t2", G, "Trước 25/11/2024", PILOT)
r("g_t3", G, "Trước 3l/01/2025", REST)
r("g_t4", G, "Trước 15/3/2025")
r("g_t5", G, "Chậm nhất 15 ngày")
r("g_t6", G, "Trong 07 ngày sau đại")
r("g_banggiay", G, "đồng thời gửi 02 bản giấy về Ban Tuyên giáo Tỉnh ủy")

# --- Thông báo kết luận 527 (in the forwarded e-mail) ---
r("n_30trang", N, "không quá 30 trang khổ A4 (không kể phụ lục)")
r("n_phuluc_bang", N, "bảng chỉ tiêu nhiệm kỳ 2025 - 2030 đưa vào phụ lục")
r("n_capnhat", N, "Cập nhật số liệu đến hết ngày 30/11/2024", PILOT)
r("n_thongnhat", N, "thống nhất với báo cáo kinh tế - xã hội của Ủy ban nhân dân huyện", PILOT)
r("n_dichdanh", N, "Phần hạn chế phải nêu đích danh từng chỉ tiêu không đạt", PILOT)
r("n_trachnhiem", N, "gắn với trách nhiệm của tập thể, cá nhân cụ thể", PILOT)
r("n_nq18", N, "thể hiện rõ tinh thần Nghị quyết số 18-NQ/TW", PILOT)
r("n_pc_hoahoi", N, "đánh giá sâu hơn tác động của Khu công nghiệp Hòa Hội", ["Phù Cát"])
r("n_pc_iuu", N, "Bổ sung kết quả chống khai thác IUU", ["Phù Cát"])
r("n_pc_tangtruong", N, "điều chỉnh trong khoảng từ 9,5% đến 10%/năm", ["Phù Cát"])
r("n_ts_ditich", N, "làm rõ hơn giải pháp phát huy giá trị Khu di tích Tây Sơn Tam Kiệt", ["Tây Sơn"])
r("n_ts_caotoc", N, "đánh giá tác động của tuyến cao tốc Quy Nhơn - Pleiku", ["Tây Sơn"])
r("n_ts_22", N, "giảm từ 26 xuống không quá 22 chỉ tiêu", ["Tây Sơn"])
r("n_ts_dotpha", N, "giảm từ bốn khâu xuống không quá ba khâu", ["Tây Sơn"])
r("n_ts_baihoc", N, "viết gọn lại còn ba bài học", ["Tây Sơn"])
r("n_vc_ngheo", N, "phân tích rõ nguyên nhân tỷ lệ hộ nghèo trong đồng bào Chăm, Ba Na còn cao", ["Vân Canh"])
r("n_vc_fsc", N, "Bổ sung giải pháp phát triển vùng trồng rừng gỗ lớn có chứng chỉ", ["Vân Canh"])
r("n_vc_thunhap", N, "cần tính toán lại cho sát thực tế", ["Vân Canh"])
r("n_hanguilai", N, "gửi Ban Tuyên giáo Tỉnh ủy trước ngày 08/01/2025", PILOT)

NOT_REQ = {
    G: [
        "Ban Tuyên giáo Tỉnh ủy hướng dẫn việc xây dựng báo cáo chính trị",
        "Văn bản này là hướng dẫn khung về bố cục",
        "những nội dung gợi ý trong hướng dẫn không phải là đề cương bắt buộc",
        "Báo cáo chính trị là văn kiện trung tâm của đại hội",
        "Không nhất thiết tổ chức hội nghị lấy ý kiến riêng",
        "không lồng ghép vào báo cáo chính trị",
        "Chủ đề không nhất thiết phải nêu tên địa phương",
        "Báo cáo gồm phần mở đầu và hai phần chính",
        "Không cần liệt kê đầy đủ các nghị quyết",
        "Không nhất thiết mỗi lĩnh vực đều có một bài học",
        "không cần phân tích bối cảnh quốc tế",
        "Không lặp lại nguyên văn nhiệm vụ, giải pháp",
        "Ngoài các nội dung chung nêu trên",
        "Riêng huyện Tuy Phước không cần đánh giá khai thác hải sản xa bờ",
        "Các huyện miền núi không cần đặt chỉ tiêu về tỷ lệ đô thị hóa",
        "không cần viết thành mục riêng",
        "không phải bổ sung nội dung riêng",
        "Báo cáo không cần kèm hình ảnh minh họa",
        "Ba đảng bộ được chọn tổ chức đại hội điểm cấp huyện",
        "Không cần gửi kèm biên bản các hội nghị lấy ý kiến",
        "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy",
        "Hướng dẫn này được gửi đến ban thường vụ",
        "Lê Thị Mỹ Hạnh",
        "Số 45-HD/BTGTU",
    ],
    N: [
        "Em chuyển Thông báo kết luận số 527-TB/TU",
        "Đề nghị các anh, chị lưu ý mục 2.1",
        "Văn phòng Tỉnh ủy gửi Ban Thường vụ các huyện ủy Phù Cát",
        "huyện không bắt buộc tổ chức hội thảo khoa học",
        "Ngày 13/12/2024, Ban Thường vụ Tỉnh ủy họp",
        "đại diện Ban Thường vụ Thị ủy Hoài Nhơn dự để nghiên cứu, rút kinh nghiệm",
        "Ban Thường vụ Tỉnh ủy kết luận như sau:",
        "Các dự thảo được chuẩn bị công phu",
        "có thể tham khảo cách quản lý tàu cá của thị xã Hoài Nhơn",
        "không cần viết thành mục riêng",
        "nghiên cứu nội dung thông báo này để tham khảo",
        "Ban Tuyên giáo Tỉnh ủy theo dõi, đôn đốc việc tiếp thu",
        "Thư điện tử này có thể chứa thông tin nội bộ",
        "T/L BAN THƯỜNG VỤ",
    ],
    X: [
        "Sở Nông nghiệp và Phát triển nông thôn xây dựng kế hoạch sản xuất vụ Đông Xuân 2024 - 2025",
        "tổng diện tích gieo trồng toàn tỉnh 59.800 ha",
        "xuống giống tập trung từ ngày 15/12/2024 đến ngày 10/01/2025",
        "là vùng lúa trọng điểm",
        "chuyển đổi 1.200 ha đất lúa kém hiệu quả",
        "không cần bố trí cánh đồng lớn",
        "bảo đảm nước tưới cho 42.000 ha",
        "theo dõi sâu bệnh, nhất là rầy nâu, đạo ôn, chuột",
        "báo cáo tiến độ gieo sạ về Sở trước 16 giờ thứ Năm hằng tuần",
        "báo cáo tổng kết vụ gửi Sở trước ngày 30/5/2025",
        "Nguyễn Văn Bình",
    ],
}


def _doc_entries(doc_tag):
    return [{"key": k, "scope": s} for (d, k, s) in REQ.values() if d == doc_tag]


REQUIREMENTS = {
    "_comment": "Hand-labelled requirement catalogue of the Bình Định set. key = verbatim substring of one "
                "requirement sentence / item / table cell; scope = gazetteer names of the units it is addressed "
                "to ([] = every district-level unit). Hướng dẫn 45 arrives twice, as the scanned PDF and as its "
                "OCR .txt: the two files carry the same text and the SAME catalogue (count its requirements once); "
                "keys are as the OCR reads them (slips such as 'dột phá', 'dại hội', 'l2 trang', '3l/01/2025' "
                "kept) and never cross a hyphenated line break or a page break. Hướng dẫn: general points are []; "
                "II.4 items are scoped to the group they name (5 coastal units, 3 mountain districts, 2 thị xã, "
                "the city, Tây Sơn, Phù Cát, Phù Mỹ); the follow-on 'Các địa phương này cũng cần…' inherits the "
                "coastal scope, 'Báo cáo của các huyện này…' the mountain scope, 'Báo cáo của thành phố cũng "
                "cần…' the city; 'Riêng huyện Tuy Phước… tập trung đánh giá…' narrows to Tuy Phước; 'Thị xã An "
                "Nhơn nêu…' / 'Thị xã Hoài Nhơn đánh giá thêm…' narrow to one town; An Nhơn and Tuy Phước named "
                "as the city's partners are not in the city's scope. Table row 2 is for the 3 pilots (Phù Cát, "
                "Tây Sơn, Vân Canh), row 3 for the other 8. Thông báo 527 (forwarded e-mail): mục 2.1 amends the "
                "Hướng dẫn's page limit for ALL units (30 instead of 35 pages; the old key stays, superseded); "
                "the answer to Vân Canh's question on the bảng chỉ tiêu is a general clarification ([]); mục "
                "2.2-2.4 and 4 are for the 3 districts discussed (others get the notice 'để tham khảo'); mục 3 "
                "is per district and the follow-on paragraph without the name belongs to its sub-heading; Hoài "
                "Nhơn (observer, example to consult), An Nhơn and Quy Nhơn (places on a road) are passing "
                "mentions. The crop-season plan is not about the congress: no requirements. not_requirements = "
                "narration, descriptions, negated sentences (không cần / không nhất thiết / không phải / không "
                "bắt buộc / không lặp lại), tasks of provincial bodies, list intros, letterhead, signer, mail "
                "chrome.",
    "documents": {
        P: {"requirements": _doc_entries(G), "not_requirements": NOT_REQ[G]},
        O: {"requirements": _doc_entries(G), "not_requirements": NOT_REQ[G]},
        N: {"requirements": _doc_entries(N), "not_requirements": NOT_REQ[N]},
        X: {"requirements": [], "not_requirements": NOT_REQ[X]},
    },
}

# -----------------------------------------------------------------------------------------------------
# Questions
# -----------------------------------------------------------------------------------------------------
SHAPES = ("narrow", "broad", "which", "when", "who", "unanswerable")
QUESTIONS: list[dict] = []
SOURCES: list[str] = []


def q(question, shape, src="", gold=(), expect=(), forbid=()) -> None:
    QUESTIONS.append({"question": question, "shape": shape, "half": "", "gold": list(gold), "expect": list(expect),
                      "forbid": list(forbid), "unanswerable": shape == "unanswerable"})
    SOURCES.append(src)


# ---------------- narrow ----------------
q("Theo Hướng dẫn 45-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy Bình Định về xây dựng báo cáo chính trị, hiện nay báo cáo "
  "chính trị cấp huyện được viết tối đa bao nhiêu trang?", "narrow", "N",
  gold=["không quá 30 trang khổ A4 (không kể phụ lục)"], expect=["30 trang"], forbid=["35 trang"])
q("Phụ lục số liệu kèm báo cáo chính trị được dài tối đa mấy trang?", "narrow", "G",
  gold=["Phụ lục số liệu kèm theo báo cáo không quá l2 trang"], expect=["l2 trang"], forbid=["30 trang"])
q("Bản tóm tắt đọc tại đại hội dài bao nhiêu và đọc trong khoảng bao lâu?", "narrow", "G",
  gold=["Báo cáo tóm tắt trình bày tại dại hội không quá 10", "thời gian trình bày khoảng 25 phút"],
  expect=["10 trang", "25 phút"])
q("Chủ đề đại hội được viết dài tối đa bao nhiêu chữ?", "narrow", "G",
  gold=["viết ngắn gọn, không quá 40 chữ"], expect=["40 chữ"], forbid=["120 chữ"])
q("Mục tiêu tổng quát của nhiệm kỳ 2025 - 2030 viết dài bao nhiêu thì vừa?", "narrow", "G",
  gold=["Mục tiêu tổng quát viết trong một đoạn văn, không quá 120 chữ"], expect=["120 chữ"], forbid=["40 chữ"])
q("Hệ thống chỉ tiêu chủ yếu nhiệm kỳ mới cần có bao nhiêu chỉ tiêu, chia mấy nhóm?", "narrow", "G",
  gold=["gồm từ 18 đến 22 chỉ tiêu, chia thành bốn nhóm"], expect=["từ 18 đến 22", "bốn nhóm"],
  forbid=["26 chỉ tiêu"])
q("Phần bài học kinh nghiệm nên rút ra mấy bài học?", "narrow", "G",
  gold=["Rút ra từ ba đến bốn bài học kinh nghiệm"], expect=["ba đến bốn"])
q("Mỗi huyện được chọn bao nhiêu khâu đột phá cho nhiệm kỳ 2025 - 2030?", "narrow", "G",
  gold=["lựa chọn từ hai đến ba khâu dột phá"], expect=["hai đến ba"], forbid=["bốn khâu"])
q("Phần đánh giá kết quả nhiệm kỳ 2020 - 2025 chiếm khoảng bao nhiêu phần trăm dung lượng báo cáo?", "narrow", "G",
  gold=["chiếm khoảng 45% dung lượng báo cáo"], expect=["45%"], forbid=["50%"])
q("Số liệu trong dự thảo lần 1 lấy đến ngày nào?", "narrow", "G",
  gold=["dự thảo lần 1 lấy số liệu thực hiện đến hết ngày 30/6/2024"], expect=["30/6/2024"],
  forbid=["30/11/2024"])
q("Sau hội nghị Thường vụ Tỉnh ủy, ba huyện đại hội điểm phải cập nhật số liệu đến mốc nào?", "narrow", "N",
  gold=["Cập nhật số liệu đến hết ngày 30/11/2024"], expect=["30/11/2024"], forbid=["30/6/2024"])
q("Giá trị sản xuất trong báo cáo chính trị tính theo giá so sánh năm nào?", "narrow", "G",
  gold=["giá trị sản xuất tính theo giá so sánh năm 2010"], expect=["2010"])
q("What growth range did the provincial Standing Committee ask Phù Cát to use instead of its draft target?",
  "narrow", "N", gold=["điều chỉnh trong khoảng từ 9,5% đến 10%/năm"], expect=["9,5%", "10%/năm"])
q("Tây Sơn phải giảm hệ thống chỉ tiêu trong dự thảo xuống còn bao nhiêu?", "narrow", "N",
  gold=["giảm từ 26 xuống không quá 22 chỉ tiêu"], expect=["không quá 22"], forbid=["từ 18 đến 22"])
q("Dự thảo lần đầu của Phù Cát gửi lên tỉnh dài bao nhiêu trang?", "narrow", "N",
  gold=["dự thảo của Phù Cát 44 trang"], expect=["44 trang"], forbid=["30 trang"])
q("Trong dự thảo, Vân Canh đặt thu nhập bình quân đầu người năm 2030 là bao nhiêu?", "narrow", "N",
  gold=["dự thảo nêu 95 triệu đồng"], expect=["95 triệu đồng"], forbid=["90 triệu"])
q("Nhiệm kỳ 2020 - 2025 huyện Hoài Ân tăng trưởng tổng giá trị sản xuất bình quân được bao nhiêu?", "narrow", "R",
  gold=["2025 đạt 8,3%/năm (Nghị quyết đề ra từ 9% đến 9,5%/năm)"], expect=["8,3%/năm"], forbid=["10%/năm"])
q("Hoài Ân đặt mục tiêu thu nhập bình quân đầu người năm 2030 là bao nhiêu?", "narrow", "R",
  gold=["thu nhập bình quân đầu người năm 2030 đạt 90 triệu đồng"], expect=["90 triệu đồng"],
  forbid=["95 triệu"])
q("bao cao chinh tri gui ve ban tuyen giao tinh uy may ban giay?", "narrow", "G",
  gold=["đồng thời gửi 02 bản giấy về Ban Tuyên giáo Tỉnh ủy"], expect=["02 bản giấy"])
q("tuy phuoc co phai danh gia khai thac hai san xa bo khong?", "narrow", "G",
  gold=["Riêng huyện Tuy Phước không cần đánh giá khai thác hải sản xa bờ"], expect=["không cần", "đầm Thị Nại"])
q("Các huyện miền núi có phải đặt chỉ tiêu tỷ lệ đô thị hóa không?", "narrow", "G",
  gold=["Các huyện miền núi không cần đặt chỉ tiêu về tỷ lệ đô thị hóa"], expect=["không cần"])
q("Vân Canh có bắt buộc tổ chức hội thảo khoa học lấy ý kiến vào dự thảo không?", "narrow", "N",
  gold=["huyện không bắt buộc tổ chức hội thảo khoa học"], expect=["không bắt buộc", "bằng văn bản"])
q("Theo kế hoạch vụ Đông Xuân 2024 - 2025 của Sở Nông nghiệp, toàn tỉnh gieo trồng bao nhiêu ha lúa?", "narrow",
  "X", gold=["trong đó lúa 47.600 ha"], expect=["47.600 ha"], forbid=["18.500 ha"])

# ---------------- who ----------------
q("Ai ký Hướng dẫn số 45-HD/BTGTU?", "who", "G",
  gold=["Lê Thị Mỹ Hạnh"], expect=["Lê Thị Mỹ Hạnh"], forbid=["Phan Đình Khải", "Trần Văn Thạnh"])
q("Ai chủ trì cuộc họp Thường vụ Tỉnh ủy cho ý kiến dự thảo báo cáo chính trị ba huyện đại hội điểm?", "who", "N",
  gold=["Trần Văn Thạnh, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị"], expect=["Trần Văn Thạnh"],
  forbid=["Phan Đình Khải", "Lê Thị Mỹ Hạnh"])
q("Who signed conclusion notice 527-TB/TU?", "who", "N",
  gold=["do đồng chí Phan Đình Khải, Chánh Văn phòng Tỉnh ủy ký"], expect=["Phan Đình Khải"], forbid=["Trần Văn Thạnh", "Lê Thị Mỹ Hạnh"])
q("Tổ biên tập báo cáo chính trị ở huyện do ai làm tổ trưởng?", "who", "G",
  gold=["do đồng chí bí thư cấp ủy làm tổ trưởng"], expect=["bí thư cấp ủy"])

# ---------------- when ----------------
q("Tám đơn vị không tổ chức đại hội điểm phải gửi dự thảo lần 1 về Ban Tuyên giáo Tỉnh ủy trước ngày nào?", "when",
  "G", gold=["Các huyện ủy, thị ủy, Trước 3l/01/2025"], expect=["01/2025"], forbid=["25/11/2024"])
q("Phù Cát, Tây Sơn, Vân Canh phải gửi lại dự thảo đã tiếp thu kết luận của Thường vụ Tỉnh ủy trước ngày nào?",
  "when", "N", gold=["gửi Ban Tuyên giáo Tỉnh ủy trước ngày 08/01/2025"], expect=["08/01/2025"],
  forbid=["25/11/2024"])
q("Hạn thành lập tổ biên tập và làm xong đề cương chi tiết là khi nào?", "when", "G",
  gold=["Ban thường vụ cấp ủy Trước 10/10/2024"], expect=["10/10/2024"])
q("When did the provincial Standing Committee meet to discuss the three pilot districts' drafts?", "when", "N",
  gold=["Ngày 13/12/2024, Ban Thường vụ Tỉnh ủy họp"], expect=["13/12/2024"], forbid=["18/12/2024"])
q("Việc lấy ý kiến rộng rãi của cán bộ, đảng viên và Nhân dân vào dự thảo phải xong trước ngày nào?", "when", "G",
  gold=["Ban thường vụ cấp ủy Trước 15/3/2025"], expect=["15/3/2025"])
q("After the congress, within how many days must the adopted political report be sent to the provincial "
  "Propaganda Department?", "when", "G", gold=["Văn phòng cấp ủy cấp Trong 07 ngày sau đại"], expect=["07 ngày"],
  forbid=["15 ngày"])

# ---------------- broad ----------------
q("Năm địa phương ven biển phải viết thêm những nội dung riêng gì trong báo cáo chính trị?", "broad", "G",
  gold=["đánh giá kết quả phát triển kinh tế biển gắn với bảo đảm quốc phòng", "nêu giải pháp quản lý đội tàu cá, bảo đảm an toàn cho ngư dân"],
  expect=["kinh tế biển", "IUU", "sạt lở", "tàu cá", "hậu cần nghề cá"], forbid=["cảng cá Tam Quan"])
q("Ba huyện miền núi cần đề cập những gì riêng trong báo cáo chính trị?", "broad", "G",
  gold=["đánh giá kết quả thực hiện Chương trình mục tiêu quốc gia",
        "phải nêu tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số"],
  expect=["Chương trình mục tiêu quốc gia", "cán bộ", "rừng gỗ lớn", "tái nghèo"], forbid=["IUU"])
q("Thường vụ Tỉnh ủy yêu cầu Vân Canh sửa dự thảo báo cáo chính trị những điểm nào?", "broad", "N",
  gold=["phân tích rõ nguyên nhân tỷ lệ hộ nghèo trong đồng bào Chăm, Ba Na",
        "Bổ sung giải pháp phát triển vùng trồng rừng gỗ lớn có chứng chỉ"],
  expect=["Chăm, Ba Na", "Canh Liên", "FSC", "95 triệu đồng"], forbid=["Hòa Hội", "Tam Kiệt"])
q("What must the two towns, An Nhơn and Hoài Nhơn, add to their political reports?", "broad", "G",
  gold=["làm rõ kết quả thực hiện các tiêu chí đô thị loại III",
        "nêu lộ trình, điều kiện thành lập thành phố thuộc tỉnh"],
  expect=["đô thị loại III", "trật tự xây dựng", "thành phố thuộc tỉnh", "cảng cá Tam Quan"])
q("Thông báo kết luận yêu cầu cả ba huyện đại hội điểm cùng chỉnh sửa những nội dung chung nào?", "broad", "N",
  gold=["không quá 30 trang khổ A4 (không kể phụ lục)", "Cập nhật số liệu đến hết ngày 30/11/2024",
        "Phần hạn chế phải nêu đích danh từng chỉ tiêu không đạt"],
  expect=["30 trang", "30/11/2024", "đích danh", "18-NQ/TW"], forbid=["Canh Liên"])
q("Thành phố Quy Nhơn cần làm rõ những nội dung riêng nào trong báo cáo chính trị?", "broad", "G",
  gold=["kết quả xây dựng đô thị loại I theo hướng đô thị thông minh",
        "đánh giá tình trạng ngập úng cục bộ trong mùa mưa"],
  expect=["đô thị loại I", "đô thị thông minh", "du lịch biển", "ngập úng"], forbid=["Tam Quan"])

# ---------------- which ----------------
q("Những địa phương nào phải đánh giá chống khai thác hải sản bất hợp pháp (IUU)?", "which", "G",
  gold=["Năm địa phương ven biển gồm thành phố Quy Nhơn, thị xã Hoài Nhơn"],
  expect=["Quy Nhơn", "Hoài Nhơn", "Phù Mỹ", "Phù Cát", "Tuy Phước"], forbid=["An Nhơn", "Vân Canh"])
q("Huyện nào có xã miền núi thì nêu kết quả các xã đó ngay trong phần giảm nghèo?", "which", "G",
  gold=["Huyện Hoài Ân và huyện Tây Sơn có xã miền núi"], expect=["Hoài Ân", "Tây Sơn"],
  forbid=["An Lão", "Vĩnh Thạnh"])
q("Dự thảo báo cáo chính trị của những huyện nào đã được Ban Thường vụ Tỉnh ủy cho ý kiến?", "which", "N",
  gold=["chính trị đại hội đảng bộ các huyện Phù Cát, Tây Sơn, Vân Canh"],
  expect=["Phù Cát", "Tây Sơn", "Vân Canh"], forbid=["Hoài Nhơn"])
q("huyen nao duoc chon to chuc dai hoi diem cap huyen?", "which", "G",
  gold=["đại hội điểm cấp huyện là Phù Cát, Tây Sơn và Vân Canh"],
  expect=["Phù Cát", "Tây Sơn", "Vân Canh"], forbid=["Hoài Nhơn", "An Nhơn"])
q("Huyện nào phải đánh giá các dự án điện mặt trời, điện gió?", "which", "G",
  gold=["đánh giá hiệu quả các dự án năng lượng tái tạo"], expect=["Phù Mỹ"], forbid=["Phù Cát"])

# ---------------- unanswerable ----------------
q("Ban Thường vụ Tỉnh ủy góp ý gì cho dự thảo báo cáo chính trị của thị xã Hoài Nhơn?", "unanswerable",
  forbid=["Hòa Hội", "Tam Kiệt", "Canh Liên"])
q("Thông báo kết luận yêu cầu huyện An Lão bổ sung nội dung gì vào dự thảo?", "unanswerable",
  forbid=["FSC", "Canh Liên"])
q("Sau khi Thường vụ Tỉnh ủy điều chỉnh dung lượng, phụ lục số liệu được nâng lên bao nhiêu trang?",
  "unanswerable", forbid=["30 trang"])
q("Tỉnh Phú Yên quy định báo cáo chính trị cấp huyện dài tối đa bao nhiêu trang?", "unanswerable",
  forbid=["30 trang", "35 trang"])
q("Đại hội Đảng bộ huyện Tây Sơn nhiệm kỳ 2025 - 2030 khai mạc ngày nào?", "unanswerable",
  forbid=["13/12/2024", "08/01/2025"])
q("Who is the Party Secretary of Vân Canh district?", "unanswerable",
  forbid=["Trần Văn Thạnh", "Phan Đình Khải", "Đoàn Văn Phúc"])
q("Mục tiêu tăng trưởng kinh tế nhiệm kỳ 2025 - 2030 của huyện An Lão là bao nhiêu?", "unanswerable",
  forbid=["9%/năm", "10%/năm"])
q("Với giới hạn 35 trang đang áp dụng, Thường vụ Tỉnh ủy cho phép Phù Cát được vượt thêm mấy trang?",
  "unanswerable", forbid=["44 trang"])
q("kinh phi xay dung bao cao chinh tri cap huyen lay tu nguon nao?", "unanswerable")
q("Phù Cát có bao nhiêu tàu cá bị mất kết nối thiết bị giám sát hành trình theo thông báo kết luận?",
  "unanswerable", forbid=["1.050"])
q("Tỷ lệ che phủ rừng của huyện Hoài Ân năm 2020 là bao nhiêu?", "unanswerable", forbid=["57,6%", "58%"])
q("Thường vụ Tỉnh ủy chỉ định Tây Sơn giữ lại những khâu đột phá nào?", "unanswerable")

# -----------------------------------------------------------------------------------------------------
# Drafts and their labels
# -----------------------------------------------------------------------------------------------------
DRAFTS_TEXT = _D.DRAFTS
AD, PA, MI = "addressed", "partly", "missing"
_LABELS = {
    "01_tuy_phuoc_gan_day_du.txt": ("Tuy Phước", {
        "g_kinhte": AD, "g_doichieu": AD, "g_ntm": AD, "g_giamngheo": AD, "g_hongheo": AD, "g_hanche": AD,
        "g_nguyennhan": PA, "g_baihoc": AD, "g_chitieu": AD, "g_batbuoc": PA, "g_dotpha": AD, "g_dotpha_kq": AD,
        "g_cds": AD, "g_bien": AD, "g_iuu": AD, "g_satlo": AD, "g_tauca": AD, "g_tp_thinai": AD, "n_30trang": AD,
    }),
    "02_van_canh_con_thieu.txt": ("Vân Canh", {
        "g_kinhte": AD, "n_capnhat": AD, "g_hanche": PA, "n_dichdanh": MI, "g_nguyennhan": PA,
        "n_trachnhiem": MI, "g_ctmtqg": AD, "g_canbodt": MI, "g_rung": PA, "g_ngheodt": AD, "g_tainngheo": MI,
        "n_vc_ngheo": PA, "n_vc_fsc": MI, "n_vc_thunhap": MI, "g_baihoc": AD, "g_chitieu": AD, "g_batbuoc": AD,
    }),
    "03_hoai_nhon_lap_lai_huong_dan.txt": (HN, {
        "g_kinhte": PA, "g_bien": MI, "g_iuu": MI, "g_satlo": MI, "g_hn_tamquan": AD, "g_dothi3": MI,
        "g_quyhoachdt": MI, "g_hanche": MI, "g_nguyennhan": MI, "g_baihoc": MI, "g_chitieu": AD, "g_dotpha": AD,
        "g_dotpha_kq": MI, "g_cds": MI,
    }),
    "04_phu_cat_so_lieu_sat_nguong.txt": ("Phù Cát", {
        "n_30trang": AD, "g_phuluc": AD, "g_tomtat": AD, "g_baihoc": AD, "g_chitieu": AD, "g_dotpha": AD,
        "g_dotpha_kq": AD, "n_pc_tangtruong": AD, "g_batbuoc": AD, "g_pc_hoahoi": AD, "n_pc_hoahoi": PA,
        "n_pc_iuu": AD, "g_iuu": AD, "g_bien": PA, "g_hanche": AD, "n_dichdanh": AD, "n_trachnhiem": AD,
        "g_satlo": MI, "n_nq18": MI,
    }),
}
EXPECTED = {
    "_comment": "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of one "
                "guidance requirement that applies to the draft's district). addressed = the draft states the "
                "substance in any words; a figure counts when it is inside the limit or range, including the "
                "boundary (30 trang for 'không quá 30 trang' as amended by Thông báo 527, 12 trang phụ lục, 10 "
                "trang tóm tắt, 22 chỉ tiêu for 'từ 18 đến 22', 3 khâu for 'từ hai đến ba', 4 bài học for 'từ ba "
                "đến bốn', 10%/năm for 'từ 9,5% đến 10%/năm'); partly = one part of a multi-part requirement, a "
                "passing mention without the asked-for assessment or analysis, or a mandatory list with an item "
                "missing; missing = not stated. A heading or sentence that only repeats the guidance's wording "
                "followed by a placeholder ('…', '[Bổ sung sau.]', '(Đang hoàn thiện.)', '(Đang chờ số liệu…)') "
                "counts as missing. Only general requirements and those scoped to the draft's own unit are "
                "labelled; the Hướng dẫn's superseded 35-page key is not labelled (Thông báo 527's 30-page key is). "
                "Keys of the Hướng dẫn are the same in its PDF and its OCR .txt.",
    "drafts": {name: {"district": dist, "expected": {REQ[k][1]: v for k, v in labels.items()}}
               for name, (dist, labels) in _LABELS.items()},
}
