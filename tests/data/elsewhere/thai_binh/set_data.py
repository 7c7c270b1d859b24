"""Hand-written data of the Thái Bình set: gazetteer, requirement catalogue, questions, drafts, labels.

Imported by make_set.py (which writes the JSON / JSONL / TXT files) and by check_set.py.
"""

from __future__ import annotations

HTML_KEY = "guidance/ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-3-huyen.html"
DOCX_KEY = "guidance/ke-hoach-52-KH-TU-chuan-bi-dai-hoi-cap-huyen.docx"
PDF_KEY = "reports/bao-cao-chinh-tri-kien-xuong-2020-2025.pdf"

# -----------------------------------------------------------------------------------------------------
# Gazetteer: the 8 district-level units of Thái Bình (bare "Thái Bình" left out: it is the province).
# -----------------------------------------------------------------------------------------------------
GAZETTEER = {
    "_comment": "District-level units (cấp huyện) of Thái Bình province: 1 city and 7 districts. aliases = "
                "forms that name the unit alone in running text; the bare form 'Thái Bình' is left out "
                "because it is also the province's name. 'Thái Thuỵ' is the old-style tone placement.",
    "units": [
        {"name": "TP Thái Bình", "kind": "thành phố",
         "aliases": ["TP Thái Bình", "TP. Thái Bình", "thành phố Thái Bình"]},
        {"name": "Đông Hưng", "kind": "huyện", "aliases": ["Đông Hưng"]},
        {"name": "Hưng Hà", "kind": "huyện", "aliases": ["Hưng Hà"]},
        {"name": "Kiến Xương", "kind": "huyện", "aliases": ["Kiến Xương"]},
        {"name": "Quỳnh Phụ", "kind": "huyện", "aliases": ["Quỳnh Phụ"]},
        {"name": "Thái Thụy", "kind": "huyện", "aliases": ["Thái Thụy", "Thái Thuỵ"]},
        {"name": "Tiền Hải", "kind": "huyện", "aliases": ["Tiền Hải"]},
        {"name": "Vũ Thư", "kind": "huyện", "aliases": ["Vũ Thư"]},
    ],
}

THREE = ["Hưng Hà", "Quỳnh Phụ", "Tiền Hải"]


def R(key, scope=()):
    return {"key": key, "scope": list(scope)}


# -----------------------------------------------------------------------------------------------------
# Requirement catalogue
# -----------------------------------------------------------------------------------------------------
HTML_REQS = [
    # general points of the conclusion: addressed to the three districts discussed at the meeting
    R("cập nhật số liệu đến hết tháng 9/2024 và ước thực hiện đến hết năm 2025", THREE),
    R("chỉ rõ chỉ tiêu nào đạt, vượt, chỉ tiêu nào không đạt và lý do", THREE),
    R("phân tích sâu nguyên nhân chủ quan, gắn với trách nhiệm của cấp ủy, người đứng đầu", THREE),
    R("bài học kinh nghiệm cần được đúc rút từ chính thực tiễn lãnh đạo của địa phương", THREE),
    R("bám sát Quy hoạch tỉnh Thái Bình thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 và quy hoạch xây dựng "
      "vùng huyện", THREE),
    R("hệ thống chỉ tiêu phải vừa có tính khả thi, vừa thể hiện quyết tâm cao", THREE),
    R("lựa chọn các khâu đột phá trúng, đúng, có trọng tâm", THREE),
    # Hưng Hà
    R("bổ sung đánh giá hiệu quả khai thác các cụm công nghiệp trên địa bàn", ["Hưng Hà"]),
    R("làm rõ nguyên nhân một số cụm công nghiệp lấp đầy chậm", ["Hưng Hà"]),
    R("tiềm năng phát triển du lịch văn hóa tâm linh gắn với Khu di tích lịch sử văn hóa thời Trần",
      ["Hưng Hà"]),
    R("giải pháp cụ thể để phát triển hai thị trấn Hưng Hà, Hưng Nhân", ["Hưng Hà"]),
    R("kết quả kết nạp đảng viên, nhất là tại các doanh nghiệp ngoài khu vực nhà nước", ["Hưng Hà"]),
    R("những tổ chức cơ sở đảng nhiều năm liền không hoàn thành nhiệm vụ", ["Hưng Hà"]),
    # Quỳnh Phụ (the second paragraph does not repeat the district's name)
    R("làm rõ nguyên nhân chỉ tiêu thu ngân sách trên địa bàn không đạt Nghị quyết", ["Quỳnh Phụ"]),
    R("ô nhiễm môi trường tại các làng nghề và trong chăn nuôi tập trung", ["Quỳnh Phụ"]),
    R("Khâu đột phá về kết cấu hạ tầng cần gắn với việc khai thác tuyến đường kết nối", ["Quỳnh Phụ"]),
    R("giải pháp nâng cao chất lượng nguồn nhân lực, chuyển dịch lao động nông thôn", ["Quỳnh Phụ"]),
    # Tiền Hải (the second paragraph does not repeat the district's name)
    R("tác động của Khu kinh tế Thái Bình đối với chuyển dịch cơ cấu kinh tế và lao động", ["Tiền Hải"]),
    R("phát triển kinh tế biển, bảo vệ rừng ngập mặn ven biển, chủ động ứng phó với biến đổi khí hậu",
      ["Tiền Hải"]),
    R("kết quả giải phóng mặt bằng phục vụ các dự án trọng điểm", ["Tiền Hải"]),
    R("giải quyết việc làm cho người dân bị thu hồi đất sản xuất", ["Tiền Hải"]),
    R("phối hợp với các huyện lân cận trong kết nối hạ tầng giao thông vùng ven biển", ["Tiền Hải"]),
    # closing
    R("gửi về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 15/11/2024", THREE),
    R("tổ chức lấy ý kiến rộng rãi của cán bộ, đảng viên và Nhân dân", THREE),
    R("văn phong ngắn gọn, súc tích, dễ hiểu, dễ nhớ, dễ thực hiện", THREE),
]
HTML_NOT = [
    "Dự hội nghị có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy",
    "đại diện Ban Thường vụ các huyện ủy đã báo cáo tóm tắt quá trình xây dựng dự thảo",
    "Đây là ba đảng bộ đầu tiên của tỉnh hoàn thành dự thảo báo cáo chính trị lần thứ nhất",
    "Các đại biểu dự hội nghị đã tập trung thảo luận, góp ý thẳng thắn",
    "ghi nhận, đánh giá cao sự chủ động, tích cực của Ban Thường vụ các huyện ủy",
    "Các dự thảo cơ bản bám sát Kế hoạch số 52-KH/TU",
    "Báo cáo không nhất thiết phải liệt kê lại toàn bộ số liệu của các năm trong nhiệm kỳ",
    "dự thảo đã phản ánh khá đầy đủ kết quả phát triển kinh tế - xã hội của huyện",
    "phía bắc giáp huyện Thái Thụy qua sông Trà Lý, phía tây giáp huyện Kiến Xương",
    "Ban Thường vụ Tỉnh ủy đã cho ý kiến về phương án nhân sự cấp ủy khóa mới",
    "Thứ Ba, 15/10/2024 - 09:12",
    "Minh Thu - Đức Anh",
    "Ảnh: Đức Anh",
    "In bài viết",
    "Chia sẻ:",
    "Lượt xem: 1.284",
    "Tin liên quan",
    "Tin đọc nhiều",
    "Hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030",
    "Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị trình đại hội Đảng bộ huyện Đông Hưng, "
    "Vũ Thư",
    "Kiến Xương: Tổng kết 5 năm thực hiện các khâu đột phá nhiệm kỳ 2020 - 2025",
    "Tiền Hải phát triển kinh tế biển gắn với bảo vệ rừng ngập mặn",
    "Hưng Hà: Khai thác tiềm năng du lịch văn hóa tâm linh",
    "Quỳnh Phụ nỗ lực khắc phục ô nhiễm môi trường làng nghề",
    "Vũ Thư đẩy mạnh chuyển đổi số trong cải cách hành chính",
    "Kỷ niệm 95 năm Ngày thành lập Đảng bộ tỉnh Thái Bình",
    "Tư liệu - Văn kiện",
    "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
    "Địa chỉ: Số 76 đường Lê Lợi, phường Lê Hồng Phong, thành phố Thái Bình",
]

