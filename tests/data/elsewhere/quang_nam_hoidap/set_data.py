"""Gazetteer, requirement catalogue, questions and draft labels of the Quảng Nam (Hỏi - Đáp) set."""

B = ("guidance/tai-lieu-hoi-dap-xay-dung-bao-cao-chinh-tri-dai-hoi-dang-bo-huyen-thi-xa-thanh-pho-"
     "2020-2025.docx")
S = "guidance/bi-thu-tinh-uy-bao-cao-chinh-tri-phai-noi-dung-noi-du-viec-lam-duoc-va-chua-lam-duoc.html"
T = "guidance/thong-bao-318-tb-tu-y-kien-du-thao-bao-cao-chinh-tri-nam-giang-tay-giang-duy-xuyen-hoi-an.txt"
D = "guidance/ke-hoach-1520-kh-ubnd-thuc-hien-chuong-trinh-ocop-tinh-quang-nam-nam-2020.txt"
R = "reports/bao-cao-chinh-tri-dai-hoi-dang-bo-huyen-phuoc-son-lan-thu-xxi-2015-2020.pdf"

# ------------------------------------------------------------------------------------------------------------
# gazetteer
# ------------------------------------------------------------------------------------------------------------
GAZ_COMMENT = (
    "District-level units (cấp huyện) of Quảng Nam province in 2020: 2 cities (TP Tam Kỳ, TP Hội An), 1 town "
    "(TX Điện Bàn) and 15 districts, 9 of them mountain districts (Nam Giang, Đông Giang, Tây Giang, Phước "
    "Sơn, Bắc Trà My, Nam Trà My, Hiệp Đức, Tiên Phước, Nông Sơn). aliases = forms that name the unit alone "
    "in running text. Left out on purpose: the bare 'Tam Kỳ', because it is the place of issue of every "
    "provincial party document ('Tam Kỳ, ngày …'), the venue of the conference ('tại Tam Kỳ') and part of "
    "the news page's weather line; the bare 'Quảng Nam' is the province ('Quảng Nam, ngày …' heads the UBND "
    "plan); the bare 'Trà My' (thị trấn Trà My is the seat of Bắc Trà My, and 'quế Trà My' is a product of "
    "both Trà My districts) is neither Bắc Trà My nor Nam Trà My. Names inside other names that do NOT "
    "designate a unit as addressee: 'hồ Phú Ninh' (a lake and tourist site on the edge of TP Tam Kỳ and "
    "Phú Ninh) in the OCOP plan and a headline; 'Đô thị cổ Hội An' and 'Cù Lao Chàm' are in TP Hội An; "
    "'Khu đền tháp Mỹ Sơn' is in Duy Xuyên; 'sông Thu Bồn' flows through several districts; 'Điện Nam - "
    "Điện Ngọc' is an industrial park of Điện Bàn; 'Khâm Đức' is the seat of Phước Sơn and 'Đăk Sa', 'Đăk "
    "Mi 4' are a gold mine and a hydropower plant there; 'Tà Bhing' is a commune of Nam Giang and 'Sông Bung "
    "4' a hydropower reservoir in Nam Giang; 'cửa khẩu quốc tế Nam Giang' is the border gate of Nam Giang "
    "(it names the unit, correctly); 'sâm Ngọc Linh' is named after the mountain on the Nam Trà My - Kon Tum "
    "border; 'Sê Kông' is a Lao province and 'Đắc Chưng', 'Kà Lừm' Lao districts across the border from Nam "
    "Giang; 'Hà Nội' is where Tây Giang's Bí thư is on a course. 'Quảng Ngãi' is another province and is not "
    "in the corpus."
)


def _unit(name: str, kind: str, *aliases: str) -> dict:
    return {"name": name, "kind": kind, "aliases": list(aliases)}


def _huyen(name: str) -> dict:
    return _unit(name, "huyện", name, f"huyện {name}", f"Huyện {name}", f"Huyện ủy {name}")


GAZETTEER = {
    "_comment": GAZ_COMMENT,
    "units": [
        _unit("TP Tam Kỳ", "thành phố", "TP Tam Kỳ", "TP. Tam Kỳ", "thành phố Tam Kỳ", "Thành phố Tam Kỳ",
              "Thành ủy Tam Kỳ"),
        _unit("TP Hội An", "thành phố", "Hội An", "TP Hội An", "TP. Hội An", "thành phố Hội An",
              "Thành phố Hội An", "Thành ủy Hội An"),
        _unit("Điện Bàn", "thị xã", "Điện Bàn", "thị xã Điện Bàn", "Thị xã Điện Bàn", "TX Điện Bàn",
              "TX. Điện Bàn", "Thị ủy Điện Bàn"),
        _huyen("Núi Thành"), _huyen("Phú Ninh"), _huyen("Thăng Bình"), _huyen("Quế Sơn"), _huyen("Duy Xuyên"),
        _huyen("Đại Lộc"), _huyen("Nông Sơn"), _huyen("Hiệp Đức"), _huyen("Tiên Phước"), _huyen("Bắc Trà My"),
        _huyen("Nam Trà My"), _huyen("Phước Sơn"), _huyen("Nam Giang"), _huyen("Đông Giang"),
        _huyen("Tây Giang"),
    ],
}

# ------------------------------------------------------------------------------------------------------------
# requirements: id -> (document, key, scope)
# ------------------------------------------------------------------------------------------------------------
NG, DG, TG, PS = "Nam Giang", "Đông Giang", "Tây Giang", "Phước Sơn"
BTM, NTM, HA, DX = "Bắc Trà My", "Nam Trà My", "TP Hội An", "Duy Xuyên"
MOUNT = (NG, DG, TG, PS, BTM, NTM, "Hiệp Đức", "Tiên Phước", "Nông Sơn")
BORDER = (NG, TG)
TB4 = (NG, TG, DX, HA)

