package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"text/tabwriter"

	"github.com/mercato-bot/mercato/knowledge/extract"
)

// buildVersion is what `mercato version` prints: the binary's build
// information and the extractor's version.
type buildVersion struct {
	Module    string // github.com/mercato-bot/mercato
	Version   string // the module version: v1.2.3, or (devel) when built from a checkout
	Revision  string // the VCS revision; "unknown" when built without VCS stamping
	Time      string // the revision's commit time
	Modified  string // "true" when the tree had uncommitted changes
	Go        string // the Go version that built it
	Extractor string // extract.Version()
}

// readVersion reads bi (debug.ReadBuildInfo; nil when the binary has
// none) and the extractor's version.
func readVersion(bi *debug.BuildInfo, extractor string) buildVersion {
	v := buildVersion{Revision: "unknown", Time: "unknown", Modified: "unknown", Extractor: extractor}
	if bi == nil {
		return v
	}
	v.Module, v.Version, v.Go = bi.Main.Path, bi.Main.Version, bi.GoVersion
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Revision = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value
		}
	}
	return v
}

// write prints v, one "name  value" line each.
func (v buildVersion) write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, l := range [][2]string{
		{"module", v.Module}, {"version", v.Version}, {"revision", v.Revision}, {"time", v.Time},
		{"modified", v.Modified}, {"go", v.Go}, {"extractor", v.Extractor},
	} {
		fmt.Fprintf(tw, "%s\t%s\n", l[0], l[1])
	}
	return tw.Flush()
}

// versionCmd runs `mercato version`, and -version of any subcommand.
func versionCmd(stdout, stderr io.Writer) int {
	bi, _ := debug.ReadBuildInfo()
	if err := readVersion(bi, extract.Version()).write(stdout); err != nil {
		return fail(stderr, "version", err)
	}
	return 0
}

// wantsVersion reports whether args (a subcommand's) hold -version or
// --version before any "--".
func wantsVersion(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-version", "--version", "-version=true", "--version=true":
			return true
		}
	}
	return false
}
