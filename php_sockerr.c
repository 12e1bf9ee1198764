/*
 * sockerr: portable socket, DNS and cURL error codes for PHP, with explanations.
 * Licensed under the MIT licence; see LICENSE.
 *
 * The Zend side: the SocketError enum's methods, the sockerr_*() functions and the
 * records they return. The tables and lookups are plain C in src/.
 *
 * A record for a native code never changes, so every one is built at MINIT, before a
 * server forks its workers, and returned as it is by every call: the arrays are flagged
 * immutable (as opcache and zend_empty_array do), every key and string value is a
 * permanent interned string, and the zval is returned with its type flags cleared, so no
 * call copies, counts or frees it. A caller who changes a returned record changes a copy.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <limits.h>

#include "php.h"
#include "ext/standard/info.h"
#include "zend_enum.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "php_sockerr.h"
#include "src/table.h"
#include "src/scan.h"
#include "src/php/diagnose.h"
#include "sockerr_arginfo.h"

/* bytes of a failure's texts kept for sockerr_diagnose() to find the host they name in */
#define SOCKERR_SAID_MAX 4096

PHP_INI_BEGIN()
	STD_PHP_INI_BOOLEAN("sockerr.diagnose", "1", PHP_INI_SYSTEM, OnUpdateBool, diagnose, zend_sockerr_globals, sockerr_globals)
PHP_INI_END()

#define SOCKERR_KEYS(X) \
	X(error) X(code) X(family) X(platform) X(native) X(name) X(message) X(curl) \
	X(summary) X(causes) X(hints) X(transient) X(matched)

typedef enum {
#define SOCKERR_KEY_ID(key) KEY_##key,
	SOCKERR_KEYS(SOCKERR_KEY_ID)
#undef SOCKERR_KEY_ID
	KEY_COUNT
} record_key;

ZEND_DECLARE_MODULE_GLOBALS(sockerr)
/* one slot per case (php_sockerr.h cannot see src/table.h) */
typedef char sockerr_case_slots[sizeof(((zend_sockerr_globals *) 0)->cases) / sizeof(zend_object *) >= SOCKERR_CASE_COUNT ? 1 : -1];

static zend_class_entry *sockerr_ce;

/* Built at MINIT, read-only afterwards. */
static zend_string *keys[KEY_COUNT];
static zend_string *platform_ids[SOCKERR_PLATFORM_COUNT];
static zend_string *family_names[SOCKERR_FAMILY_COUNT];
static zend_string *case_names[SOCKERR_CASE_COUNT];
static HashTable *case_records[SOCKERR_CASE_COUNT];
static HashTable **row_records[SOCKERR_PLATFORM_COUNT];
static const sockerr_row *rows_base[SOCKERR_PLATFORM_COUNT];
/* errno -> its canonical row, per Unix platform: the hot path of explain and fromNative */
static const sockerr_row **errno_rows[SOCKERR_PLATFORM_COUNT];
static zend_long errno_limit[SOCKERR_PLATFORM_COUNT];
/* per knowledge.def entry: its summary and its two lists, shared by every record using it */
static zend_string **summaries;
static HashTable **cause_lists;
static HashTable **hint_lists;
static const sockerr_knowledge *knowledge_base;
static size_t knowledge_count;
/* per curl.def row (NULL for aliases): ['code', 'name', 'message'] and the whole record */
static const sockerr_curl_row *curl_base;
static size_t curl_count;
static HashTable **curl_parts;
static HashTable **curl_records;
static zend_string *finding_keys[4]; /* offset, length, text, kind */
static zend_string *kind_names[SOCKERR_FOUND_COUNT];

static zend_string *permanent_string(const char *text)
{
	return zend_string_init_interned(text, strlen(text), 1);
}

static void make_immutable(HashTable *ht)
{
	GC_SET_REFCOUNT(ht, 2);
	GC_TYPE_INFO(ht) = GC_ARRAY | ((IS_ARRAY_IMMUTABLE | GC_NOT_COLLECTABLE) << GC_FLAGS_SHIFT);
}

static void free_immutable(HashTable *ht)
{
	if (ht) {
		/* give it back the flags of the persistent array it was made as */
		GC_SET_REFCOUNT(ht, 1);
		GC_TYPE_INFO(ht) = GC_ARRAY | ((GC_PERSISTENT | GC_NOT_COLLECTABLE) << GC_FLAGS_SHIFT);
		zend_hash_destroy(ht);
		pefree(ht, 1);
	}
}

/* Puts a shared immutable array into a zval without counting a reference, as
 * ZVAL_EMPTY_ARRAY does: copies never touch it and a write separates first. */
static zend_always_inline void zval_shared_array(zval *zv, HashTable *ht)
{
	Z_ARR_P(zv) = ht;
	Z_TYPE_INFO_P(zv) = IS_ARRAY;
}

static HashTable *permanent_list(const char *const *items)
{
	HashTable *list = pemalloc(sizeof(HashTable), 1);
	size_t count = 0;

	while (items[count]) {
		count++;
	}
	zend_hash_init(list, (uint32_t) count, NULL, NULL, 1);
	zend_hash_real_init_packed(list);
	for (count = 0; items[count]; count++) {
		zval item;

		ZVAL_INTERNED_STR(&item, permanent_string(items[count]));
		zend_hash_next_index_insert_new(list, &item);
	}
	make_immutable(list);
	return list;
}

static size_t knowledge_index(const sockerr_knowledge *entry)
{
	return (size_t) (entry - knowledge_base);
}

/* What a record holds. */
typedef struct {
	int error;                /* sockerr_case_id */
	int platform;             /* -1: none */
	int family;               /* -1: none */
	bool has_native;
	zend_long native;
	const char *name;         /* NULL: none */
	const char *message;      /* NULL: none */
	size_t message_len;
	const sockerr_knowledge *knowledge;
	zval curl;                /* the curl part, which the record takes over; UNDEF: none */
	const char *matched;      /* NULL: none */
	size_t matched_len;
} record_spec;

static void add_string(HashTable *ht, record_key key, const char *text, size_t len, bool persistent)
{
	zval value;

	if (!text) {
		ZVAL_NULL(&value);
	} else if (persistent) {
		ZVAL_INTERNED_STR(&value, zend_string_init_interned(text, len, 1));
	} else {
		ZVAL_STRINGL(&value, text, len);
	}
	zend_hash_add_new(ht, keys[key], &value);
}

static void spec_init(record_spec *spec, int error, const sockerr_knowledge *knowledge)
{
	memset(spec, 0, sizeof(*spec));
	spec->error = error;
	spec->platform = spec->family = -1;
	spec->knowledge = knowledge;
}

static void spec_row(record_spec *spec, int platform, const sockerr_row *row)
{
	spec->platform = platform;
	spec->family = (int) sockerr_kind_family((sockerr_kind) row->kind);
	spec->has_native = true;
	spec->native = row->code;
	spec->name = row->name;
	spec->message = row->message;
	spec->message_len = row->message ? strlen(row->message) : 0;
}

