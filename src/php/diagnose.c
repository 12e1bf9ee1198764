/*
 * sockerr: sockerr_diagnose(), the checks that confirm or rule out a failure's likely causes
 * on this host, at the moment of the failure, from what the kernel and /etc already expose.
 * Licensed under the MIT licence; see LICENSE.
 *
 * What it may read is a fixed list (README, "Diagnosis"): files under /sys/fs/selinux,
 * /sys/module/apparmor, /proc/self, /proc/sys, /proc/net and /etc, and a few environment
 * variables and ini settings. No path is built from the caller's input: the host named in a
 * message is only compared with the lines of /etc/hosts. Nothing runs, nothing is sent, no
 * name is resolved. Every read is capped (the SOCKERR_DIAG_* sizes below), so a diagnosis
 * stays bounded on a host with 100,000 sockets. Proxy credentials are replaced by *** before
 * anything is kept.
 *
 * A check has a stable dotted id, what was found (short), a verdict ('cause': confirmed;
 * 'ruled out'; 'context': a fact that bears on the failure but decides nothing) and one
 * sentence of ours. Which checks run depends on the record sockerr_explain() decided: its
 * case, its native symbol and its cURL code.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "php.h"
#include "ext/standard/info.h"
#include "zend_smart_str.h"

#ifndef PHP_WIN32
# include <dirent.h>
# include <fcntl.h>
# include <sys/resource.h>
# include <unistd.h>
#endif

#include "diagnose.h"

/* The caps: bytes read of each kind of file, entries and lines counted. */
#define SOCKERR_DIAG_SMALL_FILE 4096   /* a /sys or /proc value, /proc/self/cgroup */
#define SOCKERR_DIAG_CONF_FILE 16384   /* resolv.conf, nsswitch.conf, /proc/net/if_inet6 */
#define SOCKERR_DIAG_HOSTS_FILE 65536  /* /etc/hosts, /proc/net/ipv6_route */
#define SOCKERR_DIAG_FD_MAX 65536      /* entries of /proc/self/fd counted */
#define SOCKERR_DIAG_TCP_LINES 32768   /* lines read of each of /proc/net/tcp and tcp6 */
#define SOCKERR_DIAG_TEXT 4096         /* bytes of the failure's text searched for its host */

#define SOCKERR_DIAG_MAX 24            /* checks in one diagnosis */

typedef enum { VERDICT_CAUSE, VERDICT_CONTEXT, VERDICT_RULED_OUT } verdict;

typedef struct {
	const char *check;
	verdict verdict;
	char found[224];
	char detail[480];
} diag_check;

typedef struct {
	diag_check items[SOCKERR_DIAG_MAX];
	int count;
} diag_list;

/* The host and port a failure's text names, when it names one. */
typedef struct {
	char host[256];
	int port;        /* 0: none */
	bool loopback;   /* 127.0.0.0/8, ::1, localhost */
	bool ipv6;       /* an IPv6 literal */
	bool literal;    /* an address, not a name */
} diag_target;

/* What the record says the failure was. */
typedef struct {
	zend_string *error;   /* the case name */
	const char *name;     /* the native symbol, or "" */
	const char *family;   /* or "" */
	zend_long curl;       /* the cURL code, or -1 */
	diag_target target;
} diag_failure;

static void add_check(diag_list *list, const char *check, verdict v, const char *found, const char *detail_fmt, ...)
{
	diag_check *item;
	va_list args;

	if (list->count >= SOCKERR_DIAG_MAX) {
		return;
	}
	item = &list->items[list->count++];
	item->check = check;
	item->verdict = v;
	snprintf(item->found, sizeof(item->found), "%s", found);
	va_start(args, detail_fmt);
	vsnprintf(item->detail, sizeof(item->detail), detail_fmt, args);
	va_end(args);
}

/* ---- the failure ---- */

static bool name_is(const diag_failure *f, const char *symbol)
{
	/* Winsock's names are the BSD ones with a prefix */
	const char *name = strncmp(f->name, "WSA", 3) == 0 ? f->name + 3 : f->name;

	return strcmp(name, symbol) == 0;
}

static bool error_is(const diag_failure *f, const char *case_name)
{
	return f->error && zend_string_equals_cstr(f->error, case_name, strlen(case_name));
}

/* The failure's own OS symbol is unknown: only a cURL code said what failed. */
static bool curl_only(const diag_failure *f)
{
	return f->curl >= 0 && (f->name[0] == '\0' || strncmp(f->name, "CURLE_", 6) == 0);
}

static bool host_char(unsigned char c)
{
	return isalnum(c) || c == '.' || c == '-' || c == '_' || c == ':' || c == '%';
}

/* Reads a host (and a port) at p: "host", "host:port", "[v6]:port", "scheme://host:port/...",
 * then " port N" as curl writes it. */
static bool read_target(const char *p, const char *end, diag_target *t)
{
	const char *start, *colon = NULL, *q;
	size_t len;
	int colons = 0;

	while (p < end && (*p == ' ' || *p == '\'' || *p == '"' || *p == '`')) {
		p++;
	}
	for (q = p; q < end && q - p < 16 && isalpha((unsigned char) *q); q++) {
	}
	if (q > p && end - q >= 3 && memcmp(q, "://", 3) == 0) {
		p = q + 3;
		q = memchr(p, '@', (size_t) (end - p) < 256 ? (size_t) (end - p) : 256);
		if (q && !memchr(p, '/', (size_t) (q - p))) {
			p = q + 1; /* user:password@ is never kept */
		}
	}
	memset(t, 0, sizeof(*t));
	if (p < end && *p == '[') {
		start = ++p;
		while (p < end && *p != ']' && host_char((unsigned char) *p)) {
			p++;
		}
		if (p >= end || *p != ']') {
			return false;
		}
		len = (size_t) (p - start);
		p++;
		if (p < end && *p == ':') {
			colon = p;
		}
		colons = 2;
	} else {
		start = p;
		while (p < end && host_char((unsigned char) *p)) {
			if (*p == ':') {
				colons++;
				colon = p;
			}
			p++;
		}
		while (p > start && p[-1] == '.') {
			p--; /* a sentence's full stop */
		}
		len = (size_t) (p - start);
		if (colons == 1) {
			len = (size_t) (colon - start);
		} else {
			colon = NULL; /* an IPv6 literal has no port unless bracketed */
		}
	}
	if (len == 0 || len >= sizeof(t->host)) {
		return false;
	}
	memcpy(t->host, start, len);
	t->host[len] = '\0';
	if (colon) {
		t->port = atoi(colon + 1);
	} else if (end - p > 6 && strncasecmp(p, " port ", 6) == 0) {
		t->port = atoi(p + 6);
	}
	if (t->port < 0 || t->port > 65535) {
		t->port = 0;
	}
	t->ipv6 = colons >= 2;
	t->literal = t->ipv6 || strspn(t->host, "0123456789.") == len;
	t->loopback = strcasecmp(t->host, "localhost") == 0 || strcmp(t->host, "::1") == 0
		|| (len > 10 && strcasecmp(t->host + len - 10, ".localhost") == 0)
		|| (t->literal && !t->ipv6 && strncmp(t->host, "127.", 4) == 0);
	return true;
}

