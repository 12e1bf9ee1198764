/*
 * sockerr: the tables and their lookups. See table.h.
 *
 * Each .def file is expanded here into a constant array. Lookups by code and by name use
 * index arrays that sockerr_init() sorts once; the tables themselves are never written.
 *
 * Portability (Windows: MSVC and mingw-w64). Every row macro stringifies (#) and pastes (##)
 * its symbol argument itself, never through a second macro: an argument that is not an
 * operand of # or ## is macro-expanded first (C99 6.10.3.1), and where <string.h> pulls in
 * <errno.h> (the Microsoft CRT and mingw-w64 do) ECONNREFUSED is a macro, so a helper would
 * see 107 or 10061 instead of the name. Lists of strings are named static arrays made by an
 * X-macro pass, not compound literals, which MSVC rejects in a static initializer. Codes are
 * taken as long long, so that a 64-bit zend_long is never cut to 32 bits where long is.
 */
#include <stdlib.h>
#include <string.h>

#include "table.h"

/* Every symbol's case, from map.def: a row whose symbol has no mapping fails to compile. */
enum {
#define SOCKERR_MAP(symbol, error) SOCKERR_MAP_##symbol = SOCKERR_CASE_##error,
#include "map.def"
#undef SOCKERR_MAP
	SOCKERR_MAP_COUNT_
};

