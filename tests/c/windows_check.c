/*
 * The plain-C core (src/table.c, src/scan.c) checked the way Windows runs it. Built by
 * scripts/windows-test twice: with mingw-w64 for Windows (run under Wine) and natively for
 * the host; both builds use -std=c99 -Wall -Wextra -Werror -pedantic.
 *
 *   windows_check CORPUS
 *
 * Checks, one line each ("ok - ..." or "FAIL - ..."):
 *   - every row of src/platforms/windows.def is in the table with its code, and its case is
 *     the one src/map.def gives its symbol; a WSA code looked up as a native code finds it;
 *   - the well-known WSA codes, as the compiler's own <winsock2.h> defines them when built
 *     for Windows, map to their cases (WSAECONNREFUSED 10061 -> ConnectionRefused ...);
 *   - codes beyond 32 bits are never cut to another code (10061 + 2^32 is not 10061);
 *   - sockerr_host_platform() is windows when built for Windows;
 *   - a real connect to a closed loopback port fails with the host's own code (Winsock:
 *     WSAGetLastError() 10061), which sockerr_find_native() maps to ConnectionRefused;
 *   - the scanner's findings for every text in CORPUS lie inside it, in order.
 * It also prints every finding of every corpus text in a canonical form, on lines starting
 * with "scan " and "best ": scripts/windows-test requires them to be the same on Windows and
 * on the host. It ends with "N passed, N failed" and exits 1 on any failure.
 *
 * This file includes <errno.h> and <netdb.h> (or <winsock2.h>) before expanding the .def files
 * with its own row macros, which stringify their symbol directly: the same guard as
 * scripts/windows-test's `-include errno.h -include netdb.h` compile of src/table.c.
 *
 * Sources: the Winsock calls (WSAStartup, socket, bind, getsockname, connect,
 * WSAGetLastError, closesocket) and the thread calls (CreateThread, WaitForSingleObject) as
 * declared by Debian 12's mingw-w64 10.0.0 headers (winsock2.h, ws2tcpip.h, windows.h) and
 * described in Microsoft's Winsock and Win32 API reference; the POSIX calls as in POSIX.1-2008.
 * Corpus format: tests/c/windows_corpus.txt says it.
 */
#if !defined(_WIN32) && !defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>
#else
#include <errno.h>
#include <netdb.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/scan.h"

static int passed, failed;

/* One line per check. */
static void check(int ok, const char *what)
{
	printf("%s - %s\n", ok ? "ok" : "FAIL", what);
	if (ok) {
		passed++;
	} else {
		failed++;
	}
}

static const char *case_name(int id)
{
	return id >= 0 && id < SOCKERR_CASE_COUNT ? sockerr_cases[id].name : "(none)";
}

/* windows.def and map.def as this file reads them, with symbols stringified directly. */
static const struct {
	const char *name;
	long long code;
	int kind;
} windows_def[] = {
#define SOCKERR_ERRNO(symbol, code, message) { #symbol, code, SOCKERR_KIND_ERRNO },
#define SOCKERR_WSA(symbol, code, message) { #symbol, code, SOCKERR_KIND_WSA },
#define SOCKERR_EAI(symbol, code, message) { #symbol, code, SOCKERR_KIND_EAI },
#define SOCKERR_HERRNO(symbol, code, message) { #symbol, code, SOCKERR_KIND_HERRNO },
#include "../../src/platforms/windows.def"
#undef SOCKERR_ERRNO
#undef SOCKERR_WSA
#undef SOCKERR_EAI
#undef SOCKERR_HERRNO
};

