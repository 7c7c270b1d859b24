"""Hand-written data of the An Giang set: gazetteer, requirement catalogue, questions, drafts and labels.

Imported by make_set.py (which writes the JSON / JSONL / TXT files) and by check_set.py.
"""

from __future__ import annotations

# document codes -> paths under corpus/ (also the names used in requirements.json)
DOC_NAMES = {
    "M1": "guidance/ban-thuong-vu-tinh-uy-cho-y-kien-du-thao-bao-cao-chinh-tri-long-xuyen-cho-moi-thoai-son.html",
    "M2": "guidance/gop-y-du-thao-bao-cao-chinh-tri-dang-bo-thi-xa-tinh-bien-va-huyen-phu-tan.html",
    "G": "guidance/huong-dan-chuan-bi-van-kien-dai-hoi-dang-bo-cap-huyen-2025-2030.html",
    "D": "guidance/tri-ton-soi-noi-le-hoi-dua-bo-bay-nui-nam-2024.html",
    "R": "reports/du-thao-bao-cao-chinh-tri-dang-bo-huyen-chau-phu-2025-2030.md",
}

# -----------------------------------------------------------------------------------------------------
# Gazetteer: the 11 district-level units of An Giang in 2024 (before the 2025 reorganisation)
# -----------------------------------------------------------------------------------------------------
LX, CD, TC, TB = "TP Long Xuyên", "TP Châu Đốc", "TX Tân Châu", "TX Tịnh Biên"
AP, CP, CT, CM, PT, TS, TT = "An Phú", "Châu Phú", "Châu Thành", "Chợ Mới", "Phú Tân", "Thoại Sơn", "Tri Tôn"
ALL = [LX, CD, TC, TB, AP, CP, CT, CM, PT, TS, TT]

GAZETTEER = {
    "_comment": "District-level units (cấp huyện) of An Giang province in 2024: 2 cities, 2 towns (Tịnh Biên "
                "became a thị xã in 2024) and 7 districts, before the 2025 reorganisation that abolished the "
                "district level. aliases = forms that name the unit alone in running text; the bare 'An Giang' "
                "is the province and is not an alias. Beware: 'Tứ giác Long Xuyên' is a region (it covers Tri "
                "Tôn, Thoại Sơn, Tịnh Biên and parts of other units), not the city of Long Xuyên; 'Khu kinh tế "
                "cửa khẩu Tịnh Biên' and 'cửa khẩu quốc tế Tịnh Biên' are in TX Tịnh Biên; 'Châu Thành' is also "
                "the name of districts in other provinces.",
    "units": [
        {"name": LX, "kind": "thành phố",
         "aliases": ["TP Long Xuyên", "TP. Long Xuyên", "thành phố Long Xuyên", "Long Xuyên"]},
        {"name": CD, "kind": "thành phố",
         "aliases": ["TP Châu Đốc", "TP. Châu Đốc", "thành phố Châu Đốc", "Châu Đốc"]},
        {"name": TC, "kind": "thị xã", "aliases": ["TX Tân Châu", "TX. Tân Châu", "thị xã Tân Châu", "Tân Châu"]},
        {"name": TB, "kind": "thị xã",
         "aliases": ["TX Tịnh Biên", "TX. Tịnh Biên", "thị xã Tịnh Biên", "Tịnh Biên"]},
        {"name": AP, "kind": "huyện", "aliases": ["An Phú"]},
        {"name": CP, "kind": "huyện", "aliases": ["Châu Phú"]},
        {"name": CT, "kind": "huyện", "aliases": ["Châu Thành"]},
        {"name": CM, "kind": "huyện", "aliases": ["Chợ Mới"]},
        {"name": PT, "kind": "huyện", "aliases": ["Phú Tân"]},
        {"name": TS, "kind": "huyện", "aliases": ["Thoại Sơn"]},
        {"name": TT, "kind": "huyện", "aliases": ["Tri Tôn"]},
    ],
}

THREE = [LX, CM, TS]          # drafts discussed on 21/11/2024 (page M1)
TWO = [TB, PT]                # drafts discussed on 5-12-2024 (page M2)
BORDER = [AP, TC, CD, TB, TT]
RIVER = [AP, TC, PT, CM]
KHMER = [TT, TB]
PILOT = [TS, TB]