DOCX_REQS = [
    R("Văn kiện đại hội phải bảo đảm chất lượng, thể hiện được tầm nhìn và khát vọng phát triển"),
    R("phải cụ thể hóa được nghị quyết đại hội Đảng bộ tỉnh lần thứ XXI"),
    R("Tiểu ban Văn kiện do đồng chí Bí thư huyện ủy, thành ủy làm Trưởng tiểu ban"),
    R("đánh giá đúng thực trạng, khách quan, trung thực kết quả thực hiện Nghị quyết đại hội đảng bộ huyện"),
    R("Dung lượng báo cáo chính trị không quá 25 trang khổ A4"),
    R("Bản tóm tắt báo cáo chính trị dùng để trình bày tại đại hội có dung lượng không quá mười hai trang"),
    R("Những số liệu cần thiết, bảng biểu thống kê đưa vào phụ lục kèm theo báo cáo"),
    R("Ngôn ngữ trong sáng, ngắn gọn, dễ hiểu"),
    R("thống nhất với số liệu do cơ quan thống kê cung cấp"),
    R("Đánh giá kết quả đạt được trên các lĩnh vực"),
    R("Đánh giá kết quả thực hiện các khâu đột phá, các chương trình, đề án trọng tâm của nhiệm kỳ"),
    R("Đánh giá kết quả sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025"),
    R("Chỉ rõ hạn chế, yếu kém, phân tích nguyên nhân khách quan, chủ quan"),
    R("Rút ra từ 3 đến 5 bài học kinh nghiệm"),
    R("Dự báo bối cảnh, thời cơ, thuận lợi, khó khăn, thách thức"),
    R("Xác định rõ mục tiêu tổng quát, các chỉ tiêu chủ yếu (khoảng 15 đến 20 chỉ tiêu)"),
    R("Lựa chọn từ 2 đến 3 khâu đột phá"),
    R("Nhiệm vụ, giải pháp phải cụ thể, khả thi, có trọng tâm, trọng điểm"),
    R("Có nội dung về chuyển đổi số, phát triển kinh tế số và xây dựng chính quyền số"),
    R("vai trò đô thị trung tâm của tỉnh", ["TP Thái Bình"]),
    R("có nội dung riêng về phát triển kinh tế biển, nuôi trồng và khai thác thủy sản, phòng, chống thiên tai",
      ["Thái Thụy", "Tiền Hải"]),
    R("đánh giá tác động của việc phát triển các khu, cụm công nghiệp đến lao động, việc làm và môi trường"),
    R("Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ huyện được xây dựng thành văn bản "
      "riêng"),
    R("phải được gửi lấy ý kiến các tổ chức cơ sở đảng, Mặt trận Tổ quốc"),
    R("đăng tải toàn văn dự thảo trên trang thông tin điện tử của huyện, thành phố trong thời gian ít nhất "
      "ba mươi ngày"),
    R("thí điểm tổ chức lấy ý kiến Nhân dân vào dự thảo báo cáo chính trị trên nền tảng số",
      ["Đông Hưng", "Vũ Thư"]),
    R("Việc tiếp thu, giải trình ý kiến góp ý phải được tổng hợp thành văn bản"),
    R("Xây dựng đề cương chi tiết báo cáo chính trị"),
    R("Gửi dự thảo báo cáo chính trị (lần 1) xin ý kiến Ban Thường vụ Tỉnh ủy"),
    R("Lấy ý kiến đóng góp của cán bộ, đảng viên và Nhân dân vào dự thảo báo cáo chính trị"),
    R("Hoàn chỉnh dự thảo báo cáo chính trị, gửi Ban Thường vụ Tỉnh ủy trước khi trình đại hội"),
]
DOCX_NOT = [
    "Báo cáo không cần trình bày chi tiết kết quả của từng xã, phường, thị trấn",
    "Không đưa nội dung kiểm điểm của Ban Chấp hành vào báo cáo chính trị",
    "Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị",
    "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch chuẩn bị văn kiện và tổ chức đại hội đảng bộ các huyện, thành phố",
    "các đảng bộ cấp huyện trong tỉnh đã lãnh đạo thực hiện đạt và vượt phần lớn các chỉ tiêu",
    "một số đảng bộ còn lúng túng trong việc xác định khâu đột phá",
    "Các nhiệm vụ chủ yếu, cơ quan chủ trì và thời gian hoàn thành như sau:",
    "Công tác nhân sự thực hiện theo hướng dẫn riêng của Ban Tổ chức Tỉnh ủy",
    "Ban Tuyên giáo Tỉnh ủy chủ trì thẩm định dự thảo báo cáo chính trị của các đảng bộ cấp huyện",
    "Văn phòng Tỉnh ủy tiếp nhận dự thảo văn kiện",
    "Ủy ban Kiểm tra Tỉnh ủy chủ trì giải quyết đơn thư khiếu nại",
    "Trong thời hạn 15 ngày kể từ ngày nhận đủ dự thảo",
    "Thời gian hoàn thành",
    "Nơi nhận:",
    "Lưu Văn phòng Tỉnh ủy.",
    "T/M BAN THƯỜNG VỤ",
    "Thái Bình, ngày 18 tháng 7 năm 2024",
]

REQUIREMENTS = {
    "_comment": "Hand-labelled requirement catalogue of the Thái Bình set. key = verbatim substring of one "
                "requirement sentence / item / table row; scope = gazetteer names of the districts it is "
                "addressed to ([] = every district). The portal article's general points are scoped to the "
                "three districts whose drafts were discussed (Hưng Hà, Quỳnh Phụ, Tiền Hải). "
                "not_requirements = narration, descriptions, negated sentences, tasks of provincial bodies, "
                "list intros and page furniture.",
    "documents": {
        HTML_KEY: {"requirements": HTML_REQS, "not_requirements": HTML_NOT},
        DOCX_KEY: {"requirements": DOCX_REQS, "not_requirements": DOCX_NOT},
    },
}


# -----------------------------------------------------------------------------------------------------
# Questions (half is assigned by make_set.py with random.Random(1701))
# -----------------------------------------------------------------------------------------------------
def q(question, shape, gold=(), expect=(), forbid=()):
    return {"question": question, "shape": shape, "half": "", "gold": list(gold), "expect": list(expect),
            "forbid": list(forbid), "unanswerable": shape == "unanswerable"}


