// Command solieu reads Vietnamese news reports and turns the statistics in
// them into structured, checkable records.
//
// Usage:
//
//	solieu <command> [flags] [arguments]
//
// Run "solieu help" for the list of commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/solieu/solieu/docs"
)

// An env holds a command's streams, so tests can run commands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// A command is one verb of the CLI.
type command struct {
	name  string
	usage string // flags and arguments, after the name
	short string // one line for "solieu help"
	long  string // the text of "solieu help <name>"
	flags *flag.FlagSet
	run   func(e *env, args []string) error
	// trouble says that exit status 1 means "differences" or "warnings"
	// (diff, check): a failure (a missing file, bad input) exits 2.
	trouble bool
}

// commands is the flat verb table; "help" is handled by run.
var commands []*command

func init() {
	commands = []*command{cmdExtract, cmdNormalize, cmdIndicators, cmdEval, cmdDiff, cmdText, cmdCheck, cmdShow, cmdServe, cmdBench}
}

// Exit statuses: every input read, some input failed, a usage error;
// exitInterrupted (130) is a run stopped by SIGINT or SIGTERM. Error
// messages on standard error have their control characters escaped
// (escapeControl): a crafted file name cannot drive the terminal.
const (
	exitOK     = 0
	exitFailed = 1
	exitUsage  = 2
)

// errUsage marks an error as a usage error (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// A troubleError is trouble that is not a usage error (a missing file,
// bad input) in a command whose status 1 means "differences" or
// "warnings" (diff, check): exit status 2, as diff(1) and grep use it.
// Its message, when err is not nil, goes to standard error.
type troubleError struct{ err error }

func (e troubleError) Error() string {
	if e.err == nil {
		return "trouble"
	}
	return e.err.Error()
}

// errTrouble is trouble already reported on standard error.
var errTrouble = troubleError{}

// errPartial reports that the batch finished but some inputs failed (exit status 1).
var errPartial = errors.New("some inputs failed")

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		printUsage(stderr)
		return exitUsage
	}
	name := args[0]
	if name == "version" || name == "--version" || name == "-version" {
		fmt.Fprintln(stdout, version())
		return exitOK
	}
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			if args[1] == "records" {
				fmt.Fprint(stdout, docs.Records)
				return exitOK
			}
			if c := lookup(args[1]); c != nil {
				printHelp(stdout, c)
				return exitOK
			}
			fmt.Fprintf(stderr, "solieu help %s: unknown command\n", args[1])
			return exitUsage
		}
		printUsage(stdout)
		return exitOK
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(stderr, "solieu %s: unknown command\nRun 'solieu help' for usage.\n", name)
		return exitUsage
	}
	c.flags.SetOutput(io.Discard)
	if err := c.flags.Parse(flagsFirst(c.flags, args[1:])); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printHelp(stdout, c)
			return exitOK
		}
		fmt.Fprintf(stderr, "solieu %s: %v\nusage: solieu %s %s\n", c.name, err, c.name, c.usage)
		return exitUsage
	}
	err := c.run(e, c.flags.Args())
	resetFlags(c.flags)
	var ue usageError
	var te troubleError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "solieu %s: %s\nusage: solieu %s %s\n", c.name, escapeControl(err.Error()), c.name, c.usage)
		return exitUsage
	case errors.As(err, &te):
		if te.err != nil {
			fmt.Fprintf(stderr, "solieu %s: %s\n", c.name, escapeControl(te.err.Error()))
		}
		return exitUsage
	case errors.Is(err, errPartial):
		return exitFailed
	case errors.Is(err, errInterrupted):
		return exitInterrupted
	default:
		fmt.Fprintf(stderr, "solieu %s: %s\n", c.name, escapeControl(err.Error()))
		if c.trouble {
			return exitUsage
		}
		return exitFailed
	}
}