# -----------------------------------------------------------------------------------------------------
# Requirement catalogue: (key, scope). key = verbatim substring of one requirement sentence / list item /
# table cell of that document; scope = gazetteer names ([] = every unit).
# -----------------------------------------------------------------------------------------------------
REQS: dict[str, list[tuple[str, list[str]]]] = {
    "M1": [
        # general points of the conclusion: addressed to the three units whose drafts were discussed
        ("rút gọn dung lượng, bảo đảm không vượt quá 25 trang", THREE),
        ("cập nhật số liệu đến ngày 30/9/2024, ước thực hiện cả năm 2025", THREE),
        ("Hệ thống chỉ tiêu cần rà soát lại theo hướng tinh gọn", THREE),
        ("Phần đánh giá hạn chế, yếu kém phải nêu cụ thể, có địa chỉ", THREE),
        ("Các bài học kinh nghiệm phải được rút ra từ chính thực tiễn của địa phương", THREE),
        ("bám sát Quy hoạch tỉnh An Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", THREE),
        ("lựa chọn khâu đột phá có trọng tâm, trọng điểm, gắn với những điểm nghẽn lớn nhất", THREE),
        ("chú trọng giải pháp huy động nguồn lực xã hội và phát triển kinh tế tư nhân", THREE),
        # TP Long Xuyên (the second paragraph begins "Thành phố cần …")
        ("làm rõ hơn vai trò là trung tâm hành chính, kinh tế, văn hóa của tỉnh", [LX]),
        ("phân tích nguyên nhân chỉ tiêu tốc độ tăng giá trị sản xuất bình quân không đạt Nghị quyết", [LX]),
        ("bổ sung đánh giá công tác chỉnh trang, phát triển đô thị, chống ngập úng nội ô và xử lý sạt lở bờ "
         "sông Hậu", [LX]),
        ("xác định rõ định hướng phát triển không gian đô thị về phía cồn Phó Ba", [LX]),
        ("có giải pháp thu hút đầu tư vào Khu công nghiệp Bình Hòa", [LX]),
        # Chợ Mới (the second paragraph begins "Với vị trí cù lao giữa hai sông, huyện cần …")
        ("bổ sung đánh giá tình hình sạt lở bờ sông Tiền, sông Hậu và kết quả di dời, bố trí dân cư", [CM]),
        ("làm rõ giải pháp giữ chân lao động trẻ", [CM]),
        ("định hướng phát triển du lịch sinh thái miệt vườn, du lịch cộng đồng", [CM]),
        ("đề xuất cụ thể việc kết nối giao thông với tỉnh Đồng Tháp", [CM]),
        ("cần tính toán lại cho phù hợp với khả năng tăng thu", [CM]),
        # Thoại Sơn (the second paragraph begins "Huyện cũng cần …")
        ("bổ sung đánh giá kết quả xây dựng vùng sản xuất lúa chất lượng cao", [TS]),
        ("làm rõ công tác bảo tồn, phát huy giá trị Khu di tích quốc gia đặc biệt Óc Eo - Ba Thê", [TS]),
        ("làm rõ định hướng phát triển thị trấn Óc Eo, thị trấn Núi Sập, thị trấn Phú Hòa", [TS]),
        ("có giải pháp ứng phó hạn hán, thiếu nước ngọt cuối mùa khô", [TS]),
        ("cần chắt lọc lại còn khoảng ba đến bốn bài học", [TS]),
        # deadlines
        ("gửi về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy) chậm nhất ngày 10/12/2024", [LX, CM]),
        ("riêng huyện Thoại Sơn hoàn thành trước ngày 05/12/2024", [TS]),
    ],
    "M2": [
        ("chỉnh sửa theo hướng ngắn gọn, súc tích, dễ hiểu, dễ nhớ", TWO),
        ("phải có so sánh với nhiệm kỳ trước và với mặt bằng chung của tỉnh", TWO),
        ("số liệu chi tiết đưa vào phụ lục", TWO),
        ("cập nhật chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị", TWO),
        ("nêu rõ trách nhiệm của cấp ủy, người đứng đầu đối với các hạn chế kéo dài qua nhiều nhiệm kỳ", TWO),
        ("Khâu đột phá không quá ba, mỗi khâu phải có mục tiêu đến năm 2030 đo đếm được", TWO),
        # TX Tịnh Biên (the second paragraph begins "Dự thảo cần …", then "Thị xã cũng cần …")
        ("đánh giá đầy đủ kết quả thực hiện các tiêu chí đô thị loại IV", [TB]),
        ("làm rõ vai trò của Khu kinh tế cửa khẩu Tịnh Biên", [TB]),
        ("bổ sung định hướng phát triển du lịch Núi Cấm", [TB]),
        ("nâng cao đời sống đồng bào Khmer, giữ gìn bản sắc văn hóa các dân tộc", [TB]),
        ("quản lý, bảo vệ đường biên, mốc giới", [TB]),
        # Phú Tân (the second paragraph begins "Huyện cần …")
        ("làm rõ kết quả tổ chức lại sản xuất, phát triển hợp tác xã", [PT]),
        ("phân tích nguyên nhân chỉ tiêu thu nhập bình quân đầu người chưa đạt", [PT]),
        ("phát huy vai trò của chức sắc, tín đồ Phật giáo Hòa Hảo", [PT]),
        ("có giải pháp phòng, chống sạt lở ở các xã ven sông Hậu", [PT]),
        ("phối hợp với thị xã Tân Châu, huyện Châu Phú trong khai thác tuyến đường tỉnh 954", [PT]),
        # deadline and consultation
        ("gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 20-12-2024", TWO),
        ("đăng tải toàn văn dự thảo trên trang thông tin điện tử của địa phương", TWO),
    ],
    "G": [
        ("đánh giá khách quan, trung thực, toàn diện kết quả thực hiện Nghị quyết đại hội nhiệm kỳ 2020 - 2025", []),
        ("phải cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII", []),
        ("Tiểu ban Văn kiện do đồng chí bí thư cấp ủy làm trưởng tiểu ban", []),
        ("Báo cáo chính trị gồm hai phần", []),
        ("nêu rõ số chỉ tiêu đạt, vượt và không đạt", []),
        ("đánh giá việc thực hiện các khâu đột phá, các chương trình, đề án trọng điểm của nhiệm kỳ", []),
        ("phân tích nguyên nhân khách quan và chủ quan, trong đó nguyên nhân chủ quan là chủ yếu", []),
        ("Rút ra từ ba đến bốn bài học kinh nghiệm", []),
        ("Dự báo bối cảnh, thời cơ, thách thức trong 5 năm tới", []),
        ("khoảng 16 - 20 chỉ tiêu chủ yếu", []),
        ("Lựa chọn từ hai đến ba khâu đột phá", []),
        ("phát triển khoa học, công nghệ, chuyển đổi số, xây dựng chính quyền số và kinh tế số", []),
        ("chủ động ứng phó với biến đổi khí hậu, phòng, chống thiên tai, sạt lở bờ sông", []),
        ("dung lượng không quá 25 trang khổ A4", []),
        ("Phụ lục số liệu không quá mười hai trang", []),
        ("Bản tóm tắt báo cáo trình bày tại đại hội không quá 10 trang", []),
        ("thời gian trình bày không quá ba mươi phút", []),
        ("Chủ đề đại hội ngắn gọn, súc tích, không quá 30 chữ", []),
        ("Số liệu năm 2025 là số ước thực hiện", []),
        ("thống nhất với số liệu của Cục Thống kê tỉnh", []),
        # item 4: units named by group
        ("làm rõ định hướng phát triển đô thị xanh, thông minh", [LX, CD]),
        ("riêng thành phố Châu Đốc bổ sung định hướng xây dựng trung tâm du lịch quốc gia", [CD]),
        ("phải có nội dung riêng về xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển", BORDER),
        ("cần đánh giá thực trạng sạt lở và kết quả bố trí, ổn định dân cư vùng sạt lở", RIVER),
        ("cần làm rõ giải pháp chuyển đổi cơ cấu cây trồng, sử dụng hiệu quả nguồn nước ngọt", [TT, TS]),
        ("Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
         KHMER),
        ("giải pháp bảo tồn, phát huy giá trị văn hóa truyền thống, lễ hội của đồng bào Khmer", KHMER),
        ("cần đánh giá tác động của công nghiệp hóa đến lao động, việc làm, môi trường và đất nông nghiệp",
         [CT, CP]),
        # item 5 and the timeline table
        ("đăng tải công khai trên trang thông tin điện tử của huyện, thị xã, thành phố ít nhất mười lăm ngày", []),
        ("Việc tiếp thu, giải trình ý kiến góp ý phải được tổng hợp thành báo cáo riêng", []),
        ("thực hiện các bước sớm hơn so với lộ trình chung ít nhất một tháng", PILOT),
        ("Thành lập Tiểu ban Văn kiện, xây dựng đề cương chi tiết báo cáo chính trị", []),
        ("Gửi dự thảo báo cáo chính trị lần thứ nhất xin ý kiến Ban Thường vụ Tỉnh ủy", []),
        ("Tổ chức lấy ý kiến góp ý của cán bộ, đảng viên và Nhân dân vào dự thảo", []),
        ("Hoàn chỉnh dự thảo trình đại hội, gửi Ban Thường vụ Tỉnh ủy", []),
        ("Tổ chức đại hội các đảng bộ cấp huyện còn lại", [u for u in ALL if u not in PILOT]),
    ],
    "D": [],
}

NOT_REQ: dict[str, list[str]] = {
    "M1": [
        "Thứ Hai, ngày 25/11/2024",
        "Ngày đăng: 22/11/2024 08:15",
        "Tham dự hội nghị có các đồng chí trong Ban Thường vụ Tỉnh ủy",
        "Đại diện Thường trực Huyện ủy Châu Thành và Thành ủy Châu Đốc dự hội nghị để tham khảo, rút kinh nghiệm",
        "ba dự thảo được xây dựng theo Hướng dẫn số 27-HD/BTGTU",
        "Dự thảo của thành phố Long Xuyên dài 31 trang",
        "cả ba dự thảo đều đề ra từ 22 đến 24 chỉ tiêu chủ yếu",
        "đánh giá cao tinh thần làm việc nghiêm túc, trách nhiệm của các tiểu ban văn kiện",
        "Không nêu lại những bài học mang tính nguyên tắc chung",
        "Các khâu đột phá không nhất thiết phải bao trùm mọi lĩnh vực",
        "Thành phố không cần đặt riêng chỉ tiêu về số xã đạt chuẩn nông thôn mới kiểu mẫu",
        "dự thảo đã thể hiện được thế mạnh về cây ăn trái, rau màu và các làng nghề truyền thống",
        "Thoại Sơn là một trong hai đơn vị được chọn tổ chức đại hội điểm cấp huyện của tỉnh",
        "Phần bài học kinh nghiệm của dự thảo hiện có sáu bài học",
        "Ban Thường vụ Tỉnh ủy nghe báo cáo tiến độ chuẩn bị đại hội của các đảng bộ trực thuộc",
        "đã có 7/11 đảng bộ huyện, thị xã, thành phố gửi dự thảo",
        "Chợ Mới: Chủ động di dời dân cư ra khỏi vùng sạt lở bờ sông Tiền",
        "Long Xuyên đẩy mạnh chỉnh trang đô thị, chống ngập nội ô",
        "Châu Thành: Khu công nghiệp Bình Hòa thu hút thêm 3 dự án mới",
        "Địa chỉ: Số 33 đường Tôn Đức Thắng, phường Mỹ Bình, TP Long Xuyên",
        "NGỌC TRÂM (Văn phòng Tỉnh ủy)",
    ],
    "M2": [
        "Thứ Năm, 05/12/2024, 17:30 (GMT+7)",
        "Long Xuyên 31°C",
        "dự thảo của Thị ủy Tịnh Biên được xây dựng trong bối cảnh thị xã mới được thành lập",
        "Hai dự thảo có dung lượng lần lượt 27 và 29 trang",
        "Báo cáo không cần liệt kê kết quả của từng ngành, từng xã, phường",
        "Nêu rõ cái được, cái chưa được",
        "Tịnh Biên: Phát huy lợi thế cửa khẩu, du lịch",
        "Phú Tân: Tổ chức lại sản xuất nông nghiệp",
        "hội nghị thống nhất đánh giá dự thảo đã bám sát thực tiễn",
        "Tỷ lệ hộ nghèo đề ra trong dự thảo (dưới 0,5%) là phù hợp, không cần điều chỉnh",
        "Ban Thường vụ Tỉnh ủy cũng cho ý kiến vào đề án nhân sự cấp ủy khóa mới",
        "Tịnh Biên phát triển kinh tế cửa khẩu gắn với du lịch Núi Cấm",
        "Tân Châu khẩn trương khắc phục sạt lở bờ sông Tiền",
        "Đề nghị báo cáo chính trị của thị xã Tân Châu cũng phải đánh giá kỹ tình hình sạt lở bờ sông Tiền",
        "Mong thị xã quan tâm hơn nữa tới đời sống đồng bào Khmer ở các xã vùng núi",
        "Tòa soạn: Số 216 đường Trần Hưng Đạo, phường Mỹ Xuyên, TP Long Xuyên",
    ],
    "G": [
        "Ngày đăng: 13/09/2024 15:42",
        "Cổng Thông tin điện tử Đảng bộ tỉnh giới thiệu những nội dung chính của Hướng dẫn",
        "Hướng dẫn được ban hành nhằm cụ thể hóa Kế hoạch số 215-KH/TU",
        "Đối tượng áp dụng là 11 đảng bộ huyện, thị xã, thành phố trực thuộc Tỉnh ủy",
        "có báo cáo dài tới 42 trang, có nơi đề ra 28 chỉ tiêu và bốn khâu đột phá",
        "Những nội dung chính như sau:",
        "Báo cáo không cần trình bày lại lịch sử, truyền thống của địa phương",
        "Không đưa danh sách các tập thể, cá nhân được khen thưởng vào báo cáo chính trị",
        "Báo cáo kiểm điểm của ban chấp hành được xây dựng thành văn bản riêng, không lồng ghép vào báo cáo chính trị",
        "Không yêu cầu các địa phương không có đường biên giới xây dựng mục riêng về an ninh biên giới",
        "Lộ trình cụ thể như sau:",
        "Thẩm định dự thảo, tổng hợp ý kiến trình Ban Thường vụ Tỉnh ủy",
        "Ban Tuyên giáo Tỉnh ủy sẽ tổ chức tập huấn cho thành viên tổ biên tập văn kiện",
        "Tri Tôn, Tịnh Biên đẩy mạnh thực hiện Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số",
        "Long Xuyên xây dựng đô thị thông minh",
        "An Phú, Tân Châu tăng cường phòng, chống buôn lậu qua biên giới",
        "Địa chỉ: Số 33 đường Tôn Đức Thắng, phường Mỹ Bình, TP Long Xuyên",
    ],
    "D": [
        "Tri Tôn: Sôi nổi Lễ hội đua bò Bảy Núi năm 2024",
        "Thứ Năm, 03/10/2024, 18:20 (GMT+7)",
        "Năm nay có 56 cặp bò đến từ các xã, thị trấn của huyện Tri Tôn và thị xã Tịnh Biên",
        "huyện quan tâm bảo tồn, phát huy giá trị lễ hội truyền thống gắn với phát triển du lịch",
        "phấn đấu đến năm 2030 đón khoảng 1,5 triệu lượt khách mỗi năm",
        "Lực lượng công an, quân sự huyện bố trí hơn 200 cán bộ, chiến sĩ",
        "khuyến cáo nông dân chuyển đổi cơ cấu cây trồng ở những chân ruộng thiếu nước",
        "giải nhất thuộc về cặp bò của anh Chau Ny ở xã Lê Trì",
        "đề nghị huyện Tri Tôn, thị xã Tịnh Biên tiếp tục đầu tư nâng cấp sân đua",
        "Ban Thường vụ Tỉnh ủy góp ý dự thảo Báo cáo chính trị Đảng bộ huyện Tri Tôn, An Phú",
        "Thoại Sơn lấy ý kiến Nhân dân vào dự thảo văn kiện đại hội",
        "Mong tỉnh đầu tư thêm khán đài cho du khách",
        "Tòa soạn: Số 216 đường Trần Hưng Đạo, phường Mỹ Xuyên, TP Long Xuyên",
    ],
}