REQ = {
    # ---- Tài liệu Hỏi - Đáp (.docx)
    "g_truth": (B, "đánh giá đúng thực chất kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2015 - 2020", ()),
    "g_follow": (B, "bám sát dự thảo Báo cáo chính trị trình Đại hội XXII Đảng bộ tỉnh", ()),
    "g_consult": (B, "gửi lấy ý kiến đảng viên, Mặt trận Tổ quốc, các đoàn thể và nhân dân", ()),
    "g_title": (B, "Tên báo cáo ghi thống nhất là", ()),
    "b_theme": (B, "dài không quá 40 chữ", ()),
    "g_struct": (B, "báo cáo gồm ba phần", ()),
    "l_open": (B, "Phần mở đầu viết gọn trong nửa trang", ()),
    "l_appendix": (B, "Phụ lục số liệu không quá 15 trang", ()),
    "l_summary": (B, "Báo cáo tóm tắt trình bày tại đại hội không quá 12 trang", ()),
    "l_minutes": (B, "thời gian đọc không quá 35 phút", ()),
    "b_econ": (B, "tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm, thu nhập bình quân đầu người", ()),
    "b_ntm": (B, "số xã đạt chuẩn nông thôn mới đến cuối nhiệm kỳ", ()),
    "b_poor": (B, "tỷ lệ hộ nghèo đầu và cuối nhiệm kỳ theo chuẩn nghèo đa chiều", ()),
    "b_culture": (B, "giữ gìn, phát huy bản sắc văn hóa", ()),
    "b_disaster": (B, "phòng, chống thiên tai, sạt lở đất", ()),
    "b_defence": (B, "xây dựng khu vực phòng thủ huyện vững chắc", ()),
    "b_party": (B, "số đảng viên mới kết nạp trong nhiệm kỳ", ()),
    "b_weak": (B, "tập trung phân tích nguyên nhân chủ quan", ()),
    "b_resp": (B, "trách nhiệm của Ban Thường vụ và của người đứng đầu cấp ủy", ()),
    "b_lessons": (B, "Rút ra không quá 4 bài học kinh nghiệm", ()),
    "b_forecast": (B, "dự báo ngắn gọn những thuận lợi, khó khăn, thời cơ, thách thức", ()),
    "l_forecast": (B, "viết không quá một trang", ()),
    "b_ind": (B, "không quá 22 chỉ tiêu, chia thành 3 nhóm", ()),
    "b_basis": (B, "Mỗi chỉ tiêu phải có số liệu gốc năm 2020", ()),
    "b_bt": (B, "lựa chọn tối đa 3 khâu đột phá", ()),
    "b_bt_res": (B, "nêu rõ nguồn lực, lộ trình thực hiện và địa chỉ chịu trách nhiệm", ()),
    "b_action": (B, "có phân công cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành", ()),
    "m_poor": (B, "nêu tỷ lệ hộ nghèo là người dân tộc thiểu số đầu và cuối nhiệm kỳ", MOUNT),
    "m_culture": (B, "bảo tồn văn hóa truyền thống của đồng bào Cơ Tu, Gié Triêng, Xơ Đăng", MOUNT),
    "m_forest": (B, "kết quả giao rừng cho cộng đồng và chi trả dịch vụ môi trường rừng", MOUNT),
    "m_party": (B, "số thôn chưa có chi bộ, chưa có đảng viên", MOUNT),
    "bd_border": (B, "đánh giá công tác bảo vệ chủ quyền, an ninh biên giới", BORDER),
    "bd_laos": (B, "phối hợp với các lực lượng chức năng của tỉnh Sê Kông", BORDER),
    "ng_gate": (B, "hiệu quả khai thác cửa khẩu quốc tế Nam Giang", (NG,)),
    "tm_sam": (B, "định hướng phát triển cây sâm Ngọc Linh và cây quế Trà My", (BTM, NTM)),
    "ha_heritage": (B, "bảo tồn, phát huy giá trị Đô thị cổ Hội An", (HA,)),
    "ha_cham": (B, "Khu dự trữ sinh quyển thế giới Cù Lao Chàm", (HA,)),
    "ha_eco": (B, "lộ trình xây dựng Hội An thành thành phố sinh thái - văn hóa - du lịch", (HA,)),
    "d_outline": (B, "gửi đề cương báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy trước ngày 20/01/2020", ()),
    "d_consult": (B, "lấy ý kiến nhân dân trong thời gian ít nhất 10 ngày", ()),
    "d_final": (B, "chậm nhất 7 ngày trước ngày khai mạc đại hội", ()),
    "d_monthly": (B, "Hằng tháng, trước ngày 25", ()),
    # ---- the Bí thư Tỉnh ủy's speech (.html): amends two values of the booklet, adds requirements
    "s_province": (S, ("xác định rõ vị trí, đóng góp của mình vào mục tiêu đưa Quảng Nam trở thành tỉnh phát "
                       "triển khá"), ()),
    "s_pages": (S, "báo cáo chính trị cấp huyện dài không quá 30 trang khổ A4", ()),
    "s_deadline": (S, "dự thảo lần thứ nhất gửi về Ban Thường vụ Tỉnh ủy trước ngày 15/5/2020", ()),
    "s_covid": (S, ("bổ sung đánh giá tác động của dịch Covid-19 và nêu giải pháp phục hồi kinh tế sau "
                    "dịch"), ()),
    "s_name": (S, "phải nói rõ là chưa làm được, vì sao chưa làm được và ai chịu trách nhiệm", ()),
    "s_cotu": (S, "hiệu quả mô hình du lịch cộng đồng gắn với làng truyền thống của đồng bào Cơ Tu",
               (TG, DG, NG)),
    "s_public": (S, "đăng tải dự thảo trên cổng thông tin điện tử của huyện", ()),
    # ---- Thông báo 318-TB/TU (.txt)
    "tb_ng_pages": (T, "rút gọn dự thảo về không quá 30 trang", (NG,)),
    "tb_ng_ind": (T, "giảm số chỉ tiêu chủ yếu về không quá 22 chỉ tiêu", (NG,)),
    "tb_ng_resettle": (T, "ổn định đời sống đồng bào tại các khu tái định cư thủy điện Sông Bung 4", (NG,)),
    "tb_ng_poor_basis": (T, "làm rõ cơ sở của chỉ tiêu mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo", (NG,)),
    "tb_ng_herb": (T, "phát triển cây dược liệu dưới tán rừng, nhất là ba kích tím", (NG,)),
    "tb_tg_bt": (T, "chỉ giữ lại không quá 3 khâu đột phá", (TG,)),
    "tb_tg_pomu": (T, "giải pháp bảo vệ quần thể rừng pơ mu cổ thụ", (TG,)),
    "tb_dx_myson": (T, "phát huy giá trị Khu đền tháp Mỹ Sơn", (DX,)),
    "tb_dx_erosion": (T, "tình trạng sạt lở bờ sông Thu Bồn", (DX,)),
    "tb_ha_covid": (T, "tác động của dịch Covid-19 đối với ngành du lịch, dịch vụ của thành phố", (HA,)),
    "tb_ha_capacity": (T, "kiểm soát sức chứa của khu phố cổ", (HA,)),
    "tb_mt_landslide": (T, "sắp xếp, bố trí dân cư vùng có nguy cơ sạt lở đất, lũ quét", BORDER),
    "tb_stats": (T, "thống nhất số liệu trong dự thảo với số liệu của Cục Thống kê tỉnh", TB4),
    "tb_deadline": (T, "gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 25/6/2020",
                    BORDER),
}