static const struct {
	const char *name;
	int error;
} map_def[] = {
#define SOCKERR_MAP(symbol, error) { #symbol, SOCKERR_CASE_##error },
#include "../../src/map.def"
#undef SOCKERR_MAP
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int mapped_case(const char *name)
{
	size_t i;

	for (i = 0; i < COUNT(map_def); i++) {
		if (strcmp(map_def[i].name, name) == 0) {
			return map_def[i].error;
		}
	}
	return -1;
}

static void check_windows_def(void)
{
	const sockerr_row *rows;
	size_t count = sockerr_platform_rows(SOCKERR_PLATFORM_WINDOWS, &rows), i;
	char line[256];

	snprintf(line, sizeof(line), "windows.def has %u rows and the table %u",
		(unsigned) COUNT(windows_def), (unsigned) count);
	check(count == COUNT(windows_def), line);
	for (i = 0; i < COUNT(windows_def); i++) {
		const char *name = windows_def[i].name;
		const sockerr_row *row = sockerr_find_name(SOCKERR_PLATFORM_WINDOWS, name, strlen(name));
		const sockerr_row *native = windows_def[i].kind == SOCKERR_KIND_WSA
			? sockerr_find_native(SOCKERR_PLATFORM_WINDOWS, windows_def[i].code) : row;
		int expected = mapped_case(name);

		snprintf(line, sizeof(line), "windows %s %lld -> %s (map.def: %s; as a native code: %s)", name,
			windows_def[i].code, row ? case_name(row->error) : "(not in the table)", case_name(expected),
			native ? case_name(native->error) : "(not found)");
		check(row && row->code == windows_def[i].code && row->kind == windows_def[i].kind
			&& expected >= 0 && row->error == expected
			&& native && native->code == row->code && native->error == row->error, line);
	}
}

/* A WSA code as the compiler's own headers define it when built for Windows. */
#ifdef _WIN32
#define HOST_CODE(symbol, value) symbol
#else
#define HOST_CODE(symbol, value) value
#endif
#define EXPECT_WSA(symbol, value, error) \
	expect_wsa(#symbol, HOST_CODE(symbol, value), value, SOCKERR_CASE_##error)

static void expect_wsa(const char *name, long long header, long long value, int error)
{
	const sockerr_row *row = sockerr_find_native(SOCKERR_PLATFORM_WINDOWS, header);
	char line[200];

	snprintf(line, sizeof(line), "%s %lld (header %lld) -> %s, expected %s", name, value, header,
		row ? case_name(row->error) : "(not found)", case_name(error));
	/* each of these is a SocketError member whose portable value is the WSA code itself */
	check(header == value && row && strcmp(row->name, name) == 0 && row->error == error
		&& sockerr_case_by_value(value) == error, line);
}

static void check_known_codes(void)
{
	EXPECT_WSA(WSAECONNREFUSED, 10061, ConnectionRefused);
	EXPECT_WSA(WSAETIMEDOUT, 10060, TimedOut);
	EXPECT_WSA(WSAECONNRESET, 10054, ConnectionReset);
	EXPECT_WSA(WSAECONNABORTED, 10053, ConnectionAborted);
	EXPECT_WSA(WSAEACCES, 10013, AccessDenied);
	EXPECT_WSA(WSAEADDRINUSE, 10048, AddressAlreadyInUse);
	EXPECT_WSA(WSAEADDRNOTAVAIL, 10049, AddressNotAvailable);
	EXPECT_WSA(WSAENETUNREACH, 10051, NetworkUnreachable);
	EXPECT_WSA(WSAEHOSTUNREACH, 10065, HostUnreachable);
	EXPECT_WSA(WSAEWOULDBLOCK, 10035, WouldBlock);
	EXPECT_WSA(WSAEINPROGRESS, 10036, InProgress);
	EXPECT_WSA(WSAEMFILE, 10024, TooManyOpenSockets);
	EXPECT_WSA(WSAENOBUFS, 10055, NoBufferSpaceAvailable);
	EXPECT_WSA(WSAEINTR, 10004, Interrupted);
	EXPECT_WSA(WSANOTINITIALISED, 10093, NotInitialized);
	EXPECT_WSA(WSAHOST_NOT_FOUND, 11001, HostNotFound);
	EXPECT_WSA(WSATRY_AGAIN, 11002, TryAgain);
	EXPECT_WSA(WSANO_RECOVERY, 11003, NoRecovery);
	EXPECT_WSA(WSANO_DATA, 11004, NoData);
}

/* A code beyond 32 bits is looked up as it is, never as its low 32 bits. */
static void check_wide_codes(void)
{
	const long long wide = 4294967296LL; /* 2^32 */
	const sockerr_row *row;

	check(sockerr_find_native(SOCKERR_PLATFORM_WINDOWS, wide + 10061) == NULL,
		"find_native(windows, 4294977357) is no row (10061 + 2^32 is not 10061)");
	check(sockerr_find_code(SOCKERR_PLATFORM_WINDOWS, SOCKERR_KIND_WSA, wide + 10060) == NULL,
		"find_code(windows, WSA, 4294977356) is no row");
	check(sockerr_find_native(SOCKERR_PLATFORM_LINUX, wide + 111) == NULL,
		"find_native(linux, 4294967407) is no row (111 + 2^32 is not 111)");
	check(sockerr_find_native(SOCKERR_PLATFORM_LINUX, -wide - 10001) == NULL,
		"find_native(linux, -4294977297) is no h_errno row");
	check(sockerr_find_native(SOCKERR_PLATFORM_LINUX, -9223372036854775807LL - 1) == NULL,
		"find_native(linux, the most negative 64-bit code) is no row");
	check(sockerr_find_curl(wide + 7) == NULL, "find_curl(4294967303) is no cURL code (7 + 2^32 is not 7)");
	check(sockerr_case_by_value(wide + 10061) == -1, "case_by_value(4294977357) is no case");
	row = sockerr_find_native(SOCKERR_PLATFORM_WINDOWS, 10061);
	check(row && row->error == SOCKERR_CASE_ConnectionRefused, "find_native(windows, 10061) is still ConnectionRefused");
}

static void check_host(void)
{
	char line[100];
	sockerr_platform host = sockerr_host_platform();

	snprintf(line, sizeof(line), "sockerr_host_platform() is %s", sockerr_platform_id(host));
#if defined(_WIN32)
	check(host == SOCKERR_PLATFORM_WINDOWS, line);
#elif defined(__linux__)
	check(host == SOCKERR_PLATFORM_LINUX, line);
#else
	check(host != SOCKERR_PLATFORM_WINDOWS, line);
#endif
}

/* ---- a real connect to a closed loopback port ---------------------------------------- */

typedef struct {
	struct sockaddr_in address;
	long long error; /* WSAGetLastError() or errno after the failed connect; 0 if it connected */
	const char *step; /* what failed before the connect, or NULL */
} connect_attempt;

#ifdef _WIN32
#define LAST_ERROR() ((long long) WSAGetLastError())
#define CLOSE_SOCKET(s) closesocket(s)
typedef SOCKET socket_t;
typedef int socklen_arg;
#else
#define LAST_ERROR() ((long long) errno)
#define CLOSE_SOCKET(s) close(s)
#define INVALID_SOCKET (-1)
typedef int socket_t;
typedef socklen_t socklen_arg;
#endif

/* Binds a socket to 127.0.0.1 port 0, reads the port it got and closes it: nothing listens there. */
static int closed_port(connect_attempt *attempt)
{
	socket_t s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	socklen_arg len = (socklen_arg) sizeof(attempt->address);

	memset(&attempt->address, 0, sizeof(attempt->address));
	attempt->address.sin_family = AF_INET;
	attempt->address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	attempt->address.sin_port = 0;
	if (s == INVALID_SOCKET) {
		attempt->step = "socket()";
		return 0;
	}
	if (bind(s, (struct sockaddr *) &attempt->address, sizeof(attempt->address)) != 0
			|| getsockname(s, (struct sockaddr *) &attempt->address, &len) != 0) {
		attempt->step = "bind() or getsockname()";
		CLOSE_SOCKET(s);
		return 0;
	}
	CLOSE_SOCKET(s);
	return 1;
}

static void connect_once(connect_attempt *attempt)
{
	socket_t s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);

	if (s == INVALID_SOCKET) {
		attempt->step = "socket()";
		return;
	}
#ifndef _WIN32
	{
		/* Linux bounds a blocking connect by the send timeout */
		struct timeval limit = { 5, 0 };

		setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof(limit));
	}
#endif
	attempt->error = connect(s, (struct sockaddr *) &attempt->address, sizeof(attempt->address)) == 0
		? 0 : LAST_ERROR();
	CLOSE_SOCKET(s);
}