REQ_COMMENT = (
    "Hand-labelled requirement catalogue of the An Giang set. key = verbatim substring of one requirement "
    "sentence, list item or table cell of the page as a browser shows it; scope = gazetteer names of the units it "
    "is addressed to ([] = every unit). The two meeting pages' general points are scoped to the units whose "
    "drafts were discussed (Long Xuyên, Chợ Mới, Thoại Sơn on 21/11/2024; Tịnh Biên, Phú Tân on 5-12-2024); a "
    "follow-on paragraph that does not repeat the name ('Thành phố cần …', 'Với vị trí cù lao …, huyện cần …', "
    "'Huyện cũng cần …', 'Dự thảo cần …', 'Thị xã cũng cần …', 'Huyện cần …') inherits the unit of the "
    "paragraph before it. The guidance article's points are general except item 4 (groups named in the item: "
    "cities, border units, river units, the two Tứ giác Long Xuyên districts — not TP Long Xuyên —, the Khmer "
    "units whose follow-on 'Các địa phương này …' inherits the scope, Châu Thành and Châu Phú), the pilot units "
    "and the last table row ('còn lại' = all but the two pilots). Mentions of other units inside a scoped item "
    "(Châu Thành in the Bình Hòa item, Tri Tôn in the Thoại Sơn drought item, Tân Châu and Châu Phú in the Phú "
    "Tân road item, Châu Đốc and Tri Tôn in the Tịnh Biên tourism item) do not widen the scope. The festival "
    "page is a distractor with no requirements. not_requirements = narration, descriptions of drafts, negated "
    "sentences (không cần / không nhất thiết / không nêu lại / không đưa / không yêu cầu), tasks of provincial "
    "bodies, list intros, reader comments and page furniture."
)


def requirements_json() -> dict:
    docs = {}
    for code in ("M1", "M2", "G", "D"):
        docs[DOC_NAMES[code]] = {
            "requirements": [{"key": k, "scope": list(s)} for k, s in REQS[code]],
            "not_requirements": NOT_REQ[code],
        }
    return {"_comment": REQ_COMMENT, "documents": docs}


# -----------------------------------------------------------------------------------------------------
# Questions. src = the documents (codes) where the golds and expects must be found.
# -----------------------------------------------------------------------------------------------------
SHAPES = ("narrow", "broad", "which", "meta", "when", "who", "unanswerable")
QUESTIONS: list[dict] = []


def q(question, shape, src=(), gold=(), expect=(), forbid=()) -> None:
    QUESTIONS.append({"question": question, "shape": shape, "half": None, "gold": list(gold),
                      "expect": list(expect), "forbid": list(forbid), "unanswerable": shape == "unanswerable",
                      "src": list(src)})


# ---------------- narrow ----------------
q("Theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy An Giang, báo cáo chính trị trình đại hội đảng bộ cấp huyện "
  "được viết dài tối đa mấy trang?", "narrow", ["G"],
  ["dung lượng không quá 25 trang khổ A4"], ["25 trang"], ["31 trang", "42 trang"])
q("Phụ lục số liệu kèm báo cáo chính trị được phép dài bao nhiêu trang?", "narrow", ["G"],
  ["Phụ lục số liệu không quá mười hai trang"], ["mười hai trang"], ["42 trang"])
q("Đọc bản tóm tắt báo cáo chính trị tại đại hội được bao nhiêu phút?", "narrow", ["G"],
  ["thời gian trình bày không quá ba mươi phút"], ["ba mươi phút"])
q("bao cao chinh tri nhiem ky 2025 - 2030 cua huyen nen co bao nhieu chi tieu chu yeu?", "narrow", ["G"],
  ["khoảng 16 - 20 chỉ tiêu chủ yếu"], ["16 - 20"], ["22 đến 24", "28 chỉ tiêu"])
q("How many lessons learned should a district political report in An Giang draw for the 2020-2025 term?",
  "narrow", ["G"], ["Rút ra từ ba đến bốn bài học kinh nghiệm"], ["ba đến bốn"], ["sáu bài học"])
q("Sau khi tỉnh cho ý kiến, dự thảo phải đăng trên trang thông tin điện tử của huyện tối thiểu mấy ngày?",
  "narrow", ["G"], ["ít nhất mười lăm ngày"], ["mười lăm ngày"], ["10/01/2025"])
q("Chủ đề đại hội được dài tối đa bao nhiêu chữ?", "narrow", ["G"], ["không quá 30 chữ"], ["30 chữ"])
q("Ban Thường vụ Tỉnh ủy yêu cầu Long Xuyên, Chợ Mới, Thoại Sơn cập nhật số liệu trong dự thảo đến mốc nào?",
  "narrow", ["M1"], ["cập nhật số liệu đến ngày 30/9/2024"], ["30/9/2024"], ["30/6/2025"])
q("Phần bài học kinh nghiệm trong dự thảo của Thoại Sơn đang có mấy bài học, tỉnh yêu cầu rút còn bao nhiêu?",
  "narrow", ["M1"], ["Phần bài học kinh nghiệm của dự thảo hiện có sáu bài học"], ["sáu bài học", "ba đến bốn"])
q("Theo góp ý của Ban Thường vụ Tỉnh ủy, thị xã Tịnh Biên phải đánh giá các tiêu chí đô thị loại mấy?",
  "narrow", ["M2"], ["đánh giá đầy đủ kết quả thực hiện các tiêu chí đô thị loại IV"], ["loại IV"],
  ["đô thị loại V"])
q("Tịnh Biên với Phú Tân được chọn tối đa mấy khâu đột phá?", "narrow", ["M2"],
  ["Khâu đột phá không quá ba"], ["không quá ba"], ["bốn khâu đột phá"])