/* A cURL code, with its row if the table has one. */
static void spec_curl(record_spec *spec, zend_long code, const sockerr_curl_row *row)
{
	spec->family = SOCKERR_FAMILY_CURL;
	spec->has_native = code >= 0; /* a code out of range was read as none */
	spec->native = code;
	if (row) {
		spec->name = row->name;
		spec->message = row->message;
		spec->message_len = strlen(row->message);
	}
}

static void add_interned(HashTable *ht, record_key key, zend_string *text)
{
	zval value;

	if (text) {
		ZVAL_INTERNED_STR(&value, text);
	} else {
		ZVAL_NULL(&value);
	}
	zend_hash_add_new(ht, keys[key], &value);
}

/* Fills a record in the order of DESIGN.md's table. `persistent` builds a shared one at
 * MINIT; otherwise the record belongs to the caller. */
static void fill_record(HashTable *ht, const record_spec *spec, bool persistent)
{
	size_t k = knowledge_index(spec->knowledge);
	zval value;

	add_interned(ht, KEY_error, case_names[spec->error]);
	ZVAL_LONG(&value, sockerr_cases[spec->error].value);
	zend_hash_add_new(ht, keys[KEY_code], &value);
	add_interned(ht, KEY_family, spec->family >= 0 ? family_names[spec->family] : NULL);
	add_interned(ht, KEY_platform, spec->platform >= 0 ? platform_ids[spec->platform] : NULL);
	if (spec->has_native) {
		ZVAL_LONG(&value, spec->native);
	} else {
		ZVAL_NULL(&value);
	}
	zend_hash_add_new(ht, keys[KEY_native], &value);
	add_string(ht, KEY_name, spec->name, spec->name ? strlen(spec->name) : 0, persistent);
	add_string(ht, KEY_message, spec->message, spec->message_len, persistent);
	if (Z_TYPE(spec->curl) == IS_ARRAY) {
		ZVAL_COPY_VALUE(&value, &spec->curl);
	} else {
		ZVAL_NULL(&value);
	}
	zend_hash_add_new(ht, keys[KEY_curl], &value);
	add_interned(ht, KEY_summary, summaries[k]);
	zval_shared_array(&value, cause_lists[k]);
	zend_hash_add_new(ht, keys[KEY_causes], &value);
	zval_shared_array(&value, hint_lists[k]);
	zend_hash_add_new(ht, keys[KEY_hints], &value);
	ZVAL_BOOL(&value, spec->knowledge->transient);
	zend_hash_add_new(ht, keys[KEY_transient], &value);
	add_string(ht, KEY_matched, spec->matched, spec->matched_len, persistent);
}

static HashTable *permanent_record(const record_spec *spec)
{
	HashTable *ht = pemalloc(sizeof(HashTable), 1);

	zend_hash_init(ht, KEY_COUNT, NULL, NULL, 1);
	zend_hash_real_init_mixed(ht);
	fill_record(ht, spec, true);
	make_immutable(ht);
	return ht;
}

static void build_tables(void)
{
	size_t i, p;

	sockerr_init();
#define SOCKERR_KEY_INIT(key) keys[KEY_##key] = permanent_string(#key);
	SOCKERR_KEYS(SOCKERR_KEY_INIT)
#undef SOCKERR_KEY_INIT
	for (p = 0; p < SOCKERR_PLATFORM_COUNT; p++) {
		platform_ids[p] = permanent_string(sockerr_platform_id((sockerr_platform) p));
	}
	for (i = 0; i < SOCKERR_FAMILY_COUNT; i++) {
		family_names[i] = permanent_string(sockerr_family_name((sockerr_family) i));
	}
	for (i = 0; i < SOCKERR_CASE_COUNT; i++) {
		case_names[i] = permanent_string(sockerr_cases[i].name);
	}

	knowledge_count = sockerr_knowledge_rows(&knowledge_base);
	summaries = pemalloc(knowledge_count * sizeof(*summaries), 1);
	cause_lists = pemalloc(knowledge_count * sizeof(*cause_lists), 1);
	hint_lists = pemalloc(knowledge_count * sizeof(*hint_lists), 1);
	for (i = 0; i < knowledge_count; i++) {
		summaries[i] = permanent_string(knowledge_base[i].summary);
		cause_lists[i] = permanent_list(knowledge_base[i].causes);
		hint_lists[i] = permanent_list(knowledge_base[i].hints);
	}

	for (i = 0; i < SOCKERR_CASE_COUNT; i++) {
		record_spec spec;

		spec_init(&spec, (int) i, sockerr_case_knowledge((int) i));
		spec.message = sockerr_cases[i].message;
		spec.message_len = strlen(spec.message);
		case_records[i] = permanent_record(&spec);
	}
	curl_count = sockerr_curl_rows(&curl_base);
	curl_parts = pecalloc(curl_count, sizeof(*curl_parts), 1);
	curl_records = pecalloc(curl_count, sizeof(*curl_records), 1);
	for (i = 0; i < curl_count; i++) {
		const sockerr_curl_row *row = &curl_base[i];
		record_spec spec;
		zval value;

		if (row->alias) {
			continue;
		}
		curl_parts[i] = pemalloc(sizeof(HashTable), 1);
		zend_hash_init(curl_parts[i], 3, NULL, NULL, 1);
		zend_hash_real_init_mixed(curl_parts[i]);
		ZVAL_LONG(&value, row->code);
		zend_hash_add_new(curl_parts[i], keys[KEY_code], &value);
		add_string(curl_parts[i], KEY_name, row->name, strlen(row->name), true);
		add_string(curl_parts[i], KEY_message, row->message, strlen(row->message), true);
		make_immutable(curl_parts[i]);

		spec_init(&spec, row->error, sockerr_curl_knowledge(row));
		spec_curl(&spec, row->code, row);
		zval_shared_array(&spec.curl, curl_parts[i]);
		curl_records[i] = permanent_record(&spec);
	}
	for (i = 0; i < SOCKERR_FOUND_COUNT; i++) {
		static const char *const kinds[SOCKERR_FOUND_COUNT] = { "symbol", "code", "message", "curl", "envelope" };

		kind_names[i] = permanent_string(kinds[i]);
	}
	finding_keys[0] = permanent_string("offset");
	finding_keys[1] = permanent_string("length");
	finding_keys[2] = permanent_string("text");
	finding_keys[3] = permanent_string("kind");
	for (p = 0; p < SOCKERR_PLATFORM_COUNT; p++) {
		const sockerr_row *rows;
		size_t count = sockerr_platform_rows((sockerr_platform) p, &rows);

		rows_base[p] = rows;
		/* the host's records are shared; another platform's are built when asked for (a
		 * code logged elsewhere is rare, and a record of every platform would double the
		 * memory the extension takes) */
		if (p == sockerr_host_platform()) {
			row_records[p] = pemalloc(count * sizeof(HashTable *), 1);
		}
		for (i = 0; i < count; i++) {
			if (row_records[p]) {
				record_spec spec;

				spec_init(&spec, rows[i].error, sockerr_row_knowledge((sockerr_platform) p, &rows[i]));
				spec_row(&spec, (int) p, &rows[i]);
				row_records[p][i] = permanent_record(&spec);
			}
			if (rows[i].kind == SOCKERR_KIND_ERRNO && rows[i].code >= errno_limit[p]) {
				errno_limit[p] = rows[i].code + 1;
			}
		}
		if (errno_limit[p] > 0) {
			errno_rows[p] = pecalloc((size_t) errno_limit[p], sizeof(*errno_rows[p]), 1);
			for (i = 0; i < count; i++) {
				if (rows[i].kind == SOCKERR_KIND_ERRNO && !errno_rows[p][rows[i].code]) {
					errno_rows[p][rows[i].code] = &rows[i];
				}
			}
		}
	}
}

