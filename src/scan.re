/*
 * sockerr: the scanner. See scan.h. re2c turns this file into scan.c (`make` does it when
 * re2c is present and this file or scan_rules.re is newer; the output is committed).
 *
 * Every rule starts with a letter or with '[', '(' or ':'. The scanner finds the letters that
 * start a word and those three bytes (sixteen bytes at a time where SSE2 is there), looks up
 * their first three bytes in the table of the rules' starts (scan_index.h, generated), and
 * runs the automaton only where a rule can start: most words of an ordinary line start none.
 * A match is a finding unless it fails a check in its action (a symbol inside a longer word,
 * a text inside a URL or a path), and then the scan goes on after the byte it tried.
 * Symbols are matched as written; texts case-insensitively, since logs change their case
 * ("connect: connection refused").
 */
#include <limits.h>
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

static int emit(scanner *s, unsigned char kind, int error, int rank, int family, int platform,
	int native, const char *name, int curl)
{
	sockerr_finding f;

	f.text = (const char *) s->token;
	f.offset = (size_t) (s->token - s->start);
	f.length = (size_t) (s->cursor - s->token);
	f.kind = kind;
	f.error = (unsigned char) error;
	f.rank = (unsigned char) (error == SOCKERR_CASE_Unknown && curl < 0 ? SOCKERR_RANK_NOTHING : rank);
	f.family = (signed char) family;
	f.platform = (signed char) platform;
	f.native = native;
	f.name = name;
	f.curl = curl;
	return s->callback(s->context, &f);
}

/* A number: on the given platform, or where every platform that has it agrees. */
static int emit_number(scanner *s, int native, int windows)
{
	const sockerr_row *row = NULL, *found;
	int platform = s->platform, agreed = 1, p;

	if (native == SOCKERR_NO_CODE) {
		return emit(s, SOCKERR_FOUND_CODE, SOCKERR_CASE_Unknown, SOCKERR_RANK_NOTHING, -1, -1, SOCKERR_NO_CODE, NULL, -1);
	}
	if (windows || SOCKERR_IS_WSA_CODE(native)) {
		platform = SOCKERR_PLATFORM_WINDOWS;
	}
	if (platform >= 0) {
		row = sockerr_find_native((sockerr_platform) platform, native);
		return emit(s, SOCKERR_FOUND_CODE, row ? row->error : SOCKERR_CASE_Unknown, SOCKERR_RANK_NATIVE,
			row ? (int) sockerr_kind_family((sockerr_kind) row->kind) : -1, platform, native,
			row ? row->name : NULL, -1);
	}
	for (p = 0; p < SOCKERR_PLATFORM_WINDOWS; p++) {
		found = sockerr_find_native((sockerr_platform) p, native);
		if (!found) {
			continue;
		}
		if (!row) {
			row = found;
		} else if (found->error != row->error) {
			agreed = 0;
		} else if (row->name && strcmp(found->name, row->name) != 0) {
			row = found; /* same case, other symbol: keep the case, drop the name below */
			agreed = 2;
		}
	}
	if (!row || !agreed) {
		return emit(s, SOCKERR_FOUND_CODE, SOCKERR_CASE_Unknown, SOCKERR_RANK_NOTHING, -1, -1, native, NULL, -1);
	}
	return emit(s, SOCKERR_FOUND_CODE, row->error, SOCKERR_RANK_PLATFORM_TEXT,
		(int) sockerr_kind_family((sockerr_kind) row->kind), -1, native, agreed == 1 ? row->name : NULL, -1);
}

static int emit_curl(scanner *s, int code, int rank)
{
	/* an out-of-range code is no CURLcode: the finding says a cURL error of unknown number */
	const sockerr_curl_row *row = code == SOCKERR_NO_CODE ? NULL : sockerr_find_curl(code);

	return emit(s, SOCKERR_FOUND_CURL, row ? row->error : SOCKERR_CASE_Unknown, rank,
		SOCKERR_FAMILY_CURL, -1, code, row ? row->name : NULL, code == SOCKERR_NO_CODE ? -1 : code);
}