QUESTIONS = [
    # ---------------- narrow ----------------
    q("Ba huyện Hưng Hà, Quỳnh Phụ, Tiền Hải phải gửi dự thảo đã hoàn chỉnh về Ban Thường vụ Tỉnh ủy trước "
      "ngày nào?", "narrow",
      gold=["gửi về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) trước ngày 15/11/2024"],
      expect=["15/11/2024"]),
    q("Ban Thường vụ Tỉnh ủy đề nghị hai thị trấn của huyện Hưng Hà phấn đấu đạt tiêu chí đô thị loại mấy "
      "trước năm 2030?", "narrow",
      gold=["phấn đấu đạt tiêu chí đô thị loại IV trước năm 2030"], expect=["đô thị loại IV"]),
    q("Tại hội nghị ngày 14/10/2024, số liệu trong dự thảo báo cáo chính trị của các huyện được yêu cầu cập "
      "nhật đến thời điểm nào?", "narrow",
      gold=["cập nhật số liệu đến hết tháng 9/2024"], expect=["hết tháng 9/2024"]),
    q("Báo cáo chính trị trình đại hội đảng bộ cấp huyện ở Thái Bình được dài tối đa bao nhiêu trang?",
      "narrow", gold=["Dung lượng báo cáo chính trị không quá 25 trang khổ A4"], expect=["không quá 25 trang"]),
    q("Bản tóm tắt báo cáo chính trị dùng để trình bày tại đại hội được dài bao nhiêu trang và trình bày "
      "trong bao lâu?", "narrow",
      gold=["có dung lượng không quá mười hai trang, thời gian trình bày không quá bốn mươi phút"],
      expect=["mười hai trang", "bốn mươi phút"]),
    q("Bao nhieu khau dot pha can lua chon trong bao cao chinh tri nhiem ky 2025 - 2030?", "narrow",
      gold=["Lựa chọn từ 2 đến 3 khâu đột phá"], expect=["từ 2 đến 3 khâu đột phá"]),
    q("How many main targets should a district political report for 2025-2030 set out?", "narrow",
      gold=["các chỉ tiêu chủ yếu (khoảng 15 đến 20 chỉ tiêu)"], expect=["15 đến 20 chỉ tiêu"]),
    q("Báo cáo chính trị cấp huyện cần rút ra bao nhiêu bài học kinh nghiệm?", "narrow",
      gold=["Rút ra từ 3 đến 5 bài học kinh nghiệm"], expect=["từ 3 đến 5 bài học kinh nghiệm"]),
    q("Ai làm Trưởng Tiểu ban Văn kiện đại hội đảng bộ cấp huyện?", "narrow",
      gold=["Tiểu ban Văn kiện do đồng chí Bí thư huyện ủy, thành ủy làm Trưởng tiểu ban"],
      expect=["Bí thư huyện ủy, thành ủy"]),
    q("Toàn văn dự thảo báo cáo chính trị phải được đăng trên trang thông tin điện tử của huyện trong bao "
      "lâu?", "narrow",
      gold=["trong thời gian ít nhất ba mươi ngày"], expect=["ít nhất ba mươi ngày"]),
    q("Hạn hoàn thành đề cương chi tiết báo cáo chính trị là khi nào?", "narrow",
      gold=["Trước ngày 15/9/2024"], expect=["15/9/2024"]),
    q("Theo hướng dẫn báo cáo chính trị, đảng bộ tổ chức đại hội điểm phải gửi dự thảo lần 1 xin ý kiến "
      "Ban Thường vụ Tỉnh ủy trước ngày nào?", "narrow",
      gold=["Đảng bộ tổ chức đại hội điểm: trước ngày 30/9/2024"], expect=["30/9/2024"]),
    q("Kết quả đại hội đảng bộ huyện phải báo cáo về Ban Thường vụ Tỉnh ủy trong thời hạn nào?", "narrow",
      gold=["Chậm nhất mười ngày sau khi kết thúc đại hội"], expect=["mười ngày sau khi kết thúc đại hội"]),
    q("Theo báo cáo chính trị nhiệm kỳ 2020 - 2025 của Đảng bộ huyện Kiến Xương, thu nhập bình quân đầu "
      "người phấn đấu đến năm 2025 là bao nhiêu?", "narrow",
      gold=["Thu nhập bình quân đầu người năm 2025 đạt 80 triệu đồng"], expect=["80 triệu đồng"]),
    q("Tỷ lệ đô thị hóa của huyện Kiến Xương năm 2020 đạt bao nhiêu, chỉ tiêu Nghị quyết là bao nhiêu?",
      "narrow", gold=["tỷ lệ đô thị hóa năm 2020 đạt 12,4%, chưa đạt chỉ tiêu 15%"],
      expect=["12,4%", "15%"]),
    q("Nhiệm kỳ 2015 - 2020, Kiến Xương có bao nhiêu chỉ tiêu chủ yếu đạt và vượt Nghị quyết?", "narrow",
      gold=["Có 19/21 chỉ tiêu chủ yếu của Nghị quyết đạt và vượt"], expect=["19/21"]),
    # ---------------- broad ----------------
    q("Báo cáo chính trị của huyện Tiền Hải cần đề cập những gì theo ý kiến của Ban Thường vụ Tỉnh ủy?",
      "broad",
      gold=["tác động của Khu kinh tế Thái Bình đối với chuyển dịch cơ cấu kinh tế",
            "kết quả giải phóng mặt bằng phục vụ các dự án trọng điểm"],
      expect=["tác động của Khu kinh tế Thái Bình", "phát triển kinh tế biển, bảo vệ rừng ngập mặn",
              "giải phóng mặt bằng phục vụ các dự án trọng điểm",
              "giải quyết việc làm cho người dân bị thu hồi đất",
              "phối hợp với các huyện lân cận"],
      forbid=["du lịch văn hóa tâm linh", "thu ngân sách trên địa bàn không đạt", "ô nhiễm môi trường tại các "
              "làng nghề"]),
    q("Ban Thường vụ Tỉnh ủy yêu cầu dự thảo báo cáo chính trị của Hưng Hà bổ sung, làm rõ những nội dung "
      "gì?", "broad",
      gold=["bổ sung đánh giá hiệu quả khai thác các cụm công nghiệp",
            "kết quả kết nạp đảng viên, nhất là tại các doanh nghiệp ngoài khu vực nhà nước"],
      expect=["hiệu quả khai thác các cụm công nghiệp", "du lịch văn hóa tâm linh",
              "hai thị trấn Hưng Hà, Hưng Nhân", "doanh nghiệp ngoài khu vực nhà nước",
              "nhiều năm liền không hoàn thành nhiệm vụ"],
      forbid=["Khu kinh tế Thái Bình", "làng nghề", "cao tốc Hà Nội - Hải Phòng"]),
    q("Theo hướng dẫn chuẩn bị báo cáo chính trị, dự thảo của huyện Quỳnh Phụ cần làm rõ, bổ sung những "
      "gì?", "broad",
      gold=["làm rõ nguyên nhân chỉ tiêu thu ngân sách trên địa bàn không đạt Nghị quyết",
            "Khâu đột phá về kết cấu hạ tầng cần gắn với việc khai thác tuyến đường kết nối"],
      expect=["thu ngân sách trên địa bàn không đạt Nghị quyết", "ô nhiễm môi trường tại các làng nghề",
              "cao tốc Hà Nội - Hải Phòng", "chuyển dịch lao động nông thôn sang khu vực công nghiệp"],
      forbid=["rừng ngập mặn", "du lịch văn hóa tâm linh", "Khu kinh tế Thái Bình"]),
    q("Hướng dẫn yêu cầu những gì về phần đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ 2020 - 2025 trong "
      "báo cáo chính trị cấp huyện?", "broad",
      gold=["Đánh giá kết quả đạt được trên các lĩnh vực"],
      expect=["có so sánh với chỉ tiêu Nghị quyết và với nhiệm kỳ trước",
              "các khâu đột phá, các chương trình, đề án trọng tâm",
              "sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025",
              "phân tích nguyên nhân khách quan, chủ quan", "từ 3 đến 5 bài học kinh nghiệm"],
      forbid=["phải trình bày chi tiết kết quả của từng xã"]),
    q("Phần phương hướng, mục tiêu nhiệm kỳ 2025 - 2030 của báo cáo chính trị cấp huyện phải gồm những nội "
      "dung gì?", "broad",
      gold=["Dự báo bối cảnh, thời cơ, thuận lợi, khó khăn, thách thức"],
      expect=["Dự báo bối cảnh, thời cơ", "khoảng 15 đến 20 chỉ tiêu", "từ 2 đến 3 khâu đột phá",
              "cụ thể, khả thi, có trọng tâm, trọng điểm", "chuyển đổi số, phát triển kinh tế số"],
      forbid=["vai trò đô thị trung tâm của tỉnh", "rừng ngập mặn"]),
    q("Báo cáo chính trị của Đảng bộ huyện Thái Thụy cần có những nội dung riêng nào?", "broad",
      gold=["có nội dung riêng về phát triển kinh tế biển, nuôi trồng và khai thác thủy sản"],
      expect=["phát triển kinh tế biển, nuôi trồng và khai thác thủy sản", "phòng, chống thiên tai",
              "ứng phó với biến đổi khí hậu gắn với phát triển Khu kinh tế Thái Bình"],
      forbid=["vai trò đô thị trung tâm", "rừng ngập mặn ven biển", "Khu di tích lịch sử văn hóa thời Trần",
              "trên nền tảng số"]),
    q("Báo cáo chính trị của Huyện ủy Kiến Xương nhiệm kỳ 2020 - 2025 đã rút ra những bài học kinh nghiệm "
      "nào?", "broad",
      gold=["Một là, phải thường xuyên chăm lo xây dựng Đảng bộ trong sạch, vững mạnh"],
      expect=["chăm lo xây dựng Đảng bộ trong sạch, vững mạnh", "vận dụng sáng tạo chủ trương của cấp trên",
              "dân biết, dân bàn, dân làm", "trách nhiệm nêu gương của người đứng đầu",
              "giải quyết dứt điểm những vấn đề bức xúc"],
      forbid=["bài học kinh nghiệm cần được đúc rút từ chính thực tiễn"]),
    q("Những hạn chế, yếu kém nào được nêu trong báo cáo chính trị của Đảng bộ huyện Kiến Xương trình Đại "
      "hội lần thứ XXVI?", "broad",
      gold=["các cụm công nghiệp lấp đầy chậm, chưa thu hút được dự án có quy mô lớn"],
      expect=["các cụm công nghiệp lấp đầy chậm", "Thu ngân sách trên địa bàn không đạt chỉ tiêu",
              "Quá trình đô thị hóa diễn ra chậm", "Ô nhiễm môi trường nông thôn",
              "Chất lượng nguồn nhân lực còn thấp"],
      forbid=["du lịch văn hóa tâm linh", "Khu kinh tế Thái Bình"]),
    q("What general requirements did the provincial standing committee give the three districts for their "
      "draft political reports at the 14 October 2024 meeting?", "broad",
      gold=["đối chiếu từng chỉ tiêu với Nghị quyết đại hội nhiệm kỳ"],
      expect=["cập nhật số liệu đến hết tháng 9/2024", "chỉ tiêu nào đạt, vượt, chỉ tiêu nào không đạt",
              "phân tích sâu nguyên nhân chủ quan", "đúc rút từ chính thực tiễn lãnh đạo của địa phương",
              "quy hoạch xây dựng vùng huyện", "không dàn trải"],
      forbid=["liệt kê lại toàn bộ số liệu của các năm", "du lịch văn hóa tâm linh"]),
    q("Hướng dẫn quy định thế nào về dung lượng, hình thức trình bày và số liệu của báo cáo chính trị?",
      "broad",
      gold=["Dung lượng báo cáo chính trị không quá 25 trang khổ A4"],
      expect=["không quá 25 trang", "cỡ chữ 14", "không quá mười hai trang", "đưa vào phụ lục",
              "thống nhất với số liệu do cơ quan thống kê cung cấp"],
      forbid=["phải trình bày chi tiết kết quả của từng xã"]),
    # ---------------- which ----------------
    q("Những huyện nào được Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo cáo chính trị tại hội nghị "
      "chiều 14/10/2024?", "which",
      gold=["dự thảo báo cáo chính trị trình đại hội đại biểu Đảng bộ các huyện Hưng Hà, Quỳnh Phụ, Tiền Hải"],
      expect=["Hưng Hà", "Quỳnh Phụ", "Tiền Hải"], forbid=["Kiến Xương", "Thái Thụy", "Đông Hưng"]),
    q("Những đảng bộ huyện nào được chọn tổ chức đại hội điểm nhiệm kỳ 2025 - 2030?", "which",
      gold=["chọn Đảng bộ huyện Hưng Hà và Đảng bộ huyện Tiền Hải tổ chức đại hội điểm"],
      expect=["Hưng Hà", "Tiền Hải"], forbid=["Quỳnh Phụ", "Thái Thụy", "Vũ Thư"]),
    q("Huyện nào phải có nội dung riêng về phát triển kinh tế biển trong báo cáo chính trị?", "which",
      gold=["Báo cáo chính trị của các huyện ven biển Thái Thụy, Tiền Hải"],
      expect=["Thái Thụy", "Tiền Hải"], forbid=["Kiến Xương", "Quỳnh Phụ"]),
    q("Which districts does Tiền Hải border, according to the portal article?", "which",
      gold=["phía bắc giáp huyện Thái Thụy qua sông Trà Lý, phía tây giáp huyện Kiến Xương"],
      expect=["Thái Thụy", "Kiến Xương"], forbid=["Hưng Hà", "Quỳnh Phụ"]),
    q("Những huyện nào được giao thí điểm lấy ý kiến Nhân dân vào dự thảo báo cáo chính trị trên nền tảng "
      "số?", "which",
      gold=["giao Đảng bộ huyện Đông Hưng và Đảng bộ huyện Vũ Thư thí điểm"],
      expect=["Đông Hưng", "Vũ Thư"], forbid=["Kiến Xương", "Thái Thụy", "Hưng Hà"]),
    # ---------------- meta ----------------
    q("Kế hoạch chuẩn bị văn kiện và tổ chức đại hội đảng bộ các huyện, thành phố nhiệm kỳ 2025 - 2030 của "
      "Tỉnh ủy Thái Bình có số hiệu là gì?", "meta", gold=["Số 52-KH/TU"], expect=["52-KH/TU"]),
    q("Kế hoạch số 52-KH/TU được ban hành ngày nào?", "meta",
      gold=["Thái Bình, ngày 18 tháng 7 năm 2024"], expect=["18 tháng 7 năm 2024"]),
    q("Ai ký Kế hoạch số 52-KH/TU?", "meta", gold=["Phạm Văn Nghiêm"], expect=["Phạm Văn Nghiêm"]),
    q("Co quan nao ban hanh ke hoach chuan bi dai hoi dang bo cap huyen nhiem ky 2025 - 2030?", "meta",
      gold=["TỈNH ỦY THÁI BÌNH"], expect=["Tỉnh ủy Thái Bình"]),
    q("Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo của Hưng Hà, Quỳnh Phụ, Tiền Hải diễn ra ngày "
      "nào và do ai chủ trì?", "meta",
      gold=["Chiều 14/10, đồng chí Trần Quang Bình, Phó Bí thư Thường trực Tỉnh ủy"],
      expect=["14/10", "Trần Quang Bình"]),
    q("Báo cáo chính trị của Huyện ủy Kiến Xương (nhiệm kỳ 2020 - 2025) được trình tại Đại hội đại biểu Đảng "
      "bộ huyện lần thứ mấy?", "meta",
      gold=["trình Đại hội đại biểu Đảng bộ huyện Kiến Xương lần thứ XXVI"], expect=["lần thứ XXVI"]),
    # ---------------- unanswerable ----------------
    q("Tỉnh ủy Nam Định yêu cầu báo cáo chính trị cấp huyện nhiệm kỳ 2025 - 2030 dài tối đa bao nhiêu "
      "trang?", "unanswerable"),
    q("Ban Thường vụ Tỉnh ủy cho ý kiến gì vào dự thảo báo cáo chính trị trình đại hội Đảng bộ huyện Đông "
      "Hưng?", "unanswerable"),
    q("Ban Thường vụ Tỉnh ủy yêu cầu riêng huyện Kiến Xương bổ sung những nội dung gì vào dự thảo báo cáo "
      "chính trị nhiệm kỳ 2025 - 2030?", "unanswerable"),
    q("Đại hội đại biểu Đảng bộ huyện Hưng Hà nhiệm kỳ 2025 - 2030 khai mạc vào ngày nào?", "unanswerable"),
    q("Kinh phí tổ chức đại hội đảng bộ cấp huyện nhiệm kỳ 2025 - 2030 được bố trí bao nhiêu?",
      "unanswerable"),
    q("Hướng dẫn xây dựng báo cáo chính trị trình đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030 quy định những "
      "gì?", "unanswerable"),
    q("How many delegates will attend the Tiền Hải district party congress for the 2025-2030 term?",
      "unanswerable"),
    q("Dang bo huyen Vu Thu hien co bao nhieu dang vien?", "unanswerable"),
    q("Nhiệm kỳ 2020 - 2025, Đảng bộ huyện Kiến Xương đã hoàn thành bao nhiêu chỉ tiêu Nghị quyết?",
      "unanswerable"),
    q("Hội nghị Tỉnh ủy lần thứ 25 đã cho ý kiến gì về kế hoạch chuẩn bị đại hội đảng bộ cấp huyện?",
      "unanswerable"),
]