static const char *find_ci(const char *text, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; i + n <= len; i++) {
		if (strncasecmp(text + i, needle, n) == 0) {
			return text + i + n;
		}
	}
	return NULL;
}

/* The host the failure names: where curl, PHP's streams and getaddrinfo messages put it. */
static void find_target(const zend_string *text, diag_target *t)
{
	static const char *const before[] = {
		"connect to ", "getaddrinfo for ", "resolve host: ", "resolve host ", "resolve proxy: ",
		"resolve proxy ", "://", NULL
	};
	size_t len;
	const char *const *b;

	memset(t, 0, sizeof(*t));
	if (!text) {
		return;
	}
	len = ZSTR_LEN(text) < SOCKERR_DIAG_TEXT ? ZSTR_LEN(text) : SOCKERR_DIAG_TEXT;
	for (b = before; *b; b++) {
		const char *at = find_ci(ZSTR_VAL(text), len, *b);

		if (at) {
			/* "://" found first: back up to its scheme */
			if (strcmp(*b, "://") == 0) {
				at -= 3;
				while (at > ZSTR_VAL(text) && isalpha((unsigned char) at[-1])) {
					at--;
				}
			}
			if (read_target(at, ZSTR_VAL(text) + len, t)) {
				return;
			}
		}
	}
}

/* ---- reading what the kernel and /etc expose (bounded) ---- */

#ifndef PHP_WIN32
/* Up to size - 1 bytes of a file, NUL-terminated; -1 if it cannot be read. */
static ssize_t read_file(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK
# ifdef O_CLOEXEC
		| O_CLOEXEC
# endif
	);
	size_t got = 0;

	if (fd < 0) {
		return -1;
	}
	while (got + 1 < size) {
		ssize_t n = read(fd, buf + got, size - 1 - got);

		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			if (n < 0 && got == 0) {
				close(fd);
				return -1;
			}
			break;
		}
		got += (size_t) n;
	}
	close(fd);
	buf[got] = '\0';
	return (ssize_t) got;
}

/* A one-line value, trimmed; false if the file cannot be read. */
static bool read_value(const char *path, char *buf, size_t size)
{
	ssize_t n = read_file(path, buf, size);

	if (n < 0) {
		return false;
	}
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\0' || buf[n - 1] == ' ')) {
		buf[--n] = '\0';
	}
	return true;
}

/* The next line of a buffer, NUL-terminated in place; NULL at the end. */
static char *next_line(char **cursor)
{
	char *line = *cursor, *nl;

	if (!line || !*line) {
		return NULL;
	}
	nl = strchr(line, '\n');
	if (nl) {
		*nl = '\0';
		*cursor = nl + 1;
	} else {
		*cursor = NULL;
	}
	return line;
}

/* The word after a keyword at the start of a config line ("nameserver 10.0.0.2"), or NULL. */
static char *keyword(char *line, const char *word)
{
	size_t n = strlen(word);

	while (*line == ' ' || *line == '\t') {
		line++;
	}
	if (strncmp(line, word, n) != 0 || (line[n] != ' ' && line[n] != '\t' && line[n] != ':')) {
		return NULL;
	}
	line += n + (line[n] == ':');
	while (*line == ' ' || *line == '\t') {
		line++;
	}
	return line;
}

static void trim_comment(char *line)
{
	char *hash = strpbrk(line, "#;");
	size_t n;

	if (hash) {
		*hash = '\0';
	}
	n = strlen(line);
	while (n > 0 && isspace((unsigned char) line[n - 1])) {
		line[--n] = '\0';
	}
}
#endif

/* ---- SELinux and AppArmor: for a denied connect ---- */

#ifdef __linux__
typedef struct {
	const char *name;
	const char *check;  /* its check's id */
	const char *covers; /* the ports it opens to httpd_t, as the policy's port types have them */
	int ranges[14][2];
} selinux_boolean;

/* From fedora-selinux/selinux-policy (2024-10): apache.te's tunable_policy blocks, and the
 * port types' numbers in corenetwork.te.in. httpd_can_network_connect opens every port. */
static const selinux_boolean selinux_booleans[] = {
	{ "httpd_can_network_connect_db", "selinux.httpd_can_network_connect_db", "database ports (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Firebird)",
		{ {1186, 1186}, {3306, 3306}, {63132, 63164}, {5432, 5432}, {9898, 9898}, {1433, 1434}, {1521, 1521},
		  {2483, 2484}, {27017, 27019}, {28017, 28019}, {3050, 3050}, {0, 0} } },
	{ "httpd_can_network_memcache", "selinux.httpd_can_network_memcache", "memcached's port 11211", { {11211, 11211}, {0, 0} } },
	{ "httpd_can_network_relay", "selinux.httpd_can_network_relay", "HTTP, proxy-cache, Squid, FTP and gopher ports (80, 443, 8080, 3128...)",
		{ {80, 81}, {443, 443}, {488, 488}, {8008, 8009}, {8443, 8443}, {9000, 9000}, {8080, 8080}, {8118, 8118},
		  {8123, 8123}, {10001, 10010}, {3128, 3128}, {3401, 3401}, {4827, 4827}, {0, 0} } },
	{ "httpd_can_connect_ldap", "selinux.httpd_can_connect_ldap", "LDAP ports (389, 636, 3268, 3269, 7389)",
		{ {389, 389}, {636, 636}, {3268, 3269}, {7389, 7389}, {0, 0} } },
	{ "httpd_can_sendmail", "selinux.httpd_can_sendmail", "mail ports (SMTP 25, 465, 587 and POP/IMAP)",
		{ {25, 25}, {465, 465}, {587, 587}, {106, 106}, {109, 110}, {143, 143}, {220, 220}, {993, 993}, {995, 995},
		  {0, 0} } },
};

static bool boolean_covers(const selinux_boolean *b, int port)
{
	int i;

	for (i = 0; b->ranges[i][0]; i++) {
		if (port >= b->ranges[i][0] && port <= b->ranges[i][1]) {
			return true;
		}
	}
	return false;
}

/* A boolean's current value from selinuxfs ("1 1": current and pending); -1 if absent. */
static int selinux_boolean_value(const char *name)
{
	char path[128], value[16];

	snprintf(path, sizeof(path), "/sys/fs/selinux/booleans/%s", name);
	if (!read_value(path, value, sizeof(value))) {
		return -1;
	}
	return value[0] == '1';
}

