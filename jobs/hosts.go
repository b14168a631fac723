package jobs

import (
	"context"
	"net/url"
	"sync"
)

// hostLimiter bounds the fetches under way: at most all in total, at most
// one host's share from any one host.
type hostLimiter struct {
	all     chan struct{}
	perHost int

	mu    sync.Mutex
	hosts map[string]chan struct{}
}

func newHostLimiter(all, perHost int) *hostLimiter {
	return &hostLimiter{all: make(chan struct{}, all), perHost: perHost, hosts: map[string]chan struct{}{}}
}

// acquire waits for a fetch from rawURL's host to be allowed, or for ctx
// to end, and returns the function that ends the fetch.
func (l *hostLimiter) acquire(ctx context.Context, rawURL string) (func(), error) {
	host := rawURL
	if u, err := url.Parse(rawURL); err == nil {
		host = u.Hostname()
	}
	l.mu.Lock()
	one, ok := l.hosts[host]
	if !ok {
		one = make(chan struct{}, l.perHost)
		l.hosts[host] = one
	}
	l.mu.Unlock()
	select {
	case one <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case l.all <- struct{}{}:
	case <-ctx.Done():
		<-one
		return nil, ctx.Err()
	}
	return func() { <-l.all; <-one }, nil
}
