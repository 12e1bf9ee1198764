/*
 * sockerr: SocketErrorProcessor, the Monolog processor, the Zend side.
 * Licensed under the MIT licence; see LICENSE.
 *
 * Monolog calls a processor with each record and logs what it returns: an array in Monolog
 * 2 (message, context, level, level_name, channel, datetime, extra), a Monolog\LogRecord in
 * Monolog 3 (readonly properties; with(extra: ...) makes a changed copy). The processor looks
 * at the top-level values of the record's context only (where Laravel and Symfony put the
 * exception: ['exception' => $e]), never into nested arrays. The first Throwable or
 * CurlHandle there that sockerr_explain() recognises as a failure (a case other than Unknown
 * and Success, or a cURL code other than CURLE_OK) decides; with $scanMessage, and when none
 * did, the message text is scanned as sockerr_explain() scans a text. The record then gets
 * extra['socket_error']: the compact record below, or with $full the whole record.
 *
 * The explanations are sockerr_explain()'s own (objects.c, records.c), for this host's
 * platform. A record whose context holds no object costs a lookup and a walk over its
 * context's values, allocates nothing and is returned as it came (the same array or object).
 * Monolog is not needed to load the class: Monolog\LogRecord is found by name, when loaded.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"

#include "../../php_sockerr.h"
#include "../table.h"
#include "../scan.h"
#include "records.h"
#include "objects.h"
#include "processor.h"

typedef struct {
	bool full;          /* the whole record, not the compact one */
	bool scan_message;  /* the message text too, when the context does not decide */
	zend_object std;
} processor_object;

/* the compact record's keys, in order; causes and hints give their first item */
#define SOCKERR_COMPACT_KEYS(X) \
	X(error) X(code) X(name) X(native) X(platform) X(curl) X(summary) X(cause) X(hint) X(transient)

typedef enum {
#define SOCKERR_COMPACT_ID(key) COMPACT_##key,
	SOCKERR_COMPACT_KEYS(SOCKERR_COMPACT_ID)
#undef SOCKERR_COMPACT_ID
	COMPACT_COUNT
} compact_key;

/* Built at MINIT, read-only afterwards: permanent interned strings. */
static zend_string *compact_keys[COMPACT_COUNT];
static zend_string *str_context, *str_message, *str_extra, *str_socket_error, *str_with;
static zend_string *str_causes, *str_hints, *str_log_record, *str_log_record_lc;
static zend_object_handlers processor_handlers;

static zend_always_inline processor_object *processor_from(zend_object *object)
{
	return (processor_object *) ((char *) object - XtOffsetOf(processor_object, std));
}

static zend_object *processor_create(zend_class_entry *ce)
{
	processor_object *self = zend_object_alloc(sizeof(processor_object), ce);

	zend_object_std_init(&self->std, ce);
	object_properties_init(&self->std, ce);
	self->std.handlers = &processor_handlers;
	self->full = false;
	self->scan_message = false;
	return &self->std;
}

static zend_object *processor_clone(zend_object *old)
{
	zend_object *copy = processor_create(old->ce);

	zend_objects_clone_members(copy, old);
	processor_from(copy)->full = processor_from(old)->full;
	processor_from(copy)->scan_message = processor_from(old)->scan_message;
	return copy;
}

static zend_string *permanent_string(const char *text)
{
	return zend_string_init_interned(text, strlen(text), 1);
}