static void free_tables(void)
{
	size_t i, p;

	for (p = 0; p < SOCKERR_PLATFORM_COUNT; p++) {
		const sockerr_row *rows;
		size_t count = sockerr_platform_rows((sockerr_platform) p, &rows);

		if (row_records[p]) {
			for (i = 0; i < count; i++) {
				free_immutable(row_records[p][i]);
			}
			pefree(row_records[p], 1);
		}
		if (errno_rows[p]) {
			pefree(errno_rows[p], 1);
		}
	}
	for (i = 0; i < SOCKERR_CASE_COUNT; i++) {
		free_immutable(case_records[i]);
	}
	for (i = 0; i < curl_count; i++) {
		free_immutable(curl_records[i]);
		free_immutable(curl_parts[i]);
	}
	pefree(curl_parts, 1);
	pefree(curl_records, 1);
	for (i = 0; i < knowledge_count; i++) {
		free_immutable(cause_lists[i]);
		free_immutable(hint_lists[i]);
	}
	pefree(summaries, 1);
	pefree(cause_lists, 1);
	pefree(hint_lists, 1);
}

static void return_record(zval *return_value, const record_spec *spec)
{
	array_init_size(return_value, KEY_COUNT);
	fill_record(Z_ARRVAL_P(return_value), spec, false);
}

/* The record of a row: shared for the host's, built for this call for another platform's. */
static void return_row(zval *return_value, sockerr_platform platform, const sockerr_row *row)
{
	record_spec spec;

	if (row_records[platform]) {
		zval_shared_array(return_value, row_records[platform][row - rows_base[platform]]);
		return;
	}
	spec_init(&spec, row->error, sockerr_row_knowledge(platform, row));
	spec_row(&spec, (int) platform, row);
	return_record(return_value, &spec);
}

/* The case of a native code: its row's, Success for 0 (which no table lists), else Unknown. */
static int native_case(const sockerr_row *row, zend_long code)
{
	return row ? row->error : (code == 0 ? SOCKERR_CASE_Success : SOCKERR_CASE_Unknown);
}

/* What sockerr_find_native() finds, with errno looked up directly; failing that, a Winsock
 * code read as Windows' (and *platform set to it): a number copied from a Windows log means
 * the same on any machine. */
static zend_always_inline const sockerr_row *find_native(sockerr_platform *platform, zend_long code)
{
	const sockerr_row *row;

	if (code >= 0 && code < errno_limit[*platform] && errno_rows[*platform][code]) {
		return errno_rows[*platform][code];
	}
	row = sockerr_find_native(*platform, code);
	if (!row && *platform != SOCKERR_PLATFORM_WINDOWS && SOCKERR_IS_WSA_CODE(code)
			&& (row = sockerr_find_native(SOCKERR_PLATFORM_WINDOWS, code))) {
		*platform = SOCKERR_PLATFORM_WINDOWS;
	}
	return row;
}

/* Throws a ValueError for an argument that names nothing known: `must` says what it must
 * be, and the value given is echoed, cut at 64 bytes (at a UTF-8 character's start). A NUL
 * byte gets PHP's own message instead: it would cut the echo, and no name holds one. */
static void name_error(uint32_t arg_num, const char *must, zend_string *given)
{
	size_t len = ZSTR_LEN(given);

	if (memchr(ZSTR_VAL(given), '\0', len)) {
		zend_argument_value_error(arg_num, "must not contain any null bytes");
		return;
	}
	if (len > 64) {
		len = 64;
		while (len > 0 && (ZSTR_VAL(given)[len] & 0xC0) == 0x80) {
			len--;
		}
	}
	zend_argument_value_error(arg_num, "must be %s, \"%.*s%s\" given", must, (int) len, ZSTR_VAL(given),
		len < ZSTR_LEN(given) ? "..." : "");
}

/* Parses an optional $platform argument; -1 after throwing. */
static int parse_platform(zend_string *text, uint32_t arg_num)
{
	int platform;

	if (!text) {
		return (int) sockerr_host_platform();
	}
	platform = sockerr_platform_parse(ZSTR_VAL(text), ZSTR_LEN(text)); /* a NUL byte matches no id */
	if (platform < 0) {
		name_error(arg_num, "one of \"linux\", \"darwin\", \"freebsd\", \"openbsd\", \"netbsd\", \"solaris\", "
			"\"aix\", \"hpux\", \"windows\" or a PHP_OS or PHP_OS_FAMILY value", text);
	}
	return platform;
}

/* A native code as a C int other than INT_MIN, which no platform uses and which stands for
 * "no code" in a finding; false after throwing. */
static bool check_code(zend_long code, uint32_t arg_num)
{
	if (code <= INT_MIN || code > INT_MAX) {
		zend_argument_value_error(arg_num, "must be between %d and %d", -INT_MAX, INT_MAX);
		return false;
	}
	return true;
}

/* A symbol as any platform knows it: $platform's table first, then Windows, then the rest. */
static const sockerr_row *find_symbol(const char *name, size_t len, sockerr_platform *platform)
{
	const sockerr_row *row = sockerr_find_name(*platform, name, len);
	int p;

	if (row) {
		return row;
	}
	for (p = SOCKERR_PLATFORM_COUNT - 1; p >= 0; p--) {
		if (p != (int) *platform && (row = sockerr_find_name((sockerr_platform) p, name, len))) {
			*platform = (sockerr_platform) p;
			return row;
		}
	}
	return NULL;
}

static size_t curl_index(const sockerr_curl_row *row)
{
	return (size_t) (row - curl_base);
}

/* The case of a symbol, a cURL name or a case name; -1 if none. */
static int case_of_name(const char *name, size_t len)
{
	sockerr_platform platform = sockerr_host_platform();
	const sockerr_row *row = find_symbol(name, len, &platform);
	const sockerr_curl_row *curl;

	if (row) {
		return row->error;
	}
	if ((curl = sockerr_find_curl_name(name, len))) {
		return curl->error;
	}
	return sockerr_case_by_name(name, len);
}

