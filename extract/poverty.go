package extract

import "github.com/solieu/solieu/normalize"

// poverty holds the poverty.* declarations: rates and counts of poor and
// near-poor households, levels and falls.
var poverty = []Indicator{{
	ID:   "poverty.rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"tỷ lệ hộ nghèo", "hộ nghèo", "tỉ lệ hộ nghèo", "tỷ lệ nghèo", "tỷ lệ hộ nghèo đa chiều"},
}, {
	ID:     "poverty.rate_reduction",
	Unit:   normalize.PercentagePoint,
	Change: true,
	Cues:   []string{"tỷ lệ hộ nghèo", "hộ nghèo", "tỉ lệ hộ nghèo", "tỷ lệ nghèo", "giảm nghèo"},
}, {
	ID:   "poverty.near_poor_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"tỷ lệ hộ cận nghèo", "hộ cận nghèo", "tỉ lệ hộ cận nghèo", "cận nghèo"},
}, {
	ID:     "poverty.near_poor_rate_reduction",
	Unit:   normalize.PercentagePoint,
	Change: true,
	Cues:   []string{"tỷ lệ hộ cận nghèo", "hộ cận nghèo", "tỉ lệ hộ cận nghèo", "cận nghèo"},
}, {
	ID:     "poverty.households_reduced",
	Unit:   normalize.Household,
	Change: true,
	Cues:   []string{"hộ nghèo", "thoát nghèo", "hộ thoát nghèo", "giảm hộ nghèo"},
}, {
	ID:   "poverty.poor_households",
	Unit: normalize.Household,
	Cues: []string{"hộ nghèo", "số hộ nghèo", "tổng số hộ nghèo"},
}, {
	ID:   "poverty.near_poor_households",
	Unit: normalize.Household,
	Cues: []string{"hộ cận nghèo", "số hộ cận nghèo"},
}, {
	ID:     "poverty.near_poor_households_reduced",
	Unit:   normalize.Household,
	Change: true,
	Cues:   []string{"hộ cận nghèo", "thoát cận nghèo", "giảm hộ cận nghèo"},
}}