# -----------------------------------------------------------------------------------------------------
# Drafts
# -----------------------------------------------------------------------------------------------------
DRAFTS_TEXT: dict[str, str] = {}

DRAFTS_TEXT["01_tien_hai_phuong_huong_day_du.txt"] = """
PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030

I. BỐI CẢNH, DỰ BÁO TÌNH HÌNH

Nhiệm kỳ 2025 - 2030 diễn ra trong bối cảnh tình hình thế giới tiếp tục biến động nhanh, phức tạp; biến đổi khí hậu, thiên tai cực đoan tác động ngày càng rõ tới sản xuất và đời sống của các địa phương ven biển. Trong nước, công cuộc đổi mới tiếp tục được đẩy mạnh; Quy hoạch tỉnh Thái Bình thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 xác định Khu kinh tế Thái Bình là động lực tăng trưởng mới của tỉnh, phần lớn diện tích khu kinh tế nằm trên địa bàn huyện. Đây là thời cơ lớn để huyện thu hút đầu tư, chuyển dịch mạnh cơ cấu kinh tế và lao động.

Bên cạnh thuận lợi, huyện cũng đối mặt với không ít khó khăn, thách thức: nguồn vốn đầu tư công hạn hẹp; khối lượng giải phóng mặt bằng rất lớn; nguy cơ xâm nhập mặn, sạt lở bờ biển, bờ sông ngày càng gia tăng; một bộ phận lao động lớn tuổi khó chuyển đổi nghề khi mất đất sản xuất.

II. MỤC TIÊU TỔNG QUÁT

Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy tối đa lợi thế của Khu kinh tế Thái Bình và kinh tế biển; phát triển công nghiệp năng lượng, công nghiệp chế biến, dịch vụ cảng và du lịch sinh thái biển; xây dựng nông thôn mới kiểu mẫu; phấn đấu đến năm 2030 trở thành thị xã ven biển phát triển năng động của tỉnh.

III. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030

Đại hội thống nhất 17 chỉ tiêu chủ yếu, trong đó:
- Về kinh tế (7 chỉ tiêu): tốc độ tăng giá trị sản xuất bình quân 12 - 13%/năm; thu nhập bình quân đầu người năm 2030 đạt 130 triệu đồng; thu ngân sách trên địa bàn tăng bình quân 10%/năm; tỷ lệ đô thị hóa đạt 40%; ...
- Về văn hóa - xã hội và môi trường (7 chỉ tiêu): tỷ lệ lao động qua đào tạo đạt 80%; tỷ lệ hộ nghèo dưới 0,5%; trồng mới 150 ha rừng ngập mặn ven biển; 100% chất thải rắn sinh hoạt được thu gom, xử lý; ...
- Về xây dựng Đảng (3 chỉ tiêu): hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; kết nạp từ 1.000 đảng viên trở lên trong nhiệm kỳ; ...

IV. HAI KHÂU ĐỘT PHÁ

1. Tập trung giải phóng mặt bằng, đầu tư hạ tầng đồng bộ các khu chức năng của Khu kinh tế Thái Bình trên địa bàn huyện; phối hợp với huyện Thái Thụy và huyện Kiến Xương đầu tư các tuyến đường kết nối với đường bộ ven biển, hình thành mạng lưới giao thông liên hoàn vùng ven biển.

2. Phát triển kinh tế biển theo hướng bền vững, trọng tâm là nuôi trồng thủy sản công nghệ cao vùng bãi triều, dịch vụ hậu cần nghề cá và du lịch sinh thái gắn với rừng ngập mặn.

V. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU

1. Phát huy vai trò động lực của Khu kinh tế Thái Bình. Nhiệm kỳ qua, sự hình thành khu kinh tế đã làm thay đổi căn bản cơ cấu kinh tế của huyện: tỷ trọng công nghiệp - xây dựng tăng từ 38% lên 51%; khoảng 9.000 lao động nông nghiệp đã chuyển sang làm việc trong các doanh nghiệp. Nhiệm kỳ tới, huyện phối hợp với Ban Quản lý Khu kinh tế và các khu công nghiệp tỉnh mở các lớp đào tạo nghề theo đơn đặt hàng của doanh nghiệp; ưu tiên tuyển dụng lao động tại chỗ, nhất là con em các hộ bị thu hồi đất sản xuất; hỗ trợ người lớn tuổi chuyển sang làm dịch vụ. Kiểm soát chặt chẽ nước thải, khí thải của các nhà máy trong khu kinh tế và cụm công nghiệp, không để phát sinh điểm nóng về môi trường.

2. Phát triển kinh tế biển, phòng, chống thiên tai. Mở rộng vùng nuôi ngao, tôm thẻ chân trắng công nghệ cao; nâng cấp cảng cá, khu neo đậu tránh trú bão; củng cố hệ thống đê biển, bảo vệ và trồng mới rừng ngập mặn; chủ động xây dựng phương án ứng phó với nước biển dâng, xâm nhập mặn.

3. Đẩy mạnh chuyển đổi số. Đến năm 2030, 100% hồ sơ công việc cấp huyện, cấp xã được xử lý trên môi trường mạng; 90% thủ tục hành chính được giải quyết trực tuyến toàn trình; đưa các sản phẩm OCOP lên sàn thương mại điện tử; xây dựng chính quyền số, đô thị thông minh tại trung tâm huyện.

4. Phát triển văn hóa - xã hội, bảo đảm an sinh; củng cố quốc phòng, an ninh vùng biển; xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh, trong đó chú trọng xây dựng tổ chức đảng trong các doanh nghiệp tại khu kinh tế.
"""

