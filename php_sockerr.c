/*
 * sockerr: portable socket, DNS and cURL error codes for PHP, with explanations.
 * Licensed under the MIT licence; see LICENSE.
 *
 * The PHP API and the module's lifecycle: the SocketError enum's methods and the sockerr_*()
 * functions (their arguments checked here), the sockerr.diagnose setting, the module's
 * globals, MINIT, MSHUTDOWN and phpinfo(). What they return is made in src/php/: the
 * records from the tables' rows (records.c), errors read out of exceptions and cURL handles
 * (objects.c), the diagnosis (diagnose.c) and the Monolog processor, SocketErrorProcessor
 * (processor.c). The tables and lookups are plain C in src/.
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
#include "src/php/records.h"
#include "src/php/objects.h"
#include "src/php/diagnose.h"
#include "src/php/processor.h"
#include "sockerr_arginfo.h"

PHP_INI_BEGIN()
	STD_PHP_INI_BOOLEAN("sockerr.diagnose", "1", PHP_INI_SYSTEM, OnUpdateBool, diagnose, zend_sockerr_globals, sockerr_globals)
PHP_INI_END()

ZEND_DECLARE_MODULE_GLOBALS(sockerr)
/* one slot per case (php_sockerr.h cannot see src/table.h) */
typedef char sockerr_case_slots[sizeof(((zend_sockerr_globals *) 0)->cases) / sizeof(zend_object *) >= SOCKERR_CASE_COUNT ? 1 : -1];

static zend_class_entry *sockerr_ce;

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

static int case_of_this(zval *this_ptr)
{
	return sockerr_case_by_value(Z_LVAL_P(zend_enum_fetch_case_value(Z_OBJ_P(this_ptr))));
}

static zend_object *case_object(int case_id)
{
	zend_object **slot = &SOCKERR_G(cases)[case_id];

	if (!*slot) {
		*slot = zend_enum_get_case(sockerr_ce, sockerr_php_case_name(case_id));
	}
	return *slot;
}

/* sockerr_explain() of any input; `said` (or NULL) receives the texts the input held. */
static void explain_value(zval *return_value, zval *error, int platform, bool explicit_platform, smart_str *said)
{
	zend_string *text;
	zend_long code;

	if (Z_TYPE_P(error) == IS_OBJECT) {
		if (instanceof_function(Z_OBJCE_P(error), sockerr_ce)) {
			int case_id = case_of_this(error);
			const sockerr_row *row;

			/* with an explicit platform, the native code the case stands for there */
			if (explicit_platform && (row = sockerr_case_row((sockerr_platform) platform, case_id))) {
				sockerr_php_return_row(return_value, (sockerr_platform) platform, row);
			} else {
				sockerr_php_return_case(return_value, case_id);
			}
			return;
		}
		if (instanceof_function(Z_OBJCE_P(error), zend_ce_throwable)) {
			sockerr_php_explain_throwable(return_value, Z_OBJ_P(error), (sockerr_platform) platform, said);
			return;
		}
		if (sockerr_php_is_curl_handle(error)) {
			sockerr_php_explain_curl_handle(return_value, error, (sockerr_platform) platform, said);
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
		sockerr_php_keep_text(said, ZSTR_VAL(text), ZSTR_LEN(text));
		sockerr_php_explain_string(return_value, text, (sockerr_platform) platform, explicit_platform);
		return;
	}
	if (!check_code(code, 1)) {
		RETURN_THROWS();
	}
	sockerr_php_explain_native(return_value, (sockerr_platform) platform, code);
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

PHP_FUNCTION(sockerr_scan)
{
	zend_string *text, *platform_arg = NULL;
	zend_long limit = -1;
	bool limit_null = true;
	int platform = -1;

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
	sockerr_php_return_findings(return_value, text, platform, limit_null ? -1 : limit);
}

PHP_FUNCTION(sockerr_errors)
{
	zend_string *platform_arg = NULL;
	int platform;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(platform_arg)
	ZEND_PARSE_PARAMETERS_END();

	if ((platform = parse_platform(platform_arg, 1)) < 0) {
		RETURN_THROWS();
	}
	sockerr_php_return_errors(return_value, (sockerr_platform) platform);
}

PHP_FUNCTION(sockerr_platform)
{
	ZEND_PARSE_PARAMETERS_NONE();

	RETURN_INTERNED_STR(sockerr_php_platform_id(sockerr_host_platform()));
}

PHP_METHOD(SocketError, fromNative)
{
	zend_long code;
	zend_string *platform_arg = NULL;
	int platform;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_LONG(code)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(platform_arg)
	ZEND_PARSE_PARAMETERS_END();

	if ((platform = parse_platform(platform_arg, 2)) < 0 || !check_code(code, 1)) {
		RETURN_THROWS();
	}
	RETURN_OBJ_COPY(case_object(sockerr_php_native_case((sockerr_platform) platform, code)));
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
	sockerr_php_add_curl(&verdict, curl_code, os_errno, (sockerr_platform) platform);
	sockerr_verdict_decide(&verdict);
	RETURN_OBJ_COPY(case_object(verdict.error));
}

PHP_METHOD(SocketError, fromMessage)
{
	zend_string *text;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(text)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_OBJ_COPY(case_object(sockerr_scan_case(ZSTR_VAL(text), ZSTR_LEN(text), (int) sockerr_host_platform() | SOCKERR_SCAN_HOST)));
}

static void from_name(INTERNAL_FUNCTION_PARAMETERS, bool try)
{
	zend_string *name;
	int case_id;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	case_id = sockerr_php_case_of_name(ZSTR_VAL(name), ZSTR_LEN(name));
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

	RETURN_COPY(sockerr_php_case_message(case_of_this(ZEND_THIS)));
}

PHP_METHOD(SocketError, explain)
{
	ZEND_PARSE_PARAMETERS_NONE();

	sockerr_php_return_case(return_value, case_of_this(ZEND_THIS));
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
	sockerr_php_records_init();
	sockerr_php_processor_init(register_class_SocketErrorProcessor());
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
	sockerr_php_records_free();
	return SUCCESS;
}

PHP_MINFO_FUNCTION(sockerr)
{
	size_t counts[SOCKERR_FAMILY_COUNT] = { 0 };
	const sockerr_curl_row *curl_rows;
	const sockerr_knowledge *knowledge;
	size_t curl_count = sockerr_curl_rows(&curl_rows);
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
		counts[SOCKERR_FAMILY_CURL] += curl_rows[i].alias ? 0 : 1;
	}
	for (i = 0; i < SOCKERR_FAMILY_COUNT; i++) {
		char label[40];

		snprintf(label, sizeof(label), "Native codes (%s)", sockerr_family_name((sockerr_family) i));
		snprintf(line, sizeof(line), "%zu", counts[i]);
		php_info_print_table_row(2, label, line);
	}
	snprintf(line, sizeof(line), "%zu", sockerr_knowledge_rows(&knowledge));
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
