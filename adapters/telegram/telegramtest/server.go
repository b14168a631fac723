package telegramtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Token is the token the fake accepts unless told otherwise.
const Token = "123456:TEST-token"

// Fault is an error envelope the fake answers a method with.
type Fault struct {
	Code        int    // error_code: 400, 403, 429, 500...
	Description string // "Too Many Requests: retry after 1"
	RetryAfter  int    // parameters.retry_after, seconds
	MigrateTo   int64  // parameters.migrate_to_chat_id
}

// Sent is one message the bot sent.
type Sent struct {
	MessageID int
	ChatID    int64
	Text      string // as sent: HTML when ParseMode is HTML
	Shown     string // the text users see, markup parsed
	ParseMode string
	ReplyTo   int
	Buttons   []Button // the inline keyboard, row by row flattened
}

// Button is one inline keyboard button.
type Button struct {
	Text string
	Data string
}

// Call is one Bot API call the fake received.
type Call struct {
	Method string
	Params map[string]string
}

// Server is the fake Bot API. Its methods are safe for concurrent use.
type Server struct {
	Token string
	Bot   tgbotapi.User

	http    *httptest.Server // nil in memory
	url     string
	client  *http.Client
	closing chan struct{}
	once    sync.Once

	mu        sync.Mutex
	changed   chan struct{} // closed and replaced at every change
	updates   []json.RawMessage
	ids       []int
	nextID    int
	nextMsg   int
	sent      []Sent
	callbacks []tgbotapi.CallbackConfig
	commands  map[string][]tgbotapi.BotCommand
	files     map[string][]byte // by file_id
	paths     map[string]string // file_path -> file_id
	members   map[[2]int64]string
	chatFault map[int64]Fault
	faults    map[string][]Fault
	calls     []Call
	webhook   string
	secret    string
}

// NewServer starts a fake Bot API on a loopback port. Close it when done.
func NewServer() *Server {
	s := newServer()
	s.http = httptest.NewServer(s)
	s.url = s.http.URL
	s.client = s.http.Client()
	return s
}

// NewInMemory returns a fake Bot API without a listener: its Client calls
// it in-process (for testing/synctest, where network I/O would not let
// simulated time advance). Webhook delivery is not available.
func NewInMemory() *Server {
	s := newServer()
	s.url = "http://bot-api.test"
	s.client = &http.Client{Transport: Transport(s)}
	return s
}

func newServer() *Server {
	return &Server{
		Token:     Token,
		Bot:       tgbotapi.User{ID: 7000001, IsBot: true, FirstName: "Mercato", UserName: "mercato_bot"},
		closing:   make(chan struct{}),
		changed:   make(chan struct{}),
		nextID:    100,
		nextMsg:   1000,
		commands:  map[string][]tgbotapi.BotCommand{},
		files:     map[string][]byte{},
		paths:     map[string]string{},
		members:   map[[2]int64]string{},
		chatFault: map[int64]Fault{},
		faults:    map[string][]Fault{},
	}
}

// URL is the base URL to configure as the Bot API endpoint.
func (s *Server) URL() string { return s.url }

// Endpoint is the SDK's method URL format on the fake.
func (s *Server) Endpoint() string { return s.url + "/bot%s/%s" }

// Client is the HTTP client that reaches the fake.
func (s *Server) Client() *http.Client { return s.client }

// Close stops the fake, ending any long poll in progress.
func (s *Server) Close() {
	s.once.Do(func() { close(s.closing) })
	if s.http != nil {
		s.http.Close()
	}
}

// Transport returns a RoundTripper that serves every request with h
// in-process, without a listener: the fake's in-memory client, or a
// handler wrapped around it.
func Transport(h http.Handler) http.RoundTripper { return memTransport{h} }

// memTransport serves requests in-process.
type memTransport struct{ h http.Handler }

// RoundTrip serves r with the handler and returns what it wrote.
func (t memTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Body != nil {
		body, err := io.ReadAll(r.Body)
		r.Body.Close()
		if err != nil {
			return nil, err
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
	}
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, r)
	if err := r.Context().Err(); err != nil {
		return nil, err
	}
	return rec.Result(), nil
}

// notify wakes the waiters; s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Fail makes the next call of method answer with f (the faults of a method
// are used in order, one per call).
func (s *Server) Fail(method string, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[method] = append(s.faults[method], f)
}

// FailChat makes every sendMessage to chat answer with f: 403 for a bot
// blocked or kicked, 400 "chat not found".
func (s *Server) FailChat(chat int64, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.chatFault[chat] = f
}

// SetMember sets a user's status in a chat ("creator", "administrator",
// "member", ...), for getChatMember; the default is "member".
func (s *Server) SetMember(chat, user int64, status string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members[[2]int64{chat, user}] = status
}

// AddFile stores a file for getFile and the file endpoint and returns the
// document a message would carry.
func (s *Server) AddFile(name, mimeType string, content []byte) *tgbotapi.Document {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	id := "file-" + strconv.Itoa(s.nextID)
	s.files[id] = content
	s.paths["documents/"+id+"_"+name] = id
	return &tgbotapi.Document{FileID: id, FileUniqueID: "u" + id, FileName: name, MimeType: mimeType, FileSize: len(content)}
}