/* The SELinux mode: 1 enforcing, 0 permissive, -1 not active. */
static int selinux_mode(void)
{
	char value[16];

	if (!read_value("/sys/fs/selinux/enforce", value, sizeof(value))) {
		return -1;
	}
	return value[0] == '1';
}

/* This process's security context as the kernel reports it, or false. */
static bool process_context(const char *path, char *buf, size_t size)
{
	if (!read_value(path, buf, size) || !buf[0]) {
		return false;
	}
	buf[strcspn(buf, "\n")] = '\0';
	return true;
}

/* The type (domain) of a context user:role:type:level. */
static void context_type(const char *context, char *type, size_t size)
{
	const char *p = strchr(context, ':');

	type[0] = '\0';
	if (p && (p = strchr(p + 1, ':'))) {
		size_t n = strcspn(p + 1, ":");

		snprintf(type, size, "%.*s", (int) n, p + 1);
	} else {
		snprintf(type, size, "%s", context);
	}
}

static void check_selinux(diag_list *list, const diag_failure *f)
{
	int mode = selinux_mode(), connect;
	char context[256], type[128], found[224];
	size_t i;
	const selinux_boolean *narrow = NULL;

	if (mode < 0) {
		add_check(list, "selinux.mode", VERDICT_RULED_OUT, "not active",
			"SELinux is not active on this host (no /sys/fs/selinux/enforce), so it did not deny this.");
		return;
	}
	if (mode == 0) {
		add_check(list, "selinux.mode", VERDICT_RULED_OUT, "permissive",
			"SELinux is permissive: it logs what it would deny but denies nothing, so it did not deny this.");
		return;
	}
	add_check(list, "selinux.mode", VERDICT_CONTEXT, "enforcing",
		"SELinux is enforcing, so it denies what the policy does not allow this process's domain.");
	if (!process_context("/proc/self/attr/current", context, sizeof(context))) {
		add_check(list, "selinux.domain", VERDICT_CONTEXT, "unreadable",
			"This process's SELinux domain could not be read; on the host, `ps -eZ | grep php` shows it.");
		return;
	}
	context_type(context, type, sizeof(type));
	if (strcmp(type, "unconfined_t") == 0 || strcmp(type, "unconfined_service_t") == 0
			|| strcmp(type, "kernel_t") == 0 || strcmp(context, "kernel") == 0 || strcmp(context, "unconfined") == 0) {
		add_check(list, "selinux.domain", VERDICT_RULED_OUT, context,
			"This process runs unconfined, and SELinux does not restrict an unconfined process's connects.");
		return;
	}
	if (strcmp(type, "httpd_t") != 0) {
		add_check(list, "selinux.domain", VERDICT_CONTEXT, context,
			"This process runs in %s, not the web server's httpd_t, so the httpd booleans do not apply; "
			"on the host, `ausearch -m avc -ts recent` shows whether SELinux denied it.", type);
		return;
	}
	add_check(list, "selinux.domain", VERDICT_CONTEXT, context,
		"This process runs in httpd_t, the web server's domain (php-fpm's too), whose outgoing connects "
		"the httpd_* booleans allow or deny.");

	connect = selinux_boolean_value("httpd_can_network_connect");
	if (connect < 0) {
		add_check(list, "selinux.httpd_can_network_connect", VERDICT_CONTEXT, "absent",
			"The policy has no such boolean; on the host, `ausearch -m avc -ts recent` shows the denial if there was one.");
		return;
	}
	if (connect == 1) {
		add_check(list, "selinux.httpd_can_network_connect", VERDICT_RULED_OUT, "on",
			"On: httpd_t may connect to any TCP port, so an httpd boolean is not what denied this.");
		return;
	}
	for (i = 0; f->target.port && i < sizeof(selinux_booleans) / sizeof(selinux_booleans[0]); i++) {
		if (boolean_covers(&selinux_booleans[i], f->target.port)) {
			narrow = &selinux_booleans[i];
			break;
		}
	}
	if (narrow) {
		int value = selinux_boolean_value(narrow->name);

		if (value == 1) {
			add_check(list, "selinux.httpd_can_network_connect", VERDICT_RULED_OUT, "off",
				"Off, but port %d is one of the %s that %s opens, and that is on.", f->target.port, narrow->covers, narrow->name);
			snprintf(found, sizeof(found), "on");
			add_check(list, narrow->check, VERDICT_RULED_OUT, found,
				"On: httpd_t may connect to port %d, so SELinux's booleans are not what denied this.", f->target.port);
			return;
		}
		add_check(list, "selinux.httpd_can_network_connect", VERDICT_CAUSE, "off",
			"Off, and SELinux is enforcing on this web server process: it may not connect to port %d. "
			"On the host: `setsebool -P %s 1` (only the %s) or `setsebool -P httpd_can_network_connect 1` (any port).",
			f->target.port, narrow->name, narrow->covers);
		if (value == 0) {
			add_check(list, narrow->check, VERDICT_CAUSE, "off",
				"Off: the narrower boolean for port %d (%s) does not allow it either.", f->target.port, narrow->covers);
		}
		return;
	}
	if (f->target.port) {
		add_check(list, "selinux.httpd_can_network_connect", VERDICT_CAUSE, "off",
			"Off, and SELinux is enforcing on this web server process: it may not connect to port %d, which no "
			"narrower httpd boolean opens. On the host: `setsebool -P httpd_can_network_connect 1`, or label the port "
			"(`semanage port -a -t http_port_t -p tcp %d`).", f->target.port, f->target.port);
		return;
	}
	add_check(list, "selinux.httpd_can_network_connect", VERDICT_CAUSE, "off",
		"Off, and SELinux is enforcing on this web server process: it may connect only to the ports a narrower "
		"boolean opens. On the host: `setsebool -P httpd_can_network_connect 1`.");
	for (i = 0; i < sizeof(selinux_booleans) / sizeof(selinux_booleans[0]); i++) {
		int value = selinux_boolean_value(selinux_booleans[i].name);

		if (value >= 0) {
			add_check(list, selinux_booleans[i].check, VERDICT_CONTEXT, value ? "on" : "off",
				"%s: httpd_t %s connect to the %s.", value ? "On" : "Off", value ? "may" : "may not", selinux_booleans[i].covers);
		}
	}
}