void sockerr_php_processor_init(zend_class_entry *ce)
{
	static const char *const names[COMPACT_COUNT] = {
#define SOCKERR_COMPACT_NAME(key) #key,
		SOCKERR_COMPACT_KEYS(SOCKERR_COMPACT_NAME)
#undef SOCKERR_COMPACT_NAME
	};
	size_t i;

	for (i = 0; i < COMPACT_COUNT; i++) {
		compact_keys[i] = permanent_string(names[i]);
	}
	str_context = permanent_string("context");
	str_message = permanent_string("message");
	str_extra = permanent_string("extra");
	str_socket_error = permanent_string("socket_error");
	str_with = permanent_string("with");
	str_causes = permanent_string("causes");
	str_hints = permanent_string("hints");
	str_log_record = permanent_string("Monolog\\LogRecord");
	str_log_record_lc = permanent_string("monolog\\logrecord");

	ce->create_object = processor_create;
	memcpy(&processor_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	processor_handlers.offset = XtOffsetOf(processor_object, std);
	processor_handlers.clone_obj = processor_clone;
}

/* Is the record a failure: a case other than Unknown and Success, or a cURL part whose
 * code is not CURLE_OK? */
static bool is_failure(const zval *record)
{
	zval *error, *curl, *code;

	if (Z_TYPE_P(record) != IS_ARRAY) {
		return false;
	}
	error = zend_hash_find(Z_ARRVAL_P(record), compact_keys[COMPACT_error]);
	if (error && Z_TYPE_P(error) == IS_STRING
			&& !zend_string_equals(Z_STR_P(error), sockerr_php_case_name(SOCKERR_CASE_Unknown))
			&& !zend_string_equals(Z_STR_P(error), sockerr_php_case_name(SOCKERR_CASE_Success))) {
		return true;
	}
	curl = zend_hash_find(Z_ARRVAL_P(record), compact_keys[COMPACT_curl]);
	return curl && Z_TYPE_P(curl) == IS_ARRAY
		&& (code = zend_hash_find(Z_ARRVAL_P(curl), compact_keys[COMPACT_code]))
		&& !(Z_TYPE_P(code) == IS_LONG && Z_LVAL_P(code) == 0);
}

/* The record of the first Throwable or CurlHandle among the context's values that is a
 * failure; false (and `record` undefined) if none is, or after an exception. */
static bool explain_context(zval *record, HashTable *context)
{
	sockerr_platform platform = sockerr_host_platform();
	zval *value;

	ZEND_HASH_FOREACH_VAL(context, value) {
		ZVAL_DEREF(value);
		if (Z_TYPE_P(value) != IS_OBJECT) {
			continue;
		}
		ZVAL_UNDEF(record);
		if (instanceof_function(Z_OBJCE_P(value), zend_ce_throwable)) {
			sockerr_php_explain_throwable(record, Z_OBJ_P(value), platform, NULL);
		} else if (sockerr_php_is_curl_handle(value)) {
			zval handle;

			ZVAL_COPY(&handle, value); /* held while ext/curl's functions run */
			sockerr_php_explain_curl_handle(record, &handle, platform, NULL);
			zval_ptr_dtor(&handle);
		} else {
			continue;
		}
		if (EG(exception)) {
			zval_ptr_dtor(record);
			return false;
		}
		if (is_failure(record)) {
			return true;
		}
		zval_ptr_dtor(record);
	} ZEND_HASH_FOREACH_END();
	return false;
}

/* The record of a message text, read as sockerr_explain() reads a text it scans; false if
 * it names no failure. */
static bool explain_message(zval *record, const zval *message)
{
	sockerr_verdict verdict;

	if (!message || Z_TYPE_P(message) != IS_STRING) {
		return false;
	}
	if (!sockerr_scan_best(Z_STRVAL_P(message), Z_STRLEN_P(message),
			(int) sockerr_host_platform() | SOCKERR_SCAN_HOST, &verdict)) {
		return false;
	}
	sockerr_php_explain_verdict(record, &verdict);
	if (is_failure(record)) {
		return true;
	}
	zval_ptr_dtor(record);
	return false;
}

/* Adds a value of the full record under a compact key; for a list, its first item or null. */
static void add_compact(HashTable *compact, HashTable *full, compact_key key, zend_string *full_key)
{
	zval *value = zend_hash_find(full, full_key), copy;

	if (value && (key == COMPACT_cause || key == COMPACT_hint)) {
		value = Z_TYPE_P(value) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(value), 0) : NULL;
	}
	if (value) {
		ZVAL_COPY(&copy, value);
	} else {
		ZVAL_NULL(&copy);
	}
	zend_hash_add_new(compact, compact_keys[key], &copy);
}

/* extra['socket_error'] from sockerr_explain()'s record, which it consumes. */
static void socket_error_value(zval *out, zval *record, bool full)
{
	HashTable *compact;
	size_t i;

	if (full) {
		ZVAL_COPY_VALUE(out, record);
		return;
	}
	array_init_size(out, COMPACT_COUNT);
	compact = Z_ARRVAL_P(out);
	for (i = 0; i < COMPACT_COUNT; i++) {
		zend_string *from = i == COMPACT_cause ? str_causes : i == COMPACT_hint ? str_hints : compact_keys[i];

		add_compact(compact, Z_ARRVAL_P(record), (compact_key) i, from);
	}
	zval_ptr_dtor(record);
}

/* Monolog\LogRecord, if it is loaded (no autoloading: a LogRecord given has loaded it). */
static bool is_log_record(zend_class_entry *ce)
{
	zend_class_entry *log_record = zend_lookup_class_ex(str_log_record, str_log_record_lc, ZEND_FETCH_CLASS_NO_AUTOLOAD);

	return log_record && instanceof_function(ce, log_record);
}

/* A readonly property of a LogRecord, copied into `out` (the caller releases it). */
static void read_record_property(zend_object *record, zend_string *name, zval *out)
{
	zval rv, *value = zend_read_property_ex(record->ce, record, name, 1, &rv);

	ZVAL_COPY_DEREF(out, value);
	if (value == &rv) {
		zval_ptr_dtor(&rv);
	}
}

