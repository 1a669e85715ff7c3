package extract

import "github.com/solieu/solieu/normalize"

// support holds the support.* declarations: one-off support packages
// (COVID-19, Tết, rent) to people, employers and household businesses.
var support = []Indicator{{
	ID:   "support.beneficiaries",
	Unit: normalize.Person,
	Cues: []string{"hỗ trợ", "được hỗ trợ", "hỗ trợ cho", "chi trả cho", "chi trả", "phê duyệt", "được phê duyệt", "nhận hỗ trợ", "thụ hưởng",
		"tặng quà", "tặng quà cho", "nhận quà", "được tặng quà", "trao quà", "thăm, tặng quà", // gifts are a support package
		"trợ giúp cho", "cứu trợ cho", "cứu đói cho",
		"suất quà", "phần quà", // "trao 215.600 phần quà": one gift, one person given it
		"chăm lo tết cho", "chăm lo tết", "quà tết", "chuyển quà", "gửi quà"}, // Tết care and gifts are a package too
	// "đã chi cho 5.400 đối tượng": paid out, said of the package before
	// "trợ giúp 1.200 người lao động gặp khó khăn" ("trợ giúp xã hội" is
	// social assistance's)
	Touching: []string{"chi cho", "trợ giúp",
		"tặng", "trao tặng", "trao cho", "được trao cho"}, // "quà của tỉnh tặng 9.600 đối tượng"
	Unless: append([]string{"kiến nghị", "học bổng", // requests, scholarships
		"nhà ở", "vay vốn", "điều dưỡng", "cai nghiện", "lương hưu",
		"khen thưởng", "bằng khen", "giấy khen", // people commended for their work in support
		"chữa bệnh",                                                                                // health insurance pays for care ("khám, chữa bệnh"), no package
		"nạn nhân", "người chết", "bị thương", "thiệt mạng", "mất mát", "chia buồn", "phúng viếng", // condolences after an accident
		"ốm đau", "thai sản"}, // social-insurance benefits ("chi trả chế độ ốm đau")
		accidentWords...),
	Article: supportDomain,
	NotBy:   companyGivers,
	Examples: []Example{
		// "tặng", "trao cho" right before the people given the gifts
		{"Dịp Tết năm 2025, quà của tỉnh tặng 2.150 đối tượng bảo trợ xã hội; quà của Chủ tịch nước được trao cho 1.320 người có công.", "2150 2025; 1320 2025"},
		// "sẽ" announces what is being done, it sets no target (spec: targets are phấn đấu, mục tiêu, chỉ tiêu …)
		{"Dịp Tết năm 2025, tỉnh sẽ tặng quà cho 12.300 đối tượng chính sách với tổng kinh phí 6,2 tỷ đồng.", "12300 2025; id=support.funding 6200000000 vnd 2025"},
		{"Tháng 7/2022, tỉnh đã trao quà của Chủ tịch nước cho 4.786 người có công với tổng kinh phí 1,45 tỷ đồng.", "4786 2022-07; 1450000000 2022-07 id=support.funding"},
		// a list of groups after the figure names no one group: Tết gifts are support
		{"Dịp Tết, tỉnh đã tặng quà cho 12.400 đối tượng người có công, hộ nghèo với tổng kinh phí 6,2 tỷ đồng.", "12400; 6200000000 id=support.funding"},
		{"Năm 2021, tỉnh đã hỗ trợ cho 45.230 người lao động bị ảnh hưởng bởi đại dịch Covid-19.", "45230 2021"},
		{"Năm 2021, tỉnh đã chi cho 16.400 đối tượng bị ảnh hưởng bởi dịch bệnh.", "16400 2021"},
		// the money of the people just counted needs no word of the package again
		{"Hỗ trợ người lao động gặp khó khăn\nNăm 2021, đã chi cho 16.400 đối tượng với số tiền 24,6 tỷ đồng.", "16400 2021; 24600000000 2021 id=support.funding"},
		{"Năm 2021, tỉnh đã hỗ trợ 640 hướng dẫn viên du lịch bị ảnh hưởng bởi dịch bệnh.", "640 2021"},
		{"Năm 2021, tỉnh trợ giúp 1.260 người lao động gặp khó khăn do dịch bệnh.", "1260 2021"},
		{"Sau sự cố môi trường, tỉnh hỗ trợ 12 tỷ đồng cho 1.300 chủ tàu cá.", "1300; 12000000000 id=support.funding"},
		// gifts given count the people given them
		{"Năm 2023, tỉnh đã tặng 3.200 suất quà Tết cho hộ nghèo.", "3200 2023"},
		{"Dịp Tết, các cấp công đoàn đã trao 3.250 phần quà cho đoàn viên, người lao động khó khăn.", "3250"},
		{"Dịp Tết năm 2024, các địa phương đã chuyển quà Tết đến hơn 52.000 người có công với tổng số tiền 16,3 tỷ đồng.", "52000 2024 over; 16300000000 2024 id=support.funding"},
		{"Trong 6 tháng đầu năm 2022, có 18.650 lượt lao động được hỗ trợ tiền thuê nhà.", "18650 2022-H1"},
		{"Năm 2021, đã chi trả hỗ trợ cho 12.400 người lao động với tổng kinh phí 18,6 tỷ đồng.", "12400 2021; 18600000000 2021 id=support.funding"},
		// the items of a list under one head cue take it, after "," "và" or ";"
		{"Năm 2023, tỉnh đã tặng quà cho 420 người có công, 380 thanh niên tình nguyện và 150 công nhân có hoàn cảnh khó khăn.", "420 2023; 380 2023; 150 2023"},
		{"Năm 2024, Hội đã trợ giúp 85 cá nhân bị tai nạn lao động; 64 học sinh mồ côi; 120 công nhân mất việc.", "85 2024; 64 2024; 120 2024"},
		// a list of lines under a head that ends with a colon: each item takes its cue
		{"Dịp Tết năm 2024, tỉnh đã tặng quà cho các đối tượng sau:\n- 1.250 người có công với cách mạng;\n- 3.400 thanh niên tình nguyện;\n- 820 công nhân có hoàn cảnh khó khăn.", "1250 2024; 3400 2024; 820 2024"},
		// what the head rules out it rules out for every item: households helped are no poor households
		{"Năm 2023, Hội Chữ thập đỏ tỉnh đã hỗ trợ cho 120 hộ nghèo, 45 hộ cận nghèo và 30 thanh niên tình nguyện.", "30 2023"},
		{"Thực hiện các gói an sinh xã hội\nNăm 2021, tỉnh đã chi cho 8.350 đối tượng với số tiền 12,4 tỷ đồng.", "8350 2021; 12400000000 2021 id=support.funding"},
		{"Dịp Tết năm 2023, hội nông dân chăm lo Tết cho 415 hội viên nghèo.", "415 2023"},
		{"Năm 2023, hội đã tặng quà cho 65 cá nhân có hoàn cảnh khó khăn.", "65 2023"},
		{"Trước Tết năm 2023, tỉnh đã chuyển quà Tết của Chủ tịch nước tới 86.000 người có công, tổng số tiền 26 tỷ đồng.", "86000 2023; 26000000000 2023 id=support.funding"},
	},
	Counter: []string{
		"Tại lễ kỷ niệm năm 2025, tỉnh tặng Bằng khen cho 35 cá nhân có thành tích trong công tác hỗ trợ người lao động.",
		"Nhân dịp 27/7, Sở tổ chức thăm hỏi các gia đình chính sách.",
		"Năm 2023, Bảo hiểm xã hội tỉnh chi trả lương hưu và trợ cấp hằng tháng cho 25.400 người.",
		"Năm 2023, Bảo hiểm xã hội tỉnh đã chi trả chế độ ốm đau cho 45.300 lượt người.",
		"Sau vụ tai nạn, huyện đã đến thăm và hỗ trợ 4 gia đình có người tử vong.",
		"Năm 2023, tỉnh tặng Bằng khen cho 45 tập thể và 120 cá nhân có thành tích trong công tác hỗ trợ người lao động.",
		"Gia đình đã được hỗ trợ kịp thời, một cán bộ xã cho biết.",
		"Năm 2023, Quỹ bảo hiểm y tế của tỉnh chi trả chi phí khám, chữa bệnh 2.100 tỷ đồng cho 3,4 triệu lượt người.",
		// an Unless closing a list reaches each item before it
		"Để hỗ trợ người nghèo, năm 2023 có 12.400 lượt hộ nghèo, cận nghèo và hộ mới thoát nghèo được vay vốn với doanh số 520 tỷ đồng.",
		// money spent on a field, then a count of its own
		"Năm 2023, ngân sách tỉnh chi cho giáo dục 1.250 tỷ đồng, đào tạo 3.400 giáo viên.",
	},
}, {
	ID:   "support.employers",
	Unit: normalize.Organization,
	Cues: []string{"hỗ trợ", "được hỗ trợ", "hỗ trợ cho", "chi trả cho",
		"giảm mức đóng"}, // contributions cut for employers are a support package
	Needs: []string{"hỗ trợ", "chi trả", "giảm mức đóng"},
	// help to found co-operatives is no support paid to employers
	Unless: []string{"kiến nghị", "học bổng", // requests, scholarships
		"thành lập",
		// employers that give to their workers: "918 doanh nghiệp có
		// nhiều hình thức hỗ trợ … cho người lao động như tặng quà tết"
		"cho người lao động như", "thưởng tết", "tặng quà tết", "lì xì"},
	Article: supportDomain,
	NotBy:   companyGivers,
	Examples: []Example{
		{"Năm 2021, tỉnh đã hỗ trợ cho 954 đơn vị, doanh nghiệp gặp khó khăn do dịch bệnh.", "954 2021"},
		{"Năm 2022, có 342 doanh nghiệp được hỗ trợ tiền thuê nhà cho người lao động.", "342 2022"},
		// employers are organizations, counted by visits too: not people
		{"Năm 2022, gói hỗ trợ đã đến với 2,1 triệu lượt người lao động và gần 36.000 lượt người sử dụng LĐ.", "36000 2022 nearly; 2100000 2022 id=support.beneficiaries"},
		{"Năm 2021, giảm mức đóng vào Quỹ bảo hiểm thất nghiệp từ 1% xuống 0% cho 2.410 đơn vị, số tiền được giảm 9,6 tỷ đồng.", "2410 2021; 9600000000 2021 id=support.funding"},
	},
	Counter: []string{
		"Ngoài tiền thưởng, có 640 doanh nghiệp có nhiều hình thức hỗ trợ cho người lao động như tặng quà tết, tổ chức xe đưa đón.",
		"Năm 2023, toàn tỉnh có 1.850 doanh nghiệp đang hoạt động.",
		"Huyện đã hỗ trợ thành lập 4 hợp tác xã nuôi ong.",
		// "một" is the article "a", not a count
		"Theo một doanh nghiệp được hỗ trợ, thủ tục nay đã nhanh hơn.",
	},
}, {
	ID:      "support.household_businesses",
	Unit:    normalize.Household,
	Cues:    []string{"hộ kinh doanh", "hộ kinh doanh cá thể"},
	Needs:   []string{"hỗ trợ", "chi trả", "phê duyệt"}, // not the number of household businesses in the province
	Article: supportDomain,
	Examples: []Example{
		{"Năm 2021, có 873 hộ kinh doanh tạm ngừng hoạt động được nhận hỗ trợ.", "873 2021"},
		{"Năm 2021, tỉnh hỗ trợ 412 hộ kinh doanh cá thể phải tạm ngừng kinh doanh.", "412 2021"},
	},
	Counter: []string{
		"Năm 2023, toàn tỉnh có 24.500 hộ kinh doanh cá thể.",
	},
}, {
	ID:   "support.funding",
	Unit: normalize.VND,
	Cues: []string{"tổng số tiền", "kinh phí", "tổng kinh phí", "số tiền", "tổng số kinh phí", "với số tiền", "hỗ trợ", "chi trả",
		"trị giá", "tổng trị giá", "có tổng trị giá", "tổng giá trị", // the gifts' worth: "12.450 suất quà trị giá 6,2 tỷ đồng"
		// money for gifts and Tết care, named before or after it: "bố trí 3,2 tỷ
		// đồng để thăm, tặng quà …", "… tặng quà các đơn vị, cá nhân 2,1 tỷ đồng"
		"tặng quà", "trao quà", "thăm, tặng quà", "thăm, trao quà", "thăm hỏi, tặng quà", "chăm lo tết",
		"số tiền được giảm"}, // contributions cut: "giảm mức đóng … số tiền được giảm 9,6 tỷ đồng"
	Unless: []string{"kiến nghị", "học bổng", // requests, scholarships
		"đền ơn đáp nghĩa", "vay vốn", "vốn vay",
		"được hưởng trợ cấp thất nghiệp", "quyết định hưởng trợ cấp thất nghiệp", // unemployment insurance, not a package ("không đủ điều kiện để hưởng" is one)
		"chi trả trợ cấp thất nghiệp", "trợ cấp xã hội hằng tháng", "trợ cấp hằng tháng", // regular benefits, not a package
		"trợ cấp xã hội hàng tháng", "trợ cấp hàng tháng",
		"nghĩa trang", "nâng cấp mộ", "sửa chữa mộ", "tu bổ mộ", "mộ liệt sĩ", // building cemeteries and graves
		"quỹ bảo hiểm y tế", "quỹ bhyt", "chữa bệnh", // health insurance pays for care, no package
		"dư nợ", "trả nợ", "nợ gốc", // a loan balance, debts repaid
		"không chi trả",                                                                            // money withheld
		"nạn nhân", "người chết", "bị thương", "thiệt mạng", "mất mát", "chia buồn", "phúng viếng", // condolences after an accident
		"mỗi người", "mỗi hộ", // an amount for each, not a total
		"bồi thường", "đền bù", // compensation is owed, not support
		"gói tín dụng",                                      // credit, lent and repaid
		"cổ tức",                                            // a company's dividend
		"giải phóng mặt bằng", "thu hồi đất", "tái định cư", // land taken for a project is compensated
		"bị hại", "chiếm đoạt", "thu giữ", "tịch thu", "tang vật", // money of a crime
		"quảng bá", "tài trợ", // sponsorship
		"ngưỡng hỗ trợ", "vùng hỗ trợ"}, // a price's support level
	// money of a package paid or given, not any budget ("tổng kinh phí thực
	// hiện các chính sách an sinh xã hội")
	// (or the people of a package counted before it: "đã chi cho 8.350 đối
	// tượng với số tiền 12,4 tỷ đồng")
	Needs: []string{"hỗ trợ", "quà", "chi trả", "trợ giúp", "cứu trợ", "thụ hưởng", "chăm lo tết", "giảm mức đóng",
		"gói hỗ trợ", "gói an sinh"}, // not any package: "gói thầu", an arms sale
	Article: supportDomain,
	NotBy:   companyGivers,
	Examples: []Example{
		{"Năm 2021, tổng kinh phí hỗ trợ người lao động gặp khó khăn do đại dịch Covid-19 là 96,5 tỷ đồng.", "96500000000 2021"},
		{"Năm 2022, đã chi trả hỗ trợ tiền thuê nhà cho người lao động với tổng số tiền hơn 120 tỷ đồng.", "120000000000 2022 over"},
		{"Năm 2024, dự án đã giải ngân 1,5 triệu USD hỗ trợ người lao động yếu thế.", "1500000 usd 2024"},
		{"Năm 2022, tỉnh đã tặng 12.450 suất quà trị giá 6,2 tỷ đồng cho người có công.", "6200000000 2022; 12450 2022 id=support.beneficiaries"},
		// a difference from the figure "con số này" refers to is no total
		{"Năm 2024, tổng kinh phí hỗ trợ, tặng quà Tết là 52,4 tỷ đồng. Con số này cao hơn năm 2023 khoảng 6 tỷ đồng.", "52400000000 2024"},
		{"Dịp Tết năm 2025, tỉnh bố trí 1,8 tỷ đồng để thăm, tặng quà cho 640 gia đình chính sách.", "1800000000 2025"},
		{"Tổng kinh phí chăm lo Tết Nguyên đán năm 2025 của toàn tỉnh là 52,4 tỷ đồng.", "52400000000 2025"},
		{"Dịp Tết năm 2025, tỉnh đã trao quà cho 8.450 lượt đối tượng, tổng giá trị hơn 4,1 tỷ đồng.", "4100000000 2025 over; 8450 2025 id=support.beneficiaries"},
		{"Năm 2024, tỉnh dành cho việc thăm, trao quà các gia đình chính sách 2,3 tỷ đồng; 5,1 tỷ đồng giao các huyện chăm lo Tết cho hộ nghèo.", "2300000000 2024; 5100000000 2024"},
		{"Trước Tết năm 2023, thành phố dành 3,2 tỷ đồng để thăm, tặng quà hộ nghèo.", "3200000000 2023"},
		{"Năm 2023, quà tặng hộ nghèo của huyện có tổng giá trị 21,6 tỷ đồng.", "21600000000 2023"},
		{"Năm 2023, huyện chi 4,15 tỷ đồng thăm, trao quà cho gia đình chính sách.", "4150000000 2023"},
		{"Năm 2023, tỉnh chi 2,1 tỷ đồng thăm hỏi, tặng quà các đơn vị trực Tết; các huyện được cấp 18,5 tỷ đồng chăm lo Tết cho hộ nghèo.", "2100000000 2023; 18500000000 2023"},
	},
	Counter: []string{
		// a clause of each one: a rate, not a total
		"Năm 2024, mỗi người hiến máu được hỗ trợ 50.000 đồng tiền đi lại.",
		"Trong 6 tháng, tổng số tiền chi trả trợ cấp thất nghiệp là hơn 1.020 tỷ đồng.",
		"Năm 2023, tổng kinh phí thực hiện các chính sách an sinh xã hội trên địa bàn là 1.200 tỷ đồng.",
		"Năm 2023, có 4.320 người lao động được hưởng trợ cấp thất nghiệp với tổng số tiền 112 tỷ đồng.",
		"Năm 2023, kinh phí xây dựng nghĩa trang liệt sĩ huyện là 12 tỷ đồng.",
		// a price per unit is no sum paid
		"Giá vàng thế giới lùi về vùng hỗ trợ 2.310 USD/ounce trong phiên sáng.",
		"Sau khi chi trả bồi thường giải phóng mặt bằng, huyện còn dư 14 tỷ đồng.",
		// a condolence to one family is no support package
		"Ủy ban xã đã thăm hỏi, hỗ trợ gia đình nạn nhân 3 triệu đồng.",
		// money for each gift is no total
		"Quà của huyện tặng 2.400 hộ nghèo, mỗi suất 600.000 đồng.",
		// an article with no word of the domain: "hỗ trợ" is no package
		"Tập đoàn cam kết hỗ trợ dự án điện gió ngoài khơi khoản tài trợ 2.400 tỷ đồng.",
		// the size that names a national package, not money paid here
		"Năm 2021, tỉnh triển khai gói hỗ trợ 26 nghìn tỷ đồng của Chính phủ.",
		// what is left after paying out
		"Năm 2022, huyện đã chi hỗ trợ cho các hộ dân bị thiệt hại, còn dư 3,4 tỷ đồng.",
		"Năm 2023, chi trả trợ cấp xã hội hàng tháng cho 21.470 đối tượng bảo trợ xã hội với kinh phí 112,4 tỷ đồng.",
		"Đến nay, dư nợ cho vay hỗ trợ tạo việc làm của huyện là 145 tỷ đồng với 4.870 khách hàng đang còn dư nợ.",
		// the size that names a national package, not money paid here
		"Năm 2021, tỉnh triển khai gói hỗ trợ 26 nghìn tỷ đồng của Chính phủ.",
		"Năm 2023, ngân sách tỉnh chi cho giáo dục với số tiền 1.250 tỷ đồng.",
		"Năm 2023, tỉnh phân bổ 14 tỷ đồng hỗ trợ sửa chữa, nâng cấp mộ, nghĩa trang liệt sĩ.",
		"Năm 2023, Quỹ bảo hiểm y tế của tỉnh chi trả chi phí khám, chữa bệnh 2.100 tỷ đồng cho 3,4 triệu lượt người.",
		"Sau vụ tai nạn giao thông, xã trao 5 triệu đồng hỗ trợ gia đình nạn nhân.",
		"Năm 2023, ngân sách tỉnh dành 1.250 tỷ đồng để chi trả nợ gốc các khoản vay.",
		"Giá vàng thế giới lùi về ngưỡng hỗ trợ 1.850 USD.",
		"Năm 2023, tỉnh ký gói thầu trị giá 320 tỷ đồng với nhà thầu.",
		"Năm 2023, các ngân hàng dành gói tín dụng 40.000 tỷ đồng hỗ trợ doanh nghiệp lâm nghiệp.",
		"Chủ tịch xã đến chia buồn và hỗ trợ gia đình 3 triệu đồng.",
	},
}}

