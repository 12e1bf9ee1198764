/*
 * sockerr: the scanner. See scan.h. re2c turns this file into scan.c (`make` does it when
 * re2c is present and this file or scan_rules.re is newer; the output is committed).
 *
 * Every rule starts with a letter or with '['. The scanner finds the letters that start a word,
 * '[' and the characters of other scripts (64 bytes at a time where SSE2 is there), looks up
 * keys of the first four and the first eight bytes of each in the tables of what may start
 * there (scan_index.h, generated: a rule, a text of the hash table), and runs the automaton
 * only where a rule can start: most words of an ordinary line start none.
 * A match is a finding unless it fails a check in its action (a symbol inside a longer word,
 * a text inside a URL or a path), and then the scan goes on after the byte it tried.
 * Symbols are matched as written; texts case-insensitively, since logs change their case
 * ("connect: connection refused").
 */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* SOCKERR_SCAN_PORTABLE builds the byte-at-a-time loop even with SSE2 (fuzz/ compares the two) */
#if (defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)) && !defined(SOCKERR_SCAN_PORTABLE)
#include <emmintrin.h>
#define SCAN_SSE2 1
#endif
#ifdef _MSC_VER
#include <intrin.h>
#endif

#include "scan.h"
#include "scan_index.h"

typedef struct {
	const unsigned char *start;
	const unsigned char *limit;
	const unsigned char *cursor;
	const unsigned char *token;
	int platform;
	int host;             /* 1: the platform is the host's, which the caller did not name */
	const unsigned char *connecting; /* the end of the last finding that says a connect failed, or NULL */
	const unsigned char *chunk; /* the 64 bytes chunk_starts() looked at last start here; */
	uint64_t found;             /* bit i: a rule or a text may start at chunk + i, */
	unsigned char whats[64];    /* and whats[i] which, as bits (see START_BITS()) */
	unsigned int what;          /* the same at the start next_start() returned */
	sockerr_scan_cb callback;
	void *context;
} scanner;

/* Character classes by table, for the checks around a token. */
#define L 1 /* a letter */
#define W 2 /* a letter, a digit or '_' */
static const unsigned char classes[256] = {
	['0'] = W, ['1'] = W, ['2'] = W, ['3'] = W, ['4'] = W, ['5'] = W, ['6'] = W, ['7'] = W, ['8'] = W, ['9'] = W,
	['_'] = W,
	['A'] = L | W, ['B'] = L | W, ['C'] = L | W, ['D'] = L | W, ['E'] = L | W, ['F'] = L | W, ['G'] = L | W,
	['H'] = L | W, ['I'] = L | W, ['J'] = L | W, ['K'] = L | W, ['L'] = L | W, ['M'] = L | W, ['N'] = L | W,
	['O'] = L | W, ['P'] = L | W, ['Q'] = L | W, ['R'] = L | W, ['S'] = L | W, ['T'] = L | W, ['U'] = L | W,
	['V'] = L | W, ['W'] = L | W, ['X'] = L | W, ['Y'] = L | W, ['Z'] = L | W,
	['a'] = L | W, ['b'] = L | W, ['c'] = L | W, ['d'] = L | W, ['e'] = L | W, ['f'] = L | W, ['g'] = L | W,
	['h'] = L | W, ['i'] = L | W, ['j'] = L | W, ['k'] = L | W, ['l'] = L | W, ['m'] = L | W, ['n'] = L | W,
	['o'] = L | W, ['p'] = L | W, ['q'] = L | W, ['r'] = L | W, ['s'] = L | W, ['t'] = L | W, ['u'] = L | W,
	['v'] = L | W, ['w'] = L | W, ['x'] = L | W, ['y'] = L | W, ['z'] = L | W,
};
#define is_word(c) (classes[(unsigned char) (c)] & W)
#define is_letter(c) (classes[(unsigned char) (c)] & L)
#define lower(c) ((unsigned char) ((c) | ((unsigned int) ((c) - 'A') < 26U) << 5)) /* c is unsigned */

/* Is the token inside a URL or a path, such as /api/connection-timeout or http://h/EPERM? */
static int inside_url_or_path(const scanner *s)
{
	const unsigned char *p = s->token, *word;

	while (p > s->start && p[-1] != ' ' && p[-1] != '\t' && p[-1] != '\n' && p[-1] != '"'
			&& p[-1] != '\'' && p[-1] != '(' && p[-1] != '<' && p[-1] != '[' && p[-1] != '=') {
		if (s->token - p > 512) {
			return 1; /* a word that long is a URL, a path or a blob; it keeps scans linear */
		}
		p--;
	}
	word = p;
	if (word < s->token && (*word == '/' || *word == '~' || (*word == '.' && word[1] == '/'))) {
		return 1;
	}
	for (; p + 2 < s->token; p++) {
		if (p[0] == ':' && p[1] == '/' && p[2] == '/') {
			return 1;
		}
	}
	return 0;
}

/* The last integer in the token, with its sign ("[Errno -2]" gives -2), or SOCKERR_NO_CODE
 * when it does not fit a C int: a number out of range is no code, never another number. */
static int last_number(const scanner *s)
{
	const unsigned char *end = s->cursor, *p;
	unsigned long long magnitude = 0;
	int negative;

	while (end > s->token && !(end[-1] >= '0' && end[-1] <= '9')) {
		end--;
	}
	for (p = end; p > s->token && p[-1] >= '0' && p[-1] <= '9'; p--) {
	}
	negative = p > s->token && p[-1] == '-';
	for (; p < end; p++) {
		magnitude = magnitude * 10 + (unsigned) (*p - '0');
		if (magnitude > INT_MAX) {
			return SOCKERR_NO_CODE; /* INT_MIN too: it is the sentinel, and no platform's code */
		}
	}
	return negative ? -(int) magnitude : (int) magnitude;
}

/* sockerr_verdict with only what decides the case (sockerr_scan_case()): the rank and case of the
 * most specific OS finding and cURL finding (rank 0 and no case where there is none), and the
 * cURL one's code. */
typedef struct {
	unsigned char os_rank, os_error, curl_rank, curl_error;
	int os_found, curl_found, curl;
} case_verdict;

/* A finding noted in a case_verdict, as sockerr_verdict_add() adds it: the higher rank wins, the first of equal ones. */
static int case_verdict_note(case_verdict *v, unsigned char kind, unsigned char error, unsigned char rank, int curl)
{
	if (kind == SOCKERR_FOUND_CURL) {
		if (!v->curl_found || rank > v->curl_rank) {
			v->curl_found = 1;
			v->curl_rank = rank;
			v->curl_error = error;
			v->curl = curl;
		}
	} else if (!v->os_found || rank > v->os_rank) {
		v->os_found = 1;
		v->os_rank = rank;
		v->os_error = error;
	}
	return 1;
}

static int case_verdict_add(void *context, const sockerr_finding *f)
{
	return case_verdict_note(context, f->kind, f->error, f->rank, f->curl);
}

static int emit(scanner *s, unsigned char kind, int error, int rank, int family, int platform,
	int native, const char *name, int curl)
{
	sockerr_finding f;

	if (error == SOCKERR_CASE_Unknown && curl < 0) {
		rank = SOCKERR_RANK_NOTHING;
	}
	if (kind != SOCKERR_FOUND_MESSAGE || error != SOCKERR_CASE_Unknown) {
		s->connecting = s->cursor;
	}
	if (s->callback == case_verdict_add) {
		/* sockerr_scan_case(): what decides the case, and no finding to hand over */
		return case_verdict_note(s->context, kind, (unsigned char) error, (unsigned char) rank, curl);
	}
	f.text = (const char *) s->token;
	f.offset = (size_t) (s->token - s->start);
	f.length = (size_t) (s->cursor - s->token);
	f.kind = kind;
	f.error = (unsigned char) error;
	f.rank = (unsigned char) rank;
	f.family = (signed char) family;
	f.platform = (signed char) platform;
	f.native = native;
	f.name = name;
	f.curl = curl;
	return s->callback(s->context, &f);
}

/* A number: on the given platform, or where every platform that has it agrees (in a scan for
 * the host, where they do not, the host's); one that no Unix platform has is Windows' (SQL
 * Server's "Error code 0x102" is WAIT_TIMEOUT), as Winsock's own codes are anywhere. */