OLD_PAGES = "Báo cáo chính trị dài không quá 35 trang khổ A4"
OLD_DEADLINE = "trước ngày 15/4/2020 để cho ý kiến"

NOT_REQ = {
    B: [
        # the booklet's own questions are questions, not answers
        "Câu hỏi 1: Báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2020 - 2025 phải đáp ứng",
        "Câu hỏi 2: Tên báo cáo và chủ đề đại hội được ghi như thế nào?",
        "Câu hỏi 3: Báo cáo chính trị được bố cục thành mấy phần?",
        "Câu hỏi 4: Báo cáo chính trị được dài bao nhiêu trang?",
        "Câu hỏi 5: Phần đánh giá kết quả nhiệm kỳ 2015 - 2020 cần nêu những số liệu gì?",
        "Câu hỏi 6: Phần hạn chế, khuyết điểm cần viết như thế nào?",
        "Câu hỏi 7: Báo cáo cần rút ra bao nhiêu bài học kinh nghiệm?",
        "Câu hỏi 8: Có phải phân tích tình hình thế giới, trong nước trong phần bối cảnh không?",
        "Câu hỏi 9: Hệ thống chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 gồm bao nhiêu chỉ tiêu?",
        "Câu hỏi 10: Mỗi đơn vị được chọn bao nhiêu khâu đột phá?",
        "Câu hỏi 11: Chương trình hành động thực hiện nghị quyết được xây dựng như thế nào?",
        "Câu hỏi 12: Các huyện miền núi cần lưu ý những nội dung riêng nào?",
        "Câu hỏi 13: Thành phố Hội An cần lưu ý những điểm riêng nào?",
        "Câu hỏi 14: Thời hạn gửi đề cương, dự thảo báo cáo chính trị được quy định như thế nào?",
        "Câu hỏi 15: Khi cần trao đổi về cách viết báo cáo, các đơn vị liên hệ với ai?",
        # superseded by the Bí thư Tỉnh ủy's speech of 06/3/2020
        OLD_PAGES,
        OLD_DEADLINE,
        # negated
        "Không cần liệt kê tên từng công trình, dự án trong phần thân báo cáo",
        "Không đưa vào báo cáo chính trị nội dung kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành",
        "Không cần lặp lại các bài học đã nêu trong văn kiện của Trung ương và của tỉnh",
        "Không cần phân tích tình hình thế giới và khu vực",
        "Thành phố không cần nêu lại toàn bộ kết quả của từng khối phố, thôn",
        "nhưng không cần sao chép nguyên văn",
        # optional (có thể / không bắt buộc)
        "có thể làm thêm phụ lục ảnh, bản đồ minh họa thành tựu của nhiệm kỳ, nhưng không bắt buộc",
        "có thể đưa thêm chỉ tiêu đặc thù của địa phương vào nhóm phù hợp",
        "Khâu đột phá của huyện không bắt buộc phải trùng với khâu đột phá của tỉnh",
        "có thể ban hành cùng với nghị quyết đại hội hoặc trong vòng 30 ngày sau đại hội",
        ("có thể dịch báo cáo tóm tắt sang tiếng Cơ Tu hoặc tiếng Xơ Đăng để phổ biến đến đồng bào, nhưng "
         "không bắt buộc"),
        # preface and contact
        "Ban Tuyên giáo Tỉnh ủy biên soạn tài liệu hỏi \u2013 đáp này",
        "Ban Tuyên giáo Tỉnh ủy mong nhận được ý kiến góp ý",
        "Liên hệ Phòng Lý luận chính trị - Lịch sử Đảng, Ban Tuyên giáo Tỉnh ủy",
    ],
    S: [
        "Đồng chí Lê Quang Thịnh, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo",
        "đến nay 18/18 đơn vị đã gửi đề cương báo cáo chính trị, trong đó 5 đơn vị gửi chậm",
        "Tôi rất vui khi thấy nhiều đơn vị chuẩn bị văn kiện sớm",
        "Quảng Nam đạt được nhiều kết quả quan trọng",
        "tổng sản phẩm trên địa bàn tỉnh tăng 7,2%, thu ngân sách đạt 24.200 tỷ đồng",
        "Thường trực Tỉnh ủy đã thống nhất điều chỉnh một số mốc trong tài liệu hỏi \u2013 đáp",
        "Tôi không muốn đọc những báo cáo mà phần hạn chế chỉ có ba dòng ở cuối",
        "Tháng trước tôi lên Bắc Trà My, thấy bà con trồng sâm dưới tán rừng",
        "Các huyện không nên chép lại nguyên văn dự thảo văn kiện của tỉnh",
        "giao Ban Tuyên giáo Tỉnh ủy tổ chức tập huấn cho tổ biên tập văn kiện các đơn vị",
        "Bí thư Tỉnh ủy Lê Quang Thịnh phát biểu chỉ đạo tại hội nghị",
        "Núi Thành hoàn thành đề cương báo cáo chính trị trình đại hội",
        "Hội An tạm dừng bán vé tham quan phố cổ do dịch Covid-19",
        "Du khách về hồ Phú Ninh dịp cuối tuần giảm mạnh",
        "Tòa soạn: 12 đường Phan Bội Châu, thành phố Tam Kỳ",
    ],
    T: [
        "Ngày 09/6/2020, Ban Thường vụ Tỉnh ủy họp nghe",
        "Các dự thảo được chuẩn bị nghiêm túc",
        "Dự thảo của Thành ủy Hội An có chủ đề ngắn gọn",
        "Dự thảo dài 34 trang, đề ra 24 chỉ tiêu chủ yếu và 3 khâu đột phá",
        "Dự thảo dài 29 trang, đề ra 21 chỉ tiêu chủ yếu và 4 khâu đột phá",
        "Dự thảo dài 31 trang, đề ra 20 chỉ tiêu chủ yếu và 3 khâu đột phá",
        "Dự thảo dài 28 trang, đề ra 19 chỉ tiêu chủ yếu và 3 khâu đột phá",
        "thay đồng chí Bí thư Huyện ủy đang dự lớp bồi dưỡng tại Hà Nội",
        "Huyện không cần nhắc lại kết quả của từng xã trong phần thân báo cáo",
        "Không đưa chỉ tiêu thu hút vốn đầu tư nước ngoài vào hệ thống chỉ tiêu chủ yếu của huyện Tây Giang",
        "Thành phố không cần xây dựng thêm chỉ tiêu riêng về lượt khách quốc tế",
        "không cần gửi lại Ban Thường vụ Tỉnh ủy",
    ],
}