DRAFTS_TEXT["02_hung_ha_danh_gia_thieu.txt"] = """
PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN, NHIỆM KỲ 2020 - 2025

Nhiệm kỳ 2020 - 2025, trong bối cảnh có nhiều khó khăn do tác động của dịch COVID-19 và biến động giá cả vật tư, Đảng bộ, chính quyền và Nhân dân trong huyện đã đoàn kết, nỗ lực vượt qua thách thức, hoàn thành cơ bản các mục tiêu Nghị quyết đề ra. Có 15/18 chỉ tiêu chủ yếu đạt và vượt kế hoạch.

I. KẾT QUẢ ĐẠT ĐƯỢC

1. Về phát triển kinh tế

Tổng giá trị sản xuất tăng bình quân 9,8%/năm; quy mô nền kinh tế năm 2025 gấp 1,6 lần năm 2020. Cơ cấu kinh tế chuyển dịch tích cực: công nghiệp - xây dựng chiếm 49,5%, dịch vụ 28,1%, nông nghiệp 22,4%.

Các cụm công nghiệp Thái Phương, Minh Tân, Đoan Hùng tiếp tục được mở rộng, hoàn thiện hạ tầng. Đến hết năm 2024, tỷ lệ lấp đầy bình quân các cụm công nghiệp đạt 68%; các doanh nghiệp trong cụm nộp ngân sách 95 tỷ đồng/năm, tạo việc làm ổn định cho 7.200 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng. Nghề dệt may, chế biến nông sản tiếp tục là thế mạnh của huyện.

Sản xuất nông nghiệp chuyển mạnh sang hàng hóa; giá trị sản xuất trên 1 ha canh tác đạt 185 triệu đồng. Huyện được công nhận đạt chuẩn nông thôn mới nâng cao năm 2024. Thị trấn Hưng Hà và thị trấn Hưng Nhân được chỉnh trang, nhiều tuyến phố được lát vỉa hè, lắp đặt hệ thống chiếu sáng.

Ba khâu đột phá của nhiệm kỳ (đầu tư kết cấu hạ tầng giao thông; phát triển các cụm công nghiệp; cải cách hành chính) được tập trung thực hiện, đạt kết quả rõ nét: hoàn thành nâng cấp 42 km đường trục huyện, 186 km đường trục xã; chỉ số cải cách hành chính của huyện liên tục nằm trong nhóm dẫn đầu tỉnh.

2. Về văn hóa - xã hội

Chất lượng giáo dục toàn diện được nâng lên; 100% trường học đạt chuẩn quốc gia. Công tác chăm sóc sức khỏe Nhân dân được quan tâm; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,6%. Tỷ lệ hộ nghèo giảm còn 0,85%.

3. Về xây dựng Đảng và hệ thống chính trị

Trong nhiệm kỳ, Đảng bộ kết nạp được 1.245 đảng viên, trong đó có 46 đảng viên là người lao động tại các doanh nghiệp tư nhân, doanh nghiệp có vốn đầu tư nước ngoài; thành lập mới 5 tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước.

Thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025, huyện đã sáp nhập 8 xã để thành lập 4 xã mới; bộ máy chính quyền các xã sau sắp xếp hoạt động ổn định, số cán bộ, công chức dôi dư được bố trí, giải quyết chế độ đúng quy định.

II. HẠN CHẾ, YẾU KÉM

- Thu hút đầu tư vào công nghiệp chưa có dự án quy mô lớn, công nghệ cao.
- Tốc độ đô thị hóa còn chậm; hạ tầng đô thị chưa đồng bộ.
- Ô nhiễm môi trường ở một số làng nghề dệt nhuộm chưa được xử lý dứt điểm.
"""