static int emit_number(scanner *s, int native, int windows)
{
	const sockerr_row *row;
	int platform = s->platform, rank = SOCKERR_RANK_NATIVE, agreed;

	if (native == SOCKERR_NO_CODE) {
		return emit(s, SOCKERR_FOUND_CODE, SOCKERR_CASE_Unknown, SOCKERR_RANK_NOTHING, -1, -1, SOCKERR_NO_CODE, NULL, -1);
	}
	if (windows || SOCKERR_IS_WSA_CODE(native)) {
		platform = SOCKERR_PLATFORM_WINDOWS;
	} else if (s->host || platform < 0) {
		if ((row = sockerr_find_unix(native, &agreed)) != NULL) {
			return emit(s, SOCKERR_FOUND_CODE, row->error, SOCKERR_RANK_PLATFORM_TEXT,
				(int) sockerr_kind_family((sockerr_kind) row->kind), -1, native, agreed == 1 ? row->name : NULL, -1);
		}
		if (!agreed && sockerr_find_native(SOCKERR_PLATFORM_WINDOWS, native)) {
			platform = SOCKERR_PLATFORM_WINDOWS;
		} else if (!s->host) {
			return emit(s, SOCKERR_FOUND_CODE, SOCKERR_CASE_Unknown, SOCKERR_RANK_NOTHING, -1, -1, native, NULL, -1);
		} else {
			rank = SOCKERR_RANK_HOST;
		}
	}
	row = sockerr_find_native((sockerr_platform) platform, native);
	return emit(s, SOCKERR_FOUND_CODE, row ? row->error : SOCKERR_CASE_Unknown, rank,
		row ? (int) sockerr_kind_family((sockerr_kind) row->kind) : -1, platform, native, row ? row->name : NULL, -1);
}

/*
 * The cases of the errors connect() returns (POSIX's list, The Open Group Base Specifications
 * Issue 7, connect(), and Linux's EPERM and EAGAIN, its connect(2) manual page; EIO, ELOOP,
 * ENAMETOOLONG and ENOTDIR have no case), as bits: a test per row, not a search of names.
 */
#define CASE_BIT(name) ((uint64_t) 1 << SOCKERR_CASE_##name)
typedef char scan_cases_fit_in_64_bits[SOCKERR_CASE_COUNT <= 64 ? 1 : -1];
static int connect_error(const sockerr_row *row)
{
	static const uint64_t cases = CASE_BIT(AccessDenied) | CASE_BIT(AddressAlreadyInUse) | CASE_BIT(AddressNotAvailable)
		| CASE_BIT(AddressFamilyNotSupported) | CASE_BIT(WouldBlock) | CASE_BIT(AlreadyInProgress) | CASE_BIT(OperationAborted)
		| CASE_BIT(ConnectionRefused) | CASE_BIT(ConnectionReset) | CASE_BIT(HostUnreachable) | CASE_BIT(InProgress)
		| CASE_BIT(Interrupted) | CASE_BIT(InvalidArgument) | CASE_BIT(IsConnected) | CASE_BIT(NetworkDown)
		| CASE_BIT(NetworkUnreachable) | CASE_BIT(NoBufferSpaceAvailable) | CASE_BIT(NotSocket)
		| CASE_BIT(OperationNotSupported) | CASE_BIT(ProtocolType) | CASE_BIT(TimedOut);

	return (int) ((cases >> row->error) & 1);
}

/*
 * A client's errno after a failed connect (MySQL's "(61)"), in a scan for the host or for no
 * platform: where the host does not read it as an error of a connect, the client ran on
 * another system, so it is read where it is one (61: ENODATA on Linux, ECONNREFUSED on macOS
 * and the BSDs), if every platform that reads it so agrees on the case.
 */
static int emit_connect_number(scanner *s, int native)
{
	const sockerr_row *row;
	int agreed;

	if (native == SOCKERR_NO_CODE || SOCKERR_IS_WSA_CODE(native) || (!s->host && s->platform >= 0)
			|| (s->host && (row = sockerr_find_native((sockerr_platform) s->platform, native)) && connect_error(row))
			|| !(row = sockerr_find_unix_if(native, connect_error, &agreed))) {
		return emit_number(s, native, 0);
	}
	return emit(s, SOCKERR_FOUND_CODE, row->error, SOCKERR_RANK_HOST, (int) sockerr_kind_family((sockerr_kind) row->kind),
		-1, native, agreed == 1 ? row->name : NULL, -1);
}

static int emit_curl(scanner *s, int code, int rank)
{
	/* an out-of-range code is no CURLcode: the finding says a cURL error of unknown number */
	const sockerr_curl_row *row = code == SOCKERR_NO_CODE ? NULL : sockerr_find_curl(code);

	/* a code libcurl does not have says nothing: a text beside it decides */
	return emit(s, SOCKERR_FOUND_CURL, row ? row->error : SOCKERR_CASE_Unknown, row ? rank : SOCKERR_RANK_NOTHING,
		SOCKERR_FAMILY_CURL, -1, code, row ? row->name : NULL, code == SOCKERR_NO_CODE ? -1 : code);
}

/*
 * A MySQL client error in a PDO or mysqli message: SQLSTATE[HY000] [2002]. Only 2005 says
 * what happened; 2002 and 2003 (no connection) leave it to the OS's text that follows, and
 * 2006 and 2013 (the server went away) do not say how.
 */
static int emit_mysql(scanner *s, int code)
{
	return emit(s, SOCKERR_FOUND_ENVELOPE, code == 2005 /* CR_UNKNOWN_HOST */ ? SOCKERR_CASE_HostNotFound : SOCKERR_CASE_Unknown,
		SOCKERR_RANK_ENVELOPE, -1, -1, SOCKERR_NO_CODE, NULL, -1);
}

/* The hexadecimal number that ends the token (0x274C), or SOCKERR_NO_CODE past a C int. */
static int hex_number(const scanner *s)
{
	const unsigned char *p = s->cursor;
	unsigned long long value = 0;

	while (p > s->token && p[-1] != 'x' && p[-1] != 'X') {
		p--;
	}
	for (; p < s->cursor; p++) {
		value = value * 16 + (unsigned) (*p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10);
		if (value > INT_MAX) {
			return SOCKERR_NO_CODE;
		}
	}
	return (int) value;
}

/* An h_errno, as sockerr_find_native() reads one: -10000 - h_errno, ext/sockets' encoding. */
static int herrno(int code)
{
	return code >= 0 && code < 1000000 ? SOCKERR_HERRNO_BASE - code : SOCKERR_NO_CODE;
}

/*
 * Rust's io::ErrorKind, in its Debug form (Os { code: 111, kind: ConnectionRefused, ... },
 * Custom { kind: TimedOut, ... }): the kinds that std's decode_error_kind() gives socket
 * errnos (rust-lang/rust library/std/src/sys/pal/unix/mod.rs, 1.80.0), and their cases.
 */
static const struct {
	const char *kind;
	unsigned char error;
} rust_kinds[] = {
	{ "AddrInUse", SOCKERR_CASE_AddressAlreadyInUse },
	{ "AddrNotAvailable", SOCKERR_CASE_AddressNotAvailable },
	{ "BrokenPipe", SOCKERR_CASE_Shutdown },
	{ "ConnectionAborted", SOCKERR_CASE_ConnectionAborted },
	{ "ConnectionRefused", SOCKERR_CASE_ConnectionRefused },
	{ "ConnectionReset", SOCKERR_CASE_ConnectionReset },
	{ "HostUnreachable", SOCKERR_CASE_HostUnreachable },
	{ "NetworkDown", SOCKERR_CASE_NetworkDown },
	{ "NetworkUnreachable", SOCKERR_CASE_NetworkUnreachable },
	{ "NotConnected", SOCKERR_CASE_NotConnected },
	{ "PermissionDenied", SOCKERR_CASE_AccessDenied },
	{ "TimedOut", SOCKERR_CASE_TimedOut },
	{ "WouldBlock", SOCKERR_CASE_WouldBlock },
};

/* A case's own name, as .NET's SocketError and Rust's io::ErrorKind print it. */
static int emit_case_name(scanner *s)
{
	int error = sockerr_case_by_name((const char *) s->token, (size_t) (s->cursor - s->token));

	return emit(s, SOCKERR_FOUND_ENVELOPE, error < 0 ? SOCKERR_CASE_Unknown : error, SOCKERR_RANK_ENVELOPE,
		-1, -1, SOCKERR_NO_CODE, NULL, -1);
}

/* "kind: ConnectionRefused" inside a Rust error's braces ("{ kind:" or ", kind:"). */
static int emit_rust_kind(scanner *s)
{
	const unsigned char *name = s->token + sizeof("kind: ") - 1;
	size_t len = (size_t) (s->cursor - name), i;

	if (s->token - s->start < 2 || s->token[-1] != ' ' || (s->token[-2] != '{' && s->token[-2] != ',')
			|| is_word(*s->cursor)) {
		return 1;
	}
	for (i = 0; i < sizeof(rust_kinds) / sizeof(rust_kinds[0]); i++) {
		if (strlen(rust_kinds[i].kind) == len && memcmp(rust_kinds[i].kind, name, len) == 0) {
			return emit(s, SOCKERR_FOUND_ENVELOPE, rust_kinds[i].error, SOCKERR_RANK_SYMBOL, -1, -1, SOCKERR_NO_CODE, NULL, -1);
		}
	}
	return 1;
}

typedef struct {
	const char *name;
	unsigned char length;
	unsigned char error;
	signed char family;
	signed char platform;
	int native;
	int curl;
} scan_symbol;