/* The record of a native integer code of a platform. */
static void explain_native(zval *return_value, sockerr_platform platform, zend_long code)
{
	const sockerr_row *row = find_native(&platform, code);
	record_spec spec;
	int error;

	if (row && (row->kind != SOCKERR_KIND_HERRNO || platform == SOCKERR_PLATFORM_WINDOWS)) {
		return_row(return_value, platform, row);
		return;
	}
	/* ext/sockets' -10000 - h_errno, 0, or a code no table has: built for this call */
	error = native_case(row, code);
	spec_init(&spec, error, row ? sockerr_row_knowledge(platform, row) : sockerr_case_knowledge(error));
	if (row) {
		spec_row(&spec, (int) platform, row);
	} else {
		spec.platform = (int) platform;
		spec.family = platform == SOCKERR_PLATFORM_WINDOWS ? SOCKERR_FAMILY_WINDOWS : SOCKERR_FAMILY_ERRNO;
	}
	spec.has_native = true;
	spec.native = code;
	return_record(return_value, &spec);
}

/* A finding that did not come from a text: a code a caller or an object handed over. */
static sockerr_finding native_finding(sockerr_platform platform, zend_long code)
{
	const sockerr_row *row = find_native(&platform, code);
	sockerr_finding f;

	memset(&f, 0, sizeof(f));
	f.kind = SOCKERR_FOUND_CODE;
	f.error = row ? row->error : SOCKERR_CASE_Unknown;
	f.rank = row && row->error != SOCKERR_CASE_Unknown ? SOCKERR_RANK_NATIVE : SOCKERR_RANK_NOTHING;
	f.family = (signed char) (row ? (int) sockerr_kind_family((sockerr_kind) row->kind) : -1);
	f.platform = (signed char) platform;
	f.native = (int) code;
	f.name = row ? row->name : NULL;
	f.curl = -1;
	return f;
}

static sockerr_finding curl_finding(zend_long code, const sockerr_curl_row *row)
{
	sockerr_finding f;

	memset(&f, 0, sizeof(f));
	f.kind = SOCKERR_FOUND_CURL;
	f.error = row ? row->error : SOCKERR_CASE_Unknown;
	f.rank = SOCKERR_RANK_SYMBOL;
	f.family = SOCKERR_FAMILY_CURL;
	f.platform = -1;
	f.native = (int) code;
	f.name = row ? row->name : NULL;
	f.curl = (int) code;
	return f;
}

/* Adds what a cURL code and an OS errno say: the errno only where libcurl sets it for that
 * code (before 8.8 it keeps a stale value across transfers on the same handle). */
static void add_curl(sockerr_verdict *verdict, zend_long curl_code, zend_long os_errno, sockerr_platform platform)
{
	const sockerr_curl_row *row = sockerr_find_curl(curl_code);
	sockerr_finding f = curl_finding(curl_code, row);

	sockerr_verdict_add(verdict, &f);
	if (row && row->os_errno && os_errno != 0 && os_errno >= INT_MIN && os_errno <= INT_MAX) {
		f = native_finding(platform, os_errno);
		sockerr_verdict_add(verdict, &f);
	}
}

/* The part of a record that says which cURL code it was: shared, or built for the caller
 * for a code the table does not know (newer than it, or made up). */
static void curl_part(zval *part, const sockerr_finding *f)
{
	const sockerr_curl_row *row = sockerr_find_curl(f->curl);

	if (row) {
		zval_shared_array(part, curl_parts[curl_index(row)]);
		return;
	}
	array_init_size(part, 3);
	add_assoc_long_ex(part, "code", strlen("code"), f->curl);
	add_assoc_null_ex(part, "name", strlen("name"));
	add_assoc_null_ex(part, "message", strlen("message"));
}

/* The record of a decided verdict: the OS finding if it decided, else the cURL one. */
static void explain_verdict(zval *return_value, sockerr_verdict *verdict)
{
	const sockerr_finding *f;
	const sockerr_row *row = NULL;
	record_spec spec;

	if (!sockerr_verdict_decide(verdict)) {
		zval_shared_array(return_value, case_records[SOCKERR_CASE_Unknown]);
		return;
	}
	if (verdict->os.kind != SOCKERR_FOUND_COUNT) {
		f = &verdict->os;
		spec_init(&spec, verdict->error, sockerr_symbol_knowledge(f->name, f->platform, verdict->error));
		if (f->platform >= 0 && f->name) {
			row = sockerr_find_name((sockerr_platform) f->platform, f->name, strlen(f->name));
		}
		if (row) {
			spec_row(&spec, f->platform, row);
		} else {
			spec.platform = f->platform;
			spec.family = f->family;
			spec.name = f->name;
			if (f->kind == SOCKERR_FOUND_MESSAGE) {
				spec.message = f->text; /* the operating system's own words, as logged */
				spec.message_len = f->length;
			}
		}
		if (f->native != SOCKERR_NO_CODE) {
			spec.has_native = true;
			spec.native = f->native;
		}
	} else {
		const sockerr_curl_row *curl = sockerr_find_curl(verdict->curl.curl);

		f = &verdict->curl;
		spec_init(&spec, verdict->error, curl ? sockerr_curl_knowledge(curl) : sockerr_case_knowledge(verdict->error));
		spec_curl(&spec, f->curl, curl);
	}
	spec.matched = f->text;
	spec.matched_len = f->length;
	if (verdict->curl.kind != SOCKERR_FOUND_COUNT && verdict->curl.curl >= 0) {
		curl_part(&spec.curl, &verdict->curl); /* none for a cURL error whose number is out of range */
	}
	return_record(return_value, &spec);
}

/* A property of Exception or Error as those classes see it, copied into `out` (the caller
 * releases it). A subclass that unset it and has __get() runs user code here. */
static void read_property(zend_object *object, zend_string *name, zval *out)
{
	zend_class_entry *base = instanceof_function(object->ce, zend_ce_exception) ? zend_ce_exception : zend_ce_error;
	zval rv, *value = zend_read_property_ex(base, object, name, 1, &rv);

	ZVAL_COPY_DEREF(out, value);
	if (value == &rv) {
		zval_ptr_dtor(&rv);
	}
}

/* Is the class, or one of its parents, in one of these namespaces? */
static bool from_library(zend_class_entry *ce, const char *const *prefixes)
{
	for (; ce; ce = ce->parent) {
		const char *const *prefix;

		for (prefix = prefixes; *prefix; prefix++) {
			if (ZSTR_LEN(ce->name) > strlen(*prefix)
					&& strncasecmp(ZSTR_VAL(ce->name), *prefix, strlen(*prefix)) == 0) {
				return true;
			}
		}
	}
	return false;
}

/* What a walk through an exception chain holds: a reference to every exception and message
 * it has read. It calls user code (getHandlerContext(), __get()), which may change a message
 * or drop an exception; the verdict points into the messages, so they must outlive it. */
#define SOCKERR_CHAIN_MAX 32
typedef struct {
	zend_object *exceptions[SOCKERR_CHAIN_MAX];
	zend_string *messages[SOCKERR_CHAIN_MAX];
	size_t count;
} exception_chain;

static void chain_release(exception_chain *chain)
{
	size_t i;

	for (i = 0; i < chain->count; i++) {
		if (chain->messages[i]) {
			zend_string_release(chain->messages[i]);
		}
		OBJ_RELEASE(chain->exceptions[i]);
	}
	chain->count = 0;
}

