package main

import (
	"io"
	"os"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionOf(t *testing.T) {
	set := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	for _, c := range []struct {
		bi   *debug.BuildInfo
		want string
	}{
		{nil, "solieu devel"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "solieu devel"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v0.3.1"}}, "solieu v0.3.1"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: set("vcs.revision", "abc1234def5678", "vcs.time", "2026-12-03T10:00:00Z")},
			"solieu devel (rev abc1234, 2026-12-03)"},
		{&debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261203100000-abc1234def56"}, Settings: set("vcs.revision", "abc1234def5678", "vcs.modified", "true")},
			"solieu v0.0.0-20261203100000-abc1234def56 (rev abc1234+modified)"},
	} {
		if got := versionOf(c.bi); got != c.want {
			t.Errorf("versionOf(%+v) = %q, want %q", c.bi, got, c.want)
		}
	}
}

func TestFlagsFirst(t *testing.T) {
	fs := cmdExtract.flags
	for _, c := range []struct{ in, want []string }{
		{[]string{"dir", "-format", "csv"}, []string{"-format", "csv", "--", "dir"}},
		{[]string{"-all", "a", "-o", "-", "b"}, []string{"-all", "-o", "-", "--", "a", "b"}},
		{[]string{"a", "--", "-format", "b"}, []string{"--", "a", "-format", "b"}},
		{[]string{"-", "-explain=true"}, []string{"-explain=true", "--", "-"}},
		{[]string{"-nope", "x"}, []string{"-nope", "--", "x"}},
		{[]string{"-format"}, []string{"-format"}},
	} {
		got := flagsFirst(fs, c.in)
		if len(got) != len(c.want) {
			t.Errorf("flagsFirst(%q) = %q, want %q", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("flagsFirst(%q) = %q, want %q", c.in, got, c.want)
				break
			}
		}
	}
}

func TestIsTerminalInput(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for _, c := range []struct {
		in   io.Reader
		want bool
	}{
		{r, false},
		{strings.NewReader("x"), false},
		{terminal{strings.NewReader("")}, true},
		{nil, true},
	} {
		if got := isTerminalInput(c.in); got != c.want {
			t.Errorf("isTerminalInput(%T) = %v, want %v", c.in, got, c.want)
		}
	}
}
