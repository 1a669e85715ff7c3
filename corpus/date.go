package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// isoDate matches "2019-02-28", "2019/02/28", "2019-02-28T10:03",
// "2019-02-28 10:03:00.000+07:00" and the like; the zone is group 7.
var isoDate = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?)?$`)

// zoneOffset matches the offset of a zone as isoDate captures it.
var zoneOffset = regexp.MustCompile(`^(?:UTC|GMT)?(?:([+-])(\d{1,2}):?(\d{2})?)?$`)

// vietnam is the zone the articles are written in: Indochina Time, UTC+7,
// with no daylight saving time.
var vietnam = time.FixedZone("ICT", 7*3600)

// dmyDate matches the day-first dates of Vietnamese pages: "28/02/2019",
// "28-02-2019 10:03", "28/02/2019 10:03:00".
var dmyDate = regexp.MustCompile(`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$`)

// normalizeDate returns a publication date from metadata as "YYYY-MM-DD"
// or "YYYY-MM-DDThh:mm[:ss]", in Vietnam's time (UTC+7) when the metadata
// gives a zone ("2019-02-27T20:00:00Z" is "2019-02-28T03:00:00", the date
// printed on the page), as written otherwise; it returns "" for anything it
// does not recognize or for an impossible date.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return inVietnam(formatDate(m[1], m[2], m[3], m[4], m[5], m[6]), m[7])
	}
	if m := dmyDate.FindStringSubmatch(s); m != nil {
		return formatDate(m[3], m[2], m[1], m[4], m[5], m[6])
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC} {
		if t, err := time.Parse(layout, s); err == nil {
			// A zone name other than GMT or UTC gives no offset (Parse
			// takes it as zero): keep such a time as written.
			if name, off := t.Zone(); off != 0 || name == "GMT" || name == "UTC" {
				t = t.In(vietnam)
			}
			return t.Format("2006-01-02T15:04:05")
		}
	}
	return ""
}

// inVietnam converts a date formatted by formatDate from the given zone to
// Vietnam's time. A date without a time, or without a zone, is kept.
func inVietnam(date, zone string) string {
	if zone == "" || len(date) <= len("2006-01-02") {
		return date
	}
	off := 0
	if zone != "Z" {
		m := zoneOffset.FindStringSubmatch(zone)
		if m == nil {
			return date
		}
		h, _ := strconv.Atoi(m[2])
		mm, _ := strconv.Atoi(m[3])
		off = (h*60 + mm) * 60
		if m[1] == "-" {
			off = -off
		}
	}
	layout := "2006-01-02T15:04:05"[:len(date)]
	t, err := time.ParseInLocation(layout, date, time.FixedZone("", off))
	if err != nil {
		return date
	}
	return t.In(vietnam).Format(layout)
}

// formatDate validates and formats date parts; hh, mm and ss may be empty.
func formatDate(y, mo, d, hh, mm, ss string) string {
	year, _ := strconv.Atoi(y)
	month, _ := strconv.Atoi(mo)
	day, _ := strconv.Atoi(d)
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if year < 1000 || t.Month() != time.Month(month) || t.Day() != day {
		return ""
	}
	out := t.Format("2006-01-02")
	if hh == "" {
		return out
	}
	h, _ := strconv.Atoi(hh)
	m, _ := strconv.Atoi(mm)
	if h > 23 || m > 59 {
		return out
	}
	out += fmt.Sprintf("T%02d:%02d", h, m)
	if ss != "" {
		if sec, _ := strconv.Atoi(ss); sec <= 59 {
			out += fmt.Sprintf(":%02d", sec)
		}
	}
	return out
}