/* Guzzle's handler context: ['errno' => CURLcode, ...]. */
static void add_handler_context(sockerr_verdict *verdict, zend_object *exception, sockerr_platform platform)
{
	zend_string *method = zend_string_init("getHandlerContext", strlen("getHandlerContext"), 0);
	zval context, *curl_code;

	ZVAL_UNDEF(&context);
	zend_call_method_if_exists(exception, method, &context, 0, NULL);
	zend_string_release(method);
	if (Z_TYPE(context) == IS_ARRAY
			&& (curl_code = zend_hash_str_find(Z_ARRVAL(context), "errno", strlen("errno")))
			&& Z_TYPE_P(curl_code) == IS_LONG && Z_LVAL_P(curl_code) > 0 && Z_LVAL_P(curl_code) <= INT_MAX) {
		add_curl(verdict, Z_LVAL_P(curl_code), 0, platform);
	}
	zval_ptr_dtor(&context);
}

/* Walks an exception and its previous ones: structured codes first (Guzzle's handler
 * context, ReactPHP's and Amp's errno codes), then what their messages say. */
static void add_throwable(sockerr_verdict *verdict, exception_chain *chain, zend_object *exception, sockerr_platform platform)
{
	static const char *const errno_libraries[] = { "React\\", "Amp\\", NULL };
	zval value;
	size_t i;

	GC_ADDREF(exception); /* the walk owns a reference to the exception it is on */
	while (exception) {
		for (i = 0; i < chain->count; i++) {
			if (chain->exceptions[i] == exception) {
				break; /* a cycle of previous exceptions */
			}
		}
		if (i < chain->count || chain->count == SOCKERR_CHAIN_MAX) {
			OBJ_RELEASE(exception);
			return;
		}
		chain->exceptions[chain->count] = exception;
		chain->messages[chain->count++] = NULL;

		if (zend_hash_str_exists(&exception->ce->function_table, "gethandlercontext", strlen("gethandlercontext"))) {
			add_handler_context(verdict, exception, platform);
			if (EG(exception)) {
				return;
			}
		}
		if (from_library(exception->ce, errno_libraries)) {
			read_property(exception, ZSTR_KNOWN(ZEND_STR_CODE), &value);
			if (Z_TYPE(value) == IS_LONG && Z_LVAL(value) > 0 && Z_LVAL(value) <= INT_MAX) {
				sockerr_finding f = native_finding(platform, Z_LVAL(value));

				sockerr_verdict_add(verdict, &f);
			}
			zval_ptr_dtor(&value);
			if (EG(exception)) {
				return;
			}
		}
		read_property(exception, ZSTR_KNOWN(ZEND_STR_MESSAGE), &value);
		if (EG(exception)) {
			zval_ptr_dtor(&value);
			return;
		}
		if (Z_TYPE(value) == IS_STRING) {
			chain->messages[chain->count - 1] = Z_STR(value); /* the chain keeps this reference */
			sockerr_scan(Z_STRVAL(value), Z_STRLEN(value), (int) platform, sockerr_verdict_add, verdict);
		} else {
			zval_ptr_dtor(&value);
		}
		read_property(exception, ZSTR_KNOWN(ZEND_STR_PREVIOUS), &value);
		if (EG(exception)) {
			zval_ptr_dtor(&value);
			return;
		}
		exception = NULL;
		if (Z_TYPE(value) == IS_OBJECT && instanceof_function(Z_OBJCE(value), zend_ce_throwable)) {
			exception = Z_OBJ(value); /* the walk takes over this reference */
		} else {
			zval_ptr_dtor(&value);
		}
	}
}

/* Calls an ext/curl function on a handle; false if ext/curl is not there. */
static bool call_curl(const char *function, zval *handle, zend_long option, bool with_option, zval *retval)
{
	zend_function *fn = zend_hash_str_find_ptr(CG(function_table), function, strlen(function));
	zval args[2];

	if (!fn) {
		return false;
	}
	ZVAL_COPY_VALUE(&args[0], handle);
	ZVAL_LONG(&args[1], option);
	zend_call_known_function(fn, NULL, NULL, retval, with_option ? 2 : 1, args, NULL);
	return !EG(exception);
}

/* A CurlHandle: curl_errno(), CURLINFO_OS_ERRNO where libcurl sets it, and curl_error(). */
static void add_curl_handle(sockerr_verdict *verdict, zval *handle, sockerr_platform platform, zval *error_text)
{
	zval code, os_errno;
	zval *info = zend_get_constant_str("CURLINFO_OS_ERRNO", strlen("CURLINFO_OS_ERRNO"));

	ZVAL_UNDEF(error_text);
	if (!call_curl("curl_errno", handle, 0, false, &code) || Z_TYPE(code) != IS_LONG || Z_LVAL(code) == 0) {
		return;
	}
	ZVAL_LONG(&os_errno, 0);
	if (info && Z_TYPE_P(info) == IS_LONG && !call_curl("curl_getinfo", handle, Z_LVAL_P(info), true, &os_errno)) {
		return;
	}
	add_curl(verdict, Z_LVAL(code), Z_TYPE(os_errno) == IS_LONG ? Z_LVAL(os_errno) : 0, platform);
	zval_ptr_dtor(&os_errno);
	if (call_curl("curl_error", handle, 0, false, error_text) && Z_TYPE_P(error_text) == IS_STRING) {
		sockerr_scan(Z_STRVAL_P(error_text), Z_STRLEN_P(error_text), (int) platform, sockerr_verdict_add, verdict);
	}
}

static bool is_curl_handle(zval *value)
{
	return Z_TYPE_P(value) == IS_OBJECT && zend_string_equals_literal(Z_OBJCE_P(value)->name, "CurlHandle");
}

static int case_of_this(zval *this_ptr)
{
	return sockerr_case_by_value(Z_LVAL_P(zend_enum_fetch_case_value(Z_OBJ_P(this_ptr))));
}

static zend_object *case_object(int case_id)
{
	zend_object **slot = &SOCKERR_G(cases)[case_id];

	if (!*slot) {
		*slot = zend_enum_get_case(sockerr_ce, case_names[case_id]);
	}
	return *slot;
}

/* Is the string an optionally signed decimal integer that fits a C int? */
static bool numeric_code(zend_string *text, zend_long *code)
{
	zend_long value;
	double dval;

	if (is_numeric_string(ZSTR_VAL(text), ZSTR_LEN(text), &value, &dval, false) == IS_LONG
			&& value >= INT_MIN && value <= INT_MAX) {
		*code = value;
		return true;
	}
	return false;
}