/* A MySQL client error in a PDO or mysqli message: SQLSTATE[HY000] [2002]. */
static int emit_mysql(scanner *s, int code)
{
	switch (code) {
		case 2005: /* CR_UNKNOWN_HOST */
			return emit(s, SOCKERR_FOUND_ENVELOPE, SOCKERR_CASE_HostNotFound, SOCKERR_RANK_ENVELOPE, -1, -1, SOCKERR_NO_CODE, NULL, -1);
		case 2006: /* CR_SERVER_GONE_ERROR */
		case 2013: /* CR_SERVER_LOST */
			return emit(s, SOCKERR_FOUND_ENVELOPE, SOCKERR_CASE_ConnectionReset, SOCKERR_RANK_ENVELOPE, -1, -1, SOCKERR_NO_CODE, NULL, -1);
		case 2002: /* CR_CONNECTION_ERROR: the OS text that follows says why */
		case 2003: /* CR_CONN_HOST_ERROR */
			return emit(s, SOCKERR_FOUND_ENVELOPE, SOCKERR_CASE_ConnectionRefused, SOCKERR_RANK_ENVELOPE - 1, -1, -1, SOCKERR_NO_CODE, NULL, -1);
		default:
			return emit(s, SOCKERR_FOUND_ENVELOPE, SOCKERR_CASE_Unknown, SOCKERR_RANK_NOTHING, -1, -1, SOCKERR_NO_CODE, NULL, -1);
	}
}

/* A symbol must stand alone: EPERM, not XEPERMY. */
#define SYMBOL_ALONE (!(s->token > s->start && is_word(s->token[-1])) && !is_word(*cursor))

/* The automaton runs on local pointers; an action hands the end of its match to `s` first. */
#define FOUND(call) do { s->cursor = cursor; if (!(call)) { return; } goto next; } while (0)
#define REJECT do { s->cursor = s->token + 1; goto next; } while (0)

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

/* An upper-case word: a finding if it is a symbol of the tables. */
static int emit_symbol(scanner *s)
{
	size_t len = (size_t) (s->cursor - s->token), i;
	uint32_t hash = 0, slot;

	if (s->token > s->start && is_word(s->token[-1])) {
		return 1;
	}
	for (i = 0; i < len; i++) {
		hash = hash * 31 + s->token[i];
	}
	for (slot = hash & (SCAN_SYMBOL_SLOTS - 1); scan_symbol_slot[slot]; slot = (slot + 1) & (SCAN_SYMBOL_SLOTS - 1)) {
		const scan_symbol *sym = &symbols[scan_symbol_slot[slot] - 1];

		if (sym->length != len || memcmp(sym->name, s->token, len) != 0) {
			continue;
		}
		if (inside_url_or_path(s)) {
			return 1;
		}
		if (sym->curl >= 0) {
			return emit_curl(s, sym->curl, SOCKERR_RANK_SYMBOL);
		}
		return emit(s, SOCKERR_FOUND_SYMBOL, sym->error, SOCKERR_RANK_SYMBOL, sym->family,
			sym->platform < 0 && s->platform >= 0 ? s->platform : sym->platform, sym->native, sym->name, -1);
	}
	return 1;
}

#define SOCKERR_MESSAGE(name_, error_, family_, platform_, native_) \
	s->cursor = cursor; \
	if ((s->token > s->start && is_letter(s->token[-1])) || inside_url_or_path(s)) { REJECT; } \
	FOUND(emit(s, SOCKERR_FOUND_MESSAGE, error_, platform_ >= 0 ? SOCKERR_RANK_PLATFORM_TEXT : SOCKERR_RANK_TEXT, \
		family_, platform_, native_, name_, -1))

#define SOCKERR_CURL_MESSAGE(code) \
	s->cursor = cursor; \
	if ((s->token > s->start && is_letter(s->token[-1])) || inside_url_or_path(s)) { REJECT; } \
	FOUND(emit_curl(s, code, SOCKERR_RANK_TEXT))

#define ENVELOPE(error_, name_) \
	s->cursor = cursor; \
	if ((s->token > s->start && is_letter(s->token[-1])) || inside_url_or_path(s)) { REJECT; } \
	FOUND(emit(s, SOCKERR_FOUND_ENVELOPE, error_, SOCKERR_RANK_ENVELOPE, -1, -1, SOCKERR_NO_CODE, name_, -1))

/* 1 if a rule can start at p: its first three bytes' classes are in the table of starts. */
static unsigned int may_start(const scanner *s, const unsigned char *p)
{
	/* p[1] is at most the NUL after the text; past it, a rule cannot match anyway */
	const unsigned char *third = s->limit - p >= 2 ? p + 2 : s->limit;

	return (scan_starts[scan_class[p[0]] * 32 + scan_class[p[1]]] >> scan_class[*third]) & 1;
}

