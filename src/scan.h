/*
 * sockerr: the scanner, which finds socket, DNS and cURL failures in any text. Plain C99.
 *
 * src/scan.re is the hand-written part (numbers in their contexts, cURL's and other
 * libraries' wordings); scripts/gen-scan-rules.php generates from the tables their symbols
 * (src/scan_symbols.h), their message texts in every language (src/scan_texts.h, looked up by
 * hash) and the few that a rule of scan.re could match too (src/scan_rules.re, rules of the
 * automaton); re2c turns scan.re and scan_rules.re into src/scan.c.
 */
#ifndef SOCKERR_SCAN_H
#define SOCKERR_SCAN_H

#include <stddef.h>

#include "table.h"

typedef enum {
	SOCKERR_FOUND_SYMBOL,   /* ECONNREFUSED, WSAETIMEDOUT, EAI_AGAIN, CURLE_COULDNT_CONNECT */
	SOCKERR_FOUND_CODE,     /* a number in a context that says what it is: errno=111, [WinError 10061] */
	SOCKERR_FOUND_MESSAGE,  /* an operating system's or resolver's own text */
	SOCKERR_FOUND_CURL,     /* cURL error 7, curl: (7), or one of libcurl's texts */
	SOCKERR_FOUND_ENVELOPE, /* a library's wording around a failure: java.net.UnknownHostException */
	SOCKERR_FOUND_COUNT
} sockerr_found_kind;

#define SOCKERR_NO_CODE (-2147483647 - 1)

/* How specific a finding is; the higher one decides. */
enum {
	SOCKERR_RANK_NOTHING = 0,       /* recognised, but it means no case (Unknown) */
	SOCKERR_RANK_ENVELOPE = 2,      /* a library's wording around a failure */
	SOCKERR_RANK_HOST = 3,          /* a number read on the host's platform, which the caller did not name */
	SOCKERR_RANK_TEXT = 4,          /* a text several platforms share; a cURL text */
	SOCKERR_RANK_PLATFORM_TEXT = 5, /* a text of one platform; a number all platforms agree on */
	SOCKERR_RANK_SYMBOL = 6,        /* a symbol; an explicit cURL code */
	SOCKERR_RANK_NATIVE = 7         /* a number whose platform is known */
};

/*
 * Or'ed into sockerr_scan()'s platform when the caller named none and the host's stands in:
 * a number all platforms agree on counts as before, any other is read on that platform, below
 * every text ("[Errno 61] Connection refused" from a Mac, scanned on Linux, stays refused).
 */
#define SOCKERR_SCAN_HOST 0x100

typedef struct {
	const char *text;     /* where the finding starts in the scanned text; NULL if not from a text */
	size_t offset;
	size_t length;
	unsigned char kind;   /* sockerr_found_kind */
	unsigned char error;  /* sockerr_case_id */
	unsigned char rank;   /* how specific: higher wins in sockerr_scan_best() */
	signed char family;   /* sockerr_family, or -1 when the text does not tell */
	signed char platform; /* sockerr_platform, or -1 when the text does not tell */
	int native;           /* the native code, or SOCKERR_NO_CODE */
	const char *name;     /* the native symbol, or NULL */
	int curl;             /* the CURLcode, or -1 */
} sockerr_finding;

/* Called for each finding, in order; return 0 to stop the scan. */
typedef int (*sockerr_scan_cb)(void *context, const sockerr_finding *finding);

/*
 * Scans `len` bytes of `text`, which must be followed by a NUL byte (text[len] == 0; embedded
 * NULs are fine). `platform` is the platform whose numbers the text holds, or -1 if unknown:
 * then a number is classified only where every platform agrees on its meaning. See
 * SOCKERR_SCAN_HOST for a platform the caller did not name.
 */
void sockerr_scan(const char *text, size_t len, int platform, sockerr_scan_cb callback, void *context);

/*
 * What a text (or several: an exception and its previous ones) says as a whole: the most
 * specific finding about the socket layer and the most specific cURL finding. A cURL code
 * that carries an OS error (7, 28, 55, 56...), or that says nothing about the socket layer,
 * takes its case from the OS finding beside it.
 */
typedef struct {
	sockerr_finding os;   /* kind SOCKERR_FOUND_COUNT when there is none */
	sockerr_finding curl; /* kind SOCKERR_FOUND_COUNT when there is none */
	int error;            /* the case, set by sockerr_verdict_decide() */
	int found;
} sockerr_verdict;

void sockerr_verdict_init(sockerr_verdict *verdict);
/* Adds a finding; has the type of a sockerr_scan_cb, with the verdict as its context. */
int sockerr_verdict_add(void *verdict, const sockerr_finding *finding);
/* Decides the case; returns 0 when nothing was found. Drops an OS finding that lost to cURL. */
int sockerr_verdict_decide(sockerr_verdict *verdict);
/* Scans a text and decides. */
int sockerr_scan_best(const char *text, size_t len, int platform, sockerr_verdict *verdict);
/* The case sockerr_scan_best() decides, and nothing else: it keeps no finding, which makes it the
 * cheaper where only the case is wanted (SocketError::fromMessage()). */
int sockerr_scan_case(const char *text, size_t len, int platform);

#endif