// Push queues an update for getUpdates, or delivers it to the webhook when
// one is set, and returns its update_id. The update's UpdateID is set.
func (s *Server) Push(u tgbotapi.Update) (int, error) {
	s.mu.Lock()
	s.nextID++
	u.UpdateID = s.nextID
	body, err := json.Marshal(u)
	if err != nil {
		s.mu.Unlock()
		return 0, err
	}
	hook, secret := s.webhook, s.secret
	if hook == "" {
		s.updates = append(s.updates, body)
		s.ids = append(s.ids, u.UpdateID)
		s.notify()
		s.mu.Unlock()
		return u.UpdateID, nil
	}
	s.mu.Unlock()
	status, err := PostWebhook(context.Background(), hook, secret, body)
	if err == nil && status != http.StatusOK {
		err = fmt.Errorf("telegramtest: webhook answered %d", status)
	}
	return u.UpdateID, err
}

// PostWebhook POSTs body to a webhook as Telegram does, with the secret
// token header when secret is not empty, and returns the status.
func PostWebhook(ctx context.Context, url, secret string, body []byte) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// Webhook returns the URL and secret token set by setWebhook.
func (s *Server) Webhook() (url, secret string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.webhook, s.secret
}

// Pending is how many updates getUpdates has not had confirmed.
func (s *Server) Pending() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.updates)
}

// Sent returns the messages sent so far, in order.
func (s *Server) Sent() []Sent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Sent(nil), s.sent...)
}

// Callbacks returns the callback queries answered so far.
func (s *Server) Callbacks() []tgbotapi.CallbackConfig {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]tgbotapi.CallbackConfig(nil), s.callbacks...)
}

// Commands returns the commands set for a language ("" = default) in the
// default scope, or in a chat's scope when chat is not 0.
func (s *Server) Commands(lang string, chat int64) []tgbotapi.BotCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.commands[commandKey(lang, chat)]
}

func commandKey(lang string, chat int64) string { return lang + "/" + strconv.FormatInt(chat, 10) }

// Calls returns the calls of method received so far ("" = every call).
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Wait blocks until cond holds (checked at every change of the fake) or
// ctx is done, and reports whether it held.
func (s *Server) Wait(ctx context.Context, cond func(s *Server) bool) bool {
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond(s) {
			return true
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return cond(s)
		}
	}
}

// WaitSent blocks until at least n messages were sent, or timeout, and
// returns the messages sent.
func (s *Server) WaitSent(n int, timeout time.Duration) []Sent {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	s.Wait(ctx, func(s *Server) bool { return len(s.Sent()) >= n })
	return s.Sent()
}

// ServeHTTP serves the Bot API: /bot<token>/<method> and /file/bot<token>/<path>.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if rest, ok := strings.CutPrefix(r.URL.Path, "/file/bot"+s.Token+"/"); ok {
		s.serveFile(w, rest)
		return
	}
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 {
		reply(w, nil, &Fault{Code: 404, Description: "Not Found"})
		return
	}
	if token != s.Token {
		reply(w, nil, &Fault{Code: 401, Description: "Unauthorized"})
		return
	}
	params, err := readParams(r)
	if err != nil {
		reply(w, nil, &Fault{Code: 400, Description: "Bad Request: " + err.Error()})
		return
	}
	s.mu.Lock()
	s.calls = append(s.calls, Call{Method: method, Params: params})
	var fault *Fault
	if q := s.faults[method]; len(q) > 0 {
		fault = &q[0]
		s.faults[method] = q[1:]
	}
	s.notify()
	s.mu.Unlock()
	if fault != nil {
		reply(w, nil, fault)
		return
	}
	result, f := s.call(r.Context(), method, params)
	reply(w, result, f)
}

// reply writes the Bot API's envelope.
func reply(w http.ResponseWriter, result any, f *Fault) {
	w.Header().Set("Content-Type", "application/json")
	if f == nil {
		w.WriteHeader(http.StatusOK)
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
		return
	}
	env := map[string]any{"ok": false, "error_code": f.Code, "description": f.Description}
	p := map[string]any{}
	if f.RetryAfter > 0 {
		p["retry_after"] = f.RetryAfter
	}
	if f.MigrateTo != 0 {
		p["migrate_to_chat_id"] = f.MigrateTo
	}
	if len(p) > 0 {
		env["parameters"] = p
	}
	w.WriteHeader(f.Code)
	_ = json.NewEncoder(w).Encode(env)
}

// readParams reads a request's parameters: query, form, multipart or JSON.
func readParams(r *http.Request) (map[string]string, error) {
	params := map[string]string{}
	for k, v := range r.URL.Query() {
		params[k] = v[0]
	}
	if r.Method != http.MethodPost {
		return params, nil
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "application/json":
		var m map[string]json.RawMessage
		if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
			return nil, err
		}
		for k, v := range m {
			var str string
			if json.Unmarshal(v, &str) == nil {
				params[k] = str
			} else {
				params[k] = string(v)
			}
		}
	case "multipart/form-data":
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			return nil, err
		}
		for k, v := range r.MultipartForm.Value {
			params[k] = v[0]
		}
	default:
		if err := r.ParseForm(); err != nil {
			return nil, err
		}
		for k, v := range r.PostForm {
			params[k] = v[0]
		}
	}
	return params, nil
}

func (s *Server) serveFile(w http.ResponseWriter, p string) {
	s.mu.Lock()
	id, ok := s.paths[p]
	data := s.files[id]
	s.mu.Unlock()
	if !ok {
		http.Error(w, `{"ok":false,"error_code":404,"description":"Not Found"}`, http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(data)
}
