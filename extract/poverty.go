package extract

import (
	"slices"

	"github.com/solieu/solieu/normalize"
)

// aidedHouseholds mark households counted as receivers of aid or loans,
// not the poor or near-poor households of the period ("hỗ trợ 120 hộ cận
// nghèo mua thẻ bảo hiểm y tế", "215 hộ nghèo được vay vốn").
var aidedHouseholds = []string{"hỗ trợ", "vay vốn", "cho vay", "nhà ở", "trợ giúp", "tặng quà", "trao quà", "quà tết"}

// takingPart mark households counted as those taking part in a project or
// a scheme, not all the poor of the period ("dự án có 80 hộ nghèo tham
// gia"); households that left poverty through one are still a fall.
var takingPart = []string{"tham gia", "thụ hưởng"}

// poorGroups named right after a percent ("so với tổng số hộ nghèo")
// make it a share of the poor (or near-poor) households, not the share of
// all households that is a poverty rate: "số hộ nghèo là người dân tộc thiểu
// số bằng 75% so với tổng số hộ nghèo", "45% số hộ nghèo là hộ
// đồng bào dân tộc thiểu số". After "chiếm" the group may stand bare:
// "chiếm 80% hộ nghèo toàn tỉnh" (poorAfterShare).
var (
	poorGroups = folded("tổng số hộ nghèo", "số hộ nghèo", "tổng số hộ cận nghèo", "số hộ cận nghèo",
		"tổng số hộ nghèo và hộ cận nghèo", "tổng số hộ nghèo, cận nghèo")
	poorAfterShare = folded("hộ nghèo", "hộ cận nghèo")
	// sharePredicates after "X% hộ nghèo" make the group the subject of a
	// clause of its own: a share of the poor that does something ("85% hộ
	// nghèo có việc làm ổn định"), not the rate ("còn 2,7% hộ nghèo")
	sharePredicates = []string{"có", "được", "là", "đã", "đều", "thuộc", "tham", "sử", "tiếp"}
	// shareLinks may stand between the percent and the group: "so với",
	// "của", "trong", "trên"
	shareLinks = folded("so với", "của", "trong", "trên", "so")
)

// jointGroups count the poor and near-poor households together: a
// figure of a cue inside one ("3.450 hộ nghèo và cận nghèo"), or of a
// rate with one after it ("tỷ lệ nghèo 6,1% tính cả hộ nghèo và hộ cận
// nghèo"), is neither group's alone (jointGroup).
var jointGroups = folded("hộ nghèo và hộ cận nghèo", "hộ nghèo và cận nghèo", "hộ nghèo, hộ cận nghèo",
	"hộ nghèo, cận nghèo", "nghèo và cận nghèo", "nghèo, cận nghèo")

// givenShare mark the share of poor households given something, not a
// rate of poverty ("cấp thẻ bảo hiểm y tế cho 100% hộ nghèo, hộ cận
// nghèo", "xóa nhà tạm cho 100% hộ nghèo").
var givenShare = []string{"bảo hiểm y tế", "thẻ bhyt", "được cấp", "được hỗ trợ", "cấp thẻ", "nhà tạm", "nhà dột nát",
	// a share of the poor (or near-poor) households themselves: "chiếm 85%
	// tổng số hộ nghèo"
	"tổng số hộ nghèo", "tổng số hộ cận nghèo"}

// poorAndNearPoor count the poor and the near-poor households together:
// neither count ("9.600 hộ nghèo và cận nghèo").
var poorAndNearPoor = []string{"hộ nghèo và cận nghèo", "hộ nghèo và hộ cận nghèo", "hộ nghèo, cận nghèo", "hộ nghèo, hộ cận nghèo"}