/* Monolog 2: the array, separated, with extra['socket_error'] set. */
static void return_array_with(zval *return_value, zval *record, zval *socket_error)
{
	zval *extra;

	ZVAL_COPY(return_value, record);
	SEPARATE_ARRAY(return_value);
	extra = zend_hash_find(Z_ARRVAL_P(return_value), str_extra);
	if (!extra) {
		zval empty;

		array_init(&empty);
		extra = zend_hash_add_new(Z_ARRVAL_P(return_value), str_extra, &empty);
	}
	ZVAL_DEREF(extra);
	if (Z_TYPE_P(extra) != IS_ARRAY) {
		zval_ptr_dtor(socket_error); /* not Monolog's: left as it is */
		zval_ptr_dtor(return_value);
		ZVAL_COPY(return_value, record);
		return;
	}
	SEPARATE_ARRAY(extra);
	zend_hash_update(Z_ARRVAL_P(extra), str_socket_error, socket_error);
}

/* Monolog 3: $record->with(extra: [...$record->extra, 'socket_error' => ...]). */
static void return_object_with(zval *return_value, zend_object *record, zval *socket_error)
{
	zend_function *with = zend_hash_find_ptr(&record->ce->function_table, str_with);
	zval extra, named;

	read_record_property(record, str_extra, &extra);
	if (!with || Z_TYPE(extra) != IS_ARRAY || EG(exception)) {
		zval_ptr_dtor(&extra);
		zval_ptr_dtor(socket_error);
		if (!EG(exception)) {
			RETURN_OBJ_COPY(record); /* not Monolog 3's: left as it is */
		}
		return;
	}
	SEPARATE_ARRAY(&extra);
	zend_hash_update(Z_ARRVAL(extra), str_socket_error, socket_error);
	array_init_size(&named, 1);
	zend_hash_add_new(Z_ARRVAL(named), str_extra, &extra);
	zend_call_known_function(with, record, record->ce, return_value, 0, NULL, Z_ARRVAL(named));
	zval_ptr_dtor(&named);
}

PHP_METHOD(SocketErrorProcessor, __construct)
{
	processor_object *self = processor_from(Z_OBJ_P(ZEND_THIS));
	bool full = false, scan_message = false;

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(full)
		Z_PARAM_BOOL(scan_message)
	ZEND_PARSE_PARAMETERS_END();

	self->full = full;
	self->scan_message = scan_message;
}

PHP_METHOD(SocketErrorProcessor, __invoke)
{
	processor_object *self = processor_from(Z_OBJ_P(ZEND_THIS));
	zval *record, context, message, explained, socket_error;
	bool found;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(record)
	ZEND_PARSE_PARAMETERS_END();

	/* the context and the message, each held by a reference while user code may run */
	if (Z_TYPE_P(record) == IS_ARRAY) {
		zval *found_context = zend_hash_find(Z_ARRVAL_P(record), str_context);

		if (found_context) {
			ZVAL_COPY_DEREF(&context, found_context);
		} else {
			ZVAL_UNDEF(&context);
		}
	} else if (Z_TYPE_P(record) == IS_OBJECT && is_log_record(Z_OBJCE_P(record))) {
		read_record_property(Z_OBJ_P(record), str_context, &context);
		if (EG(exception)) {
			zval_ptr_dtor(&context);
			RETURN_THROWS();
		}
	} else {
		zend_argument_type_error(1, "must be of type Monolog\\LogRecord|array, %s given", zend_zval_type_name(record));
		RETURN_THROWS();
	}

	found = Z_TYPE(context) == IS_ARRAY && explain_context(&explained, Z_ARRVAL(context));
	zval_ptr_dtor(&context);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (!found && self->scan_message) {
		if (Z_TYPE_P(record) == IS_ARRAY) {
			zval *found_message = zend_hash_find(Z_ARRVAL_P(record), str_message);

			ZVAL_UNDEF(&message);
			if (found_message) {
				ZVAL_COPY_DEREF(&message, found_message);
			}
		} else {
			read_record_property(Z_OBJ_P(record), str_message, &message);
			if (EG(exception)) {
				zval_ptr_dtor(&message);
				RETURN_THROWS();
			}
		}
		found = explain_message(&explained, &message);
		zval_ptr_dtor(&message);
	}
	if (!found) {
		RETURN_COPY(record); /* untouched: the same array or object */
	}

	socket_error_value(&socket_error, &explained, self->full);
	if (Z_TYPE_P(record) == IS_ARRAY) {
		return_array_with(return_value, record, &socket_error);
	} else {
		return_object_with(return_value, Z_OBJ_P(record), &socket_error);
	}
}
