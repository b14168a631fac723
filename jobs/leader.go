package jobs

import "context"

// Leader chooses which of the replicas sharing one knowledge base runs the
// scheduled jobs: one at a time, another when it dies. Options.Leader;
// the PostgreSQL store offers one, and Solo is the leader of a process
// alone on its database.
type Leader interface {
	// Lead blocks until this replica leads, or ctx ends (then it returns
	// ctx's error). The context it returns ends when the lead is lost
	// (or ctx ends); release gives the lead up and must be called.
	Lead(ctx context.Context) (leading context.Context, release func(), err error)
}

// Solo is the Leader of a replica alone on its database, as on SQLite: it
// leads at once, until ctx ends.
type Solo struct{}

// Lead returns at once, leading until ctx ends.
func (Solo) Lead(ctx context.Context) (context.Context, func(), error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	leading, cancel := context.WithCancel(ctx)
	return leading, cancel, nil
}