// poverty holds the poverty.* declarations: rates and counts of poor and
// near-poor households, levels and falls.
var poverty = []Indicator{{
	ID:   "poverty.rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"tỷ lệ hộ nghèo", "hộ nghèo", "tỉ lệ hộ nghèo", "tỷ lệ nghèo", "tỷ lệ hộ nghèo đa chiều"},
	// the share of poor households given something is not the poverty rate
	Unless: givenShare,
	Examples: []Example{
		// "sẽ" and a level for the year under way: an estimate; an estimate goes on past a ";" that has no period or result of its own
		{"Báo cáo ngày 12/11/2025: đến hết năm 2025, tỷ lệ hộ nghèo của tỉnh sẽ còn khoảng 2,1%.", "2.1 estimate 2025 approx"},
		{"Tỷ lệ hộ nghèo từ 6,2% năm 2020 dự kiến giảm còn 1,9% năm 2025; tỷ lệ hộ cận nghèo giảm từ 5,1% xuống còn 3,4%.", "6.2 2020; 1.9 estimate 2025; 3.4 estimate 2025 id=poverty.near_poor_rate; 5.1 2020 id=poverty.near_poor_rate"},
		// each level has its own year
		{"Năm 2023, tỷ lệ hộ nghèo giảm từ 3,5% năm 2022 xuống còn 2,8%.", "3.5 2022; 2.8 2023"},
		{"Đến cuối năm 2022, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều còn 3,42%.", "3.42 2022"},
		{"Phấn đấu năm 2024 giảm tỷ lệ hộ nghèo xuống dưới 1,5%.", "1.5 target 2024 under"},
		{"Năm 2022, tỷ lệ hộ nghèo đa chiều giảm từ 4,86% xuống còn 3,72%.", "4.86 2021; 3.72 2022"},
		{"Năm 2023, tỷ lệ hộ nghèo giảm còn 2,15% (giảm 0,85% so với năm 2022).", "2.15 2023; 0.85 2023 id=poverty.rate_reduction"},
		// "tỷ lệ này" names the rate just given; a fall right after a level is its fall
		{"Cuối năm 2022, tỷ lệ hộ nghèo của huyện là 18,4%. Đến cuối năm 2023, tỷ lệ này còn 15,2%, giảm 3,2%; năm 2024 còn 12,6%, giảm 2,6%.",
			"18.4 2022; 15.2 2023; 3.2 2023 id=poverty.rate_reduction; 12.6 2024; 2.6 2024 id=poverty.rate_reduction"},
		// after a level and its fall, a bare count restates the level
		{"Năm 2024, tỷ lệ hộ nghèo còn 6,3%, giảm 1,1% so với năm trước, tương ứng 4.120 hộ nghèo.",
			"6.3 2024; 1.1 2024 id=poverty.rate_reduction; 4120 2024 id=poverty.poor_households"},
		// the next item of a list led by its year: the same rate
		{"Năm 2023, tỷ lệ hộ nghèo còn 2,4%; năm 2022 là 3,1%.", "2.4 2023; 3.1 2022"},
		// the level a change starts from, dated past its own period
		{"Năm 2021, tỷ lệ hộ nghèo giảm từ 9,4% cuối năm 2020 xuống còn 7,9% cuối năm 2021.", "9.4 2020; 7.9 2021"},
		{"Đến cuối năm 2023, toàn huyện còn 3,6% hộ nghèo.", "3.6 2023"},
		{"Năm 2020, chương trình đã góp phần giảm tỷ lệ hộ nghèo từ 12% năm 2015 xuống 7,3%.", "12 2015; 7.3 2020"},
		// the level a change starts from is known, whatever the change is
		{"Năm 2025, tỷ lệ hộ nghèo ước giảm từ 6,3% năm 2024 xuống còn 4,9% năm 2025.", "6.3 2024; 4.9 estimate 2025"},
		// a share of the poor is no rate; a share of all households is
		{"Năm 2023, toàn tỉnh còn 1.200 hộ nghèo, chiếm 2,6% tổng số hộ; số hộ nghèo là người dân tộc thiểu số bằng 75% so với tổng số hộ nghèo.", "2.6 2023; 1200 2023 id=poverty.poor_households"},
		// a part of the territory, but a share of the poor households: no rate
		{"Năm 2023, tỷ lệ hộ nghèo là 3,1%, trong đó hộ nghèo vùng cao chiếm 31,5% so với tổng số hộ nghèo.", "3.1 2023"},
	},
	Counter: []string{
		"Năm 2022, 62% số hộ nghèo của huyện là hộ đồng bào dân tộc thiểu số.",
		"Năm 2023, hộ nghèo dân tộc Mông chiếm 58% hộ nghèo toàn huyện.",
		"Năm 2023, 85% hộ nghèo có việc làm ổn định.",
		// the poor and the near-poor together
		"Năm 2022, tỷ lệ hộ nghèo và hộ cận nghèo của huyện là 9,3%.",
		"Năm 2022, huyện có tỷ lệ nghèo 6,1% tính cả hộ nghèo và hộ cận nghèo.",
		"Năm 2023, 100% hộ nghèo được cấp thẻ bảo hiểm y tế.",
		"Năm 2023, tỷ lệ hộ nghèo giảm 1,12%, vượt chỉ tiêu đề ra.",
		"Năm 2023, tỷ lệ hộ cận nghèo còn 4,6%.",
		"Năm 2023, hộ nghèo ở các xã vùng cao chiếm 78% tổng số hộ nghèo của huyện.",
	},
}, {
	ID:     "poverty.rate_reduction",
	Unit:   normalize.PercentagePoint,
	Change: true,
	Cues:   []string{"tỷ lệ hộ nghèo", "hộ nghèo", "tỉ lệ hộ nghèo", "tỷ lệ nghèo", "giảm nghèo"},
	Examples: []Example{
		// the plan in brackets is a target
		{"Năm 2019, tỷ lệ hộ nghèo giảm 0,72% (kế hoạch giảm 0,6%).", "0.72 2019; 0.6 target 2019"},
		// an average per year is over the span the sentence names, not the year nearer it
		{"Sau 4 năm (2016 - 2019), tỷ lệ hộ nghèo cuối năm 2019 còn 3,4%, giảm bình quân 1,2%/năm.", "1.2 2016/2019; 3.4 2019 id=poverty.rate"},
		{"Năm 2023, tỷ lệ hộ nghèo giảm 1,12%, vượt chỉ tiêu đề ra.", "1.12 2023"},
		{"Mục tiêu năm 2024 tỷ lệ hộ nghèo giảm 1% trở lên.", "1 target 2024 at_least"},
		{"Giai đoạn 2016-2020, tỷ lệ hộ nghèo bình quân mỗi năm giảm 1,5%.", "1.5 2016/2020"},
		{"Năm 2023, tỷ lệ hộ nghèo giảm 0,85%, xuống còn 2,15%.", "0.85 2023; 2.15 2023 id=poverty.rate"},
		{"Tỷ lệ hộ nghèo giảm 0,5% so với năm 2022.", "0.5"},
		// the change word stands before the figure, "là" or "đạt" between
		{"Năm 2022, tỷ lệ hộ nghèo toàn tỉnh còn 3,1%, mức giảm trong năm là 1,05%.", "3.1 2022 id=poverty.rate; 1.05 2022"},
		{"Cuối năm 2024, tỷ lệ hộ nghèo của huyện giảm đạt 1,3%.", "1.3 2024"},
		// a change with no cue of its own: the yearly average of the change
		// before it, or the goal the change before it met
		// (a term of its own sentence ends at its latest year: the changes are over the term)
		{"Sau 3 năm thực hiện chương trình, tỷ lệ hộ nghèo toàn huyện từ 14,2% cuối năm 2021 đã giảm xuống còn 6,4% cuối năm 2024, tương ứng giảm 7,8 điểm phần trăm, bình quân mỗi năm giảm 2,6%.",
			"7.8 2022/2024; 2.6 2022/2024; 14.2 2021 id=poverty.rate; 6.4 2024 id=poverty.rate"},
		{"Năm 2023, tỷ lệ hộ nghèo giảm 1,4%, vượt mục tiêu giảm 1%/năm mà Nghị quyết đề ra.", "1.4 2023; 1 target 2023"},
		{"Giai đoạn 2016 - 2020, tỷ lệ hộ nghèo bình quân mỗi năm giảm 2,9%, vượt mục tiêu Nghị quyết đề ra (bình quân giảm 2,5%/năm).", "2.9 2016/2020; 2.5 target 2016/2020"},
		// past a ";" the yearly average still follows the change it averages
		{"Đến cuối năm 2024, tỷ lệ hộ nghèo của huyện là 4,2%, so với đầu giai đoạn đã giảm 3,1%; bình quân mỗi năm giảm 1,03%, cao hơn mục tiêu đề ra (bình quân giảm 1%/năm).",
			"3.1 2024; 1.03 2024; 1 target 2024; 4.2 2024 id=poverty.rate"},
		{"Năm 2023, tỉnh ước giảm được tỷ lệ hộ nghèo là 0,62%, bằng 103% kế hoạch.", "0.62 estimate 2023; 103 percent_of_plan estimate 2023"},
		// a rate after a count of households restates its change
		{"Trong năm 2023, số hộ nghèo giảm 2.140 hộ, tương đương 0,93%.", "2140 2023 id=poverty.households_reduced; 0.93 2023"},
		// the plan attained is the fall's
		{"Năm 2021, tỷ lệ hộ nghèo giảm 1,2%, đạt 120% kế hoạch.", "1.2 2021; 120 percent_of_plan 2021"},
		{"Đến cuối năm 2013, tỷ lệ hộ nghèo của tỉnh giảm 4,1% so với năm 2012, bằng 41,5% so với mục tiêu đề ra cho cả giai đoạn.", "4.1 2013; 41.5 percent_of_plan 2013"},
	},
	Counter: []string{
		"Đến cuối năm 2022, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều còn 3,42%.",
	},
}, {
	ID:     "poverty.near_poor_rate",
	Unit:   normalize.PercentUnit,
	Cues:   []string{"tỷ lệ hộ cận nghèo", "hộ cận nghèo", "tỉ lệ hộ cận nghèo", "cận nghèo"},
	Unless: givenShare,
	Examples: []Example{
		{"Năm 2023, tỷ lệ hộ cận nghèo còn 4,6%.", "4.6 2023"},
		{"Tỷ lệ hộ cận nghèo năm 2023 giảm còn 4,1% (giảm 0,62% so với cuối năm 2022).", "4.1 2023; 0.62 2023 id=poverty.near_poor_rate_reduction"},
		{"Năm 2023, tỷ lệ hộ nghèo còn 2,15%, tỷ lệ hộ cận nghèo còn 4,6%.", "4.6 2023; 2.15 2023 id=poverty.rate"},
		// a start with no date of its own is dated as the start before it
		{"Năm 2020, tỷ lệ hộ nghèo từ 6,8% năm 2015 giảm xuống còn 2,1%; tỷ lệ hộ cận nghèo giảm từ 5,4% xuống còn 3,3%.",
			"5.4 2015; 3.3 2020; 6.8 2015 id=poverty.rate; 2.1 2020 id=poverty.rate"},
	},
	Counter: []string{
		"Năm 2023, tỷ lệ hộ cận nghèo giảm 0,92%.",
		"Năm 2023, tỷ lệ hộ nghèo giảm còn 2,15%.",
		"Năm 2023, huyện đã cấp thẻ bảo hiểm y tế miễn phí cho 100% người thuộc hộ nghèo, hộ cận nghèo.",
		"Phấn đấu năm 2025 hoàn thành xóa nhà tạm cho 100% hộ nghèo, hộ cận nghèo có nhu cầu.",
		"Năm 2023, hộ cận nghèo ở vùng biên giới chiếm 61,5% tổng số hộ cận nghèo của tỉnh.",
	},
}, {
	ID:     "poverty.near_poor_rate_reduction",
	Unit:   normalize.PercentagePoint,
	Change: true,
	Cues:   []string{"tỷ lệ hộ cận nghèo", "hộ cận nghèo", "tỉ lệ hộ cận nghèo", "cận nghèo"},
	Examples: []Example{
		{"Năm 2023, tỷ lệ hộ cận nghèo giảm 0,92%.", "0.92 2023"},
		{"Tỷ lệ hộ cận nghèo năm 2023 giảm còn 4,1% (giảm 0,62% so với cuối năm 2022).", "0.62 2023; 4.1 2023 id=poverty.near_poor_rate"},
		{"Phấn đấu năm 2024 giảm tỷ lệ hộ cận nghèo 0,5%.", "0.5 target 2024"},
		// lower than at an earlier time: a fall
		{"Tỷ lệ hộ cận nghèo năm 2023 là 3,8%, thấp hơn 0,45 điểm % so với cuối năm 2022.", "0.45 2023; 3.8 2023 id=poverty.near_poor_rate"},
		{"Tỷ lệ hộ cận nghèo cuối năm 2024 là 4,6%, thấp hơn 1,2% so với đầu kỳ.", "1.2 2024; 4.6 2024 id=poverty.near_poor_rate"},
	},
	Counter: []string{
		"Năm 2023, tỷ lệ hộ cận nghèo còn 4,6%.",
	},
}, {
	ID:     "poverty.households_reduced",
	Unit:   normalize.Household,
	Change: true,
	Cues: []string{"hộ nghèo", "thoát nghèo", "hộ thoát nghèo", "giảm hộ nghèo",
		"ra khỏi danh sách hộ nghèo", "vượt chuẩn nghèo", "thoát khỏi nghèo", "vươn lên thoát nghèo",
		"vượt qua ngưỡng nghèo", "vượt ngưỡng nghèo",
		"thoát khỏi hộ nghèo", "thoát khỏi diện hộ nghèo", "ra khỏi diện hộ nghèo", "thoát khỏi danh sách hộ nghèo"},
	Unless: aidedHouseholds,
	Examples: []Example{
		{"Năm 2020, có 1.420 hộ ra khỏi danh sách hộ nghèo.", "1420 2020"},
		{"Năm 2023, toàn tỉnh giảm được 1.245 hộ nghèo.", "1245 2023"},
		{"Năm 2022, có 2.030 hộ thoát nghèo, đạt 110% kế hoạch.", "2030 2022; 110 percent_of_plan 2022"},
		{"Năm 2022, có 640 hộ thoát nghèo nhờ tham gia các mô hình sinh kế.", "640 2022"},
		// the fall of the count "con số này" names
		{"Năm 2023, toàn tỉnh còn 3.200 hộ nghèo. Con số này giảm 540 hộ so với năm trước.", "540 2023; 3200 2023 id=poverty.poor_households"},
		{"Năm 2023, số hộ nghèo giảm 1.032 hộ, tỷ lệ hộ nghèo giảm 0,5%.", "1032 2023; 0.5 2023 id=poverty.rate_reduction"},
		// the poor households that left poverty: a fall, not a count left
		{"Năm 2021, nhờ vốn vay ưu đãi, 2.480 hộ nghèo trong huyện đã vươn lên thoát nghèo, tạo việc làm cho 1.300 lao động.", "2480 2021; 1300 2021 id=employment.loan_jobs"},
		{"Năm 2021, gần 1.900 hộ của tỉnh đã vượt qua ngưỡng nghèo.", "1900 2021 nearly"},
		// a count after a fall of the rate restates it
		{"Năm 2025, tỉnh giao chỉ tiêu giảm 1,2% tỷ lệ hộ nghèo, tương ứng khoảng 4.500 hộ.", "4500 target 2025 approx; 1.2 target 2025 id=poverty.rate_reduction"},
		{"Giai đoạn 2016-2020, gần 12 nghìn hộ của huyện đã vượt qua ngưỡng nghèo.", "12000 2016/2020 nearly"},
		// the poor households that left poverty: their leaving, not their level
		{"Năm 2023, có 1.850 hộ nghèo thoát nghèo.", "1850 2023"},
		{"Năm 2023, có 1.630 hộ thoát khỏi diện hộ nghèo.", "1630 2023"},
		// an event after the count, then another: no list of groups
		{"Năm 2016, 4.100 hộ nghèo trên địa bàn vươn lên thoát nghèo, giải quyết việc làm cho 900 lao động.", "4100 2016; 900 2016 id=employment.jobs_created"},
	},
	Counter: []string{
		"Năm 2023, số hộ nghèo tăng 120 hộ so với năm 2022.",
		"Năm 2023, toàn tỉnh còn 6.874 hộ nghèo.",
		"Năm 2023, tỉnh đã hỗ trợ vốn sản xuất cho 640 hộ thoát nghèo.",
		"Năm 2023, còn 1.350 hộ có thu nhập dưới ngưỡng nghèo.",
	},
}, {
	ID:   "poverty.poor_households",
	Unit: normalize.Household,
	Cues: []string{"hộ nghèo", "số hộ nghèo", "tổng số hộ nghèo"},
	// poor households that left poverty are a fall (households_reduced);
	// those taking part in a project, or the poor and near-poor counted
	// together, are not the poor households either
	// (nor the households newly poor or poor again: "hộ nghèo phát sinh
	// mới là 415 hộ", "tái nghèo")
	Unless: slices.Concat([]string{"thoát nghèo", "thoát cận nghèo", "thoát khỏi", "ra khỏi", "phát sinh mới", "tái nghèo"}, aidedHouseholds, takingPart, poorAndNearPoor),
	Examples: []Example{
		// a part of the same indicator is not a fact of its own
		{"Năm 2021, toàn tỉnh còn 5.120 hộ nghèo, trong đó có 1.830 hộ nghèo là đồng bào dân tộc thiểu số.", "5120 2021"},
		{"Năm 2023, toàn tỉnh còn 6.874 hộ nghèo, chiếm 2,15%.", "6874 2023; 2.15 2023 id=poverty.rate"},
		{"Theo kết quả rà soát cuối năm 2022, tổng số hộ nghèo là 9.120 hộ.", "9120 2022"},
		{"Năm 2023, toàn tỉnh có 12.450 hộ nghèo và 8.760 hộ cận nghèo.", "12450 2023; 8760 2023 id=poverty.near_poor_households"},
		// the count before a change is last year's, as a rate's is
		{"Năm 2023, số hộ nghèo giảm từ 8.214 hộ xuống còn 5.103 hộ.", "8214 2022; 5103 2023"},
		// before a term, the year before it
		{"Giai đoạn 2016 - 2020, số hộ nghèo từ 12.480 hộ giảm xuống còn 5.210 hộ.", "12480 2015; 5210 2016/2020"},
	},
	Counter: []string{
		"Trong năm 2023, số hộ nghèo phát sinh mới là 312 hộ.",
		"Năm 2023, có 350 hộ nghèo được hỗ trợ xây nhà ở.",
		"Quý I/2023, có 215 hộ nghèo được vay vốn.",
		"Dịp Tết, huyện trích ngân sách trợ giúp 2.140 hộ nghèo đón Tết.",
		// households given Tết gifts are no count of the poor (dev convention: no indicator)
		"Dịp Tết, tỉnh tặng quà cho 18.300 người có công và 7.420 hộ nghèo, mỗi suất 400.000 đồng.",
		"Năm 2023, có 180 hộ nghèo tham gia các tổ hợp tác sản xuất của huyện.",
		"Năm 2023, toàn tỉnh giảm được 1.245 hộ nghèo.",
		// a ratio's terms are no counts
		"Tính bình quân, cứ 100 hộ dân trong huyện thì có 9 hộ nghèo.",
		"Năm 2023, toàn tỉnh còn 3.450 hộ nghèo và cận nghèo.",
		"Năm 2022, xã còn 96 hộ nghèo, cận nghèo.",
		"Năm 2023, có 340 hộ nghèo tham gia các mô hình sinh kế của huyện.",
		"Hiện nay, toàn tỉnh có hơn 9.600 hộ nghèo và cận nghèo.",
	},
}, {
	ID:     "poverty.near_poor_households",
	Unit:   normalize.Household,
	Cues:   []string{"hộ cận nghèo", "số hộ cận nghèo"},
	Unless: slices.Concat([]string{"thoát cận nghèo"}, aidedHouseholds, takingPart, poorAndNearPoor),
	Examples: []Example{
		{"Năm 2023, còn 11.320 hộ cận nghèo.", "11320 2023"},
		{"Năm 2023, toàn tỉnh có 12.450 hộ nghèo và 8.760 hộ cận nghèo.", "8760 2023; 12450 2023 id=poverty.poor_households"},
	},
	Counter: []string{
		"Năm 2023, hỗ trợ 120 hộ cận nghèo mua thẻ bảo hiểm y tế.",
		"Năm 2023, giảm 860 hộ cận nghèo.",
		"Năm 2022, toàn huyện có 2.310 hộ nghèo, hộ cận nghèo.",
		"Năm 2023, tổng số hộ nghèo và hộ cận nghèo toàn tỉnh là 21.400 hộ.",
	},
}, {
	ID:     "poverty.near_poor_households_reduced",
	Unit:   normalize.Household,
	Change: true,
	Cues:   []string{"hộ cận nghèo", "thoát cận nghèo", "giảm hộ cận nghèo"},
	Unless: aidedHouseholds,
	Examples: []Example{
		{"Năm 2023, giảm 860 hộ cận nghèo.", "860 2023"},
		// a change word shared by a pair
		{"Năm 2023, toàn huyện giảm 450 hộ nghèo và 380 hộ cận nghèo.", "380 2023; 450 2023 id=poverty.households_reduced"},
		{"Năm 2022, số hộ cận nghèo giảm 1.150 hộ so với đầu năm.", "1150 2022"},
		{"Năm 2023, có 1.420 hộ thoát cận nghèo.", "1420 2023"},
	},
	Counter: []string{
		"Năm 2023, còn 11.320 hộ cận nghèo.",
	},
}}