// flagsFirst returns args with the flags first and the other arguments
// after them, so that flags can be given anywhere on the line
// ("solieu extract DIR -format csv"). A flag that takes a value ("-o
// FILE") keeps its value beside it; "--" ends the flags, and what follows
// it is kept as arguments, in order; "-" alone is an argument (standard
// input). An unknown flag stays among the flags, for Parse to report.
func flagsFirst(fs *flag.FlagSet, args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if len(rest) == 0 {
		return flags
	}
	return append(append(flags, "--"), rest...)
}

// version returns the program's version line: "solieu VERSION (rev
// REVISION, DATE)", from the build information Go records in the binary
// ("devel" and no revision when it holds none, as under "go run").
func version() string {
	if stampedVersion != "" {
		return "solieu " + stampedVersion
	}
	bi, _ := debug.ReadBuildInfo()
	return versionOf(bi)
}

// stampedVersion is the version a release build stamps into the binary
// (.ci/release: -ldflags "-X main.stampedVersion=v0.4.0 (rev abc1234,
// 2026-12-03)"); empty in other builds.
var stampedVersion string

// versionOf returns the version line of the build bi (nil: unknown).
func versionOf(bi *debug.BuildInfo) string {
	v, rev, date, dirty := "devel", "", "", false
	if bi != nil {
		if m := bi.Main.Version; m != "" && m != "(devel)" {
			v = m
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				date = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if rev == "" {
		return "solieu " + v
	}
	if len(rev) > 7 {
		rev = rev[:7]
	}
	if dirty {
		rev += "+modified"
	}
	if len(date) >= 10 {
		return fmt.Sprintf("solieu %s (rev %s, %s)", v, rev, date[:10])
	}
	return fmt.Sprintf("solieu %s (rev %s)", v, rev)
}

// stdinPaths returns args, or "-" (standard input) when there are none
// and standard input is not a terminal: "cat a.txt | solieu extract".
// With no argument and a terminal it returns none, for the command's
// usage error.
func stdinPaths(e *env, args []string) []string {
	if len(args) == 0 && !isTerminalInput(e.stdin) {
		return []string{"-"}
	}
	return args
}

// isTerminalInput reports whether r is a terminal: a character device,
// or a reader that says it is one (tests).
func isTerminalInput(r io.Reader) bool {
	if t, ok := r.(interface{ IsTerminal() bool }); ok {
		return t.IsTerminal()
	}
	f, ok := r.(*os.File)
	if !ok || f == nil {
		return r == nil
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// resetFlags restores every flag to its default, so that in-process test
// runs do not leak flag values into each other.
func resetFlags(fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) { _ = f.Value.Set(f.DefValue) })
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func printUsage(w io.Writer) {
	fmt.Fprintf(w, "solieu reads Vietnamese reports and turns their statistics into records.\n\nUsage:\n\n\tsolieu <command> [flags] [arguments]\n\nCommands:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "\t%-11s %s\n", c.name, c.short)
	}
	fmt.Fprintf(w, "\nRun 'solieu help <command>' for details, 'solieu help records' for the fields of the records,\n'solieu --version' for the version.\n\n")
	fmt.Fprintf(w, "Flags may come before or after the paths; \"--\" ends them. A command that reads\narticles reads standard input when it is given no path and input comes from a pipe.\n")
}

func printHelp(w io.Writer, c *command) {
	fmt.Fprintf(w, "usage: solieu %s %s\n\n%s\n", c.name, c.usage, strings.TrimSpace(c.long))
	var b strings.Builder
	c.flags.SetOutput(&b)
	c.flags.PrintDefaults()
	c.flags.SetOutput(io.Discard)
	if b.Len() > 0 {
		fmt.Fprintf(w, "\nFlags:\n%s", b.String())
	}
}

// walkHelp is the paragraph of the help of the verbs that walk
// directories: which files they read.
const walkHelp = `Inside a directory, files that are clearly not articles (a README,
Markdown notes, a gold.jsonl, program sources, images, PDFs, tables)
are skipped and counted on standard error, not reported as errors.
-g GLOB chooses the files of directories as ripgrep's -g does:
-g '*.html' reads only web pages, -g '!draft*' leaves drafts out; it can
be repeated, the last glob that matches decides, and a file a glob keeps
is read whatever its name. Files named on the command line are always
read.
`