REQ_COMMENT = (
    "Hand-labelled requirement catalogue of the Quảng Nam (Hỏi \u2013 Đáp) set. key = verbatim substring of "
    "one requirement (one paragraph of the .docx booklet, one <p> of the news page's article body, one line "
    "of the .txt notice); scope = gazetteer names of the units it is addressed to ([] = every district-level "
    "unit). Booklet: only the ANSWERS carry requirements; its 15 'Câu hỏi N: …?' lines are not_requirements. "
    "Câu hỏi 12: the first answer paragraph names the 9 mountain districts and the second, which only says "
    "'Các huyện miền núi', has the same scope; 'Riêng hai huyện có đường biên giới Việt Nam - Lào là Nam "
    "Giang và Tây Giang' is those two; 'Riêng huyện Nam Giang' is Nam Giang; 'Riêng hai huyện Bắc Trà My và "
    "Nam Trà My' is those two. Câu hỏi 13 is TP Hội An. The booklet's report limit 'không quá 35 trang' and "
    "first-draft deadline '15/4/2020' are superseded by the Bí thư Tỉnh ủy's speech of 06/3/2020 (30 trang; "
    "15/5/2020): the new sentences are keys of the speech, the old ones not_requirements of the booklet. "
    "Answers that say 'có thể' or 'không bắt buộc' (photo appendix, extra indicators, breakthroughs matching "
    "the province's, timing of the action programme, translating the summary into Cơ Tu / Xơ Đăng) are "
    "options, not requirements. Speech: the Bí thư's requests are keys ([] or Tây Giang, Đông Giang, Nam "
    "Giang for 'Với ba huyện …'); his narration (7,2%, 24.200 tỷ, 111 xã), 'Tôi rất vui…', 'Tôi không muốn "
    "đọc…', the passing visit to Bắc Trà My (no request to Bắc Trà My), the negated 'không nên chép lại…', "
    "the training task given to the Ban Tuyên giáo, the caption, headlines and footer are not. Thông báo "
    "318-TB/TU: a remark inside section II.1-4 is scoped to that section's unit even when it starts with a "
    "verb; section III's heading names the mountain districts concerned once ('CÁC HUYỆN MIỀN NÚI NAM "
    "GIANG, TÂY GIANG') and its remark says only 'Các huyện miền núi' (scope: those two, not the 9); the "
    "statistics remark of section IV is for all four; the 25/6/2020 deadline is for Nam Giang and Tây Giang "
    "only. The OCOP plan and the 2015 Phước Sơn report carry no requirements. not_requirements also hold "
    "the negated instructions ('Không cần liệt kê…', 'Không đưa vào báo cáo chính trị nội dung kiểm điểm…', "
    "'Không cần lặp lại…', 'Không cần phân tích tình hình thế giới…', 'không cần nêu lại…', 'không cần sao "
    "chép…', 'không nên chép lại…', 'Huyện không cần nhắc lại…', 'Không đưa chỉ tiêu thu hút vốn đầu tư "
    "nước ngoài…', 'Thành phố không cần xây dựng thêm…', 'không cần gửi lại…')."
)

# ------------------------------------------------------------------------------------------------------------
# questions: (shape, question, gold, expect, forbid); halves alternate dev/heldout within each shape
# ------------------------------------------------------------------------------------------------------------
HOIDAP_TITLE = ("Tài liệu Hỏi \u2013 Đáp về xây dựng báo cáo chính trị trình đại hội đảng bộ huyện, thị xã, "
                "thành phố nhiệm kỳ 2020 - 2025")
PAGES30 = "báo cáo chính trị cấp huyện dài không quá 30 trang khổ A4"
NG_TB = [
    "rút gọn dự thảo về không quá 30 trang",
    "giảm số chỉ tiêu chủ yếu về không quá 22 chỉ tiêu",
    "ổn định đời sống đồng bào tại các khu tái định cư thủy điện Sông Bung 4",
    "làm rõ cơ sở của chỉ tiêu mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo",
    "phát triển cây dược liệu dưới tán rừng, nhất là ba kích tím",
    "sắp xếp, bố trí dân cư vùng có nguy cơ sạt lở đất, lũ quét",
]

