package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/solieu/solieu/web"
)

var cmdServe = &command{
	name:  "serve",
	usage: "[-addr HOST:PORT] [-published DATE]",
	short: "serve a local web page to paste or upload an article and check its figures",
	long: `Serve runs a small web page on this machine: paste an
article or upload a file (txt, html, jsonl), see its figures highlighted
(hover or click one for its reading), the records table and the
warnings of solieu check, and download the records as JSONL or CSV.

It listens on 127.0.0.1:8080 unless -addr says otherwise; an address
beyond this machine is served with a warning, since the page has no
login. Uploads are capped at 8 MB (a larger one gets status 413); as
many posts as there are CPUs are checked at once (another gets 503 with
Retry-After); a page shows at most 2000 table rows and 50 error messages
and counts the rest, which its downloads hold. A post from another site
and, on a loopback address, a request for another host name (DNS
rebinding) get 403; no page is cached (Cache-Control: no-store).
Interrupt (Ctrl-C) stops it.

-published DATE (YYYY-MM-DD) is the publication date of a pasted text
or an uploaded file that states none; one that states its own keeps it.`,
	flags: flag.NewFlagSet("serve", flag.ContinueOnError),
}

var (
	serveAddr      = cmdServe.flags.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	servePublished = cmdServe.flags.String("published", "", publishedHelp)
)

func init() { cmdServe.run = runServe }

func runServe(e *env, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q", args[0])
	}
	if *servePublished != "" {
		if _, err := time.Parse("2006-01-02", *servePublished); err != nil {
			return usagef("-published %q: want a date YYYY-MM-DD", *servePublished)
		}
	}
	host, _, err := net.SplitHostPort(*serveAddr)
	if err != nil {
		return usagef("-addr: %v", err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(e.stderr, "solieu serve: warning: %s is reachable beyond this machine and the page has no login\n", *serveAddr)
	}
	srv := web.NewServer(*serveAddr, web.Options{Log: log.New(e.stderr, "solieu serve: ", 0), Published: *servePublished})
	ln, err := net.Listen("tcp", srv.Addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "solieu serve: http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		return err
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
