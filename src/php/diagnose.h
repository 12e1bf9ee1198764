/*
 * sockerr: sockerr_diagnose()'s checks, the Zend side (see diagnose.c).
 * Licensed under the MIT licence; see LICENSE.
 */
#ifndef SOCKERR_PHP_DIAGNOSE_H
#define SOCKERR_PHP_DIAGNOSE_H

#include "php.h"

/* Adds 'checks' (and 'diagnosis', one sentence about them) to a record the caller owns.
 * `text` is what the failure said (a message, an exception chain's messages, curl_error()),
 * searched only for the host and port it names; NULL when there was none. `enabled` is the
 * sockerr.diagnose setting: when false nothing is read. */
void sockerr_diagnose_record(HashTable *record, const zend_string *text, bool enabled);

/* The host facts the checks read, as phpinfo() rows (php --ri sockerr). */
void sockerr_diagnose_info(bool enabled);

#endif
