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
	if err := c.flags.Parse(args[1:]); err != nil {
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
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "solieu %s: %s\nusage: solieu %s %s\n", c.name, escapeControl(err.Error()), c.name, c.usage)
		return exitUsage
	case errors.Is(err, errPartial):
		return exitFailed
	case errors.Is(err, errInterrupted):
		return exitInterrupted
	default:
		fmt.Fprintf(stderr, "solieu %s: %s\n", c.name, escapeControl(err.Error()))
		return exitFailed
	}
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
	fmt.Fprintf(w, "\nRun 'solieu help <command>' for details, 'solieu help records' for the fields of the records.\n")
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
