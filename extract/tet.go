package extract

import (
	"slices"
	"strconv"
	"time"

	"github.com/solieu/solieu/normalize"
)

// The sexagenary names of years: a heavenly stem (can) and an earthly
// branch (chi), by year mod 10 and year mod 12 ("Canh Tý" is 2020).
var (
	yearStems = map[string]int{"canh": 0, "tân": 1, "nhâm": 2, "quý": 3, "giáp": 4,
		"ất": 5, "bính": 6, "đinh": 7, "mậu": 8, "kỷ": 9, "kỉ": 9}
	yearBranches = map[string]int{"thân": 0, "dậu": 1, "tuất": 2, "hợi": 3, "tý": 4, "tí": 4,
		"sửu": 5, "dần": 6, "mão": 7, "mẹo": 7, "thìn": 8, "tỵ": 9, "tị": 9, "ngọ": 10, "mùi": 11}
)

// tetYear reads the year of a Tết named in toks: "Tết Quý Mão" (near
// ref, the publication date: 2023 for an article of 2022 or 2023),
// "Tết Nguyên đán Nhâm Dần 2022", "Tết Canh Tý". The lunar new year falls
// in January or February, so a Tết programme is one of that year. It
// returns "" when toks name no Tết with its year, or when only the name
// gives the year and ref is unknown.
func tetYear(toks []normalize.Token, ref time.Time) string {
	for i, t := range toks {
		if t.Norm != "tết" {
			continue
		}
		k := i + 1
		if k+1 < len(toks) && toks[k].Norm == "nguyên" && toks[k+1].Norm == "đán" {
			k += 2
		}
		if k+1 >= len(toks) {
			continue
		}
		stem, ok1 := yearStems[toks[k].Norm]
		branch, ok2 := yearBranches[toks[k+1].Norm]
		if !ok1 || !ok2 || !toks[k].Upper || stem%2 != branch%2 {
			continue
		}
		if k+2 < len(toks) && toks[k+2].Number {
			if y, err := strconv.Atoi(toks[k+2].Norm); err == nil && y%10 == stem && y%12 == branch {
				return toks[k+2].Norm // the name and the year agree
			}
		}
		if ref.IsZero() {
			continue
		}
		// the year of that name nearest the publication date
		for d := 0; d <= 30; d++ {
			for _, y := range []int{ref.Year() + d, ref.Year() - d} {
				if y%10 == stem && y%12 == branch {
					return strconv.Itoa(y)
				}
			}
		}
	}
	return ""
}

// tetSeason returns the year of the Tết an article dated ref speaks of
// when toks say "Tết" with no year: the coming Tết from October on, the
// one just past until June; "" otherwise, or when ref is unknown.
func tetSeason(toks []normalize.Token, ref time.Time) string {
	if ref.IsZero() {
		return ""
	}
	y := ref.Year()
	switch m := ref.Month(); {
	case m >= time.October:
		y++
	case m > time.June:
		return ""
	}
	for i, t := range toks {
		// the Lunar New Year, not another festival ("Tết Trung thu",
		// "Tết thiếu nhi", "Tết trồng cây", "Tết Dương lịch")
		if t.Norm == "tết" && !(i+1 < len(toks) && slices.Contains(otherTets, toks[i+1].Norm)) {
			return strconv.Itoa(y)
		}
	}
	return ""
}

// otherTets follow "Tết" in the names of festivals other than the Lunar
// New Year.
var otherTets = []string{"trung", "thiếu", "trồng", "đoan", "hàn", "dương", "độc"}