DRAFTS_TEXT["03_quynh_phu_lap_lai_loi_huong_dan.txt"] = """
II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN

1. Hạn chế, yếu kém

Chỉ tiêu thu ngân sách trên địa bàn không đạt Nghị quyết: năm 2025 ước đạt 468 tỷ đồng, bằng 86% chỉ tiêu. Nguyên nhân chủ yếu là nguồn thu từ tiền sử dụng đất giảm mạnh do thị trường bất động sản trầm lắng, một số dự án khu dân cư mới chậm triển khai; số doanh nghiệp có quy mô lớn trên địa bàn còn ít nên nguồn thu thuế chưa tương xứng.

Tình trạng ô nhiễm môi trường tại các làng nghề và trong chăn nuôi tập trung chưa được khắc phục triệt để.

Các chỉ tiêu còn lại của Nghị quyết cơ bản đạt và vượt.

2. Nguyên nhân

Nguyên nhân của hạn chế có cả khách quan và chủ quan, trong đó nguyên nhân chủ quan là chủ yếu, gắn với trách nhiệm của cấp ủy, người đứng đầu.

PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030

I. MỤC TIÊU VÀ CHỈ TIÊU

Tiếp tục xây dựng Đảng bộ trong sạch, vững mạnh; phát triển nông nghiệp hàng hóa chất lượng cao gắn với xây dựng nông thôn mới kiểu mẫu; đẩy mạnh phát triển công nghiệp, dịch vụ; nâng cao đời sống vật chất, tinh thần của Nhân dân. Hệ thống chỉ tiêu của nhiệm kỳ vừa có tính khả thi, vừa thể hiện quyết tâm cao của toàn Đảng bộ.

II. CÁC KHÂU ĐỘT PHÁ

Đại hội lựa chọn hai khâu đột phá:

Thứ nhất, khâu đột phá về kết cấu hạ tầng gắn với việc khai thác tuyến đường kết nối từ trung tâm huyện đến cao tốc Hà Nội - Hải Phòng và các khu công nghiệp lân cận. Trong nhiệm kỳ hoàn thành nâng cấp, mở rộng tuyến đường này lên quy mô 4 làn xe; quy hoạch 2 cụm công nghiệp mới dọc tuyến; huy động khoảng 1.800 tỷ đồng cho các công trình giao thông trọng điểm.

Thứ hai, nâng cao chất lượng nguồn nhân lực, chuyển dịch lao động nông thôn sang khu vực công nghiệp, dịch vụ. Mỗi năm đào tạo nghề cho khoảng 3.000 lao động, ưu tiên các nghề cơ khí, điện tử, may công nghiệp; phấn đấu đến năm 2030 tỷ lệ lao động nông nghiệp trong tổng số lao động đang làm việc còn dưới 25%.

III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

1. Phát triển nông nghiệp hàng hóa: mở rộng vùng sản xuất lúa chất lượng cao lên 6.000 ha; phát triển 25 sản phẩm OCOP mới; khuyến khích liên kết giữa hợp tác xã và doanh nghiệp trong sản xuất, tiêu thụ.

2. Phát triển công nghiệp, dịch vụ: tập trung thu hút đầu tư lấp đầy cụm công nghiệp Quỳnh Côi, An Ninh; phát triển mạng lưới thương mại tại thị trấn Quỳnh Côi và các trung tâm cụm xã.

3. Tăng cường quản lý tài nguyên, môi trường; nâng cao chất lượng giáo dục, y tế; bảo đảm an sinh xã hội; giữ vững quốc phòng, an ninh.

4. Xây dựng Đảng và hệ thống chính trị: nâng cao chất lượng sinh hoạt chi bộ; tăng cường kiểm tra, giám sát; làm tốt công tác cán bộ.
"""