static const scan_symbol symbols[] = {
#define SOCKERR_SCAN_SYMBOL(name, error, family, platform, native, curl) \
	{ #name, sizeof(#name) - 1, SOCKERR_CASE_##error, family, platform, native, curl },
#include "scan_symbols.h"
#undef SOCKERR_SCAN_SYMBOL
};

/*
 * The texts looked up by hash rather than by the automaton (scan_texts.h, generated): the
 * platforms' and libcurl's English texts (but those that a rule below could match too), the C
 * libraries' translations, and texts too short or common to mean a failure alone, which count
 * only as the whole of what an envelope names ("getaddrinfo for db failed: Try again").
 * They hold no pointers, so that loading the extension relocates (and copies) none of them:
 * the texts are members of one constant struct, found by offset, and a symbol by its index.
 */
static const struct scan_text_pool {
#define SOCKERR_SCAN_TEXT(key_lo, key_hi, id, text, ...) char id[sizeof(text)];
#include "scan_texts.h"
#undef SOCKERR_SCAN_TEXT
} text_pool = {
#define SOCKERR_SCAN_TEXT(key_lo, key_hi, id, text, ...) text,
#include "scan_texts.h"
#undef SOCKERR_SCAN_TEXT
};

typedef struct scan_text_s {
	uint32_t key_lo;       /* the first eight bytes (zeros after a shorter text), each | 0x20 */
	uint32_t key_hi;       /* (ASCII letters in lower case), as two little-endian halves */
	unsigned int at;       /* the text's offset in text_pool */
	unsigned short length;
	unsigned char head;    /* the bytes compared when the text is found alone */
	unsigned char whole;   /* 1: found only as the whole of what an envelope names */
	unsigned char context; /* 1: its case only in a socket's context (see in_context()) */
	unsigned char error;
	signed char family;
	signed char platform;
	unsigned short symbol; /* index + 1 in symbols[], or 0 */
	signed char curl;      /* the CURLcode of one of libcurl's texts, or -1 */
	unsigned char next_length; /* how many bytes of `next` the head has (0 to 8) */
	unsigned char last;    /* 1: the last text of its key */
	int native;
	uint64_t next;         /* the head's bytes 8 to 15 as the key's (zeros after a shorter head) */
} scan_text;

static const scan_text texts[] = {
#define SOCKERR_SCAN_TEXT(key_lo, key_hi, id, text, length, head, whole, context, error, family, platform, native, symbol, curl, \
		next, next_length, last) \
	{ key_lo, key_hi, (unsigned int) offsetof(struct scan_text_pool, id), length, head, whole, context, SOCKERR_CASE_##error, \
		family, platform, symbol, curl, next_length, last, native, next },
#include "scan_texts.h"
#undef SOCKERR_SCAN_TEXT
};
#define TEXT_COUNT (sizeof(texts) / sizeof(texts[0]))
#define TEXT_OF(t) ((const char *) &text_pool + (t)->at)

/* Four bytes from p (n < 4: n, then zeros), each | 0x20, as a little-endian number: half a key. */
static uint32_t key_half(const unsigned char *p, size_t n)
{
	uint32_t value = 0;

	if (n >= 4) { /* (in this order, compilers read the four bytes in one load) */
		return ((uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16 | (uint32_t) p[3] << 24) | 0x20202020U;
	}
	while (n > 0) {
		n--;
		value = value << 8 | (uint32_t) (p[n] | 0x20);
	}
	return value;
}

/* The hash of a key (lo: its first half, key_half(p, 4); hi: the second, 0 if there is none):
 * texts_at()'s slot, and scan_starts8's bucket, are its top bits. */
static uint32_t key_hash(uint32_t lo, uint32_t hi)
{
	return lo * 2654435761U + hi * 2246822519U;
}

/* The first text of the key whose halves are lo and hi and whose key_hash() is hash, or NULL. */
static const scan_text *texts_of(uint32_t lo, uint32_t hi, uint32_t hash)
{
	uint32_t slot;

	for (slot = hash >> (32 - SCAN_TEXT_BITS); scan_text_slot[slot]; slot = (slot + 1) & ((1U << SCAN_TEXT_BITS) - 1)) {
		const scan_text *t = &texts[scan_text_slot[slot] - 1];

		if (t->key_lo == lo && t->key_hi == hi) {
			return t;
		}
	}
	return NULL;
}

/* The first text whose key is that of p's first n bytes (n >= 4; 8 at most count), or NULL. */
static const scan_text *texts_at(const unsigned char *p, size_t n)
{
	uint32_t lo = key_half(p, 4), hi = n > 4 ? key_half(p + 4, n < 8 ? n - 4 : 4) : 0;

	return texts_of(lo, hi, key_hash(lo, hi));
}

/* Eight bytes with their ASCII capitals made small, each as lower() makes it, all at once: a byte
 * from 'A' to 'Z' (its low seven bits from 0x41 to 0x5a and its high bit clear) gains 0x20. */
static uint64_t lower8(uint64_t x)
{
	const uint64_t high = 0x8080808080808080ULL, low7 = x & ~high;
	uint64_t capitals = (low7 + 0x3f3f3f3f3f3f3f3fULL) & ~(low7 + 0x2525252525252525ULL) & ~x & high;

	return x | capitals >> 2;
}

/* Are p's n bytes the text's, but for the case of ASCII letters? Eight bytes at a time, the last
 * eight overlapping the ones before: most texts compared differ from p in the first eight that
 * differ at all, or are it as written. */
static int same_folded(const unsigned char *p, const char *text, size_t n)
{
	uint64_t a, b;
	size_t i;

	if (n < 8) {
		for (i = 0; i < n; i++) {
			if (lower(p[i]) != lower((unsigned char) text[i])) {
				return 0;
			}
		}
		return 1;
	}
	for (i = 0; i + 8 < n; i += 8) {
		memcpy(&a, p + i, 8);
		memcpy(&b, text + i, 8);
		if (a != b && lower8(a) != lower8(b)) {
			return 0;
		}
	}
	memcpy(&a, p + n - 8, 8);
	memcpy(&b, text + n - 8, 8);
	return a == b || lower8(a) == lower8(b);
}

/* The text found at p alone (its head), or, with `whole`, the text that is all of p's `whole`
 * bytes (4 and more); `first` is the first text of p's key. */
static const scan_text *find_text(const unsigned char *p, size_t avail, size_t whole, const scan_text *first)
{
	/* the bytes of `next` that a head holds, by next_length */
	static const uint64_t next_bytes[9] = {
		0, 0xff, 0xffff, 0xffffff, 0xffffffffULL, 0xffffffffffULL, 0xffffffffffffULL, 0xffffffffffffffULL, ~0ULL,
	};
	/* p's bytes 8 to 15 (as many as there are) as the texts' `next`: most texts of a key differ from p there */
	size_t more = avail <= 8 ? 0 : avail >= 16 ? 8 : avail - 8;
	uint64_t next = key_half(p + 8, more < 4 ? more : 4) | (uint64_t) (more > 4 ? key_half(p + 12, more - 4) : 0) << 32;
	const scan_text *t;

	for (t = first;; t++) {
		size_t n = whole ? t->length : t->head;

		if ((whole ? n == whole : !t->whole && n <= avail) && (next & next_bytes[t->next_length]) == t->next
				&& same_folded(p, TEXT_OF(t), n)) {
			return t;
		}
		if (t->last) {
			break;
		}
	}
	return NULL;
}

/* The most an envelope's text can be: longer is no text of the tables, and the bound keeps scans linear. */
#define SEGMENT_MAX 512

/*
 * Is a text of a file's condition (IN_CONTEXT in scripts/gen-scan-rules.php: "No such file or
 * directory") a socket's failure here, the token being the text? Where, on its line and at most
 * SEGMENT_MAX bytes before it, a finding said that a connect or a lookup failed (an envelope, a
 * code, a cURL error, a symbol), an envelope names it (s->connecting), or the word "connect" or
 * "connecting" stands (mysqli_connect(), nginx's "connect() to unix:... failed (2: ...)", Go's
 * "dial unix /var/run/docker.sock: connect: no such file or directory", redis-cli's "Could not
 * connect to Redis at /tmp/redis.sock: ...", libpq's "could not connect to server: ..."), or
 * libpq's "connection to server" (from PostgreSQL 14 on, 'connection to server on socket
 * "/run/postgresql/.s.PGSQL.5432" failed: ...'). Where Apache (APR) puts the errno before it, "(2)No such file or directory:
 * AH02454: FCGI: attempt to connect to Unix domain socket ..."; where Predis puts the socket
 * after it, "No such file or directory [unix:/run/redis.sock]". Elsewhere it is most often a
 * file's, "require(vendor/autoload.php): Failed to open stream: No such file or directory", and
 * then a message of no case.
 */
static int in_context(const scanner *s)
{
	const unsigned char *p = s->token;
	size_t back;

	if (s->connecting && s->connecting <= p && p - s->connecting <= SEGMENT_MAX
			&& !memchr(s->connecting, '\n', (size_t) (p - s->connecting))) {
		return 1;
	}
	for (back = 7; back <= (size_t) (p - s->start) && back <= SEGMENT_MAX && p[-(ptrdiff_t) back] != '\n'; back++) {
		const unsigned char *q = p - back;

		if (same_folded(q, "connect", 7) && (q == s->start || !is_letter(q[-1]))
				&& (!is_letter(q[7]) || (back >= 10 && same_folded(q + 7, "ing", 3) && !is_letter(q[10]))
					|| (back >= 20 && same_folded(q + 7, "ion to server", 13)))) {
			return 1;
		}
	}
	if (p - s->start >= 3 && p[-1] == ')' && p[-2] >= '0' && p[-2] <= '9') {
		for (p -= 2; p > s->start && p[-1] >= '0' && p[-1] <= '9'; p--) {
		}
		if (p > s->start && p[-1] == '(') {
			return 1;
		}
	}
	return s->limit - s->cursor >= 7 && memcmp(s->cursor, " [unix:", 7) == 0;
}

/* A text of a file's condition out of a socket's context: recognised, no case. */
static int emit_out_of_context(scanner *s)
{
	return emit(s, SOCKERR_FOUND_MESSAGE, SOCKERR_CASE_Unknown, SOCKERR_RANK_NOTHING, -1, -1, SOCKERR_NO_CODE, NULL, -1);
}

static int emit_text(scanner *s, const scan_text *t)
{
	if (t->curl >= 0) {
		return emit_curl(s, t->curl, SOCKERR_RANK_TEXT);
	}
	if (t->context && !in_context(s)) {
		return emit_out_of_context(s);
	}
	return emit(s, SOCKERR_FOUND_MESSAGE, t->error, t->platform >= 0 ? SOCKERR_RANK_PLATFORM_TEXT : SOCKERR_RANK_TEXT,
		t->family, t->platform, t->native, t->symbol ? symbols[t->symbol - 1].name : NULL, -1);
}

#ifdef SCAN_SSE2
static unsigned int lowest_bit(uint64_t bits)
{
#ifdef _MSC_VER
	unsigned long i;

#ifdef _M_X64
	_BitScanForward64(&i, bits);
#else
	if (!_BitScanForward(&i, (unsigned long) bits)) {
		_BitScanForward(&i, (unsigned long) (bits >> 32));
		i += 32;
	}
#endif
	return i;
#else
	return (unsigned int) __builtin_ctzll(bits);
#endif
}
#endif

/* The first '\n', '\r' or NUL in [p, end), or end: where a line's text ends. One pass, sixteen
 * bytes at a time where SSE2 is there (three memchr() calls cost more over the short rest of a line). */
static const unsigned char *line_text_end(const unsigned char *p, const unsigned char *end)
{
#ifdef SCAN_SSE2
	for (; end - p >= 16; p += 16) {
		__m128i b = _mm_loadu_si128((const __m128i *) (const void *) p);
		unsigned int ends = (unsigned int) _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
			_mm_cmpeq_epi8(b, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(b, _mm_set1_epi8('\r'))),
			_mm_cmpeq_epi8(b, _mm_setzero_si128())));

		if (ends) {
			return p + lowest_bit(ends);
		}
	}