const sockerr_case_info sockerr_cases[SOCKERR_CASE_COUNT] = {
#define SOCKERR_CASE(name, value, unix_symbol, windows_symbol, message) \
	{ #name, value, unix_symbol, windows_symbol, message },
#include "cases.def"
#undef SOCKERR_CASE
};

/* Each writes out its row: a shared helper macro would expand the symbol (see the top). */
#define SOCKERR_ERRNO(symbol, code, message) \
	{ #symbol, message, code, SOCKERR_KIND_ERRNO, SOCKERR_MAP_##symbol },
#define SOCKERR_WSA(symbol, code, message) \
	{ #symbol, message, code, SOCKERR_KIND_WSA, SOCKERR_MAP_##symbol },
#define SOCKERR_EAI(symbol, code, message) \
	{ #symbol, message, code, SOCKERR_KIND_EAI, SOCKERR_MAP_##symbol },
#define SOCKERR_HERRNO(symbol, code, message) \
	{ #symbol, message, code, SOCKERR_KIND_HERRNO, SOCKERR_MAP_##symbol },

static const sockerr_row rows_linux[] = {
#include "platforms/linux.def"
};
static const sockerr_row rows_darwin[] = {
#include "platforms/darwin.def"
};
static const sockerr_row rows_freebsd[] = {
#include "platforms/freebsd.def"
};
static const sockerr_row rows_openbsd[] = {
#include "platforms/openbsd.def"
};
static const sockerr_row rows_netbsd[] = {
#include "platforms/netbsd.def"
};
static const sockerr_row rows_solaris[] = {
#include "platforms/solaris.def"
};
static const sockerr_row rows_aix[] = {
#include "platforms/aix.def"
};
static const sockerr_row rows_hpux[] = {
#include "platforms/hpux.def"
};
static const sockerr_row rows_windows[] = {
#include "platforms/windows.def"
};

#undef SOCKERR_ERRNO
#undef SOCKERR_WSA
#undef SOCKERR_EAI
#undef SOCKERR_HERRNO

#define SOCKERR_COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const sockerr_curl_row curl_rows[] = {
#define SOCKERR_CURL(name, code, error, os_errno, until_8_8, message) \
	{ #name, until_8_8, message, code, SOCKERR_CASE_##error, os_errno, 0 },
#define SOCKERR_CURL_ALIAS(name, code) { #name, NULL, NULL, code, 0, 0, 1 },
#include "curl.def"
#undef SOCKERR_CURL
#undef SOCKERR_CURL_ALIAS
};

static const struct {
	const char *id;
	const sockerr_row *rows;
	size_t count;
} platforms[SOCKERR_PLATFORM_COUNT] = {
	{ "linux", rows_linux, SOCKERR_COUNT(rows_linux) },
	{ "darwin", rows_darwin, SOCKERR_COUNT(rows_darwin) },
	{ "freebsd", rows_freebsd, SOCKERR_COUNT(rows_freebsd) },
	{ "openbsd", rows_openbsd, SOCKERR_COUNT(rows_openbsd) },
	{ "netbsd", rows_netbsd, SOCKERR_COUNT(rows_netbsd) },
	{ "solaris", rows_solaris, SOCKERR_COUNT(rows_solaris) },
	{ "aix", rows_aix, SOCKERR_COUNT(rows_aix) },
	{ "hpux", rows_hpux, SOCKERR_COUNT(rows_hpux) },
	{ "windows", rows_windows, SOCKERR_COUNT(rows_windows) },
};

/* First pass: each entry's causes and hints as named arrays, know_causes_<KEY> and
 * know_hints_<KEY> (a key listed twice fails to compile). SOCKERR_LIST(...) is one macro
 * argument, expanded only where it lands in the initializer. */
#define SOCKERR_LIST(...) { __VA_ARGS__, NULL }
#define SOCKERR_KNOW(key, transient, summary, causes, hints) \
	static const char *const know_causes_##key[] = causes; \
	static const char *const know_hints_##key[] = hints;
#include "knowledge.def"
#include "knowledge_curl.def"
#undef SOCKERR_KNOW
#undef SOCKERR_LIST

/* Second pass: the entries, pointing at those arrays. */
static const sockerr_knowledge knowledge[] = {
#define SOCKERR_KNOW(key, transient, summary, causes, hints) \
	{ #key, transient, summary, know_causes_##key, know_hints_##key },
#include "knowledge.def"
#include "knowledge_curl.def"
#undef SOCKERR_KNOW
};

/* PHP_OS and PHP_OS_FAMILY values and the names people use, compared case-insensitively. */
static const struct {
	const char *alias;
	sockerr_platform platform;
} aliases[] = {
	{ "linux", SOCKERR_PLATFORM_LINUX },
	{ "darwin", SOCKERR_PLATFORM_DARWIN },
	{ "macos", SOCKERR_PLATFORM_DARWIN },
	{ "osx", SOCKERR_PLATFORM_DARWIN },
	{ "freebsd", SOCKERR_PLATFORM_FREEBSD },
	{ "bsd", SOCKERR_PLATFORM_FREEBSD },
	{ "openbsd", SOCKERR_PLATFORM_OPENBSD },
	{ "netbsd", SOCKERR_PLATFORM_NETBSD },
	{ "solaris", SOCKERR_PLATFORM_SOLARIS },
	{ "sunos", SOCKERR_PLATFORM_SOLARIS },
	{ "illumos", SOCKERR_PLATFORM_SOLARIS },
	{ "aix", SOCKERR_PLATFORM_AIX },
	{ "hpux", SOCKERR_PLATFORM_HPUX },
	{ "hp-ux", SOCKERR_PLATFORM_HPUX },
	{ "windows", SOCKERR_PLATFORM_WINDOWS },
	{ "winnt", SOCKERR_PLATFORM_WINDOWS },
	{ "win32", SOCKERR_PLATFORM_WINDOWS },
};

#define SOCKERR_ALL_ROWS (SOCKERR_COUNT(rows_linux) + SOCKERR_COUNT(rows_darwin) \
	+ SOCKERR_COUNT(rows_freebsd) + SOCKERR_COUNT(rows_openbsd) + SOCKERR_COUNT(rows_netbsd) \
	+ SOCKERR_COUNT(rows_solaris) + SOCKERR_COUNT(rows_aix) + SOCKERR_COUNT(rows_hpux) \
	+ SOCKERR_COUNT(rows_windows))

/* Sorted positions into each platform's rows: by (kind, code, position) and by name. */
static unsigned short by_code_store[SOCKERR_ALL_ROWS];
static unsigned short by_name_store[SOCKERR_ALL_ROWS];
static unsigned short *by_code[SOCKERR_PLATFORM_COUNT];
/* The rows of the numbers a scan meets, by code (index + 1; 0: none): each platform's errno rows
 * of codes below ERRNO_DIRECT, Windows' Winsock rows from WSA_BASE, and sockerr_find_unix() of
 * the codes from -UNIX_NEGATIVE (glibc's EAI codes, as Python prints them) to ERRNO_DIRECT. */
#define ERRNO_DIRECT 256
#define WSA_BASE 10000
#define WSA_DIRECT 1100
#define UNIX_NEGATIVE 128
static unsigned short errno_direct[SOCKERR_PLATFORM_COUNT][ERRNO_DIRECT];
static unsigned short wsa_direct[WSA_DIRECT];
static struct {
	const sockerr_row *row;
	int agreed;
} unix_direct[UNIX_NEGATIVE + ERRNO_DIRECT];
static unsigned short *by_name[SOCKERR_PLATFORM_COUNT];
static unsigned short knowledge_by_key[SOCKERR_COUNT(knowledge)];
static int initialised;

static int fold(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Compares a counted string with a C string, ASCII case-insensitively. */
static int compare_folded(const char *a, size_t alen, const char *b)
{
	size_t i;

	for (i = 0; i < alen; i++) {
		int ca = fold((unsigned char) a[i]), cb = fold((unsigned char) b[i]);

		if (cb == 0 || ca != cb) {
			return cb == 0 ? 1 : ca - cb;
		}
	}
	return b[alen] == 0 ? 0 : -1;
}

static const sockerr_row *sort_rows;

static int compare_code(const void *pa, const void *pb)
{
	unsigned short a = *(const unsigned short *) pa, b = *(const unsigned short *) pb;
	const sockerr_row *ra = &sort_rows[a], *rb = &sort_rows[b];

	if (ra->kind != rb->kind) {
		return ra->kind < rb->kind ? -1 : 1;
	}
	if (ra->code != rb->code) {
		return ra->code < rb->code ? -1 : 1;
	}
	return a < b ? -1 : (a > b);
}

static int compare_name(const void *pa, const void *pb)
{
	unsigned short a = *(const unsigned short *) pa, b = *(const unsigned short *) pb;
	const char *na = sort_rows[a].name;
	int diff = compare_folded(na, strlen(na), sort_rows[b].name);

	return diff ? diff : (a < b ? -1 : (a > b));
}

static int compare_key(const void *pa, const void *pb)
{
	const char *ka = knowledge[*(const unsigned short *) pa].key;

	return strcmp(ka, knowledge[*(const unsigned short *) pb].key);
}

const sockerr_row *sockerr_find_unix_if(long long code, int (*keep)(const sockerr_row *row), int *agreed)
{
	const sockerr_row *row = NULL, *found;
	int p;

	*agreed = 0;
	for (p = 0; p < SOCKERR_PLATFORM_WINDOWS; p++) {
		if ((found = sockerr_find_native((sockerr_platform) p, code)) == NULL || (keep && !keep(found))) {
			continue;
		}
		if (!row) {
			row = found;
			*agreed = 1;
		} else if (found->error != row->error) {
			return NULL;
		} else if (strcmp(found->name, row->name) != 0) {
			row = found; /* the same case by another symbol: the case stands, no symbol does */
			*agreed = 2;
		}
	}
	return row;
}

void sockerr_init(void)
{
	size_t p, i, offset = 0;

	if (initialised) {
		return;
	}
	for (p = 0; p < SOCKERR_PLATFORM_COUNT; p++) {
		by_code[p] = by_code_store + offset;
		by_name[p] = by_name_store + offset;
		for (i = 0; i < platforms[p].count; i++) {
			by_code[p][i] = by_name[p][i] = (unsigned short) i;
		}
		sort_rows = platforms[p].rows;
		qsort(by_code[p], platforms[p].count, sizeof(unsigned short), compare_code);
		qsort(by_name[p], platforms[p].count, sizeof(unsigned short), compare_name);
		for (i = platforms[p].count; i-- > 0;) { /* backwards: the first of equal codes wins */
			const sockerr_row *row = &platforms[p].rows[by_code[p][i]];

			if (row->kind == SOCKERR_KIND_ERRNO && row->code >= 0 && row->code < ERRNO_DIRECT) {
				errno_direct[p][row->code] = (unsigned short) (by_code[p][i] + 1);
			} else if (row->kind == SOCKERR_KIND_WSA && p == SOCKERR_PLATFORM_WINDOWS
					&& row->code >= WSA_BASE && row->code < WSA_BASE + WSA_DIRECT) {
				wsa_direct[row->code - WSA_BASE] = (unsigned short) (by_code[p][i] + 1);
			}
		}
		offset += platforms[p].count;
	}
	for (i = 0; i < UNIX_NEGATIVE + ERRNO_DIRECT; i++) {
		unix_direct[i].row = sockerr_find_unix_if((long long) i - UNIX_NEGATIVE, NULL, &unix_direct[i].agreed);
	}
	for (i = 0; i < SOCKERR_COUNT(knowledge); i++) {
		knowledge_by_key[i] = (unsigned short) i;
	}
	qsort(knowledge_by_key, SOCKERR_COUNT(knowledge), sizeof(unsigned short), compare_key);
	initialised = 1;
}

const char *sockerr_platform_id(sockerr_platform platform)
{
	return platforms[platform].id;
}

int sockerr_platform_parse(const char *text, size_t len)
{
	size_t i;

	for (i = 0; i < SOCKERR_COUNT(aliases); i++) {
		if (compare_folded(text, len, aliases[i].alias) == 0) {
			return (int) aliases[i].platform;
		}
	}
	return -1;
}

sockerr_platform sockerr_host_platform(void)
{
#if defined(_WIN32)
	return SOCKERR_PLATFORM_WINDOWS;
#elif defined(__APPLE__)
	return SOCKERR_PLATFORM_DARWIN;
#elif defined(__FreeBSD__) || defined(__DragonFly__)
	return SOCKERR_PLATFORM_FREEBSD;
#elif defined(__OpenBSD__)
	return SOCKERR_PLATFORM_OPENBSD;
#elif defined(__NetBSD__)
	return SOCKERR_PLATFORM_NETBSD;
#elif defined(__sun)
	return SOCKERR_PLATFORM_SOLARIS;
#elif defined(_AIX)
	return SOCKERR_PLATFORM_AIX;
#elif defined(__hpux)
	return SOCKERR_PLATFORM_HPUX;
#else
	return SOCKERR_PLATFORM_LINUX;
#endif
}

sockerr_family sockerr_kind_family(sockerr_kind kind)
{
	switch (kind) {
		case SOCKERR_KIND_WSA:
			return SOCKERR_FAMILY_WINDOWS;
		case SOCKERR_KIND_EAI:
		case SOCKERR_KIND_HERRNO:
			return SOCKERR_FAMILY_RESOLVER;
		default:
			return SOCKERR_FAMILY_ERRNO;
	}
}

const char *sockerr_family_name(sockerr_family family)
{
	static const char *const names[SOCKERR_FAMILY_COUNT] = { "errno", "windows", "resolver", "curl" };

	return names[family];
}

size_t sockerr_platform_rows(sockerr_platform platform, const sockerr_row **rows)
{
	*rows = platforms[platform].rows;
	return platforms[platform].count;
}

const sockerr_row *sockerr_find_code(sockerr_platform platform, sockerr_kind kind, long long code)
{
	const sockerr_row *rows = platforms[platform].rows;
	const unsigned short *index = by_code[platform];
	size_t lo = 0, hi = platforms[platform].count;

	if (kind == SOCKERR_KIND_ERRNO && code >= 0 && code < ERRNO_DIRECT) {
		return errno_direct[platform][code] ? &rows[errno_direct[platform][code] - 1] : NULL;
	}
	if (kind == SOCKERR_KIND_WSA && platform == SOCKERR_PLATFORM_WINDOWS && code >= WSA_BASE && code < WSA_BASE + WSA_DIRECT) {
		return wsa_direct[code - WSA_BASE] ? &rows[wsa_direct[code - WSA_BASE] - 1] : NULL;
	}
	/* lower bound of (kind, code): the first listed row wins, so aliases never do */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const sockerr_row *row = &rows[index[mid]];

		if (row->kind < kind || (row->kind == kind && row->code < code)) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	if (lo < platforms[platform].count && rows[index[lo]].kind == kind && rows[index[lo]].code == code) {
		return &rows[index[lo]];
	}
	return NULL;
}

const sockerr_row *sockerr_find_name(sockerr_platform platform, const char *name, size_t len)
{
	const sockerr_row *rows = platforms[platform].rows;
	const unsigned short *index = by_name[platform];
	size_t lo = 0, hi = platforms[platform].count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int diff = compare_folded(name, len, rows[index[mid]].name);

		if (diff == 0) {
			return &rows[index[mid]];
		}
		if (diff < 0) {
			hi = mid;
		} else {
			lo = mid + 1;
		}
	}
	return NULL;
}

const sockerr_row *sockerr_canonical(sockerr_platform platform, const sockerr_row *row)
{
	return sockerr_find_code(platform, (sockerr_kind) row->kind, row->code);
}

const sockerr_row *sockerr_find_unix(long long code, int *agreed)
{
	if (code >= -UNIX_NEGATIVE && code < ERRNO_DIRECT) {
		*agreed = unix_direct[code + UNIX_NEGATIVE].agreed;
		return unix_direct[code + UNIX_NEGATIVE].row;
	}
	return sockerr_find_unix_if(code, NULL, agreed);
}

const sockerr_row *sockerr_find_native(sockerr_platform platform, long long code)
{
	if (platform == SOCKERR_PLATFORM_WINDOWS) {
		return sockerr_find_code(platform, SOCKERR_KIND_WSA, code);
	}
	if (code >= 0) {
		return sockerr_find_code(platform, SOCKERR_KIND_ERRNO, code);
	}
	if (code < SOCKERR_HERRNO_BASE) {
		/* no row's code is beyond int; the bound keeps the subtraction from overflowing */
		return code > SOCKERR_HERRNO_BASE - 2147483647LL
			? sockerr_find_code(platform, SOCKERR_KIND_HERRNO, SOCKERR_HERRNO_BASE - code) : NULL;
	}
	/* errno values are positive everywhere; a negative one is glibc's EAI numbering */
	return sockerr_find_code(platform, SOCKERR_KIND_EAI, code);
}

int sockerr_case_by_name(const char *name, size_t len)
{
	int i;

	for (i = 0; i < SOCKERR_CASE_COUNT; i++) {
		if (compare_folded(name, len, sockerr_cases[i].name) == 0) {
			return i;
		}
	}
	return -1;
}

int sockerr_case_by_value(long long value)
{
	/* cases.def is ordered by value */
	int lo = 0, hi = SOCKERR_CASE_COUNT;

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;

		if (sockerr_cases[mid].value == value) {
			return mid;
		}
		if (sockerr_cases[mid].value < value) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return -1;
}

const sockerr_row *sockerr_case_row(sockerr_platform platform, int case_id)
{
	const char *symbol = platform == SOCKERR_PLATFORM_WINDOWS
		? sockerr_cases[case_id].windows_symbol : sockerr_cases[case_id].unix_symbol;

	return symbol ? sockerr_find_name(platform, symbol, strlen(symbol)) : NULL;
}

const sockerr_knowledge *sockerr_find_knowledge(const char *key, size_t len)
{
	size_t lo = 0, hi = SOCKERR_COUNT(knowledge);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *candidate = knowledge[knowledge_by_key[mid]].key;
		int diff = strncmp(key, candidate, len);

		if (diff == 0 && candidate[len] != 0) {
			diff = -1;
		}
		if (diff == 0) {
			return &knowledge[knowledge_by_key[mid]];
		}
		if (diff < 0) {
			hi = mid;
		} else {
			lo = mid + 1;
		}
	}
	return NULL;
}

const sockerr_knowledge *sockerr_case_knowledge(int case_id)
{
	const char *name = sockerr_cases[case_id].name;
	const sockerr_knowledge *entry = sockerr_find_knowledge(name, strlen(name));

	/* knowledge.def has an entry for every case; tests/explain proves it */
	return entry ? entry : &knowledge[0];
}

const sockerr_knowledge *sockerr_row_knowledge(sockerr_platform platform, const sockerr_row *row)
{
	const sockerr_knowledge *entry = sockerr_find_knowledge(row->name, strlen(row->name));
	const sockerr_row *canonical;

	if (entry) {
		return entry;
	}
	canonical = sockerr_canonical(platform, row);
	if (canonical && canonical != row
			&& (entry = sockerr_find_knowledge(canonical->name, strlen(canonical->name)))) {
		return entry;
	}
	/* a Windows twin: WSAECONNREFUSED -> ECONNREFUSED, WSAHOST_NOT_FOUND -> HOST_NOT_FOUND */
	if (row->kind == SOCKERR_KIND_WSA && strncmp(canonical->name, "WSA", 3) == 0
			&& (entry = sockerr_find_knowledge(canonical->name + 3, strlen(canonical->name) - 3))) {
		return entry;
	}
	/* Windows codes with one shared row (knowledge.def's header): the QoS range 11005-11031, and
	 * the Berkeley numbers 10059-10071 that Winsock reserves and that map to no case */
	if (row->kind == SOCKERR_KIND_WSA && row->error == SOCKERR_CASE_Unknown) {
		if (strncmp(canonical->name, "WSA_QOS_", 8) == 0 && (entry = sockerr_find_knowledge("WSA_QOS", 7))) {
			return entry;
		}
		if (row->code >= 10059 && row->code <= 10071 && (entry = sockerr_find_knowledge("WSA_BSD_RESERVED", 16))) {
			return entry;
		}
	}
	return sockerr_case_knowledge(row->error);
}

const sockerr_knowledge *sockerr_symbol_knowledge(const char *name, int platform, int case_id)
{
	const sockerr_knowledge *entry;
	const sockerr_row *row;
	const sockerr_curl_row *curl;

	if (!name) {
		return sockerr_case_knowledge(case_id);
	}
	if ((entry = sockerr_find_knowledge(name, strlen(name)))) {
		return entry;
	}
	if ((curl = sockerr_find_curl_name(name, strlen(name)))) {
		return sockerr_curl_knowledge(curl);
	}
	if (platform < 0) {
		/* no platform given: a WSA name is Windows'; else the host's table, whose names agree */
		platform = strncmp(name, "WSA", 3) == 0 ? SOCKERR_PLATFORM_WINDOWS : (int) sockerr_host_platform();
	}
	if ((row = sockerr_find_name((sockerr_platform) platform, name, strlen(name))) && row->error == case_id) {
		return sockerr_row_knowledge((sockerr_platform) platform, row);
	}
	return sockerr_case_knowledge(case_id);
}

size_t sockerr_curl_rows(const sockerr_curl_row **rows)
{
	*rows = curl_rows;
	return SOCKERR_COUNT(curl_rows);
}

const sockerr_curl_row *sockerr_find_curl(long long code)
{
	size_t i;

	/* curl.def is in code order with no gaps from 0, aliases after their code's row */
	for (i = code >= 0 && code < (long long) SOCKERR_COUNT(curl_rows) ? (size_t) code : 0; i < SOCKERR_COUNT(curl_rows); i++) {
		if (curl_rows[i].code == code && !curl_rows[i].alias) {
			return &curl_rows[i];
		}
		if (curl_rows[i].code > code) {
			break;
		}
	}
	return NULL;
}

const sockerr_curl_row *sockerr_find_curl_name(const char *name, size_t len)
{
	size_t i;

	if (len < 6 || compare_folded(name, 6, "CURLE_") != 0) {
		return NULL;
	}
	for (i = 0; i < SOCKERR_COUNT(curl_rows); i++) {
		if (compare_folded(name, len, curl_rows[i].name) == 0) {
			return curl_rows[i].alias ? sockerr_find_curl(curl_rows[i].code) : &curl_rows[i];
		}
	}
	return NULL;
}

const sockerr_knowledge *sockerr_curl_knowledge(const sockerr_curl_row *row)
{
	const sockerr_knowledge *entry = sockerr_find_knowledge(row->name, strlen(row->name));

	return entry ? entry : sockerr_case_knowledge(row->error);
}

size_t sockerr_knowledge_rows(const sockerr_knowledge **rows)
{
	*rows = knowledge;
	return SOCKERR_COUNT(knowledge);
}