DRAFTS_TEXT["04_kien_xuong_dien_dat_khac.txt"] = """
NHỮNG VIỆC CHƯA LÀM ĐƯỢC, KINH NGHIỆM RÚT RA VÀ CHẶNG ĐƯỜNG 2025 - 2030

Năm năm qua, kinh tế của huyện tăng trưởng bình quân 9,1% mỗi năm, thu nhập của người dân năm 2025 ước đạt 78 triệu đồng, gần gấp rưỡi đầu nhiệm kỳ.

1. Những việc chưa làm được và vì sao

Bên cạnh những việc đã làm được, vẫn còn những mặt chưa như mong muốn. Số tiền thu về cho ngân sách mới bằng chín phần mười con số Đại hội đặt ra; thị trấn huyện lỵ chưa đạt được các tiêu chí của đô thị loại IV như đã hứa với cử tri; rác thải ở nông thôn, nhất là vùng ven sông, có nơi còn tồn đọng. Có những lý do đến từ bên ngoài: giá vật liệu xây dựng tăng mạnh, thị trường nhà đất chững lại, nguồn vốn hỗ trợ của cấp trên giảm. Nhưng căn bản vẫn là do chính chúng ta: chỉ đạo có lúc chưa quyết liệt, phối hợp giữa các phòng, ban còn chậm, một số cán bộ cơ sở ngại va chạm. Ban Thường vụ Huyện ủy, trước hết là đồng chí Bí thư Huyện ủy và Chủ tịch Ủy ban nhân dân huyện, nhận trách nhiệm chính về những tồn tại này.

2. Kinh nghiệm rút ra

Bốn kinh nghiệm được rút ra từ chính cách làm của huyện trong năm năm qua: một là, việc gì khó thì người đứng đầu phải trực tiếp xuống cơ sở, bàn bạc với dân; hai là, dồn sức làm dứt điểm từng công trình, không khởi công tràn lan; ba là, công khai mọi khoản đóng góp của người dân để giữ lòng tin; bốn là, đánh giá cán bộ bằng kết quả cụ thể, sản phẩm cụ thể.

3. Chặng đường 2025 - 2030

Những năm tới, cơ hội và sức ép đan xen. Tuyến đường bộ ven biển và cầu nối sang tỉnh bạn hoàn thành sẽ mở ra cửa ngõ giao thương mới; nhưng vốn ngân sách eo hẹp, lao động trẻ rời quê đi làm ăn xa, hạn hán và nước mặn xâm nhập sâu hơn vào đồng ruộng là những trở ngại không nhỏ.

Mục đích chung của nhiệm kỳ là đưa huyện trở thành địa phương có công nghiệp, dịch vụ phát triển, nông thôn sáng - xanh - sạch - đẹp, người dân có cuộc sống khá giả. Đại hội đặt ra mười bảy con số cụ thể cần đạt vào năm 2030, trong đó có: tốc độ tăng trưởng bình quân 11%/năm; thu nhập bình quân 125 triệu đồng/người; 30% số xã đạt nông thôn mới kiểu mẫu; tỷ lệ hộ nghèo dưới 0,5%; 97% người dân có bảo hiểm y tế; mỗi năm kết nạp trên 220 đảng viên.

Hai việc then chốt được chọn để tạo bước bứt phá: một là, hoàn thiện mạng giao thông nối trung tâm huyện với đường bộ ven biển và thành phố Thái Bình; hai là, lấp đầy các cụm công nghiệp, đưa thêm 4.000 lao động nông nghiệp sang làm công nghiệp, dịch vụ.

Để làm được, huyện bám theo định hướng không gian mà quy hoạch của tỉnh đến năm 2030 đã xác định, phân công rõ người, rõ việc, rõ thời hạn cho từng công trình: khởi công tuyến đường trục phía nam trong năm 2026; hoàn thành khu xử lý rác thải tập trung trong năm 2027; mỗi năm mở 40 lớp dạy nghề ngắn hạn.

Hai cụm công nghiệp mới Quang Bình và Bình Minh đi vào hoạt động đã thu hút 3.100 lao động địa phương, song cũng phát sinh nước thải, khói bụi ảnh hưởng tới khu dân cư liền kề. Huyện sẽ yêu cầu các doanh nghiệp hoàn thành hệ thống xử lý nước thải trước khi mở rộng sản xuất, đồng thời ưu tiên tuyển người lao động địa phương.

Toàn bộ hồ sơ hành chính của huyện và các xã được số hóa; người dân nộp hồ sơ, nhận kết quả qua mạng; nông sản của hợp tác xã được đưa lên các sàn giao dịch trực tuyến; bộ máy chính quyền huyện, xã vận hành trên nền tảng điện tử, họp không giấy, chỉ đạo qua hệ thống điều hành chung.
"""

DRAFTS_TEXT["05_thai_thuy_ba_khau_dot_pha.txt"] = """
III. BÀI HỌC KINH NGHIỆM

Từ thực tiễn lãnh đạo trong nhiệm kỳ 2020 - 2025, Đảng bộ huyện rút ra 4 bài học kinh nghiệm:

1. Giữ vững đoàn kết, thống nhất trong cấp ủy; phát huy vai trò hạt nhân lãnh đạo của tổ chức đảng ở cơ sở.
2. Bám sát thực tiễn của huyện ven biển để cụ thể hóa chủ trương của tỉnh; lựa chọn đúng việc trọng tâm, dồn nguồn lực thực hiện dứt điểm.
3. Làm tốt công tác dân vận, nhất là trong giải phóng mặt bằng các dự án lớn tại khu công nghiệp và khu dân cư.
4. Đề cao trách nhiệm của người đứng đầu; kiểm tra, đôn đốc thường xuyên.

PHẦN THỨ HAI
PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030

I. MỤC TIÊU TỔNG QUÁT

Xây dựng Đảng bộ trong sạch, vững mạnh; phát triển huyện theo hướng công nghiệp - dịch vụ - kinh tế biển; phấn đấu đến năm 2030 trở thành thị xã.

II. CÁC CHỈ TIÊU CHỦ YẾU

Đại hội xác định 18 chỉ tiêu chủ yếu, gồm 8 chỉ tiêu về kinh tế, 7 chỉ tiêu về văn hóa - xã hội và môi trường, 3 chỉ tiêu về xây dựng Đảng. Một số chỉ tiêu chính: tăng trưởng giá trị sản xuất bình quân 13%/năm; thu nhập bình quân đầu người năm 2030 đạt 128 triệu đồng; sản lượng thủy sản đạt 95.000 tấn; tỷ lệ đô thị hóa đạt 38%; tỷ lệ hộ nghèo dưới 0,5%; hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

III. BA KHÂU ĐỘT PHÁ

1. Tập trung hoàn thiện hạ tầng khu công nghiệp, cảng và các tuyến đường kết nối với đường bộ ven biển.
2. Phát triển nguồn nhân lực chất lượng cao.
3. Cải cách hành chính, cải thiện môi trường đầu tư, kinh doanh.

IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU

1. Phát triển kinh tế biển: đầu tư đội tàu khai thác xa bờ, nâng cấp cảng cá Diêm Điền thành trung tâm hậu cần nghề cá của tỉnh; mở rộng vùng nuôi ngao, tôm công nghệ cao tại Thụy Hải, Thụy Xuân, Thái Đô lên 2.500 ha; xây dựng chuỗi chế biến, tiêu thụ thủy sản gắn với thương hiệu của huyện.

2. Phát triển công nghiệp, dịch vụ: hoàn thành giải phóng mặt bằng, thu hút các nhà đầu tư thứ cấp vào khu công nghiệp; phát triển dịch vụ logistics, thương mại tại thị trấn Diêm Điền; mỗi năm thu hút từ 10 dự án đầu tư trở lên.

3. Phát triển nông nghiệp và nông thôn mới: duy trì 12.000 ha lúa chất lượng cao; đến năm 2030 có 40% số xã đạt nông thôn mới kiểu mẫu.

4. Phát triển văn hóa - xã hội; củng cố quốc phòng, an ninh; xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; giao chỉ tiêu, tiến độ cụ thể cho từng cơ quan, từng địa phương và kiểm điểm kết quả hằng năm.
"""

