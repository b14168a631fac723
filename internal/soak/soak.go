// Package soak gates the long tests (memory over 100,000 extractions, 10
// MB inputs, 10,000-message fan-outs) that the default `go test ./...`
// leaves out: they run when the environment variable MERCATO_SOAK is 1,
// as the separate soak step of .ci/run sets it.
package soak

import (
	"os"
	"testing"
)

// Env is the environment variable that asks for the soak tests.
const Env = "MERCATO_SOAK"

// Enabled reports whether the soak tests were asked for.
func Enabled() bool { return os.Getenv(Env) == "1" }

// Require skips the test unless the soak tests were asked for. A soak
// test calls it on its first line: .ci/run finds the soak tests so.
func Require(t testing.TB) {
	t.Helper()
	if !Enabled() {
		t.Skip("a soak test: run with " + Env + "=1")
	}
}