#ifdef _WIN32
static DWORD WINAPI connect_thread(LPVOID context)
{
	connect_once((connect_attempt *) context);
	return 0;
}
#endif

static void check_connect(void)
{
	connect_attempt attempt;
	const sockerr_row *row;
	char line[200];
	long long expected;
	int done = 1;

	attempt.error = 0;
	attempt.step = NULL;
#ifdef _WIN32
	{
		WSADATA wsa;
		HANDLE thread;

		expected = WSAECONNREFUSED;
		if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0) {
			check(0, "WSAStartup() failed");
			return;
		}
		if (closed_port(&attempt)) {
			/* a blocking connect in a thread, waited for at most 10 s */
			thread = CreateThread(NULL, 0, connect_thread, &attempt, 0, NULL);
			if (!thread) {
				attempt.step = "CreateThread()";
			} else {
				done = WaitForSingleObject(thread, 10000) == WAIT_OBJECT_0;
				if (done) {
					CloseHandle(thread);
				}
			}
		}
		/* a thread still waiting is left to the process's exit */
	}
#else
	expected = ECONNREFUSED;
	if (closed_port(&attempt)) {
		connect_once(&attempt);
	}
#endif
	if (attempt.step || !done) {
		snprintf(line, sizeof(line), "connect to a closed loopback port: %s", attempt.step ? attempt.step : "no answer in 10 s");
		check(0, line);
		return;
	}
	row = sockerr_find_native(sockerr_host_platform(), attempt.error);
	snprintf(line, sizeof(line), "connect to closed 127.0.0.1:%u fails with %lld (expected %lld) = %s -> %s",
		(unsigned) ntohs(attempt.address.sin_port), attempt.error, expected, row ? row->name : "(no row)",
		row ? case_name(row->error) : "(none)");
	check(attempt.error == expected && row && row->error == SOCKERR_CASE_ConnectionRefused, line);