/* A string: a decimal code, a symbol, a cURL name, a case name, or else a text to scan. */
static void explain_string(zval *return_value, zend_string *text, sockerr_platform platform, bool explicit_platform)
{
	sockerr_platform where = platform;
	const sockerr_row *row;
	const sockerr_curl_row *curl;
	sockerr_verdict verdict;
	zend_long code;
	int case_id;

	if (numeric_code(text, &code)) {
		explain_native(return_value, platform, code);
	} else if ((row = find_symbol(ZSTR_VAL(text), ZSTR_LEN(text), &where))) {
		return_row(return_value, where, row);
	} else if ((curl = sockerr_find_curl_name(ZSTR_VAL(text), ZSTR_LEN(text)))) {
		zval_shared_array(return_value, curl_records[curl_index(curl)]);
	} else if ((case_id = sockerr_case_by_name(ZSTR_VAL(text), ZSTR_LEN(text))) >= 0) {
		zval_shared_array(return_value, case_records[case_id]);
	} else {
		/* a number in a text is read on the host's platform only where no text says otherwise */
		sockerr_scan_best(ZSTR_VAL(text), ZSTR_LEN(text), (int) platform | (explicit_platform ? 0 : SOCKERR_SCAN_HOST), &verdict);
		explain_verdict(return_value, &verdict);
	}
}

/* Keeps what a failure said, for the diagnosis to find the host it names in (bounded). */
static void keep_text(smart_str *said, const char *text, size_t len)
{
	if (said && (!said->s || ZSTR_LEN(said->s) < SOCKERR_SAID_MAX)) {
		size_t room = SOCKERR_SAID_MAX - (said->s ? ZSTR_LEN(said->s) : 0);

		if (said->s) {
			smart_str_appendc(said, '\n');
		}
		smart_str_appendl(said, text, len < room ? len : room);
	}
}

/* sockerr_explain() of any input; `said` (or NULL) receives the texts the input held. */
static void explain_value(zval *return_value, zval *error, int platform, bool explicit_platform, smart_str *said)
{
	zend_string *text;
	zend_long code;

	if (Z_TYPE_P(error) == IS_OBJECT) {
		sockerr_verdict verdict;

		if (instanceof_function(Z_OBJCE_P(error), sockerr_ce)) {
			int case_id = case_of_this(error);
			const sockerr_row *row;

			/* with an explicit platform, the native code the case stands for there */
			if (explicit_platform && (row = sockerr_case_row((sockerr_platform) platform, case_id))) {
				return_row(return_value, (sockerr_platform) platform, row);
			} else {
				zval_shared_array(return_value, case_records[case_id]);
			}
			return;
		}
		if (instanceof_function(Z_OBJCE_P(error), zend_ce_throwable)) {
			exception_chain chain;

			/* thrown in this process, so its numbers are this platform's unless told otherwise */
			chain.count = 0;
			sockerr_verdict_init(&verdict);
			add_throwable(&verdict, &chain, Z_OBJ_P(error), (sockerr_platform) platform);
			if (!EG(exception)) {
				size_t i;

				explain_verdict(return_value, &verdict); /* copies what it keeps of the messages */
				for (i = 0; i < chain.count; i++) {
					if (chain.messages[i]) {
						keep_text(said, ZSTR_VAL(chain.messages[i]), ZSTR_LEN(chain.messages[i]));
					}
				}
			}
			chain_release(&chain);
			return;
		}
		if (is_curl_handle(error)) {
			zval error_text;

			sockerr_verdict_init(&verdict);
			add_curl_handle(&verdict, error, (sockerr_platform) platform, &error_text);
			if (EG(exception)) {
				zval_ptr_dtor(&error_text);
				RETURN_THROWS();
			}
			if (verdict.found) {
				explain_verdict(return_value, &verdict);
			} else {
				zval_shared_array(return_value, curl_records[0]); /* CURLE_OK */
			}
			if (Z_TYPE(error_text) == IS_STRING) {
				keep_text(said, Z_STRVAL(error_text), Z_STRLEN(error_text));
			}
			zval_ptr_dtor(&error_text);
			return;
		}
	}
	/* int|string, coerced as PHP coerces any such union: a Stringable is a string unless
	 * the caller declared strict_types */
	if (!zend_parse_arg_str_or_long(error, &text, &code, NULL, false, 1)) {
		if (!EG(exception)) {
			zend_argument_type_error(1, "must be of type SocketError|Throwable|CurlHandle|string|int, %s given",
				zend_zval_type_name(error));
		}
		RETURN_THROWS();
	}
	if (text) {
		keep_text(said, ZSTR_VAL(text), ZSTR_LEN(text));
		explain_string(return_value, text, (sockerr_platform) platform, explicit_platform);
		return;
	}
	if (!check_code(code, 1)) {
		RETURN_THROWS();
	}
	explain_native(return_value, (sockerr_platform) platform, code);
}

PHP_FUNCTION(sockerr_explain)
{
	zval *error;
	zend_string *platform_arg = NULL;
	int platform;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(error)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(platform_arg)
	ZEND_PARSE_PARAMETERS_END();

	if ((platform = parse_platform(platform_arg, 2)) < 0) {
		RETURN_THROWS();
	}
	explain_value(return_value, error, platform, platform_arg != NULL, NULL);
}

/* The host record of sockerr_explain(), with the checks of src/php/diagnose.c added. */
PHP_FUNCTION(sockerr_diagnose)
{
	zval *error;
	smart_str said = { 0 };

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(error)
	ZEND_PARSE_PARAMETERS_END();

	explain_value(return_value, error, (int) sockerr_host_platform(), false, &said);
	if (EG(exception)) {
		smart_str_free(&said);
		RETURN_THROWS();
	}
	smart_str_0(&said);
	SEPARATE_ARRAY(return_value); /* a shared record is copied before it is added to */
	sockerr_diagnose_record(Z_ARRVAL_P(return_value), said.s, SOCKERR_G(diagnose));
	smart_str_free(&said);
}


/*
 * sockerr_scan()'s findings, as they are built. A finding is a PHP array of ten keys: 56
 * bytes for the array and 640 for its sixteen slots, plus 16 in the list, about 712 bytes.
 * Its strings cost nothing more: the keys and most values are interned, and the matched
 * texts and symbol names of a call, which repeat in any log, are made once each and shared
 * (a small cache keyed by their bytes). Before each finding the scan makes sure that it
 * and the list's next growth fit under memory_limit; if not, it stops and throws, so a text
 * of any size returns or fails with an exception, never with PHP's fatal memory error.
 */
#define SOCKERR_SCAN_CACHE 64
typedef struct {
	zval *list;
	zend_long limit;  /* findings still allowed; negative: no limit */
	bool out_of_memory;
	zend_string *strings[SOCKERR_SCAN_CACHE];
} scan_context;

/* The text as a string shared with the call's earlier findings of the same text. */
static zend_string *scan_string(scan_context *ctx, const char *text, size_t len)
{
	zend_ulong hash = zend_inline_hash_func(text, len);
	zend_string **slot = &ctx->strings[hash % SOCKERR_SCAN_CACHE];

	if (!*slot || ZSTR_H(*slot) != hash || !zend_string_equals_cstr(*slot, text, len)) {
		if (*slot) {
			zend_string_release(*slot);
		}
		*slot = zend_string_init(text, len, 0);
		ZSTR_H(*slot) = hash;
	}
	return zend_string_copy(*slot);
}

/* Is there room for one more finding, and for the list's next growth, under memory_limit?
 * Counted against the real usage and a whole new chunk, so the allocator's own limit check
 * cannot be the one to fail. */