static void check_apparmor(diag_list *list)
{
	char enabled[16], label[256];

	if (!read_value("/sys/module/apparmor/parameters/enabled", enabled, sizeof(enabled)) || enabled[0] != 'Y') {
		add_check(list, "apparmor.profile", VERDICT_RULED_OUT, "not enabled",
			"AppArmor is not enabled on this host, so it did not deny this.");
		return;
	}
	if (!process_context("/proc/self/attr/apparmor/current", label, sizeof(label))
			&& !process_context("/proc/self/attr/current", label, sizeof(label))) {
		add_check(list, "apparmor.profile", VERDICT_CONTEXT, "unreadable",
			"This process's AppArmor profile could not be read; on the host, `aa-status` lists the confined processes.");
		return;
	}
	if (strcmp(label, "unconfined") == 0) {
		add_check(list, "apparmor.profile", VERDICT_RULED_OUT, label,
			"This process is unconfined, so AppArmor did not deny this.");
	} else if (strstr(label, "(complain)")) {
		add_check(list, "apparmor.profile", VERDICT_RULED_OUT, label,
			"The profile is in complain mode: it logs what it would deny but denies nothing.");
	} else {
		add_check(list, "apparmor.profile", VERDICT_CONTEXT, label,
			"This process is confined by an AppArmor profile; if it has no `network inet stream` rule, AppArmor denied "
			"this, and the host's kernel log (`journalctl -k | grep DENIED`) names the profile.");
	}
}
#endif

/* ---- open files ---- */

#ifndef PHP_WIN32
/* Descriptors this process has open, counted up to the cap; -1 if they cannot be listed,
 * -2 if listing them needs a descriptor and none is left (EMFILE: all are in use). */
static long open_descriptors(bool *capped)
{
	DIR *dir = opendir("/proc/self/fd");
	struct dirent *entry;
	long count = 0;

	*capped = false;
	if (!dir && errno == EMFILE) {
		return -2;
	}
	if (!dir) {
		dir = opendir("/dev/fd");
	}
	if (!dir) {
		return -1;
	}
	while ((entry = readdir(dir))) {
		if (entry->d_name[0] == '.') {
			continue;
		}
		if (++count > SOCKERR_DIAG_FD_MAX) {
			*capped = true;
			break;
		}
	}
	closedir(dir);
	return count > 0 ? count - 1 : 0; /* the directory's own descriptor */
}

static void format_limit(char *buf, size_t size, rlim_t value)
{
	if (value == RLIM_INFINITY) {
		snprintf(buf, size, "unlimited");
	} else {
		snprintf(buf, size, "%llu", (unsigned long long) value);
	}
}

/* "12 in use; soft limit 1024, hard 524288"; false if getrlimit() fails. */
static bool open_files_fact(char *found, size_t size, long *in_use, struct rlimit *limit, bool *capped)
{
	char soft[32], hard[32];

	if (getrlimit(RLIMIT_NOFILE, limit) != 0) {
		return false;
	}
	*in_use = open_descriptors(capped);
	format_limit(soft, sizeof(soft), limit->rlim_cur);
	format_limit(hard, sizeof(hard), limit->rlim_max);
	if (*in_use == -2) {
		snprintf(found, size, "all in use (none left to list them); soft limit %s, hard %s", soft, hard);
	} else if (*in_use < 0) {
		snprintf(found, size, "soft limit %s, hard %s", soft, hard);
	} else {
		snprintf(found, size, "%ld%s in use; soft limit %s, hard %s", *in_use, *capped ? "+" : "", soft, hard);
	}
	return true;
}

static void check_open_files(diag_list *list, const diag_failure *f)
{
	struct rlimit limit;
	long in_use;
	bool capped, hidden = curl_only(f);
	char found[224];

	if (open_files_fact(found, sizeof(found), &in_use, &limit, &capped)) {
		if (in_use == -1 || limit.rlim_cur == RLIM_INFINITY) {
			add_check(list, "limits.open_files", VERDICT_CONTEXT, found,
				"This process's open-file limit; a socket needs a free descriptor under the soft limit.");
		} else if (in_use == -2 || capped || (rlim_t) in_use + 4 >= limit.rlim_cur) {
			add_check(list, "limits.open_files", VERDICT_CAUSE, found,
				"This process has used up its descriptors: a new socket needs one under the soft limit. Close what leaks "
				"(unclosed handles, persistent connections), or raise the limit (LimitNOFILE= in the service's unit, "
				"rlimit_files in the php-fpm pool, `ulimit -n` in its shell).");
		} else if (hidden) {
			add_check(list, "limits.open_files", VERDICT_RULED_OUT, found,
				"This process is well under its open-file limit, so that limit is not what failed here.");
		} else {
			add_check(list, "limits.open_files", VERDICT_CONTEXT, found,
				"Under the limit now: the descriptors that filled it were closed after the failure (a burst of "
				"connections or files, or another part of the program).");
		}
	}
# ifdef __linux__
	{
		char value[128];
		unsigned long long allocated, unused, max;

		if (read_value("/proc/sys/fs/file-nr", value, sizeof(value))
				&& sscanf(value, "%llu %llu %llu", &allocated, &unused, &max) == 3 && max > 0) {
			snprintf(found, sizeof(found), "%llu of %llu in use", allocated - unused, max);
			if ((allocated - unused) * 100 >= max * 95) {
				add_check(list, "limits.system_files", VERDICT_CAUSE, found,
					"The whole system is at its open-file limit (fs.file-max): every process's new socket fails "
					"until some close; find the process that holds them (`lsof | wc -l` by process on the host).");
			} else {
				add_check(list, "limits.system_files", VERDICT_RULED_OUT, found,
					"The system as a whole is far from its open-file limit (fs.file-max).");
			}
		}
	}
# endif
}
#endif

/* ---- local ports ---- */

#ifdef __linux__
/* Counts the sockets whose local port is in [lo, hi] in one /proc/net/tcp* file, reading at
 * most SOCKERR_DIAG_TCP_LINES lines; sets *capped when it stopped early. */
static void count_ports(const char *path, unsigned lo, unsigned hi, long *in_range, long *time_wait, bool *capped)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	char buf[8192 + 256];
	size_t have = 0;
	long lines = 0;
	bool header = true;

	if (fd < 0) {
		return;
	}
	for (;;) {
		ssize_t n = read(fd, buf + have, sizeof(buf) - 1 - have);
		char *line, *nl;

		if (n < 0 && errno == EINTR) {
			continue;
		}
		if (n <= 0) {
			break;
		}
		have += (size_t) n;
		buf[have] = '\0';
		line = buf;
		while ((nl = strchr(line, '\n'))) {
			unsigned port, state;

			*nl = '\0';
			if (header) {
				header = false;
			} else if (++lines > SOCKERR_DIAG_TCP_LINES) {
				*capped = true;
				close(fd);
				return;
			} else if (sscanf(line, " %*u: %*[0-9A-Fa-f]:%x %*[0-9A-Fa-f]:%*x %x", &port, &state) == 2
					&& port >= lo && port <= hi) {
				(*in_range)++;
				*time_wait += state == 6; /* TCP_TIME_WAIT */
			}
			line = nl + 1;
		}
		have = (size_t) (buf + have - line);
		memmove(buf, line, have);
		if (have >= sizeof(buf) - 257) {
			have = 0; /* a line longer than any the kernel writes */
		}
	}
	close(fd);
}