q("Châu Phú đặt mục tiêu thu nhập bình quân đầu người năm 2030 là bao nhiêu?", "narrow", ["R"],
  ["Thu nhập bình quân đầu người năm 2030 đạt 105 triệu đồng"], ["105 triệu đồng"], ["68 triệu đồng"])
q("Nhiệm kỳ 2020 - 2025 Đảng bộ huyện Châu Phú kết nạp được bao nhiêu đảng viên mới?", "narrow", ["R"],
  ["Đảng bộ kết nạp 1.036 đảng viên mới"], ["1.036"], ["1.100"])
q("Tỷ lệ hộ nghèo trong dự thảo của Phú Tân là bao nhiêu, có phải sửa không?", "narrow", ["M2"],
  ["Tỷ lệ hộ nghèo đề ra trong dự thảo (dưới 0,5%) là phù hợp, không cần điều chỉnh"],
  ["dưới 0,5%", "không cần điều chỉnh"], ["1,12%"])
q("Dự thảo báo cáo chính trị lần đầu của thành phố Long Xuyên dày bao nhiêu trang?", "narrow", ["M1"],
  ["Dự thảo của thành phố Long Xuyên dài 31 trang"], ["31 trang"], ["25 trang"])
q("Which heritage site does Thoai Son have to address in its political report?", "narrow", ["M1"],
  ["làm rõ công tác bảo tồn, phát huy giá trị Khu di tích quốc gia đặc biệt Óc Eo - Ba Thê"],
  ["Óc Eo - Ba Thê"], ["Núi Sam", "Núi Cấm"])

# ---------------- broad ----------------
q("Dự thảo báo cáo chính trị của huyện Chợ Mới cần bổ sung, chỉnh sửa những gì?", "broad", ["M1"],
  ["bổ sung đánh giá tình hình sạt lở bờ sông Tiền, sông Hậu và kết quả di dời, bố trí dân cư",
   "Với vị trí cù lao giữa hai sông, huyện cần có định hướng phát triển du lịch sinh thái miệt vườn"],
  ["sạt lở bờ sông Tiền, sông Hậu", "giữ chân lao động trẻ", "du lịch sinh thái miệt vườn", "Đồng Tháp",
   "tính toán lại"],
  ["Óc Eo", "cồn Phó Ba", "Hòa Hảo"])
q("What did the provincial Standing Committee ask Thoai Son district to add to its draft political report?",
  "broad", ["M1"],
  ["Với Thoại Sơn, cần bổ sung đánh giá kết quả xây dựng vùng sản xuất lúa chất lượng cao",
   "Huyện cũng cần làm rõ định hướng phát triển thị trấn Óc Eo"],
  ["lúa chất lượng cao", "Óc Eo - Ba Thê", "thị trấn Núi Sập", "hạn hán", "ba đến bốn bài học"],
  ["cù lao Giêng", "Núi Cấm"])
q("Thành phố Long Xuyên cần làm rõ thêm những nội dung gì trong báo cáo chính trị nhiệm kỳ tới?", "broad",
  ["M1", "G"],
  ["làm rõ hơn vai trò là trung tâm hành chính, kinh tế, văn hóa của tỉnh",
   "Thành phố cần xác định rõ định hướng phát triển không gian đô thị về phía cồn Phó Ba",
   "Đối với thành phố Long Xuyên và thành phố Châu Đốc"],
  ["trung tâm hành chính, kinh tế, văn hóa của tỉnh", "chống ngập úng nội ô", "cồn Phó Ba",
   "Khu công nghiệp Bình Hòa", "đô thị xanh, thông minh"],
  ["chuyển đổi cơ cấu cây trồng", "cù lao Giêng"])
q("Góp ý của Ban Thường vụ Tỉnh ủy đối với dự thảo của thị xã Tịnh Biên gồm những ý nào?", "broad", ["M2"],
  ["Với thị xã Tịnh Biên, Ban Thường vụ Tỉnh ủy đề nghị đánh giá đầy đủ kết quả",
   "Dự thảo cần bổ sung định hướng phát triển du lịch Núi Cấm"],
  ["đô thị loại IV", "Khu kinh tế cửa khẩu Tịnh Biên", "Núi Cấm", "đồng bào Khmer", "mốc giới"],
  ["Hòa Hảo", "hợp tác xã"])
q("Phu Tan can bo sung, lam ro nhung gi trong du thao bao cao chinh tri?", "broad", ["M2"],
  ["Đối với huyện Phú Tân, hội nghị thống nhất đánh giá",
   "Huyện cần đánh giá sâu hơn công tác vận động đồng bào có đạo"],
  ["hợp tác xã", "thu nhập bình quân đầu người", "Phật giáo Hòa Hảo", "ven sông Hậu", "đường tỉnh 954"],
  ["Núi Cấm", "cửa khẩu"])
q("Theo hướng dẫn, phần đánh giá kết quả nhiệm kỳ 2020 - 2025 của báo cáo chính trị phải có những nội dung "
  "nào?", "broad", ["G"],
  ["nêu rõ số chỉ tiêu đạt, vượt và không đạt",
   "phân tích nguyên nhân khách quan và chủ quan, trong đó nguyên nhân chủ quan là chủ yếu",
   "Rút ra từ ba đến bốn bài học kinh nghiệm"],
  ["đạt, vượt và không đạt", "khâu đột phá", "nguyên nhân chủ quan là chủ yếu", "ba đến bốn bài học"])
q("Về hình thức, báo cáo chính trị cấp huyện phải tuân thủ những quy định gì?", "broad", ["G"],
  ["dung lượng không quá 25 trang khổ A4", "Chủ đề đại hội ngắn gọn, súc tích, không quá 30 chữ"],
  ["25 trang", "Times New Roman", "mười hai trang", "ba mươi phút", "30 chữ"],
  ["31 trang"])
q("Những yêu cầu chung mà Bí thư Tỉnh ủy đặt ra cho cả ba dự thảo của Long Xuyên, Chợ Mới và Thoại Sơn là "
  "gì?", "broad", ["M1"],
  ["rút gọn dung lượng, bảo đảm không vượt quá 25 trang",
   "Phần đánh giá hạn chế, yếu kém phải nêu cụ thể, có địa chỉ",
   "bám sát Quy hoạch tỉnh An Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"],
  ["25 trang", "30/9/2024", "có địa chỉ", "thực tiễn của địa phương", "Quy hoạch tỉnh An Giang",
   "kinh tế tư nhân"],
  ["cù lao Giêng", "Óc Eo"])
q("Báo cáo chính trị của huyện Tri Tôn phải có những nội dung đặc thù nào?", "broad", ["G"],
  ["huyện Tri Tôn phải có nội dung riêng về xây dựng đường biên giới hòa bình",
   "Hai huyện thuộc vùng Tứ giác Long Xuyên là Tri Tôn và Thoại Sơn",
   "Những địa phương có đông đồng bào dân tộc Khmer sinh sống (Tri Tôn, Tịnh Biên)"],
  ["biên giới hòa bình, hữu nghị", "chuyển đổi cơ cấu cây trồng", "Chương trình mục tiêu quốc gia",
   "đồng bào Khmer"],
  ["1,5 triệu lượt khách", "Óc Eo"])
q("Dự thảo báo cáo chính trị của Châu Phú xác định những khâu đột phá nào cho nhiệm kỳ 2025 - 2030?",
  "broad", ["R"],
  ["Thứ nhất, phát triển hạ tầng giao thông kết nối với cao tốc Châu Đốc - Cần Thơ - Sóc Trăng",
   "Thứ hai, thu hút đầu tư công nghiệp chế biến lúa gạo, thủy sản",
   "Thứ ba, đẩy mạnh chuyển đổi số gắn với cải cách hành chính"],
  ["hạ tầng giao thông", "công nghiệp chế biến", "chuyển đổi số"],
  ["cơ giới hóa"])

# ---------------- which ----------------
q("Những địa phương nào phải có nội dung riêng về xây dựng đường biên giới hòa bình, hữu nghị?", "which",
  ["G"], ["gồm huyện An Phú, thị xã Tân Châu, thành phố Châu Đốc, thị xã Tịnh Biên và huyện Tri Tôn"],
  ["An Phú", "Tân Châu", "Châu Đốc", "Tịnh Biên", "Tri Tôn"], ["Châu Phú", "Phú Tân"])
q("Những huyện nào thuộc vùng Tứ giác Long Xuyên phải làm rõ giải pháp chuyển đổi cơ cấu cây trồng?", "which",
  ["G"], ["Hai huyện thuộc vùng Tứ giác Long Xuyên là Tri Tôn và Thoại Sơn"], ["Tri Tôn", "Thoại Sơn"],
  ["thành phố Long Xuyên", "Tịnh Biên"])
