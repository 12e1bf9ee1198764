/*
 * sockerr: errors read out of exceptions and cURL handles, the Zend side (see objects.c).
 * Licensed under the MIT licence; see LICENSE.
 */
#ifndef SOCKERR_PHP_OBJECTS_H
#define SOCKERR_PHP_OBJECTS_H

#include "php.h"
#include "zend_smart_str.h"

#include "../table.h"

/* sockerr_explain() of a Throwable: its chain's structured codes, then its messages, read
 * as numbers of `platform`. `said` (or NULL) receives the messages. May throw (user code). */
void sockerr_php_explain_throwable(zval *return_value, zend_object *exception, sockerr_platform platform, smart_str *said);

/* sockerr_explain() of a CurlHandle: curl_errno(), CURLINFO_OS_ERRNO where libcurl sets it,
 * and curl_error(), which `said` (or NULL) receives. */
void sockerr_php_explain_curl_handle(zval *return_value, zval *handle, sockerr_platform platform, smart_str *said);

/* Is it an ext/curl handle? (by its class name: ext/curl may not be loaded) */
bool sockerr_php_is_curl_handle(zval *value);

/* Keeps what a failure said, for the diagnosis to find the host it names in (bounded). */
void sockerr_php_keep_text(smart_str *said, const char *text, size_t len);

#endif