/* Every TCP socket of this network namespace, TIME_WAIT included, from /proc/net/sockstat
 * and sockstat6 ("TCP: inuse N orphan N tw N ...", "TCP6: inuse N"); a cheap upper bound. */
static long tcp_sockets(void)
{
	char buf[SOCKERR_DIAG_SMALL_FILE];
	const char *p;
	long total = 0, inuse, tw;

	if (read_file("/proc/net/sockstat", buf, sizeof(buf)) >= 0 && (p = strstr(buf, "TCP: "))
			&& sscanf(p, "TCP: inuse %ld orphan %*d tw %ld", &inuse, &tw) == 2) {
		total += inuse + tw;
	} else {
		return LONG_MAX / 16; /* unknown: count them one by one */
	}
	if (read_file("/proc/net/sockstat6", buf, sizeof(buf)) >= 0 && (p = strstr(buf, "TCP6: "))
			&& sscanf(p, "TCP6: inuse %ld", &inuse) == 1) {
		total += inuse;
	}
	return total;
}

static void check_ports(diag_list *list, const diag_failure *f)
{
	char value[64], found[224];
	unsigned lo, hi;

	if (read_value("/proc/sys/net/ipv4/ip_local_port_range", value, sizeof(value))
			&& sscanf(value, "%u %u", &lo, &hi) == 2 && hi >= lo) {
		long in_range = 0, time_wait = 0, size = (long) (hi - lo + 1);
		bool capped = false;

		snprintf(found, sizeof(found), "%u-%u (%ld ports)", lo, hi, size);
		add_check(list, "ports.ephemeral_range", VERDICT_CONTEXT, found,
			"The local ports the kernel picks from for an outgoing connection (net.ipv4.ip_local_port_range).");
		/* Reading /proc/net/tcp walks the kernel's whole connection table (2 ms on an idle
		 * host with a large one), so sockstat's counts come first: every TCP socket there is,
		 * TIME_WAIT included, bounds how many local ports can be taken. Only when that bound
		 * reaches the range are the sockets read one by one, within the cap. */
		long bound = tcp_sockets();

		if (bound * 10 < size * 9) {
			snprintf(found, sizeof(found), "at most %ld in use (%ld TCP sockets in all)", bound, bound);
			add_check(list, "ports.ephemeral_in_use", VERDICT_RULED_OUT, found,
				"This host has fewer TCP sockets than nine tenths of the local port range, so this is not port exhaustion.");
			goto nonlocal;
		}
		count_ports("/proc/net/tcp", lo, hi, &in_range, &time_wait, &capped);
		count_ports("/proc/net/tcp6", lo, hi, &in_range, &time_wait, &capped);
		snprintf(found, sizeof(found), "%ld%s in use, %ld of them in TIME_WAIT", in_range, capped ? "+" : "", time_wait);
		if (in_range * 10 >= size * 9) {
			add_check(list, "ports.ephemeral_in_use", VERDICT_CAUSE, found,
				"The local port range is (nearly) used up, so a new connection gets no local port: reuse connections "
				"(keep-alive, one client for many requests) instead of opening one per request, or widen the range.");
		} else {
			add_check(list, "ports.ephemeral_in_use", VERDICT_RULED_OUT, found,
				"Most of the local port range is free, so this is not port exhaustion%s.",
				capped ? " (counted in the first lines of /proc/net/tcp and tcp6 only)" : "");
		}
	}
nonlocal:
	if (name_is(f, "EADDRNOTAVAIL") && read_value("/proc/sys/net/ipv4/ip_nonlocal_bind", value, sizeof(value))) {
		if (value[0] == '0') {
			add_check(list, "ports.ip_nonlocal_bind", VERDICT_CONTEXT, "0",
				"0: a bind to an address that is not on this host fails with this error; check that the address to "
				"bind is one of the host's (`ip -br addr` on the host).");
		} else {
			add_check(list, "ports.ip_nonlocal_bind", VERDICT_RULED_OUT, value,
				"Binding to an address that is not on this host is allowed here, so that is not the cause.");
		}
	}
}

/* ---- containers ---- */

/* The container this process runs in ("docker (/.dockerenv)"), or false. */
static bool container(char *found, size_t size)
{
	char cgroup[SOCKERR_DIAG_SMALL_FILE];
	const char *k8s = getenv("KUBERNETES_SERVICE_HOST");
	bool have_cgroup = read_file("/proc/self/cgroup", cgroup, sizeof(cgroup)) >= 0;

	if ((k8s && *k8s) || (have_cgroup && strstr(cgroup, "kubepods"))) {
		snprintf(found, size, "kubernetes (%s)", k8s && *k8s ? "KUBERNETES_SERVICE_HOST" : "/proc/self/cgroup");
	} else if (access("/run/.containerenv", F_OK) == 0) {
		snprintf(found, size, "podman (/run/.containerenv)");
	} else if (access("/.dockerenv", F_OK) == 0) {
		snprintf(found, size, "docker (/.dockerenv)");
	} else if (have_cgroup && (strstr(cgroup, "/docker") || strstr(cgroup, "docker-"))) {
		snprintf(found, size, "docker (/proc/self/cgroup)");
	} else if (have_cgroup && strstr(cgroup, "libpod")) {
		snprintf(found, size, "podman (/proc/self/cgroup)");
	} else {
		return false;
	}
	return true;
}

static void check_container(diag_list *list, const diag_failure *f)
{
	char found[224];

	if (container(found, sizeof(found))) {
		add_check(list, "container.runtime", VERDICT_CAUSE, found,
			"This process runs in a container, where %s is the container itself: a service on the host or in another "
			"container is not there. Connect to the service's name on the container network, or to the host's "
			"address (host.docker.internal, or the gateway's).", f->target.host);
	} else {
		add_check(list, "container.runtime", VERDICT_RULED_OUT, "none found",
			"No sign of a container (Docker, Podman, Kubernetes), so %s is this host itself.", f->target.host);
	}
}

/* ---- IPv6 ---- */

