package text

import "testing"

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kamara → Atlético", "Kamara → Atlético"},
		{"a\tb\nc", "a\tb\nc"},
		{"\x1b[2Jclear", "\uFFFD[2Jclear"},
		{"bell\x07 nul\x00 del\x7f c1\u0085", "bell\uFFFD nul\uFFFD del\uFFFD c1\uFFFD"},
		{"bad\xff\xfeUTF-8", "bad\uFFFD\uFFFDUTF-8"},
		{"cut \xc3", "cut \uFFFD"},
		{"\u202eevil\u2066x\u2069", "\uFFFDevil\uFFFDx\uFFFD"},
		{"\uFFFD stays", "\uFFFD stays"},
		{"\r\n", "\uFFFD\n"},
	}
	for _, tt := range tests {
		if got := Printable(tt.in); got != tt.want {
			t.Errorf("Printable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzPrintable(f *testing.F) {
	f.Add("Kamara \x1b[31m\xff")
	f.Fuzz(func(t *testing.T, s string) {
		p := Printable(s)
		if Printable(p) != p {
			t.Errorf("Printable(%q) = %q, not stable", s, p)
		}
		for _, r := range p {
			if unsafeRune(r) {
				t.Errorf("Printable(%q) = %q holds %U", s, p, r)
			}
		}
	})
}
