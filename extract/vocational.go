package extract

import "github.com/solieu/solieu/normalize"

// vocational holds the vocational.* declarations: enrolment, training,
// graduates and their jobs.
var vocational = []Indicator{{
	ID:   "vocational.enrollment",
	Unit: normalize.Person,
	Cues: []string{"tuyển mới", "tuyển sinh", "tuyển mới giáo dục nghề nghiệp", "tuyển sinh giáo dục nghề nghiệp",
		"tuyển mới dạy nghề", "tuyển sinh, đào tạo", "tuyển sinh và đào tạo", "đào tạo trình độ", "tuyển sinh mới", "tuyển sinh học nghề"},
}, {
	ID:     "vocational.trained",
	Unit:   normalize.Person,
	Cues:   []string{"đào tạo nghề", "tổ chức đào tạo nghề", "dạy nghề", "đào tạo", "học nghề", "đào tạo nghề cho"},
	Unless: []string{"nông thôn"}, // rural workers: vocational.rural_trainees
}, {
	ID:   "vocational.graduates",
	Unit: normalize.Person,
	Cues: []string{"tốt nghiệp", "công nhận tốt nghiệp"},
}, {
	ID:    "vocational.rural_trainees",
	Unit:  normalize.Person,
	Cues:  []string{"đào tạo nghề", "dạy nghề", "đào tạo", "học nghề", "lao động nông thôn"},
	Needs: []string{"nông thôn"},
}, {
	ID:    "vocational.graduate_employment_rate",
	Unit:  normalize.PercentUnit,
	Cues:  []string{"có việc làm", "có việc làm sau", "có việc làm ngay", "được tuyển dụng"},
	Needs: []string{"tốt nghiệp", "ra trường"},
}}

// labour holds the labour.* declarations: the shares of the workforce.
var labour = []Indicator{{
	ID:   "labour.trained_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"tỷ lệ lao động qua đào tạo", "lao động qua đào tạo", "qua đào tạo", "tỉ lệ lao động qua đào tạo", "lao động đã qua đào tạo"},
}, {
	ID:   "labour.agriculture_share",
	Unit: normalize.PercentUnit,
	Cues: []string{"lao động nông nghiệp", "lao động trong lĩnh vực nông nghiệp", "lao động làm nông nghiệp",
		"lao động nông, lâm nghiệp và thủy sản", "lao động nông, lâm, thủy sản", "lĩnh vực nông nghiệp", "nông nghiệp"},
}}