static void check_ipv6(diag_list *list, const diag_failure *f)
{
	char *buf = emalloc(SOCKERR_DIAG_HOSTS_FILE), *cursor, *line, found[224];
	int loopback = 0, global = 0, other = 0;
	bool default_route = false;

	if (read_file("/proc/net/if_inet6", buf, SOCKERR_DIAG_CONF_FILE) < 0) {
		efree(buf);
		add_check(list, "ipv6.addresses", f->target.ipv6 ? VERDICT_CAUSE : VERDICT_CONTEXT, "no IPv6",
			"This kernel has no IPv6 (no /proc/net/if_inet6): an IPv6 address cannot be reached; use IPv4 "
			"(CURLOPT_IPRESOLVE => CURL_IPRESOLVE_V4).");
		return;
	}
	for (cursor = buf; (line = next_line(&cursor));) {
		char addr[40];
		unsigned scope;

		if (sscanf(line, "%39s %*x %*x %x", addr, &scope) != 2) {
			continue;
		}
		if (strcmp(addr, "00000000000000000000000000000001") == 0) {
			loopback++;
		} else if (scope == 0) {
			global++;
		} else {
			other++;
		}
	}
	if (read_file("/proc/net/ipv6_route", buf, SOCKERR_DIAG_HOSTS_FILE) >= 0) {
		for (cursor = buf; (line = next_line(&cursor));) {
			size_t n = strlen(line);

			/* ::/0 through a device other than lo (the kernel's reject route is on lo) */
			if (strncmp(line, "00000000000000000000000000000000 00 ", 36) == 0 && n > 3
					&& !(n >= 3 && strcmp(line + n - 3, " lo") == 0)) {
				default_route = true;
			}
		}
	}
	efree(buf);
	snprintf(found, sizeof(found), "::1 %s; %d global, %d link-local; default route %s",
		loopback ? "present" : "absent", global, other, default_route ? "yes" : "no");
	if (f->target.ipv6 && f->target.loopback) {
		if (!loopback) {
			add_check(list, "ipv6.addresses", VERDICT_CAUSE, found,
				"This host (or this container's network) has no ::1, so nothing can connect to ::1: connect to "
				"127.0.0.1, or enable IPv6 on the loopback interface.");
		} else {
			add_check(list, "ipv6.addresses", VERDICT_RULED_OUT, found, "::1 is configured on this host.");
		}
	} else if (f->target.ipv6) {
		if (!global || !default_route) {
			add_check(list, "ipv6.addresses", VERDICT_CAUSE, found,
				"This host has no %s, so it cannot reach an IPv6 address beyond itself: use IPv4 "
				"(CURLOPT_IPRESOLVE => CURL_IPRESOLVE_V4, or an A record) or give the host IPv6.",
				global ? "IPv6 default route" : "global IPv6 address");
		} else {
			add_check(list, "ipv6.addresses", VERDICT_RULED_OUT, found,
				"This host has a global IPv6 address and a default route, so IPv6 as such is there.");
		}
	} else {
		add_check(list, "ipv6.addresses", VERDICT_CONTEXT, found,
			"Whether this host has IPv6 at all: a name whose first answer is an IPv6 address fails this way "
			"on a host without it.");
	}
}
#endif

/* ---- proxies ---- */

/* A proxy setting with any user name and password replaced by ***, cut to fit. */
static void redact_proxy(const char *value, char *out, size_t size)
{
	const char *authority = strstr(value, "://"), *end, *at = NULL, *p;

	authority = authority ? authority + 3 : value;
	end = authority + strcspn(authority, "/?#");
	for (p = authority; p < end; p++) {
		if (*p == '@') {
			at = p; /* the last one: a password may hold an unencoded @ */
		}
	}
	if (!at) {
		snprintf(out, size, "%s", value);
	} else {
		const char *colon = memchr(authority, ':', (size_t) (at - authority));

		snprintf(out, size, "%.*s%s%s", (int) (authority - value), value, colon ? "***:***" : "***", at);
	}
	if (strlen(out) + 1 >= size && size > 4) {
		memcpy(out + size - 4, "...", 4);
	}
}

/* Is `host` the host of a proxy setting ([scheme://][user[:password]@]host[:port][/])? */
static bool proxy_is(const char *value, const char *host)
{
	const char *authority = strstr(value, "://"), *end, *p;
	size_t len;

	authority = authority ? authority + 3 : value;
	end = authority + strcspn(authority, "/?#");
	for (p = authority; p < end; p++) {
		if (*p == '@') {
			authority = p + 1;
		}
	}
	if (*authority == '[') {
		authority++;
		len = strcspn(authority, "]");
	} else {
		len = strcspn(authority, ":/?#");
	}
	return len == strlen(host) && strncasecmp(authority, host, len) == 0;
}

static const char *const proxy_variables[] = {
	"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY", NULL
};

static void check_proxies(diag_list *list, const diag_failure *f)
{
	const char *const *name;
	char found[224], value[200];
	bool any = false;

	for (name = proxy_variables; *name; name++) {
		const char *set = getenv(*name);
		char id[32];
		size_t i;

		if (!set || !*set) {
			continue;
		}
		any = true;
		for (i = 0; (*name)[i] && i + 1 < sizeof(id) - 6; i++) {
			id[i] = (char) tolower((unsigned char) (*name)[i]);
		}
		id[i] = '\0';
		redact_proxy(set, value, sizeof(value));
		snprintf(found, sizeof(found), "%s=%s", *name, value);
		if (strcmp(*name, "HTTP_PROXY") == 0) {
			add_check(list, "proxy.http_proxy", VERDICT_RULED_OUT, found,
				"libcurl ignores the upper-case HTTP_PROXY (a web server sets it from a request's Proxy header), "
				"so this did not route the transfer; Guzzle reads it only on the command line.");
		} else if (strcasecmp(*name, "no_proxy") == 0) {
			add_check(list, "proxy.no_proxy", VERDICT_CONTEXT, found,
				"The hosts libcurl reaches directly, not through the proxy.");
		} else if (f->curl == 5 && f->target.host[0] && proxy_is(set, f->target.host)) {
			add_check(list, strcmp(id, "https_proxy") == 0 ? "proxy.https_proxy" : strcmp(id, "all_proxy") == 0
				? "proxy.all_proxy" : "proxy.http_proxy", VERDICT_CAUSE, found,
				"This variable names the proxy whose name did not resolve: fix or unset it, or list the target in NO_PROXY.");
		} else {
			add_check(list, strcmp(id, "https_proxy") == 0 ? "proxy.https_proxy" : strcmp(id, "all_proxy") == 0
				? "proxy.all_proxy" : "proxy.http_proxy", VERDICT_CONTEXT, found,
				"libcurl connects to this proxy, not to the host in the URL, unless NO_PROXY lists that host: the "
				"failed connect may be the proxy's.");
		}
	}
	if (!any) {
		add_check(list, "proxy.environment", f->curl == 5 ? VERDICT_CONTEXT : VERDICT_RULED_OUT, "none set",
			f->curl == 5
				? "No proxy variable is set in this process, so the proxy came from the code (CURLOPT_PROXY, "
				  "Guzzle's 'proxy' option) or a configuration file."
				: "No proxy variable is set in this process, so libcurl went through no proxy unless the code set one "
				  "(CURLOPT_PROXY).");
	}
}

/* ---- name resolution ---- */