q("Đơn vị nào được chọn tổ chức đại hội điểm cấp huyện ở An Giang?", "which", ["G"],
  ["Hai đảng bộ tổ chức đại hội điểm là Đảng bộ huyện Thoại Sơn và Đảng bộ thị xã Tịnh Biên"],
  ["Thoại Sơn", "Tịnh Biên"], ["Long Xuyên", "Chợ Mới"])
q("Which units had their draft political reports reviewed by the Standing Committee on 21 November 2024?",
  "which", ["M1"], ["Đảng bộ thành phố Long Xuyên, huyện Chợ Mới và huyện Thoại Sơn, nhiệm kỳ 2025 - 2030"],
  ["Long Xuyên", "Chợ Mới", "Thoại Sơn"], ["Châu Thành", "Tịnh Biên"])
q("Các địa phương ven sông nào phải đánh giá thực trạng sạt lở và việc bố trí dân cư?", "which", ["G"],
  ["Các địa phương đầu nguồn, ven sông Tiền, sông Hậu là An Phú, Tân Châu, Phú Tân và Chợ Mới"],
  ["An Phú", "Tân Châu", "Phú Tân", "Chợ Mới"], ["Long Xuyên", "Châu Phú"])
q("Ngoài ba đơn vị được góp ý, những đảng bộ nào cử người dự hội nghị ngày 21/11 để rút kinh nghiệm?", "which",
  ["M1"], ["Đại diện Thường trực Huyện ủy Châu Thành và Thành ủy Châu Đốc dự hội nghị"],
  ["Châu Thành", "Châu Đốc"], ["Tri Tôn", "Tịnh Biên"])
q("Huyện nào phải đánh giá tác động của công nghiệp hóa đến lao động, việc làm và đất nông nghiệp?", "which",
  ["G"], ["Huyện Châu Thành và huyện Châu Phú có các khu, cụm công nghiệp đang thu hút đầu tư"],
  ["Châu Thành", "Châu Phú"], ["Long Xuyên"])

# ---------------- meta ----------------
q("Hướng dẫn về văn kiện đại hội đảng bộ cấp huyện của Ban Tuyên giáo Tỉnh ủy An Giang mang số hiệu gì?",
  "meta", ["G"], ["ban hành Hướng dẫn số 27-HD/BTGTU"], ["27-HD/BTGTU"], ["215-KH/TU"])
q("Hướng dẫn 27 cụ thể hóa kế hoạch nào của Ban Thường vụ Tỉnh ủy?", "meta", ["G"],
  ["cụ thể hóa Kế hoạch số 215-KH/TU ngày 28/6/2024"], ["215-KH/TU"])
q("Cơ quan nào ban hành hướng dẫn nội dung, hình thức văn kiện đại hội đảng bộ các huyện, thị xã, thành phố "
  "nhiệm kỳ 2025 - 2030?", "meta", ["G"],
  ["Ban Tuyên giáo Tỉnh ủy An Giang ban hành Hướng dẫn số 27-HD/BTGTU"], ["Ban Tuyên giáo Tỉnh ủy"],
  ["Văn phòng Tỉnh ủy"])
q("Đại hội mà dự thảo báo cáo chính trị Châu Phú trình là đại hội lần thứ mấy?", "meta", ["R"],
  ["Đại hội đại biểu Đảng bộ huyện Châu Phú lần thứ XII"], ["lần thứ XII"], ["khóa XI"])

# ---------------- when ----------------
q("Ban Thường vụ Tỉnh ủy họp góp ý dự thảo của Long Xuyên, Chợ Mới, Thoại Sơn vào ngày nào?", "when", ["M1"],
  ["Chiều 21/11/2024, tại Hội trường Tỉnh ủy"], ["21/11/2024"], ["22/11/2024", "25/11/2024"])
q("Hạn chót gửi dự thảo báo cáo chính trị lần thứ nhất xin ý kiến tỉnh là khi nào?", "when", ["G"],
  ["Chậm nhất ngày 31/10/2024 (đơn vị đại hội điểm: trước ngày 15/10/2024)"], ["31/10/2024"],
  ["30/9/2024"])
q("When must Tinh Bien and Phu Tan send their revised drafts to the provincial propaganda department?", "when",
  ["M2"], ["gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 20-12-2024"], ["20-12-2024"], ["10/12/2024"])
q("Hướng dẫn số 27-HD/BTGTU được ban hành ngày nào?", "when", ["G"],
  ["Ngày 09/9/2024, Ban Tuyên giáo Tỉnh ủy An Giang ban hành"], ["09/9/2024"], ["13/09/2024"])

# ---------------- who ----------------
q("Ai chủ trì hội nghị góp ý dự thảo báo cáo chính trị của Tịnh Biên và Phú Tân?", "who", ["M2"],
  ["Phó Bí thư Thường trực Tỉnh ủy Lâm Thị Bích Thủy chủ trì hội nghị"], ["Lâm Thị Bích Thủy"],
  ["Nguyễn Quốc Thái"])
q("Ai ký ban hành Hướng dẫn 27-HD/BTGTU?", "who", ["G"],
  ["Hướng dẫn do đồng chí Trương Công Danh, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy ký ban hành"],
  ["Trương Công Danh"], ["Nguyễn Quốc Thái", "Lâm Thị Bích Thủy"])
q("ai chu tri hoi nghi cho y kien du thao bao cao chinh tri cua thanh pho Long Xuyen?", "who", ["M1"],
  ["Đồng chí Nguyễn Quốc Thái, Bí thư Tỉnh ủy chủ trì hội nghị"], ["Nguyễn Quốc Thái"],
  ["Lâm Thị Bích Thủy"])

# ---------------- unanswerable ----------------
q("Ban Thường vụ Tỉnh ủy đã góp ý những gì cho dự thảo báo cáo chính trị của huyện Tri Tôn?", "unanswerable",
  forbid=["cù lao Giêng", "Núi Cấm", "1,5 triệu lượt khách"])
q("Tại hội nghị ngày 21/11/2024, Ban Thường vụ Tỉnh ủy yêu cầu huyện Châu Thành sửa dự thảo của mình thế nào?",
  "unanswerable", forbid=["Bình Hòa", "cồn Phó Ba"])
q("Tỉnh Đồng Tháp quy định báo cáo chính trị cấp huyện dài tối đa bao nhiêu trang?", "unanswerable",
  forbid=["25 trang"])
q("Đại hội Đảng bộ huyện Chợ Mới nhiệm kỳ 2025 - 2030 khai mạc ngày nào?", "unanswerable",
  forbid=["10/12/2024"])
q("Kinh phí in ấn văn kiện đại hội đảng bộ cấp huyện được bố trí bao nhiêu tiền?", "unanswerable")
q("Thu nhập bình quân đầu người của huyện Phú Tân năm 2024 đạt bao nhiêu?", "unanswerable",
  forbid=["68 triệu", "105 triệu"])
q("Số đại biểu chính thức dự Đại hội Đảng bộ huyện Thoại Sơn là bao nhiêu người?", "unanswerable")
q("Thông báo kết luận của Ban Thường vụ Tỉnh ủy về dự thảo của thị xã Tịnh Biên mang số hiệu gì?",
  "unanswerable", forbid=["27-HD/BTGTU", "215-KH/TU"])
q("Ngày cụ thể tổ chức đại hội điểm của Đảng bộ huyện Thoại Sơn là ngày nào?", "unanswerable",
  forbid=["05/12/2024"])
q("Châu Phú đã tiếp thu bao nhiêu ý kiến góp ý của Nhân dân vào dự thảo báo cáo chính trị?", "unanswerable",
  forbid=["1.042"])

# -----------------------------------------------------------------------------------------------------
# Drafts
# -----------------------------------------------------------------------------------------------------
DRAFTS_TEXT: dict[str, str] = {}