#endif
	while (p < end && *p != '\n' && *p != '\r' && *p != '\0') {
		p++;
	}
	return p;
}

/*
 * The text an envelope names, from s->cursor (spaces skipped) to the line's last `close`, or
 * to its end: a finding if it is all of one text of the hash table. Otherwise the scan goes on
 * inside it, where the automaton finds the texts that mean a failure alone. 0 stops the scan.
 */
static int emit_segment(scanner *s, unsigned char close)
{
	const unsigned char *p = s->cursor, *end;
	const scan_text *t;

	s->connecting = p; /* what follows is what an envelope of a connect or a lookup names */
	while (p < s->limit && *p == ' ') {
		p++;
	}
	/* the line's end: '\n', '\r' or a NUL, within SEGMENT_MAX bytes */
	end = p + ((size_t) (s->limit - p) < SEGMENT_MAX ? (size_t) (s->limit - p) : SEGMENT_MAX);
	end = line_text_end(p, end);
	if (end - p >= SEGMENT_MAX) {
		return 1;
	}
	if (close) {
		/* the last one on the line: a text may hold parentheses of its own */
		while (end > p && end[-1] != close) {
			end--;
		}
		if (end > p) {
			end--;
		}
	}
	/* a closing period, or the ideographic one, is often there and sometimes not */
	for (;;) {
		if (end > p && (end[-1] == ' ' || end[-1] == '.')) {
			end--;
		} else if (end - p >= 3 && end[-3] == 0xe3 && end[-2] == 0x80 && end[-1] == 0x82) {
			end -= 3;
		} else {
			break;
		}
	}
	/* (a whole text has four bytes and more; a length of 0 would ask for one found alone) */
	if (end - p < 4) {
		return 1;
	}
	if (!(t = texts_at(p, (size_t) (end - p))) || !(t = find_text(p, (size_t) (s->limit - p), (size_t) (end - p), t))) {
		return 1;
	}
	s->token = p;
	s->cursor = end;
	return emit_text(s, t);
}

/* An envelope's text follows: see emit_segment(). */
#define SEGMENT(close) do { s->cursor = cursor; if (!emit_segment(s, close)) { return; } goto next; } while (0)
/* A finding, then maybe the OS's text after it. */
#define THEN_TEXT(call) do { s->cursor = cursor; if (!(call) || !emit_segment(s, 0)) { return; } goto next; } while (0)

/* A symbol must stand alone: EPERM, not XEPERMY. */
#define SYMBOL_ALONE (!(s->token > s->start && is_word(s->token[-1])) && !is_word(*cursor))

/* Nothing but blanks from p to the end of its line. */
static int line_end(const scanner *s, const unsigned char *p)
{
	while (p < s->limit && (*p == ' ' || *p == '\t' || *p == '\r')) {
		p++;
	}
	return p == s->limit || *p == '\n';
}

/* The automaton runs on local pointers; an action hands the end of its match to `s` first. */
#define FOUND(call) do { s->cursor = cursor; if (!(call)) { return; } goto next; } while (0)
#define REJECT do { s->cursor = s->token + 1; goto next; } while (0)

/* Words before a symbol that introduce a failure's code: Node's and libuv's calls
 * ("connect ECONNREFUSED", "getaddrinfo EAI_AGAIN redis at ..."), and error/errno/code. */
static const char introducers[][12] = {
	"accept", "bind", "code", "connect", "errno", "error", "failed", "getaddrinfo", "getnameinfo", "got",
	"listen", "lookup", "open", "read", "recv", "returned", "send", "spawn", "syscall", "with", "write",
};

/*
 * Is the symbol a word of a sentence ("Fix ECONNREFUSED handling in the client") rather than
 * a failure's code? It is when a word stands before it that introduces no code, and two
 * lower-case words follow it.
 */
static int in_prose(const scanner *s)
{
	const unsigned char *word = s->token - 1, *p = s->cursor;
	size_t len, i;

	/* (what follows first: most symbols are followed by no words at all) */
	if (*p != ' ' || !(p[1] >= 'a' && p[1] <= 'z')) {
		return 0;
	}
	for (p++; p < s->limit && *p >= 'a' && *p <= 'z'; p++) {
	}
	if (!(p + 1 < s->limit && *p == ' ' && is_letter(p[1]))) {
		return 0;
	}
	if (word <= s->start || *word != ' ' || !is_letter(word[-1])) {
		return 0;
	}
	while (word > s->start && is_letter(word[-1])) {
		word--;
	}
	len = (size_t) (s->token - 1 - word);
	for (i = 0; i < sizeof(introducers) / sizeof(introducers[0]); i++) {
		if (len < sizeof(introducers[0]) && introducers[i][len] == '\0' && introducers[i][len - 1] != '\0'
				&& same_folded(word, introducers[i], len)) {
			return 0;
		}
	}
	return !(len >= 5 && same_folded(word, "query", 5)); /* queryA, querySrv... */
}

/* An upper-case word, spelt at `name` (the token itself, or an atom made upper case): a finding
 * if it is a symbol of the tables. */
