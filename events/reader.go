package events

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// bufSize is the read buffer: large enough that almost every line is a
// slice of it, small enough to stay in cache.
const bufSize = 256 << 10

// Reader reads CAMEO-coded events from GDELT 1.0, GDELT 2.0 (export and
// mentions) and ICEWS files, one row at a time, in memory that does not grow
// with the input: plain text, gzip (detected by its magic bytes) and, from
// [Open] and [OpenFS], zip archives (every file of the archive, in order).
// It uses the Reading fields of its [Options]: Dataset, Strict, Name and
// MaxLineBytes.
//
// Iterate with [Reader.Events] or [Reader.Mentions]; after the loop,
// [Reader.Report] accounts for every row. A Reader is not safe for
// concurrent use.
type Reader struct {
	opts    Options
	parts   []part // inputs still to read; parts[0] is being read
	cur     io.Reader
	closer  io.Closer
	closers []io.Closer
	br      *bufio.Reader
	long    []byte // a line longer than the buffer, assembled
	p       *parser

	name     string  // name of the part being read
	line     int64   // line number in the part
	dataset  Dataset // detected or forced; Auto until the first line is read
	detected bool
	peeked   []byte // a first data line read during detection, not yet parsed
	hasPeek  bool

	rows, bytes int64
	rejects     tallies
	files       []string
	start       time.Time
	elapsed     time.Duration
	done        bool
}

// part is one input: a file, or one file of a zip archive.
type part struct {
	name string
	open func() (io.Reader, io.Closer, error)
}

// NewReader returns a reader of src, which may be gzip-compressed, with the
// Reading fields of o. Zip archives need random access: use [Open] or
// [OpenFS] for them.
func NewReader(src io.Reader, o Options) *Reader {
	name := o.Name
	if name == "" {
		name = "input"
	}
	r := &Reader{opts: o, dataset: o.Dataset}
	r.parts = []part{{name: name, open: func() (io.Reader, io.Closer, error) { return src, nil, nil }}}
	return r
}

// Open opens a file for reading with the Reading fields of o: plain, gzip
// or zip, whatever its name. Close it when done.
func Open(name string, o Options) (*Reader, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return openFile(f, path.Base(filepathToSlash(name)), o)
}

// OpenFS opens a file of fsys for reading, like [Open]: plain, gzip or zip
// (zip when the file supports io.ReaderAt, as os and embed files do).
func OpenFS(fsys fs.FS, name string, o Options) (*Reader, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	return openFile(f, path.Base(name), o)
}

func filepathToSlash(name string) string {
	return strings.ReplaceAll(name, string(os.PathSeparator), "/")
}

// zipMagic starts a zip archive: a local file header, or the end record
// that is all an empty archive holds.
var zipMagic = [][]byte{[]byte("PK\x03\x04"), []byte("PK\x05\x06")}

func openFile(f fs.File, base string, opts Options) (*Reader, error) {
	if opts.Name == "" {
		opts.Name = base
	}
	var magic [4]byte
	ra, isRA := f.(io.ReaderAt)
	if isRA {
		if n, _ := ra.ReadAt(magic[:], 0); n == 4 && (bytes.Equal(magic[:], zipMagic[0]) || bytes.Equal(magic[:], zipMagic[1])) {
			st, err := f.Stat()
			if err != nil {
				f.Close()
				return nil, err
			}
			zr, err := zip.NewReader(ra, st.Size())
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", opts.Name, err)
			}
			r := &Reader{opts: opts, dataset: opts.Dataset, closers: []io.Closer{f}}
			for _, zf := range zr.File {
				if zf.FileInfo().IsDir() {
					continue
				}
				r.parts = append(r.parts, part{name: opts.Name + "/" + zf.Name, open: func() (io.Reader, io.Closer, error) {
					rc, err := zf.Open()
					return rc, rc, err
				}})
			}
			if len(r.parts) == 0 {
				f.Close()
				return nil, fmt.Errorf("%s: %w: a zip archive with no files", opts.Name, ErrFormat)
			}
			return r, nil
		}
	}
	r := NewReader(f, opts)
	r.closers = []io.Closer{f}
	return r, nil
}

// bufPool recycles read buffers: a reader gives its buffer back at the end
// of its input or when closed.
var bufPool = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, bufSize) }}

func (r *Reader) release() {
	if r.br != nil {
		r.br.Reset(nil)
		bufPool.Put(r.br)
		r.br = nil
	}
	r.long = nil
}