Q = [
    # ---------------------------------------------------------------- narrow (20)
    ("narrow", HOIDAP_TITLE + " có nêu giới hạn số trang. Theo quy định đang áp dụng, báo cáo chính trị cấp "
     "huyện được dài tối đa bao nhiêu trang, không kể phụ lục?",
     [PAGES30], ["30 trang"], ["35 trang"]),
    ("narrow", ("The standing committee's notice on the draft political reports of Nam Giang, Tay Giang, Duy "
                "Xuyen and Hoi An: which border gate must Nam Giang additionally assess, and from what "
                "angle?"),
     ["Riêng huyện Nam Giang đánh giá thêm hiệu quả khai thác cửa khẩu quốc tế Nam Giang"],
     ["cửa khẩu quốc tế Nam Giang"], []),
    ("narrow", "Bản báo cáo tóm tắt đọc tại đại hội thì được đọc trong thời gian tối đa bao lâu?",
     ["thời gian đọc không quá 35 phút"], ["35 phút"], ["35 trang"]),
    ("narrow", "chu de dai hoi dat duoi ten bao cao duoc viet toi da bao nhieu chu",
     ["dài không quá 40 chữ"], ["40 chữ"], []),
    ("narrow", ("Tài liệu hỏi \u2013 đáp quy định phụ lục ảnh, bản đồ minh họa kèm theo báo cáo chính trị "
                "được dài tối đa bao nhiêu trang?"),
     [], [], ["15 trang", "12 trang"]),
    ("narrow", ("Hệ thống chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025 của một huyện được đặt tối đa bao nhiêu chỉ "
                "tiêu và chia thành mấy nhóm?"),
     ["không quá 22 chỉ tiêu, chia thành 3 nhóm"], ["22 chỉ tiêu", "3 nhóm"], ["24 chỉ tiêu", "18 chỉ tiêu"]),
    ("narrow", ("How many breakthrough areas (khâu đột phá) may a district in Quang Nam choose for the "
                "2020-2025 term?"),
     ["Mỗi đơn vị lựa chọn tối đa 3 khâu đột phá"], ["3"], ["4 khâu đột phá"]),
    ("narrow", ("Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện trình đại hội nhiệm kỳ 2020 - 2025 được "
                "rút ra tối đa bao nhiêu bài học kinh nghiệm?"),
     ["Rút ra không quá 4 bài học kinh nghiệm"], ["4 bài học"], ["năm bài học"]),
    ("narrow", ("Cái phần nhìn trước năm năm tới, xem địa phương có gì thuận, gì khó, thời cơ và thách thức "
                "ra sao, thì được viết dài chừng nào?"),
     ["viết không quá một trang"], ["một trang"], ["nửa trang"]),
    ("narrow", ("Dự thảo báo cáo chính trị của Huyện ủy Đông Giang dài bao nhiêu trang khi trình Ban Thường "
                "vụ Tỉnh ủy?"),
     [], [], ["34 trang", "29 trang", "31 trang", "28 trang"]),
    ("narrow", ("Phần thân báo cáo chính trị có phải liệt kê đầy đủ tên các công trình, dự án đã đầu tư "
                "trong nhiệm kỳ không?"),
     ["Không cần liệt kê tên từng công trình, dự án trong phần thân báo cáo"], ["Không cần", "phụ lục"], []),
    ("narrow", ("Huyện Nam Giang phải dịch báo cáo tóm tắt sang tiếng Cơ Tu và hoàn thành bản dịch trước "
                "ngày nào?"),
     ["tiếng Cơ Tu hoặc tiếng Xơ Đăng để phổ biến đến đồng bào, nhưng không bắt buộc"],
     ["không bắt buộc"], ["25/6/2020"]),
    ("narrow", "By how much did Quang Nam's GRDP grow in 2019, according to the Party Secretary's speech?",
     ["tổng sản phẩm trên địa bàn tỉnh tăng 7,2%"], ["7,2"], ["24.200"]),
    ("narrow", "du thao bao cao chinh tri cua huyen nam giang de ra bao nhieu chi tieu chu yeu",
     ["Dự thảo dài 34 trang, đề ra 24 chỉ tiêu chủ yếu và 3 khâu đột phá"], ["24 chỉ tiêu"],
     ["21 chỉ tiêu", "20 chỉ tiêu"]),
    ("narrow", ("Tỉnh ủy Quảng Ngãi quy định báo cáo chính trị trình đại hội đảng bộ cấp huyện nhiệm kỳ 2020 "
                "- 2025 dài tối đa bao nhiêu trang?"),
     [], [], ["30 trang", "35 trang"]),
    ("narrow", ("Ban Thường vụ Tỉnh ủy đề nghị Nam Giang làm rõ cơ sở của chỉ tiêu giảm nghèo với mức giảm "
                "bao nhiêu mỗi năm?"),
     ["làm rõ cơ sở của chỉ tiêu mỗi năm giảm 4 - 5% tỷ lệ hộ nghèo"], ["4 - 5%"], ["5 - 6%"]),
    ("narrow", "What was Phuoc Son's household poverty rate in 2015 according to its 2015 political report?",
     ["xuống còn 28,4% năm 2015"], ["28,4"], ["51,3%", "27,4%"]),
    ("narrow", ("How much funding has the province set aside for organising the district party congresses of "
                "the 2020-2025 term?"),
     [], [], ["35 tỷ đồng", "15 tỷ đồng"]),
    ("narrow", ("Theo kế hoạch OCOP năm 2020 của tỉnh, hồ sơ đăng ký mỗi sản phẩm được dài tối đa bao nhiêu "
                "trang?"),
     ["Mỗi sản phẩm đăng ký đánh giá phải có hồ sơ dài không quá 20 trang"], ["20 trang"],
     ["30 trang", "15 trang"]),
    ("narrow", ("Ban Thường vụ Tỉnh ủy có yêu cầu Tây Giang đưa chỉ tiêu thu hút vốn đầu tư nước ngoài vào "
                "hệ thống chỉ tiêu chủ yếu không?"),
     ["Không đưa chỉ tiêu thu hút vốn đầu tư nước ngoài vào hệ thống chỉ tiêu chủ yếu"], ["Không đưa"], []),
    # ---------------------------------------------------------------- broad (10)
    ("broad", ("Ban Thường vụ Tỉnh ủy đề nghị Huyện ủy Nam Giang sửa chữa, bổ sung những gì trong dự thảo "
               "báo cáo chính trị?"),
     NG_TB, ["Sông Bung 4", "ba kích", "sạt lở"], ["pơ mu", "Mỹ Sơn"]),
    ("broad", "What did the provincial standing committee ask Hoi An city to add or clarify in its draft?",
     ["tác động của dịch Covid-19 đối với ngành du lịch, dịch vụ của thành phố",
      "kiểm soát sức chứa của khu phố cổ"],
     ["Covid-19", "sức chứa"], ["Sông Bung 4", "pơ mu"]),
    ("broad", ("Tài liệu hỏi \u2013 đáp yêu cầu các huyện miền núi nêu riêng những nội dung gì trong báo "
               "cáo chính trị?"),
     ["nêu tỷ lệ hộ nghèo là người dân tộc thiểu số đầu và cuối nhiệm kỳ",
      "bảo tồn văn hóa truyền thống của đồng bào Cơ Tu, Gié Triêng, Xơ Đăng",
      "kết quả giao rừng cho cộng đồng và chi trả dịch vụ môi trường rừng",
      "số thôn chưa có chi bộ, chưa có đảng viên"],
     ["dân tộc thiểu số", "giao rừng", "chưa có đảng viên"], ["Cù Lao Chàm"]),
    ("broad", ("Ban Thường vụ Tỉnh ủy đã yêu cầu Huyện ủy Bắc Trà My bổ sung những nội dung gì vào dự thảo "
               "báo cáo chính trị?"),
     [], [], ["Sông Bung 4", "Mỹ Sơn", "pơ mu"]),
    ("broad", ("Báo cáo chính trị phải nói đúng, nói đủ việc làm được và chưa làm được: vậy theo tài liệu "
               "hỏi \u2013 đáp, phần hạn chế, khuyết điểm phải phân tích nguyên nhân nào và làm rõ trách "
               "nhiệm của ai?"),
     ["tập trung phân tích nguyên nhân chủ quan",
      "trách nhiệm của Ban Thường vụ và của người đứng đầu cấp ủy"],
     ["nguyên nhân chủ quan", "người đứng đầu"], []),
    ("broad", "Trong phát biểu chỉ đạo ngày 06/3/2020, Bí thư Tỉnh ủy đã đề nghị các đơn vị những gì?",
     ["vị trí, đóng góp của mình vào mục tiêu đưa Quảng Nam trở thành tỉnh phát triển khá",
      "bổ sung đánh giá tác động của dịch Covid-19 và nêu giải pháp phục hồi kinh tế sau dịch",
      "phải nói rõ là chưa làm được, vì sao chưa làm được và ai chịu trách nhiệm",
      "đăng tải dự thảo trên cổng thông tin điện tử của huyện"],
     ["Covid-19", "cổng thông tin điện tử"], ["7,2%"]),
    ("broad", "phan danh gia ket qua nhiem ky ve kinh te can neu nhung so lieu gi",
     ["tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm, thu nhập bình quân đầu người",
      "tổng thu ngân sách trên địa bàn năm 2020 so với năm 2015"],
     ["thu nhập bình quân đầu người", "thu ngân sách"], []),
    ("broad", "What general requirements must a district political report meet according to the Q&A booklet?",
     ["đánh giá đúng thực chất kết quả thực hiện nghị quyết đại hội nhiệm kỳ 2015 - 2020",
      "bám sát dự thảo Báo cáo chính trị trình Đại hội XXII Đảng bộ tỉnh",
      "gửi lấy ý kiến đảng viên, Mặt trận Tổ quốc, các đoàn thể và nhân dân"],
     ["Đại hội XXII"], []),
    ("broad", "Thành phố Hội An phải đánh giá riêng những nội dung gì theo tài liệu hỏi \u2013 đáp?",
     ["bảo tồn, phát huy giá trị Đô thị cổ Hội An", "Khu dự trữ sinh quyển thế giới Cù Lao Chàm",
      "lộ trình xây dựng Hội An thành thành phố sinh thái - văn hóa - du lịch"],
     ["Đô thị cổ Hội An", "Cù Lao Chàm", "sinh thái"], ["Sông Bung 4"]),
    ("broad", "nhung noi dung nao khong dua vao bao cao chinh tri hoac khong can viet theo tai lieu hoi dap",
     ["Không cần liệt kê tên từng công trình, dự án trong phần thân báo cáo",
      "Không đưa vào báo cáo chính trị nội dung kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành",
      "Không cần lặp lại các bài học đã nêu trong văn kiện của Trung ương",
      "Không cần phân tích tình hình thế giới và khu vực"],
     ["kiểm điểm", "thế giới"], []),
    # ---------------------------------------------------------------- which (10)
    ("which", ("Những huyện nào được Ban Thường vụ Tỉnh ủy yêu cầu đưa chỉ tiêu thu hút vốn đầu tư nước "
               "ngoài vào hệ thống chỉ tiêu chủ yếu?"),
     [], [], []),
    ("which", ("Những huyện nào được Thông báo số 318-TB/TU yêu cầu bổ sung đánh giá việc sắp xếp dân cư "
               "vùng có nguy cơ sạt lở đất, lũ quét?"),
     ["Ý KIẾN ĐỐI VỚI CÁC HUYỆN MIỀN NÚI NAM GIANG, TÂY GIANG"], ["Nam Giang", "Tây Giang"],
     ["Đông Giang", "Duy Xuyên"]),
    ("which", ("Which districts did the Party Secretary single out for assessing community tourism in "
               "traditional Co Tu villages?"),
     ["Với ba huyện Tây Giang, Đông Giang và Nam Giang"], ["Tây Giang", "Đông Giang", "Nam Giang"],
     ["Bắc Trà My"]),
    ("which", ("Những huyện nào được tài liệu hỏi \u2013 đáp yêu cầu nêu định hướng phát triển cây sâm Ngọc "
               "Linh?"),
     ["Riêng hai huyện Bắc Trà My và Nam Trà My"], ["Bắc Trà My", "Nam Trà My"], []),
    ("which", ("Những đơn vị nào có dự thảo báo cáo chính trị được Ban Thường vụ Tỉnh ủy cho ý kiến tại hội "
               "nghị ngày 09/6/2020?"),
     ["Huyện ủy Nam Giang, Huyện ủy Tây Giang, Huyện ủy Duy Xuyên và Thành ủy Hội An"],
     ["Nam Giang", "Tây Giang", "Duy Xuyên", "Hội An"], ["Đông Giang", "Núi Thành"]),
    ("which", "huyen nao co duong bien gioi viet lao phai danh gia cong tac bao ve chu quyen bien gioi",
     ["Riêng hai huyện có đường biên giới Việt Nam - Lào là Nam Giang và Tây Giang"],
     ["Nam Giang", "Tây Giang"], ["Đông Giang"]),
    ("which", ("Which two units does the notice allow to finalise their drafts without sending them back to "
               "the standing committee?"),
     ["Huyện ủy Duy Xuyên và Thành ủy Hội An tiếp thu, hoàn chỉnh dự thảo"], ["Duy Xuyên", "Hội An"],
     ["Tây Giang"]),
    ("which", "Đơn vị nào có dự thảo được Ban Thường vụ Tỉnh ủy khen là có chủ đề ngắn gọn?",
     ["Dự thảo của Thành ủy Hội An có chủ đề ngắn gọn"], ["Hội An"], ["Nam Giang"]),
    ("which", ("Trong bài phát biểu, Bí thư Tỉnh ủy kể đã lên huyện nào và thấy bà con trồng sâm dưới tán "
               "rừng?"),
     ["Tháng trước tôi lên Bắc Trà My"], ["Bắc Trà My"], ["Nam Trà My"]),
    ("which", "Chín huyện miền núi mà tài liệu hỏi \u2013 đáp liệt kê gồm những huyện nào?",
     ["Nam Giang, Đông Giang, Tây Giang, Phước Sơn, Bắc Trà My, Nam Trà My",
      "Hiệp Đức, Tiên Phước, Nông Sơn"],
     ["Phước Sơn", "Hiệp Đức", "Nông Sơn"], ["Duy Xuyên"]),
    # ---------------------------------------------------------------- when (8)
    ("when", ("Sau khi Thường trực Tỉnh ủy điều chỉnh tài liệu hỏi \u2013 đáp, hạn chót gửi dự thảo báo cáo "
              "chính trị lần thứ nhất về Ban Thường vụ Tỉnh ủy là ngày nào?"),
     ["dự thảo lần thứ nhất gửi về Ban Thường vụ Tỉnh ủy trước ngày 15/5/2020"], ["15/5/2020"],
     ["15/4/2020"]),
    ("when", ("By what date did districts have to send the outline (đề cương) of their political report to "
              "the provincial propaganda board?"),
     ["gửi đề cương báo cáo chính trị về Ban Tuyên giáo Tỉnh ủy trước ngày 20/01/2020"], ["20/01/2020"],
     ["15/4/2020"]),
    ("when", "huyen uy nam giang phai gui lai du thao hoan chinh truoc ngay nao",
     ["gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) trước ngày 25/6/2020"], ["25/6/2020"],
     ["15/5/2020", "09/6/2020"]),
    ("when", "Đại hội đại biểu Đảng bộ huyện Nam Giang nhiệm kỳ 2020 - 2025 khai mạc vào ngày nào?",
     [], [], ["25/6/2020", "09/6/2020"]),
    ("when", ("When did the provincial standing committee meet to review the drafts of Nam Giang, Tay Giang, "
              "Duy Xuyen and Hoi An?"),
     ["Ngày 09/6/2020, Ban Thường vụ Tỉnh ủy họp nghe"], ["09/6/2020"], ["12 tháng 6 năm 2020"]),
    ("when", "On what date was the news article about the Party Secretary's speech published?",
     ["Thứ Sáu, 06/03/2020 - 16:40"], ["06/03/2020"], ["16/03/2020"]),
    ("when", ("Các huyện phải đăng ký sản phẩm OCOP năm 2020 về Sở Nông nghiệp và Phát triển nông thôn trước "
              "ngày nào?"),
     ["(qua Văn phòng Điều phối nông thôn mới tỉnh) trước ngày 30/4/2020"], ["30/4/2020"],
     ["15/5/2020", "15/11/2020"]),
    ("when", ("Chương trình hành động thực hiện nghị quyết đại hội phải ban hành chậm nhất bao nhiêu ngày "
              "sau đại hội?"),
     ["có thể ban hành cùng với nghị quyết đại hội hoặc trong vòng 30 ngày sau đại hội"], ["30 ngày"],
     ["7 ngày"]),
    # ---------------------------------------------------------------- who (8)
    ("who", "Ai là Bí thư Huyện ủy Tây Giang nhiệm kỳ 2015 - 2020?",
     [], [], ["Briu Thị Hồng", "Zơrâm Văn Lương"]),
    ("who", "Ai chủ trì hội nghị Ban Thường vụ Tỉnh ủy ngày 09/6/2020 cho ý kiến vào bốn dự thảo?",
     ["Đồng chí Nguyễn Công Thiện, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị"], ["Nguyễn Công Thiện"],
     ["Trương Thị Lệ Thu"]),
    ("who", "Who presented Tay Giang's draft political report at the standing committee meeting?",
     ["Đồng chí Briu Thị Hồng, Phó Bí thư Thường trực Huyện ủy trình bày tóm tắt dự thảo"],
     ["Briu Thị Hồng"], ["Zơrâm Văn Lương"]),
    ("who", "Ai ký thông báo ý kiến số 318-TB/TU của Ban Thường vụ Tỉnh ủy?",
     ["Trương Thị Lệ Thu"], ["Trương Thị Lệ Thu"], ["Nguyễn Công Thiện"]),
    ("who", "khi can trao doi ve cach viet bao cao chinh tri thi lien he voi ai o ban tuyen giao",
     ["người phụ trách là đồng chí Trần Thị Mỹ Hạnh, Trưởng phòng"], ["Trần Thị Mỹ Hạnh"],
     ["Nguyễn Hữu Phước"]),
    ("who", "Who is the provincial party secretary who spoke at the 6 March 2020 conference?",
     ["Đồng chí Lê Quang Thịnh, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo"], ["Lê Quang Thịnh"],
     ["Nguyễn Công Thiện"]),
    ("who", "Ai ký lời giới thiệu của tài liệu hỏi \u2013 đáp về xây dựng báo cáo chính trị cấp huyện?",
     ["Nguyễn Hữu Phước"], ["Nguyễn Hữu Phước"], ["Trần Thị Mỹ Hạnh"]),
    ("who", "Ai ký báo cáo chính trị năm 2015 của Đảng bộ huyện Phước Sơn?",
     ["Hồ Văn Đính"], ["Hồ Văn Đính"], ["Zơrâm Văn Lương"]),
]

