package jobs

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/mercato-bot/mercato/bot"
	"github.com/mercato-bot/mercato/knowledge"
)

// listedTogether is a Store whose Subscriptions answers only once every
// one of n runs has asked: the runs all read the same watermarks before
// any claims, as a replica leading a moment too long and the one taking
// over would.
type listedTogether struct {
	*fakeStore
	all sync.WaitGroup
}

func (l *listedTogether) Subscriptions(ctx context.Context, platform, chat string) ([]knowledge.Subscription, error) {
	subs, err := l.fakeStore.Subscriptions(ctx, platform, chat)
	l.all.Done()
	l.all.Wait()
	return subs, err
}

// Two runs of a job fan the same messages out at once, each from the same
// reading of the subscriptions: each message is claimed and sent by one.
func TestRunsRacingSendOnce(t *testing.T) {
	const n = 50
	for _, job := range []string{JobDigest, JobReminders} {
		t.Run(job, func(t *testing.T) {
			st := digestStore(0)
			for i := 1; i <= n; i++ {
				st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: fmt.Sprint(i), Kind: knowledge.SubDigest})
				st.subscribe(knowledge.Subscription{Platform: "telegram", Chat: fmt.Sprint(i), Kind: knowledge.SubReminders})
			}
			st.expiring = []knowledge.Expiring{{Player: "Boubacar Kamara", Club: "Marseille", Expires: date("2022-06-30")}}
			racing := &listedTogether{fakeStore: st}
			racing.all.Add(2)
			var cfg Config
			senders := []*fakeSender{{}, {}}
			var wg sync.WaitGroup
			for _, sender := range senders {
				s := newScheduler(t, cfg, racing, map[string]bot.Sender{"telegram": sender}, nil)
				wg.Go(func() {
					st, err := s.RunOnce(context.Background(), job, RunOptions{At: time.Date(2022, 6, 25, 9, 0, 0, 0, time.UTC)})
					if err != nil || st.Failed != 0 {
						t.Errorf("run: %+v, %v", st, err)
					}
				})
			}
			wg.Wait()
			wantOnceEach(t, n, senders...)
		})
	}
}