#ifndef PHP_WIN32
static void check_resolver(diag_list *list, const diag_failure *f)
{
	char *buf = emalloc(SOCKERR_DIAG_HOSTS_FILE), *cursor, *line, *value;
	char servers[224] = "", search[224] = "", found[224];
	int count = 0, ndots = 1, timeout = 5, attempts = 2;

	if (read_file("/etc/resolv.conf", buf, SOCKERR_DIAG_CONF_FILE) >= 0) {
		for (cursor = buf; (line = next_line(&cursor));) {
			trim_comment(line);
			if ((value = keyword(line, "nameserver"))) {
				if (count++ < 3) { /* the resolver asks the first three (MAXNS) */
					size_t n = strlen(servers);

					snprintf(servers + n, sizeof(servers) - n, "%s%s", n ? ", " : "", value);
				}
			} else if ((value = keyword(line, "search")) || (value = keyword(line, "domain"))) {
				snprintf(search, sizeof(search), "%s", value);
			} else if ((value = keyword(line, "options"))) {
				char *option;

				for (option = strtok(value, " \t"); option; option = strtok(NULL, " \t")) {
					if (sscanf(option, "ndots:%d", &ndots) != 1 && sscanf(option, "timeout:%d", &timeout) != 1) {
						sscanf(option, "attempts:%d", &attempts);
					}
				}
			}
		}
		if (count == 0) {
			add_check(list, "dns.nameservers", VERDICT_CONTEXT, "none",
				"resolv.conf lists no name server, so lookups go to 127.0.0.1 on this host: is a resolver running there?");
		} else {
			add_check(list, "dns.nameservers", VERDICT_CONTEXT, servers,
				strncmp(servers, "127.", 4) == 0
					? "Lookups go to a resolver on this host (systemd-resolved's stub is 127.0.0.53, Docker's 127.0.0.11), "
					  "which forwards them; on the host, `resolvectl status` or the container runtime shows where."
					: "The name servers this process asks, in this order; a temporary failure means none answered in time.");
		}
		add_check(list, "dns.search", VERDICT_CONTEXT, search[0] ? search : "none",
			search[0] ? "A name with fewer dots than ndots is tried with each of these domains appended first."
				: "No search domain: a short name (db, redis) is looked up as it is.");
		if (count < 1) {
			count = 1;
		}
		snprintf(found, sizeof(found), "ndots:%d timeout:%d attempts:%d", ndots, timeout, attempts);
		add_check(list, "dns.options", VERDICT_CONTEXT, found,
			"A lookup that gets no answer fails after about %d s (timeout x attempts x %d server%s)%s.",
			timeout * attempts * (count > 3 ? 3 : count), count > 3 ? 3 : count, count > 1 ? "s" : "",
			ndots > 1 ? "; with this ndots, most names are first tried with every search domain" : "");
	}
	if (read_file("/etc/nsswitch.conf", buf, SOCKERR_DIAG_CONF_FILE) >= 0) {
		for (cursor = buf; (line = next_line(&cursor));) {
			trim_comment(line);
			if ((value = keyword(line, "hosts"))) {
				if (strstr(value, "dns") || strstr(value, "resolve")) {
					add_check(list, "dns.nsswitch_hosts", VERDICT_CONTEXT, value,
						"The order in which the C library looks names up (libcurl's threaded resolver follows it too).");
				} else {
					add_check(list, "dns.nsswitch_hosts", VERDICT_CAUSE, value,
						"Neither dns nor resolve is listed, so the C library never asks a name server: a name that "
						"is not in /etc/hosts cannot resolve; add dns to the hosts line.");
				}
				break;
			}
		}
	}
	if (f->target.host[0] && !f->target.literal) {
		char listed[64] = "";

		if (read_file("/etc/hosts", buf, SOCKERR_DIAG_HOSTS_FILE) >= 0) {
			for (cursor = buf; !listed[0] && (line = next_line(&cursor));) {
				char *address, *alias, *save = NULL;

				trim_comment(line);
				address = strtok_r(line, " \t", &save);
				while (address && (alias = strtok_r(NULL, " \t", &save))) {
					if (strcasecmp(alias, f->target.host) == 0) {
						snprintf(listed, sizeof(listed), "%s", address);
						break;
					}
				}
			}
			if (listed[0]) {
				snprintf(found, sizeof(found), "%.150s is %s", f->target.host, listed);
				add_check(list, "dns.etc_hosts", VERDICT_CONTEXT, found,
					"The name is in /etc/hosts, so a lookup that reads files (nsswitch's hosts line) finds it there.");
			} else {
				snprintf(found, sizeof(found), "%.150s not listed", f->target.host);
				add_check(list, "dns.etc_hosts", VERDICT_CONTEXT, found,
					"The name is not in /etc/hosts, so only DNS can answer for it.");
			}
		}
	}
	efree(buf);
}
#endif

/* ---- timeouts ---- */

static void check_timeouts(diag_list *list)
{
	char found[64];
	zend_long socket_timeout = zend_ini_long("default_socket_timeout", sizeof("default_socket_timeout") - 1, 0);
	zend_long execution = zend_ini_long("max_execution_time", sizeof("max_execution_time") - 1, 0);

	snprintf(found, sizeof(found), ZEND_LONG_FMT " s", socket_timeout);
	add_check(list, "php.default_socket_timeout", VERDICT_CONTEXT, found,
		"How long PHP's streams wait to connect and for each read when the code sets no timeout of its own "
		"(cURL has its own: CURLOPT_CONNECTTIMEOUT and CURLOPT_TIMEOUT).");
	snprintf(found, sizeof(found), execution ? ZEND_LONG_FMT " s" : "0 (no limit)", execution);
	add_check(list, "php.max_execution_time", VERDICT_CONTEXT, found,
		"A wait longer than this ends the script before the network gives up (on the command line it is 0).");
}

/* ---- the diagnosis ---- */

static void read_failure(HashTable *record, const zend_string *text, diag_failure *f)
{
	zval *value;

	memset(f, 0, sizeof(*f));
	f->name = f->family = "";
	f->curl = -1;
	if ((value = zend_hash_str_find(record, "error", sizeof("error") - 1)) && Z_TYPE_P(value) == IS_STRING) {
		f->error = Z_STR_P(value);
	}
	if ((value = zend_hash_str_find(record, "name", sizeof("name") - 1)) && Z_TYPE_P(value) == IS_STRING) {
		f->name = Z_STRVAL_P(value);
	}
	if ((value = zend_hash_str_find(record, "family", sizeof("family") - 1)) && Z_TYPE_P(value) == IS_STRING) {
		f->family = Z_STRVAL_P(value);
	}
	if ((value = zend_hash_str_find(record, "curl", sizeof("curl") - 1)) && Z_TYPE_P(value) == IS_ARRAY
			&& (value = zend_hash_str_find(Z_ARRVAL_P(value), "code", sizeof("code") - 1)) && Z_TYPE_P(value) == IS_LONG) {
		f->curl = Z_LVAL_P(value);
	}
	find_target(text, &f->target);
}