DRAFTS_TEXT["01_cho_moi_day_du.txt"] = """
ĐẢNG BỘ HUYỆN CHỢ MỚI
Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện, nhiệm kỳ 2025 - 2030 (trích, bản chỉnh lý sau góp ý của Ban Thường vụ Tỉnh ủy)

PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025

Số liệu trong báo cáo được cập nhật đến ngày 30/9/2024, số liệu năm 2025 là số ước thực hiện. Trong 19 chỉ tiêu chủ yếu Nghị quyết đề ra, có 15 chỉ tiêu đạt và vượt, 4 chỉ tiêu không đạt: thu ngân sách trên địa bàn, tỷ lệ đô thị hóa, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ và số xã đạt chuẩn nông thôn mới kiểu mẫu.

Kinh tế vườn tiếp tục là thế mạnh của huyện; diện tích cây ăn trái đạt 11.200 ha, tăng 1.900 ha so với năm 2020, hình thành vùng xoài, sầu riêng, chuối cấy mô gắn với liên kết tiêu thụ. Ba khâu đột phá của nhiệm kỳ (giao thông nông thôn; chuyển đổi cơ cấu cây trồng; cải cách hành chính) cơ bản hoàn thành: xây mới 38 cây cầu, nâng cấp 126 km đường liên xã; chỉ số cải cách hành chính của huyện đứng thứ hai toàn tỉnh. Chương trình phát triển làng nghề dệt, đan đát được duy trì nhưng chưa tạo được đột phá về giá trị.

Về phòng, chống sạt lở, nhiệm kỳ qua trên địa bàn huyện xảy ra 37 điểm sạt lở dọc bờ sông Tiền, sông Hậu, nghiêm trọng nhất tại các xã Mỹ Hội Đông, Kiến An, Tấn Mỹ. Huyện đã di dời, bố trí 1.124 hộ dân ra khỏi vùng nguy hiểm vào 9 cụm, tuyến dân cư; còn 286 hộ chưa có nơi ở mới do thiếu quỹ đất.

Mỗi năm có khoảng 4.500 lao động trẻ rời huyện đi làm việc tại Bình Dương, Thành phố Hồ Chí Minh. Để giữ chân lao động trẻ, huyện đã hỗ trợ 312 thanh niên khởi nghiệp, thu hút 2 doanh nghiệp may mặc vào cụm công nghiệp Hòa Bình, tạo việc làm tại chỗ cho 1.600 người.

Hạn chế, yếu kém: thu ngân sách chỉ đạt 86% chỉ tiêu, chủ yếu do Ủy ban nhân dân huyện chưa quyết liệt trong đấu giá quyền sử dụng đất tại khu dân cư Mỹ Luông; dự án cụm công nghiệp Hòa Bình giai đoạn 2 chậm hai năm, trách nhiệm thuộc Ban Quản lý dự án đầu tư xây dựng huyện. Nguyên nhân khách quan là dịch COVID-19, thiên tai, sạt lở; nguyên nhân chủ quan là chủ yếu, nằm ở năng lực tham mưu và tinh thần trách nhiệm của một số cơ quan, người đứng đầu.

Nhiệm kỳ qua để lại bốn bài học: (1) lấy kinh tế vườn và sức dân làm nền tảng phát triển; (2) phòng, chống sạt lở phải đi trước một bước, gắn với bố trí lại dân cư; (3) cải cách hành chính là khâu mở đường cho đầu tư; (4) cán bộ phải sâu sát cơ sở, nói đi đôi với làm.

PHẦN THỨ HAI
PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030

Giai đoạn tới, huyện có thời cơ từ các tuyến cao tốc kết nối vùng và từ nhu cầu du lịch sinh thái ngày càng tăng.

Dự thảo xác định 18 chỉ tiêu chủ yếu, trong đó chỉ tiêu thu ngân sách đã được tính toán lại trên cơ sở khả năng tăng thu thực tế, tăng bình quân 10%/năm thay cho mức 6%/năm của dự thảo trước.

Ba khâu đột phá: (1) đầu tư kè chống sạt lở và các cụm dân cư an toàn; (2) phát triển du lịch sinh thái miệt vườn, du lịch cộng đồng trên cù lao Giêng, cù lao Ông Chưởng; (3) chuyển đổi số trong quản lý nhà nước và sản xuất, kinh doanh, xây dựng chính quyền số, kinh tế số.

Huyện kiến nghị tỉnh đầu tư cầu nối xã Tấn Mỹ với huyện Thanh Bình, tỉnh Đồng Tháp thay cho bến phà hiện nay và nâng cấp tuyến đường tỉnh 946 để kết nối giao thông liên tỉnh. Huy động nguồn lực xã hội, khuyến khích kinh tế tư nhân đầu tư vào du lịch, chế biến trái cây; chủ động ứng phó biến đổi khí hậu, hạn hán, sạt lở bờ sông.
"""

DRAFTS_TEXT["02_thoai_son_con_thieu.txt"] = """
ĐẢNG BỘ HUYỆN THOẠI SƠN
Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện (đại hội điểm), nhiệm kỳ 2025 - 2030 (trích)

I. KẾT QUẢ NỔI BẬT NHIỆM KỲ 2020 - 2025

Số liệu trong báo cáo tính đến ngày 30/6/2024 và ước thực hiện năm 2025. Nhìn chung, các chỉ tiêu chủ yếu của Nghị quyết cơ bản được hoàn thành.

Sản xuất nông nghiệp chuyển biến rõ nét. Huyện xây dựng vùng sản xuất lúa chất lượng cao 28.000 ha, trong đó 12.500 ha tham gia Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao, phát thải thấp; 70% diện tích có hợp đồng liên kết tiêu thụ với doanh nghiệp, lợi nhuận của nông dân tăng bình quân 3 triệu đồng/ha/vụ.

Khu di tích quốc gia đặc biệt Óc Eo - Ba Thê mỗi năm đón khoảng 300.000 lượt khách tham quan, góp phần quảng bá hình ảnh của huyện.

Hạ tầng đô thị được quan tâm đầu tư; thị trấn Núi Sập được chỉnh trang, nâng cấp tuyến đường trung tâm và khu hành chính.

Chuyển đổi số được đẩy mạnh: 100% xã, thị trấn có bộ phận một cửa kết nối hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; tỷ lệ hồ sơ trực tuyến đạt 62%; hình thành 14 tổ công nghệ số cộng đồng.

II. HẠN CHẾ VÀ NGUYÊN NHÂN

Một số chỉ tiêu chưa đạt; công tác quản lý đất đai, xây dựng ở một vài nơi còn hạn chế; chất lượng nguồn nhân lực chưa đáp ứng yêu cầu. Nguyên nhân chủ yếu do thời tiết diễn biến bất thường, giá vật tư nông nghiệp tăng cao, nguồn lực đầu tư của Nhà nước còn hạn hẹp.

III. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030

Mục tiêu tổng quát: xây dựng Thoại Sơn trở thành huyện nông thôn mới nâng cao, trung tâm sản xuất lúa chất lượng cao của tỉnh.

Đại hội lựa chọn hai khâu đột phá: (1) nâng cao giá trị chuỗi lúa gạo chất lượng cao, phát thải thấp, gắn với xây dựng thương hiệu gạo của huyện; (2) chuyển đổi số trong quản lý nhà nước và trong sản xuất nông nghiệp.

Nhiệm vụ, giải pháp chủ yếu: tiếp tục tổ chức lại sản xuất, phát triển hợp tác xã kiểu mới; tăng cường thu hút đầu tư vào chế biến lúa gạo; xây dựng chính quyền số, kinh tế số; chăm lo an sinh xã hội; giữ vững quốc phòng, an ninh; xây dựng Đảng bộ trong sạch, vững mạnh.
"""

DRAFTS_TEXT["03_tinh_bien_lap_lai_loi_huong_dan.txt"] = """
ĐẢNG BỘ THỊ XÃ TỊNH BIÊN
Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ thị xã lần thứ I, nhiệm kỳ 2025 - 2030 (trích)

I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025

Thị xã đánh giá đầy đủ kết quả thực hiện các tiêu chí đô thị loại IV và những tiêu chí còn thiếu sau khi thành lập thị xã.

Khu kinh tế cửa khẩu Tịnh Biên, cửa khẩu quốc tế Tịnh Biên giữ vai trò quan trọng trong phát triển thương mại, dịch vụ, logistics của thị xã. Kim ngạch xuất nhập khẩu qua cửa khẩu năm 2024 đạt 520 triệu USD, tăng bình quân 11%/năm; Chợ cửa khẩu và bến bãi logistics Xuân Tô hoạt động ổn định, tạo việc làm cho khoảng 2.300 lao động.

Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, thị xã đã đầu tư 46 công trình giao thông, thủy lợi, nước sạch; hỗ trợ nhà ở cho 418 hộ và hỗ trợ đất sản xuất, chuyển đổi nghề cho 730 hộ đồng bào Khmer.

Quan tâm thực hiện chính sách dân tộc, nâng cao đời sống đồng bào Khmer, giữ gìn bản sắc văn hóa các dân tộc.

Du lịch Núi Cấm, du lịch tâm linh, sinh thái vùng Bảy Núi phát triển mạnh; năm 2024 thị xã đón 3,2 triệu lượt khách, doanh thu du lịch đạt 1.150 tỷ đồng. Giai đoạn tới thị xã liên kết với thành phố Châu Đốc, huyện Tri Tôn hình thành tuyến du lịch Châu Đốc - Núi Cấm - Tri Tôn.

Xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển: thị xã duy trì kết nghĩa với các huyện giáp biên của tỉnh Tà Keo (Vương quốc Campuchia), phối hợp tổ chức 24 đợt tuần tra song phương, giữ vững an ninh, trật tự khu vực biên giới, phòng, chống buôn lậu.

Về quản lý, bảo vệ đường biên, mốc giới: [Bổ sung sau.]

Việc bảo tồn, phát huy giá trị văn hóa truyền thống, lễ hội của đồng bào Khmer gắn với phát triển du lịch: (Đang chờ số liệu của Phòng Văn hóa và Thông tin.)

Thị xã đã thực hiện chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị: giảm 3 phòng chuyên môn, 2 đơn vị sự nghiệp; hoàn thành sắp xếp cán bộ dôi dư sau khi thành lập các phường.

II. HẠN CHẾ, YẾU KÉM

Nêu rõ trách nhiệm của cấp ủy, người đứng đầu đối với các hạn chế kéo dài qua nhiều nhiệm kỳ.

III. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030

Dự thảo dự kiến 19 chỉ tiêu chủ yếu. Thị xã lựa chọn ba khâu đột phá: phát triển kinh tế cửa khẩu; phát triển du lịch; xây dựng đô thị. Mục tiêu cụ thể của từng khâu đột phá đến năm 2030: ...

Có nội dung về phát triển khoa học, công nghệ, chuyển đổi số, xây dựng chính quyền số và kinh tế số ở địa phương.
"""

