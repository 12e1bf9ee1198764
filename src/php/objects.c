/*
 * sockerr: errors read out of objects, the Zend side: a Throwable and the chain of its
 * previous exceptions, and a CurlHandle.
 * Licensed under the MIT licence; see LICENSE.
 *
 * An exception is read as the libraries that throw it write it: Guzzle's handler context
 * (['errno' => CURLcode]), the errno that ReactPHP and Amp keep as the code, and then what
 * every message in the getPrevious() chain says (Symfony, Laravel and PDO wrap the real
 * cause). A CurlHandle is read through ext/curl's own functions, found at run time by name,
 * so ext/curl is not a build dependency. Reading an object may run user code (__get(),
 * getHandlerContext()); what it read is held until the record is built. The texts read are
 * also kept, bounded, for sockerr_diagnose() to find the host they name.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include <limits.h>

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"

#include "../../php_sockerr.h"
#include "records.h"
#include "objects.h"

/* bytes of a failure's texts kept for sockerr_diagnose() to find the host they name in */
#define SOCKERR_SAID_MAX 4096

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
		sockerr_php_add_curl(verdict, Z_LVAL_P(curl_code), 0, platform);
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
				sockerr_finding f = sockerr_php_native_finding(platform, Z_LVAL(value));

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
	sockerr_php_add_curl(verdict, Z_LVAL(code), Z_TYPE(os_errno) == IS_LONG ? Z_LVAL(os_errno) : 0, platform);
	zval_ptr_dtor(&os_errno);
	if (call_curl("curl_error", handle, 0, false, error_text) && Z_TYPE_P(error_text) == IS_STRING) {
		sockerr_scan(Z_STRVAL_P(error_text), Z_STRLEN_P(error_text), (int) platform, sockerr_verdict_add, verdict);
	}
}

bool sockerr_php_is_curl_handle(zval *value)
{
	return Z_TYPE_P(value) == IS_OBJECT && zend_string_equals_literal(Z_OBJCE_P(value)->name, "CurlHandle");
}

/* Keeps what a failure said, for the diagnosis to find the host it names in (bounded). */
void sockerr_php_keep_text(smart_str *said, const char *text, size_t len)
{
	if (said && (!said->s || ZSTR_LEN(said->s) < SOCKERR_SAID_MAX)) {
		size_t room = SOCKERR_SAID_MAX - (said->s ? ZSTR_LEN(said->s) : 0);

		if (said->s) {
			smart_str_appendc(said, '\n');
		}
		smart_str_appendl(said, text, len < room ? len : room);
	}
}

/* sockerr_explain() of a Throwable: the walk, then the record of what it found. */
void sockerr_php_explain_throwable(zval *return_value, zend_object *exception, sockerr_platform platform, smart_str *said)
{
	sockerr_verdict verdict;
	exception_chain chain;

	/* thrown in this process, so its numbers are this platform's unless told otherwise */
	chain.count = 0;
	sockerr_verdict_init(&verdict);
	add_throwable(&verdict, &chain, exception, platform);
	if (!EG(exception)) {
		size_t i;

		sockerr_php_explain_verdict(return_value, &verdict); /* copies what it keeps of the messages */
		for (i = 0; i < chain.count; i++) {
			if (chain.messages[i]) {
				sockerr_php_keep_text(said, ZSTR_VAL(chain.messages[i]), ZSTR_LEN(chain.messages[i]));
			}
		}
	}
	chain_release(&chain);
}

/* sockerr_explain() of a CurlHandle; CURLE_OK's record when it has not failed. */
void sockerr_php_explain_curl_handle(zval *return_value, zval *handle, sockerr_platform platform, smart_str *said)
{
	sockerr_verdict verdict;
	zval error_text;

	sockerr_verdict_init(&verdict);
	add_curl_handle(&verdict, handle, platform, &error_text);
	if (EG(exception)) {
		zval_ptr_dtor(&error_text);
		RETURN_THROWS();
	}
	if (verdict.found) {
		sockerr_php_explain_verdict(return_value, &verdict);
	} else {
		sockerr_php_return_curl_ok(return_value);
	}
	if (Z_TYPE(error_text) == IS_STRING) {
		sockerr_php_keep_text(said, Z_STRVAL(error_text), Z_STRLEN(error_text));
	}
	zval_ptr_dtor(&error_text);
}