static void run_checks(diag_list *list, const diag_failure *f)
{
	bool denied = error_is(f, "AccessDenied") || name_is(f, "EACCES") || name_is(f, "EPERM");
	bool files = error_is(f, "TooManyOpenSockets") || name_is(f, "EMFILE") || name_is(f, "ENFILE")
		|| (curl_only(f) && (f->curl == 2 || f->curl == 6 || f->curl == 7 || f->curl == 27));
	bool ports = name_is(f, "EADDRNOTAVAIL") || name_is(f, "EADDRINUSE");
	bool connect = error_is(f, "ConnectionRefused") || error_is(f, "TimedOut")
		|| (curl_only(f) && (f->curl == 7 || f->curl == 28));
	bool resolver = strcmp(f->family, "resolver") == 0 || error_is(f, "HostNotFound") || error_is(f, "TryAgain")
		|| error_is(f, "NoRecovery") || error_is(f, "NoData") || f->curl == 6;
	bool unreachable = name_is(f, "ENETUNREACH") || error_is(f, "NetworkUnreachable");

	(void) denied;
	(void) files;
	(void) ports;
	(void) connect;
	(void) unreachable;
#ifdef __linux__
	if (denied) {
		check_selinux(list, f);
		check_apparmor(list);
	}
#endif
#ifndef PHP_WIN32
	if (files) {
		check_open_files(list, f);
	}
#endif
#ifdef __linux__
	if (ports) {
		check_ports(list, f);
	}
	if (unreachable || (name_is(f, "EADDRNOTAVAIL") && f->target.ipv6)) {
		check_ipv6(list, f);
	}
	if (connect && f->target.loopback) {
		check_container(list, f);
	}
#endif
	if (f->curl == 5 || f->curl == 7 || f->curl == 56 || f->curl == 97) {
		check_proxies(list, f);
	}
#ifndef PHP_WIN32
	if (resolver) {
		check_resolver(list, f);
	}
#endif
	if (error_is(f, "TimedOut") || f->curl == 28) {
		check_timeouts(list);
	}
}

static zend_string *verdict_name(verdict v)
{
	static const char *const names[] = { "cause", "context", "ruled out" };

	return zend_string_init_interned(names[v], strlen(names[v]), 0);
}

void sockerr_diagnose_record(HashTable *record, const zend_string *text, bool enabled)
{
	diag_list list;
	diag_failure f;
	zval checks, entry, summary;
	int v, i, counts[3] = { 0, 0, 0 };

	array_init(&checks);
	if (!enabled) {
		zend_hash_str_update(record, "checks", sizeof("checks") - 1, &checks);
		ZVAL_STRING(&summary, "No check was run: sockerr.diagnose is Off in php.ini.");
		zend_hash_str_update(record, "diagnosis", sizeof("diagnosis") - 1, &summary);
		return;
	}
	list.count = 0;
	read_failure(record, text, &f);
	run_checks(&list, &f);
	/* causes first, then context, then what was ruled out; in the order run within each */
	for (v = VERDICT_CAUSE; v <= VERDICT_RULED_OUT; v++) {
		for (i = 0; i < list.count; i++) {
			diag_check *c = &list.items[i];

			if (c->verdict != (verdict) v) {
				continue;
			}
			counts[v]++;
			array_init_size(&entry, 4);
			add_assoc_string_ex(&entry, "check", sizeof("check") - 1, c->check);
			add_assoc_string_ex(&entry, "found", sizeof("found") - 1, c->found);
			add_assoc_str_ex(&entry, "verdict", sizeof("verdict") - 1, verdict_name(c->verdict));
			add_assoc_string_ex(&entry, "detail", sizeof("detail") - 1, c->detail);
			zend_hash_next_index_insert_new(Z_ARRVAL(checks), &entry);
		}
	}
	zend_hash_str_update(record, "checks", sizeof("checks") - 1, &checks);
	if (list.count == 0) {
		ZVAL_STRING(&summary, "No check bears on this failure on this system.");
	} else {
		ZVAL_STR(&summary, zend_strpprintf(0, "%d check%s: %d cause%s confirmed, %d ruled out, %d for context.",
			list.count, list.count == 1 ? "" : "s", counts[VERDICT_CAUSE], counts[VERDICT_CAUSE] == 1 ? "" : "s",
			counts[VERDICT_RULED_OUT], counts[VERDICT_CONTEXT]));
	}
	zend_hash_str_update(record, "diagnosis", sizeof("diagnosis") - 1, &summary);
}

void sockerr_diagnose_info(bool enabled)
{
	char line[512], value[200];
	const char *const *name;
	size_t n = 0;

	php_info_print_table_row(2, "Diagnosis", enabled ? "on" : "off (sockerr.diagnose)");
	if (!enabled) {
		return;
	}
#ifdef __linux__
	{
		int mode = selinux_mode();
		char context[256];

		if (mode < 0) {
			snprintf(line, sizeof(line), "not active");
		} else {
			snprintf(line, sizeof(line), "%s; this process: %s", mode ? "enforcing" : "permissive",
				process_context("/proc/self/attr/current", context, sizeof(context)) ? context : "unknown");
		}
		php_info_print_table_row(2, "SELinux", line);
		if (read_value("/sys/module/apparmor/parameters/enabled", value, sizeof(value)) && value[0] == 'Y') {
			snprintf(line, sizeof(line), "enabled; this process: %s",
				process_context("/proc/self/attr/apparmor/current", context, sizeof(context))
				|| process_context("/proc/self/attr/current", context, sizeof(context)) ? context : "unknown");
		} else {
			snprintf(line, sizeof(line), "not enabled");
		}
		php_info_print_table_row(2, "AppArmor", line);
	}
#endif
#ifndef PHP_WIN32
	{
		struct rlimit limit;
		long in_use;
		bool capped;

		if (open_files_fact(line, sizeof(line), &in_use, &limit, &capped)) {
			php_info_print_table_row(2, "Open files", line);
		}
	}
#endif
#ifdef __linux__
	if (!container(line, sizeof(line))) {
		snprintf(line, sizeof(line), "none found");
	}
	php_info_print_table_row(2, "Container", line);
#endif
	line[0] = '\0';
	for (name = proxy_variables; *name; name++) {
		const char *set = getenv(*name);

		if (set && *set && n < sizeof(line)) {
			redact_proxy(set, value, sizeof(value));
			n += (size_t) snprintf(line + n, sizeof(line) - n, "%s%s=%s", n ? "; " : "", *name, value);
		}
	}
	php_info_print_table_row(2, "Proxy variables", n ? line : "none");
}