DRAFTS_TEXT["04_long_xuyen_dien_dat_khac.txt"] = """
ĐẢNG BỘ THÀNH PHỐ LONG XUYÊN
Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ thành phố, nhiệm kỳ 2025 - 2030 (trích)

I. NHỮNG KẾT QUẢ CHỦ YẾU

Là nơi đặt trụ sở các cơ quan đầu não của tỉnh, thành phố giữ vai trò hạt nhân về quản lý nhà nước, sản xuất, kinh doanh, giáo dục, y tế và đời sống văn hóa của cả An Giang; nhiều chỉ số của thành phố (thu ngân sách, mật độ doanh nghiệp, số giường bệnh, số trường đại học) dẫn đầu toàn tỉnh.

Tổng giá trị sản xuất chỉ tăng bình quân 6,1%/năm, thấp hơn mức 7,8%/năm mà Nghị quyết đặt ra. Sở dĩ hụt mục tiêu là vì ba năm đầu nhiệm kỳ dịch bệnh làm thương mại, dịch vụ đình trệ, trong khi các dự án khu đô thị lớn vướng giải phóng mặt bằng; Ban Thường vụ Thành ủy nhận phần trách nhiệm do chậm tháo gỡ vướng mắc cho nhà đầu tư.

Diện mạo đô thị đổi thay rõ nét: 42 tuyến phố được cải tạo vỉa hè, chiếu sáng; hệ thống cống thoát nước khu trung tâm được nâng cấp, số điểm ngập khi mưa lớn giảm từ 19 xuống còn 5. Thành phố xây dựng 3,6 km kè ven sông Hậu, bảo vệ an toàn cho hơn 2.000 hộ dân ở khu vực thường xuyên bị lở đất.

II. HẠN CHẾ

Chất lượng quy hoạch chi tiết còn thấp; một số dự án chậm triển khai nhiều năm, nhất là dự án khu dân cư Tây Đại học, trách nhiệm thuộc Ủy ban nhân dân thành phố và chủ đầu tư.

III. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030

Thời cơ lớn nhất của nhiệm kỳ tới là tuyến cao tốc Châu Đốc - Cần Thơ - Sóc Trăng và cầu Châu Đốc đi vào khai thác; thách thức là nguồn lực hạn chế, biến đổi khí hậu làm ngập, lở gia tăng.

Dự thảo xác định mười tám chỉ tiêu chủ yếu và hai khâu đột phá: (1) mở rộng không gian phát triển sang bờ bắc, hình thành khu đô thị mới trên cồn Phó Ba và xã Mỹ Hòa Hưng, nối với nút giao cao tốc; (2) xây dựng đô thị thông minh với trung tâm điều hành số, tăng diện tích cây xanh, công viên ven sông, giảm ô nhiễm.

Thành phố chủ động phối hợp với huyện lân cận kêu gọi nhà đầu tư lấp đầy khu công nghiệp Bình Hòa, bảo đảm việc làm cho lao động thành phố; khuyến khích doanh nghiệp ngoài nhà nước, hộ kinh doanh cá thể đầu tư vào thương mại, dịch vụ; huy động các nguồn lực trong xã hội để chỉnh trang đô thị.

Số hóa toàn bộ hồ sơ hành chính, phát triển thương mại điện tử, thanh toán không dùng tiền mặt.
"""

DRAFTS_TEXT["05_phu_tan_chi_tieu_sat_gioi_han.txt"] = """
ĐẢNG BỘ HUYỆN PHÚ TÂN
Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện, nhiệm kỳ 2025 - 2030 (trích, bản chỉnh lý lần 2)

I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ 2020 - 2025

Tốc độ tăng giá trị sản xuất bình quân đạt 7,2%/năm, cao hơn nhiệm kỳ 2015 - 2020 (6,4%/năm) và cao hơn mức bình quân chung của tỉnh (6,9%/năm). Huyện đạt chuẩn nông thôn mới năm 2023, sớm hơn hai năm so với Nghị quyết.

Tổ chức lại sản xuất đạt kết quả tích cực: toàn huyện có 31 hợp tác xã, 142 tổ hợp tác; 65% diện tích lúa nếp, lúa chất lượng cao có liên kết tiêu thụ với doanh nghiệp; hình thành vùng trồng nếp Phú Tân 18.000 ha.

Thu nhập bình quân đầu người năm 2025 ước đạt 61 triệu đồng, chưa đạt chỉ tiêu 66 triệu đồng. Nguyên nhân là giá nếp giảm sâu trong hai năm 2022, 2023, lao động nông thôn chuyển dịch chậm và huyện chưa thu hút được dự án công nghiệp lớn.

Công tác vận động đồng bào có đạo được chú trọng; chức sắc, tín đồ Phật giáo Hòa Hảo tích cực tham gia các phong trào thi đua yêu nước, đóng góp trên 180 tỷ đồng xây cầu, làm đường, nấu cơm từ thiện, hỗ trợ người nghèo.

Sạt lở bờ sông vẫn diễn biến phức tạp, nhất là ở các xã ven sông Hậu.

Hạn chế kéo dài qua hai nhiệm kỳ là hạ tầng thị trấn Chợ Vàm và thị trấn Phú Mỹ chưa đồng bộ; trách nhiệm thuộc Ban Thường vụ Huyện ủy và người đứng đầu chính quyền trong chỉ đạo huy động nguồn lực.

Nhiệm kỳ qua rút ra bốn bài học kinh nghiệm: (1) đoàn kết là sức mạnh; (2) dựa vào dân, nhất là đồng bào tín đồ Phật giáo Hòa Hảo; (3) tổ chức lại sản xuất là chìa khóa nâng thu nhập; (4) người đứng đầu phải nêu gương.

II. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 - 2030

Dự thảo xác định 20 chỉ tiêu chủ yếu (8 chỉ tiêu kinh tế, 7 chỉ tiêu văn hóa - xã hội và môi trường, 5 chỉ tiêu xây dựng Đảng), trong đó tỷ lệ hộ nghèo giảm xuống dưới 0,5%, thu nhập bình quân đầu người năm 2030 đạt 95 triệu đồng.

Ba khâu đột phá và mục tiêu đến năm 2030:
Một là, phát triển hợp tác xã kiểu mới: 100% hợp tác xã hoạt động hiệu quả, 80% diện tích lúa có liên kết tiêu thụ.
Hai là, đầu tư hạ tầng giao thông, đô thị: thị trấn Chợ Vàm và thị trấn Phú Mỹ đạt tiêu chí đô thị loại IV.
Ba là, chuyển đổi số: 90% hồ sơ thủ tục hành chính được giải quyết trực tuyến.

Huyện sắp xếp, tinh gọn bộ máy theo chủ trương của Trung ương, của tỉnh; phát triển khoa học, công nghệ, chuyển đổi số, xây dựng chính quyền số và kinh tế số.
"""

L_A, L_P, L_M = "addressed", "partly", "missing"