// Close closes the files the reader opened and ends reading. It is safe to
// call twice.
func (r *Reader) Close() error {
	r.done = true
	r.cur = nil
	r.release()
	var errs []error
	if r.closer != nil {
		errs = append(errs, r.closer.Close())
		r.closer = nil
	}
	for _, c := range r.closers {
		errs = append(errs, c.Close())
	}
	r.closers = nil
	return errors.Join(errs...)
}

// inputName returns the name of the part being read, or last read, or
// else of the input.
func (r *Reader) inputName() string {
	if r.name != "" {
		return r.name
	}
	if r.opts.Name != "" {
		return r.opts.Name
	}
	return "input"
}

// Dataset returns the dataset of the input, reading its first line to
// detect it when it was not forced. It fails with ErrFormat if the first
// line fits no dataset.
func (r *Reader) Dataset() (Dataset, error) {
	if !r.detected && !r.done {
		line, err := r.nextLine()
		switch {
		case err == nil:
			r.peeked, r.hasPeek = line, true
		case err != io.EOF:
			return r.dataset, err
		}
	}
	return r.dataset, nil
}

// Report returns the accounting so far: rows read, bytes, bad rows by reason
// with their first places. Events and Mentions count the rows the reader
// yielded.
func (r *Reader) Report() Report {
	rep := Report{Files: slices.Clone(r.files), Rows: r.rows, Bytes: r.bytes, Rejects: r.rejects.list(), Elapsed: r.elapsed}
	good := r.rows - r.rejects.total()
	if r.dataset == GDELT2Mentions {
		rep.Mentions = good
	} else {
		rep.Events = good
	}
	return rep
}

// Events returns an iterator over the events of the input. It yields each
// good row as an Event with a nil error. Bad rows are counted in
// [Reader.Report] and skipped, or in strict mode yielded as a [*RowError]
// that ends the loop. I/O errors, and ErrFormat for an undetectable or
// mentions input, are yielded with a zero Event and end the loop.
func (r *Reader) Events() iter.Seq2[Event, error] {
	return rows(r, func() error {
		if r.dataset == GDELT2Mentions {
			return fmt.Errorf("%s: %w: a mentions file has no events (use Mentions)", r.name, ErrFormat)
		}
		return nil
	}, func(line []byte, ev *Event) *RowError {
		if r.dataset == ICEWS {
			return r.parseICEWS(line, ev)
		}
		return r.parseGDELT(line, ev)
	})
}

// Mentions returns an iterator over the rows of a GDELT 2.0 mentions file,
// with the same error handling as [Reader.Events].
func (r *Reader) Mentions() iter.Seq2[Mention, error] {
	return rows(r, func() error {
		if r.dataset != GDELT2Mentions {
			return fmt.Errorf("%s: %w: a %s file has no mentions (use Events)", r.name, ErrFormat, r.dataset)
		}
		return nil
	}, r.parseMention)
}

// rows is the loop behind Events and Mentions: read a line, check once the
// input holds rows of this type (wrong, checked after the first line is
// read, when the dataset is known), parse, and count or yield bad rows.
func rows[T any](r *Reader, wrong func() error, parse func([]byte, *T) *RowError) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		defer r.stopClock()
		var zero T
		for {
			line, err := r.nextLine()
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(zero, err)
				return
			}
			if err := wrong(); err != nil {
				yield(zero, err)
				return
			}
			var v T
			if rerr := parse(line, &v); rerr != nil {
				r.reject(rerr)
				if r.opts.Strict {
					yield(zero, rerr)
					return
				}
				continue
			}
			if !yield(v, nil) {
				return
			}
		}
	}
}

func (r *Reader) reject(e *RowError) {
	r.rejects.add(reasonOf(e.Err), Pos{e.File, e.Line}, e)
}

func (r *Reader) stopClock() {
	if !r.start.IsZero() {
		r.elapsed += time.Since(r.start)
		r.start = time.Time{}
	}
}