#ifdef SCAN_SSE2
static int lowest_bit(unsigned int bits)
{
#ifdef _MSC_VER
	unsigned long i;

	_BitScanForward(&i, bits);
	return (int) i;
#else
	return __builtin_ctz(bits);
#endif
}

/* Bit i is set if p[i] is a letter that starts a word, or '[', '(' or ':'. */
static unsigned int starts16(const unsigned char *p, int after_letter)
{
	__m128i bytes = _mm_loadu_si128((const __m128i *) (const void *) p);
	/* (byte | 0x20) - 'a' < 26, unsigned, as a signed comparison */
	__m128i folded = _mm_sub_epi8(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), _mm_set1_epi8('a' - 128));
	unsigned int letters = (unsigned int) _mm_movemask_epi8(_mm_cmplt_epi8(folded, _mm_set1_epi8(-128 + 26)));
	__m128i punct = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('[')),
		_mm_cmpeq_epi8(bytes, _mm_set1_epi8('('))), _mm_cmpeq_epi8(bytes, _mm_set1_epi8(':')));

	return (letters & ~((letters << 1) | (unsigned int) after_letter)) | (unsigned int) _mm_movemask_epi8(punct);
}
#endif

/* The first byte from p on where a rule may start, or the limit. */
static const unsigned char *next_start(const scanner *s, const unsigned char *p)
{
#ifdef SCAN_SSE2
	unsigned char tail[16];

	while (p < s->limit) {
		size_t left = (size_t) (s->limit - p);
		const unsigned char *block = p;
		unsigned int found;

		if (left < 16) {
			/* the last bytes, copied so that the load stays inside the text */
			memset(tail, 0, sizeof(tail));
			memcpy(tail, p, left);
			block = tail;
		}
		for (found = starts16(block, p > s->start && is_letter(p[-1])); found; found &= found - 1) {
			const unsigned char *q = p + lowest_bit(found);

			if (may_start(s, q)) {
				return q;
			}
		}
		if (left <= 16) {
			break;
		}
		p += 16;
	}
#else
	for (; p < s->limit; p++) {
		if (((is_letter(*p) && !(p > s->start && is_letter(p[-1]))) || *p == '[' || *p == '(' || *p == ':')
				&& may_start(s, p)) {
			return p;
		}
	}
#endif
	return s->limit;
}