static int emit_symbol(scanner *s, const unsigned char *name)
{
	size_t len = (size_t) (s->cursor - s->token), i;
	uint32_t hash = 0, slot;

	if (s->token > s->start && is_word(s->token[-1])) {
		return 1;
	}
	for (i = 0; i < len; i++) {
		hash = hash * 31 + name[i];
	}
	for (slot = hash & (SCAN_SYMBOL_SLOTS - 1); scan_symbol_slot[slot]; slot = (slot + 1) & (SCAN_SYMBOL_SLOTS - 1)) {
		const scan_symbol *sym = &symbols[scan_symbol_slot[slot] - 1];

		if (sym->length != len || memcmp(sym->name, name, len) != 0) {
			continue;
		}
		if (inside_url_or_path(s) || in_prose(s)) {
			return 1;
		}
		if (sym->curl >= 0) {
			return emit_curl(s, sym->curl, SOCKERR_RANK_SYMBOL);
		}
		return emit(s, SOCKERR_FOUND_SYMBOL, sym->error, SOCKERR_RANK_SYMBOL, sym->family,
			sym->platform < 0 && s->platform >= 0 && !s->host ? s->platform : sym->platform, sym->native, sym->name, -1);
	}
	return 1;
}

/* Erlang and Elixir name an errno by a lower-case atom: {error,econnrefused}, reason: :etimedout. */
#define ATOM (s->token > s->start && (s->token[-1] == ':' || s->token[-1] == ',' || s->token[-1] == '{' \
	|| (s->token[-1] == ' ' && s->token - s->start >= 2 && s->token[-2] == ',')) && !is_word(*cursor))
static int emit_atom(scanner *s)
{
	unsigned char upper[16];
	size_t i, len = (size_t) (s->cursor - s->token);

	for (i = 0; i < len && i < sizeof(upper); i++) {
		upper[i] = (unsigned char) (s->token[i] - 'a' + 'A');
	}
	return len <= sizeof(upper) ? emit_symbol(s, upper) : 1;
}

/* A match that starts with a letter must start a word: "refused", not "unrefused". */
#define INSIDE_WORD (is_letter(*s->token) && s->token > s->start && is_letter(s->token[-1]))

#define SOCKERR_MESSAGE(name_, error_, family_, platform_, native_) \
	s->cursor = cursor; \
	if (INSIDE_WORD || inside_url_or_path(s)) { REJECT; } \
	FOUND(emit(s, SOCKERR_FOUND_MESSAGE, error_, platform_ >= 0 ? SOCKERR_RANK_PLATFORM_TEXT : SOCKERR_RANK_TEXT, \
		family_, platform_, native_, name_, -1))

/* The same for a text of a file's condition, which needs a socket's context (see in_context()) */
#define SOCKERR_MESSAGE_IN_CONTEXT(name_, error_, family_, platform_, native_) \
	s->cursor = cursor; \
	if (INSIDE_WORD || inside_url_or_path(s)) { REJECT; } \
	if (!in_context(s)) { FOUND(emit_out_of_context(s)); } \
	SOCKERR_MESSAGE(name_, error_, family_, platform_, native_)

#define SOCKERR_CURL_MESSAGE(code) \
	s->cursor = cursor; \
	if (INSIDE_WORD || inside_url_or_path(s)) { REJECT; } \
	FOUND(emit_curl(s, code, SOCKERR_RANK_TEXT))

#define ENVELOPE(error_, name_) \
	s->cursor = cursor; \
	if (INSIDE_WORD || inside_url_or_path(s)) { REJECT; } \
	FOUND(emit(s, SOCKERR_FOUND_ENVELOPE, error_, SOCKERR_RANK_ENVELOPE, -1, -1, SOCKERR_NO_CODE, name_, -1))

/* The bytes chunk_starts() looks at in one go: the bits of a uint64_t. */
#define START_CHUNK 64

/*
 * What may start at a start, as bits (s->whats): 1 a rule of the automaton whose literal start
 * is short (under eight bytes), 2 a text of the hash table found alone, 4 a rule of a long
 * literal start. The tables of scan_index.h hold a byte per bucket, so that a lookup is a load
 * with no shift.
 *
 * What scan_starts says of a start's key (its first four bytes, each | 0x20, little-endian; at
 * '[' the first two alone: START_KEY()): 1 where a rule of a short literal start may start,
 * and 0xfe (all other bits) where a text or a rule of a long literal start may, which
 * scan_starts8 then tells by the first eight bytes.
 */
#define START_BITS(key) (scan_starts[((key) * 2654435761U) >> (32 - SCAN_STARTS_BITS)])
#define START_KEY(lo) ((lo) & (((lo) & 0xff) == ('[' | 0x20) ? 0xffffU : 0xffffffffU))

/*
 * What may start at a word's first letter (the bits above, 0 for nothing), from its first eight
 * bytes (lo and hi: key_half() of each four). Both tables are looked up, with no branch: what
 * scan_starts says of the first four, and where that is a text or a long rule, what scan_starts8
 * says of the first eight (2, 4 or both; by the same key_hash() as the texts').
 * chunk_starts() calls it at most starts.
 */
#define WORD_WHAT(first, lo, hi) \
	((first) & (scan_starts8[key_hash(lo, hi) >> (32 - SCAN_STARTS8_BITS)] | 1U))

/*
 * The same at any start (a letter, '[', or a character of another script) with `left` bytes to
 * the text's end (p[left] is the NUL after it). Texts and long literal starts have eight bytes
 * and more (too_generic() in scripts/gen-scan-rules.php), so nearer the end only a rule of a
 * short literal start can start.
 */
static unsigned int what_at(const unsigned char *p, size_t left)
{
	uint32_t lo;

	if (left >= 8) {
		lo = key_half(p, 4);
		return WORD_WHAT(START_BITS(START_KEY(lo)), lo, key_half(p + 4, 4));
	}
	/* nearer the end than four bytes, what follows it counts as zeros (| 0x20, as in key_half()) */
	lo = left >= 3 ? key_half(p, 4) : ((uint32_t) p[0] | (uint32_t) (left > 1 ? p[1] : 0) << 8) | 0x20202020U;
	return START_BITS(START_KEY(lo)) & 1;
}

/*
 * Where scan_starts8 says that a rule of a long literal start, or a text found alone, may start
 * at p (`left` bytes to the end, 8 and more), may one by its first 12 or 16 bytes too? Most
 * words that begin like one go on otherwise ("connecting to", "failed to open"), and a run of
 * the automaton, or a lookup in the texts, that finds nothing costs several times these
 * lookups. The gates (scan_index.h) hold a bit for each bucket of the hash of a start's first 8
 * bytes (starts of 8 to 11 bytes), 12 (12 to 15) or 16 (longer ones), that of eight being
 * key_hash() (`hash`, of p's first eight); a text's start is its head.
 */
#define GATE(table, hash) (((table)[(hash) >> (32 - SCAN_GATE_BITS + 5)] >> (((hash) >> (32 - SCAN_GATE_BITS)) & 31)) & 1)
static int may_start(const unsigned char *p, size_t left, uint32_t hash)
{
	if (GATE(scan_gate8, hash) || left < 12) {
		return 1;
	}
	hash += key_half(p + 8, 4) * 3266489917U;
	if (GATE(scan_gate12, hash) || left < 16) {
		return 1;
	}
	hash += key_half(p + 12, 4) * 668265263U;
	return (int) GATE(scan_gate16, hash);
}

#ifdef SCAN_SSE2
/* The bits of a 16-byte block's bytes that are ASCII letters, '[', or UTF-8 lead bytes of two and of three bytes. */
#define LETTER_BITS(b) ((uint64_t) (unsigned int) _mm_movemask_epi8(_mm_cmplt_epi8( \
	_mm_sub_epi8(_mm_or_si128(b, _mm_set1_epi8(0x20)), _mm_set1_epi8('a' - 128)), _mm_set1_epi8(-128 + 26))))
#define BRACKET_BITS(b) ((uint64_t) (unsigned int) _mm_movemask_epi8(_mm_cmpeq_epi8(b, _mm_set1_epi8('['))))
/* (as signed bytes, 0xc2..0xdf are -62..-33 and 0xe0..0xef are -32..-17) */
#define LEAD2_BITS(b) ((uint64_t) (unsigned int) _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(b, _mm_set1_epi8(-63)), \
	_mm_cmplt_epi8(b, _mm_set1_epi8(-32)))))
#define LEAD3_BITS(b) ((uint64_t) (unsigned int) _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(b, _mm_set1_epi8(-33)), \
	_mm_cmplt_epi8(b, _mm_set1_epi8(-16)))))
#define HIGH_BITS(b) ((uint64_t) (unsigned int) _mm_movemask_epi8(b))
/* the classes of the four blocks of 16 bytes at chunk, chunk + o1, + o2 and + o3 (blocks that
 * overlap agree on the bytes they share) */
