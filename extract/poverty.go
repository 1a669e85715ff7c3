package extract

import (
	"slices"

	"github.com/solieu/solieu/normalize"
)

// aidedHouseholds mark households counted as receivers of aid or loans,
// not the poor or near-poor households of the period ("hỗ trợ 120 hộ cận
// nghèo mua thẻ bảo hiểm y tế", "215 hộ nghèo được vay vốn").
var aidedHouseholds = []string{"hỗ trợ", "vay vốn", "cho vay", "nhà ở"}

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
		// each level has its own year
		{"Năm 2023, tỷ lệ hộ nghèo giảm từ 3,5% năm 2022 xuống còn 2,8%.", "3.5 2022; 2.8 2023"},
		{"Đến cuối năm 2022, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều còn 3,42%.", "3.42 2022"},
		{"Phấn đấu năm 2024 giảm tỷ lệ hộ nghèo xuống dưới 1,5%.", "1.5 target 2024 under"},
		{"Năm 2022, tỷ lệ hộ nghèo đa chiều giảm từ 4,86% xuống còn 3,72%.", "4.86 2021; 3.72 2022"},
		{"Năm 2023, tỷ lệ hộ nghèo giảm còn 2,15% (giảm 0,85% so với năm 2022).", "2.15 2023; 0.85 2023 id=poverty.rate_reduction"},
		// a part of the territory, but a share of the poor households: no rate
		{"Năm 2023, tỷ lệ hộ nghèo là 3,1%, trong đó hộ nghèo vùng cao chiếm 31,5% so với tổng số hộ nghèo.", "3.1 2023"},
	},
	Counter: []string{
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
		{"Năm 2023, số hộ nghèo giảm 1.032 hộ, tỷ lệ hộ nghèo giảm 0,5%.", "1032 2023; 0.5 2023 id=poverty.rate_reduction"},
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
	// households taking part in a project, or the poor and near-poor
	// counted together, or those that left, are not the poor households
	Unless: append([]string{"tham gia", "thoát nghèo", "thoát khỏi", "ra khỏi"}, slices.Concat(aidedHouseholds, poorAndNearPoor)...),
	Examples: []Example{
		// a part of the same indicator is not a fact of its own
		{"Năm 2021, toàn tỉnh còn 5.120 hộ nghèo, trong đó có 1.830 hộ nghèo là đồng bào dân tộc thiểu số.", "5120 2021"},
		{"Năm 2023, toàn tỉnh còn 6.874 hộ nghèo, chiếm 2,15%.", "6874 2023; 2.15 2023 id=poverty.rate"},
		{"Theo kết quả rà soát cuối năm 2022, tổng số hộ nghèo là 9.120 hộ.", "9120 2022"},
		{"Năm 2023, toàn tỉnh có 12.450 hộ nghèo và 8.760 hộ cận nghèo.", "12450 2023; 8760 2023 id=poverty.near_poor_households"},
		// the count before a change is last year's, as a rate's is
		{"Năm 2023, số hộ nghèo giảm từ 8.214 hộ xuống còn 5.103 hộ.", "8214 2022; 5103 2023"},
	},
	Counter: []string{
		"Năm 2023, có 350 hộ nghèo được hỗ trợ xây nhà ở.",
		"Quý I/2023, có 215 hộ nghèo được vay vốn.",
		"Năm 2023, toàn tỉnh giảm được 1.245 hộ nghèo.",
		"Năm 2023, có 340 hộ nghèo tham gia các mô hình sinh kế của huyện.",
		"Hiện nay, toàn tỉnh có hơn 9.600 hộ nghèo và cận nghèo.",
	},
}, {
	ID:     "poverty.near_poor_households",
	Unit:   normalize.Household,
	Cues:   []string{"hộ cận nghèo", "số hộ cận nghèo"},
	Unless: slices.Concat(aidedHouseholds, poorAndNearPoor),
	Examples: []Example{
		{"Năm 2023, còn 11.320 hộ cận nghèo.", "11320 2023"},
		{"Năm 2023, toàn tỉnh có 12.450 hộ nghèo và 8.760 hộ cận nghèo.", "8760 2023; 12450 2023 id=poverty.poor_households"},
	},
	Counter: []string{
		"Năm 2023, hỗ trợ 120 hộ cận nghèo mua thẻ bảo hiểm y tế.",
		"Năm 2023, giảm 860 hộ cận nghèo.",
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
		{"Năm 2022, số hộ cận nghèo giảm 1.150 hộ so với đầu năm.", "1150 2022"},
		{"Năm 2023, có 1.420 hộ thoát cận nghèo.", "1420 2023"},
	},
	Counter: []string{
		"Năm 2023, còn 11.320 hộ cận nghèo.",
	},
}}