static bool scan_has_room(const scan_context *ctx)
{
	HashTable *list = Z_ARRVAL_P(ctx->list);
	size_t need = 1024 + ZEND_MM_CHUNK_SIZE;

	if (PG(memory_limit) <= 0) {
		return true;
	}
	if (zend_hash_num_elements(list) >= list->nTableSize) {
		need += (size_t) list->nTableSize * 2 * sizeof(zval);
	}
	if (zend_memory_usage(true) + need <= (size_t) PG(memory_limit)) {
		return true;
	}
	/* as the allocator does before it gives up: give back the pages that freed small blocks
	 * still hold (after an earlier large result the real usage stays high without this) */
	zend_mm_gc(zend_mm_get_heap());
	return zend_memory_usage(true) + need <= (size_t) PG(memory_limit);
}

static int add_finding(void *context, const sockerr_finding *f)
{
	scan_context *ctx = context;
	zval entry, value;
	HashTable *ht;

	if (ctx->limit == 0) {
		return 0;
	}
	if (!scan_has_room(ctx)) {
		ctx->out_of_memory = true;
		return 0;
	}
	ctx->limit--;
	array_init_size(&entry, 10);
	ht = Z_ARRVAL(entry);
	ZVAL_LONG(&value, (zend_long) f->offset);
	zend_hash_add_new(ht, finding_keys[0], &value);
	ZVAL_LONG(&value, (zend_long) f->length);
	zend_hash_add_new(ht, finding_keys[1], &value);
	ZVAL_STR(&value, scan_string(ctx, f->text, f->length));
	zend_hash_add_new(ht, finding_keys[2], &value);
	ZVAL_INTERNED_STR(&value, kind_names[f->kind]);
	zend_hash_add_new(ht, finding_keys[3], &value);
	add_interned(ht, KEY_error, case_names[f->error]);
	add_interned(ht, KEY_family, f->family >= 0 ? family_names[f->family] : NULL);
	add_interned(ht, KEY_platform, f->platform >= 0 ? platform_ids[f->platform] : NULL);
	if (f->native != SOCKERR_NO_CODE) {
		ZVAL_LONG(&value, f->native);
	} else {
		ZVAL_NULL(&value);
	}
	zend_hash_add_new(ht, keys[KEY_native], &value);
	if (f->name) {
		ZVAL_STR(&value, scan_string(ctx, f->name, strlen(f->name)));
	} else {
		ZVAL_NULL(&value);
	}
	zend_hash_add_new(ht, keys[KEY_name], &value);
	if (f->curl >= 0) {
		curl_part(&value, f);
	} else {
		ZVAL_NULL(&value);
	}
	zend_hash_add_new(ht, keys[KEY_curl], &value);
	zend_hash_next_index_insert_new(Z_ARRVAL_P(ctx->list), &entry);
	return 1;
}

PHP_FUNCTION(sockerr_scan)
{
	zend_string *text, *platform_arg = NULL;
	zend_long limit = -1;
	bool limit_null = true;
	scan_context ctx;
	int platform = -1;
	size_t i;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(text)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(platform_arg)
		Z_PARAM_LONG_OR_NULL(limit, limit_null)
	ZEND_PARSE_PARAMETERS_END();

	/* numbers in the text are read on $platform; without one, on the host's where no text says otherwise */
	if (!platform_arg) {
		platform = (int) sockerr_host_platform() | SOCKERR_SCAN_HOST;
	} else if ((platform = parse_platform(platform_arg, 2)) < 0) {
		RETURN_THROWS();
	}
	if (!limit_null && limit < 1) {
		zend_argument_value_error(3, "must be greater than 0 or null");
		RETURN_THROWS();
	}
	memset(&ctx, 0, sizeof(ctx));
	ctx.list = return_value;
	ctx.limit = limit_null ? -1 : limit;
	array_init(return_value);
	sockerr_scan(ZSTR_VAL(text), ZSTR_LEN(text), platform, add_finding, &ctx);
	for (i = 0; i < SOCKERR_SCAN_CACHE; i++) {
		if (ctx.strings[i]) {
			zend_string_release(ctx.strings[i]);
		}
	}
	if (ctx.out_of_memory) {
		uint32_t found = zend_hash_num_elements(Z_ARRVAL_P(return_value));

		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		zend_argument_value_error(1, "has more findings than memory_limit leaves room for (%" PRIu32
			" found, about 712 bytes each, 2 MB kept free); pass $limit, or scan it in parts", found);
		RETURN_THROWS();
	}
}

/* One row of sockerr_errors(). */
static void add_listing_row(zval *list, int family, const char *name, zend_long code, const char *message, int error)
{
	zval entry, value;

	array_init_size(&entry, 5);
	add_interned(Z_ARRVAL(entry), KEY_family, family_names[family]);
	add_string(Z_ARRVAL(entry), KEY_name, name, strlen(name), false);
	ZVAL_LONG(&value, code);
	zend_hash_add_new(Z_ARRVAL(entry), keys[KEY_code], &value);
	add_string(Z_ARRVAL(entry), KEY_message, message, message ? strlen(message) : 0, false);
	add_interned(Z_ARRVAL(entry), KEY_error, case_names[error]);
	zend_hash_next_index_insert_new(Z_ARRVAL_P(list), &entry);
}

PHP_FUNCTION(sockerr_errors)
{
	zend_string *platform_arg = NULL;
	const sockerr_row *rows;
	size_t count, i;
	int platform;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(platform_arg)
	ZEND_PARSE_PARAMETERS_END();

	if ((platform = parse_platform(platform_arg, 1)) < 0) {
		RETURN_THROWS();
	}
	count = sockerr_platform_rows((sockerr_platform) platform, &rows);
	array_init_size(return_value, (uint32_t) (count + curl_count));
	for (i = 0; i < count; i++) {
		add_listing_row(return_value, (int) sockerr_kind_family((sockerr_kind) rows[i].kind), rows[i].name,
			rows[i].code, rows[i].message, rows[i].error);
	}
	/* cURL's codes are the same everywhere; a deprecated name has its code's text and case */
	for (i = 0; i < curl_count; i++) {
		const sockerr_curl_row *row = curl_base[i].alias ? sockerr_find_curl(curl_base[i].code) : &curl_base[i];

		add_listing_row(return_value, SOCKERR_FAMILY_CURL, curl_base[i].name, row->code, row->message, row->error);
	}
}

PHP_FUNCTION(sockerr_platform)
{
	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_INTERNED_STR(platform_ids[sockerr_host_platform()]);
}

PHP_METHOD(SocketError, fromNative)
{
	zend_long code;
	zend_string *platform_arg = NULL;
	sockerr_platform where;
	int platform;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(platform_arg)
	ZEND_PARSE_PARAMETERS_END();

	if ((platform = parse_platform(platform_arg, 2)) < 0 || !check_code(code, 1)) {
		RETURN_THROWS();
	}
	where = (sockerr_platform) platform;
	RETURN_OBJ_COPY(case_object(native_case(find_native(&where, code), code)));
}

