/*
 * sockerr: the records built from the tables' rows, the Zend side (see records.c).
 * Licensed under the MIT licence; see LICENSE.
 */
#ifndef SOCKERR_PHP_RECORDS_H
#define SOCKERR_PHP_RECORDS_H

#include "php.h"

#include "../table.h"
#include "../scan.h"

/* Builds every shared record and the lookups (at MINIT); frees them (at MSHUTDOWN). */
void sockerr_php_records_init(void);
void sockerr_php_records_free(void);

/* A case's name and a platform's id, as permanent interned strings. */
zend_string *sockerr_php_case_name(int case_id);
zend_string *sockerr_php_platform_id(sockerr_platform platform);

/* The shared record of a case, and its 'message' value. */
void sockerr_php_return_case(zval *return_value, int case_id);
const zval *sockerr_php_case_message(int case_id);

/* The record of a row: shared for the host's, built for this call for another platform's. */
void sockerr_php_return_row(zval *return_value, sockerr_platform platform, const sockerr_row *row);

/* The shared record of CURLE_OK. */
void sockerr_php_return_curl_ok(zval *return_value);

/* The case of a native code of a platform: its row's, Success for 0, else Unknown. */
int sockerr_php_native_case(sockerr_platform platform, zend_long code);

/* The case of a symbol, a cURL name or a case name; -1 if none. */
int sockerr_php_case_of_name(const char *name, size_t len);

/* The record of a native integer code of a platform. */
void sockerr_php_explain_native(zval *return_value, sockerr_platform platform, zend_long code);

/* The record of a string: a decimal code, a symbol, a cURL name, a case name, or else a
 * text to scan (its numbers read on the host's platform unless `explicit_platform`). */
void sockerr_php_explain_string(zval *return_value, zend_string *text, sockerr_platform platform, bool explicit_platform);

/* A finding that did not come from a text: a code a caller or an object handed over. */
sockerr_finding sockerr_php_native_finding(sockerr_platform platform, zend_long code);

/* Adds what a cURL code and an OS errno say: the errno only where libcurl sets it for that
 * code (before 8.8 it keeps a stale value across transfers on the same handle). */
void sockerr_php_add_curl(sockerr_verdict *verdict, zend_long curl_code, zend_long os_errno, sockerr_platform platform);

/* The record of a verdict, decided here: the OS finding if it decided, else the cURL one. */
void sockerr_php_explain_verdict(zval *return_value, sockerr_verdict *verdict);

/* sockerr_scan()'s list of findings of a text (`platform` may carry SOCKERR_SCAN_HOST;
 * `limit` < 0: no limit); NULL and a ValueError when they outgrow memory_limit. */
void sockerr_php_return_findings(zval *return_value, zend_string *text, int platform, zend_long limit);

/* sockerr_errors(): one row per native code of a platform, then cURL's codes. */
void sockerr_php_return_errors(zval *return_value, sockerr_platform platform);

#endif