// admin holds the admin.* declarations: administrative procedures.
var admin = []Indicator{{
	ID:   "admin.procedures_processed",
	Unit: normalize.Procedure,
	Cues: []string{"thủ tục", "hồ sơ", "tthc", "thủ tục hành chính", "giải quyết"},
	// handled, not published, simplified or abolished ("bãi bỏ 12 thủ tục")
	// ("tiếp nhận 9.872 hồ sơ" counts applications received, not handled)
	Needs: []string{"giải quyết", "xử lý", "trả kết quả"},
	// a court's cases and complaints are no administrative procedures
	Unless: []string{"vụ án", "xét xử", "thụ lý", "án hình sự", "án dân sự", "giải quyết án", "khiếu nại", "tố cáo"},
	Examples: []Example{
		{"Năm 2023, Sở đã tiếp nhận và giải quyết 12.450 hồ sơ thủ tục hành chính.", "12450 2023"},
		{"Trong 9 tháng đầu năm 2022, đã giải quyết hơn 8.200 thủ tục hành chính.", "8200 2022-01/2022-09 over"},
	},
	Counter: []string{
		"Năm 2023, Sở đã rà soát, đề xuất bãi bỏ 12 thủ tục hành chính.",
		"Năm 2023, tòa án tỉnh đặt mục tiêu giải quyết án hình sự đạt 100%.",
		"Năm 2023, tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 65%.",
	},
}, {
	ID:   "admin.on_time_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"trước hạn và đúng hạn", "đúng hạn", "đúng và trước hạn", "trước và đúng hạn", "đúng hẹn", "trước hẹn"},
	// procedures, not allowances paid on time
	Needs: []string{"hồ sơ", "thủ tục", "tthc", "dịch vụ công"},
	Examples: []Example{
		{"Năm 2023, tỷ lệ hồ sơ được giải quyết trước hạn và đúng hạn đạt 99,7%.", "99.7 2023"},
		{"Trong 6 tháng đầu năm 2023, 99,5% hồ sơ được giải quyết đúng hạn.", "99.5 2023-H1"},
	},
	Counter: []string{
		"Năm 2023, 100% đối tượng được chi trả trợ cấp đúng hạn.",
		"Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 65%.",
	},
}}

// accidentWords speak of deaths and injuries: money and help for victims'
// families is a condolence, not a support package.
var accidentWords = []string{"nạn nhân", "tử vong", "bị thương", "người chết", "thiệt mạng", "mai táng",
	"bồi thường", "đền bù"} // compensation (for land, for damage) is owed, not support

// supportDomain are the words of an article about support to people of
// the domain (workers, the poor, people with meritorious service, the
// protected, Tết programmes): a general news story on a court case, a
// bank or an accident abroad has none, and its "hỗ trợ" is no package.
var supportDomain = []string{"người lao động", "lao động", "người có công", "hộ nghèo", "cận nghèo", "bảo trợ xã hội",
	"đối tượng chính sách", "gia đình chính sách", "an sinh xã hội", "lđ - tb & xh", "lđtb & xh", "lđ-tb & xh", "thương binh",
	"covid", "đại dịch", "tết", "công nhân", "người khuyết tật", "người cao tuổi", "trẻ em", "thất nghiệp", "việc làm",
	"trợ cấp", "hộ kinh doanh", "người nghèo", "chủ tàu", "ngư dân", "thiên tai", "lũ lụt", "bão",
	"dịch bệnh", "hoàn cảnh khó khăn", "hướng dẫn viên"}