#ifdef _WIN32
	WSACleanup();
#endif
}

/* ---- the scanner over the corpus --------------------------------------------------- */

static const char *const kinds[SOCKERR_FOUND_COUNT] = { "symbol", "code", "message", "curl", "envelope" };

typedef struct {
	const char *text;
	size_t len;
	size_t next;  /* where the next finding may start */
	int ordered;  /* every finding inside the text, after the previous one */
	unsigned long findings;
	unsigned line;
	const char *platform;
} scan_state;

/* Prints bytes as a C-like string: printable ASCII as it is, anything else escaped. */
static void print_escaped(const char *p, size_t len)
{
	size_t i;

	putchar('"');
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char) p[i];

		if (c == '"' || c == '\\') {
			printf("\\%c", c);
		} else if (c >= 0x20 && c < 0x7f) {
			putchar(c);
		} else {
			printf("\\x%02x", c);
		}
	}
	putchar('"');
}

static void print_finding(const sockerr_finding *f)
{
	printf(" %s %s rank=%d family=%s platform=%s", f->kind < SOCKERR_FOUND_COUNT ? kinds[f->kind] : "?",
		case_name(f->error), f->rank, f->family >= 0 && f->family < SOCKERR_FAMILY_COUNT
			? sockerr_family_name((sockerr_family) f->family) : "-",
		f->platform >= 0 && f->platform < SOCKERR_PLATFORM_COUNT
			? sockerr_platform_id((sockerr_platform) f->platform) : "-");
	if (f->native == SOCKERR_NO_CODE) {
		printf(" native=-");
	} else {
		printf(" native=%d", f->native);
	}
	printf(" name=%s curl=%d", f->name ? f->name : "-", f->curl);
}