#define CHUNK_BITS(bits, o1, o2, o3) (bits(b0) | bits(b1) << (o1) | bits(b2) << (o2) | bits(b3) << (o3))
#define CHUNK_CLASSES(o1, o2, o3) do { \
		__m128i b0 = _mm_loadu_si128((const __m128i *) (const void *) chunk); \
		__m128i b1 = _mm_loadu_si128((const __m128i *) (const void *) (chunk + (o1))); \
		__m128i b2 = _mm_loadu_si128((const __m128i *) (const void *) (chunk + (o2))); \
		__m128i b3 = _mm_loadu_si128((const __m128i *) (const void *) (chunk + (o3))); \
		letters = CHUNK_BITS(LETTER_BITS, o1, o2, o3); \
		brackets = CHUNK_BITS(BRACKET_BITS, o1, o2, o3); \
		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(b0, b1), _mm_or_si128(b2, b3)))) { /* most chunks of most logs are ASCII */ \
			high = CHUNK_BITS(HIGH_BITS, o1, o2, o3); \
			lead2 = CHUNK_BITS(LEAD2_BITS, o1, o2, o3); \
			lead3 = CHUNK_BITS(LEAD3_BITS, o1, o2, o3); \
		} \
	} while (0)

/*
 * The starts from p on where a rule or a text may start, in s->found and s->whats, for the 64
 * bytes from s->chunk: p, or where fewer than 64 bytes are left, the text's last 64 (the
 * starts before p left out), so that a chunk is four whole blocks of 16 (in a text shorter than
 * 64 bytes, blocks that overlap; in one shorter than 16, a copy). The starts are the letters
 * that start a word, '[', and where a text of another script may start: a two-byte UTF-8
 * character (Cyrillic, Greek, accented Latin) after an ASCII byte, any three-byte one (Chinese,
 * Japanese and Korean have no spaces between words). Two passes, each over all of them at
 * once: the classes of the bytes, sixteen at a time; what may start at each start: at a word's
 * first letter with eight bytes to the end (most starts) START_BITS() and WORD_WHAT(), with no
 * branch, in a loop of their own, and what_at() at '[' and near the end. (A branch per start
 * that the processor cannot foresee would cost more than the lookups.)
 */
static void chunk_starts(scanner *s, const unsigned char *p)
{
	const unsigned char *chunk = p;
	size_t left = (size_t) (s->limit - p); /* the bytes from the chunk to the text's end */
	uint64_t starts, words, far, found = 0, letters = 0, brackets = 0, high = 0, lead2 = 0, lead3 = 0;

	if (left < START_CHUNK && s->limit - s->start >= START_CHUNK) {
		chunk = s->limit - START_CHUNK;
		left = START_CHUNK;
	}
	if (left >= START_CHUNK) {
		CHUNK_CLASSES(16, 32, 48);
	} else if (left >= 16) {
		/* a text of 16 to 63 bytes: the last blocks moved back to end with it */
		unsigned int end = (unsigned int) left - 16, o1 = end < 16 ? end : 16, o2 = end < 32 ? end : 32;

		CHUNK_CLASSES(o1, o2, end);
	} else {
		/* shorter than a block: its bytes, with zeros after them, put together in two halves of
		 * eight from loads that overlap (not copied to memory and loaded from there: a load
		 * wider than the stores just made waits for them) */
		uint64_t low, high = 0;
		uint32_t first, last;
		__m128i b;

		if (left >= 8) {
			memcpy(&low, chunk, 8);
			if (left > 8) {
				memcpy(&high, chunk + left - 8, 8);
				high >>= 8 * (16 - left); /* the bytes from chunk + 8 on */
			}
		} else if (left >= 4) {
			memcpy(&first, chunk, 4);
			memcpy(&last, chunk + left - 4, 4);
			low = first | (uint64_t) last << (8 * (left - 4));
		} else {
			low = chunk[0] | (uint64_t) chunk[left / 2] << (8 * (left / 2)) | (uint64_t) chunk[left - 1] << (8 * (left - 1));
		}
		b = _mm_set_epi64x((long long) high, (long long) low);
		letters = LETTER_BITS(b);
		brackets = BRACKET_BITS(b);
		if (_mm_movemask_epi8(b)) {
			high = HIGH_BITS(b);
			lead2 = LEAD2_BITS(b);
			lead3 = LEAD3_BITS(b);
		}
	}
	starts = (letters & ~((letters << 1) | (uint64_t) (chunk > s->start && is_letter(chunk[-1])))) | brackets
		| (lead2 & ~((high << 1) | (uint64_t) (chunk > s->start && chunk[-1] >= 0x80))) | lead3;
	starts &= ~(uint64_t) 0 << (p - chunk);
	/* the words' first letters eight bytes and more before the end (most starts) */
	far = left >= START_CHUNK + 7 ? ~(uint64_t) 0 : left >= 8 ? ((uint64_t) 2 << (left - 8)) - 1 : 0;
	for (words = starts & far & ~brackets; words; words &= words - 1) {
		size_t i = lowest_bit(words);
		uint32_t lo = key_half(chunk + i, 4);
		unsigned int what = WORD_WHAT(START_BITS(lo), lo, key_half(chunk + i + 4, 4));

		s->whats[i] = (unsigned char) what;
		found |= (uint64_t) (what != 0) << i;
	}
	/* '[', and the starts nearer the end */
	for (starts &= brackets | ~far; starts; starts &= starts - 1) {
		unsigned int i = lowest_bit(starts), what = what_at(chunk + i, left - i);

		s->whats[i] = (unsigned char) what;
		found |= starts & (0 - starts) & (0 - (uint64_t) (what != 0));
	}
	s->chunk = chunk;
	s->found = found;
}
#undef LETTER_BITS
#undef BRACKET_BITS
#undef LEAD2_BITS
#undef LEAD3_BITS
#undef HIGH_BITS
#undef CHUNK_BITS
#undef CHUNK_CLASSES
#endif

/* The first byte from p on where a rule or a text may start (s->what says which), or the limit. */
static const unsigned char *next_start(scanner *s, const unsigned char *p)
{
#ifdef SCAN_SSE2
	for (;;) {
		if ((uintptr_t) p - (uintptr_t) s->chunk < START_CHUNK) { /* (NULL before the first chunk) */
			unsigned int from = (unsigned int) (p - s->chunk);
			uint64_t left = s->found >> from;

			if (left) {
				size_t i = lowest_bit(left) + from;

				s->what = s->whats[i];
				return s->chunk + i;
			}
			p = s->chunk + START_CHUNK;
		}
		if (p >= s->limit) {
			return s->limit;
		}
		chunk_starts(s, p);
	}
#else
	for (; p < s->limit; p++) {
		if ((is_letter(*p) && !(p > s->start && is_letter(p[-1]))) || *p == '['
				|| (*p >= 0xc2 && *p <= 0xdf && !(p > s->start && p[-1] >= 0x80)) || (*p >= 0xe0 && *p <= 0xef)) {
			if ((s->what = what_at(p, (size_t) (s->limit - p))) != 0) {
				return p;
			}
		}
	}
	return s->limit;
#endif
}