DRAFT_LABELS: dict[str, tuple[str, dict[str, str]]] = {
    "01_cho_moi_day_du.txt": (CM, {
        "cập nhật số liệu đến ngày 30/9/2024, ước thực hiện cả năm 2025": L_A,
        "nêu rõ số chỉ tiêu đạt, vượt và không đạt": L_A,
        "đánh giá việc thực hiện các khâu đột phá, các chương trình, đề án trọng điểm của nhiệm kỳ": L_A,
        "Phần đánh giá hạn chế, yếu kém phải nêu cụ thể, có địa chỉ": L_A,
        "phân tích nguyên nhân khách quan và chủ quan, trong đó nguyên nhân chủ quan là chủ yếu": L_A,
        "Rút ra từ ba đến bốn bài học kinh nghiệm": L_A,
        "Các bài học kinh nghiệm phải được rút ra từ chính thực tiễn của địa phương": L_A,
        "Dự báo bối cảnh, thời cơ, thách thức trong 5 năm tới": L_P,
        "khoảng 16 - 20 chỉ tiêu chủ yếu": L_A,
        "Lựa chọn từ hai đến ba khâu đột phá": L_A,
        "phát triển khoa học, công nghệ, chuyển đổi số, xây dựng chính quyền số và kinh tế số": L_A,
        "chú trọng giải pháp huy động nguồn lực xã hội và phát triển kinh tế tư nhân": L_A,
        "bổ sung đánh giá tình hình sạt lở bờ sông Tiền, sông Hậu và kết quả di dời, bố trí dân cư": L_A,
        "cần đánh giá thực trạng sạt lở và kết quả bố trí, ổn định dân cư vùng sạt lở": L_A,
        "làm rõ giải pháp giữ chân lao động trẻ": L_A,
        "định hướng phát triển du lịch sinh thái miệt vườn, du lịch cộng đồng": L_A,
        "đề xuất cụ thể việc kết nối giao thông với tỉnh Đồng Tháp": L_A,
        "cần tính toán lại cho phù hợp với khả năng tăng thu": L_A,
        "chủ động ứng phó với biến đổi khí hậu, phòng, chống thiên tai, sạt lở bờ sông": L_A,
    }),
    "02_thoai_son_con_thieu.txt": (TS, {
        "cập nhật số liệu đến ngày 30/9/2024, ước thực hiện cả năm 2025": L_P,
        "nêu rõ số chỉ tiêu đạt, vượt và không đạt": L_P,
        "Phần đánh giá hạn chế, yếu kém phải nêu cụ thể, có địa chỉ": L_M,
        "phân tích nguyên nhân khách quan và chủ quan, trong đó nguyên nhân chủ quan là chủ yếu": L_P,
        "Rút ra từ ba đến bốn bài học kinh nghiệm": L_M,
        "cần chắt lọc lại còn khoảng ba đến bốn bài học": L_M,
        "Lựa chọn từ hai đến ba khâu đột phá": L_A,
        "khoảng 16 - 20 chỉ tiêu chủ yếu": L_M,
        "phát triển khoa học, công nghệ, chuyển đổi số, xây dựng chính quyền số và kinh tế số": L_A,
        "chủ động ứng phó với biến đổi khí hậu, phòng, chống thiên tai, sạt lở bờ sông": L_M,
        "bổ sung đánh giá kết quả xây dựng vùng sản xuất lúa chất lượng cao": L_A,
        "làm rõ công tác bảo tồn, phát huy giá trị Khu di tích quốc gia đặc biệt Óc Eo - Ba Thê": L_P,
        "làm rõ định hướng phát triển thị trấn Óc Eo, thị trấn Núi Sập, thị trấn Phú Hòa": L_P,
        "có giải pháp ứng phó hạn hán, thiếu nước ngọt cuối mùa khô": L_M,
        "cần làm rõ giải pháp chuyển đổi cơ cấu cây trồng, sử dụng hiệu quả nguồn nước ngọt": L_M,
    }),
    "03_tinh_bien_lap_lai_loi_huong_dan.txt": (TB, {
        "đánh giá đầy đủ kết quả thực hiện các tiêu chí đô thị loại IV": L_P,
        "làm rõ vai trò của Khu kinh tế cửa khẩu Tịnh Biên": L_A,
        "bổ sung định hướng phát triển du lịch Núi Cấm": L_A,
        "nâng cao đời sống đồng bào Khmer, giữ gìn bản sắc văn hóa các dân tộc": L_P,
        "quản lý, bảo vệ đường biên, mốc giới": L_M,
        "phải có nội dung riêng về xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển": L_A,
        "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi":
            L_A,
        "giải pháp bảo tồn, phát huy giá trị văn hóa truyền thống, lễ hội của đồng bào Khmer": L_M,
        "cập nhật chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị": L_A,
        "nêu rõ trách nhiệm của cấp ủy, người đứng đầu đối với các hạn chế kéo dài qua nhiều nhiệm kỳ": L_P,
        "Khâu đột phá không quá ba, mỗi khâu phải có mục tiêu đến năm 2030 đo đếm được": L_P,
        "Lựa chọn từ hai đến ba khâu đột phá": L_A,
        "khoảng 16 - 20 chỉ tiêu chủ yếu": L_A,
        "phải có so sánh với nhiệm kỳ trước và với mặt bằng chung của tỉnh": L_M,
        "phát triển khoa học, công nghệ, chuyển đổi số, xây dựng chính quyền số và kinh tế số": L_P,
    }),
    "04_long_xuyen_dien_dat_khac.txt": (LX, {
        "làm rõ hơn vai trò là trung tâm hành chính, kinh tế, văn hóa của tỉnh": L_A,
        "phân tích nguyên nhân chỉ tiêu tốc độ tăng giá trị sản xuất bình quân không đạt Nghị quyết": L_A,
        "bổ sung đánh giá công tác chỉnh trang, phát triển đô thị, chống ngập úng nội ô và xử lý sạt lở bờ "
        "sông Hậu": L_A,
        "xác định rõ định hướng phát triển không gian đô thị về phía cồn Phó Ba": L_A,
        "có giải pháp thu hút đầu tư vào Khu công nghiệp Bình Hòa": L_A,
        "làm rõ định hướng phát triển đô thị xanh, thông minh": L_A,
        "Phần đánh giá hạn chế, yếu kém phải nêu cụ thể, có địa chỉ": L_A,
        "chú trọng giải pháp huy động nguồn lực xã hội và phát triển kinh tế tư nhân": L_A,
        "Dự báo bối cảnh, thời cơ, thách thức trong 5 năm tới": L_A,
        "khoảng 16 - 20 chỉ tiêu chủ yếu": L_A,
        "Lựa chọn từ hai đến ba khâu đột phá": L_A,
        "phát triển khoa học, công nghệ, chuyển đổi số, xây dựng chính quyền số và kinh tế số": L_A,
        "Rút ra từ ba đến bốn bài học kinh nghiệm": L_M,
        "nêu rõ số chỉ tiêu đạt, vượt và không đạt": L_M,
    }),
    "05_phu_tan_chi_tieu_sat_gioi_han.txt": (PT, {
        "khoảng 16 - 20 chỉ tiêu chủ yếu": L_A,
        "Lựa chọn từ hai đến ba khâu đột phá": L_A,
        "Khâu đột phá không quá ba, mỗi khâu phải có mục tiêu đến năm 2030 đo đếm được": L_A,
        "Rút ra từ ba đến bốn bài học kinh nghiệm": L_A,
        "phải có so sánh với nhiệm kỳ trước và với mặt bằng chung của tỉnh": L_A,
        "nêu rõ trách nhiệm của cấp ủy, người đứng đầu đối với các hạn chế kéo dài qua nhiều nhiệm kỳ": L_A,
        "làm rõ kết quả tổ chức lại sản xuất, phát triển hợp tác xã": L_A,
        "phân tích nguyên nhân chỉ tiêu thu nhập bình quân đầu người chưa đạt": L_A,
        "phát huy vai trò của chức sắc, tín đồ Phật giáo Hòa Hảo": L_A,
        "có giải pháp phòng, chống sạt lở ở các xã ven sông Hậu": L_P,
        "cần đánh giá thực trạng sạt lở và kết quả bố trí, ổn định dân cư vùng sạt lở": L_P,
        "phối hợp với thị xã Tân Châu, huyện Châu Phú trong khai thác tuyến đường tỉnh 954": L_M,
        "cập nhật chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị": L_P,
        "phát triển khoa học, công nghệ, chuyển đổi số, xây dựng chính quyền số và kinh tế số": L_A,
        "Dự báo bối cảnh, thời cơ, thách thức trong 5 năm tới": L_M,
        "chủ động ứng phó với biến đổi khí hậu, phòng, chống thiên tai, sạt lở bờ sông": L_P,
    }),
}

EXPECTED_COMMENT = (
    "Labels per draft: key = the requirement's key in requirements.json (a verbatim substring of one guidance "
    "requirement that applies to the draft's unit: general items of the guidance article, the meeting page that "
    "discussed the unit, and items of groups the unit belongs to). addressed = the draft states the substance in "
    "any words (a count inside a range counts: 18 or 20 chỉ tiêu for 16 - 20, 2 or 3 khâu đột phá, 4 bài học); "
    "partly = one part of a multi-part requirement, a passing mention without the asked-for assessment, or the "
    "guidance's sentence copied without facts (Tịnh Biên's 'Thị xã đánh giá đầy đủ … đô thị loại IV …', 'Nêu rõ "
    "trách nhiệm …'); missing = not stated, or only a heading followed by a placeholder ('[Bổ sung sau.]', "
    "'(Đang chờ số liệu …)', '...'). Thoại Sơn's data stop at 30/6/2024 (partly for the 30/9/2024 update) and its "
    "causes are only objective (partly). Items scoped to other units are not labelled."
)
