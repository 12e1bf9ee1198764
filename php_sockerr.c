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

#include "php_sockerr.h"
#include "src/table.h"
#include "sockerr_arginfo.h"

#define SOCKERR_KEYS(X) \
	X(error) X(code) X(family) X(platform) X(native) X(name) X(message) X(curl) \
	X(summary) X(causes) X(hints) X(transient) X(matched)

typedef enum {
#define SOCKERR_KEY_ID(key) KEY_##key,
	SOCKERR_KEYS(SOCKERR_KEY_ID)
#undef SOCKERR_KEY_ID
	KEY_COUNT
} record_key;

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

/* What a record holds besides its knowledge. */
typedef struct {
	int error;                /* sockerr_case_id */
	int platform;             /* -1: none */
	int family;               /* -1: none */
	const sockerr_row *row;   /* NULL: no native symbol */
	bool has_native;
	zend_long native;
	const sockerr_knowledge *knowledge;
} record_spec;

static void add_string(HashTable *ht, record_key key, const char *text, bool persistent)
{
	zval value;

	if (!text) {
		ZVAL_NULL(&value);
	} else if (persistent) {
		ZVAL_INTERNED_STR(&value, permanent_string(text));
	} else {
		ZVAL_STRING(&value, text);
	}
	zend_hash_add_new(ht, keys[key], &value);
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
	add_string(ht, KEY_name, spec->row ? spec->row->name : NULL, persistent);
	add_string(ht, KEY_message, spec->row ? spec->row->message
		: (spec->family < 0 ? sockerr_cases[spec->error].message : NULL), persistent);
	ZVAL_NULL(&value);
	zend_hash_add_new(ht, keys[KEY_curl], &value);
	add_interned(ht, KEY_summary, summaries[k]);
	zval_shared_array(&value, cause_lists[k]);
	zend_hash_add_new(ht, keys[KEY_causes], &value);
	zval_shared_array(&value, hint_lists[k]);
	zend_hash_add_new(ht, keys[KEY_hints], &value);
	ZVAL_BOOL(&value, spec->knowledge->transient);
	zend_hash_add_new(ht, keys[KEY_transient], &value);
	ZVAL_NULL(&value);
	zend_hash_add_new(ht, keys[KEY_matched], &value);
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
		record_spec spec = { (int) i, -1, -1, NULL, false, 0, sockerr_case_knowledge((int) i) };

		case_records[i] = permanent_record(&spec);
	}
	for (p = 0; p < SOCKERR_PLATFORM_COUNT; p++) {
		const sockerr_row *rows;
		size_t count = sockerr_platform_rows((sockerr_platform) p, &rows);

		rows_base[p] = rows;
		row_records[p] = pemalloc(count * sizeof(HashTable *), 1);
		for (i = 0; i < count; i++) {
			record_spec spec = {
				rows[i].error, (int) p, (int) sockerr_kind_family((sockerr_kind) rows[i].kind),
				&rows[i], true, rows[i].code, sockerr_row_knowledge((sockerr_platform) p, &rows[i])
			};

			row_records[p][i] = permanent_record(&spec);
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

		for (i = 0; i < count; i++) {
			free_immutable(row_records[p][i]);
		}
		pefree(row_records[p], 1);
		if (errno_rows[p]) {
			pefree(errno_rows[p], 1);
		}
	}
	for (i = 0; i < SOCKERR_CASE_COUNT; i++) {
		free_immutable(case_records[i]);
	}
	for (i = 0; i < knowledge_count; i++) {
		free_immutable(cause_lists[i]);
		free_immutable(hint_lists[i]);
	}
	pefree(summaries, 1);
	pefree(cause_lists, 1);
	pefree(hint_lists, 1);
}

static zend_always_inline HashTable *row_record(sockerr_platform platform, const sockerr_row *row)
{
	return row_records[platform][row - rows_base[platform]];
}

/* What sockerr_find_native() finds, with errno looked up directly. */
static zend_always_inline const sockerr_row *find_native(sockerr_platform platform, zend_long code)
{
	if (code >= 0 && code < errno_limit[platform] && errno_rows[platform][code]) {
		return errno_rows[platform][code];
	}
	return sockerr_find_native(platform, code);
}