// nextLine returns the next data line (without its line ending), detecting
// the dataset on the first line of every part and skipping ICEWS headers and
// blank lines (which are not rows). It returns io.EOF after the last part. A
// line too long is counted as a row and rejected here.
func (r *Reader) nextLine() ([]byte, error) {
	if r.start.IsZero() {
		r.start = time.Now()
	}
	if r.hasPeek {
		r.hasPeek = false
		return r.peeked, nil
	}
	for {
		if r.cur == nil {
			if r.done || len(r.parts) == 0 {
				r.done = true
				r.release()
				return nil, io.EOF
			}
			p := r.parts[0]
			r.parts = r.parts[1:]
			src, c, err := p.open()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p.name, err)
			}
			r.closer = c
			src, err = gunzipMaybe(src)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", p.name, err)
			}
			if r.br == nil {
				r.br = bufPool.Get().(*bufio.Reader)
			}
			r.br.Reset(src)
			r.cur, r.name, r.line = src, p.name, 0
			r.files = append(r.files, p.name)
		}
		line, err := r.readLine()
		if err == io.EOF {
			if r.closer != nil {
				r.closer.Close()
				r.closer = nil
			}
			r.cur = nil
			continue
		}
		if err != nil {
			if errors.Is(err, ErrTooLong) {
				r.rows++
				r.reject(rowErr(r.name, r.line, "", "", err))
				if r.opts.Strict {
					return nil, rowErr(r.name, r.line, "", "", err)
				}
				continue
			}
			return nil, fmt.Errorf("%s:%d: %w", r.name, r.line, err)
		}
		if r.line == 1 {
			// A UTF-8 byte order mark, as Windows tools write one, is
			// not part of the first row.
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
		}
		if len(line) == 0 {
			continue
		}
		if r.line == 1 || !r.detected {
			header, err := r.detect(line)
			if err != nil {
				return nil, err
			}
			if header {
				continue
			}
		}
		r.rows++
		return line, nil
	}
}

// readLine reads one line of the current part.
func (r *Reader) readLine() ([]byte, error) {
	max := r.opts.MaxLineBytes
	if max <= 0 {
		max = DefaultMaxLineBytes
	}
	line, err := r.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		total := len(line)
		for err == bufio.ErrBufferFull {
			line, err = r.br.ReadSlice('\n')
			total += len(line)
			if len(r.long) <= max {
				r.long = append(r.long, line...)
			}
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		if len(r.long) > max {
			r.line++
			r.bytes += int64(total)
			return nil, ErrTooLong
		}
		line, err = r.long, nil
	}
	if len(line) == 0 && err != nil {
		return nil, err // io.EOF, or a read error
	}
	if err != nil && err != io.EOF {
		return nil, err
	}
	r.line++
	r.bytes += int64(len(line))
	if len(line) > max+1 {
		return nil, ErrTooLong
	}
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, nil
}

func gunzipMaybe(src io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(src, 512)
	magic, err := br.Peek(2)
	if err != nil && err != io.EOF {
		return nil, err
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		return gzip.NewReader(br)
	}
	return br, nil
}

// icewsHeader starts an ICEWS header row.
const icewsHeader = "Event ID\t"

// detect checks the first line of a part: it sets the dataset if it was
// Auto, and reports whether the line is a header to skip.
func (r *Reader) detect(line []byte) (header bool, err error) {
	if r.dataset >= numDatasets {
		return false, fmt.Errorf("%s: %w: Options.Dataset %d (want one of %v)", r.name, ErrConfig, r.dataset, Datasets())
	}
	if bytes.HasPrefix(line, []byte(icewsHeader)) {
		if r.dataset != Auto && r.dataset != ICEWS {
			return false, fmt.Errorf("%s:%d: %w: an ICEWS header in a %s input", r.name, r.line, ErrFormat, r.dataset)
		}
		r.dataset, r.detected = ICEWS, true
		return true, nil
	}
	if r.detected || r.dataset != Auto {
		r.detected = true
		return false, nil
	}
	n := bytes.Count(line, []byte{'\t'}) + 1
	switch n {
	case gdelt1Short, gdelt1Long:
		r.dataset = GDELT1
	case gdelt2Width:
		r.dataset = GDELT2
	case mentionWidth:
		r.dataset = GDELT2Mentions
	case icewsWidth:
		r.dataset = ICEWS
	default:
		first := line
		if len(first) > 40 {
			first = first[:40]
		}
		if !utf8.Valid(first) {
			first = []byte(strings.ToValidUTF8(string(first), "\uFFFD"))
		}
		return false, fmt.Errorf("%s:%d: %w: %d tab-separated columns (want 57 or 58 for GDELT 1.0, 61 for GDELT 2.0, 16 for mentions, or an ICEWS header) in %q",
			r.name, r.line, ErrFormat, n, first)
	}
	r.detected = true
	return false, nil
}