void sockerr_scan(const char *text, size_t len, int platform, sockerr_scan_cb callback, void *context)
{
	scanner state, *s = &state;
	const unsigned char *cursor, *marker, *limit;

	s->start = s->cursor = marker = (const unsigned char *) text;
	s->limit = limit = s->start + len;
	s->platform = platform;
	s->callback = callback;
	s->context = context;

	for (;;) {
next:
		s->token = cursor = next_start(s, s->cursor);
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

		$ { return; }
		// no rule matches here: go on from the next byte
		* { s->cursor = cursor; continue; }

		!include "scan_rules.re";


		// numbers in the contexts that say what they are
		'errno' sp [=:]? sp number { FOUND(emit_number(s, last_number(s), 0)); }
		"[Errno " number "]" { FOUND(emit_number(s, last_number(s), 0)); }
		"[WinError " digits "]" { FOUND(emit_number(s, last_number(s), 1)); }
		"(os error " number ")" { FOUND(emit_number(s, last_number(s), 0)); }
		"SocketException (" number ")" { FOUND(emit_number(s, last_number(s), 0)); }
		"[" number "]" sp ":" { FOUND(emit_number(s, last_number(s), 0)); }
		'error code ' digits { FOUND(emit_number(s, last_number(s), 0)); }

		// cURL: its codes and the wordings of its error buffer across versions
		'curl error ' digits { FOUND(emit_curl(s, last_number(s), SOCKERR_RANK_SYMBOL)); }
		"curl: (" digits ")" { FOUND(emit_curl(s, last_number(s), SOCKERR_RANK_SYMBOL)); }
		'Could not resolve host:' | "Couldn't resolve host '" | 'Failed to resolve host'
			{ FOUND(emit_curl(s, 6, SOCKERR_RANK_TEXT)); }
		'Could not resolve proxy:' | "Couldn't resolve proxy '" { FOUND(emit_curl(s, 5, SOCKERR_RANK_TEXT)); }
		'Resolving timed out after' | 'Operation timed out after' | 'Connection timed out after'
			| 'Connection timeout after'
			{ FOUND(emit_curl(s, 28, SOCKERR_RANK_TEXT)); }
		// these introduce the OS's or libcurl's own text, which then decides
		'Failed to connect to ' | 'Failed connect to ' { FOUND(emit_curl(s, 7, SOCKERR_RANK_ENVELOPE)); }
		"couldn't connect to host" { FOUND(emit_curl(s, 7, SOCKERR_RANK_TEXT)); }
		'Recv failure:' { FOUND(emit_curl(s, 56, SOCKERR_RANK_ENVELOPE)); }
		'Send failure:' { FOUND(emit_curl(s, 55, SOCKERR_RANK_ENVELOPE)); }
		'Empty reply from server' { FOUND(emit_curl(s, 52, SOCKERR_RANK_TEXT)); }
		'SSL certificate problem:' { FOUND(emit_curl(s, 60, SOCKERR_RANK_TEXT)); }

		// what PHP, databases and other runtimes wrap around a failure
		'php_network_getaddresses: getaddrinfo' { ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		"SQLSTATE[" [0-9A-Z]{5} "] [" digits "]" { FOUND(emit_mysql(s, last_number(s))); }
		'MySQL server has gone away' | 'Lost connection to MySQL server' | 'Redis server went away'
			| 'read error on connection' | 'Connection lost' { ENVELOPE(SOCKERR_CASE_ConnectionReset, NULL); }
		"java.net.UnknownHostException" | "socket.gaierror" | ": no such host" | "Name does not resolve"
			| 'Could not resolve host "' 
			{ ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		// DNS answers and Node's code for a failed lookup: not native symbols, so no name
		"NXDOMAIN" | "ENOTFOUND" { if (!SYMBOL_ALONE) { REJECT; } ENVELOPE(SOCKERR_CASE_HostNotFound, NULL); }
		"SERVFAIL" { if (!SYMBOL_ALONE) { REJECT; } ENVELOPE(SOCKERR_CASE_TryAgain, NULL); }
		// Amp: "Connection to tcp://127.0.0.1:1 @ tcp://127.0.0.1:1 refused"
		"Connection to " [^ \t\n\x00]+ " @ " [^ \t\n\x00]+ " refused" { ENVELOPE(SOCKERR_CASE_ConnectionRefused, NULL); }
		"java.net.SocketTimeoutException" | 'i/o timeout' | 'timeout exceeded' | 'connect timed out'
			{ ENVELOPE(SOCKERR_CASE_TimedOut, NULL); }
		"java.net.NoRouteToHostException" { ENVELOPE(SOCKERR_CASE_HostUnreachable, NULL); }
		"java.net.ConnectException" | "ConnectionRefusedError" { ENVELOPE(SOCKERR_CASE_ConnectionRefused, NULL); }
		"ConnectionResetError" | "java.net.SocketException: Connection reset" { ENVELOPE(SOCKERR_CASE_ConnectionReset, NULL); }
		"ConnectionAbortedError" { ENVELOPE(SOCKERR_CASE_ConnectionAborted, NULL); }


		// any other upper-case word: a finding if the tables know it as a symbol (listed
		// last, so that the literal rules above win a match of the same length)
		[A-Z] [A-Z0-9_]+ { FOUND(emit_symbol(s)); }
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

int sockerr_verdict_add(void *context, const sockerr_finding *f)
{
	sockerr_verdict *verdict = context;
	sockerr_finding *slot = f->kind == SOCKERR_FOUND_CURL ? &verdict->curl : &verdict->os;

	if (slot->kind == SOCKERR_FOUND_COUNT || f->rank > slot->rank) {
		*slot = *f;
	}
	verdict->found = 1;
	return 1;
}

int sockerr_verdict_decide(sockerr_verdict *verdict)
{
	const sockerr_curl_row *curl;

	if (!verdict->found) {
		verdict->error = SOCKERR_CASE_Unknown;
		return 0;
	}
	if (verdict->curl.kind == SOCKERR_FOUND_COUNT) {
		verdict->error = verdict->os.error;
		return 1;
	}
	curl = sockerr_find_curl(verdict->curl.curl);
	if (verdict->os.kind != SOCKERR_FOUND_COUNT && verdict->os.error != SOCKERR_CASE_Unknown
			&& (!curl || curl->os_errno || curl->error == SOCKERR_CASE_Unknown)) {
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