/* Parses an optional $platform argument; -1 after throwing. */
static int parse_platform(zend_string *text, uint32_t arg_num)
{
	int platform;

	if (!text) {
		return (int) sockerr_host_platform();
	}
	platform = sockerr_platform_parse(ZSTR_VAL(text), ZSTR_LEN(text));
	if (platform < 0) {
		zend_argument_value_error(arg_num, "must be one of \"linux\", \"darwin\", \"freebsd\", "
			"\"openbsd\", \"netbsd\", \"solaris\", \"aix\", \"hpux\", \"windows\" "
			"or a PHP_OS or PHP_OS_FAMILY value, \"%s\" given", ZSTR_VAL(text));
	}
	return platform;
}

/* A native code as a C int; false after throwing. */
static bool check_code(zend_long code, uint32_t arg_num)
{
	if (code < INT_MIN || code > INT_MAX) {
		zend_argument_value_error(arg_num, "must be between %d and %d", INT_MIN, INT_MAX);
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

/* The case of a symbol or a case name; -1 if neither. */
static int case_of_name(const char *name, size_t len)
{
	sockerr_platform platform = sockerr_host_platform();
	const sockerr_row *row = find_symbol(name, len, &platform);

	return row ? row->error : sockerr_case_by_name(name, len);
}

static void return_shared(zval *return_value, HashTable *record)
{
	zval_shared_array(return_value, record);
}

/* The record of a native integer code of a platform. */
static void explain_native(zval *return_value, sockerr_platform platform, zend_long code)
{
	const sockerr_row *row = find_native(platform, code);

	if (row && (row->kind != SOCKERR_KIND_HERRNO || platform == SOCKERR_PLATFORM_WINDOWS)) {
		return_shared(return_value, row_record(platform, row));
		return;
	}
	{
		/* ext/sockets' -10000 - h_errno, 0, or a code no table has: built for this call */
		int error = row ? row->error : (code == 0 ? SOCKERR_CASE_Success : SOCKERR_CASE_Unknown);
		record_spec spec = {
			error, (int) platform,
			(int) (row ? SOCKERR_FAMILY_RESOLVER
				: (platform == SOCKERR_PLATFORM_WINDOWS ? SOCKERR_FAMILY_WINDOWS : SOCKERR_FAMILY_ERRNO)),
			row, true, code,
			row ? sockerr_row_knowledge(platform, row) : sockerr_case_knowledge(error)
		};

		array_init_size(return_value, KEY_COUNT);
		fill_record(Z_ARRVAL_P(return_value), &spec, false);
	}
}

static int case_of_this(zval *this_ptr)
{
	return sockerr_case_by_value(Z_LVAL_P(zend_enum_fetch_case_value(Z_OBJ_P(this_ptr))));
}

static zend_object *case_object(int case_id)
{
	return zend_enum_get_case(sockerr_ce, case_names[case_id]);
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

PHP_FUNCTION(sockerr_explain)
{
	zval *error;
	zend_string *platform_arg = NULL, *text;
	zend_long code;
	int platform;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ZVAL(error)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(platform_arg)
	ZEND_PARSE_PARAMETERS_END();

	if ((platform = parse_platform(platform_arg, 2)) < 0) {
		RETURN_THROWS();
	}
	if (Z_TYPE_P(error) == IS_OBJECT && instanceof_function(Z_OBJCE_P(error), sockerr_ce)) {
		int case_id = case_of_this(error);
		const sockerr_row *row;

		/* with an explicit platform, the native code the case stands for there */
		if (platform_arg && (row = sockerr_case_row((sockerr_platform) platform, case_id))) {
			return_shared(return_value, row_record((sockerr_platform) platform, row));
		} else {
			return_shared(return_value, case_records[case_id]);
		}
		return;
	}
	/* int|string, coerced as PHP coerces any such union */
	if (Z_TYPE_P(error) == IS_OBJECT || !zend_parse_arg_str_or_long(error, &text, &code, NULL, false, 1)) {
		if (!EG(exception)) {
			zend_argument_type_error(1, "must be of type SocketError|string|int, %s given",
				zend_zval_type_name(error));
		}
		RETURN_THROWS();
	}
	if (text) {
		sockerr_platform where = (sockerr_platform) platform;
		const sockerr_row *row;
		int case_id;

		if (numeric_code(text, &code)) {
			explain_native(return_value, where, code);
		} else if ((row = find_symbol(ZSTR_VAL(text), ZSTR_LEN(text), &where))) {
			return_shared(return_value, row_record(where, row));
		} else if ((case_id = sockerr_case_by_name(ZSTR_VAL(text), ZSTR_LEN(text))) >= 0) {
			return_shared(return_value, case_records[case_id]);
		} else {
			return_shared(return_value, case_records[SOCKERR_CASE_Unknown]);
		}
		return;
	}
	if (!check_code(code, 1)) {
		RETURN_THROWS();
	}
	explain_native(return_value, (sockerr_platform) platform, code);
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
	array_init_size(return_value, (uint32_t) count);
	for (i = 0; i < count; i++) {
		HashTable *record = row_record((sockerr_platform) platform, &rows[i]);
		zval entry, *value;
		static const record_key listed[] = { KEY_family, KEY_name, KEY_native, KEY_message, KEY_error };
		size_t k;

		array_init_size(&entry, 5);
		for (k = 0; k < sizeof(listed) / sizeof(listed[0]); k++) {
			value = zend_hash_find_known_hash(record, keys[listed[k]]);
			/* a row lists its native code under `code` */
			zend_hash_add_new(Z_ARRVAL(entry), keys[listed[k] == KEY_native ? KEY_code : listed[k]], value);
		}
		zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &entry);
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
	const sockerr_row *row;
	int platform;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(platform_arg)
	ZEND_PARSE_PARAMETERS_END();

	if ((platform = parse_platform(platform_arg, 2)) < 0 || !check_code(code, 1)) {
		RETURN_THROWS();
	}
	row = find_native((sockerr_platform) platform, code);
	RETURN_OBJ_COPY(case_object(row ? row->error : (code == 0 ? SOCKERR_CASE_Success : SOCKERR_CASE_Unknown)));
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
	zend_argument_value_error(1, "must be a native error symbol (such as \"ECONNREFUSED\", "
		"\"WSAECONNREFUSED\" or \"EAI_NONAME\") or a SocketError case name, \"%s\" given",
		ZSTR_VAL(name));
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
	RETURN_COPY(zend_hash_find_known_hash(row_record((sockerr_platform) platform, row), keys[KEY_name]));
}

PHP_METHOD(SocketError, message)
{
	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_COPY(zend_hash_find_known_hash(case_records[case_of_this(ZEND_THIS)], keys[KEY_message]));
}

PHP_METHOD(SocketError, explain)
{
	ZEND_PARSE_PARAMETERS_NONE();

	return_shared(return_value, case_records[case_of_this(ZEND_THIS)]);
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
	register_sockerr_symbols(module_number);
	sockerr_ce = register_class_SocketError();
	build_tables();
	return SUCCESS;
}

PHP_MSHUTDOWN_FUNCTION(sockerr)
{
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
	for (i = 0; i < SOCKERR_FAMILY_COUNT; i++) {
		char label[40];

		snprintf(label, sizeof(label), "Native codes (%s)", sockerr_family_name((sockerr_family) i));
		snprintf(line, sizeof(line), "%zu", counts[i]);
		php_info_print_table_row(2, label, line);
	}
	snprintf(line, sizeof(line), "%zu", knowledge_count);
	php_info_print_table_row(2, "Explanations", line);
	php_info_print_table_end();
}

zend_module_entry sockerr_module_entry = {
	STANDARD_MODULE_HEADER,
	"sockerr",
	ext_functions,
	PHP_MINIT(sockerr),
	PHP_MSHUTDOWN(sockerr),
	NULL,
	NULL,
	PHP_MINFO(sockerr),
	PHP_SOCKERR_VERSION,
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_SOCKERR
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(sockerr)
#endif
