package extract

import "github.com/solieu/solieu/normalize"

// social holds social protection declarations: social assistance, drug
// rehabilitation, children, social insurance.
var social = []Indicator{{
	ID:     "social_assistance.beneficiaries",
	Unit:   normalize.Person,
	Cues:   []string{"đối tượng bảo trợ xã hội", "bảo trợ xã hội", "trợ cấp xã hội", "trợ giúp xã hội", "đối tượng bảo trợ"},
	Unless: pandemicSupport,
}, {
	ID:   "drug_rehab.admissions",
	Unit: normalize.Person,
	Cues: []string{"cai nghiện", "đối tượng cai nghiện", "đi cai nghiện", "cai nghiện ma túy", "cai nghiện bắt buộc"},
}, {
	ID:   "children.special_circumstances_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"trẻ em có hoàn cảnh đặc biệt", "hoàn cảnh đặc biệt"},
}, {
	ID:   "social_insurance.coverage_rate",
	Unit: normalize.PercentUnit,
	Cues: []string{"tham gia bảo hiểm xã hội", "tham gia bhxh", "bao phủ bảo hiểm xã hội", "bao phủ bhxh", "lao động tham gia bảo hiểm xã hội"},
}, {
	ID:   "social_insurance.participants",
	Unit: normalize.Person,
	Cues: []string{"tham gia bảo hiểm xã hội", "tham gia bhxh", "người tham gia bảo hiểm xã hội", "người tham gia bhxh", "tham gia bảo hiểm xã hội tự nguyện"},
}}