# ------------------------------------------------------------------------------------------------------------
# drafts of huyện Nam Giang
# ------------------------------------------------------------------------------------------------------------
GENERAL = ["b_theme", "b_econ", "b_ntm", "b_culture", "b_poor", "b_disaster", "b_defence", "b_party",
           "b_weak", "b_resp", "b_lessons", "b_forecast", "b_ind", "b_bt", "b_bt_res", "b_action",
           "s_province", "s_covid"]
NG_SCOPED = ["m_poor", "m_culture", "m_forest", "m_party", "bd_border", "bd_laos", "ng_gate", "s_cotu",
             "tb_ng_resettle", "tb_ng_poor_basis", "tb_ng_herb", "tb_mt_landslide"]


def _labels(overrides: dict) -> dict:
    out = {k: "addressed" for k in GENERAL + NG_SCOPED}
    out.update(overrides)
    return out


DRAFTS = {
    "01_nam_giang_gan_day_du.txt": ("Nam Giang", "NAM_GIANG_01",
                                    _labels({"tb_ng_herb": "partly", "tb_mt_landslide": "missing"})),
    "02_nam_giang_dien_dat_khac.txt": ("Nam Giang", "NAM_GIANG_02", _labels({"m_forest": "partly"})),
    "03_nam_giang_con_thieu_vuot_gioi_han.txt": (
        "Nam Giang", "NAM_GIANG_03",
        _labels({"b_econ": "partly", "b_poor": "partly", "m_poor": "partly", "m_culture": "partly",
                 "m_forest": "partly", "bd_border": "partly",
                 "b_theme": "missing", "b_weak": "missing", "b_resp": "missing", "b_lessons": "missing",
                 "b_forecast": "missing", "b_ind": "missing", "b_bt": "missing", "b_bt_res": "missing",
                 "s_covid": "missing", "m_party": "missing", "bd_laos": "missing", "ng_gate": "missing",
                 "s_cotu": "missing", "tb_ng_poor_basis": "missing", "tb_ng_herb": "missing",
                 "tb_mt_landslide": "missing"}),
    ),
    "04_nam_giang_ngan_chung_chung.txt": (
        "Nam Giang", "NAM_GIANG_04",
        _labels({"b_bt_res": "partly", **{k: "missing" for k in NG_SCOPED}}),
    ),
}

