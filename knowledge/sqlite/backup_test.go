package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/mercato-bot/mercato/knowledge"
	"github.com/mercato-bot/mercato/knowledge/facts"
	"github.com/mercato-bot/mercato/knowledge/storetest"
)

// TestBackupWhileWriting: a backup taken while articles are being
// written passes integrity_check, opens as a knowledge base holding at
// least what was written before it began, and refuses to overwrite a file.
func TestBackupWhileWriting(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, storetest.Extractor{})
	write := func(i int) error {
		_, err := s.Write(ctx, []knowledge.Article{{Text: fmt.Sprintf("article %d", i), Source: "GOAL",
			Facts: storetest.KamaraArticle("2022-03-24", fmt.Sprintf("Club %d", i), facts.StageTalks)}})
		return err
	}
	for i := range 50 {
		if err := write(i); err != nil {
			t.Fatal(err)
		}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var writeErr error
	wg.Go(func() {
		for i := 50; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			if err := write(i); err != nil {
				writeErr = err
				return
			}
		}
	})
	dir := t.TempDir()
	var backups []string
	for i := range 3 {
		path := filepath.Join(dir, fmt.Sprintf("b%d.db", i))
		if err := s.Backup(ctx, path); err != nil {
			t.Fatalf("backup %d: %v", i, err)
		}
		backups = append(backups, path)
	}
	close(stop)
	wg.Wait()
	if writeErr != nil {
		t.Fatalf("writing during the backup: %v", writeErr)
	}
	for _, path := range backups {
		if err := checkIntegrity(ctx, path); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		b, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		st, err := b.Stats(ctx)
		b.Close()
		if err != nil || st.Articles < 50 || st.Links != st.Articles {
			t.Errorf("%s: stats %+v, %v; want at least the 50 articles, one link each", path, st, err)
		}
	}
	if err := s.Backup(ctx, backups[0]); err == nil || !strings.Contains(err.Error(), "exists") {
		t.Errorf("backup over an existing file: %v, want a refusal", err)
	}
	if _, err := os.Stat(backups[0] + ".partial"); !os.IsNotExist(err) {
		t.Errorf("a partial file is left: %v", err)
	}
	bad := filepath.Join(dir, "no such dir", "b.db")
	if err := s.Backup(ctx, bad); err == nil {
		t.Error("backup into a missing folder succeeded")
	}
}
