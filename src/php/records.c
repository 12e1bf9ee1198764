/*
 * sockerr: the records, the Zend side: the arrays that sockerr_explain(), SocketError's
 * explain(), sockerr_errors() and sockerr_scan() return, built from the rows of the plain-C
 * tables in src/, and the lookups that lead from an input to its record (a native code, a
 * symbol or a name, a string, the scanner's verdict).
 * Licensed under the MIT licence; see LICENSE.
 *
 * A record for a native code never changes, so every one is built at MINIT, before a
 * server forks its workers, and returned as it is by every call: the arrays are flagged
 * immutable (as opcache and zend_empty_array do), every key and string value is a
 * permanent interned string, and the zval is returned with its type flags cleared, so no
 * call copies, counts or frees it. A caller who changes a returned record changes a copy.
 * Records that depend on the input (a text's `matched`, a code no table has, another
 * platform's row) are built per call from the same shared parts.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <limits.h>

#include "php.h"

#include "../../php_sockerr.h"
#include "records.h"

#define SOCKERR_KEYS(X) \
	X(error) X(code) X(family) X(platform) X(native) X(name) X(message) X(curl) \
	X(summary) X(causes) X(hints) X(transient) X(matched)

typedef enum {
#define SOCKERR_KEY_ID(key) KEY_##key,
	SOCKERR_KEYS(SOCKERR_KEY_ID)
#undef SOCKERR_KEY_ID
	KEY_COUNT
} record_key;

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

void sockerr_php_records_init(void)
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

void sockerr_php_records_free(void)
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
void sockerr_php_return_row(zval *return_value, sockerr_platform platform, const sockerr_row *row)
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

zend_string *sockerr_php_case_name(int case_id)
{
	return case_names[case_id];
}

zend_string *sockerr_php_platform_id(sockerr_platform platform)
{
	return platform_ids[platform];
}

void sockerr_php_return_case(zval *return_value, int case_id)
{
	zval_shared_array(return_value, case_records[case_id]);
}

const zval *sockerr_php_case_message(int case_id)
{
	return zend_hash_find_known_hash(case_records[case_id], keys[KEY_message]);
}

void sockerr_php_return_curl_ok(zval *return_value)
{
	zval_shared_array(return_value, curl_records[0]); /* CURLE_OK */
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

int sockerr_php_native_case(sockerr_platform platform, zend_long code)
{
	return native_case(find_native(&platform, code), code);
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
int sockerr_php_case_of_name(const char *name, size_t len)
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
void sockerr_php_explain_native(zval *return_value, sockerr_platform platform, zend_long code)
{
	const sockerr_row *row = find_native(&platform, code);
	record_spec spec;
	int error;

	if (row && (row->kind != SOCKERR_KIND_HERRNO || platform == SOCKERR_PLATFORM_WINDOWS)) {
		sockerr_php_return_row(return_value, platform, row);
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
sockerr_finding sockerr_php_native_finding(sockerr_platform platform, zend_long code)
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
void sockerr_php_add_curl(sockerr_verdict *verdict, zend_long curl_code, zend_long os_errno, sockerr_platform platform)
{
	const sockerr_curl_row *row = sockerr_find_curl(curl_code);
	sockerr_finding f = curl_finding(curl_code, row);

	sockerr_verdict_add(verdict, &f);
	if (row && row->os_errno && os_errno != 0 && os_errno >= INT_MIN && os_errno <= INT_MAX) {
		f = sockerr_php_native_finding(platform, os_errno);
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
void sockerr_php_explain_verdict(zval *return_value, sockerr_verdict *verdict)
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
void sockerr_php_explain_string(zval *return_value, zend_string *text, sockerr_platform platform, bool explicit_platform)
{
	sockerr_platform where = platform;
	const sockerr_row *row;
	const sockerr_curl_row *curl;
	sockerr_verdict verdict;
	zend_long code;
	int case_id;

	if (numeric_code(text, &code)) {
		sockerr_php_explain_native(return_value, platform, code);
	} else if ((row = find_symbol(ZSTR_VAL(text), ZSTR_LEN(text), &where))) {
		sockerr_php_return_row(return_value, where, row);
	} else if ((curl = sockerr_find_curl_name(ZSTR_VAL(text), ZSTR_LEN(text)))) {
		zval_shared_array(return_value, curl_records[curl_index(curl)]);
	} else if ((case_id = sockerr_case_by_name(ZSTR_VAL(text), ZSTR_LEN(text))) >= 0) {
		zval_shared_array(return_value, case_records[case_id]);
	} else {
		/* a number in a text is read on the host's platform only where no text says otherwise */
		sockerr_scan_best(ZSTR_VAL(text), ZSTR_LEN(text), (int) platform | (explicit_platform ? 0 : SOCKERR_SCAN_HOST), &verdict);
		sockerr_php_explain_verdict(return_value, &verdict);
	}
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

void sockerr_php_return_findings(zval *return_value, zend_string *text, int platform, zend_long limit)
{
	scan_context ctx;
	size_t i;

	memset(&ctx, 0, sizeof(ctx));
	ctx.list = return_value;
	ctx.limit = limit;
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

void sockerr_php_return_errors(zval *return_value, sockerr_platform platform)
{
	const sockerr_row *rows;
	size_t count, i;

	count = sockerr_platform_rows(platform, &rows);
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