DRAFT_COMMENT = (
    "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of one "
    "requirement that applies to Nam Giang). All four drafts are of huyện Nam Giang (a mountain district on "
    "the Lao border). Only content requirements that can be judged from a draft's text are labelled (30 per "
    "draft): 16 general answers of the Hỏi \u2013 Đáp booklet (theme within 40 chữ, economy figures 2020 vs "
    "2015, nông thôn mới, culture, poverty at start and end, disasters and landslides, khu vực phòng thủ, "
    "new party members, subjective causes, responsibility of the Ban Thường vụ and the head, at most 4 "
    "lessons, short forecast, at most 22 indicators in 3 groups, at most 3 breakthroughs, each with "
    "resources, roadmap and who is responsible, action programme with lead and partner agencies and "
    "deadlines), 2 general requests of the Bí thư Tỉnh ủy's speech (the unit's contribution to Quảng Nam "
    "becoming a 'tỉnh phát triển khá'; Covid-19 impact and recovery), plus 12 items scoped to Nam Giang "
    "(booklet Câu hỏi 12 for the 9 mountain districts: ethnic-minority poverty, culture of Cơ Tu / Gié "
    "Triêng…, forest allocation and forest-environment payments, hamlets without party cell; for Nam Giang "
    "and Tây Giang: border sovereignty and coordination with Sê Kông; 'Riêng huyện Nam Giang': the "
    "international border gate; the speech's request to Tây Giang, Đông Giang and Nam Giang on Cơ Tu "
    "community tourism; the Nam Giang remarks of Thông báo 318-TB/TU: Sông Bung 4 resettlement, the basis "
    "of the 4 - 5% poverty target, medicinal plants under the forest canopy / ba kích tím; section III's "
    "remark for Nam Giang and Tây Giang on resettling people from landslide zones). Length, deadline, "
    "consultation, statistics and format requirements (incl. 'rút gọn dự thảo về không quá 30 trang' and "
    "'giảm số chỉ tiêu chủ yếu về không quá 22 chỉ tiêu', which are covered by the general indicator label) "
    "are not labelled. addressed = the substance is stated in any words; partly = one part of a multi-part "
    "requirement; missing = not stated, or a count limit broken. Draft 01 (second draft after 09/6/2020): "
    "medicinal plants named without ba kích or the forest canopy (partly); nothing on resettling people "
    "from landslide zones (missing). Draft 02 says the same in other words with no key verbatim and numbers "
    "mostly written as words ('Phương châm hành động' for chủ đề; 'Giá trị làm ra… Mỗi người dân… Ngân sách "
    "thu' for the economy; 'về đích theo bộ tiêu chí xã nông thôn mới'; 'Số hộ khó khăn tính theo chuẩn đa "
    "chiều… riêng bà con người Cơ Tu, Gié Triêng' for both poverty rates; 'Tiếng cồng chiêng, khung dệt… "
    "nhà gươl' for culture; 'Mưa bão, đất trượt… thông xe' for disasters; 'Thế trận quốc phòng toàn dân… "
    "diễn tập' for khu vực phòng thủ; 'đứng vào hàng ngũ của Đảng' for admissions; 'Ba thôn trước kia chưa "
    "có ai là đảng viên nay đều đã lập được chi bộ'; 'Trước hết là do chính chúng tôi… Thường vụ Huyện ủy "
    "nhận phần lỗi chính… đồng chí Bí thư nhận trách nhiệm cá nhân'; 'Ba điều rút ra'; 'Nhìn về phía trước… "
    "Cái được… Cái khó'; 'Hai mươi con số gom vào ba khối'; 'Ba việc phải làm trước' with money, years and "
    "who leads; 'Bắt tay vào việc… nơi cầm trịch, nơi cùng làm và hạn chót'; 'Nam Giang nhận phần việc của "
    "mình… nhóm các tỉnh khá'; 'Đại dịch… Vực dậy sau đại dịch'; 'không để mất một tấc đất' and 'Bạn bên "
    "kia biên giới, tức tỉnh Sê Kông' for the border; 'Hàng hóa qua lại cửa khẩu quốc tế Nam Giang… chưa "
    "đem lại nguồn lợi như mong đợi' for the gate; 'Làng du lịch của người Cơ Tu ở Tà Bhing'; 'Bốn khu dân "
    "cư mới dành cho sáu trăm năm mươi hộ phải dời đi nhường chỗ cho hồ chứa Sông Bung 4'; 'Vì sao đặt mức "
    "giảm nghèo như vậy'; 'Ba kích tím và các loại cây thuốc được trồng xen dưới tán rừng tự nhiên'; 'Những "
    "hộ sống ven suối, dưới chân núi có nguy cơ đất trượt, lũ ống đã được đưa về nơi ở mới'). Only forest "
    "allocation is partly (forest handed to 62 communities, no forest-environment payments). Draft 03 (an "
    "early working draft of April 2020) misses several parts and breaks two counts: 25 indicators in one "
    "numbered list (limit 22 in 3 groups: missing) and 4 breakthroughs (limit 3: missing), no resources or "
    "roadmap for them, no theme, only objective causes and no responsibility, no lessons, no forecast, "
    "nothing on Covid-19, the gate, the Lao side, Cơ Tu tourism, medicinal plants or landslide "
    "resettlement, a 4 - 5% poverty target with no basis; partly: growth only among the economic figures, "
    "only the end-2019 poverty rates (overall and ethnic-minority), 'lễ hội truyền thống' without the "
    "peoples, forest allocation without payments, border security without sovereignty. Draft 04 (short "
    "summary for public consultation) covers the general points only and nothing specific to Nam Giang: the "
    "12 scoped items are missing and the breakthroughs are named without resources, roadmap or "
    "responsibility (partly)."
)