void sockerr_scan(const char *text, size_t len, int platform, sockerr_scan_cb callback, void *context)
{
	scanner state, *s = &state;
	const unsigned char *cursor, *marker, *limit;
	const scan_text *found;
	unsigned int what;

	s->start = s->cursor = marker = (const unsigned char *) text;
	s->limit = limit = s->start + len;
	s->host = platform >= 0 && (platform & SOCKERR_SCAN_HOST);
	s->chunk = NULL;
	s->found = 0;
	s->what = 0;
	s->connecting = NULL;
	s->platform = platform < 0 ? -1 : platform & ~SOCKERR_SCAN_HOST;
	s->callback = callback;
	s->context = context;

	for (;;) {
next:
		s->token = cursor = next_start(s, s->cursor);
		if (cursor == limit) {
			return;
		}
		what = s->what;
		if (what & 6) {
			/* (eight bytes and more to the end: the key of the first eight, for the gates and the texts) */
			uint32_t lo = key_half(cursor, 4), hi = key_half(cursor + 4, 4), hash = key_hash(lo, hi);

			if (!may_start(cursor, (size_t) (limit - cursor), hash)) {
				what &= 1; /* no text and no rule of a long literal start, by the first 12 or 16 bytes */
			} else if ((what & 2) && (found = texts_of(lo, hi, hash)) != NULL
					&& (found = find_text(cursor, (size_t) (limit - cursor), 0, found)) != NULL
					&& !INSIDE_WORD && (*cursor >= 0x80 || !inside_url_or_path(s))) {
				/* a text found alone; one of a script without spaces between words is no part of a URL or a path */
				s->cursor = cursor + found->head;
				if (!emit_text(s, found)) {
					return;
				}
				continue;
			}
		}
		if (!(what & 5)) {
			s->cursor = cursor + 1;
			continue;
		}
	/*!re2c
		re2c:define:YYCTYPE = "unsigned char";
		re2c:define:YYCURSOR = "cursor";
		re2c:define:YYMARKER = "marker";
		re2c:define:YYLIMIT = "limit";
		re2c:yyfill:enable = 0;
		re2c:eof = 0;

		digits = [0-9]+;
		number = "-"? digits;
		sp = [ \t]*;
		code_is = (' is' | sp [:=])? sp;
		hex = '0x' [0-9a-fA-F]+;
		quoted = ['"`] [^'"`\n\x00]* ['"`];
		py_errno = number ", " ['"];

		$ { return; }
		// no rule matches here: go on from the next byte
		* { s->cursor = cursor; continue; }

		!include "scan_rules.re";


		// numbers in the contexts that say what they are; where the OS's text follows, it may be
		// one of those too common to count alone (musl's "Try again")
		'errno' sp [=:]? sp number { FOUND(emit_number(s, last_number(s), 0)); }
		"[Errno " number "]" { THEN_TEXT(emit_number(s, last_number(s), 0)); }
		"[WinError " digits "]" { THEN_TEXT(emit_number(s, last_number(s), 1)); }
		// (its parenthesis and the colon of ": no such host" below are no start of a rule: the
		// scanner starts at far fewer bytes without them, and the action takes them in)
		"os error " number ")" { if (s->token == s->start || s->token[-1] != '(') { REJECT; } s->token--; FOUND(emit_number(s, last_number(s), 0)); }
		"SocketException (" number ")" { FOUND(emit_number(s, last_number(s), 0)); }
		// (after a space or at the start, not make[2]: in a build log)
		"[" number "]" sp ":" { if (s->token > s->start && is_word(s->token[-1])) { REJECT; } THEN_TEXT(emit_number(s, last_number(s), 0)); }
		// "error code 10061", "error code is 10065", "Error code: 0x274C" (SQL Server's TCP
		// Provider writes Winsock's code, or on Linux the errno, in hexadecimal)
		// (each start written out: a literal start of eight bytes is looked up before the automaton runs)
		'error code' code_is digits | 'error_code' code_is digits | 'errorcode' code_is digits
			{ FOUND(emit_number(s, last_number(s), 0)); }
		'error code' code_is hex | 'error_code' code_is hex | 'errorcode' code_is hex
			{ FOUND(emit_number(s, hex_number(s), 0)); }
		// Python's socket.herror carries an h_errno, not an errno
		"herror: [Errno " number "]" { THEN_TEXT(emit_number(s, herrno(last_number(s)), 0)); }
		// MySQL and MariaDB clients: the errno of the client's system in parentheses (a value
		// of 10000 and up is Winsock's): Can't connect to MySQL server on 'db' (111)
		'Can\'t connect to ' ('local ')? (('MySQL' | 'MariaDB') ' ')? 'server '
			('on ' | 'through socket ') quoted ' (' number
			{ FOUND(emit_connect_number(s, last_number(s))); }
		// (a lookup's error; some tools leave out "Unknown")
		'Unknown MySQL server host ' quoted ' '? '(' number | 'MySQL server host ' quoted ' '? '(' number
			{ FOUND(emit_number(s, last_number(s), 0)); }
		// Python's OSError and its subclasses as repr() shows them, the errno first:
		// ConnectionRefusedError(111, 'Connection refused'), TimeoutError(10060, '...')
		"OSError(" py_errno | "ConnectionError(" py_errno | "ConnectionRefusedError(" py_errno
			| "ConnectionResetError(" py_errno | "ConnectionAbortedError(" py_errno | "TimeoutError(" py_errno
			| "BrokenPipeError(" py_errno | "BlockingIOError(" py_errno | "InterruptedError(" py_errno
			| "PermissionError(" py_errno
			{ while (cursor[-1] < '0' || cursor[-1] > '9') { cursor--; } FOUND(emit_number(s, last_number(s), 0)); }
		// Rust's io::Error: Os { code: 49, kind: AddrNotAvailable, message: "..." }; the kind
		// says it on every platform, the code only on the one it came from
		"kind: " [A-Za-z]+ { FOUND(emit_rust_kind(s)); }

		// cURL: its codes and the wordings of its error buffer across versions
		'curl error ' digits { FOUND(emit_curl(s, last_number(s), SOCKERR_RANK_SYMBOL)); }
		"curl: (" digits ")" { FOUND(emit_curl(s, last_number(s), SOCKERR_RANK_SYMBOL)); }
		'Could not resolve host' ':'? | "Couldn't resolve host '" | 'Failed to resolve host'
			{ FOUND(emit_curl(s, 6, SOCKERR_RANK_TEXT)); }
		'Could not resolve proxy:' | "Couldn't resolve proxy '" { FOUND(emit_curl(s, 5, SOCKERR_RANK_TEXT)); }
		'Resolving timed out after' | 'Operation timed out after' | 'Connection timed out after'
			| 'Connection timeout after'
			{ FOUND(emit_curl(s, 28, SOCKERR_RANK_TEXT)); }
		// these introduce the OS's or libcurl's own text, which then decides: "Failed to connect
		// to h port 443 after 21 ms: Timed out" (libcurl's Winsock text), "Failed connect to h:80; ..."
		'Failed to connect to ' [^ \t\n\x00]+ ' port ' digits (' after ' digits ' ms')? ':'
			| 'Failed connect to ' [^ \t\n\x00;]+ ';' { THEN_TEXT(emit_curl(s, 7, SOCKERR_RANK_ENVELOPE)); }
		'Failed to connect to ' | 'Failed connect to ' { FOUND(emit_curl(s, 7, SOCKERR_RANK_ENVELOPE)); }
		// git: "RPC failed; curl 56 GnuTLS recv error (-9)"
		'RPC failed; curl ' digits { FOUND(emit_curl(s, last_number(s), SOCKERR_RANK_SYMBOL)); }
		"couldn't connect to host" { FOUND(emit_curl(s, 7, SOCKERR_RANK_TEXT)); }
		'Recv failure:' { FOUND(emit_curl(s, 56, SOCKERR_RANK_ENVELOPE)); }
		'Send failure:' { FOUND(emit_curl(s, 55, SOCKERR_RANK_ENVELOPE)); }
		'Empty reply from server' { FOUND(emit_curl(s, 52, SOCKERR_RANK_TEXT)); }
		'SSL certificate problem:' { FOUND(emit_curl(s, 60, SOCKERR_RANK_TEXT)); }

		// what PHP, databases and other runtimes wrap around a failure, and the OS's text in it
		'php_network_getaddresses: ' { ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		'getaddrinfo for ' [^ \t\n\x00]+ ' failed:' | 'getaddrinfo failed:' | 'gethostbyname failed:'
			| 'could not translate host name "' [^"\n\x00]* '" to address:' { SEGMENT(0); }
		'Unable to connect to ' [^ \t\n\x00]+ ' (' { SEGMENT(')'); }
		"SQLSTATE[" [0-9A-Z]{5} "] [" digits "]" { FOUND(emit_mysql(s, last_number(s))); }
		// aiohttp: "Cannot connect to host h:443 ssl:default [Connection refused]", the OS's text in brackets
		'Cannot connect to host ' [^ \t\n\x00]+ ' ssl:' [^\n\x00[]* '[' { SEGMENT(']'); }
		// urllib3 (Python's requests) wraps any failure during a request in ('Connection aborted.', <the
		// exception>): the exception says what happened, not these words
		"Connection aborted.'" { if (s->token == s->start || s->token[-1] != '\'') { REJECT; } ENVELOPE(SOCKERR_CASE_Unknown, NULL); }
		// Erlang's and Elixir's atoms: {error,econnrefused}, {:error, :nxdomain}
		"econnrefused" | "econnreset" | "econnaborted" | "etimedout" | "ehostunreach" | "enetunreach" | "enetdown"
			| "ehostdown" | "eaddrinuse" | "eaddrnotavail" { if (!ATOM) { REJECT; } FOUND(emit_atom(s)); }
		"nxdomain" { if (!ATOM) { REJECT; } ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		// apt (methods/connect.cc, apt 2.6): a lookup that failed for now (EAI_AGAIN), or for good;
		// the second only as apt ends a line with it, not Rollup's "Could not resolve './x' from ..."
		'Temporary failure resolving \'' { ENVELOPE(SOCKERR_CASE_TryAgain, NULL); }
		'Could not resolve \'' [^' \t\n\x00/]+ '\'' { if (!line_end(s, cursor)) { REJECT; } ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		// urllib3 (Python's requests): "HTTPSConnectionPool(host='h', port=443): Read timed out."
		'Read timed out' { ENVELOPE(SOCKERR_CASE_TimedOut, NULL); }
		// timeouts in their own words: APR's (Apache's mod_proxy: "(70007)The timeout specified has
		// expired"), PHP's TLS handshake (ext/openssl), Symfony's HttpClient
		'The timeout specified has expired' | "SSL: Handshake timed out" | 'Idle timeout reached for "'
			{ ENVELOPE(SOCKERR_CASE_TimedOut, NULL); }
		// BusyBox's and BIND's nslookup: "*** Can't find db.example: No answer" (a name with no record of the type)
		'Can\'t find ' [^ \t\n\x00]+ ': No answer' { ENVELOPE(SOCKERR_CASE_NoData, NULL); }
		// these say a connection ended, not how: recognised, and no case
		'MySQL server has gone away' | 'Lost connection to MySQL server' | 'Redis server went away'
			| 'read error on connection' | 'Connection lost' { ENVELOPE(SOCKERR_CASE_Unknown, NULL); }
		"java.net.UnknownHostException" | "socket.gaierror" | "Name does not resolve" | 'Could not resolve host "'
			{ ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		"no such host" { if (s->token - s->start < 2 || s->token[-1] != ' ' || s->token[-2] != ':') { REJECT; }
			s->token -= 2; ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		// DNS answers and Node's code for a failed lookup: not native symbols, so no name
		"NXDOMAIN" | "ENOTFOUND" { if (!SYMBOL_ALONE) { REJECT; } ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		"SERVFAIL" { if (!SYMBOL_ALONE) { REJECT; } ENVELOPE(SOCKERR_CASE_TryAgain, NULL); }
		// Go's resolver: "lookup db on 127.0.0.11:53: server misbehaving" (a SERVFAIL or a bad answer)
		'server misbehaving' { ENVELOPE(SOCKERR_CASE_TryAgain, NULL); }
		// Amp: "Connection to tcp://127.0.0.1:1 @ tcp://127.0.0.1:1 refused"
		// and PostgreSQL's JDBC driver: "Connection to 127.0.0.1:5433 refused. Check that ..."
		'Connection to ' [^ \t\n\x00]+ (" @ " [^ \t\n\x00]+)? ' refused' { ENVELOPE(SOCKERR_CASE_ConnectionRefused, NULL); }
		'Connection to ' [^ \t\n\x00]+ ' timed out' { ENVELOPE(SOCKERR_CASE_TimedOut, NULL); }
		// SQL Server's clients (ODBC, SqlClient, sqlcmd)
		'Login timeout expired' | 'Connection Timeout Expired' { ENVELOPE(SOCKERR_CASE_TimedOut, NULL); }
		// wget
		'unable to resolve host address' { ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		// .NET's SocketError and Rust's io::ErrorKind name a failure in the same words as the
		// cases: "Error: 10061 (ConnectionRefused)", "SocketErrorCode: HostNotFound"
		"ConnectionRefused" | "ConnectionReset" | "ConnectionAborted" | "HostNotFound" | "HostUnreachable"
			| "NetworkUnreachable" | "NetworkDown" | "AddressAlreadyInUse" | "AddressNotAvailable" | "TimedOut"
			{ if (!SYMBOL_ALONE) { REJECT; } FOUND(emit_case_name(s)); }
		// Chromium's net errors (net/base/net_error_list.h): net::ERR_CONNECTION_REFUSED
		"ERR_CONNECTION_REFUSED" { if (!SYMBOL_ALONE) { REJECT; } ENVELOPE(SOCKERR_CASE_ConnectionRefused, NULL); }
		"ERR_CONNECTION_RESET" { if (!SYMBOL_ALONE) { REJECT; } ENVELOPE(SOCKERR_CASE_ConnectionReset, NULL); }
		"ERR_CONNECTION_ABORTED" { if (!SYMBOL_ALONE) { REJECT; } ENVELOPE(SOCKERR_CASE_ConnectionAborted, NULL); }
		"ERR_CONNECTION_TIMED_OUT" | "ERR_TIMED_OUT" { if (!SYMBOL_ALONE) { REJECT; } ENVELOPE(SOCKERR_CASE_TimedOut, NULL); }
		"ERR_NAME_NOT_RESOLVED" { if (!SYMBOL_ALONE) { REJECT; } ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		"ERR_ADDRESS_UNREACHABLE" { if (!SYMBOL_ALONE) { REJECT; } ENVELOPE(SOCKERR_CASE_HostUnreachable, NULL); }
		// (Python's socket.timeout and TimeoutError; Ruby's Net::OpenTimeout, ReadTimeout, WriteTimeout)
		"java.net.SocketTimeoutException" | 'i/o timeout' | 'timeout exceeded' | 'connect timed out'
			| "socket.timeout" | "TimeoutError" | "Net::OpenTimeout" | "Net::ReadTimeout" | "Net::WriteTimeout"
			{ ENVELOPE(SOCKERR_CASE_TimedOut, NULL); }
		"java.net.NoRouteToHostException" { ENVELOPE(SOCKERR_CASE_HostUnreachable, NULL); }
		"java.net.ConnectException" | "ConnectionRefusedError" { ENVELOPE(SOCKERR_CASE_ConnectionRefused, NULL); }
		"ConnectionResetError" | "java.net.SocketException: Connection reset" { ENVELOPE(SOCKERR_CASE_ConnectionReset, NULL); }
		"ConnectionAbortedError" { ENVELOPE(SOCKERR_CASE_ConnectionAborted, NULL); }


		// any other upper-case word: a finding if the tables know it as a symbol (listed
		// last, so that the literal rules above win a match of the same length)
		[A-Z] [A-Z0-9_]+ { FOUND(emit_symbol(s, s->token)); }
	*/
	}
}