static int on_finding(void *context, const sockerr_finding *f)
{
	scan_state *state = context;

	if (f->offset < state->next || f->length == 0 || f->offset + f->length > state->len
			|| f->text != state->text + f->offset) {
		state->ordered = 0;
	} else {
		state->next = f->offset + f->length;
	}
	state->findings++;
	printf("scan %u %s @%u+%u", state->line, state->platform, (unsigned) f->offset, (unsigned) f->length);
	print_finding(f);
	putchar(' ');
	if (f->offset + f->length <= state->len) {
		print_escaped(state->text + f->offset, f->length);
	}
	putchar('\n');
	return 1;
}

static int hex(int c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Undoes the corpus escapes in place: \n \r \t \0 \\ \xHH. Returns the new length. */
static size_t unescape(char *p, size_t len)
{
	size_t i, o = 0;

	for (i = 0; i < len; i++) {
		if (p[i] != '\\' || i + 1 == len) {
			p[o++] = p[i];
			continue;
		}
		switch (p[++i]) {
			case 'n': p[o++] = '\n'; break;
			case 'r': p[o++] = '\r'; break;
			case 't': p[o++] = '\t'; break;
			case '0': p[o++] = '\0'; break;
			case 'x':
				if (i + 2 < len && hex(p[i + 1]) >= 0 && hex(p[i + 2]) >= 0) {
					p[o++] = (char) (hex(p[i + 1]) * 16 + hex(p[i + 2]));
					i += 2;
					break;
				}
				p[o++] = '\\';
				p[o++] = 'x';
				break;
			default: p[o++] = p[i]; break;
		}
	}
	return o;
}

static void check_corpus(const char *path)
{
	static const int platforms[] = { -1, SOCKERR_PLATFORM_LINUX, SOCKERR_PLATFORM_WINDOWS };
	FILE *file = fopen(path, "rb");
	char buffer[8192], line[300];
	unsigned number = 0, texts = 0;
	unsigned long findings = 0;
	int ordered = 1;
	size_t p;

	if (!file) {
		snprintf(line, sizeof(line), "read the corpus %s", path);
		check(0, line);
		return;
	}
	while (fgets(buffer, sizeof(buffer), file)) {
		size_t len = strlen(buffer);

		number++;
		while (len > 0 && (buffer[len - 1] == '\n' || buffer[len - 1] == '\r')) {
			len--;
		}
		if (len == 0 || buffer[0] == '#') {
			continue;
		}
		len = unescape(buffer, len);
		buffer[len] = 0; /* the scanner wants a NUL after the text */
		texts++;
		for (p = 0; p < COUNT(platforms); p++) {
			scan_state state;
			sockerr_verdict verdict;

			state.text = buffer;
			state.len = len;
			state.next = 0;
			state.ordered = 1;
			state.findings = 0;
			state.line = number;
			state.platform = platforms[p] < 0 ? "any" : sockerr_platform_id((sockerr_platform) platforms[p]);
			sockerr_scan(buffer, len, platforms[p], on_finding, &state);
			findings += state.findings;
			ordered &= state.ordered;
			if (sockerr_scan_best(buffer, len, platforms[p], &verdict)) {
				printf("best %u %s %s", number, state.platform, case_name(verdict.error));
				if (verdict.os.kind != SOCKERR_FOUND_COUNT) {
					printf(" os:");
					print_finding(&verdict.os);
				}
				if (verdict.curl.kind != SOCKERR_FOUND_COUNT) {
					printf(" curl:");
					print_finding(&verdict.curl);
				}
				putchar('\n');
			} else {
				printf("best %u %s nothing\n", number, state.platform);
			}
		}
	}
	fclose(file);
	snprintf(line, sizeof(line), "scanner: %u texts x %u platform settings, %lu findings, each inside its text and in order",
		texts, (unsigned) COUNT(platforms), findings);
	check(texts > 0 && findings > 0 && ordered, line);
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	sockerr_init();
	check_host();
	check_windows_def();
	check_known_codes();
	check_wide_codes();
	check_connect();
	if (argc > 1) {
		check_corpus(argv[1]);
	} else {
		check(0, "no corpus given (usage: windows_check CORPUS)");
	}
	printf("%d passed, %d failed\n", passed, failed);
	fflush(stdout);
	return failed ? 1 : 0;
}
