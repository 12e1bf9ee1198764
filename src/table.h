/*
 * sockerr: the tables and their lookups, in plain C99 (no Zend, no host headers).
 *
 * The data lives in the .def files beside this header: cases.def (the SocketError
 * members), map.def (native symbol -> case), platforms/<id>.def (the native codes of each
 * platform) and knowledge.def (what a failure means and what to check). Everything here
 * is read-only after sockerr_init(), which sorts the lookup indexes once at startup.
 */
#ifndef SOCKERR_TABLE_H
#define SOCKERR_TABLE_H

#include <stddef.h>

typedef enum {
	SOCKERR_PLATFORM_LINUX,
	SOCKERR_PLATFORM_DARWIN,
	SOCKERR_PLATFORM_FREEBSD,
	SOCKERR_PLATFORM_OPENBSD,
	SOCKERR_PLATFORM_NETBSD,
	SOCKERR_PLATFORM_SOLARIS,
	SOCKERR_PLATFORM_AIX,
	SOCKERR_PLATFORM_HPUX,
	SOCKERR_PLATFORM_WINDOWS,
	SOCKERR_PLATFORM_COUNT
} sockerr_platform;

/* The kind of a native code; the record's `family` is derived from it. */
typedef enum {
	SOCKERR_KIND_ERRNO,  /* errno, family "errno" */
	SOCKERR_KIND_WSA,    /* WSA and Win32 codes, family "windows" */
	SOCKERR_KIND_EAI,    /* getaddrinfo, family "resolver" */
	SOCKERR_KIND_HERRNO, /* h_errno, family "resolver" */
	SOCKERR_KIND_COUNT
} sockerr_kind;

typedef enum {
	SOCKERR_FAMILY_ERRNO,
	SOCKERR_FAMILY_WINDOWS,
	SOCKERR_FAMILY_RESOLVER,
	SOCKERR_FAMILY_CURL,
	SOCKERR_FAMILY_COUNT
} sockerr_family;

typedef enum {
#define SOCKERR_CASE(name, value, unix_symbol, windows_symbol, message) SOCKERR_CASE_##name,
#include "cases.def"
#undef SOCKERR_CASE
	SOCKERR_CASE_COUNT
} sockerr_case_id;

typedef struct {
	const char *name;
	int value;
	const char *unix_symbol;    /* NULL when the case has no Unix counterpart */
	const char *windows_symbol; /* NULL when it has no Windows counterpart */
	const char *message;
} sockerr_case_info;

typedef struct {
	const char *name;
	const char *message; /* the platform's own text; NULL where no source has one */
	int code;
	unsigned char kind;  /* sockerr_kind */
	unsigned char error; /* sockerr_case_id */
} sockerr_row;

/* A CURLcode (curl.def); the same on every platform. */
typedef struct {
	const char *name;
	const char *message_until_8_8; /* curl_easy_strerror() up to curl 8.8 */
	const char *message;           /* and from curl 8.9 ("Could not" for "Couldn't") */
	int code;
	unsigned char error;    /* sockerr_case_id when no OS error refines it */
	unsigned char os_errno; /* libcurl sets CURLINFO_OS_ERRNO for this code */
	unsigned char alias;    /* a deprecated name of the code */
} sockerr_curl_row;

typedef struct {
	const char *key; /* a case name or a native symbol */
	int transient;
	const char *summary;
	const char *const *causes; /* NULL-terminated */
	const char *const *hints;  /* NULL-terminated */
} sockerr_knowledge;

/* ext/sockets reports a failed host lookup as -10000 - h_errno. */
#define SOCKERR_HERRNO_BASE (-10000)

/* Winsock's own codes (WSA*, 10000-11999): no Unix errno reaches them, so a number there is
 * read as Windows' wherever it is met. (Its Win32 codes 6, 8, 87, 995-997 are not: Unix
 * platforms have errno values of their own below 1000.) */
#define SOCKERR_IS_WSA_CODE(code) ((code) >= 10000 && (code) < 12000)

extern const sockerr_case_info sockerr_cases[SOCKERR_CASE_COUNT];

/* Sorts the lookup indexes; call once before any lookup (idempotent, not thread-safe). */
void sockerr_init(void);

const char *sockerr_platform_id(sockerr_platform platform);
/* An id or a PHP_OS / PHP_OS_FAMILY value or alias, case-insensitively; -1 if none. */
int sockerr_platform_parse(const char *text, size_t len);
sockerr_platform sockerr_host_platform(void);
sockerr_family sockerr_kind_family(sockerr_kind kind);
const char *sockerr_family_name(sockerr_family family);

/* All rows of a platform, in table order. */
size_t sockerr_platform_rows(sockerr_platform platform, const sockerr_row **rows);
/* The canonical row (the first listed) with that kind and code, or NULL. */
const sockerr_row *sockerr_find_code(sockerr_platform platform, sockerr_kind kind, long long code);
/* The row for a symbol (ASCII case-insensitive), or NULL. */
const sockerr_row *sockerr_find_name(sockerr_platform platform, const char *name, size_t len);
/* The canonical row that shares the kind and code of `row`. */
const sockerr_row *sockerr_canonical(sockerr_platform platform, const sockerr_row *row);

/* Interprets an integer the way PHP code meets it: errno (or WSA/Win32 on windows),
 * -10000 - h_errno from ext/sockets, and glibc-style negative EAI codes. */
const sockerr_row *sockerr_find_native(sockerr_platform platform, long long code);

/* A native code read on no platform in particular: the row of the first Unix platform that has
 * it, if every one that has it gives it the same case (NULL if none has it or they do not);
 * *agreed: 1 if they give it the same symbol too, 2 if not, 0 if no Unix platform has it. */
const sockerr_row *sockerr_find_unix(long long code, int *agreed);
/* The same, of the rows `keep` returns non-zero for (all if it is NULL), asking each platform. */
const sockerr_row *sockerr_find_unix_if(long long code, int (*keep)(const sockerr_row *row), int *agreed);

/* cURL codes: all rows (aliases after their code's row), the canonical row of a code, a name. */
size_t sockerr_curl_rows(const sockerr_curl_row **rows);
const sockerr_curl_row *sockerr_find_curl(long long code);
const sockerr_curl_row *sockerr_find_curl_name(const char *name, size_t len);
const sockerr_knowledge *sockerr_curl_knowledge(const sockerr_curl_row *row);

/* Case id by exact case name (ASCII case-insensitive), by value; -1 if none. */
int sockerr_case_by_name(const char *name, size_t len);
int sockerr_case_by_value(long long value);
/* The row a case stands for on a platform (cases.def's symbol columns), or NULL. */
const sockerr_row *sockerr_case_row(sockerr_platform platform, int case_id);

/* What to tell a person: for a row, the symbol's own entry, its canonical symbol's, its
 * Unix twin's (WSAECONNREFUSED -> ECONNREFUSED), then its case's. Never NULL. */
const sockerr_knowledge *sockerr_row_knowledge(sockerr_platform platform, const sockerr_row *row);
const sockerr_knowledge *sockerr_case_knowledge(int case_id);
/* For a symbol found in a text (an errno, WSA, EAI, h_errno or cURL name, or NULL), on a
 * platform or -1, that was decided to mean `case_id`. Never NULL. */
const sockerr_knowledge *sockerr_symbol_knowledge(const char *name, int platform, int case_id);
/* Lookup by exact key, or NULL. */
const sockerr_knowledge *sockerr_find_knowledge(const char *key, size_t len);
size_t sockerr_knowledge_rows(const sockerr_knowledge **rows);

#endif