void sockerr_verdict_init(sockerr_verdict *verdict)
{
	verdict->os.kind = verdict->curl.kind = SOCKERR_FOUND_COUNT;
	verdict->os.rank = verdict->curl.rank = 0;
	verdict->error = SOCKERR_CASE_Unknown;
	verdict->found = 0;
}

/* A finding that decides without a code ("Connection refused") takes the code of one that says
 * the same with a number ("errno=111"), read on the host's platform or another's. */
static void keep_code(sockerr_finding *decides, const sockerr_finding *other)
{
	if (other->kind == SOCKERR_FOUND_COUNT || other->kind == SOCKERR_FOUND_CURL || other->error != decides->error
			|| decides->native != SOCKERR_NO_CODE || other->native == SOCKERR_NO_CODE || other->platform < 0
			|| decides->error == SOCKERR_CASE_Unknown) {
		return;
	}
	decides->native = other->native;
	decides->platform = other->platform;
	if (!decides->name) {
		decides->name = other->name;
	}
}

/* A finding copied field by field, each in a load of its own size: emit() has just stored it so,
 * and a load that spans two stores waits for them to reach the cache (a compiler may merge the
 * loads of neighbouring fields, but never volatile ones). */
static void copy_finding(sockerr_finding *to, const volatile sockerr_finding *from)
{
	to->text = from->text;
	to->offset = from->offset;
	to->length = from->length;
	to->kind = from->kind;
	to->error = from->error;
	to->rank = from->rank;
	to->family = from->family;
	to->platform = from->platform;
	to->native = from->native;
	to->name = from->name;
	to->curl = from->curl;
}

int sockerr_verdict_add(void *context, const sockerr_finding *f)
{
	sockerr_verdict *verdict = context;
	sockerr_finding *slot = f->kind == SOCKERR_FOUND_CURL ? &verdict->curl : &verdict->os;

	if (slot->kind == SOCKERR_FOUND_COUNT) {
		copy_finding(slot, f);
	} else if (f->rank > slot->rank) {
		sockerr_finding lower;

		copy_finding(&lower, slot);
		copy_finding(slot, f);
		keep_code(slot, &lower);
	} else {
		keep_code(slot, f);
	}
	verdict->found = 1;
	return 1;
}

/* Beside a cURL finding (`curl`, its CURLcode), does the OS finding of case `os_error` decide? Where
 * it names a case and the cURL code carries an OS error, says nothing of the socket layer, or is unknown. */
static int os_decides(int os_error, int curl)
{
	const sockerr_curl_row *row = sockerr_find_curl(curl);

	return os_error != SOCKERR_CASE_Unknown && (!row || row->os_errno || row->error == SOCKERR_CASE_Unknown);
}

int sockerr_verdict_decide(sockerr_verdict *verdict)
{
	if (!verdict->found) {
		verdict->error = SOCKERR_CASE_Unknown;
		return 0;
	}
	if (verdict->curl.kind == SOCKERR_FOUND_COUNT) {
		verdict->error = verdict->os.error;
		return 1;
	}
	if (verdict->os.kind != SOCKERR_FOUND_COUNT && os_decides(verdict->os.error, verdict->curl.curl)) {
		verdict->error = verdict->os.error;
	} else {
		verdict->error = verdict->curl.error;
		verdict->os.kind = SOCKERR_FOUND_COUNT;
	}
	return 1;
}

int sockerr_scan_best(const char *text, size_t len, int platform, sockerr_verdict *verdict)
{
	sockerr_verdict_init(verdict);
	sockerr_scan(text, len, platform, sockerr_verdict_add, verdict);
	return sockerr_verdict_decide(verdict);
}

int sockerr_scan_case(const char *text, size_t len, int platform)
{
	case_verdict v = { 0, SOCKERR_CASE_Unknown, 0, SOCKERR_CASE_Unknown, 0, 0, -1 };

	sockerr_scan(text, len, platform, case_verdict_add, &v);
	return v.curl_found && !(v.os_found && os_decides(v.os_error, v.curl)) ? v.curl_error : v.os_error;
}
