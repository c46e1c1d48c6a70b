// Package samsacompat holds what every Go compat program shares: the compat suites' JSON record (bytes as hex,
// null kept), JSON output, fatal errors and OPT=VALUE argument parsing. It lives in its own GOPATH entry
// (compat-tests/go/gopath), listed before Debian's, so the programs build offline in GOPATH mode.
package samsacompat

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Record is one record as the compat suites exchange them between clients.
type Record struct {
	Key       *string     `json:"key"`
	Value     *string     `json:"value"`
	Headers   [][]*string `json:"headers"`
	Timestamp *int64      `json:"timestamp"`
	Partition *int32      `json:"partition,omitempty"`
	Offset    *int64      `json:"offset,omitempty"`
}

// Unhex decodes a hex field; nil stays nil.
func Unhex(s *string) []byte {
	if s == nil {
		return nil
	}
	b, err := hex.DecodeString(*s)
	if err != nil {
		Fail(err)
	}
	return b
}

// Tohex encodes bytes as a hex field; nil stays nil.
func Tohex(b []byte) *string {
	if b == nil {
		return nil
	}
	s := hex.EncodeToString(b)
	return &s
}

// Fail prints the error and exits non-zero.
func Fail(err error) {
	fmt.Fprintln(os.Stderr, "error:", err)
	os.Exit(1)
}

// Emit prints one JSON document.
func Emit(v interface{}) {
	out, err := json.Marshal(v)
	if err != nil {
		Fail(err)
	}
	fmt.Println(string(out))
}

// Options splits trailing OPT=VALUE arguments from positional ones (a JSON argument is positional).
func Options(args []string) ([]string, map[string]string) {
	opts := map[string]string{}
	var positional []string
	for _, a := range args {
		if i := strings.Index(a, "="); i > 0 && !strings.ContainsAny(a[:i], "{\"[ ") {
			opts[a[:i]] = a[i+1:]
		} else {
			positional = append(positional, a)
		}
	}
	return positional, opts
}

// IntOpt is the integer option `name`, or def when absent.
func IntOpt(opts map[string]string, name string, def int) int {
	if v, ok := opts[name]; ok {
		n, err := strconv.Atoi(v)
		if err != nil {
			Fail(err)
		}
		return n
	}
	return def
}