PHP_METHOD(SocketError, fromCurl)
{
	zend_long curl_code, os_errno = 0;
	zend_string *platform_arg = NULL;
	sockerr_verdict verdict;
	int platform;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_LONG(curl_code)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(os_errno)
		Z_PARAM_STR_OR_NULL(platform_arg)
	ZEND_PARSE_PARAMETERS_END();

	if ((platform = parse_platform(platform_arg, 3)) < 0 || !check_code(curl_code, 1) || !check_code(os_errno, 2)) {
		RETURN_THROWS();
	}
	sockerr_verdict_init(&verdict);
	add_curl(&verdict, curl_code, os_errno, (sockerr_platform) platform);
	sockerr_verdict_decide(&verdict);
	RETURN_OBJ_COPY(case_object(verdict.error));
}

PHP_METHOD(SocketError, fromMessage)
{
	zend_string *text;
	sockerr_verdict verdict;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(text)
	ZEND_PARSE_PARAMETERS_END();

	sockerr_scan_best(ZSTR_VAL(text), ZSTR_LEN(text), (int) sockerr_host_platform() | SOCKERR_SCAN_HOST, &verdict);
	RETURN_OBJ_COPY(case_object(verdict.error));
}

static void from_name(INTERNAL_FUNCTION_PARAMETERS, bool try)
{
	zend_string *name;
	int case_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	case_id = case_of_name(ZSTR_VAL(name), ZSTR_LEN(name));
	if (case_id >= 0) {
		RETURN_OBJ_COPY(case_object(case_id));
	}
	if (try) {
		RETURN_NULL();
	}
	name_error(1, "a native error symbol (such as \"ECONNREFUSED\", \"WSAECONNREFUSED\", \"EAI_NONAME\" "
		"or \"CURLE_COULDNT_CONNECT\") or a SocketError case name", name);
	RETURN_THROWS();
}

PHP_METHOD(SocketError, fromName)
{
	from_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, false);
}

PHP_METHOD(SocketError, tryFromName)
{
	from_name(INTERNAL_FUNCTION_PARAM_PASSTHRU, true);
}

/* The row a case stands for on the platform named by the optional argument. */
static const sockerr_row *native_row(INTERNAL_FUNCTION_PARAMETERS, int *platform)
{
	zend_string *platform_arg = NULL;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(platform_arg)
	ZEND_PARSE_PARAMETERS_END_EX(*platform = -1; return NULL);

	if ((*platform = parse_platform(platform_arg, 1)) < 0) {
		return NULL;
	}
	return sockerr_case_row((sockerr_platform) *platform, case_of_this(ZEND_THIS));
}

PHP_METHOD(SocketError, nativeCode)
{
	int platform;
	const sockerr_row *row = native_row(INTERNAL_FUNCTION_PARAM_PASSTHRU, &platform);

	if (platform < 0) {
		RETURN_THROWS();
	}
	if (case_of_this(ZEND_THIS) == SOCKERR_CASE_Success) {
		RETURN_LONG(0);
	}
	if (!row) {
		RETURN_NULL();
	}
	RETURN_LONG(row->code);
}

PHP_METHOD(SocketError, nativeName)
{
	int platform;
	const sockerr_row *row = native_row(INTERNAL_FUNCTION_PARAM_PASSTHRU, &platform);

	if (platform < 0) {
		RETURN_THROWS();
	}
	if (!row) {
		RETURN_NULL();
	}
	RETURN_STRING(row->name);
}

PHP_METHOD(SocketError, message)
{
	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_COPY(zend_hash_find_known_hash(case_records[case_of_this(ZEND_THIS)], keys[KEY_message]));
}

PHP_METHOD(SocketError, explain)
{
	ZEND_PARSE_PARAMETERS_NONE();

	zval_shared_array(return_value, case_records[case_of_this(ZEND_THIS)]);
}

PHP_METHOD(SocketError, isTransient)
{
	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_BOOL(sockerr_case_knowledge(case_of_this(ZEND_THIS))->transient);
}

PHP_METHOD(SocketError, isTimeout)
{
	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_BOOL(case_of_this(ZEND_THIS) == SOCKERR_CASE_TimedOut);
}

PHP_MINIT_FUNCTION(sockerr)
{
#if defined(ZTS) && defined(COMPILE_DL_SOCKERR)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	REGISTER_INI_ENTRIES();
	register_sockerr_symbols(module_number);
	sockerr_ce = register_class_SocketError();
	build_tables();
	return SUCCESS;
}

PHP_RINIT_FUNCTION(sockerr)
{
#if defined(ZTS) && defined(COMPILE_DL_SOCKERR)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(SOCKERR_G(cases), 0, sizeof(SOCKERR_G(cases)));
	return SUCCESS;
}

static PHP_GINIT_FUNCTION(sockerr)
{
#if defined(COMPILE_DL_SOCKERR) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(sockerr_globals, 0, sizeof(*sockerr_globals));
}

PHP_MSHUTDOWN_FUNCTION(sockerr)
{
	UNREGISTER_INI_ENTRIES();
	free_tables();
	return SUCCESS;
}

PHP_MINFO_FUNCTION(sockerr)
{
	size_t counts[SOCKERR_FAMILY_COUNT] = { 0 };
	size_t p, i;
	char line[32];

	for (p = 0; p < SOCKERR_PLATFORM_COUNT; p++) {
		const sockerr_row *rows;
		size_t count = sockerr_platform_rows((sockerr_platform) p, &rows);

		for (i = 0; i < count; i++) {
			counts[sockerr_kind_family((sockerr_kind) rows[i].kind)]++;
		}
	}
	php_info_print_table_start();
	php_info_print_table_row(2, "sockerr support", "enabled");
	php_info_print_table_row(2, "Version", PHP_SOCKERR_VERSION);
	php_info_print_table_row(2, "Host platform", sockerr_platform_id(sockerr_host_platform()));
	php_info_print_table_row(2, "Platforms", "linux darwin freebsd openbsd netbsd solaris aix hpux windows");
	for (i = 0; i < curl_count; i++) {
		counts[SOCKERR_FAMILY_CURL] += curl_base[i].alias ? 0 : 1;
	}
	for (i = 0; i < SOCKERR_FAMILY_COUNT; i++) {
		char label[40];

		snprintf(label, sizeof(label), "Native codes (%s)", sockerr_family_name((sockerr_family) i));
		snprintf(line, sizeof(line), "%zu", counts[i]);
		php_info_print_table_row(2, label, line);
	}
	snprintf(line, sizeof(line), "%zu", knowledge_count);
	php_info_print_table_row(2, "Explanations", line);
	sockerr_diagnose_info(SOCKERR_G(diagnose));
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

zend_module_entry sockerr_module_entry = {
	STANDARD_MODULE_HEADER,
	"sockerr",
	ext_functions,
	PHP_MINIT(sockerr),
	PHP_MSHUTDOWN(sockerr),
	PHP_RINIT(sockerr),
	NULL,
	PHP_MINFO(sockerr),
	PHP_SOCKERR_VERSION,
	PHP_MODULE_GLOBALS(sockerr),
	PHP_GINIT(sockerr),
	NULL,
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_SOCKERR
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(sockerr)
#endif