# labels: key = the requirement's key in requirements.json
HK = {r["key"]: r for r in HTML_REQS}
DK = {r["key"]: r for r in DOCX_REQS}


def k(prefix: str) -> str:
    """The one catalogue key that starts with prefix (keeps the labels below readable)."""
    hits = [key for key in list(HK) + list(DK) if key.startswith(prefix)]
    assert len(hits) == 1, (prefix, hits)
    return hits[0]


EXPECTED = {
    "_comment": "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of "
                "one guidance requirement that applies to the draft's district). addressed = the draft states "
                "the substance in any words (copied wording counts only when the substance is there); "
                "partly = one part of a multi-part requirement, or a passing mention / copied wording "
                "without the substance; missing = not stated. Guidance items scoped to other districts are "
                "not labelled.",
    "drafts": {
        "01_tien_hai_phuong_huong_day_du.txt": {"district": "Tiền Hải", "expected": {
            k("Dự báo bối cảnh"): "addressed",
            k("Xác định rõ mục tiêu tổng quát"): "addressed",
            k("Lựa chọn từ 2 đến 3"): "addressed",
            k("Nhiệm vụ, giải pháp phải cụ thể"): "addressed",
            k("Có nội dung về chuyển đổi số"): "addressed",
            k("có nội dung riêng về phát triển kinh tế biển"): "addressed",
            k("đánh giá tác động của việc phát triển"): "addressed",
            k("tác động của Khu kinh tế"): "addressed",
            k("phát triển kinh tế biển, bảo vệ rừng"): "addressed",
            k("giải quyết việc làm cho người dân"): "addressed",
            k("phối hợp với các huyện lân cận"): "addressed",
            k("kết quả giải phóng mặt bằng"): "partly",
            k("bám sát Quy hoạch tỉnh"): "partly",
            k("Rút ra từ 3 đến 5"): "missing",
            k("Chỉ rõ hạn chế"): "missing",
        }},
        "02_hung_ha_danh_gia_thieu.txt": {"district": "Hưng Hà", "expected": {
            k("Đánh giá kết quả đạt được trên các lĩnh vực"): "partly",
            k("chỉ rõ chỉ tiêu nào đạt"): "partly",
            k("bổ sung đánh giá hiệu quả khai thác"): "addressed",
            k("làm rõ nguyên nhân một số cụm"): "missing",
            k("tiềm năng phát triển du lịch"): "missing",
            k("giải pháp cụ thể để phát triển hai thị trấn"): "partly",
            k("kết quả kết nạp đảng viên"): "addressed",
            k("những tổ chức cơ sở đảng nhiều năm"): "missing",
            k("Đánh giá kết quả thực hiện các khâu đột phá"): "addressed",
            k("Đánh giá kết quả sắp xếp đơn vị hành chính"): "addressed",
            k("Chỉ rõ hạn chế"): "partly",
            k("phân tích sâu nguyên nhân chủ quan"): "missing",
            k("Rút ra từ 3 đến 5"): "missing",
            k("bài học kinh nghiệm cần được đúc rút"): "missing",
        }},
        "03_quynh_phu_lap_lai_loi_huong_dan.txt": {"district": "Quỳnh Phụ", "expected": {
            k("làm rõ nguyên nhân chỉ tiêu thu ngân sách"): "addressed",
            k("ô nhiễm môi trường tại các làng nghề"): "partly",
            k("Khâu đột phá về kết cấu hạ tầng"): "addressed",
            k("giải pháp nâng cao chất lượng nguồn nhân lực"): "addressed",
            k("Lựa chọn từ 2 đến 3"): "addressed",
            k("chỉ rõ chỉ tiêu nào đạt"): "partly",
            k("phân tích sâu nguyên nhân chủ quan"): "partly",
            k("Chỉ rõ hạn chế"): "partly",
            k("Xác định rõ mục tiêu tổng quát"): "partly",
            k("hệ thống chỉ tiêu phải vừa có tính khả thi"): "partly",
            k("Có nội dung về chuyển đổi số"): "missing",
            k("Rút ra từ 3 đến 5"): "missing",
            k("bài học kinh nghiệm cần được đúc rút"): "missing",
        }},
        "04_kien_xuong_dien_dat_khac.txt": {"district": "Kiến Xương", "expected": {
            k("Chỉ rõ hạn chế"): "addressed",
            k("Rút ra từ 3 đến 5"): "addressed",
            k("Dự báo bối cảnh"): "addressed",
            k("Xác định rõ mục tiêu tổng quát"): "addressed",
            k("Lựa chọn từ 2 đến 3"): "addressed",
            k("Nhiệm vụ, giải pháp phải cụ thể"): "addressed",
            k("Có nội dung về chuyển đổi số"): "addressed",
            k("đánh giá tác động của việc phát triển"): "addressed",
            k("Đánh giá kết quả đạt được trên các lĩnh vực"): "partly",
            k("Đánh giá kết quả sắp xếp đơn vị hành chính"): "missing",
            k("Đánh giá kết quả thực hiện các khâu đột phá"): "missing",
        }},
        "05_thai_thuy_ba_khau_dot_pha.txt": {"district": "Thái Thụy", "expected": {
            k("Rút ra từ 3 đến 5"): "addressed",
            k("Xác định rõ mục tiêu tổng quát"): "addressed",
            k("Lựa chọn từ 2 đến 3"): "addressed",
            k("Nhiệm vụ, giải pháp phải cụ thể"): "addressed",
            k("có nội dung riêng về phát triển kinh tế biển"): "partly",
            k("Có nội dung về chuyển đổi số"): "missing",
            k("Dự báo bối cảnh"): "missing",
            k("đánh giá tác động của việc phát triển"): "missing",
            k("Chỉ rõ hạn chế"): "missing",
        }},
    },
}
